import fs from 'node:fs'
import {describe, expect, it} from 'vitest'
import {documentOf, statuses} from './helpers.js'
import {findStatuses} from '../../src/analysis/status/index.js'

describe('findStatuses: what must be found', () => {
  it('splits "neither … nor …" into one unconfirmed stance per party', () => {
    const found = statuses('Neither Moscow nor Pyongyang has confirmed the presence of North Korean troops in Russia.')
    expect(found).toHaveLength(2)
    expect(found.map((s) => s.kind)).toEqual(['unconfirmed', 'unconfirmed'])
    expect(found.map((s) => s.source)).toEqual(['Moscow', 'Pyongyang'])
    expect(found[0].content).toBe('the presence of North Korean troops in Russia')
  })

  it('keeps the pronoun as the source of a denial and the object as its claim', () => {
    expect(statuses('But he has denied the claim.')).toEqual([
      {kind: 'denies', cue: 'has denied', source: 'he', content: 'the claim', self: false}
    ])
  })

  it('takes the that-clause as the claim of "denied that"', () => {
    const [stance] = statuses('The Kremlin on Monday denied that its troops had crossed the border.')
    expect(stance.kind).toBe('denies')
    expect(stance.source).toBe('The Kremlin')
    expect(stance.content).toBe('its troops had crossed the border')
  })

  it('makes the writer the party of an agentless "could not be independently verified"', () => {
    const [stance] = statuses('The footage could not be independently verified.')
    expect(stance).toMatchObject({kind: 'unconfirmed', source: null, self: true, content: 'The footage'})
  })

  it('finds the silent party after "from"', () => {
    const [stance] = statuses('There was no immediate comment from the ministry.')
    expect(stance).toMatchObject({kind: 'no-comment', source: 'the ministry'})
  })

  it('reads statuses phrased without the obvious word', () => {
    const cases: Array<[string, string, string | null]> = [
      ['North Korea has yet to acknowledge the deployment.', 'unconfirmed', 'North Korea'],
      ['A spokesman would neither confirm nor deny the report.', 'unconfirmed', 'A spokesman'],
      ['The campaign did not respond to repeated requests for comment.', 'no-comment', 'The campaign'],
      ['Smith could not be reached on Friday.', 'no-comment', 'Smith'],
      ['Jane Doe, a spokeswoman for the agency, declined to comment.', 'no-comment', 'Jane Doe'],
      ['None of the three companies would comment on the deal.', 'no-comment', 'the three companies'],
      ['The governor offered no evidence for the accusation.', 'no-evidence', 'The governor'],
      ['There is no evidence that the vote was rigged.', 'no-evidence', null],
      ['The Kremlin dismissed the report as fabricated.', 'denies', 'The Kremlin'],
      ['The agency said the claims were baseless.', 'denies', 'The agency'],
      ['The ministry has not been able to verify the figures.', 'unconfirmed', 'The ministry'],
      ['Officials at the Pentagon confirmed that two drones were shot down.', 'confirms', 'Officials at the Pentagon']
    ]
    for (const [text, kind, source] of cases) {
      const found = statuses(text)
      expect(found, text).toHaveLength(1)
      expect(found[0].kind, text).toBe(kind)
      expect(found[0].source, text).toBe(source)
    }
  })

  it('splits any "neither … nor …" party and takes the verb as the cue', () => {
    const found = statuses('Neither the army nor the police responded to requests for comment.')
    expect(found.map((s) => [s.kind, s.source, s.cue])).toEqual([
      ['no-comment', 'the army', 'responded to requests for comment'],
      ['no-comment', 'the police', 'responded to requests for comment']
    ])
  })

  it('makes one denial of "rejected … as groundless" and reads "that" as a determiner where it is one', () => {
    expect(statuses('Beijing rejected the accusations as groundless.')).toEqual([
      {kind: 'denies', cue: 'rejected', source: 'Beijing', content: 'the accusations', self: false}
    ])
    expect(statuses('Kyiv disputes that account.')[0]).toMatchObject({kind: 'denies', content: 'that account'})
  })

  it('keeps the party of "unable to verify" and makes the writer the party of "impossible to verify"', () => {
    expect(statuses('We were unable to verify the claim.')[0]).toMatchObject({kind: 'unconfirmed', source: 'We'})
    expect(statuses('It was impossible to verify the footage.')[0]).toMatchObject({kind: 'unconfirmed', source: null, self: true})
  })

  it('reads verdicts and the writer calling a claim false', () => {
    expect(statuses('PolitiFact ruled that the statement was “true.”')[0]).toMatchObject({kind: 'confirms', source: 'PolitiFact'})
    expect(statuses('He repeated the debunked claim that the vote was rigged.')[0]).toMatchObject({
      kind: 'denies',
      source: null,
      self: true,
      content: 'claim that the vote was rigged'
    })
    expect(statuses('“It’s nonsense,” the senator said.')[0]).toMatchObject({kind: 'denies', source: 'the senator'})
    expect(statuses('She cited a confirmed report of shelling near the plant.')[0]).toMatchObject({kind: 'confirms', source: null})
  })

  it('counts a concession but not a quotation frame', () => {
    expect(statuses('The minister acknowledged that the figures were wrong.')[0]).toMatchObject({kind: 'confirms', source: 'The minister'})
    expect(statuses('“We were late,” he acknowledged.')).toEqual([])
  })

  it('gives "without evidence" the speaker and the claim after it', () => {
    const [stance] = statuses('The senator claimed, without providing evidence, that thousands voted twice.')
    expect(stance).toMatchObject({kind: 'no-evidence', source: 'The senator', content: 'thousands voted twice'})
  })

  it('gives hedges no party and the hedged clause as the claim', () => {
    const found = statuses('The missiles were allegedly fired from the north. The leader is said to be ill.')
    expect(found.map((s) => s.kind)).toEqual(['hedged', 'hedged'])
    expect(found.every((s) => s.source === null)).toBe(true)
    expect(found[0].content).toBe('The missiles were allegedly fired from the north')
    expect(found[1].cue).toBe('is said to')
    expect(statuses('The alleged gunman fled north.')[0]).toMatchObject({kind: 'hedged', cue: 'alleged'})
    // Beside the arrest or charge, "alleged" is the charge's own word (findings.md).
    expect(statuses('Police arrested the alleged gunman.')).toEqual([])
  })

  it('uses an attribution as the speaker of a denial inside its content', () => {
    const text = 'A spokesman told reporters the accusations were baseless.'
    const content = 'the accusations were baseless'
    const attribution = {
      kind: 'asserts' as const,
      cue: {start: 12, end: 16, text: 'told'},
      source: {start: 0, end: 11, text: 'A spokesman'},
      content: {start: text.indexOf(content), end: text.indexOf(content) + content.length, text: content}
    }
    const [stance] = statuses(text, [attribution])
    expect(stance).toMatchObject({kind: 'denies', source: 'A spokesman'})
  })
})

describe('findStatuses: what must be left alone', () => {
  const innocent = [
    'The city may deny them a permit.',
    'Republicans hope to deny Trump the nomination.',
    'She can deny insurgent Bernie Sanders the nomination.',
    'The political class has denied everyday Americans a real voice.',
    'His request was denied last week.',
    'If confirmed, it would mark the first such deployment.',
    'The dispute settlement mechanism has been weakened.',
    'The Senate confirmed the nominee on Tuesday.',
    'He was confirmed as secretary of state in 2013.',
    'Prosecutors alleged that he stole money.',
    'Reporters asked him to confirm the figure.',
    'The trade disputes between the two countries have deepened.',
    'The board rejected the offer.',
    'Voters will have a chance to confirm the result in March.',
    'There is no denying the scale of the problem.',
    'He was supposed to arrive on Monday.',
    'The paper may go some way to contesting the accusations.',
    'Most of the refugees admitted were children.',
    'The drive began with incorrect and incomplete information.',
    'Voters were asked to verify their addresses.',
    'A lawyer has a duty to confirm the facts.',
    'The 1968 contest that Richard Nixon won was famously tough.'
  ]
  for (const text of innocent) {
    it(JSON.stringify(text), () => {
      expect(statuses(text)).toEqual([])
    })
  }
})

describe('findStatuses on the sample article', () => {
  const text = fs.readFileSync(new URL('../fixtures/north-korean-missiles-unsc.txt', import.meta.url), 'utf8')

  it('finds the two unconfirmed stances of Moscow and Pyongyang', () => {
    const found = findStatuses(documentOf(text), [])
    const unconfirmed = found.filter((s) => s.kind === 'unconfirmed')
    expect(unconfirmed.map((s) => s.source?.text)).toEqual(['Moscow', 'Pyongyang'])
    for (const stance of unconfirmed) {
      expect(text.slice(stance.cue.start, stance.cue.end)).toBe(stance.cue.text)
      expect(stance.content?.text).toBe('the presence of North Korean troops in Russia')
    }
  })

  it('reports true offsets for every span', () => {
    for (const stance of findStatuses(documentOf(text), [])) {
      for (const span of [stance.cue, stance.source, stance.content]) {
        if (span) expect(text.slice(span.start, span.end)).toBe(span.text)
      }
    }
  })
})
