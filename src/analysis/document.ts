/**
 * A flat, offset-true view of an nlcst tree: the tokens, sentences and
 * paragraphs the finders work on. nlcst stays the one tree (positions, the
 * Markdown and HTML bridges and quick fixes depend on it); this view only
 * indexes it so that finders can look left and right cheaply.
 */
import type {Root, Paragraph as NlcstParagraph, Sentence as NlcstSentence} from 'nlcst'
import {toString} from 'nlcst-to-string'

export type TokenKind = 'word' | 'punctuation' | 'symbol' | 'source'

export interface Token {
  /** Index in `Document.tokens`. */
  index: number
  kind: TokenKind
  /** The token's text (as nlcst has it). */
  text: string
  /** Lower-cased `text`. */
  lower: string
  /** UTF-16 offsets into the file's text, `end` exclusive. */
  start: number
  end: number
  /** Whether white space (or a gap) separates this token from the previous one. */
  spaceBefore: boolean
  sentence: number
  paragraph: number
}

export interface Sentence {
  index: number
  paragraph: number
  start: number
  end: number
  /** Token range `[firstToken, endToken)`. */
  firstToken: number
  endToken: number
}

export interface Paragraph {
  index: number
  start: number
  end: number
  /** Sentence range `[firstSentence, endSentence)`. */
  firstSentence: number
  endSentence: number
}

export interface Document {
  /** The file's text as read. */
  text: string
  /**
   * Whether the text holds markup around or inside its words (Markdown,
   * HTML, character references): then a span's raw text is not what a
   * reader sees, and `wordsOf` gives that.
   */
  markup: boolean
  tokens: Token[]
  sentences: Sentence[]
  paragraphs: Paragraph[]
}

/** Index an nlcst tree whose nodes carry offsets into `text`. */
export function buildDocument(tree: Root, text: string): Document {
  const tokens: Token[] = []
  const sentences: Sentence[] = []
  const paragraphs: Paragraph[] = []
  let markup = false

  for (const child of tree.children) {
    if (child.type === 'ParagraphNode') addParagraph(child)
  }

  return {text, tokens, sentences, paragraphs, markup}

  function addParagraph(node: NlcstParagraph) {
    const paragraphIndex = paragraphs.length
    const firstSentence = sentences.length
    for (const child of node.children) {
      if (child.type === 'SentenceNode') addSentence(child, paragraphIndex)
    }

    if (sentences.length === firstSentence) return
    paragraphs.push({
      index: paragraphIndex,
      start: sentences[firstSentence].start,
      end: sentences[sentences.length - 1].end,
      firstSentence,
      endSentence: sentences.length
    })
  }

  function addSentence(node: NlcstSentence, paragraphIndex: number) {
    const sentenceIndex = sentences.length
    const firstToken = tokens.length
    let previousEnd = -1

    for (const child of node.children) {
      if (child.type === 'WhiteSpaceNode') continue
      const start = child.position?.start.offset
      const end = child.position?.end.offset
      // Nodes without positions (generated) cannot be pointed at: skip them.
      if (start === undefined || end === undefined) continue
      const kind: TokenKind =
        child.type === 'WordNode'
          ? 'word'
          : child.type === 'PunctuationNode'
            ? 'punctuation'
            : child.type === 'SymbolNode'
              ? 'symbol'
              : 'source'
      const value = nodeText(child)
      // A word whose text is not its stretch of the file ("&amp;"), or
      // something between two words that is no space ("*", "](url)").
      if (!markup && (value.length !== end - start || (previousEnd !== -1 && !blank(text, previousEnd, start)))) markup = true
      tokens.push({
        index: tokens.length,
        kind,
        text: value,
        lower: value.toLowerCase(),
        start,
        end,
        spaceBefore: previousEnd === -1 || start > previousEnd,
        sentence: sentenceIndex,
        paragraph: paragraphIndex
      })
      previousEnd = end
    }

    if (tokens.length === firstToken) return
    sentences.push({
      index: sentenceIndex,
      paragraph: paragraphIndex,
      start: tokens[firstToken].start,
      end: tokens[tokens.length - 1].end,
      firstToken,
      endToken: tokens.length
    })
  }
}

/** Whether `text` holds only white space between `from` and `to`. */
function blank(text: string, from: number, to: number): boolean {
  for (let index = from; index < to; index++) {
    const code = text.charCodeAt(index)
    if (code > 32 && code !== 0xa0 && code !== 0x2028 && code !== 0x2029 && code !== 0xfeff) return false
  }

  return true
}

/**
 * The words of `[start, end)` as a reader sees them: the tokens' own text
 * (character references decoded, Markdown and HTML markup left out), one
 * space where the text has any.
 */
export function wordsOf(doc: Document, start: number, end: number): string {
  let words = ''
  for (let index = tokenEndingAfter(doc, start); index < doc.tokens.length && doc.tokens[index].start < end; index++) {
    const token = doc.tokens[index]
    words += (words && token.spaceBefore ? ' ' : '') + token.text
  }

  return words
}

/**
 * A token's text. Most words are one text node, and punctuation and symbols
 * carry their value: only words with inner punctuation need a join.
 */
function nodeText(node: NlcstSentence['children'][number]): string {
  if ('value' in node) return node.value
  if (node.children.length === 1 && 'value' in node.children[0]) return node.children[0].value
  return toString(node)
}

/** The span of the file's text from token `first` to token `last` (inclusive). */
export function tokenSpan(doc: Document, first: number, last: number) {
  const start = doc.tokens[first].start
  const end = doc.tokens[last].end
  return {start, end, text: doc.text.slice(start, end)}
}

/** A span of the file's text by offsets. */
export function textSpan(doc: Document, start: number, end: number) {
  return {start, end, text: doc.text.slice(start, end)}
}

/** Token offsets as typed arrays (index-aligned with `Document.tokens`). */
export interface TokenOffsets {
  starts: Int32Array
  ends: Int32Array
}

const offsetsOf = new WeakMap<Document, TokenOffsets>()

/**
 * The token offsets of `doc`, built once per document. Finders look tokens
 * up by offset many times (a claim's first token, a mention's tokens); a
 * binary search over token objects touches a cold object at every step,
 * while these arrays are small and contiguous.
 */
export function tokenOffsets(doc: Document): TokenOffsets {
  let offsets = offsetsOf.get(doc)
  if (!offsets) {
    const {tokens} = doc
    const starts = new Int32Array(tokens.length)
    const ends = new Int32Array(tokens.length)
    for (let index = 0; index < tokens.length; index++) {
      starts[index] = tokens[index].start
      ends[index] = tokens[index].end
    }

    offsets = {starts, ends}
    offsetsOf.set(doc, offsets)
  }

  return offsets
}

/** Index of the first token that ends after `offset` (`tokens.length` if none). */
export function tokenEndingAfter(doc: Document, offset: number): number {
  // Offsets are integers: ending after `offset` is ending at `offset + 1` or later.
  return firstAtLeast(tokenOffsets(doc).ends, offset + 1)
}

/** Index of the first token that starts at or after `offset` (`tokens.length` if none). */
export function tokenStartingFrom(doc: Document, offset: number): number {
  return firstAtLeast(tokenOffsets(doc).starts, offset)
}

/**
 * Index of the first value at least `value` in ascending `values`
 * (`values.length` if none): `firstIndex` of src/search.ts on a typed array,
 * written out because every token look-up of the analysis comes here.
 */
function firstAtLeast(values: Int32Array, value: number): number {
  let low = 0
  let high = values.length
  while (low < high) {
    const middle = (low + high) >> 1
    if (values[middle] < value) low = middle + 1
    else high = middle
  }

  return low
}
