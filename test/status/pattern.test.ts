import {describe, expect, it} from 'vitest'
import {compilePattern, indexPatterns, matchAt} from '../../src/analysis/status/pattern.js'
import {wordView} from '../../src/analysis/status/context.js'
import {documentOf} from './helpers.js'

function matches(pattern: string, text: string, classes: Record<string, string[]> = {}) {
  const compiled = compilePattern(pattern, classes, null)
  const doc = documentOf(text)
  const view = wordView(doc)
  const index = indexPatterns([compiled])
  const found: string[] = []
  for (const sentence of doc.sentences) {
    for (let at = sentence.firstToken; at < sentence.endToken; at++) {
      if (!index.get(view.keys[at])) continue
      const match = matchAt(view, compiled, at, sentence.firstToken, sentence.endToken)
      if (match) found.push(text.slice(doc.tokens[match.first].start, doc.tokens[match.last].end))
    }
  }

  return found
}

describe('status patterns', () => {
  it('matches negation in all its spellings', () => {
    const pattern = 'NEG @immediately? respond'
    const classes = {immediately: ['immediately']}
    expect(matches(pattern, 'He did not respond.', classes)).toEqual(['did not respond'])
    expect(matches(pattern, 'He didn’t immediately respond.', classes)).toEqual(['didn’t immediately respond'])
    expect(matches(pattern, 'They cannot respond.', classes)).toEqual(['cannot respond'])
    expect(matches(pattern, 'They respond quickly.', classes)).toEqual([])
  })

  it('skips a bounded number of words and quotation marks, never other punctuation', () => {
    expect(matches('no *2 evidence', "There is no ''direct evidence'' of it.")).toEqual(["no ''direct evidence"])
    expect(matches('no *2 evidence', 'There is no clear, direct evidence.')).toEqual([])
    expect(matches('no *2 evidence', 'No one has any new evidence.')).toEqual([])
  })

  it('matches the clause end with `$`', () => {
    expect(matches('would not say $', 'He would not say.')).toEqual(['would not say'])
    expect(matches('would not say $', 'He would not say much.')).toEqual([])
  })

  it('refuses unknown word classes loudly', () => {
    expect(() => compilePattern('@nothing here', {}, null)).toThrow(/unknown word class/)
  })
})
