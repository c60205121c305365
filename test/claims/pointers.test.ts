/**
 * Claims that point instead of saying ("denied the allegations", "a charge
 * which the administration denies", "that is not true"): resolved to the
 * claim they mean, or left unresolved — and the status messages then quote
 * the claim meant, or say nothing false about who asserts it.
 */
import {describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import {analyse} from '../../src/analysis/ledger.js'
import {createProcessor} from '../../src/processor.js'
import {documentOf} from '../status/helpers.js'

/** For each status stance: its claim's words, and the words of the claim it refers to (if it is a pointer). */
function pointers(text: string) {
  const ledger = analyse(documentOf(text))
  const claim = (id: string | null | undefined) => ledger.claims.find((item) => item.id === id)
  return ledger.stances
    .filter((stance) => stance.kind === 'denies' || stance.kind === 'unconfirmed')
    .map((stance) => {
      const own = claim(stance.claim)
      return {claim: own?.text ?? null, refersTo: own?.refersTo === undefined ? undefined : (claim(own.refersTo)?.text ?? null)}
    })
}

async function messages(rule: string, text: string) {
  const file = new VFile({path: 'story.txt', value: text})
  await createProcessor().process(file)
  return file.messages.filter((message) => message.ruleId === rule).map((message) => message.reason)
}

describe('claim pointers', () => {
  it('resolves "the report" to what was reported, not to what the denier says about it', () => {
    const text =
      'Reuters reported that the oil ministry had awarded the contract to a Canadian company. ' +
      'Petrel said it had received no information from the Iraqi authorities to confirm or deny the report.'
    expect(pointers(text)).toEqual([{claim: 'the report', refersTo: 'that the oil ministry had awarded the contract to a Canadian company'}])
  })

  it('resolves "a charge which … denies" to the accusation of the same sentence', () => {
    const text = 'Democrats have accused the president of hiding the cost of the war, a charge which the administration denies.'
    const [pointer] = pointers(text)
    expect(pointer.claim).toBe('a charge')
    expect(pointer.refersTo).toMatch(/^the president of hiding the cost of the war/)
  })

  it('leaves a pointer with nothing of its kind before it unresolved, and a claim that states something alone', () => {
    expect(pointers('Trump and his attorneys have vigorously denied the fraud claims.')).toEqual([{claim: 'the fraud claims', refersTo: null}])
    expect(pointers('The Kremlin denied that its troops had crossed the border.')).toEqual([
      {claim: 'its troops had crossed the border', refersTo: undefined}
    ])
  })

  it('does not take a far plain "said" for what an allegation means', () => {
    const text = [
      'The mayor said the budget would be balanced next year.',
      'The council met on Tuesday.',
      'Several members left early.',
      'The vote was postponed.',
      'The firm denied the allegations.'
    ].join(' ')
    expect(pointers(text)).toEqual([{claim: 'the allegations', refersTo: null}])
  })
})

describe('status messages on pointers', () => {
  it('quotes the claim meant and names who makes it', async () => {
    const text =
      'The Sunday Times reported that the minister had accepted payments from a lobbyist. The minister denied the report on Monday.'
    expect(await messages('denied-claim', text)).toEqual([
      'Denied: “that the minister had accepted payments from a lobbyist” — denied by the minister; asserted by Sunday Times (1:1)'
    ])
  })

  it('says nothing false about asserters when the claim is not in the text', async () => {
    const [message] = await messages('denied-claim', 'Trump and his attorneys have vigorously denied the fraud claims.')
    expect(message).toBe(
      'Denied: “the fraud claims” — denied by Trump and his attorneys; the text does not say here what the claim is or who makes it'
    )
  })

  it('does not crash on a claim with no word in it', () => {
    expect(() => analyse(documentOf('The firm denied the $5m.'))).not.toThrow()
  })
})
