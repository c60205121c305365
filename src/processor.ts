/**
 * The one vouch processor, shared by the CLI, the language server and the
 * API, so that an editor and CI never disagree: parse any draft format to
 * nlcst, build the ledger, run the rules, apply inline control comments.
 *
 * Its compiler returns the document unchanged: vouch is a linter and must
 * never rewrite a draft (the language server's "format document" runs the
 * compiler, and must be a no-op).
 */
import type {Root} from 'nlcst'
import type {Processor} from 'unified'
import {unified} from 'unified'
import type {VFile} from 'vfile'
import vouchParse from './formats/index.js'
import {checkPlugins} from './checks.js'
import type {Options} from './index.js'

export {checkPlugins} from './checks.js'

/** unified plugin: a compiler that gives back the draft as it was. */
export function vouchCompile(this: Processor) {
  const self = this as unknown as Processor<undefined, undefined, undefined, Root, string>
  self.compiler = function (_: Root, file: VFile) {
    return String(file.value ?? '')
  }
}

/** The parser and the no-op compiler, without any checks (the engine adds plugins from config). */
export function baseProcessor() {
  return unified().use(vouchParse).use(vouchCompile)
}

/** A complete vouch processor with the given rule settings. */
export function createProcessor(options?: Options) {
  return baseProcessor().use(checkPlugins(options))
}
