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
