/**
 * A real LSP client for the tests: starts `node dist/src/lsp/bin.js --stdio`
 * as a subprocess and talks JSON-RPC to it over stdio with
 * `vscode-languageserver-protocol`, as an editor would.
 */
import {spawn, type ChildProcessWithoutNullStreams} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {
  createProtocolConnection,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  LogMessageNotification,
  PublishDiagnosticsNotification,
  ShowMessageNotification,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  type InitializeResult,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type ShowMessageParams
} from 'vscode-languageserver-protocol/node'

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
/** The built server (`npx tsc -p .`); `VOUCH_LSP_BIN` points elsewhere. */
export const serverBin = process.env.VOUCH_LSP_BIN ?? path.join(repoRoot, 'dist/src/lsp/bin.js')
export const sampleArticle = fs.readFileSync(path.join(repoRoot, 'test/fixtures/north-korean-missiles-unsc.txt'), 'utf8')

export interface Client {
  connection: ProtocolConnection
  child: ChildProcessWithoutNullStreams
  workspace: string
  initializeResult: InitializeResult
  /** Every `publishDiagnostics` received, in order. */
  published: PublishDiagnosticsParams[]
  /** Every `window/showMessage` received. */
  shown: ShowMessageParams[]
  /** Everything the server wrote to stderr. */
  stderr(): string
  uri(name: string): string
  /** Open a document and wait for its first diagnostics. */
  open(name: string, text: string, languageId?: string): Promise<PublishDiagnosticsParams>
  /** Replace a document's text (full sync) and wait for diagnostics of that version. */
  change(name: string, text: string): Promise<PublishDiagnosticsParams>
  /** Wait for diagnostics for `uri` matching `test`. */
  diagnostics(uri: string, test?: (params: PublishDiagnosticsParams) => boolean, timeout?: number): Promise<PublishDiagnosticsParams>
  /** Shut down (shutdown + exit) and wait for the process to end; resolves to its exit code. */
  stop(): Promise<number | null>
}

/** A temporary workspace folder with the given files. */
export function makeWorkspace(files: Record<string, string> = {}): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vouch-lsp-'))
  // A `package.json` marks the workspace root, as in a real project.
  fs.writeFileSync(path.join(dir, 'package.json'), '{"private": true}\n')
  for (const [name, value] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), {recursive: true})
    fs.writeFileSync(path.join(dir, name), value)
  }

  return dir
}

export async function startClient(
  options: {workspace?: string; files?: Record<string, string>; args?: string[]} = {}
): Promise<Client> {
  const workspace = options.workspace ?? makeWorkspace(options.files)
  const child = spawn(process.execPath, options.args ?? [serverBin, '--stdio'], {cwd: workspace})
  let stderr = ''
  child.stderr.setEncoding('utf8')
  child.stderr.on('data', (chunk: string) => {
    stderr += chunk
  })

  const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin))
  const published: PublishDiagnosticsParams[] = []
  const shown: ShowMessageParams[] = []
  const waiters = new Set<{test: (params: PublishDiagnosticsParams) => boolean; resolve: (params: PublishDiagnosticsParams) => void}>()
  const versions = new Map<string, number>()

  connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
    published.push(params)
    for (const waiter of waiters) {
      if (waiter.test(params)) {
        waiters.delete(waiter)
        waiter.resolve(params)
      }
    }
  })
  connection.onNotification(ShowMessageNotification.type, (params) => {
    shown.push(params)
  })
  connection.onNotification(LogMessageNotification.type, () => {})
  connection.listen()

  const initializeResult = await connection.sendRequest(InitializeRequest.type, {
    processId: process.pid,
    rootUri: pathToFileURL(workspace).href,
    workspaceFolders: [{uri: pathToFileURL(workspace).href, name: 'drafts'}],
    capabilities: {
      textDocument: {publishDiagnostics: {relatedInformation: true, versionSupport: true, codeDescriptionSupport: true}}
    }
  })
  await connection.sendNotification(InitializedNotification.type, {})

  const uri = (name: string) => pathToFileURL(path.join(workspace, name)).href

  function diagnostics(target: string, test: (params: PublishDiagnosticsParams) => boolean = () => true, timeout = 20_000) {
    const seen = published.find((params) => params.uri === target && test(params))
    if (seen) return Promise.resolve(seen)
    return new Promise<PublishDiagnosticsParams>((resolve, reject) => {
      const waiter = {test: (params: PublishDiagnosticsParams) => params.uri === target && test(params), resolve}
      waiters.add(waiter)
      setTimeout(() => {
        if (waiters.delete(waiter)) reject(new Error('No diagnostics for ' + target + ' within ' + timeout + ' ms; stderr: ' + stderr))
      }, timeout)
    })
  }

  return {
    connection,
    child,
    workspace,
    initializeResult,
    published,
    shown,
    stderr: () => stderr,
    uri,
    diagnostics,
    async open(name, text, languageId = name.endsWith('.md') ? 'markdown' : name.endsWith('.html') ? 'html' : 'plaintext') {
      versions.set(name, 1)
      const target = uri(name)
      const done = diagnostics(target, (params) => params.version === 1)
      await connection.sendNotification(DidOpenTextDocumentNotification.type, {
        textDocument: {uri: target, languageId, version: 1, text}
      })
      return done
    },
    async change(name, text) {
      const version = (versions.get(name) ?? 1) + 1
      versions.set(name, version)
      const target = uri(name)
      const done = diagnostics(target, (params) => params.version === version)
      await connection.sendNotification(DidChangeTextDocumentNotification.type, {
        textDocument: {uri: target, version},
        contentChanges: [{text}]
      })
      return done
    },
    async stop() {
      const ended = new Promise<number | null>((resolve) => {
        if (child.exitCode !== null) resolve(child.exitCode)
        else child.once('exit', (code) => resolve(code))
      })
      try {
        await connection.sendRequest(ShutdownRequest.type)
        await connection.sendNotification(ExitNotification.type)
      } catch {
        // Already gone: the exit code says how.
      }

      const code = await ended
      connection.dispose()
      // Temporary workspaces made here go with the server.
      if (!options.workspace) fs.rmSync(workspace, {recursive: true, force: true})
      return code
    }
  }
}

/** Stop a test's client if it still runs, and remove its workspace. */
export async function closeClient(client: Client | undefined): Promise<void> {
  if (client && client.child.exitCode === null) await client.stop()
  if (client) fs.rmSync(client.workspace, {recursive: true, force: true})
}
