/**
 * Reporters on hand-made files: each message kind (error, warning, info, a
 * file vouch could not check) in each format.
 */
import type {Log} from 'sarif'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import reporterGithub, {escapeData, escapeProperty} from '../../src/reporters/github.js'
import reporterJson from '../../src/reporters/json.js'
import reporterSarif, {toSarif} from '../../src/reporters/sarif.js'
import {reporterNamed, reporters} from '../../src/reporters/index.js'
import {runSource} from '../../src/reporters/shared.js'
import {ajv, validateSarif} from './sarif-schema.js'


const rules = [
  {id: 'unconfirmed-claim', url: 'https://example.org/rules/unconfirmed-claim.md', description: 'Flags unconfirmed claims', severity: 'warn'},
  {id: 'anonymous-source', url: 'https://example.org/rules/anonymous-source.md', description: 'Flags anonymous sources', severity: 'info'}
]

function fixture(): VFile[] {
  const draft = new VFile({path: 'drafts/story, one.md', value: 'Some text\nmore: text\n'})
  const warning = draft.message('Claim is not confirmed: 100% sure?', {
    place: {start: {line: 2, column: 1}, end: {line: 2, column: 5}},
    ruleId: 'unconfirmed-claim',
    source: 'vouch'
  })
  warning.url = rules[0].url
  // vouch's rules point at the other end of a finding (`src/rule.ts`).
  Object.assign(warning, {related: [{place: {start: {line: 1, column: 1}, end: {line: 1, column: 5}}, message: 'asserted here'}]})
  const error = draft.message('Anonymous source\nwith a second line', {place: {line: 1, column: 6}, ruleId: 'anonymous-source', source: 'vouch'})
  error.fatal = true
  draft.info('Just so you know', {ruleId: 'anonymous-source', source: 'vouch'})

  const clean = new VFile({path: 'drafts/clean.md', value: 'ok'})

  const missing = new VFile({path: 'drafts/missing.md'})
  const problem = missing.message('No such file or folder', {ruleId: 'input', source: runSource})
  problem.fatal = true
  return [draft, clean, missing]
}

describe('json reporter', () => {
  it('gives plain fields per message and file', () => {
    const report = JSON.parse(reporterJson(fixture())) as Array<{path: string; messages: Array<Record<string, unknown>>}>
    expect(report.map((file) => file.path)).toEqual(['drafts/story, one.md', 'drafts/clean.md', 'drafts/missing.md'])
    const [warning, error, info] = report[0].messages
    expect(warning).toMatchObject({ruleId: 'unconfirmed-claim', severity: 'warning', fatal: false, line: 2, column: 1, endLine: 2, endColumn: 5, url: rules[0].url})
    expect(error).toMatchObject({severity: 'error', fatal: true, line: 1, column: 6, endLine: null})
    expect(info).toMatchObject({severity: 'info', fatal: null, line: null})
    expect(report[2].messages[0]).toMatchObject({source: runSource, severity: 'error'})
  })

  it('leaves out syntax trees even when messages carry them', () => {
    const file = new VFile({path: 'a.md'})
    const message = file.message('x', {ancestors: [{type: 'root', children: [{type: 'text', value: 'secret tree'}]}] as never})
    message.fatal = false
    expect(reporterJson([file])).not.toMatch(/secret tree|ancestors/)
  })

  it('honours quiet and silent', () => {
    const quiet = JSON.parse(reporterJson(fixture(), {quiet: true})) as Array<{path: string}>
    expect(quiet.map((file) => file.path)).not.toContain('drafts/clean.md')
    const silent = JSON.parse(reporterJson(fixture(), {silent: true})) as Array<{messages: Array<{severity: string}>}>
    expect(silent.flatMap((file) => file.messages).every((message) => message.severity === 'error')).toBe(true)
  })
})

describe('sarif reporter', () => {
  it('is valid SARIF 2.1.0 against the published schema', () => {
    const log = JSON.parse(reporterSarif(fixture(), {rules, version: '1.2.3', cwd: '/work/repo'})) as Log
    const valid = validateSarif(log)
    expect(ajv.errorsText(validateSarif.errors)).toBe('No errors')
    expect(valid).toBe(true)
    expect(log.version).toBe('2.1.0')
  })

  it('the schema check is real: a broken log fails it', () => {
    const log = toSarif(fixture(), {rules}) as unknown as {runs: Array<{results: Array<{level: string}>}>}
    log.runs[0].results[0].level = 'loud'
    expect(validateSarif(log)).toBe(false)
  })

  it('lists rules with help URIs and links results to them', () => {
    const log = toSarif(fixture(), {rules, version: '1.2.3'})
    const run = log.runs[0]
    const driver = run.tool.driver
    expect(driver.name).toBe('vouch')
    expect(driver.version).toBe('1.2.3')
    expect(driver.rules?.map((rule) => [rule.id, rule.helpUri])).toEqual(rules.map((rule) => [rule.id, rule.url]))
    expect(driver.rules?.[1].defaultConfiguration?.level).toBe('note')
    expect(driver.rules?.[0].help?.markdown).toContain('(' + rules[0].url + ')')
    const results = run.results ?? []
    expect(results.map((result) => [result.ruleId, result.level])).toEqual([
      ['unconfirmed-claim', 'warning'],
      ['anonymous-source', 'error'],
      ['anonymous-source', 'note']
    ])
    expect(results.every((result) => driver.rules?.[result.ruleIndex!]?.id === result.ruleId)).toBe(true)
    expect(results[0].locations?.[0].physicalLocation).toEqual({
      artifactLocation: {uri: 'drafts/story%2C%20one.md', uriBaseId: '%SRCROOT%'},
      region: {startLine: 2, startColumn: 1, endLine: 2, endColumn: 5}
    })
    expect(results[0].relatedLocations).toEqual([
      {
        id: 0,
        physicalLocation: {artifactLocation: {uri: 'drafts/story%2C%20one.md', uriBaseId: '%SRCROOT%'}, region: {startLine: 1, startColumn: 1, endLine: 1, endColumn: 5}},
        message: {text: 'asserted here'}
      }
    ])
    expect(run.columnKind).toBe('utf16CodeUnits')
  })

  it('reports files it could not check as failed execution, not results', () => {
    const invocation = toSarif(fixture(), {rules}).runs[0].invocations![0]
    expect(invocation.executionSuccessful).toBe(false)
    expect(invocation.toolExecutionNotifications?.map((notification) => notification.message.text)).toEqual(['No such file or folder'])
    const clean = toSarif([new VFile({path: 'a.md'})], {rules}).runs[0]
    expect(clean.invocations![0].executionSuccessful).toBe(true)
    expect(validateSarif(toSarif([], {rules}))).toBe(true)
  })
})

describe('github reporter', () => {
  it('writes one escaped workflow command per message', () => {
    const commands = reporterGithub(fixture()).trimEnd().split('\n')
    expect(commands).toEqual([
      '::warning file=drafts/story%2C one.md,line=2,col=1,endLine=2,endColumn=5,title=vouch(unconfirmed-claim)::Claim is not confirmed: 100%25 sure? (https://example.org/rules/unconfirmed-claim.md)',
      '::error file=drafts/story%2C one.md,line=1,col=6,title=vouch(anonymous-source)::Anonymous source%0Awith a second line',
      '::notice file=drafts/story%2C one.md,title=vouch(anonymous-source)::Just so you know',
      '::error file=drafts/missing.md,title=vouch-cli(input)::No such file or folder'
    ])
  })

  it('escapes like the Actions toolkit', () => {
    expect(escapeData('a%b\r\nc')).toBe('a%25b%0D%0Ac')
    expect(escapeProperty('a:b,c%')).toBe('a%3Ab%2Cc%25')
  })
})

describe('reporter names', () => {
  it('knows each reporter and common aliases, case-insensitively', () => {
    expect(Object.keys(reporters).sort()).toEqual(['default', 'github', 'json', 'sarif'])
    expect(reporterNamed('SARIF')).toBe('sarif')
    expect(reporterNamed('terminal')).toBe('default')
    expect(reporterNamed('xml')).toBeUndefined()
  })
})
