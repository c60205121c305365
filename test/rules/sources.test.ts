import {describe, expect, it} from 'vitest'
import anonymousSource from '../../rules/anonymous-source.js'
import stateMediaSource from '../../rules/state-media-source.js'
import {LedgerBuilder, runRule, show} from './ledger-builder.js'

describe('anonymous-source', () => {
  it('flags a claim resting only on anonymous sources and says the anonymity is unexplained', async () => {
    const b = new LedgerBuilder('The troops were moved to Kursk, officials said.')
    b.stance('asserts', 'said', {
      party: b.party('officials', 'anonymous'),
      claim: b.claim('The troops were moved to Kursk'),
      source: 'officials'
    })
    expect((await runRule(anonymousSource, b)).map(show)).toEqual([
      '1:33-1:47: Only anonymous sources for “The troops were moved to Kursk”: officials — the text does not say why they are not named'
    ])
  })

  it('says so when the text explains the anonymity, and can allow it', async () => {
    const text =
      'The troops were moved to Kursk, an official said, speaking on condition of anonymity because he was not authorised to brief reporters.'
    const b = new LedgerBuilder(text)
    const official = b.party('an official', 'anonymous', {
      anonymity: new LedgerBuilder(text).span('because he was not authorised to brief reporters')
    })
    b.stance('asserts', 'said', {party: official, claim: b.claim('The troops were moved to Kursk'), source: 'an official'})
    const messages = await runRule(anonymousSource, b)
    expect(messages.map(show)).toEqual([
      '1:33-1:49: Only anonymous sources for “The troops were moved to Kursk”: an official — the text says why they are not named (“because he was not authorised to brief reporters”)'
    ])
    expect(messages[0].related?.[0].message).toBe('Why an official is not named')
    expect(await runRule(anonymousSource, b, ['warn', {allowExplained: true}])).toEqual([])
  })

  it('calls vague sources vague', async () => {
    const b = new LedgerBuilder('Experts say the sanctions have failed.')
    b.stance('asserts', 'say', {
      party: b.party('Experts', 'vague'),
      claim: b.claim('the sanctions have failed'),
      source: 'Experts'
    })
    expect((await runRule(anonymousSource, b)).map(show)).toEqual([
      '1:1-1:12: Only vague sources for “the sanctions have failed”: Experts — say who'
    ])
  })

  it('names a party whose mention runs over a line break on one line', async () => {
    const b = new LedgerBuilder('Top stories\nThe City\nCouncil staff say the budget is short.')
    b.stance('asserts', 'say', {
      party: b.party('City\nCouncil staff', 'vague'),
      claim: b.claim('the budget is short'),
      source: 'City\nCouncil staff'
    })
    const [message] = await runRule(anonymousSource, b)
    expect(message.reason).toBe('Only vague sources for “the budget is short”: City Council staff — say who')
  })

  it('leaves a claim alone once a named party also stands behind it (through sameAs too)', async () => {
    const b = new LedgerBuilder('The troops were moved, officials said. Kyiv confirmed the troops were moved.')
    const first = b.claim('The troops were moved')
    const second = b.claim('the troops were moved')
    b.same(first, second)
    b.stance('asserts', 'said', {party: b.party('officials', 'anonymous'), claim: first, source: 'officials'})
    b.stance('confirms', 'confirmed', {party: b.party('Kyiv', 'government'), claim: second, source: 'Kyiv'})
    expect(await runRule(anonymousSource, b)).toEqual([])
  })

  it('reports a group of linked claims once', async () => {
    const b = new LedgerBuilder('The troops were moved, officials said. The troops were moved, a source said.')
    const first = b.claim('The troops were moved')
    const second = b.claim('The troops were moved', 1)
    b.same(first, second)
    b.stance('asserts', 'said', {party: b.party('officials', 'anonymous'), claim: first, source: 'officials'})
    b.stance('asserts', b.span('said', 1), {party: b.party('a source', 'anonymous'), claim: second, source: 'a source'})
    const messages = await runRule(anonymousSource, b)
    expect(messages).toHaveLength(1)
    expect(messages[0].reason).toContain('officials, a source')
  })

  it('is not cleared by a linked claim that no one is cited for, and names the claim as the unnamed source puts it', async () => {
    const b = new LedgerBuilder('Sanders is seeking talks with the White House. Talks with the White House are under way, an official said.')
    const first = b.claim('Sanders is seeking talks with the White House')
    const second = b.claim('Talks with the White House are under way')
    b.same(first, second)
    b.stance('asserts', 'is seeking', {claim: first})
    b.stance('asserts', 'said', {party: b.party('an official', 'anonymous'), claim: second, source: 'an official'})
    expect((await runRule(anonymousSource, b)).map(show)).toEqual([
      '1:90-1:106: Only anonymous sources for “Talks with the White House are under way”: an official — the text does not say why they are not named'
    ])
  })

  it('reports one sentence once when the same sources make two claims in it', async () => {
    const b = new LedgerBuilder('Critics said the plan failed, saying the money was wasted.')
    const critics = b.party('Critics', 'vague')
    b.stance('asserts', 'said', {party: critics, claim: b.claim('the plan failed, saying the money was wasted'), source: 'Critics'})
    b.stance('asserts', 'saying', {party: critics, claim: b.claim('the money was wasted'), source: 'Critics'})
    const messages = await runRule(anonymousSource, b)
    expect(messages.map(show)).toEqual(['1:1-1:13: Only vague sources for “the plan failed, saying the money was wasted”: Critics — say who'])
  })

  it('does not guess when a source has no resolved party', async () => {
    const b = new LedgerBuilder('The troops were moved, they said.')
    b.stance('asserts', 'said', {claim: b.claim('The troops were moved'), source: 'they'})
    expect(await runRule(anonymousSource, b)).toEqual([])
  })
})

describe('state-media-source', () => {
  const text =
    'In a statement carried by the Korean Central News Agency, a Foreign Ministry spokesman said the alliance was effective.'

  it('flags a claim carried by state media as the channel, at the outlet', async () => {
    const b = new LedgerBuilder(text)
    const kcna = b.party('the Korean Central News Agency', 'state-media')
    b.stance('asserts', 'said', {
      party: b.party('a Foreign Ministry spokesman', 'anonymous'),
      claim: b.claim('the alliance was effective'),
      source: 'a Foreign Ministry spokesman',
      via: kcna
    })
    const messages = await runRule(stateMediaSource, b)
    expect(messages.map(show)).toEqual([
      '1:27-1:57: “the alliance was effective” is carried by the Korean Central News Agency, state media — say so and seek independent confirmation'
    ])
    expect(messages[0].related?.[0].message).toBe('Attributed here')
  })

  it('flags state media as the speaker', async () => {
    const b = new LedgerBuilder('KCNA said the test was a success.')
    b.stance('asserts', 'said', {
      party: b.party('KCNA', 'state-media'),
      claim: b.claim('the test was a success'),
      source: 'KCNA'
    })
    expect((await runRule(stateMediaSource, b)).map(show)).toEqual([
      '1:1-1:10: “the test was a success” comes from KCNA, state media — say so and seek independent confirmation'
    ])
  })

  it('leaves news agencies alone', async () => {
    const b = new LedgerBuilder('Yonhap reported that the test failed.')
    b.stance('asserts', 'reported', {
      party: b.party('Yonhap', 'news-agency'),
      claim: b.claim('the test failed'),
      source: 'Yonhap'
    })
    expect(await runRule(stateMediaSource, b)).toEqual([])
  })
})

describe('claims in messages', () => {
  it('drop a trailing comma left from the attribution', async () => {
    const b = new LedgerBuilder('The troops were moved, officials said.')
    b.stance('asserts', 'said', {
      party: b.party('officials', 'anonymous'),
      claim: b.claim('The troops were moved,'),
      source: 'officials'
    })
    const [message] = await runRule(anonymousSource, b)
    expect(message.reason).toContain('for “The troops were moved”:')
  })
})
