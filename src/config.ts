/**
 * How vouch finds and reads its configuration, shared by the CLI and the
 * language server so that an editor and CI agree on every draft.
 *
 * From each draft's folder up to the root, the first of `.vouchrc` (JSON),
 * `.vouchrc.json`, `.vouchrc.yaml`, `.vouchrc.yml`, or a `vouch` field in
 * `package.json` is the draft's config (the nearest wins; configs are not
 * merged). `.vouchignore` files list drafts to skip. A config file looks
 * like this:
 *
 *     {"rules": {"anonymous-source": "off", "unconfirmed-claim": ["error", {…}]}}
 *
 * A rule's setting is whatever the rule accepts (`src/rule.ts`): `'off'`,
 * `'info'`, `'warn'`, `'error'`, `[severity, options]`, or options alone;
 * options are checked against the rule's declaration (`src/options.ts`).
 *
 * ## Config is data, never code
 *
 * Drafts and the files beside them are untrusted: a pull request, a checkout
 * opened in an editor. So config is *read*, never *run*: only JSON and YAML
 * are parsed, and a `.vouchrc.js` / `.cjs` / `.mjs` is an error rather than
 * a module to import. The config has no `plugins` or `presets` either —
 * unified-engine's own config loading would import those, so vouch does not
 * hand its config names to unified-engine at all and finds configs here.
 */
import fs from 'node:fs'
import path from 'node:path'
import type {Preset} from 'unified'
import {parse as parseYaml} from 'yaml'
import {extensions} from './formats/kind.js'
import {rules, type Options} from './index.js'
import {checkPlugins} from './checks.js'
import {coerceSetting, type RuleSetting} from './rule.js'
import {describeValue} from './options.js'
import {allRules} from '../rules/index.js'

/** Name of config files (`.vouchrc`, `.vouchrc.json`, `.vouchrc.yml`, …). */
export const rcName = '.vouchrc'
/** Field in `package.json` that holds config. */
export const packageField = 'vouch'
/** Name of ignore files (gitignore syntax). */
export const ignoreName = '.vouchignore'

/** How each config file name is read, in the order they are looked for in a folder. */
const configFiles: ReadonlyArray<[name: string, format: 'json' | 'yaml' | 'code' | 'package']> = [
  [rcName, 'json'],
  [rcName + '.json', 'json'],
  [rcName + '.yaml', 'yaml'],
  [rcName + '.yml', 'yaml'],
  [rcName + '.js', 'code'],
  [rcName + '.cjs', 'code'],
  [rcName + '.mjs', 'code'],
  ['package.json', 'package']
]

/** A config file larger than this is not config (1 MiB). */
export const maxConfigBytes = 1024 * 1024

/** Top-level fields a config may have. */
const knownFields = new Set(['rules', '$schema'])

/** A problem in a config file; its message names the file. */
export class ConfigError extends Error {
  constructor(
    message: string,
    readonly filePath: string
  ) {
    super(message)
    this.name = 'ConfigError'
  }
}

/** The ids of every rule the preset knows. */
export function ruleIds(): string[] {
  return rules.map((rule) => rule.id)
}

/**
 * Check a parsed config file and return its rule settings.
 *
 * @throws {ConfigError} naming `filePath` and what is wrong.
 */
export function parseConfig(raw: unknown, filePath: string): Options {
  const fail = (reason: string): never => {
    throw new ConfigError(reason, filePath)
  }

  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    fail('expected an object such as `{"rules": {…}}`, not ' + describeValue(raw))
  }

  const config = raw as Record<string, unknown>
  for (const key of Object.keys(config)) {
    if (!knownFields.has(key)) {
      fail(
        'unknown field `' +
          key +
          '` (expected `rules`' +
          (key === 'plugins' || key === 'presets' || key === 'settings' ? ': vouch config sets rules, it loads no plugins' : '') +
          ')'
      )
    }
  }

  const given = config.rules
  if (given === undefined || given === null) return {}
  if (typeof given !== 'object' || Array.isArray(given)) {
    fail('`rules` must be an object mapping rule ids to severities, not ' + describeValue(given))
  }

  const known = ruleIds()
  const settings: NonNullable<Options['rules']> = {}
  for (const [id, value] of Object.entries(given as Record<string, unknown>)) {
    if (!known.includes(id)) {
      fail('unknown rule `' + id + '` (known rules: ' + known.join(', ') + ')')
    }

    if (Array.isArray(value) && value.length > 2) {
      fail('rule `' + id + '` expects `[severity, options]`, not a list of ' + value.length)
    }

    try {
      // The rule's own reading of its setting (severity words, `[severity,
      // options]`, options alone, each option against the rule's
      // declaration): whatever it rejects is a config error.
      coerceSetting(id, value as RuleSetting, 'warn')
      const rule = allRules.find((candidate) => candidate.id === id) as ((setting: unknown) => unknown) | undefined
      rule?.(value)
    } catch (error) {
      fail(String(error instanceof Error ? error.message : error).replace(/^vouch:\s*/, '').split('\n', 1)[0])
    }

    settings[id] = value as NonNullable<Options['rules']>[string]
  }

  return {rules: settings}
}

/** A draft's config: the file it came from (none: the defaults) and its settings. */
export interface FoundConfig {
  filePath: string | undefined
  options: Options
}

export interface ConfigFinderOptions {
  /** Folder that relative paths are resolved from. */
  cwd: string
  /** Use this one config file for every draft instead of searching. */
  rcPath?: string
  /** Search up from each draft (default `true`); `false`: the defaults. */
  detect?: boolean
}

/**
 * Finds and reads the config of each draft. One finder serves one run: it
 * remembers what it found per folder (an edited config is read again by a
 * new finder, which is what the language server makes per check).
 */
export class ConfigFinder {
  private readonly byFolder = new Map<string, FoundConfig | ConfigError>()
  private given: FoundConfig | ConfigError | undefined

  constructor(private readonly options: ConfigFinderOptions) {}

  /**
   * The config for the draft at `filePath` (for a draft with no path — stdin,
   * an unsaved buffer — as if it were in `cwd`).
   *
   * @throws {ConfigError} naming the config file and what is wrong with it.
   */
  find(filePath: string | undefined): FoundConfig {
    const result = this.lookup(filePath)
    if (result instanceof ConfigError) throw result
    return result
  }

  private lookup(filePath: string | undefined): FoundConfig | ConfigError {
    const {cwd, rcPath, detect = true} = this.options
    if (rcPath !== undefined) {
      this.given ??= attempt(() => {
        const file = path.resolve(cwd, rcPath)
        const format = configFiles.find(([name]) => path.basename(file) === name)?.[1] ?? formatOfGiven(file)
        const found = readConfigFile(file, format, true)
        return {filePath: file, options: found ?? {}}
      })
      return this.given
    }

    if (!detect) return {filePath: undefined, options: {}}

    const start = path.dirname(path.resolve(cwd, filePath ?? 'stdin'))
    const visited: string[] = []
    let folder = start
    let result: FoundConfig | ConfigError | undefined
    for (;;) {
      result = this.byFolder.get(folder)
      if (result) break
      visited.push(folder)
      result = attempt(() => configIn(folder))
      if (!(result instanceof ConfigError) && result.filePath === undefined) {
        const parent = path.dirname(folder)
        if (parent !== folder) {
          result = undefined
          folder = parent
          continue
        }
      }

      break
    }

    // Every folder on the way up has the config that was found above it.
    for (const each of visited) this.byFolder.set(each, result)
    return result
  }
}

function attempt(find: () => FoundConfig): FoundConfig | ConfigError {
  try {
    return find()
  } catch (error) {
    if (error instanceof ConfigError) return error
    throw error
  }
}

/** The config in `folder` itself, if any (`filePath` unset when none). */
function configIn(folder: string): FoundConfig {
  for (const [name, format] of configFiles) {
    const file = path.join(folder, name)
    const options = readConfigFile(file, format, false)
    // A `package.json` without a `vouch` field is no config: search on.
    if (options !== undefined) return {filePath: file, options}
  }

  return {filePath: undefined, options: {}}
}

function formatOfGiven(file: string): 'json' | 'yaml' | 'code' | 'package' {
  const extension = path.extname(file).toLowerCase()
  if (extension === '.yml' || extension === '.yaml') return 'yaml'
  if (extension === '.js' || extension === '.cjs' || extension === '.mjs') return 'code'
  return path.basename(file) === 'package.json' ? 'package' : 'json'
}

/**
 * Read one config file: `undefined` if it is not there (or is a
 * `package.json` without vouch config), its checked options otherwise.
 *
 * @throws {ConfigError} for a file that is there but is not good config.
 */
function readConfigFile(file: string, format: 'json' | 'yaml' | 'code' | 'package', given: boolean): Options | undefined {
  const fail = (reason: string): never => {
    throw new ConfigError(reason, file)
  }

  let stats: fs.Stats
  try {
    stats = fs.statSync(file)
  } catch (error) {
    if (!given && isMissing(error)) return undefined
    return fail('cannot read it (' + errorCode(error) + ')')
  }

  if (!stats.isFile()) {
    // A folder named like a config is not one; anything else is suspicious.
    if (!given && stats.isDirectory()) return undefined
    fail('not a regular file')
  }

  if (format === 'code') {
    fail(
      'vouch does not run JavaScript config (a config file runs no code in vouch): write the same settings as JSON in `' +
        rcName +
        '.json` or as YAML in `' +
        rcName +
        '.yml`'
    )
  }

  if (stats.size > maxConfigBytes) fail('too large to be config (' + stats.size + ' bytes)')

  let text: string
  try {
    text = readCapped(file, maxConfigBytes)
  } catch (error) {
    return fail('cannot read it (' + errorCode(error) + ')')
  }

  // A byte order mark is not part of the JSON.
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1)

  let raw: unknown
  if (format === 'yaml') {
    try {
      raw = parseYaml(text, {maxAliasCount: 100})
    } catch (error) {
      fail('invalid YAML: ' + firstLine(error))
    }
  } else {
    try {
      raw = JSON.parse(text)
    } catch (error) {
      fail('invalid JSON' + jsonPlace(text, error) + ': ' + firstLine(error).replace(/ in JSON at position \d+.*$/, ''))
    }
  }

  if (format === 'package') {
    if (raw === null || typeof raw !== 'object' || !Object.hasOwn(raw, packageField)) return undefined
    raw = (raw as Record<string, unknown>)[packageField]
  }

  return parseConfig(raw, file)
}

/**
 * Read at most `limit` bytes of a regular file, as UTF-8. Opened without
 * blocking, so a FIFO named like a config cannot hold the run.
 */
function readCapped(file: string, limit: number): string {
  const descriptor = fs.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0))
  try {
    if (!fs.fstatSync(descriptor).isFile()) throw Object.assign(new Error('not a regular file'), {code: 'ENOTREG'})
    const buffer = Buffer.alloc(limit + 1)
    let length = 0
    for (;;) {
      const read = fs.readSync(descriptor, buffer, length, buffer.length - length, null)
      if (read === 0) break
      length += read
      if (length > limit) throw Object.assign(new Error('too large'), {code: 'EFBIG'})
    }

    return buffer.toString('utf8', 0, length)
  } finally {
    fs.closeSync(descriptor)
  }
}

function isMissing(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException).code
  return code === 'ENOENT' || code === 'ENOTDIR'
}

function errorCode(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? firstLine(error)
}

/** ` (line L, column C)` for a JSON syntax error that gives its position. */
function jsonPlace(text: string, error: unknown): string {
  const position = /at position (\d+)/.exec(String((error as Error).message))
  if (!position) return ''
  const offset = Number(position[1])
  const before = text.slice(0, offset).split(/\r\n|\r|\n/)
  return ' (line ' + before.length + ', column ' + (before[before.length - 1].length + 1) + ')'
}

function firstLine(error: unknown): string {
  return String(error instanceof Error ? error.message : error).split(/\r?\n/, 1)[0].trim()
}

/**
 * `unified-engine`’s `configTransform`: vouch config to a preset of vouch's
 * check plugins, for API users who run the engine themselves. vouch's CLI
 * and language server do not: they find config with {@link ConfigFinder}.
 */
export function configTransform(raw: unknown, filePath: string): Preset {
  return {plugins: checkPlugins(parseConfig(raw, filePath))}
}

/** The config used when no config file is found: every rule at its default. */
export const defaultConfig: Preset = {plugins: checkPlugins()}

/** The names vouch's config, ignore files and drafts go by. */
export const engineConfig = {
  rcName,
  packageField,
  ignoreName,
  extensions,
  configTransform,
  defaultConfig
}
