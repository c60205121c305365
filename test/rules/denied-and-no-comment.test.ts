import {describe, expect, it} from 'vitest'
import deniedClaim from '../../rules/denied-claim.js'
import noComment from '../../rules/no-comment.js'
import {LedgerBuilder, runRule, show} from './ledger-builder.js'

describe('denied-claim', () => {
  it('names the denier and who made the claim', async () => {
    const b = new LedgerBuilder(
      'Reuters reported that the factory had been shut. The ministry denied that the factory had been shut.'
    )
    const first = b.claim('the factory had been shut')
    const second = b.claim('the factory had been shut', 1)
    b.same(first, second)
    b.stance('asserts', 'reported', {party: b.party('Reuters', 'news-agency'), claim: first, source: 'Reuters'})
    b.stance('denies', 'denied', {party: b.party('The ministry', 'government'), claim: second, source: 'The ministry'})
    const messages = await runRule(deniedClaim, b)
    expect(messages.map(show)).toEqual([
      '1:75-1:100: Denied: “the factory had been shut” — denied by the ministry; asserted by Reuters (1:1)'
    ])
    expect(messages[0].related?.map((item) => item.message)).toEqual(['Denied here', 'Asserted here'])
  })

  it('does not count the denier as the claim’s asserter', async () => {
    const b = new LedgerBuilder('The ministry denied the report, saying the factory was open.')
    const ministry = b.party('The ministry', 'government')
    const claim = b.claim('the report')
    b.stance('denies', 'denied', {party: ministry, claim, source: 'The ministry'})
    b.stance('asserts', 'saying', {party: ministry, claim, source: 'The ministry'})
    expect((await runRule(deniedClaim, b)).map(show)).toEqual([
      '1:21-1:31: Denied: “the report” — denied by the ministry; no one in the text asserts it'
    ])
  })

  it('leaves claims no one denies alone', async () => {
    const b = new LedgerBuilder('The ministry said the factory was open.')
    b.stance('asserts', 'said', {
      party: b.party('The ministry', 'government'),
      claim: b.claim('the factory was open'),
      source: 'The ministry'
    })
    expect(await runRule(deniedClaim, b)).toEqual([])
  })
})

describe('no-comment', () => {
  const text = 'The Russian defence ministry did not respond to a request for comment.'
  function ledger() {
    const b = new LedgerBuilder(text)
    b.stance('no-comment', 'did not respond to a request for comment', {
      party: b.party('The Russian defence ministry', 'government'),
      source: 'The Russian defence ministry'
    })
    return b
  }

  it('names who did not comment, as info by default', async () => {
    const messages = await runRule(noComment, ledger())
    expect(messages.map(show)).toEqual([
      '1:1-1:70: No comment from The Russian defence ministry (“did not respond to a request for comment”): their side is missing'
    ])
    expect(messages[0].fatal).toBe(undefined)
    expect(messages[0].ruleId).toBe('no-comment')
  })

  it('can be raised to a warning', async () => {
    const messages = await runRule(noComment, ledger(), 'warn')
    expect(messages[0].fatal).toBe(false)
  })

  it('ignores other stances', async () => {
    const b = new LedgerBuilder('The ministry said nothing had changed.')
    b.stance('asserts', 'said', {party: b.party('The ministry', 'government'), source: 'The ministry'})
    expect(await runRule(noComment, b)).toEqual([])
  })
})
