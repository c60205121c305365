/**
 * Command line arguments to a typed request. `node:util`'s `parseArgs` does
 * the parsing; this module knows vouch's commands and options, checks values,
 * and reports a misuse as a `UsageError` (exit code 2) in one sentence.
 */
import {parseArgs} from 'node:util'
import {reporterNamed, type ReporterName} from '../reporters/index.js'

export type Command = 'check' | 'ledger' | 'report' | 'lsp'

export const commands: readonly Command[] = ['check', 'ledger', 'report', 'lsp']

export interface Request {
  command: Command
  help: boolean
  version: boolean
  /** Paths, folders and globs (none: read stdin). */
  files: string[]
  reporter: ReporterName
  frail: boolean
  quiet: boolean
  silent: boolean
  verbose: boolean
  /** `undefined`: decide from the terminal. */
  color: boolean | undefined
  rcPath: string | undefined
  detectConfig: boolean
  ignorePath: string | undefined
  ignorePatterns: string[]
  detectIgnore: boolean
  stdinPath: string | undefined
  /** Largest draft, in bytes (`undefined`: the default). */
  maxBytes: number | undefined
  /** Time limit per draft, in milliseconds (`undefined`: by the draft's size). */
  timeLimit: number | undefined
  /** Read drafts through symbolic links wherever they lead. */
  followSymlinks: boolean
  errorOnUnmatchedPattern: boolean
  /** `report`: folder for one page per draft, or an `.html` file for one page. */
  output: string | undefined
  /** `lsp`: arguments given to the language server as they are. */
  rest: string[]
}

/** A misuse of the command line. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'UsageError'
  }
}

const options = {
  help: {type: 'boolean', short: 'h'},
  version: {type: 'boolean', short: 'v'},
  reporter: {type: 'string', short: 'r'},
  format: {type: 'string'},
  frail: {type: 'boolean', short: 'f'},
  quiet: {type: 'boolean', short: 'q'},
  silent: {type: 'boolean', short: 'S'},
  verbose: {type: 'boolean'},
  color: {type: 'boolean'},
  'no-color': {type: 'boolean'},
  'rc-path': {type: 'string'},
  config: {type: 'string', short: 'c'},
  'no-config': {type: 'boolean'},
  'ignore-path': {type: 'string', short: 'i'},
  'ignore-pattern': {type: 'string', multiple: true},
  'no-ignore': {type: 'boolean'},
  'stdin-filepath': {type: 'string'},
  'file-path': {type: 'string'},
  'max-size': {type: 'string'},
  'time-limit': {type: 'string'},
  'follow-symlinks': {type: 'boolean'},
  'no-error-on-unmatched-pattern': {type: 'boolean'},
  output: {type: 'string', short: 'o'}
} as const

/** Parse `argv` (without `node` and the script). */
export function parseRequest(argv: string[]): Request {
  let command: Command = 'check'
  let rest = argv
  if (argv.length > 0 && (commands as readonly string[]).includes(argv[0])) {
    command = argv[0] as Command
    rest = argv.slice(1)
  }

  if (command === 'lsp' && !rest.includes('--help') && !rest.includes('-h')) {
    return {...defaults(), command, rest}
  }

  let parsed: ReturnType<typeof parseArgs<{options: typeof options; allowPositionals: true; strict: true}>>
  try {
    parsed = parseArgs({args: rest, options, allowPositionals: true, strict: true})
  } catch (error) {
    throw new UsageError(explainParseError(error))
  }

  const values = parsed.values
  const reporterName = values.reporter ?? values.format ?? 'default'
  const reporter = reporterNamed(reporterName)
  if (!reporter) {
    throw new UsageError('unknown reporter `' + reporterName + '` (expected `default`, `json`, `sarif` or `github`)')
  }

  if (values.color && values['no-color']) throw new UsageError('cannot use both `--color` and `--no-color`')
  if (values['rc-path'] && values.config && values['rc-path'] !== values.config) {
    throw new UsageError('cannot use both `--rc-path` and `--config`')
  }

  const rcPath = values['rc-path'] ?? values.config
  if (rcPath !== undefined && values['no-config']) throw new UsageError('cannot use both `--rc-path` and `--no-config`')
  if (values['ignore-path'] !== undefined && values['no-ignore']) {
    throw new UsageError('cannot use both `--ignore-path` and `--no-ignore`')
  }

  if (values.output !== undefined && command !== 'report') {
    throw new UsageError('`--output` is for `vouch report` (vouch never writes over drafts)')
  }

  let maxBytes: number | undefined
  if (values['max-size'] !== undefined) {
    const megabytes = Number(values['max-size'])
    if (!Number.isFinite(megabytes) || megabytes <= 0) {
      throw new UsageError('`--max-size` expects a number of megabytes, not `' + values['max-size'] + '`')
    }

    maxBytes = Math.round(megabytes * 1024 * 1024)
  }

  let timeLimit: number | undefined
  if (values['time-limit'] !== undefined) {
    const seconds = Number(values['time-limit'])
    if (!Number.isFinite(seconds) || seconds <= 0) {
      throw new UsageError('`--time-limit` expects a number of seconds, not `' + values['time-limit'] + '`')
    }

    timeLimit = Math.round(seconds * 1000)
  }

  const stdinPath = values['stdin-filepath'] ?? values['file-path']
  if (stdinPath !== undefined && parsed.positionals.length > 0) {
    throw new UsageError('`--stdin-filepath` names the draft on stdin: give it without files')
  }

  return {
    ...defaults(),
    command,
    help: values.help ?? false,
    version: values.version ?? false,
    files: parsed.positionals,
    reporter,
    frail: values.frail ?? false,
    quiet: values.quiet ?? false,
    silent: values.silent ?? false,
    verbose: values.verbose ?? false,
    color: values.color ? true : values['no-color'] ? false : undefined,
    rcPath,
    detectConfig: !values['no-config'],
    ignorePath: values['ignore-path'],
    ignorePatterns: values['ignore-pattern'] ?? [],
    detectIgnore: !values['no-ignore'],
    stdinPath,
    maxBytes,
    timeLimit,
    followSymlinks: values['follow-symlinks'] ?? false,
    errorOnUnmatchedPattern: !values['no-error-on-unmatched-pattern'],
    output: values.output
  }
}

function defaults(): Request {
  return {
    command: 'check',
    help: false,
    version: false,
    files: [],
    reporter: 'default',
    frail: false,
    quiet: false,
    silent: false,
    verbose: false,
    color: undefined,
    rcPath: undefined,
    detectConfig: true,
    ignorePath: undefined,
    ignorePatterns: [],
    detectIgnore: true,
    stdinPath: undefined,
    maxBytes: undefined,
    timeLimit: undefined,
    followSymlinks: false,
    errorOnUnmatchedPattern: true,
    output: undefined,
    rest: []
  }
}

function explainParseError(error: unknown): string {
  const code = (error as {code?: string}).code
  const message = error instanceof Error ? error.message : String(error)
  const option = /'([^']+)'/.exec(message)?.[1]
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && option) return 'unknown option `' + option + '`'
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && option) {
    const flag = /--[\w-]+/.exec(option)?.[0] ?? option
    return /argument missing/.test(message) ? 'option `' + flag + '` needs a value' : 'option `' + flag + '` takes no value'
  }

  return message.split('\n', 1)[0]
}
