import {describe, expect, it} from 'vitest'
import {parseEnglish} from '../../src/parse/english.js'
import {buildDocument} from '../../src/analysis/document.js'
import {analyse} from '../../src/analysis/ledger.js'

function ledgerOf(text: string) {
  return analyse(buildDocument(parseEnglish(text), text))
}

describe('quotations that are a whole paragraph', () => {
  it('are the content of a frame that ends the paragraph before with a colon', () => {
    const text = 'The council met on Monday. Dr. Lena Ward stated:\n\n“The solution to the budget gap is not new taxes, but fewer consultants.”'
    const ledger = ledgerOf(text)
    const stance = ledger.stances.find((item) => item.cue.text.startsWith('stated'))!
    const claim = ledger.claims.find((item) => item.id === stance.claim)
    expect(claim?.text).toBe('The solution to the budget gap is not new taxes, but fewer consultants')
    expect(ledger.quotations?.[0].stance).toBe(stance.id)
  })

  it('belong to the speaker of a sentence that ends the paragraph before with a colon', () => {
    const text = 'Parker Eaton, a retired teacher, said that given the candidates on both sides:\n\n“There is only one choice this year, and everybody here knows it.”'
    const ledger = ledgerOf(text)
    const said = ledger.stances.find((item) => item.cue.text === 'said')!
    expect(said.party).not.toBeNull()
    expect(ledger.quotations?.[0].stance).toBe(said.id)
  })

  it('continue the speaker of the quotation closing the paragraph before, paragraph after paragraph', () => {
    const text =
      '“We will rebuild the bridge,” Mayor Ana Ruiz said.\n\n“It will take two years, and we will not cut corners.”\n\n“Then we start on the school.”'
    const ledger = ledgerOf(text)
    const said = ledger.stances.find((item) => item.cue.text === 'said')!
    expect(ledger.quotations?.map((quotation) => quotation.stance)).toEqual([undefined, said.id, said.id])
  })

  it('are not tied to a question: the next quotation answers it', () => {
    const text = '“Do we give up on this town?” Mayor Ana Ruiz asked.\n\n“No, we will never give up on this town.”'
    expect(ledgerOf(text).quotations?.[1].stance).toBeUndefined()
  })

  it('are not tied when they have a frame of their own', () => {
    const text = '“We will rebuild the bridge,” Mayor Ana Ruiz said.\n\nHer deputy, Tom Akers, disagreed: “It cannot be done in two years.”'
    expect(ledgerOf(text).quotations?.[1].stance).toBeUndefined()
  })
})

describe('quotations that are whole sentences inside a paragraph', () => {
  it('continue the speaker of the sentence before, sentence after sentence', () => {
    const text = 'Mayor Ana Ruiz said the bridge would be rebuilt by next year. “It will take two years, and we will not cut corners.” “Then we start on the school.”'
    const ledger = ledgerOf(text)
    const said = ledger.stances.find((item) => item.cue.text === 'said')!
    expect(said.party).not.toBeNull()
    expect(ledger.quotations?.map((quotation) => quotation.stance)).toEqual([said.id, said.id])
  })

  it('continue the speaker after a conjunction that opens their sentence', () => {
    const text = 'Mayor Ana Ruiz said the bridge would be rebuilt by next year. But “it will take two years, and we will not cut corners.”'
    const ledger = ledgerOf(text)
    const said = ledger.stances.find((item) => item.cue.text === 'said')!
    expect(ledger.quotations?.[0].stance).toBe(said.id)
  })

  it('are not tied after a question, nor across a paragraph break, nor when framed in their own sentence', () => {
    expect(ledgerOf('The reporter asked Mayor Ana Ruiz whether the bridge would reopen. “No, we will never give up on this bridge.”').quotations?.[0].stance).toBeUndefined()
    expect(ledgerOf('Mayor Ana Ruiz said the bridge would be rebuilt by next year.\n\n“It will take two years, and we will not cut corners.”').quotations?.[0].stance).toBeUndefined()
    const framed = ledgerOf('Mayor Ana Ruiz said the bridge would be rebuilt by next year. “It will take two years,” her deputy Tom Akers said.')
    const ruiz = framed.stances.find((item) => item.source?.text.includes('Ruiz'))!
    expect(framed.stances.some((item) => item.source?.text.includes('Akers'))).toBe(true)
    expect(framed.quotations?.[0].stance).not.toBe(ruiz.id)
  })
})
