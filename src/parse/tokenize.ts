/**
 * parse-latin's tokenizer with its character classes read from a table.
 *
 * parse-latin's `tokenize` asks up to three Unicode regular expressions
 * about every character of the text (white space? punctuation? word?):
 * that was about half of its time, and the tokenizer is where every parse
 * starts. Here each UTF-16 code unit's class is asked of parse-latin's own
 * tokenizer once (a one-character text is one node of that class) and kept
 * in a table, so the classes are parse-latin's by construction. The nodes
 * built (fields, their order, which position points are shared) must be
 * exactly parse-latin 7's (MIT, by Titus Wormer), whose `tokenize` this
 * follows: test/parse/tokenize.test.ts compares the two on every code
 * unit, pairs of them and real texts, so an upgrade that changes
 * parse-latin fails there instead of drifting.
 */
import type {SentenceContent} from 'nlcst'
import type {Point} from 'unist'

type Tokenize = (value: string) => SentenceContent[]

const WHITE_SPACE = 1
const PUNCTUATION = 2
const WORD = 3

const typeNames = ['', 'WhiteSpaceNode', 'PunctuationNode', 'WordNode', 'SymbolNode'] as const

/** Class per UTF-16 code unit; 0 until first asked. */
const classes = new Uint8Array(0x10000)

/** The class of code unit `code`, asked of `original` the first time. */
function classOf(code: number, original: Tokenize): number {
  let found = classes[code]
  if (found === 0) {
    const nodes = original(String.fromCharCode(code))
    const type = nodes.length === 1 ? nodes[0].type : ''
    found = typeNames.indexOf(type as (typeof typeNames)[number])
    if (found <= 0) throw new Error('vouch: unexpected parse-latin class for U+' + code.toString(16))
    classes[code] = found
  }

  return found
}

/** Whether code unit `code` is a word character to parse-latin (asked of `original` the first time). */
export function isWordCode(code: number, original: Tokenize): boolean {
  return classOf(code, original) === WORD
}

/**
 * Tokenize `value` exactly as parse-latin 7's `tokenize` does, with
 * `original` (that method, bound) asked once per new code unit.
 */
export function tokenizeLatin(value: string | null | undefined, original: Tokenize): SentenceContent[] {
  const children: SentenceContent[] = []
  if (!value) return children

  let line = 1
  let column = 1
  let offset = 0
  let from = 0
  let index = 0
  let start: Point = {line, column, offset}
  let previousType = 0
  let previous = -1

  while (index < value.length) {
    const current = value.charCodeAt(index)
    const currentType = classOf(current, original)

    if (
      from < index &&
      previousType !== 0 &&
      !(
        previousType === currentType &&
        // Words or white space continue.
        (previousType === WORD ||
          previousType === WHITE_SPACE ||
          // Same character of punctuation or symbol also continues.
          current === previous ||
          // Surrogates of punctuation or symbol also continue.
          (current >= 0xd800 && current <= 0xdfff))
      )
    ) {
      children.push(createNode(previousType, value.slice(from, index), start, {line, column, offset}))
      from = index
      start = {line, column, offset}
    }

    // Carriage return, or a line feed not after one, starts a line.
    if (current === 13 || (current === 10 && previous !== 13)) {
      line++
      column = 1
    } else if (current !== 10) {
      column++
    }

    offset++
    previousType = currentType
    previous = current
    index++
  }

  if (previousType !== 0 && from < index) {
    children.push(createNode(previousType, value.slice(from, index), start, {line, column, offset}))
  }

  return children
}

/**
 * A node as parse-latin makes it: a word's text node shares the word's start
 * point, and every end is its own copy of the current point.
 */
function createNode(type: number, value: string, start: Point, end: Point): SentenceContent {
  if (type === WORD) {
    return {
      type: 'WordNode',
      children: [{type: 'TextNode', value, position: {start, end}}],
      position: {start, end: {line: end.line, column: end.column, offset: end.offset}}
    }
  }

  return {type: type === WHITE_SPACE ? 'WhiteSpaceNode' : type === PUNCTUATION ? 'PunctuationNode' : 'SymbolNode', value, position: {start, end}}
}
