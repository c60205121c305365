/**
 * Plain-text English parsing in linear time.
 *
 * parse-latin (under retext-english) is quadratic on one huge document: the
 * same 4 MB took 37–49 s as one string against about 2 s as 924 files. Drafts
 * and archive dumps can be tens of megabytes, so the text is parsed in
 * chunks cut at paragraph breaks and the chunks' positions are shifted back
 * into the whole text, keeping every offset true.
 */
import type {Root, Paragraph, Sentence, RootContent, SentenceContent} from 'nlcst'
import type {Node, Point} from 'unist'
import type {Processor} from 'unified'
import {ParseEnglish} from 'parse-english'
import {splitAfterNumberStops} from './number-stops.js'
import {joinAfterNumberAbbreviations} from './abbreviation-stops.js'
import {isWordCode, tokenizeLatin} from './tokenize.js'
import {withImplicitBreaks} from './implicit-breaks.js'
import {idleWithout} from './idle-plugins.js'

/** Chunks are grown up to about this many characters before a cut. */
const TARGET_CHUNK = 16_384
/** A chunk with no paragraph break is cut harder past this size. */
const MAX_CHUNK = 65_536

/**
 * Find cut points: offsets where a chunk may end. Prefer blank lines, then
 * single line breaks, then sentence ends, so a cut never splits a paragraph
 * unless the paragraph itself is enormous.
 */
export function chunkBoundaries(text: string): number[] {
  const cuts: number[] = []
  let start = 0
  while (text.length - start > TARGET_CHUNK) {
    const cut =
      findCut(text, start, /\n[ \t]*\r?\n\s*/g, TARGET_CHUNK, MAX_CHUNK) ??
      findCut(text, start, /\r?\n\s*/g, TARGET_CHUNK, MAX_CHUNK) ??
      findCut(text, start, /[.!?]["”’)]*\s+/g, TARGET_CHUNK, MAX_CHUNK) ??
      findCut(text, start, /\s+/g, TARGET_CHUNK, MAX_CHUNK) ??
      start + MAX_CHUNK
    cuts.push(cut)
    start = cut
  }

  return cuts
}

function findCut(
  text: string,
  start: number,
  pattern: RegExp,
  target: number,
  max: number
): number | undefined {
  pattern.lastIndex = start + target
  const match = pattern.exec(text)
  if (!match) return undefined
  const cut = match.index + match[0].length
  return cut - start <= max && cut < text.length ? cut : undefined
}

/**
 * parse-english with news English's sentence ends: a full stop after a
 * number ends a sentence (`number-stops.ts`), one after "No." before a
 * number does not (`abbreviation-stops.ts`). Every vouch parse uses it:
 * plain text here, Markdown and HTML through their bridges.
 */
export class NewsEnglish extends ParseEnglish {
  /** parse-latin's tokenizer, with its character classes from a table (`tokenize.ts`). */
  override tokenize(value: string | null | undefined): SentenceContent[] {
    return tokenizeLatin(value, latinTokenize)
  }

  /**
   * parse-latin's `tokenizeSentence`, skipping the plugins that cannot act
   * on `value` (`idle-plugins.ts`). A list with extensions runs whole, as
   * parse-latin runs it, and so do the Markdown and HTML bridges, which run
   * the plugin lists themselves.
   */
  override tokenizeSentence(value: string | null | undefined): Sentence {
    const plugins = this.tokenizeSentencePlugins
    if (plugins.length !== englishSentencePlugins.length || plugins.some((plugin, index) => plugin !== englishSentencePlugins[index])) {
      return super.tokenizeSentence(value)
    }

    const result: Sentence = {type: 'SentenceNode', children: this.tokenize(value)}
    for (const plugin of plugins) {
      const mayAct = idleSentencePlugins.get(plugin)
      if (mayAct && !mayAct(value ?? '')) continue
      plugin(result)
    }

    return result
  }
}

/** parse-english's sentence plugins as shipped (extensions are added to the shared list). */
const englishSentencePlugins = [...ParseEnglish.prototype.tokenizeSentencePlugins]
const idleSentencePlugins = idleWithout(englishSentencePlugins, (code) => isWordCode(code, latinTokenize))

/** parse-latin's own tokenizer, which asks its regular expressions (it reads nothing of `this`). */
function latinTokenize(value: string): SentenceContent[] {
  return ParseEnglish.prototype.tokenize.call(NewsEnglish.prototype, value)
}

NewsEnglish.prototype.tokenizeParagraphPlugins = [...withImplicitBreaks(ParseEnglish.prototype.tokenizeParagraphPlugins), splitAfterNumberStops, joinAfterNumberAbbreviations]

/** Parse `text` as English, chunk by chunk, with positions into `text`. */
export function parseEnglish(text: string, parser: () => ParseEnglish = () => new NewsEnglish()): Root {
  const cuts = chunkBoundaries(text)
  if (cuts.length === 0) return parser().parse(text)

  const children: RootContent[] = []
  let start = 0
  let line = 1
  for (const end of [...cuts, text.length]) {
    const chunk = text.slice(start, end)
    const root = parser().parse(chunk)
    // Every chunk but the first starts right after a cut; cuts end in white
    // space, so a chunk starts at a line start (column shift 0) unless it was
    // cut mid-line, in which case the first line's columns shift too.
    const column = columnAt(text, start)
    for (const child of root.children) {
      shift(child, start, line - 1, column - 1)
      children.push(child)
    }

    line += countLines(chunk)
    start = end
  }

  return {
    type: 'RootNode',
    children,
    position: {
      start: {line: 1, column: 1, offset: 0},
      end: pointAt(text, text.length)
    }
  }
}

/**
 * Move `node` (a chunk's subtree) to its place in the whole text. New point
 * objects are made for the leaves only; a parent takes its first child's
 * start and its last child's end, as parse-latin builds them (it shares
 * point objects between parents and children, so shifting in place would
 * shift a point twice). On a large draft the positions are most of the
 * tree's memory: one set per leaf instead of one per node.
 */
function shift(node: Node, offset: number, lines: number, firstLineColumns: number): void {
  const children = (node as Paragraph | Sentence).children as Node[] | undefined
  if (children && children.length > 0) {
    for (const child of children) shift(child, offset, lines, firstLineColumns)
    if (node.position) node.position = {start: children[0].position!.start, end: children[children.length - 1].position!.end}
    return
  }

  if (node.position) {
    node.position = {
      start: shiftPoint(node.position.start, offset, lines, firstLineColumns),
      end: shiftPoint(node.position.end, offset, lines, firstLineColumns)
    }
  }
}

function shiftPoint(point: Point, offset: number, lines: number, firstLineColumns: number): Point {
  return {
    line: point.line + lines,
    column: point.line === 1 ? point.column + firstLineColumns : point.column,
    offset: point.offset === undefined ? undefined : point.offset + offset
  }
}

function countLines(value: string) {
  let count = 0
  let index = value.indexOf('\n')
  while (index !== -1) {
    count++
    index = value.indexOf('\n', index + 1)
  }

  return count
}

function columnAt(text: string, offset: number) {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1
  return offset - lineStart + 1
}

function pointAt(text: string, offset: number): Point {
  const before = text.slice(0, offset)
  return {line: countLines(before) + 1, column: columnAt(text, offset), offset}
}

/**
 * unified plugin: like `retext-english`, but linear in the size of the text.
 * Honours the same `nlcst*Extensions` data as retext-english.
 */
export default function vouchEnglish(this: Processor) {
  const self = this as unknown as Processor<Root>
  self.parser = function (value: string) {
    return parseEnglish(value, () => {
      const parser = new NewsEnglish()
      const data = self.data() as Record<string, unknown>
      add(parser.tokenizeParagraphPlugins, data.nlcstParagraphExtensions as never)
      add(parser.tokenizeRootPlugins, data.nlcstRootExtensions as never)
      add(parser.tokenizeSentencePlugins, data.nlcstSentenceExtensions as never)
      return parser
    })
  }
}

function add<T>(list: T[], values: T[] | undefined) {
  if (values) list.unshift(...values)
}
