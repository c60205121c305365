/**
 * One `vouch` run over the drafts: find them (`./find.ts`: unified-engine's
 * globs, folders and ignore files), read each safely (`./read.ts`), find its
 * config (`ConfigFinder`: data only), and check it in a worker under a time
 * limit (`src/check/pool.ts`). Every draft comes back as a VFile with its
 * messages — findings, or one problem saying why it was not checked — in
 * the order found; one draft's problem never stops the others.
 */
import path from 'node:path'
import type {Readable} from 'node:stream'
import {VFile} from 'vfile'
import {sharedPool, type CheckMode, type CheckOutcome} from '../check/pool.js'
import {toMessage} from '../check/job.js'
import {ConfigError, ConfigFinder} from '../config.js'
import {formatOfPath} from '../formats/kind.js'
import {displayPath} from '../reporters/shared.js'
import {findDrafts} from './find.js'
import {inputProblem, isReportPage} from './guard.js'
import {problem, problemSource} from './problems.js'
import {folderRoots, readDraft, readStream, type Read} from './read.js'

export interface RunOptions {
  /** Paths, folders and globs; none means stdin. */
  files: string[]
  cwd: string
  /**
   * What to run: the checks from config (`check`), the same plus a ledger
   * even if config turned every rule off (`report`), or only the ledger
   * (which does not depend on config).
   */
  mode: CheckMode
  /** Stream to read a draft from when no files are given. */
  stdin?: Readable
  /** Path to treat the draft on stdin as (its extension picks the format). */
  stdinPath?: string
  /** Look for `.vouchrc` and `package.json` config (default `true`). */
  detectConfig?: boolean
  /** One config file to use instead of searching. */
  rcPath?: string
  /** Look for `.vouchignore` files (default `true`). */
  detectIgnore?: boolean
  /** One ignore file to use instead of searching. */
  ignorePath?: string
  /** Extra patterns to ignore. */
  ignorePatterns?: string[]
  /** Largest draft to check, in bytes. */
  maxBytes: number
  /** Read drafts through symbolic links wherever they lead. */
  followSymlinks?: boolean
  /** Time limit per draft in milliseconds (default: by size, `defaultTimeLimit`). */
  timeLimit?: number
}

declare module 'vfile' {
  interface DataMap {
    /** `vouch report`: the parts of the draft that are not prose (from the worker). */
    vouchNonProse: Array<{start: number; end: number}>
  }
}

/** Find, read and check the drafts; resolve with them, messages and all. */
export async function runChecks(options: RunOptions): Promise<VFile[]> {
  const pool = sharedPool()
  // The worker loads the parsers while this thread finds and reads drafts.
  pool.warm()
  const stdin = options.files.length === 0
  const files = stdin ? [new VFile({path: options.stdinPath, cwd: options.cwd})] : await findDrafts(options)
  const roots = stdin ? [] : await folderRoots(options.files, options.cwd)
  const configs = new ConfigFinder({cwd: options.cwd, rcPath: options.rcPath, detect: options.detectConfig !== false})

  // A few drafts in flight per worker: read ahead, not all at once.
  await eachLimited(files, 8, async (file) => {
    if (file.messages.some((message) => message.fatal)) return
    const read =
      stdin && options.stdin
        ? await readStream(options.stdin, options.maxBytes)
        : await readDraft(file.path, {cwd: options.cwd, maxBytes: options.maxBytes, followSymlinks: options.followSymlinks === true, roots})
    if (!accept(file, read)) return
    if (stdin && !options.stdinPath) noteMarkdownOnStdin(file)

    let settings
    if (options.mode !== 'ledger') {
      try {
        settings = configs.find(file.path ? path.resolve(options.cwd, file.path) : undefined).options
      } catch (error) {
        if (!(error instanceof ConfigError)) throw error
        const name = path.relative(options.cwd, error.filePath) || error.filePath
        file.messages.push(problem(file, 'Cannot use config file `' + displayPath(name) + '`: ' + error.message, 'config'))
        return
      }
    }

    const job = {text: read.text!, path: file.path, cwd: options.cwd, mode: options.mode, options: settings}
    const outcome = await pool.check(job, {timeLimit: options.timeLimit})
    apply(file, outcome, options.timeLimit === undefined)
  })

  return files
}

/** Put what was read on `file`; `false` if there is nothing to check. */
function accept(file: VFile, read: Read): boolean {
  // The bytes were checked as they were read; the text too (UTF-16 can
  // decode to NUL characters).
  const wrong = read.reason === undefined ? inputProblem(read.text, file, Number.POSITIVE_INFINITY) : read
  if (wrong || read.text === undefined) {
    if (wrong) file.messages.push(problem(file, wrong.reason, 'input', wrong.place))
    return false
  }

  const text = read.text
  file.value = text

  // `vouch report` pages quote the drafts: linting them would report every
  // finding twice, so a folder holding reports can be checked as a whole.
  // Only HTML can be one: a `.txt` that starts the same is a draft.
  if (formatOfPath(file.path) === 'html' && isReportPage(text)) {
    note(file, 'A vouch report page, not a draft: not checked')
    return false
  }

  if (text.trim() === '') note(file, text.length === 0 ? 'Empty file: nothing to check' : 'Blank file: nothing to check')
  return true
}

/** Put a check's outcome on `file`. */
function apply(file: VFile, outcome: CheckOutcome, defaultLimit: boolean): void {
  if (outcome.problem) {
    const {kind, reason, place} = outcome.problem
    const hint = kind === 'timeout' ? (defaultLimit ? '; `--time-limit SECONDS` sets another' : '') : ''
    const message = problem(file, reason + hint, kind === 'timeout' ? 'input' : kind, place && 'line' in place ? place : place?.start)
    file.messages.push(message)
    return
  }

  const {result} = outcome
  for (const data of result.messages) toMessage(file, data)
  if (result.ledger) file.data.ledger = result.ledger
  if (result.nonProse) file.data.vouchNonProse = result.nonProse
}

function note(file: VFile, reason: string): void {
  const message = file.info(reason, {ruleId: 'input', source: problemSource})
  message.fatal = undefined
}

/**
 * Markdown piped without `--stdin-filepath` is read as plain text: its
 * front matter, markup and code then read as prose. Say so when the text
 * looks like Markdown.
 */
function noteMarkdownOnStdin(file: VFile): void {
  const text = String(file.value ?? '')
  const head = text.slice(0, 65_536)
  const markdown =
    /^---\r?\n[\s\S]*?\r?\n---\r?\n/.test(head) || // front matter
    /^#{1,6}[ \t]+\S/m.test(head) || // ATX heading
    /^(?:```|~~~)/m.test(head) || // fenced code
    /\[[^\]\n]+\]\([^)\s]+\)/.test(head) // inline link
  if (markdown) {
    note(file, 'This looks like Markdown but is read as plain text (stdin has no file name): give `--stdin-filepath draft.md` to read it as Markdown')
  }
}

/** Run `task` on each item, at most `limit` at a time, keeping no order. */
async function eachLimited<T>(items: T[], limit: number, task: (item: T) => Promise<void>): Promise<void> {
  let next = 0
  const runners = Array.from({length: Math.min(limit, items.length)}, async () => {
    while (next < items.length) await task(items[next++])
  })
  await Promise.all(runners)
}
