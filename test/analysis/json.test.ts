import {describe, expect, it} from 'vitest'
import {toLedgerJson} from '../../src/analysis/json.js'
import type {Ledger} from '../../src/analysis/types.js'

const text = 'Jonah Leff told the council that the missiles were new.'
const span = (part: string) => {
  const start = text.indexOf(part)
  return {start, end: start + part.length, text: part}
}

const ledger: Ledger = {
  parties: [
    {
      id: 'p1',
      name: 'Jonah Leff',
      kind: 'person',
      descriptor: null,
      mentions: [span('Jonah Leff')],
      anonymity: null
    }
  ],
  claims: [{id: 'c1', ...span('the missiles were new'), sameAs: []}],
  stances: [
    {
      id: 's1',
      kind: 'asserts',
      party: 'p1',
      claim: 'c1',
      cue: span('told'),
      source: span('Jonah Leff'),
      via: null
    }
  ]
}

describe('toLedgerJson', () => {
  it('has exactly the contract’s fields, in the contract’s shape', () => {
    const json = JSON.parse(JSON.stringify(toLedgerJson(ledger, 'draft.txt')))
    expect(Object.keys(json)).toEqual(['path', 'parties', 'claims', 'stances'])
    expect(json.path).toBe('draft.txt')
    expect(Object.keys(json.parties[0])).toEqual(['id', 'name', 'kind', 'descriptor', 'mentions', 'anonymity'])
    expect(Object.keys(json.claims[0])).toEqual(['id', 'start', 'end', 'text', 'sameAs'])
    expect(Object.keys(json.stances[0])).toEqual(['id', 'kind', 'party', 'claim', 'cue', 'source', 'via'])
    expect(json.stances[0].via).toBeNull()
  })

  it('keeps offsets as indices into the text, end exclusive', () => {
    const json = toLedgerJson(ledger, 'draft.txt')
    for (const stance of json.stances) {
      expect(text.slice(stance.cue.start, stance.cue.end)).toBe(stance.cue.text)
    }

    for (const claim of json.claims) expect(text.slice(claim.start, claim.end)).toBe(claim.text)
  })

  it("does not leak internal fields added to spans", () => {
    const withExtra = structuredClone(ledger)
    Object.assign(withExtra.parties[0].mentions[0], {internal: true})
    const json = toLedgerJson(withExtra, 'x.txt')
    expect(Object.keys(json.parties[0].mentions[0])).toEqual(['start', 'end', 'text'])
    Object.assign(withExtra.stances[0].cue, {internal: true})
    expect(Object.keys(toLedgerJson(withExtra, 'x.txt').stances[0].cue)).toEqual(['start', 'end', 'text'])
  })
})
