/**
 * The processor the language server hands to `unified-engine`.
 *
 * It is vouch's own processor (`src/processor.ts`: the parser for every
 * draft format and the compiler that gives the text back unchanged, so
 * “format document” is a no-op), plus two things an editor needs:
 *
 * - the checks come from the draft's config, read the way the CLI reads it
 *   (`./configured.ts`), because `unified-language-server` has no
 *   `configTransform`;
 * - a text the editor has already replaced is not parsed or checked at all
 *   (`./documents.ts`), so typing in a long draft does not queue one full
 *   check per keystroke.
 *
 * The server loads this module by its file URL (see `./server.ts`), never a
 * `vouch` package from the workspace's `node_modules`.
 */
import type {Root} from 'nlcst'
import type {Processor} from 'unified'
import {unified} from 'unified'
import type {VFile} from 'vfile'
import {configTransform, defaultConfig, packageField, rcName} from '../config.js'
import vouchParse from '../formats/index.js'
import {vouchCompile} from '../processor.js'
import vouchConfigured from './configured.js'
import {isOutdatedText} from './documents.js'

/**
 * The longest document checked as you type, in UTF-16 code units (about
 * 80,000 words: far beyond any news draft). A longer paste (a 5 MB log, a
 * whole book) would hold the server for minutes on every keystroke and can
 * exhaust its memory; it gets one information diagnostic pointing to the CLI
 * instead.
 */
export const maxCheckedLength = 500_000

/** unified plugin: skip parsing a text the editor has replaced, or one too long to check live. */
export function vouchSkipOutdated(this: Processor) {
  const self = this as unknown as Processor<Root>
  const parse = self.parser
  if (!parse) throw new Error('vouchSkipOutdated must come after a parser')
  self.parser = function (value: string, file: VFile): Root {
    if (isOutdatedText(file.data.lspDocumentUri, value)) {
      file.data.vouchOutdated = true
      return {type: 'RootNode', children: []}
    }

    if (value.length > maxCheckedLength) {
      file.data.vouchOutdated = true
      file.info(
        'vouch: this document is too long to check as you type (' + value.length + ' characters; the limit is ' +
          maxCheckedLength + '). Run `vouch` on the file from a terminal instead.',
        {source: 'vouch'}
      )
      return {type: 'RootNode', children: []}
    }

    return parse(value, file)
  }
}

/** The language server's processor (the engine makes a fresh copy per check). */
export const processor = unified()
  .use(vouchParse)
  .use(vouchSkipOutdated)
  .use(vouchCompile)
  .use(vouchConfigured, {rcName, packageField, configTransform, defaultConfig, detectConfig: true})
  .freeze()

export default processor
