/**
 * How vouch finds and reads its configuration, shared by the CLI and the
 * language server so that an editor and CI agree on every draft.
 *
 * Configuration is the unified ecosystem's: `unified-engine` searches up from
 * each draft for `.vouchrc` (JSON), `.vouchrc.json`, `.vouchrc.yml`,
 * `.vouchrc.yaml`, `.vouchrc.js`/`.cjs`/`.mjs`, or a `vouch` field in
 * `package.json`, and skips whatever `.vouchignore` lists. A config file looks
 * like this:
 *
 *     {"rules": {"anonymous-source": "off", "unconfirmed-claim": ["error", {…}]}}
 *
 * A rule's setting is whatever the rule accepts (`src/rule.ts`): `'off'`,
 * `'info'`, `'warn'`, `'error'`, `[severity, options]`, or options alone.
 *
 * `configTransform` turns that into the engine's preset shape (plugins), and
 * checks it first so that a typo is an error naming the config file — not a
 * crash deep inside a plugin.
 */
import type {Preset} from 'unified'
import {extensions} from './formats/index.js'
import {rules, type Options} from './index.js'
import {checkPlugins} from './processor.js'
import {coerceSetting, type RuleSetting} from './rule.js'
import {allRules} from '../rules/index.js'

/** Name of config files (`.vouchrc`, `.vouchrc.json`, `.vouchrc.yml`, …). */
export const rcName = '.vouchrc'
/** Field in `package.json` that holds config. */
export const packageField = 'vouch'
/** Name of ignore files (gitignore syntax). */
export const ignoreName = '.vouchignore'

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
    fail('expected an object such as `{"rules": {…}}`, not ' + describe(raw))
  }

  const config = raw as Record<string, unknown>
  for (const key of Object.keys(config)) {
    if (!knownFields.has(key)) {
      fail('unknown field `' + key + '` (expected `rules`)')
    }
  }

  const given = config.rules
  if (given === undefined || given === null) return {}
  if (typeof given !== 'object' || Array.isArray(given)) {
    fail('`rules` must be an object mapping rule ids to severities, not ' + describe(given))
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
      // options]`, options alone): whatever it rejects is a config error.
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

/**
 * `unified-engine`’s `configTransform`: vouch config to the engine's preset.
 * The checks (preset + inline control) come from the processor module, so
 * the CLI, the language server and the API run the same plugins.
 */
export function configTransform(raw: unknown, filePath: string): Preset {
  return {plugins: checkPlugins(parseConfig(raw, filePath))}
}

/** The config used when no config file is found: every rule at its default. */
export const defaultConfig: Preset = {plugins: checkPlugins()}

/**
 * The configuration fields of `unified-engine`'s options (and of
 * `unified-language-server`, which takes the same names).
 */
export const engineConfig = {
  rcName,
  packageField,
  ignoreName,
  extensions,
  configTransform,
  defaultConfig
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing'
  if (value === null) return '`null`'
  if (Array.isArray(value)) return 'a list'
  if (typeof value === 'string') return '`"' + value + '"`'
  if (typeof value === 'object') return 'an object'
  return '`' + String(value) + '`'
}
