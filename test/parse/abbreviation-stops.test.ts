import {describe, expect, it} from 'vitest'
import {parseEnglish} from '../../src/parse/english.js'
import {buildDocument} from '../../src/analysis/document.js'

function sentences(text: string): string[] {
  const doc = buildDocument(parseEnglish(text), text)
  return doc.sentences.map((sentence) => text.slice(sentence.start, sentence.end))
}

describe('a stop after "No." before a number', () => {
  it('ends no sentence', () => {
    expect(sentences('Senator John Cornyn, the No. 2 Republican in the Senate, said the vote was near. He left.')).toEqual([
      'Senator John Cornyn, the No. 2 Republican in the Senate, said the vote was near.',
      'He left.'
    ])
  })

  it('but a lower-case "no." is the word, and a capital after the stop still opens a sentence', () => {
    expect(sentences('They said no. 2 cars came later.')).toHaveLength(2)
    expect(sentences('The answer was No. Then he left.')).toHaveLength(2)
  })
})
