/**
 * Which parts of a draft's file are not prose: the markup of an HTML draft,
 * the front matter, code and raw HTML of a Markdown draft. The report shows
 * the file as it is (ledger offsets point into it) and dims these parts, so
 * the prose reads as prose.
 */
import type {Node} from 'unist'
import type {VFile} from 'vfile'

export interface Range {
  start: number
  end: number
}

/** Elements whose text is not prose in an HTML draft. */
const nonProseElements = new Set(['head', 'title', 'script', 'style', 'template', 'noscript', 'code', 'pre'])

/** Markdown nodes that are not prose. */
const nonProseMarkdown = new Set(['yaml', 'toml', 'code', 'html', 'math'])

/** Non-prose ranges of `file`, sorted, from its source tree (none for plain text). */
export function nonProse(file: VFile): Range[] {
  const source = file.data.vouchSource
  const length = String(file.value ?? '').length
  if (!source) return []

  if (source.format === 'markdown') {
    const ranges: Range[] = []
    walk(source.tree, (node) => {
      if (!nonProseMarkdown.has(node.type)) return true
      const range = rangeOf(node)
      if (range) ranges.push(range)
      return false
    })
    return ranges
  }

  // HTML: everything outside prose text nodes is markup.
  const prose: Range[] = []
  walk(source.tree, (node) => {
    if (node.type === 'element' && nonProseElements.has((node as Node & {tagName: string}).tagName)) return false
    // Blank text is not prose, and in a fragment parse its position can
    // cover tags the parser dropped (`<html>`, `<body>`).
    const blank = node.type === 'text' && /^\s*$/.test((node as Node & {value: string}).value)
    const range = node.type === 'text' && !blank ? rangeOf(node) : undefined
    if (range) prose.push(range)
    return true
  })
  return complement(prose.sort((a, b) => a.start - b.start), length)
}

/** Depth-first walk; `enter` returns whether to go into the node's children. */
function walk(node: Node, enter: (node: Node) => boolean): void {
  if (!enter(node)) return
  for (const child of (node as Node & {children?: Node[]}).children ?? []) walk(child, enter)
}

function rangeOf(node: Node): Range | undefined {
  const start = node.position?.start.offset
  const end = node.position?.end.offset
  return typeof start === 'number' && typeof end === 'number' && end > start ? {start, end} : undefined
}

function complement(ranges: Range[], length: number): Range[] {
  const result: Range[] = []
  let at = 0
  for (const range of ranges) {
    if (range.start > at) result.push({start: at, end: range.start})
    at = Math.max(at, range.end)
  }

  if (at < length) result.push({start: at, end: length})
  return result
}
