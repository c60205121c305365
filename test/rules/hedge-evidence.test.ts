import {describe, expect, it} from 'vitest'
import unsourcedHedge from '../../rules/unsourced-hedge.js'
import claimWithoutEvidence from '../../rules/claim-without-evidence.js'
import {LedgerBuilder, runRule, show} from './ledger-builder.js'

describe('unsourced-hedge', () => {
  it('asks by whom when no one asserts the hedged claim', async () => {
    const b = new LedgerBuilder('The general was reportedly killed in a drone strike.')
    b.stance('hedged', 'reportedly', {claim: b.claim('The general was reportedly killed in a drone strike')})
    expect((await runRule(unsourcedHedge, b)).map(show)).toEqual([
      '1:17-1:27: Unsourced hedge “reportedly”: by whom? Name who says so'
    ])
  })

  it('flags a hedge with no claim at all', async () => {
    const b = new LedgerBuilder('It is believed to be the largest such deployment.')
    b.stance('hedged', 'It is believed')
    expect((await runRule(unsourcedHedge, b)).map(show)).toEqual([
      '1:1-1:15: Unsourced hedge “It is believed”: by whom? Name who says so'
    ])
  })

  it('leaves a hedge alone when someone asserts the claim, directly or through a linked claim', async () => {
    const b = new LedgerBuilder(
      'The general was reportedly killed, Ukrainian officials said. The general was killed, they said.'
    )
    const officials = b.party('Ukrainian officials', 'anonymous')
    const hedged = b.claim('The general was reportedly killed')
    b.stance('hedged', 'reportedly', {claim: hedged})
    b.stance('asserts', 'said', {party: officials, claim: hedged, source: 'Ukrainian officials'})
    expect(await runRule(unsourcedHedge, b)).toEqual([])

    const c = new LedgerBuilder(b.text)
    const hedgedAgain = c.claim('The general was reportedly killed')
    const flat = c.claim('The general was killed')
    c.same(hedgedAgain, flat)
    c.stance('hedged', 'reportedly', {claim: hedgedAgain})
    c.stance('asserts', c.span('said', 1), {party: c.party('they', 'anonymous'), claim: flat, source: c.span('they', 0)})
    expect(await runRule(unsourcedHedge, c)).toEqual([])
  })
})

describe('claim-without-evidence', () => {
  it('flags the claim made without evidence and names who made it', async () => {
    const b = new LedgerBuilder('The senator claimed, without evidence, that the vote was rigged.')
    b.stance('no-evidence', 'without evidence', {
      party: b.party('The senator', 'person'),
      claim: b.claim('the vote was rigged'),
      source: 'The senator'
    })
    const messages = await runRule(claimWithoutEvidence, b)
    expect(messages.map(show)).toEqual([
      '1:45-1:64: Claim without evidence: “the vote was rigged” (the senator) — keep it attributed and do not repeat it as fact'
    ])
    expect(messages[0].related?.[0].place.start.column).toBe(22)
  })

  it('ignores other stances', async () => {
    const b = new LedgerBuilder('The senator said the vote was fair.')
    b.stance('asserts', 'said', {party: b.party('The senator', 'person'), claim: b.claim('the vote was fair')})
    expect(await runRule(claimWithoutEvidence, b)).toEqual([])
  })
})
