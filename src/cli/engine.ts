/**
 * Run `unified-engine` over the given paths and globs, the way remark-cli and
 * alex do: the engine finds the files, searches up for `.vouchrc`/`package.json`
 * config, applies `.vouchignore`, reads each file and runs the processor.
 *
 * The engine's own reporting and output are switched off: the CLI reports
 * itself (after turning failures into one-line problems), and vouch never
 * writes a processed file anywhere — not to stdout, not over the draft.
 */
import type {Readable} from 'node:stream'
import {engine, type Options as EngineOptions} from 'unified-engine'
import type {PluggableList} from 'unified'
import type {VFile} from 'vfile'
import type {Root} from 'nlcst'
import retextVouchLedger, {analyse, buildDocument} from '../analysis/index.js'
import {engineConfig} from '../config.js'
import {baseProcessor} from '../processor.js'
import vouchGuard, {defaultMaxBytes} from './guard.js'

export interface RunOptions {
  /** Paths, folders and globs; none means stdin. */
  files: string[]
  cwd: string
  /**
   * What to run: the checks from config (`check`), the same plus a ledger
   * even if config turned every rule off (`report`), or only the ledger.
   */
  mode: 'check' | 'report' | 'ledger'
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
  maxBytes?: number
}

/** Run the engine; resolve with the files it processed. */
export function runEngine(options: RunOptions): Promise<VFile[]> {
  const ledger = options.mode === 'ledger'
  const processor = baseProcessor().use(vouchGuard, {maxBytes: options.maxBytes ?? defaultMaxBytes})
  // The ledger needs no rules and no rule config: it is the same for everyone.
  const plugins: PluggableList = ledger ? [retextVouchLedger] : options.mode === 'report' ? [ensureLedger] : []

  const engineOptions: EngineOptions = {
    processor,
    cwd: options.cwd,
    files: options.files,
    extensions: engineConfig.extensions,
    streamIn: options.stdin,
    filePath: options.files.length === 0 ? options.stdinPath : undefined,
    plugins,
    // Config.
    rcName: engineConfig.rcName,
    packageField: engineConfig.packageField,
    detectConfig: !ledger && options.detectConfig !== false && !options.rcPath,
    rcPath: ledger ? undefined : options.rcPath,
    configTransform: engineConfig.configTransform,
    defaultConfig: ledger ? undefined : engineConfig.defaultConfig,
    // Ignore.
    ignoreName: engineConfig.ignoreName,
    detectIgnore: options.detectIgnore !== false && !options.ignorePath,
    ignorePath: options.ignorePath,
    ignorePatterns: options.ignorePatterns,
    // A glob or folder may cover ignored files; that is not a failure.
    silentlyIgnore: true,
    // Never write: not to stdout, not to disk.
    out: false,
    output: false,
    // The CLI reports itself.
    reporter: () => ''
  }

  return new Promise((resolve, reject) => {
    engine(engineOptions, (error, _code, context) => {
      if (error) reject(error)
      else resolve((context?.files ?? []).filter((file) => !file.data.unifiedEngineIgnored))
    })
  })
}

/** unified plugin: build the ledger if the checks did not. */
function ensureLedger() {
  return function (tree: Root, file: VFile) {
    if (!file.data.ledger) file.data.ledger = analyse(buildDocument(tree, String(file.value ?? '')))
  }
}

declare module 'vfile' {
  interface DataMap {
    /** Set by `unified-engine` on files it skipped. */
    unifiedEngineIgnored: boolean
  }
}
