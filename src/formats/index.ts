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
import type {Element, ElementContent, Root as HastRoot} from 'hast'
import {fromMarkdown} from './markdown.js'
import {fromHtml} from './html.js'
import {NewsEnglish, parseEnglish} from '../parse/english.js'
import {markUrls} from './urls.js'
import {realignPositions} from './positions.js'
import {consumedByLedger} from '../analysis/index.js'
import {formatOf, type Format} from './kind.js'

export type {Format} from './kind.js'
export {extensions, formatOf} from './kind.js'

export interface SourceTree {
  format: Exclude<Format, 'text'>
  tree: Node
}

declare module 'vfile' {
  interface DataMap {
    /** The mdast or hast tree the nlcst was bridged from, if any. */
    vouchSource: SourceTree
  }
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
    const nlcst = toNlcstMarkdown(tree, file)
    realignPositions(nlcst, tree, value, format)
    return nlcst
  }

  if (format === 'html') {
    const tree = fromHtml(value)
    file.data.vouchSource = {format, tree}
    const nlcst = toNlcstHtml(tree, file)
    realignPositions(nlcst, tree, value, format)
    return nlcst
  }

  return parseEnglish(value)
}

function toNlcstMarkdown(tree: MdastRoot, file: VFile): NlcstRoot {
  // Code, front matter and raw HTML are not prose: leave them out entirely.
  return mdastToNlcst(tree, file, NewsEnglish, {ignore: ['code', 'yaml', 'toml', 'html', 'math']})
}

function toNlcstHtml(tree: HastRoot, file: VFile): NlcstRoot {
  // The bridge reads prose only inside elements that hold it (`p`, `li`,
  // `div`, `body`, …). A fragment parse keeps no `body`, so text directly in
  // the body, or after a closing `</p>`, was never read: the root holds
  // flow content like a body does, and is given to the bridge as one.
  const body: Element = {type: 'element', tagName: 'body', properties: {}, children: tree.children as ElementContent[]}
  return hastToNlcst({...tree, children: [body]}, file, NewsEnglish)
}

/**
 * unified plugin: the vouch parser (any draft format to nlcst). Its tree is
 * the ledger's alone, which empties it once indexed (`consumedByLedger`).
 */
export default function vouchParse(this: Processor) {
  const self = this as unknown as Processor<NlcstRoot>
  self.parser = (value: string, file: VFile) => consumedByLedger(parseDraft(value, file))
}
