/**
 * vouch's language server, on `vscode-languageserver` (what
 * `unified-language-server` is built on) with vouch's own checking path:
 *
 * - documents sync in full; each change is checked in a worker thread under
 *   a time limit (`src/check/pool.ts`), the newest text only — a burst of
 *   keystrokes is one check, not one per keystroke — and diagnostics are
 *   published for the version checked, never an outdated one;
 * - each draft's config is found and read as the CLI does (`ConfigFinder`:
 *   JSON and YAML only, nothing imported), and `.vouchignore` applies as in
 *   the CLI (`src/cli/find.ts`);
 * - messages become diagnostics with rule ids, links, severities, related
 *   places and quick fixes (`./diagnostics.ts`); formatting is a no-op
 *   (vouch never rewrites a draft).
 *
 * vouch no longer runs `unified-language-server` itself: it hands the
 * config names to `unified-engine`, which imports whatever `plugins` a
 * `.vouchrc` lists (a checkout's `{"plugins": ["./evil.js"]}` ran on opening
 * a draft); it writes the engine's text report into a stream nobody reads,
 * so past 16 KiB of findings the check never finished and nothing was
 * published; and it leaves no way to guard the input stream (`./reader.ts`)
 * or bound the time of a check.
 */
import fs from 'node:fs'
import path from 'node:path'
import process from 'node:process'
import {format} from 'node:util'
import {fileURLToPath} from 'node:url'
import {
  CodeActionKind,
  createConnection,
  DiagnosticSeverity,
  DidChangeConfigurationNotification,
  ErrorCodes,
  MessageType,
  ProposedFeatures,
  ResponseError,
  ShowMessageNotification,
  StreamMessageWriter,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type Diagnostic
} from 'vscode-languageserver/node.js'
import {TextDocument} from 'vscode-languageserver-textdocument'
import {VFile} from 'vfile'
import {CheckPool} from '../check/pool.js'
import {ConfigError, ConfigFinder} from '../config.js'
import {findDrafts} from '../cli/find.js'
import type {Format} from '../formats/kind.js'
import {displayPath} from '../reporters/shared.js'
import {problemDiagnostic, quickFixes, toDiagnostic} from './diagnostics.js'
import {FramedMessageReader} from './reader.js'
import {rangeOf} from './related.js'

/** The transports `vscode-languageserver` reads from the command line. */
export const transports = ['--stdio', '--node-ipc', '--socket', '--pipe']

/** Whether `argv` names a transport (`--stdio`, `--socket=6009`, …). */
export function hasTransport(argv: readonly string[]): boolean {
  return argv.some((arg) => transports.includes(arg.split('=')[0]))
}

/**
 * The longest document checked as you type, in UTF-16 code units (about
 * 80,000 words: far beyond any news draft). A longer paste (a 5 MB log, a
 * whole book) would hold the checker for minutes on every keystroke and can
 * exhaust its memory; it gets one information diagnostic pointing to the CLI
 * instead.
 */
export const maxCheckedLength = 500_000

/** Settings an editor can send under `vouch` (`workspace/configuration`). */
interface Settings {
  /** Check only drafts with a config file above them. */
  requireConfig: boolean
  /** An extra ignore file, relative to the workspace. */
  ignorePath?: string
  /** Resolve its patterns from its folder (`dir`) or the workspace (`cwd`). */
  ignorePathResolveFrom?: 'cwd' | 'dir'
  /** Time limit per check, in seconds (default: by the document's size, as in the CLI). */
  timeLimit?: number
}

/**
 * Start the language server on the transport named on the command line
 * (`--stdio`, `--node-ipc`, `--socket=PORT`, `--pipe=NAME`): what
 * `vouch-language-server` and `vouch lsp` run. It runs until the client
 * sends `exit` or closes the stream.
 */
export function startLanguageServer(argv: readonly string[] = process.argv.slice(2)): Connection {
  let connection: Connection
  if (argv.includes('--stdio')) {
    connection = createConnection(ProposedFeatures.all, new FramedMessageReader(process.stdin), new StreamMessageWriter(process.stdout))
    // Stdout is the protocol: anything logged goes to stderr instead.
    for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) {
      console[method] = (...args: unknown[]) => process.stderr.write(format(...args) + '\n')
    }
  } else {
    connection = createConnection(ProposedFeatures.all)
  }

  serve(connection)

  if (argv.includes('--stdio')) {
    // The client went away: nothing more to do (as `vscode-languageserver`
    // does for the streams it opens itself).
    const end = () => process.exit(shuttingDown ? 0 : 1)
    process.stdin.on('end', end)
    process.stdin.on('close', end)
  }

  connection.listen()
  return connection
}

let shuttingDown = false

/** Register vouch's handlers on `connection`. */
function serve(connection: Connection): void {
  const documents = new TextDocuments(TextDocument)
  const pool = new CheckPool({size: 1})
  const workspaces = new Set<string>()
  let hasConfigurationCapability = false
  let hasWorkspaceFolders = false
  let globalSettings: Settings = {requireConfig: false}
  const settingsCache = new Map<string, Promise<Settings>>()
  /** Per document: a check is running; `again` if the text changed meanwhile. */
  const running = new Map<string, {again: boolean}>()
  /** Problems shown to the user, per document that still has them. */
  const shown = new Map<string, Set<string>>()

  // One document the server cannot handle must not take it down for every
  // other document: log it and keep serving.
  process.on('unhandledRejection', function (reason) {
    connection.console.error('vouch: ' + (reason instanceof Error ? (reason.stack ?? reason.message) : String(reason)))
  })

  /** After `shutdown`, the spec allows only `exit`. */
  function live<P, R>(handler: (params: P) => R): (params: P) => R | ResponseError<void> {
    return (params) => (shuttingDown ? new ResponseError(ErrorCodes.InvalidRequest, 'vouch: the server is shutting down') : handler(params))
  }

  connection.onInitialize((params) => {
    for (const folder of params.workspaceFolders ?? []) addWorkspace(folder.uri)
    if (workspaces.size === 0 && params.rootUri) addWorkspace(params.rootUri)
    hasConfigurationCapability = Boolean(params.capabilities.workspace?.configuration)
    hasWorkspaceFolders = Boolean(params.capabilities.workspace?.workspaceFolders)
    // Load the checker while the editor finishes starting up.
    pool.warm()
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Full,
        documentFormattingProvider: true,
        codeActionProvider: {codeActionKinds: [CodeActionKind.QuickFix], resolveProvider: true},
        workspace: hasWorkspaceFolders ? {workspaceFolders: {supported: true, changeNotifications: true}} : undefined
      }
    }
  })

  connection.onInitialized(() => {
    if (hasConfigurationCapability) void connection.client.register(DidChangeConfigurationNotification.type)
    if (hasWorkspaceFolders) {
      connection.workspace.onDidChangeWorkspaceFolders((event) => {
        for (const folder of event.removed) workspaces.delete(folderPath(folder.uri) ?? '')
        for (const folder of event.added) addWorkspace(folder.uri)
        checkAll()
      })
    }
  })

  connection.onShutdown(() => {
    shuttingDown = true
    return pool.close()
  })

  connection.onCodeAction(
    live((params) => {
      const document = documents.get(params.textDocument.uri)
      return document ? quickFixes(document, params.context.diagnostics) : []
    })
  )

  // The actions are complete already: resolving one gives it back.
  connection.onCodeActionResolve(live((action) => action))

  // vouch never rewrites a draft.
  connection.onDocumentFormatting(live(() => null))

  connection.onDidChangeConfiguration((change) => {
    settingsCache.clear()
    if (!hasConfigurationCapability) globalSettings = settingsOf((change.settings as Record<string, unknown> | undefined)?.vouch ?? change.settings)
    checkAll()
  })

  // A config or ignore file may have changed.
  connection.onDidChangeWatchedFiles(() => checkAll())

  documents.onDidChangeContent((event) => schedule(event.document.uri))

  documents.onDidClose((event) => {
    const {uri, version} = event.document
    shown.delete(uri)
    settingsCache.delete(uri)
    void connection.sendDiagnostics({uri, version, diagnostics: []})
  })

  documents.listen(connection)

  function addWorkspace(uri: string) {
    const folder = folderPath(uri)
    if (folder) workspaces.add(folder)
  }

  function checkAll() {
    for (const document of documents.all()) schedule(document.uri)
  }

  /** Check the newest text of `uri`: now, or after the check running for it. */
  function schedule(uri: string) {
    if (shuttingDown) return
    const state = running.get(uri)
    if (state) {
      state.again = true
      return
    }

    const entry = {again: true}
    running.set(uri, entry)
    void (async () => {
      try {
        while (entry.again && !shuttingDown) {
          entry.again = false
          const document = documents.get(uri)
          if (!document) break
          const diagnostics = await diagnose(document)
          // Publish only what is still the newest text: a newer one is
          // checked next, and an older result would flash outdated findings.
          if (!entry.again && documents.get(uri)?.version === document.version) publish(uri, document.version, diagnostics)
        }
      } catch (error) {
        connection.console.error('vouch: ' + (error instanceof Error ? (error.stack ?? error.message) : String(error)))
      } finally {
        running.delete(uri)
      }
    })()
  }

  function publish(uri: string, version: number, diagnostics: Diagnostic[]) {
    // A broken config breaks every draft under it, on every keystroke: tell
    // the user once (a notification, not a request that waits for a click),
    // and again only after it was fixed and broke again.
    const problems = new Set(diagnostics.filter((diagnostic) => diagnostic.code === undefined && diagnostic.severity === DiagnosticSeverity.Error).map((diagnostic) => diagnostic.message))
    const known = new Set([...shown.values()].flatMap((set) => [...set]))
    for (const problem of problems) {
      if (!known.has(problem)) void connection.sendNotification(ShowMessageNotification.type, {type: MessageType.Error, message: 'vouch: ' + problem})
    }

    shown.set(uri, problems)
    void connection.sendDiagnostics({uri, version, diagnostics})
  }

  /** The diagnostics of one document. */
  async function diagnose(document: TextDocument): Promise<Diagnostic[]> {
    const filePath = folderPath(document.uri)
    const cwd = filePath ? workspaceOf(filePath) : ([...workspaces][0] ?? process.cwd())
    const settings = await settingsFor(document.uri)

    if (filePath && (await isIgnored(filePath, cwd, settings))) return []

    let options
    try {
      const found = new ConfigFinder({cwd}).find(filePath)
      if (settings.requireConfig && !found.filePath) return []
      options = found.options
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error
      const name = path.relative(cwd, error.filePath) || error.filePath
      return [problemDiagnostic('Cannot use config file `' + displayPath(name) + '`: ' + error.message)]
    }

    const text = document.getText()
    if (text.length > maxCheckedLength) {
      return [
        problemDiagnostic(
          'vouch: this document is too long to check as you type (' + text.length + ' characters; the limit is ' +
            maxCheckedLength + '). Run `vouch` on the file from a terminal instead.',
          DiagnosticSeverity.Information
        )
      ]
    }

    const job = {text, path: filePath, cwd, mode: 'check' as const, options, format: filePath ? undefined : formatOfLanguage(document.languageId)}
    const outcome = await pool.check(job, {timeLimit: settings.timeLimit === undefined ? undefined : settings.timeLimit * 1000})
    if (outcome.problem) {
      const {reason, place} = outcome.problem
      return [problemDiagnostic(reason, DiagnosticSeverity.Error, place ? rangeOf(place) : undefined)]
    }

    return outcome.result.messages.map((message) => toDiagnostic(document.uri, message))
  }

  function settingsFor(uri: string): Promise<Settings> {
    if (!hasConfigurationCapability) return Promise.resolve(globalSettings)
    let settings = settingsCache.get(uri)
    if (!settings) {
      settings = connection.workspace.getConfiguration({scopeUri: uri, section: 'vouch'}).then(settingsOf, () => ({requireConfig: false}))
      settingsCache.set(uri, settings)
    }

    return settings
  }

  /** The workspace folder of a draft: the innermost open one, else the nearest with `package.json` or `.git`. */
  function workspaceOf(filePath: string): string {
    let best: string | undefined
    for (const folder of workspaces) {
      if (filePath.startsWith(folder + path.sep) && (!best || folder.length > best.length)) best = folder
    }

    if (best) return best
    for (let folder = path.dirname(filePath); ; folder = path.dirname(folder)) {
      if (fs.existsSync(path.join(folder, 'package.json')) || fs.existsSync(path.join(folder, '.git'))) return folder
      if (path.dirname(folder) === folder) return path.dirname(filePath)
    }
  }
}

/** Whether `.vouchignore` (or the `ignorePath` setting) ignores the draft, as in the CLI. */
async function isIgnored(filePath: string, cwd: string, settings: Settings): Promise<boolean> {
  try {
    // With its text: the document need not be saved to be found.
    const found = await findDrafts({
      files: [new VFile({path: filePath, value: ''})],
      cwd,
      ignorePath: settings.ignorePath ? path.resolve(cwd, settings.ignorePath) : undefined,
      ignorePathResolveFrom: settings.ignorePathResolveFrom
    })
    return found.length === 0
  } catch {
    return false
  }
}

function settingsOf(raw: unknown): Settings {
  const value = (raw ?? {}) as Record<string, unknown>
  return {
    requireConfig: Boolean(value.requireConfig),
    ignorePath: typeof value.ignorePath === 'string' ? value.ignorePath : undefined,
    ignorePathResolveFrom: value.ignorePathResolveFrom === 'cwd' || value.ignorePathResolveFrom === 'dir' ? value.ignorePathResolveFrom : undefined,
    timeLimit: typeof value.timeLimit === 'number' && value.timeLimit > 0 ? value.timeLimit : undefined
  }
}

/** The path of a `file:` URI (without a trailing separator), else `undefined`. */
function folderPath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined
  try {
    return fileURLToPath(uri).replace(/[/\\]+$/, '') || '/'
  } catch {
    return undefined
  }
}

/** The format of a document with no file name (an unsaved buffer), by its language. */
function formatOfLanguage(languageId: string): Format {
  if (languageId === 'markdown' || languageId === 'mdx') return 'markdown'
  if (languageId === 'html') return 'html'
  return 'text'
}
