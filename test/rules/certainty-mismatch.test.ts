import {describe, expect, it} from 'vitest'
import certaintyMismatch from '../../rules/certainty-mismatch.js'
import {LedgerBuilder, runRule, show} from './ledger-builder.js'

const text = [
  'North Korean troops are fighting in Kursk.',
  '',
  'Neither Moscow nor Pyongyang has confirmed that North Korean troops are fighting in Kursk.'
].join('\n')

/** The flat statement, and the same claim not confirmed by Moscow. */
function unconfirmedByMoscow() {
  const b = new LedgerBuilder(text)
  const flat = b.claim('North Korean troops are fighting in Kursk')
  const doubted = b.claim('North Korean troops are fighting in Kursk', 1)
  b.same(flat, doubted)
  b.stance('unconfirmed', 'has confirmed', {party: b.party('Moscow', 'government'), claim: doubted, source: 'Moscow'})
  return {b, doubted}
}

describe('certainty-mismatch', () => {
  it('is off by default and runs when a config turns it on', async () => {
    const {b} = unconfirmedByMoscow()
    expect(await runRule(certaintyMismatch, b)).toEqual([])
    expect(await runRule(certaintyMismatch, b, 'on')).toHaveLength(1)
    const [message] = await runRule(certaintyMismatch, b, {})
    expect(message?.fatal).toBe(false)
  })

  it('points at the flat statement and at where the story says it is unconfirmed', async () => {
    const {b, doubted} = unconfirmedByMoscow()
    b.stance('unconfirmed', 'has confirmed', {
      party: b.party('Pyongyang', 'government'),
      claim: doubted,
      source: 'Pyongyang'
    })
    const messages = await runRule(certaintyMismatch, b, 'warn')
    expect(messages.map(show)).toEqual([
      '1:1-1:42: Stated as fact: “North Korean troops are fighting in Kursk”, but not confirmed by Moscow, Pyongyang (3:9) — attribute or qualify it here'
    ])
    expect(messages[0].related?.map((item) => item.place.start.line)).toEqual([3, 3])
  })

  it('counts hedges and denials as doubt', async () => {
    const b = new LedgerBuilder('The general was reportedly killed. The general was killed on Tuesday.')
    const hedged = b.claim('The general was reportedly killed')
    const flat = b.claim('The general was killed')
    b.same(hedged, flat)
    b.stance('hedged', 'reportedly', {claim: hedged})
    expect((await runRule(certaintyMismatch, b, 'warn')).map(show)).toEqual([
      '1:36-1:58: Stated as fact: “The general was killed”, but hedged with “reportedly” (1:1) — attribute or qualify it here'
    ])
  })

  it('leaves a linked claim alone when it is attributed', async () => {
    const b = new LedgerBuilder(
      'North Korean troops are fighting in Kursk, officials said. Moscow has not confirmed that North Korean troops are fighting in Kursk.'
    )
    const asserted = b.claim('North Korean troops are fighting in Kursk')
    const doubted = b.claim('North Korean troops are fighting in Kursk', 1)
    b.same(asserted, doubted)
    b.stance('asserts', 'said', {party: b.party('officials', 'anonymous'), claim: asserted, source: 'officials'})
    b.stance('unconfirmed', 'has not confirmed', {party: b.party('Moscow', 'government'), claim: doubted})
    expect(await runRule(certaintyMismatch, b, 'warn')).toEqual([])
  })

  it('leaves unlinked flat statements alone', async () => {
    const b = new LedgerBuilder('Troops are in Kursk. Moscow has not confirmed the casualties.')
    b.claim('Troops are in Kursk')
    b.stance('unconfirmed', 'has not confirmed', {
      party: b.party('Moscow', 'government'),
      claim: b.claim('the casualties')
    })
    expect(await runRule(certaintyMismatch, b, 'warn')).toEqual([])
  })
})
