import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {unified} from 'unified'
import {VFile} from 'vfile'
import retextVouch, {rules, retextVouchLedger} from '../../src/index.js'
import {createProcessor} from '../../src/processor.js'
import {allRules} from '../../rules/index.js'
import type {Root} from 'nlcst'

const emptyRoot: Root = {type: 'RootNode', children: []}

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const sample = fs.readFileSync(path.join(root, 'test/fixtures/north-korean-missiles-unsc.txt'), 'utf8')

async function lint(options?: Parameters<typeof retextVouch>[0]) {
  const file = new VFile({path: 'sample.txt', value: sample})
  await createProcessor(options ?? undefined).process(file)
  return file
}

describe('rule list', () => {
  it('lists every rule once with a default severity, a url and a doc page beside it', () => {
    const ids = rules.map((rule) => rule.id)
    expect(new Set(ids).size).toBe(ids.length)
    expect(ids).toEqual(allRules.map((rule) => rule.id))
    for (const rule of rules) {
      expect(['off', 'info', 'warn', 'error']).toContain(rule.severity)
      expect(rule.url).toBe('https://github.com/vouch-lint/vouch/blob/main/rules/' + rule.id + '.md')
      expect(rule.description.length).toBeGreaterThan(10)
      expect(fs.existsSync(path.join(root, 'rules', rule.id + '.md')), rule.id + '.md').toBe(true)
      expect(fs.existsSync(path.join(root, 'rules', rule.id + '.ts')), rule.id + '.ts').toBe(true)
    }

    expect(rules.find((rule) => rule.id === 'no-comment')?.severity).toBe('info')
    expect(rules.find((rule) => rule.id === 'certainty-mismatch')?.severity).toBe('off')
  })

  it('has a doc page for every rule module and no page without a rule', () => {
    const pages = fs
      .readdirSync(path.join(root, 'rules'))
      .filter((name) => name.endsWith('.md'))
      .map((name) => name.slice(0, -3))
      .sort()
    expect(pages).toEqual(rules.map((rule) => rule.id).sort())
  })
})

describe('retextVouch options', () => {
  it('rejects an unknown rule id, naming it and the known rules', () => {
    expect(() => retextVouch({rules: {'unconfirmed-claims': 'warn'}})).toThrow(
      /unknown rule `unconfirmed-claims`.*known rules: unconfirmed-claim, denied-claim, no-comment/
    )
  })

  it('rejects an unknown severity', () => {
    expect(() => retextVouch({rules: {'no-comment': 'loud' as 'warn'}})).toThrow(/unknown severity `loud` for rule `no-comment`/)
    expect(() => retextVouch({rules: {'no-comment': ['fatal' as 'warn']}})).toThrow(/unknown severity `fatal`/)
  })

  it('rejects options that are not an object', () => {
    expect(() => retextVouch('strict' as never)).toThrow(/expected options/)
    expect(() => retextVouch({rules: ['no-comment'] as never})).toThrow(/expected `rules`/)
  })

  it('builds the ledger before the rules run', async () => {
    const file = new VFile({path: 'sample.txt', value: 'The ministry declined to comment.'})
    await createProcessor().process(file)
    expect(file.data.ledger).toBeDefined()
    expect(Array.isArray(file.data.ledger?.stances)).toBe(true)
  })

  it('turns every rule off', async () => {
    const off = Object.fromEntries(rules.map((rule) => [rule.id, 'off' as const]))
    const file = await lint({rules: off})
    expect(file.messages).toEqual([])
  })

  it('applies configured severities to every message', async () => {
    const asError = await lint({rules: Object.fromEntries(rules.map((rule) => [rule.id, 'error' as const]))})
    const asInfo = await lint({rules: Object.fromEntries(rules.map((rule) => [rule.id, ['info'] as ['info']]))})
    expect(asError.messages.length).toBe(asInfo.messages.length)
    for (const message of asError.messages) expect(message.fatal).toBe(true)
    for (const message of asInfo.messages) expect(message.fatal).toBe(undefined)
  })

  it('gives every message its source, rule id, url and a place with an end', async () => {
    const file = await lint()
    const known = new Set(rules.map((rule) => rule.id))
    for (const message of file.messages) {
      expect(message.source).toBe('vouch')
      expect(known.has(message.ruleId ?? '')).toBe(true)
      expect(message.url).toBe(rules.find((rule) => rule.id === message.ruleId)?.url)
      expect(message.place && 'end' in message.place).toBe(true)
    }
  })

  it('re-exports the ledger plugin', () => {
    expect(typeof retextVouchLedger).toBe('function')
    const file = new VFile('Officials said so.')
    unified().use(retextVouchLedger).runSync(emptyRoot, file)
    expect(file.data.ledger?.stances).toEqual([])
    expect(file.data.ledger?.claims).toEqual([])
  })
})

describe('a rule without the ledger', () => {
  it('says the ledger plugin must run first instead of passing silently', async () => {
    const {default: noComment} = await import('../../rules/no-comment.js')
    const file = new VFile({path: 'draft.txt', value: 'Gazprom declined to comment.'})
    await unified().use(noComment).run(emptyRoot, file)
    expect(file.messages.map((message) => message.reason)).toEqual([
      'vouch:no-comment needs the sourcing ledger: use `retextVouchLedger` before the rule'
    ])
  })
})
