/**
 * A gate in front of the parser for input that is not a draft: a binary
 * file, text that is not valid UTF-8, or a file too large to be an article.
 * Each fails the file with one sentence saying what is wrong; the engine then
 * goes on with the other files. An empty file is not wrong, just noted.
 *
 * It is a plugin (it wraps the parser set by the formats), so the engine
 * reads files and the check runs inside its pipeline, per file.
 */
import fs from 'node:fs'
import path from 'node:path'
import {isUtf8} from 'node:buffer'
import type {Processor} from 'unified'
import type {Node} from 'unist'
import type {VFile} from 'vfile'
import {location} from 'vfile-location'
import {problemSource} from './problems.js'

export interface GuardOptions {
  /** Largest draft to check, in bytes of UTF-8. */
  maxBytes: number
}

/** Default `maxBytes`: far above any article, far below what would stall CI. */
export const defaultMaxBytes = 5 * 1024 * 1024

type Parser = (value: string, file: VFile) => Node

/** unified plugin: refuse input that is not a draft, then parse as usual. */
export default function vouchGuard(this: Processor, options?: Partial<GuardOptions>) {
  const maxBytes = options?.maxBytes ?? defaultMaxBytes
  const self = this as unknown as {parser: Parser | undefined}
  const parse = self.parser
  if (!parse) throw new Error('vouchGuard must come after the parser plugin')

  self.parser = function (value, file) {
    const problem = inputProblem(value, file, maxBytes)
    if (problem) {
      file.fail(problem.reason, {place: problem.place, ruleId: 'input', source: problemSource})
    }

    // `vouch report` pages quote the drafts: linting them would report every
    // finding twice, so a folder holding reports can be checked as a whole.
    if (isReportPage(value)) {
      file.info('A vouch report page, not a draft: not checked', {ruleId: 'input', source: problemSource})
      return emptyTree()
    }

    if (value.trim() === '') {
      file.info(value.length === 0 ? 'Empty file: nothing to check' : 'Blank file: nothing to check', {
        ruleId: 'input',
        source: problemSource
      })
      // Nothing to parse (and the HTML bridge cannot bridge nothing).
      if (value.length === 0) return emptyTree()
    }

    return parse(value, file)
  }
}

/** An nlcst root with no text: what there is to check in an empty file. */
function emptyTree(): Node {
  const point = {line: 1, column: 1, offset: 0}
  return {type: 'RootNode', children: [], position: {start: point, end: point}} as Node
}

/** Whether `value` is a page written by `vouch report` (its generator tag is in the head). */
export function isReportPage(value: string): boolean {
  return /^<!doctype html>/i.test(value) && value.slice(0, 1024).includes('<meta name="generator" content="vouch')
}

interface Problem {
  reason: string
  place?: {line: number; column: number}
}

/** What makes `value` not a draft, if anything. */
export function inputProblem(value: string, file: VFile, maxBytes: number): Problem | undefined {
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

  const nul = value.indexOf('\0')
  if (nul !== -1) {
    return {reason: 'Binary file (contains NUL bytes), not a draft'}
  }

  // The engine decodes files as UTF-8, turning bad bytes into U+FFFD. A real
  // U+FFFD in the text is legal, so only the raw bytes can tell.
  const replacement = value.indexOf('\uFFFD')
  if (replacement !== -1 && file.path && !file.data.unifiedEngineStreamIn) {
    let bytes: Buffer | undefined
    try {
      bytes = fs.readFileSync(path.resolve(file.cwd, file.path))
    } catch {
      // Gone since it was read: nothing more to learn.
    }

    if (bytes && !isUtf8(bytes)) {
      return {
        reason: 'Invalid UTF-8 (first bad byte near this point): save the draft as UTF-8',
        place: pointOf(value, replacement)
      }
    }
  }

  return undefined
}

function pointOf(value: string, offset: number) {
  const point = location(value).toPoint(offset)
  return point ? {line: point.line, column: point.column} : undefined
}

function megabytes(bytes: number): string {
  const value = bytes / (1024 * 1024)
  return (Number.isInteger(value) || value >= 10 ? value.toFixed(0) : value.toFixed(1)) + ' MB'
}

declare module 'vfile' {
  interface DataMap {
    /** Set by `unified-engine` on a file read from stdin. */
    unifiedEngineStreamIn: boolean
  }
}
