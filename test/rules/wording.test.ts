import {describe, expect, it} from 'vitest'
import loadedAttributionVerb from '../../rules/loaded-attribution-verb.js'
import unattributedQuote from '../../rules/unattributed-quote.js'
import {LedgerBuilder, runRule, show} from './ledger-builder.js'

describe('loaded-attribution-verb', () => {
  function said(text: string, cue: string) {
    const b = new LedgerBuilder(text)
    b.stance('asserts', cue, {party: b.party('The minister', 'person'), source: 'The minister'})
    return b
  }

  it('suggests the neutral verb in the same tense, at the verb', async () => {
    const past = await runRule(loadedAttributionVerb, said('The minister claimed the army had withdrawn.', 'claimed'))
    expect(past.map(show)).toEqual([
      '1:14-1:21: Loaded attribution verb “claimed” for the minister: use “said”, which does not judge what is reported'
    ])
    expect(past[0].expected).toEqual(['said'])
    expect(past[0].actual).toBe('claimed')

    const present = await runRule(loadedAttributionVerb, said('The minister admits the army has withdrawn.', 'admits'))
    expect(present[0].expected).toEqual(['says'])
  })

  it('finds the verb inside a longer cue and keeps its case', async () => {
    const perfect = await runRule(loadedAttributionVerb, said('The minister has conceded that it failed.', 'has conceded'))
    expect(perfect.map(show)).toEqual([
      '1:18-1:26: Loaded attribution verb “conceded” for the minister: use “said”, which does not judge what is reported'
    ])
    const b = new LedgerBuilder('“It failed,” Claimed the minister.')
    b.stance('asserts', 'Claimed', {party: b.party('the minister', 'person')})
    expect((await runRule(loadedAttributionVerb, b))[0].expected).toEqual(['Said'])
    const multi = await runRule(loadedAttributionVerb, said('The minister railed against the plan.', 'railed against'))
    expect(multi[0].expected).toEqual(['criticized'])
    expect(multi[0].actual).toBe('railed against')
  })

  it('leaves neutral verbs and non-assertions alone', async () => {
    expect(await runRule(loadedAttributionVerb, said('The minister said the army had withdrawn.', 'said'))).toEqual([])
    const b = new LedgerBuilder('The minister denied the claims.')
    b.stance('denies', 'denied', {party: b.party('The minister', 'person')})
    expect(await runRule(loadedAttributionVerb, b)).toEqual([])
    // "claimant" contains "claim" but is not the verb.
    expect(await runRule(loadedAttributionVerb, said('The minister claimant said so.', 'claimant'))).toEqual([])
  })

  it('reports a cue read both as an assertion and as a confirmation once', async () => {
    const b = said('The minister admits the army has withdrawn.', 'admits')
    b.stance('confirms', 'admits', {party: 'p1', source: 'The minister'})
    expect((await runRule(loadedAttributionVerb, b)).map(show)).toEqual([
      '1:14-1:20: Loaded attribution verb “admits” for the minister: use “says”, which does not judge what is reported'
    ])
  })

  it('takes more verbs, or fewer, from options', async () => {
    const fumed = said('The minister fumed that the plan had failed.', 'fumed')
    expect(await runRule(loadedAttributionVerb, fumed)).toEqual([])
    const added = await runRule(loadedAttributionVerb, fumed, ['warn', {verbs: {fumed: 'said'}}])
    expect(added[0].expected).toEqual(['said'])
    const claimed = said('The minister claimed the army had withdrawn.', 'claimed')
    expect(await runRule(loadedAttributionVerb, claimed, ['warn', {verbs: {claimed: null}}])).toEqual([])
  })
})

describe('unattributed-quote', () => {
  it('flags a quotation no one says', async () => {
    const text = 'The talks collapsed. “We will not negotiate under fire.” The delegation left.'
    const b = new LedgerBuilder(text)
    b.quotation('“We will not negotiate under fire.”')
    expect((await runRule(unattributedQuote, b)).map(show)).toEqual([
      '1:22-1:57: Unattributed quotation “We will not negotiate under fire.”: who said it?'
    ])
  })

  it('leaves terms, titles and slogans alone', async () => {
    const text = 'The so-called “peace plan” was shelved.'
    const b = new LedgerBuilder(text)
    b.ledger.quotations = [{...b.span('“peace plan”'), term: true}]
    expect(await runRule(unattributedQuote, b)).toEqual([])
  })

  it('leaves quotations the analysis tied to a stance alone', async () => {
    const text = 'The minister spoke. “We will not negotiate under fire.”'
    const b = new LedgerBuilder(text)
    const stance = b.stance('asserts', 'spoke', {party: b.party('The minister', 'person'), source: 'The minister'})
    b.quotation('“We will not negotiate under fire.”', stance)
    expect(await runRule(unattributedQuote, b)).toEqual([])
  })

  it('leaves quotations shorter than `minimumWords` alone when asked', async () => {
    const text = 'Officials called the move “deeply troubling” on Friday.'
    const b = new LedgerBuilder(text)
    b.quotation('“deeply troubling”')
    expect(await runRule(unattributedQuote, b)).toHaveLength(1)
    expect(await runRule(unattributedQuote, b, ['warn', {minimumWords: 3}])).toEqual([])
  })

  it('says where a quotation that never opens must be mended', async () => {
    const text = 'Oz took him through a review of [his] systems" and his heart.'
    const b = new LedgerBuilder(text)
    b.ledger.quotations = [{...b.span('Oz took him through a review of [his] systems"'), unopened: true}]
    const [message] = await runRule(unattributedQuote, b)
    expect(message.note).toContain('never opens')
  })

  it('does nothing without quotations in the ledger', async () => {
    expect(await runRule(unattributedQuote, new LedgerBuilder('“We will not negotiate under fire.”'))).toEqual([])
  })
})
