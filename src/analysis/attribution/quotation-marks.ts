/**
 * Pair quotation marks into quotations, as a reader does, whatever the
 * house style:
 *
 * - Straight marks ("…", the New York Times' ''…'', British '…') say nothing
 *   of their direction: the white space around a mark does (a mark before a
 *   word opens, one after a word closes), and only where that says nothing
 *   do straight marks alternate. The same reading mends curly marks set the
 *   wrong way round (“… 51 percent.“ at the end of a paragraph closes, and
 *   a double mark that opens a paragraph opens: ”… the race was settled,”).
 * - A quotation left open at the end of its paragraph runs on when the next
 *   paragraph opens with a mark (newswriting continues a long quotation so);
 *   otherwise it ends with its paragraph.
 * - An opening mark that starts a sentence while a quotation is open
 *   reopens it: the paragraphs of a running quotation, run together into one
 *   (“A. “B. “C.” as many copies of BBC articles have them). The
 *   quotation is one; its pieces are its segments.
 * - A mark before a speaker's label in capitals ("WALLACE:") opens a
 *   quotation of its own, even where it would reopen or continue one: a
 *   transcript's next turn is the next speaker's.
 * - A closing mark with no opening one closes a quotation begun at the
 *   start of its sentence (a mark lost in editing); an inch mark after a
 *   figure (6'3") is no mark.
 * - Single marks quote too ('Stoic', British 'We will win,' he said) but
 *   are also apostrophes (the players' union, the '90s): a single quotation
 *   must close within its paragraph, or continue into the next, and a single
 *   mark inside a double quotation (or a double one inside a single one) is a
 *   quotation within a quotation, which is the speaker's own words.
 * - Neither is a mark that delimits a markup attribute's value
 *   (`author="…"`), nor a stray mark doubling an opening one ("“…”, he
 *   said …"" wrapped around a whole paragraph).
 */
import type {Document} from '../document.js'
import type {QuoteMarks} from './quotes.js'

/** One stretch of quoted words. */
export interface QuoteSegment {
  /** Token of the opening mark; without one, the first token of the sentence. */
  first: number
  /** Token of the closing mark; without one, the last token before the quotation breaks off. */
  last: number
  opened: boolean
  closed: boolean
}

/** A quotation: one or more segments of running words (continued over paragraphs, or reopened). */
export interface MarkedQuotation {
  segments: QuoteSegment[]
  /** Whether it is quoted in single marks. */
  single: boolean
}

const OPENING = 1
const CLOSING = 2
const EITHER = 3

/** Double marks by their glyph's direction (EITHER for straight ones). */
const DOUBLE_MARKS = new Map([
  ['“', OPENING],
  ['„', OPENING],
  ['«', OPENING],
  ['”', CLOSING],
  ['»', CLOSING],
  ['"', EITHER],
  ["''", EITHER],
  // A quotation within a quotation closed (or opened) at once: ?''' or '''
  ["'''", EITHER]
])

const SINGLE_MARKS = new Map([
  ['‘', OPENING],
  ['‹', OPENING],
  ['’', CLOSING],
  ['›', CLOSING],
  ["'", EITHER]
])

/** Punctuation after which a mark can open without a space ("(“…", "—“…"). */
const OPENING_CONTEXT = new Set(['(', '[', '{', '—', '–', '-', '--', '/', '…'])
/** Punctuation before which a mark can close without a space ("…”.", "…”,"). */
const CLOSING_CONTEXT = new Set(['.', ',', ';', ':', '!', '?', ')', ']', '}', '—', '–', '-', '--', '…', '/'])

/**
 * The colon of a speaker's label at token `first` ("WALLACE:", "MS.
 * RUIZ:": words in capitals, as transcripts set them), before `last`;
 * -1 when none opens there. A title in title case before a colon is no
 * label ("Crippled America: How to …").
 */
export function labelColon(doc: Document, first: number, last: number): number {
  const tokens = doc.tokens
  let colon = first
  while (colon < last && colon - first < MAX_LABEL_TOKENS && (tokens[colon].kind === 'word' ? CAPITALS.test(tokens[colon].text) : colon > first && tokens[colon].text === '.')) colon++
  return colon > first && colon < last && tokens[colon].text === ':' ? colon : -1
}

/** A word in capitals ("WALLACE", "O’ROURKE", "MS"). */
const CAPITALS = /^\p{Lu}[\p{Lu}'’.-]+$/u
/** The most tokens of a speaker's label ("MS. RUIZ"). */
const MAX_LABEL_TOKENS = 4

/** Every quotation of the document, in text order. */
export function findMarkedQuotations(doc: Document): MarkedQuotation[] {
  // The cheap pass first: most tokens are no mark.
  const doubleMarks: number[] = []
  const singleMarks: number[] = []
  for (const token of doc.tokens) {
    if (token.kind === 'word' || token.text.length > 3) continue
    if (DOUBLE_MARKS.has(token.text)) doubleMarks.push(token.index)
    else if (SINGLE_MARKS.has(token.text)) singleMarks.push(token.index)
  }

  if (doubleMarks.length === 0 && singleMarks.length === 0) return []
  const doubles = pairFamily(doc, DOUBLE_MARKS, doubleMarks, false, null)
  const inDouble = coverage(doc, doubles)
  const singles = pairFamily(doc, SINGLE_MARKS, singleMarks, true, inDouble)
  const inSingle = coverage(doc, singles)
  // A double quotation inside a single one is quoted by its speaker.
  const outer = doubles.filter((quotation) => inSingle[quotation.segments[0].first] === 0)
  return [...outer, ...singles].sort((a, b) => a.segments[0].first - b.segments[0].first)
}

/** For each token, 1 when a quotation (its marks included) covers it. */
function coverage(doc: Document, quotations: MarkedQuotation[]): Uint8Array {
  const covered = new Uint8Array(doc.tokens.length)
  for (const quotation of quotations) {
    for (const segment of quotation.segments) covered.fill(1, segment.first, segment.last + 1)
  }

  return covered
}

/**
 * Pair the marks of one family (double or single) paragraph by paragraph.
 * `skip` marks the tokens inside quotations of the other family.
 */
function pairFamily(doc: Document, marks: Map<string, number>, at: number[], single: boolean, skip: Uint8Array | null): MarkedQuotation[] {
  const tokens = doc.tokens
  const result: MarkedQuotation[] = []
  /** A quotation left open at the end of the paragraph before, continued by this one's opening mark. */
  let running: MarkedQuotation | null = null
  /** Next unread entry of `at`, the family's marks in text order. */
  let next = 0

  for (const paragraph of doc.paragraphs) {
    const start = doc.sentences[paragraph.firstSentence].firstToken
    const end = doc.sentences[paragraph.endSentence - 1].endToken
    if (next >= at.length) break
    if (at[next] >= end) {
      running = null
      continue
    }

    let quotation: MarkedQuotation | null = null
    let open = -1
    let depth = 0
    /** The mark that closes a markup attribute's value (`author="…"`): no quotation. */
    let attributeEnd = ''
    /** Opening marks doubled by a stray one ("“…"): each leaves a stray closing mark to pass over. */
    let strays = 0

    for (; next < at.length && at[next] < end; next++) {
      const i = at[next]
      const glyph = marks.get(tokens[i].text)!
      if (skip && skip[i] === 1) continue
      if (attributeEnd) {
        if (tokens[i].text === attributeEnd) attributeEnd = ''
        continue
      }

      if (i > start && tokens[i - 1].text.endsWith('=') && tokens[i - 1].end === tokens[i].start) {
        attributeEnd = tokens[i].text
        continue
      }
      const direction = directionOf(doc, i, glyph, single, start, end, open !== -1)
      if (direction === 0) continue

      if (direction === OPENING) {
        if (open !== -1 && i === open + 1 && tokens[open].end === tokens[i].start) {
          strays++
          continue
        }

        if (open === -1) {
          // A transcript's next speaker opens a quotation of their own ("HOLT: … Listen.¶"OKAFOR: …").
          quotation = running && i === start && labelColon(doc, i + 1, end - 1) === -1 ? running : {segments: [], single}
          if (quotation !== running) result.push(quotation)
          open = i
          depth = 0
        } else if (startsSentence(doc, i) && labelColon(doc, i + 1, end - 1) !== -1) {
          // A transcript's next speaker: the quotation before ends here, a new one opens.
          quotation!.segments.push({first: open, last: i - 1, opened: true, closed: false})
          quotation = {segments: [], single}
          result.push(quotation)
          open = i
          depth = 0
        } else if (startsSentence(doc, i)) {
          // Reopened: the quotation runs on in a new segment.
          quotation!.segments.push({first: open, last: i - 1, opened: true, closed: false})
          open = i
          depth = 0
        } else {
          depth++
        }

        continue
      }

      if (open !== -1) {
        if (depth > 0) {
          depth--
          continue
        }

        quotation!.segments.push({first: open, last: i, opened: true, closed: true})
        open = -1
        quotation = null
      } else if (strays > 0) {
        strays--
      } else if (!single) {
        // A close with no opening: the quotation began with its sentence.
        const sentenceStart = doc.sentences[tokens[i].sentence].firstToken
        if (i > sentenceStart) result.push({segments: [{first: sentenceStart, last: i, opened: false, closed: true}], single})
      }
    }

    running = null
    if (open === -1 || !quotation) continue
    const segment: QuoteSegment = {first: open, last: end - 1, opened: true, closed: false}
    const continued = end < tokens.length && opensParagraph(doc, end, marks, single)
    // An unclosed single mark is an apostrophe more often than a quotation
    // (left with no segment, it is dropped below).
    if (single && !continued && quotation.segments.length === 0) continue

    quotation.segments.push(segment)
    if (continued) running = quotation
  }

  return result.filter((quotation) => quotation.segments.length > 0)
}

/** Whether the token at `index` (the first of a paragraph) is an opening mark of the family. */
function opensParagraph(doc: Document, index: number, marks: Map<string, number>, single: boolean): boolean {
  const glyph = marks.get(doc.tokens[index].text)
  if (glyph === undefined) return false
  const paragraph = doc.paragraphs[doc.tokens[index].paragraph]
  const end = doc.sentences[paragraph.endSentence - 1].endToken
  return directionOf(doc, index, glyph, single, index, end, false) === OPENING
}

/**
 * Whether the mark at `index` opens (OPENING) or closes (CLOSING) a
 * quotation, or is no mark (0): an inch mark, an apostrophe. `isOpen` says
 * whether a quotation of its family is open, which decides a straight mark
 * that its surroundings leave undecided.
 */
function directionOf(doc: Document, index: number, glyph: number, single: boolean, start: number, end: number, isOpen: boolean): number {
  const tokens = doc.tokens
  const token = tokens[index]
  const text = doc.text
  const spaceBefore = index === start || token.start === 0 || /\s/.test(text[token.start - 1])
  const spaceAfter = index === end - 1 || token.end >= text.length || /\s/.test(text[token.end])
  const previous = index > start ? tokens[index - 1] : undefined
  const next = index < end - 1 ? tokens[index + 1] : undefined

  // 6'3", 12": a figure's inch or minute mark, unless it closes a quotation ("No. 1").
  if (!spaceBefore && !isOpen && previous && /\d$/.test(previous.text) && token.text === '"') return 0

  const canOpen = !spaceAfter && (spaceBefore || (previous !== undefined && (OPENING_CONTEXT.has(previous.text) || isMark(previous.text))))
  const canClose = !spaceBefore && (spaceAfter || (next !== undefined && (CLOSING_CONTEXT.has(next.text) || isMark(next.text))))

  // A double mark that opens its paragraph opens, whichever way it is set ("” … the race was settled,” wrote Time").
  if (!single && index === start) return OPENING
  let direction = canOpen && !canClose ? OPENING : canClose && !canOpen ? CLOSING : glyph !== EITHER ? glyph : isOpen ? CLOSING : OPENING
  if (single) direction = singleDirection(doc, index, direction, isOpen, end)
  return direction
}

/**
 * A single mark read as an apostrophe instead (0): before a figure or an
 * elision ("the '90s", "rock 'n' roll"), and a plural possessive ("the
 * players' union") when the open quotation closes later in the sentence.
 */
function singleDirection(doc: Document, index: number, direction: number, isOpen: boolean, end: number): number {
  const tokens = doc.tokens
  const next = index + 1 < end ? tokens[index + 1] : undefined
  const previous = index > 0 ? tokens[index - 1] : undefined
  if (direction === OPENING) {
    if (next && (/^\d/.test(next.text) || ELISIONS.has(next.lower))) return 0
    return direction
  }

  if (!isOpen) return 0
  if (previous && /s$/i.test(previous.text) && next && next.kind === 'word') {
    const sentence = tokens[index].sentence
    for (let i = index + 1; i < end && i - index <= POSSESSIVE_LOOKAHEAD && tokens[i].sentence === sentence; i++) {
      if (SINGLE_MARKS.get(tokens[i].text) !== undefined && SINGLE_MARKS.get(tokens[i].text) !== OPENING && !/\s/.test(doc.text[tokens[i].start - 1])) return 0
    }
  }

  return direction
}

/** How far past a plural possessive a later closing single mark is looked for. */
const POSSESSIVE_LOOKAHEAD = 40

/** Words a leading apostrophe elides ("rock 'n' roll", "'em", "'til"). */
const ELISIONS = new Set(['n', 'em', 'til', 'cause', 'tis', 'twas'])

function isMark(text: string): boolean {
  return DOUBLE_MARKS.has(text) || SINGLE_MARKS.has(text)
}

/** Whether the mark at `index` starts its sentence, or follows the end of one. */
function startsSentence(doc: Document, index: number): boolean {
  const tokens = doc.tokens
  if (index === 0 || tokens[index - 1].sentence !== tokens[index].sentence) return true
  const previous = tokens[index - 1].text
  return previous === '.' || previous === '?' || previous === '!' || previous === '…'
}

/** The document's quotation marks, paired, as the attribution grouping reads them. */
export function pairQuotes(doc: Document): QuoteMarks {
  return quoteMarksOf(doc, findMarkedQuotations(doc))
}

/**
 * The quotations as the attribution grouping reads marks (`QuoteMarks`):
 * each opening mark pairs with its segment's closing mark, and a quotation's
 * first opening mark with its last closing one, over the segments between.
 */
export function quoteMarksOf(doc: Document, quotations: MarkedQuotation[]): QuoteMarks {
  const n = doc.tokens.length
  const mark = new Uint8Array(n)
  const partner = new Int32Array(n).fill(-1)
  for (const quotation of quotations) {
    for (const segment of quotation.segments) {
      if (segment.opened) mark[segment.first] = 1
      if (segment.closed) mark[segment.last] = 2
      if (segment.opened && segment.closed) {
        partner[segment.first] = segment.last
        partner[segment.last] = segment.first
      }
    }

    const first = quotation.segments[0]
    const last = quotation.segments[quotation.segments.length - 1]
    if (first.opened && !first.closed && last.closed) partner[first.first] = last.last
  }

  return {partner, mark}
}
