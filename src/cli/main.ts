/**
 * The `vouch` command: parse the request, let `unified-engine` find, read and
 * process the drafts, then report. Returns the exit code:
 *
 * - 0: clean (no errors; with `--frail`, no warnings either);
 * - 1: lint errors (with `--frail`, warnings too);
 * - 2: vouch could not do what was asked — bad usage, a broken config, or a
 *   path it could not check. The other files are still checked and reported.
 *
 * Anything vouch could not check is one line on stderr naming the path and
 * what is wrong (`vouch: drafts/a.md: Permission denied: …`); machine
 * reporters also carry it in their own format.
 */
import fs from 'node:fs/promises'
import path from 'node:path'
import {isUtf8} from 'node:buffer'
import {PassThrough, type Readable, type Writable} from 'node:stream'
import {location} from 'vfile-location'
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {toLedgerJson} from '../analysis/json.js'
import {rules} from '../index.js'
import {reporters, reportsToStdout, type RuleInfo} from '../reporters/index.js'
import {pathOf, rangeOf} from '../reporters/shared.js'
import {draftFromFile, renderReport} from '../report/index.js'
import {parseRequest, UsageError, type Request} from './args.js'
import {runEngine} from './engine.js'
import {helpText} from './help.js'
import {packageInfo} from './package.js'
import {isProblem, isRunNote, normaliseFailures, problem, unmatchedInputs} from './problems.js'

export interface Io {
  cwd: string
  stdin: Readable & {isTTY?: boolean}
  stdout: Writable
  stderr: Writable & {isTTY?: boolean}
}

export const exitCodes = {clean: 0, failed: 1, trouble: 2} as const

/** Run `vouch` with `argv` (no `node`, no script). */
export async function main(argv: string[], io: Io): Promise<number> {
  let request: Request
  try {
    request = parseRequest(argv)
  } catch (error) {
    if (error instanceof UsageError) {
      write(io.stderr, 'vouch: ' + error.message + ' (see `vouch --help`)\n')
      return exitCodes.trouble
    }

    throw error
  }

  if (request.help) {
    write(io.stdout, helpText())
    return exitCodes.clean
  }

  if (request.version) {
    write(io.stdout, packageInfo().version + '\n')
    return exitCodes.clean
  }

  if (request.command === 'lsp') return startLanguageServer(request)

  if (request.files.length === 0 && io.stdin.isTTY) {
    write(io.stderr, 'vouch: no input: give drafts (files, folders or globs) or pipe one on stdin (see `vouch --help`)\n')
    return exitCodes.trouble
  }

  // The engine decodes stdin itself; keep its bytes to tell bad UTF-8 from
  // a real U+FFFD afterwards (for files, the guard re-reads them).
  const stdin = request.files.length === 0 ? recordBytes(io.stdin) : undefined

  let files: VFile[]
  try {
    files = await runEngine({
      files: request.files,
      cwd: io.cwd,
      mode: request.command,
      stdin: stdin?.stream ?? io.stdin,
      stdinPath: request.stdinPath,
      detectConfig: request.detectConfig,
      rcPath: request.rcPath,
      detectIgnore: request.detectIgnore,
      ignorePath: request.ignorePath,
      ignorePatterns: request.ignorePatterns,
      maxBytes: request.maxBytes
    })
  } catch (error) {
    // The engine refuses the run as a whole only for bad options.
    write(io.stderr, 'vouch: ' + firstLine(error) + '\n')
    return exitCodes.trouble
  }

  normaliseFailures(files)
  if (stdin) {
    const file = files[0]
    if (file && !file.messages.some(isProblem) && !isUtf8(stdin.bytes())) {
      const text = String(file.value ?? '')
      const point = location(text).toPoint(Math.max(0, text.indexOf('\uFFFD')))
      file.messages.push(problem(file, 'Invalid UTF-8 (first bad byte near this point): send the draft as UTF-8', 'input', point))
    }
  }

  const unmatched = await unmatchedInputs(request.files, files, io.cwd)
  for (const file of unmatched) {
    if (!request.errorOnUnmatchedPattern) for (const message of file.messages) message.fatal = null
  }

  const all = [...files, ...unmatched]
  reportRunMessages(all, request, io)
  const troubled = all.some((file) => file.messages.some(isProblem))
  const checked = files.filter((file) => !file.messages.some(isProblem))

  if (request.command === 'ledger') {
    for (const file of checked) {
      if (file.data.ledger) write(io.stdout, JSON.stringify(toLedgerJson(file.data.ledger, pathOf(file))) + '\n')
    }

    return troubled ? exitCodes.trouble : exitCodes.clean
  }

  if (request.command === 'report') {
    const written = await writeReports(checked, request, io)
    if (written === undefined) return exitCodes.trouble
    for (const file of written) write(io.stdout, file + '\n')
    return troubled ? exitCodes.trouble : exitCodes.clean
  }

  // `check`: report lint messages.
  const options = {
    cwd: io.cwd,
    quiet: request.quiet,
    silent: request.silent,
    verbose: request.verbose,
    color: request.color ?? (io.stderr.isTTY === true && !process.env.NO_COLOR),
    rules: ruleInfo(),
    version: packageInfo().version
  }

  if (reportsToStdout(request.reporter)) {
    write(io.stdout, reporters[request.reporter](all, options))
  } else {
    // The terminal report has the run's one-line notes already (above):
    // it shows what the rules found in the files that were checked.
    for (const file of checked) file.messages = file.messages.filter((message) => !isRunNote(message))
    const report = reporters.default(checked, options)
    if (report) write(io.stderr, report.endsWith('\n') ? report : report + '\n')
  }

  if (troubled) return exitCodes.trouble
  const lint = checked.flatMap((file) => file.messages)
  const failed = lint.some((message) => message.fatal === true || (request.frail && message.fatal === false))
  return failed ? exitCodes.failed : exitCodes.clean
}

/** One line on stderr per problem or run note; config problems once per config. */
function reportRunMessages(files: VFile[], request: Request, io: Io): void {
  const configProblems = new Map<string, number>()
  for (const file of files) {
    for (const message of file.messages) {
      if (!isRunNote(message)) continue
      if (request.silent && !isProblem(message)) continue
      if (message.ruleId === 'config') {
        configProblems.set(message.reason, (configProblems.get(message.reason) ?? 0) + 1)
        continue
      }

      write(io.stderr, 'vouch: ' + where(file, message) + ': ' + message.reason + '\n')
      if (process.env.VOUCH_DEBUG && message.cause instanceof Error) write(io.stderr, String(message.cause.stack) + '\n')
    }
  }

  for (const [reason, count] of configProblems) {
    write(io.stderr, 'vouch: ' + reason + ' (' + count + (count === 1 ? ' draft' : ' drafts') + ' not checked)\n')
  }
}

function where(file: VFile, message: VFileMessage): string {
  const range = rangeOf(message)
  return pathOf(file) + (range ? ':' + range.line + ':' + range.column : '')
}

/** Write HTML reports; returns the paths written, or `undefined` after reporting why not. */
async function writeReports(files: VFile[], request: Request, io: Io): Promise<string[] | undefined> {
  const output = path.resolve(io.cwd, request.output ?? 'vouch-report')
  const version = packageInfo().version
  const drafts = new Set(files.filter((file) => file.path).map((file) => path.resolve(io.cwd, file.path)))
  const pages: Array<{target: string; html: string}> = []

  if (/\.html?$/i.test(output)) {
    pages.push({target: output, html: renderReport(files.map(draftFromFile), {version})})
  } else {
    for (const file of files) {
      const relative = file.path ? path.relative(io.cwd, path.resolve(io.cwd, file.path)) : 'stdin'
      // Keep pages inside the output folder even for drafts outside cwd.
      const safe = relative.split(path.sep).map((part) => (part === '..' ? '__' : part)).join(path.sep)
      pages.push({target: path.join(output, safe + '.html'), html: renderReport([draftFromFile(file)], {version})})
    }
  }

  const written: string[] = []
  for (const page of pages) {
    if (drafts.has(page.target)) {
      write(io.stderr, 'vouch: ' + path.relative(io.cwd, page.target) + ': is a draft being checked; not overwriting it with a report\n')
      return undefined
    }

    try {
      await fs.mkdir(path.dirname(page.target), {recursive: true})
      await fs.writeFile(page.target, page.html)
    } catch (error) {
      write(io.stderr, 'vouch: ' + path.relative(io.cwd, page.target) + ': cannot write report: ' + firstLine(error) + '\n')
      return undefined
    }

    // Relative when inside the working folder, absolute otherwise.
    const relative = path.relative(io.cwd, page.target)
    written.push(relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : page.target)
  }

  return written
}

/** The preset's rules as reporters describe them. */
function ruleInfo(): RuleInfo[] {
  return rules.map(({id, url, description, severity}) => ({id, url, description, severity}))
}

/**
 * `vouch lsp [--stdio | --node-ipc | --socket=PORT | --pipe=NAME]`: hand over
 * to the language server (`src/lsp/server.ts`), which runs until its client
 * leaves. Without a transport, stdio (what editors use).
 */
async function startLanguageServer(request: Request): Promise<number> {
  // Loaded only here: linting should not pay for the server's imports.
  const {hasTransport, startLanguageServer: start} = await import('../lsp/server.js')
  // `vscode-languageserver` reads its transport from `process.argv`.
  if (!hasTransport(request.rest)) process.argv.push('--stdio')
  start()
  // The server keeps the process alive and ends it itself.
  return new Promise<number>(() => {})
}

/** Pass `stream` through, keeping a copy of its bytes. */
function recordBytes(stream: Readable): {stream: Readable; bytes: () => Buffer} {
  const chunks: Buffer[] = []
  const copy = new PassThrough()
  stream.on('data', (chunk: Buffer | string) => chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk)))
  stream.pipe(copy)
  return {stream: copy, bytes: () => Buffer.concat(chunks)}
}

function write(stream: Writable, value: string): void {
  if (value) stream.write(value)
}

function firstLine(error: unknown): string {
  return String(error instanceof Error ? error.message : error).split(/\r?\n/, 1)[0]
}

