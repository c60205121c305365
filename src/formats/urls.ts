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
const url = /\b(?:https?:\/\/|ftp:\/\/|www\.)[^\s<>"“”‘’]*[^\s<>"“”‘’.,;:!?)\]}'*_]|\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b/gi

/** Replace the word and punctuation nodes that spell a URL with one source node. */
export function markUrls(tree: Root, text: string): Root {
  // Cheap exit: most drafts have no URL or address at all.
  if (!text.includes('://') && !text.includes('www.') && !text.includes('@')) return tree

  // One pass over the text (a search per sentence would rescan to the end
  // of the text each time it finds nothing: quadratic on a large draft).
  const ranges: Array<[number, number]> = []
  url.lastIndex = 0
  let match: RegExpExecArray | null
  while ((match = url.exec(text))) ranges.push([match.index, match.index + match[0].length])
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
