import {describe, expect, it} from 'vitest'
import {emptyScores, prf, scoreArticle, trim} from '../../bench/score.js'

const text = 'Ann said that “it rains.” Bob agreed.'
const span = (value: string, from = 0) => {
  const start = text.indexOf(value, from)
  return {start, end: start + value.length}
}

describe('attribution metrics (spec/evaluation.md §1)', () => {
  it('trims white space and punctuation at both ends', () => {
    expect(trim(text, span('“it rains.” '))).toEqual(span('it rains'))
  })

  it('scores exact spans once per gold span, tokens, attributions and strict sources', () => {
    const gold = [
      {source: [span('Ann')], cue: [span('said')], content: [span('that “it rains.”')]},
      {source: [span('Bob')], cue: [span('agreed')], content: []}
    ]
    const predicted = [
      // Same content after trimming; source differs.
      {cue: span('said'), source: span('Ann said'), content: span('that “it rains.')},
      // A duplicate cue cannot match the same gold span twice.
      {cue: span('said'), source: null, content: null}
    ]
    const scores = emptyScores()
    scoreArticle(text, gold, predicted, scores)
    expect(scores.exact.cue).toEqual({correct: 1, predicted: 2, gold: 2})
    expect(scores.exact.content).toEqual({correct: 1, predicted: 1, gold: 1})
    expect(scores.exact.source).toEqual({correct: 0, predicted: 1, gold: 2})
    // Tokens: gold source Ann, Bob; predicted Ann, said.
    expect(scores.tokens.source).toEqual({correct: 1, predicted: 2, gold: 2})
    // One predicted "said" matches the gold "said"; "agreed" is missed.
    expect(scores.attribution).toEqual({correct: 1, predicted: 2, gold: 2})
    expect(scores.strictSource).toEqual({pairs: 1, equal: 0})
    expect(prf(scores.attribution).f).toBeCloseTo(0.5)
  })
})
