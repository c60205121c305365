/**
 * What every vouch reporter has in common: its signature (that of
 * `vfile-reporter`: files in, text out) and how a message's severity and
 * range are read.
 */
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'

/** Source of messages about the run (a file vouch could not check), not about the prose. */
export const runSource = 'vouch-cli'

/** A rule as reporters describe it (the preset's `rules` export fits). */
export interface RuleInfo {
  id: string
  url?: string
  description?: string
  severity?: string
}

export interface ReporterOptions {
  /** Working folder: paths in the report are relative to it. */
  cwd?: string
  /** Do not report files without messages. */
  quiet?: boolean
  /** Report only errors. */
  silent?: boolean
  /** Known rules (for help links and rule metadata). */
  rules?: readonly RuleInfo[]
  /** vouch's version, for tool metadata. */
  version?: string
  /** Colour (for terminal reporters). */
  color?: boolean
  /** Show notes and URLs (for terminal reporters). */
  verbose?: boolean
}

/** A reporter: files in, report text out (the shape of `vfile-reporter`). */
export type Reporter = (files: VFile[], options?: ReporterOptions) => string

export type Severity = 'error' | 'warning' | 'info'

/** vfile's convention: `fatal: true` is an error, `false` a warning, else info. */
export function severityOf(message: VFileMessage): Severity {
  return message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'info'
}

/** A message's range as 1-based lines and columns (columns in UTF-16 units). */
export interface Range {
  line: number
  column: number
  endLine?: number
  endColumn?: number
}

/** Where a message points, if anywhere. */
export function rangeOf(message: VFileMessage): Range | undefined {
  const place = message.place
  if (!place) return undefined
  if ('start' in place) {
    if (!place.start || typeof place.start.line !== 'number') return undefined
    const range: Range = {line: place.start.line, column: place.start.column}
    if (place.end && typeof place.end.line === 'number') {
      range.endLine = place.end.line
      range.endColumn = place.end.column
    }

    return range
  }

  return typeof place.line === 'number' ? {line: place.line, column: place.column} : undefined
}

/** Messages of `file` that the options ask to report. */
export function reportedMessages(file: VFile, options: ReporterOptions = {}): VFileMessage[] {
  return options.silent ? file.messages.filter((message) => message.fatal === true) : file.messages
}

/** Files that the options ask to report. */
export function reportedFiles(files: VFile[], options: ReporterOptions = {}): VFile[] {
  return options.quiet || options.silent
    ? files.filter((file) => reportedMessages(file, options).length > 0)
    : files
}

/** The path to show for `file`: relative to the working folder, `<stdin>` if none. */
export function pathOf(file: VFile): string {
  return file.path || '<stdin>'
}

/**
 * Characters a name must not print raw on a line of output: line breaks
 * (a file named `a\n::error file=x::…\n.md` would print a GitHub workflow
 * command of its own), other control characters, and the bidirectional
 * overrides that make a name read as another.
 */
const unsafe = /[\u0000-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]/

/**
 * A name (a path, a config file) as a line of human-readable output shows
 * it: as it is when it is safe to print, else quoted with those characters
 * escaped (`"a\n::error….md"`). Machine formats (JSON, SARIF, GitHub's
 * escaped properties) keep the real name.
 */
export function displayPath(name: string): string {
  if (!unsafe.test(name)) return name
  return JSON.stringify(name).replace(
    /[\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g,
    (character) => '\\u' + character.charCodeAt(0).toString(16).padStart(4, '0')
  )
}
