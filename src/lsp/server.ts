/**
 * vouch's language server: `unified-language-server` with vouch's processor
 * and config, the way `remark-language-server` is remark's.
 *
 * What comes from where:
 *
 * - `unified-language-server` does the LSP work: document sync, running
 *   `unified-engine` on each change, messages to diagnostics (rule id as
 *   `code`, the rule's doc as `codeDescription.href`, `fatal` as severity:
 *   error/warning/information for `error`/`warn`/`info` in config), quick
 *   fixes from a message's `expected`, and formatting (which runs vouch's
 *   compiler: the text back unchanged, so no edits).
 * - The engine reads `.vouchrc`/`package.json#vouch` and `.vouchignore` by
 *   the names the CLI uses (`src/config.ts`).
 * - `./processor.ts` is the processor: loaded by its own file URL, so it is
 *   always this install's (a `vouch` in the workspace's `node_modules` is
 *   the preset, not a processor), and it applies the config's `rules` (which
 *   the engine cannot without a `configTransform`).
 * - `./connection.ts` adds related information and the rest the connection
 *   needs (stale results, config errors).
 */
import process from 'node:process'
import {createUnifiedLanguageServer} from 'unified-language-server'
import type {Connection} from 'vscode-languageserver/node.js'
import {ignoreName, packageField, rcName} from '../config.js'
import {extendConnection, installConnectionFeature} from './connection.js'
import {processor} from './processor.js'

/** The transports `vscode-languageserver` reads from the command line. */
export const transports = ['--stdio', '--node-ipc', '--socket', '--pipe']

/** Whether `argv` names a transport (`--stdio`, `--socket=6009`, …). */
export function hasTransport(argv: readonly string[]): boolean {
  return argv.some((arg) => transports.includes(arg.split('=')[0]))
}

/**
 * Start the language server on the transport named in `process.argv`
 * (`--stdio`, `--node-ipc`, `--socket=PORT`, `--pipe=NAME`): what
 * `vouch-language-server` and `vouch lsp` run. It runs until the client
 * sends `exit` or closes the stream.
 */
export function startLanguageServer() {
  let connection: Connection | undefined

  installConnectionFeature(function (created) {
    connection = created
    extendConnection(created)
  })

  // One document the server cannot handle (say, an `untitled:` URI that
  // `unified-language-server` tries to turn into a path) must not take the
  // server down for every other document: log it and keep serving.
  process.on('unhandledRejection', function (reason) {
    const text = reason instanceof Error ? (reason.stack ?? reason.message) : String(reason)
    if (connection) connection.console.error('vouch: ' + text)
    else process.stderr.write('vouch: ' + text + '\n')
  })

  createUnifiedLanguageServer({
    configurationSection: 'vouch',
    processorName: new URL('processor.js', import.meta.url).href,
    processorSpecifier: 'processor',
    defaultProcessor: processor,
    rcName,
    packageField,
    ignoreName
  })
}
