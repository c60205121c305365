/**
 * URLs and e-mail addresses are not prose. parse-english splits
 * `https://example.com/allegedly` into words ("https", "example.com",
 * "allegedly"), and a hedge lexicon would then flag a path segment. Every
 * format's nlcst goes through here: each URL becomes one `SourceNode`, which
 * the analysis never reads as words.
 */
import type {Root, Sentence, SentenceContent, Source} from 'nlcst'
import {SKIP, visit} from 'unist-util-visit'

// A URL ends before trailing sentence punctuation and closing brackets/quotes.
// Linear: a match can only fail where no later URL starts in the same run
// of non-space characters (every start has a letter that may end a URL).
const url = /\b(?:https?:\/\/|ftp:\/\/|www\.)[^\s<>"“”‘’]*[^\s<>"“”‘’.,;:!?)\]}'*_]/gi

/** Replace the word and punctuation nodes that spell a URL with one source node. */
export function markUrls(tree: Root, text: string): Root {
  // Cheap exit: most drafts have no URL or address at all.
  if (!text.includes('://') && !text.includes('www.') && !text.includes('@')) return tree

  // One pass over the text (a search per sentence would rescan to the end
  // of the text each time it finds nothing: quadratic on a large draft).
  const ranges = linkRanges(text)
  if (ranges.length === 0) return tree

  // Sentences come in text order, so one cursor walks the ranges.
  let next = 0
  // Sentences hold no sentences: SKIP keeps the walk from entering words.
  visit(tree, 'SentenceNode', (sentence: Sentence) => {
    const start = sentence.position?.start.offset
    const end = sentence.position?.end.offset
    if (start === undefined || end === undefined) return
    while (next < ranges.length && ranges[next][1] <= start) next++
    const inside: Array<[number, number]> = []
    for (let index = next; index < ranges.length && ranges[index][0] < end; index++) {
      inside.push([Math.max(start, ranges[index][0]), Math.min(end, ranges[index][1])])
    }

    if (inside.length > 0) sentence.children = mergeRanges(sentence.children, inside, text)
    return SKIP
  })

  return tree
}

/** The `[start, end)` ranges of URLs and e-mail addresses in `text`, in order, not overlapping. */
export function linkRanges(text: string): Array<[number, number]> {
  const found: Array<[number, number]> = []
  if (text.includes('://') || text.includes('www.')) {
    url.lastIndex = 0
    let match: RegExpExecArray | null
    while ((match = url.exec(text))) found.push([match.index, match.index + match[0].length])
  }

  found.push(...emailRanges(text))
  // Where a URL and an address overlap ("user@www.example.com"), the one
  // that starts first wins, as one alternation would have it.
  found.sort((a, b) => a[0] - b[0])
  const ranges: Array<[number, number]> = []
  for (const range of found) {
    const last = ranges[ranges.length - 1]
    if (!last || range[0] >= last[1]) ranges.push(range)
  }

  return ranges
}

/**
 * E-mail addresses (`local@domain.tld`), found from each `@` outwards in
 * one linear pass. A regular expression such as `\b[\w.+-]+@…` rescans the
 * whole run before every `@`-less start: 300 KB of `a.a.a…` took 90 s.
 */
export function emailRanges(text: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = []
  let floor = 0
  for (let at = text.indexOf('@'); at !== -1; at = text.indexOf('@', at + 1)) {
    // The local part: the run of `[\w.+-]` before the `@`, from its first
    // word boundary (`.a@b.c` starts at `a`).
    let start = at
    while (start > floor && isLocal(text.charCodeAt(start - 1))) start--
    while (start < at && !isBoundary(text, start)) start++
    if (start === at) continue

    // The domain: labels of `[\w-]` joined by dots, at least two, ending on
    // a word character.
    let end = at + 1
    while (end < text.length && isLabel(text.charCodeAt(end))) end++
    if (end === at + 1) continue
    let labels = 1
    let lastDot = -1
    while (text.charCodeAt(end) === 46 && isLabel(text.charCodeAt(end + 1))) {
      lastDot = end
      end++
      while (end < text.length && isLabel(text.charCodeAt(end))) end++
      labels++
    }

    // Trailing dashes are not part of the address (`a@b.c-`).
    while (end > at + 1 && text.charCodeAt(end - 1) === 45) end--
    if (lastDot !== -1 && end <= lastDot + 1) {
      end = lastDot
      labels--
    }

    if (labels < 2 || !isWord(text.charCodeAt(end - 1))) continue
    ranges.push([start, end])
    floor = end
  }

  return ranges
}

function isWord(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95
}

function isLabel(code: number): boolean {
  return isWord(code) || code === 45
}

function isLocal(code: number): boolean {
  // `.`, `+`, `-` besides word characters.
  return isWord(code) || code === 46 || code === 43 || code === 45
}

/** Whether a word boundary (`\b`) lies before `index`. */
function isBoundary(text: string, index: number): boolean {
  const before = index > 0 && isWord(text.charCodeAt(index - 1))
  return before !== isWord(text.charCodeAt(index))
}

function mergeRanges(children: SentenceContent[], ranges: Array<[number, number]>, text: string): SentenceContent[] {
  const result: SentenceContent[] = []
  let range = 0
  let index = 0
  while (index < children.length) {
    const child = children[index]
    const childStart = child.position?.start.offset
    const childEnd = child.position?.end.offset
    while (range < ranges.length && childStart !== undefined && ranges[range][1] <= childStart) range++
    const current = ranges[range]
    if (
      !current ||
      childStart === undefined ||
      childEnd === undefined ||
      child.type === 'WhiteSpaceNode' ||
      childStart >= current[1] ||
      childEnd <= current[0]
    ) {
      result.push(child)
      index++
      continue
    }

    // Swallow every node that overlaps the URL, so the source node covers
    // whole tokens and offsets stay true.
    const first = child
    let last = child
    while (index < children.length) {
      const next = children[index]
      const nextStart = next.position?.start.offset
      if (nextStart === undefined || nextStart >= current[1] || next.type === 'WhiteSpaceNode') break
      last = next
      index++
    }

    const from = first.position!.start
    const to = last.position!.end
    const source: Source = {
      type: 'SourceNode',
      value: text.slice(from.offset, to.offset),
      position: {start: {...from}, end: {...to}}
    }
    result.push(source)
    range++
  }

  return result
}
