/**
 * One parser for every draft format. Markdown and HTML are parsed to their
 * own trees and bridged to nlcst (so positions stay true to the original
 * file); plain text is parsed directly. The rest of the pipeline — the
 * analysis and every rule — sees only nlcst.
 *
 * The source tree (mdast or hast) is kept on `file.data.vouchSource` because
 * inline control comments (`<!-- vouch disable … -->`) live there.
 */
import type {Root as NlcstRoot} from 'nlcst'
import type {Node} from 'unist'
import type {Processor} from 'unified'
import type {VFile} from 'vfile'
import {toNlcst as mdastToNlcst} from 'mdast-util-to-nlcst'
import {toNlcst as hastToNlcst} from 'hast-util-to-nlcst'
import type {Root as MdastRoot} from 'mdast'
import type {Root as HastRoot} from 'hast'
import {fromMarkdown} from './markdown.js'
import {fromHtml} from './html.js'
import {NewsEnglish, parseEnglish} from '../parse/english.js'
import {markUrls} from './urls.js'
import {consumedByLedger} from '../analysis/index.js'

export type Format = 'markdown' | 'html' | 'text'

export interface SourceTree {
  format: Exclude<Format, 'text'>
  tree: Node
}

declare module 'vfile' {
  interface DataMap {
    /** Force a format instead of guessing from the extension. */
    format: Format
    /** The mdast or hast tree the nlcst was bridged from, if any. */
    vouchSource: SourceTree
  }
}

const markdownExtensions = new Set(['.md', '.markdown', '.mdx', '.mkd', '.mkdn', '.mdown', '.ron'])
const htmlExtensions = new Set(['.html', '.htm', '.xhtml'])

/** The extensions vouch reads when given a folder. */
export const extensions = [...markdownExtensions, ...htmlExtensions, '.txt', '.text'].map((ext) => ext.slice(1))

/** Which format a file is in: `file.data.format`, else by extension, else text. */
export function formatOf(file: VFile): Format {
  if (file.data.format) return file.data.format
  const ext = (file.extname ?? '').toLowerCase()
  if (markdownExtensions.has(ext)) return 'markdown'
  if (htmlExtensions.has(ext)) return 'html'
  return 'text'
}

/** Parse a draft of any format to nlcst. */
export function parseDraft(value: string, file: VFile): NlcstRoot {
  return markUrls(parseFormat(value, file), value)
}

function parseFormat(value: string, file: VFile): NlcstRoot {
  // Nothing to bridge (and the HTML bridge cannot bridge an empty tree).
  if (value.trim() === '') return {type: 'RootNode', children: []}
  const format = formatOf(file)
  if (format === 'markdown') {
    const tree = fromMarkdown(value)
    file.data.vouchSource = {format, tree}
    return toNlcstMarkdown(tree, file)
  }

  if (format === 'html') {
    const tree = fromHtml(value)
    file.data.vouchSource = {format, tree}
    return toNlcstHtml(tree, file)
  }

  return parseEnglish(value)
}

function toNlcstMarkdown(tree: MdastRoot, file: VFile): NlcstRoot {
  // Code, front matter and raw HTML are not prose: leave them out entirely.
  return mdastToNlcst(tree, file, NewsEnglish, {ignore: ['code', 'yaml', 'toml', 'html', 'math']})
}

function toNlcstHtml(tree: HastRoot, file: VFile): NlcstRoot {
  return hastToNlcst(tree, file, NewsEnglish)
}

/**
 * unified plugin: the vouch parser (any draft format to nlcst). Its tree is
 * the ledger's alone, which empties it once indexed (`consumedByLedger`).
 */
export default function vouchParse(this: Processor) {
  const self = this as unknown as Processor<NlcstRoot>
  self.parser = (value: string, file: VFile) => consumedByLedger(parseDraft(value, file))
}
