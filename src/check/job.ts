/**
 * One draft checked: the work the checking worker (`./worker.ts`) does for
 * the CLI and the language server, and what it sends back. A job is plain
 * data (the text, its path, the rule settings), and so is its result: the
 * messages, and for `report` and `ledger` the ledger, so it crosses between
 * threads by structured clone.
 */
import type {Root} from 'nlcst'
import type {Position} from 'unist'
import type {Processor} from 'unified'
import {VFile} from 'vfile'
import {VFileMessage} from 'vfile-message'
import retextVouchLedger, {analyse, buildDocument} from '../analysis/index.js'
import type {Ledger} from '../analysis/types.js'
import type {Format} from '../formats/kind.js'
import type {Options} from '../index.js'
import {baseProcessor, checkPlugins} from '../processor.js'
import {nonProse, type Range} from '../report/source.js'
import type {RelatedPlace} from '../rule.js'

/** What to run: the checks (`check`), the checks and a ledger (`report`), or only the ledger. */
export type CheckMode = 'check' | 'report' | 'ledger'

export interface CheckJob {
  text: string
  /** The draft's path (its extension picks the format; messages carry it). */
  path: string | undefined
  cwd: string
  /** Force a format instead of going by the extension. */
  format?: Format
  mode: CheckMode
  /** Rule settings from the draft's config (checked already). */
  options?: Options
}

/** A message as data. */
export interface MessageData {
  reason: string
  place: Position | {line: number; column: number} | undefined
  ruleId: string | undefined
  source: string | undefined
  fatal: boolean | null | undefined
  url: string | undefined
  note: string | undefined
  expected: string[] | undefined
  actual: string | undefined
  related: RelatedPlace[] | undefined
}

export interface CheckResult {
  messages: MessageData[]
  /** `report` and `ledger`: the sourcing ledger. */
  ledger?: Ledger
  /** `report`: the parts of the file that are not prose. */
  nonProse?: Range[]
}

/** Why a draft could not be checked, in one sentence. */
export interface CheckProblem {
  kind: 'input' | 'internal' | 'timeout'
  reason: string
  /** Where in the draft, if the problem is at one place. */
  place?: MessageData['place']
}

/** Processors per mode and settings, reused across jobs (a worker checks many drafts). */
const processors = new Map<string, Processor<Root, Root, Root, undefined, string>>()
const maxProcessors = 32

function processorFor(job: CheckJob): Processor<Root, Root, Root, undefined, string> {
  const key = job.mode + '\0' + JSON.stringify(job.options ?? null)
  let processor = processors.get(key)
  if (!processor) {
    const base = baseProcessor()
    const plugins = job.mode === 'ledger' ? [retextVouchLedger] : job.mode === 'report' ? [...checkPlugins(job.options), ensureLedger] : checkPlugins(job.options)
    processor = base.use(plugins).freeze() as unknown as Processor<Root, Root, Root, undefined, string>
    if (processors.size >= maxProcessors) processors.delete(processors.keys().next().value as string)
    processors.set(key, processor)
  }

  return processor
}

/** unified plugin: build the ledger if the checks did not (config turned every rule off). */
function ensureLedger() {
  return function (tree: Root, file: VFile) {
    if (!file.data.ledger) file.data.ledger = analyse(buildDocument(tree, String(file.value ?? '')))
  }
}

/** Check one draft, in this thread. */
export async function runCheck(job: CheckJob): Promise<CheckResult> {
  const file = new VFile({path: job.path, cwd: job.cwd, value: job.text})
  if (job.format) file.data.format = job.format
  const processor = processorFor(job)
  const tree = processor.parse(file)
  await processor.run(tree, file)
  const result: CheckResult = {messages: file.messages.map(toData)}
  if (job.mode !== 'check') result.ledger = file.data.ledger
  if (job.mode === 'report') result.nonProse = nonProse(file)
  return result
}

/** What went wrong in a check, for the person who ran it. */
export function problemOf(error: unknown): CheckProblem {
  // Deep nesting (10,000 nested blockquotes or `<div>`s) overflows the
  // parsers' recursion: the draft's shape, not a bug to report.
  if (error instanceof RangeError && /call stack/i.test(error.message)) {
    return {kind: 'input', reason: 'Nested too deeply to check (lists, quotes or elements inside each other thousands of levels deep)'}
  }

  // A plugin's own failure about the draft (an inline comment with an
  // unknown keyword): its message says what is wrong and where.
  if (error instanceof VFileMessage) return {kind: 'input', reason: error.reason, place: error.place ?? undefined}

  const message = error instanceof Error ? (error.name && error.name !== 'Error' ? error.name + ': ' : '') + error.message : String(error)
  return {kind: 'internal', reason: 'Internal error while checking (please report it): ' + message.split(/\r?\n/, 1)[0]}
}

function toData(message: VFileMessage): MessageData {
  return {
    reason: message.reason,
    place: message.place ?? undefined,
    ruleId: message.ruleId ?? undefined,
    source: message.source ?? undefined,
    fatal: message.fatal,
    url: message.url ?? undefined,
    note: message.note ?? undefined,
    expected: message.expected ?? undefined,
    actual: message.actual ?? undefined,
    related: message.related
  }
}

/** A message from its data, on `file`. */
export function toMessage(file: VFile, data: MessageData): VFileMessage {
  // A message is an Error: skip the stack walk its constructor does.
  const limit = Error.stackTraceLimit
  Error.stackTraceLimit = 0
  let message: VFileMessage
  try {
    message = new VFileMessage(data.reason, {place: data.place, ruleId: data.ruleId, source: data.source})
  } finally {
    Error.stackTraceLimit = limit
  }

  message.file = file.path
  message.fatal = data.fatal
  if (data.url !== undefined) message.url = data.url
  if (data.note !== undefined) message.note = data.note
  if (data.expected !== undefined) message.expected = data.expected
  if (data.actual !== undefined) message.actual = data.actual
  if (data.related !== undefined) message.related = data.related
  file.messages.push(message)
  return message
}
