import fs from 'node:fs'
import {describe, expect, it} from 'vitest'
import {parseEnglish} from '../../src/parse/english.js'
import {buildDocument} from '../../src/analysis/document.js'
import {buildClaims} from '../../src/analysis/claims/index.js'
import {findStatuses} from '../../src/analysis/status/index.js'
import {stem, stemOfLower} from '../../src/analysis/claims/words.js'
import type {FoundStance, Span} from '../../src/analysis/types.js'

function span(text: string, part: string, from = 0): Span {
  const start = text.indexOf(part, from)
  if (start < 0) throw new Error('not in text: ' + part)
  return {start, end: start + part.length, text: part}
}

function asserts(text: string, cue: string, source: string, content: string): FoundStance {
  return {kind: 'asserts', cue: span(text, cue), source: span(text, source), content: span(text, content)}
}

function analyse(text: string, attributions: FoundStance[]) {
  const doc = buildDocument(parseEnglish(text), text)
  const found = [...attributions, ...findStatuses(doc, attributions)].sort((a, b) => a.cue.start - b.cue.start)
  return {found, ...buildClaims(doc, found)}
}

describe('stem', () => {
  it('stems a plain lower-case word the fast way exactly as the general way', () => {
    const sample = fs.readFileSync(new URL('../fixtures/north-korean-missiles-unsc.txt', import.meta.url), 'utf8')
    const words = new Set(sample.toLowerCase().match(/[^\s.,;:!?“”"()]+/g))
    for (const extra of ['presses', 'statuses', 'analysis', 'boxes', 'watches', 'parties', 'deployments', 'markedly', 'its', '1,000', 'u.s.', 'korea’s']) words.add(extra)
    expect(words.size).toBeGreaterThan(300)
    for (const word of words) expect(stemOfLower(word), word).toBe(stem(word))
  })

  it('reduces inflections to a shared stem and drops function words', () => {
    expect(stem('troops')).toBe(stem('troop'))
    expect(stem('deployed')).toBe(stem('deployment'))
    expect(stem('the')).toBeNull()
    expect(stem('status')).toBe('status')
  })
})

describe('buildClaims', () => {
  it('links the unconfirmed presence of troops to the deployment officials reported (sample article)', () => {
    const text = fs.readFileSync(new URL('../fixtures/north-korean-missiles-unsc.txt', import.meta.url), 'utf8')
    const attribution = asserts(
      text,
      'according to',
      'US and South Korean officials',
      'more than 10,000 North Korean troops have been deployed to help Russia in its war on Ukraine'
    )
    const {found, claims, claimOf} = analyse(text, [attribution])
    const unconfirmed = found.map((stance, index) => ({stance, index})).filter(({stance}) => stance.kind === 'unconfirmed')
    expect(unconfirmed).toHaveLength(2)
    const presence = claimOf[unconfirmed[0].index]!
    expect(claimOf[unconfirmed[1].index]).toBe(presence)
    expect(presence.text).toBe('the presence of North Korean troops in Russia')
    const deployed = claimOf[found.indexOf(attribution)]!
    expect(presence.sameAs).toContain(deployed.id)
    expect(deployed.sameAs).toContain(presence.id)
    // Ids follow the text.
    expect(claims.map((claim) => claim.id)).toEqual(claims.map((_, index) => 'c' + (index + 1)))
    expect(claims.every((claim, index) => index === 0 || claims[index - 1].start <= claim.start)).toBe(true)
  })

  it('does not link claims that share only common words', () => {
    const text = 'The minister said the budget would grow. Officials denied that the budget talks had collapsed in Paris.'
    const {claims} = analyse(text, [asserts(text, 'said', 'The minister', 'the budget would grow')])
    expect(claims).toHaveLength(2)
    expect(claims.every((claim) => claim.sameAs.length === 0)).toBe(true)
  })

  it('does not link claims that share only names, but does when they also share what is said', () => {
    const text = [
      'The army said Norland fired rockets at Kessab on Monday.',
      // "Norland" opens the sentence here: it is a name because it is capitalised mid-sentence elsewhere.
      'Norland and Kessab signed a trade pact in March, officials said.',
      'Witnesses said Norland had fired rockets at Kessab.'
    ].join('\n\n')
    const {claims} = analyse(text, [
      asserts(text, 'said', 'The army', 'Norland fired rockets at Kessab on Monday'),
      asserts(text, 'officials said', 'officials', 'Norland and Kessab signed a trade pact in March'),
      asserts(text, 'Witnesses said', 'Witnesses', 'Norland had fired rockets at Kessab')
    ])
    const [rockets, pact, again] = claims
    expect(pact.text).toContain('trade pact')
    expect(pact.sameAs).toEqual([])
    expect(rockets.sameAs).toEqual([again.id])
    expect(again.sameAs).toEqual([rockets.id])
  })

  it('adds a flat statement elsewhere as a bare claim linked to the doubted one', () => {
    const text = [
      'Rebels seized the Kessab dam overnight.',
      'The weather in the capital was mild.',
      'The army has not confirmed the seizure of the Kessab dam by rebels.'
    ].join('\n\n')
    const {claims, claimOf, found} = analyse(text, [])
    const doubted = claimOf[found.findIndex((stance) => stance.kind === 'unconfirmed')]!
    expect(doubted.text).toBe('the seizure of the Kessab dam by rebels')
    const bare = claims.find((claim) => claim.text === 'Rebels seized the Kessab dam overnight')
    expect(bare).toBeDefined()
    expect(bare!.sameAs).toEqual([doubted.id])
    expect(doubted.sameAs).toEqual([bare!.id])
    expect(claims.some((claim) => claim.text.includes('weather'))).toBe(false)
  })

  it('does not make a bare claim of a negated sentence', () => {
    const text = 'Rebels did not seize the Kessab dam.\n\nThe army has not confirmed the seizure of the Kessab dam by rebels.'
    const {claims} = analyse(text, [])
    expect(claims).toHaveLength(1)
  })
})
