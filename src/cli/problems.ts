/**
 * Problems: files vouch could not check (as opposed to lint messages about a
 * draft it did check). A missing path, an unreadable or binary file, a broken
 * config, a glob that matches nothing.
 *
 * `unified-engine` reports these as fatal messages carrying the underlying
 * error as `cause` (whose stack `vfile-reporter` would print). Here each is
 * replaced by a message with one sentence saying what is wrong and no cause,
 * so every reporter shows one line and never a stack trace.
 */
import {stat} from 'node:fs/promises'
import path from 'node:path'
import {glob, hasMagic} from 'glob'
import {VFile} from 'vfile'
import {VFileMessage} from 'vfile-message'
import {ConfigError, engineConfig} from '../config.js'
import {runSource} from '../reporters/shared.js'

/** Source of messages that are about the run, not about the prose. */
export const problemSource = runSource

/** What kind of thing went wrong. */
export type ProblemKind = 'input' | 'config' | 'internal'

/** Whether `message` is a problem (vouch could not check the file). */
export function isProblem(message: VFileMessage): boolean {
  return message.source === problemSource && message.fatal === true
}

/** Whether `message` is a note from the CLI about the run (e.g. an empty file). */
export function isRunNote(message: VFileMessage): boolean {
  return message.source === problemSource
}

/**
 * Replace the engine's fatal failures in `files` by one-line problems.
 * Messages from rules (and the guard's, which are already clean) stay.
 */
export function normaliseFailures(files: VFile[]): void {
  for (const file of files) {
    file.messages = file.messages.map((message) => {
      if (message.source === problemSource) return message
      // Rules always set a `ruleId`; the engine's own failures never do.
      if (!message.fatal || message.ruleId) return message
      const {kind, reason} = explain(message, file.cwd)
      const result = problem(file, reason, kind, message)
      // Kept for `VOUCH_DEBUG=1` (an internal error's stack); reporters never show it.
      if (kind === 'internal') result.cause = message.cause
      return result
    })
  }
}

/** Make a clean problem message on `file` (not added to it), at `from`'s place or `place`. */
export function problem(
  file: VFile,
  reason: string,
  kind: ProblemKind,
  from?: VFileMessage | {line: number; column: number}
): VFileMessage {
  const message = new VFileMessage(reason, {
    place: from instanceof VFileMessage ? from.place : from,
    ruleId: kind,
    source: problemSource
  })
  message.file = file.path
  message.fatal = true
  return message
}

/** One sentence for an engine failure, from the chain of causes (paths relative to `cwd`). */
function explain(message: VFileMessage, cwd: string): {kind: ProblemKind; reason: string} {
  const chain: unknown[] = []
  let cause: unknown = message.cause
  while (cause && chain.length < 8) {
    chain.push(cause)
    cause = (cause as {cause?: unknown}).cause
  }

  const configError = chain.find((error): error is ConfigError => error instanceof ConfigError)
  // The engine wraps config failures as "Cannot parse file `…`" / "Cannot read file `…`".
  const configWrapper = chain.find(
    (error): error is Error =>
      error instanceof Error && /^Cannot (?:parse|read) (?:given )?file `/.test(error.message)
  )

  if (configError || configWrapper) {
    const file = configError
      ? path.relative(cwd, configError.filePath) || configError.filePath
      : /`([^`]+)`/.exec(configWrapper!.message)?.[1] ?? 'config'
    const inner = configError ?? chain[chain.indexOf(configWrapper) + 1] ?? configWrapper
    return {kind: 'config', reason: 'Cannot use config file `' + file + '`: ' + describeError(inner)}
  }

  // A system call that failed (reading the file), not any error with a code.
  const errno = chain.find(
    (error): error is NodeJS.ErrnoException =>
      error instanceof Error && typeof (error as NodeJS.ErrnoException).code === 'string' && 'syscall' in error
  )
  if (errno) return {kind: 'input', reason: describeErrno(errno)}

  if (message.reason === 'No such file or folder') return {kind: 'input', reason: message.reason}

  if (chain.length === 0) return {kind: 'input', reason: firstLine(message.reason)}

  return {kind: 'internal', reason: 'Internal error while checking (please report it): ' + describeError(chain.at(-1))}
}

/** One sentence for a failed system call on a draft. */
export function describeErrno(error: NodeJS.ErrnoException): string {
  switch (error.code) {
    case 'ENOENT':
      return 'No such file or folder'
    case 'EACCES':
    case 'EPERM':
      return 'Permission denied: cannot read this file'
    case 'EISDIR':
      return 'Is a folder, not a file'
    case 'ELOOP':
      return 'Too many levels of symbolic links'
    default:
      return 'Cannot read file (' + (error.code ?? 'error') + '): ' + firstLine(String(error.message ?? error))
  }
}

function describeError(error: unknown): string {
  if (error instanceof ConfigError) return error.message
  if (error instanceof Error) {
    // JSON and YAML parse errors carry a code frame after the first line.
    const line = firstLine(error.message)
    return error.name === 'ConfigError' || error.name === 'Error' ? line : error.name + ': ' + line
  }

  return firstLine(String(error))
}

function firstLine(value: string): string {
  return value.split(/\r?\n/, 1)[0].trim()
}

/**
 * Inputs (folders and globs) that led to no draft at all: each becomes a
 * file with a problem, as if the engine had reported it.
 */
export async function unmatchedInputs(inputs: string[], files: VFile[], cwd: string): Promise<VFile[]> {
  const found = files.filter((file) => file.path).map((file) => path.resolve(cwd, file.path))
  const result: VFile[] = []

  for (const input of inputs) {
    const magic = hasMagic(input, {windowsPathsNoEscape: false})
    const roots = magic ? (await glob(input, {cwd})).map((match) => path.resolve(cwd, match)) : [path.resolve(cwd, input)]
    const covered = roots.some((root) =>
      found.some((file) => file === root || file.startsWith(root.endsWith(path.sep) ? root : root + path.sep))
    )
    if (covered) continue

    const file = new VFile({path: input, cwd})
    if (!magic) {
      const kind = await kindOf(roots[0])
      // A path that is not there is reported by the engine already.
      if (kind === undefined) continue
      if (kind === 'file') {
        // Named explicitly, yet skipped: it matches an ignore pattern.
        const note = problem(file, 'Ignored (it matches `' + engineConfig.ignoreName + '` or `--ignore-pattern`): not checked', 'input')
        note.fatal = null
        file.messages.push(note)
        result.push(file)
        continue
      }
    }

    const reason = magic && roots.length === 0
      ? 'No files match this glob'
      : 'No drafts found here (no .md, .html, .txt or similar files that are not ignored)'
    file.messages.push(problem(file, reason, 'input'))
    result.push(file)
  }

  return result
}

async function kindOf(value: string): Promise<'file' | 'folder' | undefined> {
  try {
    return (await stat(value)).isDirectory() ? 'folder' : 'file'
  } catch {
    return undefined
  }
}
