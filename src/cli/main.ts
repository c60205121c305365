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
import path from 'node:path'
import type {Readable, Writable} from 'node:stream'
import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {toLedgerJson} from '../analysis/json.js'
import {rules} from '../index.js'
import {reporters, reportsToStdout, type RuleInfo} from '../reporters/index.js'
import {displayPath, pathOf, rangeOf} from '../reporters/shared.js'
import {parseRequest, UsageError, type Request} from './args.js'
import {defaultMaxBytes} from './guard.js'
import {helpText} from './help.js'
import {packageInfo} from './package.js'
import {isProblem, isRunNote, normaliseFailures, unmatchedInputs} from './problems.js'
import {runChecks} from './run.js'
import {writeWithoutLinks} from './write.js'

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

  let files: VFile[]
  try {
    files = await runChecks({
      files: request.files,
      cwd: io.cwd,
      mode: request.command,
      stdin: io.stdin,
      stdinPath: request.stdinPath,
      detectConfig: request.detectConfig,
      rcPath: request.rcPath,
      detectIgnore: request.detectIgnore,
      ignorePath: request.ignorePath,
      ignorePatterns: request.ignorePatterns,
      maxBytes: request.maxBytes ?? defaultMaxBytes,
      followSymlinks: request.followSymlinks,
      timeLimit: request.timeLimit
    })
  } catch (error) {
    // The engine refuses the run as a whole only for bad options.
    write(io.stderr, 'vouch: ' + displayPath(firstLine(error)) + '\n')
    return exitCodes.trouble
  }

  normaliseFailures(files)

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
    const report = reporters.default(checked.map(forDisplay), options)
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
  return displayPath(pathOf(file)) + (range ? ':' + range.line + ':' + range.column : '')
}

/**
 * `file` as the terminal report names it: `vfile-reporter` prints the path
 * as it is, and a name is the draft's own (see `displayPath`).
 */
function forDisplay(file: VFile): VFile {
  if (!file.path || displayPath(file.path) === file.path) return file
  const copy = new VFile({cwd: file.cwd, path: displayPath(file.path)})
  copy.messages = file.messages
  return copy
}

/** Write HTML reports; returns the paths written, or `undefined` after reporting why not. */
async function writeReports(files: VFile[], request: Request, io: Io): Promise<string[] | undefined> {
  const output = path.resolve(io.cwd, request.output ?? 'vouch-report')
  const version = packageInfo().version
  const drafts = new Set(files.filter((file) => file.path).map((file) => path.resolve(io.cwd, file.path)))
  const pages: Array<{target: string; html: string}> = []
  // Loaded only here: checking does not pay for the report's imports.
  const {draftFromFile, renderReport} = await import('../report/index.js')
  // The worker sent the parts that are not prose (the source tree stayed there).
  const draft = (file: VFile) => ({...draftFromFile(file), nonProse: file.data.vouchNonProse ?? []})

  if (/\.html?$/i.test(output)) {
    pages.push({target: output, html: renderReport(files.map(draft), {version})})
  } else {
    for (const file of files) {
      const relative = file.path ? path.relative(io.cwd, path.resolve(io.cwd, file.path)) : 'stdin'
      // Keep pages inside the output folder even for drafts outside cwd.
      const safe = relative.split(path.sep).map((part) => (part === '..' ? '__' : part)).join(path.sep)
      pages.push({target: path.join(output, safe + '.html'), html: renderReport([draft(file)], {version})})
    }
  }

  // Folders from here down must be real folders (the checkout's own links
  // are not followed); above it they are the user's.
  const inside = !path.relative(io.cwd, output).startsWith('..') && !path.isAbsolute(path.relative(io.cwd, output))
  const base = inside ? io.cwd : path.dirname(output)
  const written: string[] = []
  for (const page of pages) {
    const shown = displayPath(path.relative(io.cwd, page.target))
    if (drafts.has(page.target)) {
      write(io.stderr, 'vouch: ' + shown + ': is a draft being checked; not overwriting it with a report\n')
      return undefined
    }

    try {
      await writeWithoutLinks(page.target, page.html, base)
    } catch (error) {
      write(io.stderr, 'vouch: ' + shown + ': cannot write report: ' + displayPath(firstLine(error)) + '\n')
      return undefined
    }

    // Relative when inside the working folder, absolute otherwise.
    const relative = path.relative(io.cwd, page.target)
    written.push(displayPath(relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : page.target))
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
  // `vscode-languageserver` reads other transports from `process.argv`.
  start(hasTransport(request.rest) ? request.rest : [...request.rest, '--stdio'])
  // The server keeps the process alive and ends it itself.
  return new Promise<number>(() => {})
}

function write(stream: Writable, value: string): void {
  if (value) stream.write(value)
}

function firstLine(error: unknown): string {
  return String(error instanceof Error ? error.message : error).split(/\r?\n/, 1)[0]
}

