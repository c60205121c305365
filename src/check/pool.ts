/**
 * Drafts are checked in worker threads, each draft under a time limit.
 *
 * A linter on untrusted input needs a time bound of its own, whatever its
 * parsers do: some inputs are superlinear in micromark (20 KB of nested
 * `- - -` ran 92 s), and no code in the checking thread can interrupt a
 * parser that does not return. So the CLI and the language server hand each
 * draft to a worker; when a draft runs past its limit the worker is
 * terminated, the draft gets a one-line problem, and a fresh worker takes
 * the next draft. A worker that runs out of memory or dies is replaced the
 * same way.
 *
 * Workers are started once and reused (loading the parsers and the analysis
 * is most of a small check); the CLI uses as many as there are cores, up to
 * the number of drafts, the language server one.
 */
import fs from 'node:fs'
import os from 'node:os'
import {fileURLToPath} from 'node:url'
import {Worker} from 'node:worker_threads'
import type {CheckJob, CheckProblem, CheckResult} from './job.js'

export type {CheckJob, CheckMode, CheckProblem, CheckResult, MessageData} from './job.js'

/** A check's outcome: the result, or why there is none. */
export type CheckOutcome = {result: CheckResult; problem?: undefined} | {problem: CheckProblem; result?: undefined}

export interface PoolOptions {
  /** Most workers at once (default: the number of cores, at most 4). */
  size?: number
}

export interface CheckOptions {
  /** Time limit for this draft, in milliseconds (default: {@link defaultTimeLimit} of its length). */
  timeLimit?: number
}

/**
 * The default time limit for a draft of `length` characters: 20 s plus
 * 40 s per million characters. About ten times what a draft takes on a slow,
 * busy machine (a 1 MB draft takes 5–15 s), so only a pathological text
 * meets it: those are superlinear, a draft is linear.
 */
export function defaultTimeLimit(length: number): number {
  return 20_000 + Math.ceil((length / 1_000_000) * 40_000)
}

interface Pending {
  id: number
  job: CheckJob
  timeLimit: number
  resolve: (outcome: CheckOutcome) => void
}

interface Slot {
  worker: Worker
  ready: boolean
  current: Pending | undefined
  timer: NodeJS.Timeout | undefined
}

let lastId = 0

/** Characters of drafts that take about as long to check as a worker takes to load. */
const startupCost = 100_000

/** A worker started ahead of any pool (see {@link prestartWorker}), with whether it said it is ready. */
let early: {worker: Worker; ready: boolean} | undefined

/**
 * Start a worker before the caller loads the rest of its modules, so the two
 * load at once: the `vouch` executable does this first thing. The next pool
 * to need a worker takes it.
 */
export function prestartWorker(): void {
  if (early) return
  const worker = newWorker()
  const started = {worker, ready: false}
  worker.once('message', (message: {ready?: boolean}) => {
    if (message.ready) started.ready = true
  })
  // After the listener, which refs the worker's port.
  worker.unref()
  early = started
}

export class CheckPool {
  private readonly size: number
  private readonly slots: Slot[] = []
  private readonly queue: Pending[] = []
  private closed = false

  constructor(options: PoolOptions = {}) {
    this.size = Math.max(1, options.size ?? Math.min(4, os.availableParallelism?.() ?? os.cpus().length))
  }

  /** Start a worker now, so that it loads while the caller does other work. */
  warm(): void {
    if (this.slots.length === 0 && !this.closed) this.startWorker()
  }

  /** Check one draft. Never rejects: a draft that cannot be checked gets a problem. */
  check(job: CheckJob, options: CheckOptions = {}): Promise<CheckOutcome> {
    if (this.closed) return Promise.resolve({problem: {kind: 'internal', reason: 'Internal error: the checker was closed'}})
    const timeLimit = options.timeLimit ?? defaultTimeLimit(job.text.length)
    return new Promise((resolve) => {
      this.queue.push({id: ++lastId, job, timeLimit, resolve})
      this.pump()
    })
  }

  /** Stop every worker. Pending checks get a problem. */
  async close(): Promise<void> {
    this.closed = true
    for (const pending of this.queue.splice(0)) pending.resolve({problem: {kind: 'internal', reason: 'Internal error: the checker was closed'}})
    const slots = this.slots.splice(0)
    for (const slot of slots) {
      if (slot.timer) clearTimeout(slot.timer)
      slot.current?.resolve({problem: {kind: 'internal', reason: 'Internal error: the checker was closed'}})
    }

    await Promise.all(slots.map((slot) => slot.worker.terminate()))
  }

  private pump(): void {
    for (const slot of this.slots) {
      if (slot.ready && !slot.current && this.queue.length > 0) this.dispatch(slot, this.queue.shift()!)
    }

    if (this.queue.length > 0) {
      // Workers still loading take the next drafts. Another worker only pays
      // for loading (about what checking 100,000 characters costs) when there
      // is that much waiting.
      const waiting = this.queue.reduce((sum, pending) => sum + pending.job.text.length, 0)
      if (this.slots.length === 0 || (this.slots.length < this.size && waiting > startupCost * this.slots.length)) this.startWorker()
    }

    // A worker keeps the process alive while it has work, or is loading
    // while work waits; idle, it does not.
    for (const slot of this.slots) {
      if (slot.current || (!slot.ready && this.queue.length > 0)) slot.worker.ref()
      else slot.worker.unref()
    }
  }

  private dispatch(slot: Slot, pending: Pending): void {
    slot.current = pending
    const limit = pending.timeLimit
    slot.timer = setTimeout(() => {
      this.replace(slot, {
        kind: 'timeout',
        reason: 'Not checked: stopped after ' + Math.round(limit / 1000) + ' s, the time limit for a draft this size (the text may be pathological, such as thousands of nested lists or marks)'
      })
    }, limit)
    slot.worker.postMessage({id: pending.id, job: pending.job})
  }

  private startWorker(): void {
    const taken = early
    early = undefined
    const worker = taken?.worker ?? newWorker()
    const slot: Slot = {worker, ready: taken?.ready ?? false, current: undefined, timer: undefined}
    this.slots.push(slot)

    worker.on('message', (message: {ready?: boolean; id?: number; result?: CheckResult; problem?: CheckProblem}) => {
      if (message.ready) {
        slot.ready = true
      } else if (slot.current && message.id === slot.current.id) {
        const pending = slot.current
        this.finish(slot)
        pending.resolve(message.result ? {result: message.result} : {problem: message.problem!})
      }

      this.pump()
    })

    worker.on('error', (error: Error & {code?: string}) => {
      const outOfMemory = error.code === 'ERR_WORKER_OUT_OF_MEMORY'
      this.replace(slot, {
        kind: outOfMemory ? 'input' : 'internal',
        reason: outOfMemory
          ? 'Not checked: ran out of memory while checking'
          : 'Internal error while checking (please report it): ' + String(error.message).split(/\r?\n/, 1)[0]
      })
    })

    worker.on('exit', () => {
      // An exit that `replace` or `close` did not ask for.
      if (this.slots.includes(slot)) this.replace(slot, {kind: 'internal', reason: 'Internal error while checking (please report it): the checker stopped'})
    })

    // Whether it keeps the process alive is settled after the listeners:
    // adding a `message` listener refs the worker's port again.
    worker.unref()
  }

  private finish(slot: Slot): void {
    if (slot.timer) clearTimeout(slot.timer)
    slot.timer = undefined
    slot.current = undefined
  }

  /** Drop `slot`'s worker (stuck, broken or gone): its draft gets `problem`, the queue goes on. */
  private replace(slot: Slot, problem: CheckProblem): void {
    const index = this.slots.indexOf(slot)
    if (index === -1) return
    this.slots.splice(index, 1)
    const pending = slot.current
    this.finish(slot)
    void slot.worker.terminate()
    pending?.resolve({problem})
    if (!this.closed) this.pump()
  }
}

function newWorker(): Worker {
  return new Worker(workerUrl())
}

let shared: CheckPool | undefined

/**
 * The process's pool for the CLI: kept between runs, so that `main` run
 * many times in one process (tests, an embedding tool) loads workers once.
 * Idle workers do not keep the process alive.
 */
export function sharedPool(): CheckPool {
  shared ??= new CheckPool()
  return shared
}

/**
 * The worker script: beside this module once built. Under vitest this
 * module runs from `src/` as TypeScript, which a worker cannot load; the
 * build's copy is used then (`npm test` builds first).
 */
function workerUrl(): URL {
  for (const candidate of ['./worker.js', '../../dist/src/check/worker.js']) {
    const url = new URL(candidate, import.meta.url)
    if (fs.existsSync(fileURLToPath(url))) return url
  }

  throw new Error('vouch: cannot find the checking worker (`check/worker.js`): build first with `npm run build`')
}
