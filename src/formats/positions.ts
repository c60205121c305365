/**
 * True positions for the words of Markdown and HTML drafts.
 *
 * `mdast-util-to-nlcst` and `hast-util-to-nlcst` tokenize each text node's
 * *value* and place the tokens by adding up their lengths from the node's
 * start. The value is decoded, though, and the source is not: `&amp;` is one
 * character in the value and five in the file, `\*` one and two, a CRLF in
 * an HTML text node one and two, and the `> ` or indent that continues a
 * blockquote or list item on the next line is in the file but not in the
 * value. Every such difference shifted every later word of the paragraph:
 * a message quoted "but the c" instead of "but the claim", highlights and
 * editor ranges landed beside the words, and the ledger's offsets with them.
 *
 * {@link realignPositions} repairs that after the bridge: each text node
 * whose value differs from its source slice gets a map from value offsets
 * to file offsets (built by {@link alignText}, one linear walk over both),
 * and every nlcst point inside such a node is moved through it. Positions
 * outside those nodes were already true (they come from the source tree).
 */
import type {Root as NlcstRoot} from 'nlcst'
import type {Node, Point} from 'unist'
import {decodeNamedCharacterReference} from 'decode-named-character-reference'
import {location} from 'vfile-location'
import {firstIndex} from '../search.js'

/** A text node whose value is not its source slice, with its value → file offset map. */
interface Segment {
  start: number
  /** Length of the value. */
  length: number
  /** File offset of each value offset `0…length`. */
  map: Int32Array
}

/**
 * Move the points of `tree` (nlcst bridged from `source`, an mdast or hast
 * tree of `text`) to where their words are in `text`.
 */
export function realignPositions(tree: NlcstRoot, source: Node, text: string, syntax: 'markdown' | 'html'): void {
  const segments = segmentsOf(source, text, syntax)
  if (segments.length === 0) return
  const place = location(text)
  const seen = new WeakSet<Point>()

  const move = (point: Point | undefined) => {
    if (!point || seen.has(point) || typeof point.offset !== 'number') return
    seen.add(point)
    const segment = segmentAt(segments, point.offset)
    if (!segment) return
    const offset = segment.map[point.offset - segment.start]
    if (offset === point.offset) return
    const moved = place.toPoint(offset)
    if (!moved) return
    point.offset = offset
    point.line = moved.line
    point.column = moved.column
  }

  // Iterative: a deep tree must not take the stack.
  const stack: Node[] = [tree]
  while (stack.length > 0) {
    const node = stack.pop()!
    if (node.position) {
      move(node.position.start)
      move(node.position.end)
    }

    const children = (node as Node & {children?: Node[]}).children
    if (children) for (let index = children.length - 1; index >= 0; index--) stack.push(children[index])
  }
}

/** The segment whose value offsets cover `offset`, if any (segments are sorted and disjoint). */
function segmentAt(segments: Segment[], offset: number): Segment | undefined {
  const segment = segments[firstIndex(segments.length, (index) => segments[index].start <= offset) - 1]
  return segment && offset <= segment.start + segment.length ? segment : undefined
}

/** The text nodes of `source` whose value differs from their slice of `text`. */
function segmentsOf(source: Node, text: string, syntax: 'markdown' | 'html'): Segment[] {
  const segments: Segment[] = []
  const stack: Node[] = [source]
  while (stack.length > 0) {
    const node = stack.pop()!
    const children = (node as Node & {children?: Node[]}).children
    if (children) {
      for (let index = children.length - 1; index >= 0; index--) stack.push(children[index])
      continue
    }

    if (node.type !== 'text') continue
    const value = (node as Node & {value: string}).value
    const start = node.position?.start.offset
    const end = node.position?.end.offset
    if (typeof start !== 'number' || typeof end !== 'number') continue
    if (end - start === value.length && text.startsWith(value, start)) continue
    const map = alignText(value, text, start, end, syntax === 'markdown')
    segments.push({start, length: value.length, map})
  }

  // The walk visits in document order already; sort in case a tree is not.
  return segments.sort((a, b) => a.start - b.start)
}

/**
 * Map each offset of `value` (a decoded text node) to an offset in
 * `text[start, end)` (its source): where each character of the value is in
 * the file, and after the last one, where the value ends. The source may
 * hold more than the value: character references (`&amp;`, `&#8217;`),
 * backslash escapes (Markdown), CRLF or CR for LF, and continuation
 * prefixes (`> `, indents) that the value leaves out.
 */
export function alignText(value: string, text: string, start: number, end: number, markdown: boolean): Int32Array {
  const map = new Int32Array(value.length + 1)
  let i = 0
  let j = start
  while (i < value.length && j < end) {
    const v = value.charCodeAt(i)
    const s = text.charCodeAt(j)

    // Markdown: `\*` is a literal `*`.
    if (markdown && s === 92 && j + 1 < end && isAsciiPunctuation(text.charCodeAt(j + 1)) && v === text.charCodeAt(j + 1)) {
      map[i++] = j
      j += 2
      continue
    }

    if (s === 38) {
      const reference = characterReference(text, j, end, value, i, markdown)
      if (reference) {
        for (let k = 0; k < reference.decoded; k++) map[i++] = j
        j += reference.length
        continue
      }
    }

    // A CRLF or CR line ending that the value has as LF.
    if (s === 13 && v === 10) {
      map[i++] = j
      j += text.charCodeAt(j + 1) === 10 && j + 1 < end ? 2 : 1
      continue
    }

    if (s === v) {
      map[i++] = j++
      continue
    }

    // In the file, not in the value: a continuation prefix.
    j++
  }

  // Whatever is left (nothing, in a well-formed tree) ends where the source does.
  const rest = i < value.length ? end : j
  while (i <= value.length) map[i++] = rest
  return map
}

/**
 * The character reference at `text[at]` (an `&`) if the value has it
 * decoded at `valueAt`: its length in the file and in the value.
 */
function characterReference(
  text: string,
  at: number,
  end: number,
  value: string,
  valueAt: number,
  markdown: boolean
): {length: number; decoded: number} | undefined {
  let cursor = at + 1
  if (text.charCodeAt(cursor) === 35) {
    // Numeric: `&#8217;`, `&#x2019;`.
    cursor++
    const hex = text.charCodeAt(cursor) === 120 || text.charCodeAt(cursor) === 88
    if (hex) cursor++
    const digitsStart = cursor
    while (cursor < end && cursor - digitsStart < 8 && (hex ? isHex(text.charCodeAt(cursor)) : isDigit(text.charCodeAt(cursor)))) cursor++
    if (cursor === digitsStart) return undefined
    const semicolon = text.charCodeAt(cursor) === 59
    if (!semicolon && markdown) return undefined
    const length = cursor - at + (semicolon ? 1 : 0)
    // Literal when the value spells it out (`\&#8217;` in Markdown).
    if (value.startsWith(text.slice(at, at + length), valueAt)) return undefined
    // One code point: one or two UTF-16 units.
    const code = value.codePointAt(valueAt)
    return {length, decoded: code !== undefined && code > 0xffff ? 2 : 1}
  }

  while (cursor < end && cursor - at <= 32 && isAlphanumeric(text.charCodeAt(cursor))) cursor++
  if (cursor === at + 1) return undefined
  const name = text.slice(at + 1, cursor)
  if (text.charCodeAt(cursor) === 59) {
    const decoded = decodeNamedCharacterReference(name)
    if (decoded && value.startsWith(decoded, valueAt)) return {length: cursor + 1 - at, decoded: decoded.length}
  }

  if (markdown) return undefined
  // HTML also decodes some names without their semicolon (`&amp`, `&copy`),
  // the longest that is one.
  for (let length = name.length; length > 0; length--) {
    const decoded = decodeNamedCharacterReference(name.slice(0, length))
    if (decoded && value.startsWith(decoded, valueAt) && !value.startsWith(text.slice(at, at + 1 + length), valueAt)) {
      return {length: length + 1, decoded: decoded.length}
    }
  }

  return undefined
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57
}

function isHex(code: number): boolean {
  return isDigit(code) || (code >= 65 && code <= 70) || (code >= 97 && code <= 102)
}

function isAlphanumeric(code: number): boolean {
  return isDigit(code) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
}

function isAsciiPunctuation(code: number): boolean {
  return (code >= 33 && code <= 47) || (code >= 58 && code <= 64) || (code >= 91 && code <= 96) || (code >= 123 && code <= 126)
}
