/**
 * The `json` reporter: one JSON array of files, each with its messages as
 * plain fields — the shape of `vfile-reporter-json`, minus what that one
 * leaks (each message's `ancestors`, whole syntax subtrees, and stacks).
 */
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {pathOf, rangeOf, reportedFiles, reportedMessages, severityOf, type ReporterOptions, type Severity} from './shared.js'

export interface JsonMessage {
  reason: string
  ruleId: string | null
  source: string | null
  severity: Severity
  /** vfile's field: `true` error, `false` warning, `null` info. */
  fatal: boolean | null
  line: number | null
  column: number | null
  endLine: number | null
  endColumn: number | null
  url: string | null
  note: string | null
  expected: string[] | null
  actual: string | null
}

export interface JsonFile {
  path: string
  messages: JsonMessage[]
}

/** The report as data. */
export function toJsonReport(files: VFile[], options: ReporterOptions = {}): JsonFile[] {
  return reportedFiles(files, options).map((file) => ({
    path: pathOf(file),
    messages: reportedMessages(file, options).map(toJsonMessage)
  }))
}

/** One message as plain fields (also what the HTML report lists). */
export function toJsonMessage(message: VFileMessage): JsonMessage {
  const range = rangeOf(message)
  return {
    reason: message.reason,
    ruleId: message.ruleId ?? null,
    source: message.source ?? null,
    severity: severityOf(message),
    fatal: message.fatal ?? null,
    line: range?.line ?? null,
    column: range?.column ?? null,
    endLine: range?.endLine ?? null,
    endColumn: range?.endColumn ?? null,
    url: message.url ?? null,
    note: message.note ?? null,
    expected: message.expected ? [...message.expected] : null,
    actual: message.actual ?? null
  }
}

/** Reporter: the JSON report as one line. */
export default function reporterJson(files: VFile[], options?: ReporterOptions): string {
  return JSON.stringify(toJsonReport(files, options)) + '\n'
}
