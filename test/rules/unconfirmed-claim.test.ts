import {describe, expect, it} from 'vitest'
import unconfirmedClaim from '../../rules/unconfirmed-claim.js'
import {LedgerBuilder, runRule, show} from './ledger-builder.js'

const text = [
  'More than 10,000 North Korean troops have been deployed to help Russia, according to US and South Korean officials.',
  '',
  'Neither Moscow nor Pyongyang has confirmed the presence of North Korean troops in Russia.'
].join('\n')

function article() {
  const b = new LedgerBuilder(text)
  const officials = b.party('US and South Korean officials', 'anonymous')
  const moscow = b.party('Moscow', 'government')
  const pyongyang = b.party('Pyongyang', 'government')
  const deployed = b.claim('More than 10,000 North Korean troops have been deployed to help Russia')
  const presence = b.claim('the presence of North Korean troops in Russia')
  b.same(deployed, presence)
  b.stance('asserts', 'according to', {party: officials, claim: deployed, source: 'US and South Korean officials'})
  b.stance('unconfirmed', 'has confirmed', {party: moscow, claim: presence, source: 'Moscow'})
  b.stance('unconfirmed', 'has confirmed', {party: pyongyang, claim: presence, source: 'Pyongyang'})
  return b
}

describe('unconfirmed-claim', () => {
  it('does not count a party that made no mention of the claim among its asserters', async () => {
    const b = new LedgerBuilder(text + '\n\nThe statement made no mention of the presence of North Korean troops in Russia.')
    const officials = b.party('US and South Korean officials', 'anonymous')
    const moscow = b.party('Moscow', 'government')
    const statement = b.party('The statement', 'publication')
    const deployed = b.claim('More than 10,000 North Korean troops have been deployed to help Russia')
    const presence = b.claim('the presence of North Korean troops in Russia')
    const omitted = b.claim('the presence of North Korean troops in Russia', 1)
    b.same(deployed, presence, omitted)
    b.stance('asserts', 'according to', {party: officials, claim: deployed, source: 'US and South Korean officials'})
    b.stance('unconfirmed', 'has confirmed', {party: moscow, claim: presence, source: 'Moscow'})
    b.stance('asserts', 'made no mention of', {party: statement, claim: omitted, source: 'The statement', silent: true})
    const [message] = await runRule(unconfirmedClaim, b)
    expect(message.reason).toContain('asserted by US and South Korean officials (1:1)')
    expect(message.reason).not.toContain('The statement')
  })

  it('names the claim, who has not confirmed it, and who asserts it where', async () => {
    const messages = await runRule(unconfirmedClaim, article())
    expect(messages.map(show)).toEqual([
      '3:44-3:89: Unconfirmed: “the presence of North Korean troops in Russia” — not confirmed by Moscow, Pyongyang; asserted by US and South Korean officials (1:1)'
    ])
    const [message] = messages
    expect(message.ruleId).toBe('unconfirmed-claim')
    expect(message.source).toBe('vouch')
    expect(message.fatal).toBe(false)
    expect(message.url).toBe('https://github.com/vouch-lint/vouch/blob/main/rules/unconfirmed-claim.md')
    // The asserting attribution is related information, with true positions.
    const asserted = message.related?.find((item) => item.message === 'Asserted here')
    expect(asserted?.place.start).toEqual({line: 1, column: 1, offset: 0})
    expect(asserted?.place.end.line).toBe(1)
    expect(message.related?.filter((item) => item.message === 'Not confirmed here')).toHaveLength(2)
  })

  it('says when no one in the text asserts the claim', async () => {
    const b = new LedgerBuilder('Moscow has not confirmed that the troops are there.')
    b.stance('unconfirmed', 'has not confirmed', {
      party: b.party('Moscow', 'government'),
      claim: b.claim('the troops are there'),
      source: 'Moscow'
    })
    const messages = await runRule(unconfirmedClaim, b)
    expect(messages.map(show)).toEqual([
      '1:31-1:51: Unconfirmed: “the troops are there” — not confirmed by Moscow; no one in the text asserts it'
    ])
  })

  it('names the three asserters nearest the claim and counts the rest', async () => {
    const names = ['Ann', 'Bob', 'Cal', 'Dee', 'Eve']
    const sentences = names.map((name) => name + ' said the deal was signed.')
    const b = new LedgerBuilder([...sentences, 'Moscow has not confirmed that the deal was signed.'].join(' '))
    const claims = names.map((_, index) => b.claim('the deal was signed', index))
    const doubted = b.claim('the deal was signed', 5)
    b.same(...claims, doubted)
    for (const [index, name] of names.entries()) {
      b.stance('asserts', b.span('said', index), {party: b.party(name, 'person'), claim: claims[index], source: name})
    }

    b.stance('unconfirmed', 'has not confirmed', {party: b.party('Moscow', 'government'), claim: doubted, source: 'Moscow'})
    const [message] = await runRule(unconfirmedClaim, b)
    expect(message.reason).toBe(
      'Unconfirmed: “the deal was signed” — not confirmed by Moscow; asserted by Cal (1:61), Dee (1:91), Eve (1:121) and 2 more'
    )
    expect(message.related?.filter((item) => item.message === 'Asserted here')).toHaveLength(5)
  })

  it('leaves claims without an unconfirmed stance alone', async () => {
    const b = new LedgerBuilder('Moscow confirmed that the troops are there, officials said.')
    const claim = b.claim('the troops are there')
    b.stance('confirms', 'confirmed', {party: b.party('Moscow', 'government'), claim, source: 'Moscow'})
    b.stance('asserts', 'said', {party: b.party('officials', 'anonymous'), claim, source: 'officials'})
    expect(await runRule(unconfirmedClaim, b)).toEqual([])
  })

  it('obeys severities: error is fatal, info is neither, off is silent', async () => {
    expect((await runRule(unconfirmedClaim, article(), 'error'))[0].fatal).toBe(true)
    const info = await runRule(unconfirmedClaim, article(), 'info')
    expect(info).toHaveLength(1)
    expect(info[0].fatal).toBe(undefined)
    expect(await runRule(unconfirmedClaim, article(), 'off')).toEqual([])
    await expect(runRule(unconfirmedClaim, article(), 'loud')).rejects.toThrow(/unknown severity `loud`.*unconfirmed-claim/)
  })
})

describe('unconfirmed-claim on the sample article', () => {
  it('gives the message an editor needs for the troops paragraph', async () => {
    const {readFileSync} = await import('node:fs')
    const sample = readFileSync(new URL('../fixtures/north-korean-missiles-unsc.txt', import.meta.url), 'utf8')
    const b = new LedgerBuilder(sample)
    const officials = b.party('US and South Korean officials', 'anonymous')
    const moscow = b.party('Moscow', 'government')
    const pyongyang = b.party('Pyongyang', 'government')
    const deployed = b.claim(
      'Russia and North Korea recently ratified a mutual defence pact and more than 10,000 North Korean troops have been deployed to help Russia in its war on Ukraine'
    )
    const presence = b.claim('the presence of North Korean troops in Russia')
    b.same(deployed, presence)
    b.stance('asserts', 'according to', {party: officials, claim: deployed, source: 'US and South Korean officials'})
    const neither = b.span('Neither Moscow nor Pyongyang has confirmed')
    const cue = {start: neither.end - 'has confirmed'.length, end: neither.end, text: 'has confirmed'}
    b.stance('unconfirmed', cue, {party: moscow, claim: presence, source: {start: neither.start + 8, end: neither.start + 14, text: 'Moscow'}})
    b.stance('unconfirmed', cue, {party: pyongyang, claim: presence, source: {start: neither.start + 19, end: neither.start + 28, text: 'Pyongyang'}})
    const messages = await runRule(unconfirmedClaim, b)
    expect(messages.map((message) => message.reason)).toEqual([
      'Unconfirmed: “the presence of North Korean troops in Russia” — not confirmed by Moscow, Pyongyang; asserted by US and South Korean officials (25:1)'
    ])
    expect(messages[0].line).toBe(27)
  })
})
