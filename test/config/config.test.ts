/**
 * Config is data (issue 17, items 1–2) and rule options are declared and
 * checked (issue 18, item 4): what a `.vouchrc` beside a draft can and
 * cannot do, through the CLI in process and through the config reader.
 */
import {spawnSync} from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import {ConfigError, ConfigFinder, parseConfig} from '../../src/config.js'
import {createProcessor} from '../../src/processor.js'
import {folder, vouch} from '../security/run.js'

const draft = 'Officials said the troops had withdrawn. The minister claimed victory.\n'

/** A module that, if anything ever imports it, leaves `marker` behind. */
function payload(marker: string, format: 'esm' | 'cjs' = 'esm'): string {
  const write = 'require("node:fs").writeFileSync(' + JSON.stringify(marker) + ', "ran")'
  return format === 'cjs'
    ? write + '\nmodule.exports = {rules: {}}\n'
    : 'import {createRequire} from "node:module"\nconst require = createRequire(import.meta.url)\n' + write + '\nexport default function plugin() {}\n'
}

describe('config runs no code', () => {
  it('refuses .vouchrc.js, .cjs and .mjs (found or given) without importing them', async () => {
    for (const name of ['.vouchrc.js', '.vouchrc.cjs', '.vouchrc.mjs']) {
      const cwd = folder({'a.md': draft, 'package.json': '{"type": "module"}'})
      const marker = path.join(cwd, 'ran')
      fs.writeFileSync(path.join(cwd, name), payload(marker, name === '.vouchrc.cjs' ? 'cjs' : 'esm'))
      const found = await vouch(['a.md'], cwd)
      expect(found.code, name).toBe(2)
      expect(found.stderr, name).toContain('`' + name + '`')
      expect(found.stderr, name).toMatch(/does not run JavaScript config/)
      expect(found.stderr.trim().split('\n'), name).toHaveLength(1)

      const given = await vouch(['--rc-path', name, 'a.md'], cwd)
      expect(given.code, name).toBe(2)
      expect(fs.existsSync(marker), name + ': the config was run').toBe(false)
    }
  })

  it('refuses `plugins` in .vouchrc, .vouchrc.yml and package.json, importing nothing', async () => {
    const cases: Record<string, string> = {
      '.vouchrc': JSON.stringify({plugins: ['./evil.js']}),
      '.vouchrc.yml': 'plugins:\n  - ./evil.js\n',
      'package.json': JSON.stringify({name: 'x', type: 'module', vouch: {plugins: ['./evil.js'], rules: {}}})
    }
    for (const [name, content] of Object.entries(cases)) {
      const cwd = folder({'a.md': draft, [name]: content})
      const marker = path.join(cwd, 'ran')
      fs.writeFileSync(path.join(cwd, 'evil.js'), payload(marker))
      const result = await vouch(['a.md'], cwd)
      expect(result.code, name).toBe(2)
      expect(result.stderr, name).toMatch(/unknown field `plugins`.*loads no plugins/)
      expect(fs.existsSync(marker), name).toBe(false)
    }
  })

  it('reads a FIFO named like a config as an error, without waiting on it', async () => {
    const cwd = folder({'a.md': draft})
    if (spawnSync('mkfifo', [path.join(cwd, '.vouchrc')]).status !== 0) return
    const result = await vouch(['a.md'], cwd)
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/`\.vouchrc`: not a regular file/)
  })

  it('says where JSON is broken, and refuses a YAML alias bomb quickly', async () => {
    const cwd = folder({'a.md': draft, '.vouchrc': '{"rules": {\n  "no-comment": "off",\n}}'})
    const result = await vouch(['a.md'], cwd)
    expect(result.stderr).toMatch(/Cannot use config file `\.vouchrc`: invalid JSON \(line 3, column 1\)/)

    const laughs = ['a: &a ["x","x","x","x","x","x","x","x","x"]']
    for (let level = 1; level < 10; level++) {
      const previous = String.fromCharCode(96 + level)
      laughs.push(String.fromCharCode(97 + level) + ': &' + String.fromCharCode(97 + level) + ' [' + Array(9).fill('*' + previous).join(',') + ']')
    }

    const bomb = folder({'a.md': draft, '.vouchrc.yml': laughs.join('\n') + '\nrules: {}\n'})
    const started = Date.now()
    const refused = await vouch(['a.md'], bomb)
    expect(refused.code).toBe(2)
    expect(refused.stderr).toMatch(/`\.vouchrc\.yml`: invalid YAML/)
    expect(Date.now() - started).toBeLessThan(20_000)
  })
})

describe('rule options are declared and checked', () => {
  /** `[config, what the one line on stderr must say]` */
  const wrong: Array<[Record<string, unknown>, RegExp]> = [
    [{'anonymous-source': ['warn', {allowExplaned: true}]}, /rule `anonymous-source`: unknown option `allowExplaned` \(did you mean `allowExplained`\?\)/],
    [{'anonymous-source': {allowExplained: 'yes'}}, /rule `anonymous-source`: option `allowExplained` must be a boolean \(`true` or `false`\), not `"yes"`/],
    [{'loaded-attribution-verb': ['warn', {verb: {slammed: 'criticised'}}]}, /rule `loaded-attribution-verb`: unknown option `verb` \(did you mean `verbs`\?\)/],
    [{'loaded-attribution-verb': ['warn', {verbs: {slammed: 3}}]}, /option `verbs\.slammed` must be a string or `null`, not `3`/],
    [{'loaded-attribution-verb': ['warn', {verbs: ['slammed']}]}, /option `verbs` must be an object, not a list/],
    [{'unattributed-quote': ['info', {minimumWords: 0}]}, /option `minimumWords` must be at least 1, not `0`/],
    [{'unattributed-quote': ['info', {minimumWords: '6'}]}, /option `minimumWords` must be a whole number, not `"6"`/],
    [{'no-comment': ['warn', {quiet: true}]}, /rule `no-comment`: takes no options, but was given `quiet`/],
    [{'no-comment': ['off', 'yes']}, /rule `no-comment`: takes no options, only a severity/],
    [{'anonymous-source': ['warn', 7]}, /rule `anonymous-source`: options must be an object such as `\{"allowExplained": …\}`, not `7`/]
  ]

  it('a misspelt or mistyped option is one line naming the file, the rule and the option; exit 2', async () => {
    for (const [rules, reason] of wrong) {
      const cwd = folder({'a.md': draft, '.vouchrc.json': JSON.stringify({rules})})
      const result = await vouch(['a.md'], cwd)
      expect(result.code, JSON.stringify(rules)).toBe(2)
      const lines = result.stderr.trim().split('\n')
      expect(lines, JSON.stringify(rules)).toHaveLength(1)
      expect(lines[0]).toMatch(/^vouch: Cannot use config file `\.vouchrc\.json`: /)
      expect(lines[0]).toMatch(reason)
    }
  })

  it('the same options, well formed, are taken', async () => {
    const rules = {
      'anonymous-source': ['warn', {allowExplained: true}],
      'loaded-attribution-verb': ['error', {verbs: {slammed: 'criticised', claimed: null}}],
      'unattributed-quote': ['info', {minimumWords: 6}],
      'no-comment': 'off'
    }
    const cwd = folder({'a.md': draft, '.vouchrc.json': JSON.stringify({rules})})
    const result = await vouch(['--reporter', 'json', 'a.md'], cwd)
    expect(result.code).toBe(0)
    const ids = (JSON.parse(result.stdout) as Array<{messages: Array<{ruleId: string}>}>)[0].messages.map((message) => message.ruleId)
    // `claimed` was dropped from the loaded verbs: no finding for it.
    expect(ids).not.toContain('loaded-attribution-verb')
  })

  it('checks options in the config reader and in the API alike', () => {
    for (const [rules, reason] of wrong) {
      expect(() => parseConfig({rules}, '/x/.vouchrc')).toThrow(ConfigError)
      expect(() => parseConfig({rules}, '/x/.vouchrc')).toThrow(reason)
      expect(() => createProcessor({rules} as never).freeze()).toThrow(reason)
    }
  })

  it('every rule with options declares a type for each', async () => {
    const {allRules} = await import('../../rules/index.js')
    for (const rule of allRules) {
      for (const [name, schema] of Object.entries(rule.options ?? {})) {
        expect(schema.type, rule.id + '.' + name).toBeDefined()
        expect(schema.description, rule.id + '.' + name).toBeTruthy()
      }
    }

    // Options are checked even for a rule turned off.
    const file = new VFile({path: 'a.md', value: draft})
    expect(() => createProcessor({rules: {'anonymous-source': ['off', {nope: 1}]}}).runSync(createProcessor().parse(file), file)).toThrow(/unknown option `nope`/)
  })
})

describe('config finding', () => {
  it('takes the nearest config, searching up, and stops at a package.json with vouch config only', () => {
    const cwd = folder({
      '.vouchrc.yml': 'rules:\n  no-comment: "off"\n',
      'a/package.json': JSON.stringify({name: 'no-config-here'}),
      'a/b/draft.md': draft,
      'c/package.json': JSON.stringify({vouch: {rules: {'no-comment': 'error'}}}),
      'c/draft.md': draft
    })
    const finder = new ConfigFinder({cwd})
    expect(finder.find(path.join(cwd, 'a/b/draft.md'))).toEqual({filePath: path.join(cwd, '.vouchrc.yml'), options: {rules: {'no-comment': 'off'}}})
    expect(finder.find(path.join(cwd, 'c/draft.md')).options).toEqual({rules: {'no-comment': 'error'}})
    expect(new ConfigFinder({cwd, detect: false}).find(path.join(cwd, 'c/draft.md'))).toEqual({filePath: undefined, options: {}})
  })
})
