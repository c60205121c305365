/**
 * `npm run bench:lsp`: how long an editor waits for vouch's findings.
 *
 * Starts the built language server (`dist/src/lsp/bin.js --stdio`) as an
 * editor would, opens a ~2,000-word article (the sample article fixture,
 * repeated and trimmed), then makes 50 edits one at a time and times each
 * from the `didChange` to the `publishDiagnostics` of that version. Prints
 * the median and p95. Needs no `../shared`.
 *
 *     npm run bench:lsp [-- --edits 50 --words 2000]
 *
 * `VOUCH_LSP_BIN` runs another build of the server.
 */
import {spawn} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import process from 'node:process'
import {pathToFileURL} from 'node:url'
import {
  createProtocolConnection,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  type PublishDiagnosticsParams
} from 'vscode-languageserver-protocol/node'
import {repoRoot} from './shared.js'

function option(name: string, fallback: number): number {
  const index = process.argv.indexOf('--' + name)
  const value = index === -1 ? Number.NaN : Number(process.argv[index + 1])
  return Number.isFinite(value) && value > 0 ? value : fallback
}

const edits = option('edits', 50)
const words = option('words', 2000)
const target = 50 // ms, median

/** The sample article repeated and cut to `count` words (whitespace kept). */
export function article(count: number): string {
  const sample = fs.readFileSync(path.join(repoRoot, 'test/fixtures/north-korean-missiles-unsc.txt'), 'utf8')
  const pieces: string[] = []
  while (pieces.length < count) {
    for (const match of sample.matchAll(/\S+\s*/g)) {
      pieces.push(match[0])
      if (pieces.length === count) break
    }
  }

  return pieces.join('')
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]
}

async function main() {
  const bin = process.env.VOUCH_LSP_BIN ?? path.join(repoRoot, 'dist/src/lsp/bin.js')
  if (!fs.existsSync(bin)) {
    console.error('vouch bench:lsp: ' + bin + ' not found; build first with `npx tsc -p .`')
    process.exit(2)
  }

  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'vouch-bench-lsp-'))
  fs.writeFileSync(path.join(workspace, 'package.json'), '{"private": true}\n')
  const child = spawn(process.execPath, [bin, '--stdio'], {cwd: workspace, stdio: ['pipe', 'pipe', 'inherit']})
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin))
  const waiting = new Map<number, (params: PublishDiagnosticsParams) => void>()
  connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
    const resolve = waiting.get(params.version ?? -1)
    if (resolve) {
      waiting.delete(params.version ?? -1)
      resolve(params)
    }
  })
  connection.listen()

  const root = pathToFileURL(workspace).href
  await connection.sendRequest(InitializeRequest.type, {
    processId: process.pid,
    rootUri: root,
    workspaceFolders: [{uri: root, name: 'bench'}],
    capabilities: {}
  })
  await connection.sendNotification(InitializedNotification.type, {})

  const uri = pathToFileURL(path.join(workspace, 'article.md')).href
  const base = article(words)
  const published = (version: number) => new Promise<PublishDiagnosticsParams>((resolve) => waiting.set(version, resolve))

  // Open (not timed: loading modules and lexicons happens once per server).
  let done = published(1)
  await connection.sendNotification(DidOpenTextDocumentNotification.type, {
    textDocument: {uri, languageId: 'markdown', version: 1, text: base}
  })
  const first = await done

  const times: number[] = []
  let count = 0
  for (let version = 2; version <= edits + 1; version++) {
    // A realistic keystroke: a word typed at the end of a paragraph, somewhere in the text.
    const at = Math.floor(((version * 7919) % 97) / 97 * base.length)
    const cut = base.indexOf('\n', at)
    const position = cut === -1 ? base.length : cut
    const text = base.slice(0, position) + ' Officials claimed' + 'x'.repeat(version % 5) + '.' + base.slice(position)
    done = published(version)
    const started = performance.now()
    await connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: {uri, version},
      contentChanges: [{text}]
    })
    const params = await done
    times.push(performance.now() - started)
    count = params.diagnostics.length
  }

  await connection.sendRequest(ShutdownRequest.type)
  await connection.sendNotification(ExitNotification.type)
  connection.dispose()
  fs.rmSync(workspace, {recursive: true, force: true})

  const sorted = [...times].sort((a, b) => a - b)
  const median = percentile(sorted, 50)
  const p95 = percentile(sorted, 95)
  console.log('vouch language server: didChange → publishDiagnostics')
  console.log('  article: ' + words + ' words, ' + base.length + ' characters (Markdown), ' + first.diagnostics.length + ' diagnostics on open, ' + count + ' after the last edit')
  console.log('  edits:   ' + edits)
  console.log('  median:  ' + median.toFixed(1) + ' ms (target < ' + target + ' ms: ' + (median < target ? 'met' : 'NOT met') + ')')
  console.log('  p95:     ' + p95.toFixed(1) + ' ms')
  console.log('  min/max: ' + sorted[0].toFixed(1) + ' / ' + sorted.at(-1)!.toFixed(1) + ' ms')
}

await main()
