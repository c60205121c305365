/**
 * What makes text not a draft: a file too large to be an article, or binary
 * content; and the one kind of HTML that is not a draft, a page `vouch
 * report` wrote. The bytes are checked as they are read (`./read.ts`: size
 * first, encoding); these are the checks on text.
 */

/** Default largest draft: far above any article, far below what would stall CI. */
export const defaultMaxBytes = 5 * 1024 * 1024

/** Whether `value` is a page written by `vouch report` (its generator tag is in the head). */
export function isReportPage(value: string): boolean {
  return /^<!doctype html>/i.test(value) && value.slice(0, 1024).includes('<meta name="generator" content="vouch')
}

/** Why a file with NUL bytes (or characters) is not checked. */
export const binaryFile = 'Binary file (contains NUL bytes), not a draft'

interface Problem {
  reason: string
  place?: {line: number; column: number}
}

/** What makes `value` not a draft, if anything: its size in UTF-8, or NUL bytes. */
export function inputProblem(value: string, _file: unknown, maxBytes: number): Problem | undefined {
  // Cheap bound first: a UTF-16 unit is at most 3 UTF-8 bytes.
  if (value.length * 3 > maxBytes) {
    const bytes = Buffer.byteLength(value, 'utf8')
    if (bytes > maxBytes) {
      return {
        reason:
          'File too large to be a draft (' + megabytes(bytes) + ', limit ' + megabytes(maxBytes) +
          '): raise the limit with `--max-size`'
      }
    }
  }

  if (value.includes('\0')) return {reason: binaryFile}
  return undefined
}

/** `5 MB`, `1.5 MB`. */
export function megabytes(bytes: number): string {
  const value = bytes / (1024 * 1024)
  return (Number.isInteger(value) || value >= 10 ? value.toFixed(0) : value.toFixed(1)) + ' MB'
}
