import {describe, expect, it} from 'vitest'
import {buildDocument, tokenEndingAfter, tokenStartingFrom} from '../../src/analysis/document.js'
import {parseEnglish} from '../../src/parse/english.js'

function doc(text: string) {
  return buildDocument(parseEnglish(text), text)
}

describe('buildDocument', () => {
  it('indexes tokens, sentences and paragraphs with offsets into the text', () => {
    const text = 'Leff told the council.  “It is new,” he said.\n\nThe NIS agreed.'
    const d = doc(text)
    expect(d.tokens.map((token) => token.text)).toEqual([
      'Leff', 'told', 'the', 'council', '.', '“', 'It', 'is', 'new', ',', '”', 'he', 'said', '.', 'The', 'NIS', 'agreed', '.'
    ])
    for (const token of d.tokens) expect(text.slice(token.start, token.end)).toBe(token.text)
    expect(d.sentences).toHaveLength(3)
    expect(d.paragraphs).toHaveLength(2)
    expect(d.tokens[14]).toMatchObject({text: 'The', sentence: 2, paragraph: 1, spaceBefore: true})
    expect(d.tokens[4]).toMatchObject({text: '.', spaceBefore: false, kind: 'punctuation'})
    expect(d.tokens[15].lower).toBe('nis')
  })

  it('has no tokens for an empty or blank text', () => {
    expect(doc('').tokens).toEqual([])
    expect(doc(' \n\n ').sentences).toEqual([])
  })
})

describe('token lookups by offset', () => {
  const text = 'Leff told  the council.'
  const d = doc(text)

  it('finds the first token ending after an offset', () => {
    expect(tokenEndingAfter(d, 0)).toBe(0)
    expect(tokenEndingAfter(d, 4)).toBe(1) // “Leff” ends at 4
    expect(tokenEndingAfter(d, 10)).toBe(2) // inside the double space
    expect(tokenEndingAfter(d, text.length)).toBe(d.tokens.length)
  })

  it('finds the first token starting at or after an offset', () => {
    expect(tokenStartingFrom(d, 0)).toBe(0)
    expect(tokenStartingFrom(d, 1)).toBe(1)
    expect(tokenStartingFrom(d, 10)).toBe(2)
    expect(tokenStartingFrom(d, text.length + 5)).toBe(d.tokens.length)
  })

  it('answers past the end on an empty document', () => {
    const empty = doc('')
    expect(tokenEndingAfter(empty, 0)).toBe(0)
    expect(tokenStartingFrom(empty, 3)).toBe(0)
  })
})
