/**
 * Kinds of parties on short realistic sentences, one source each.
 */
import {describe, expect, test} from 'vitest'
import {resolveParties} from '../../src/analysis/parties/index.js'
import type {Party, StanceKind} from '../../src/analysis/types.js'
import {documentOf, stancesOf} from './helpers.js'

/** The party of the one stance whose cue is `cue` and source `source`. */
function party(text: string, source: string, cue: string, kind: StanceKind = 'asserts'): Party {
  const found = stancesOf(text, [{kind, cue, source}])
  const result = resolveParties(documentOf(text), found)
  expect(result.sourceParty[0], source).toBeTruthy()
  return result.sourceParty[0]!
}

describe('kinds', () => {
  test.each([
    ['Officials said the road would reopen on Monday.', 'Officials', 'said', 'anonymous'],
    ['The bridge is unsafe, officials said.', 'officials', 'said', 'anonymous'],
    ['Critics say the plan is too costly.', 'Critics', 'say', 'vague'],
    ['Some experts warned that prices would rise.', 'Some experts', 'warned', 'vague'],
    ['Reuters reported that the talks had stalled.', 'Reuters', 'reported', 'news-agency'],
    ['The Associated Press reported the deal on Friday.', 'The Associated Press', 'reported', 'news-agency'],
    ['TASS reported that the drills were over.', 'TASS', 'reported', 'state-media'],
    ['Xinhua said the meeting was productive.', 'Xinhua', 'said', 'state-media'],
    ['The Kremlin said it had no plans to respond.', 'The Kremlin', 'said', 'government'],
    ['The White House said the president would sign the bill.', 'The White House', 'said', 'government'],
    ['Beijing said the vessels were on a routine patrol.', 'Beijing', 'said', 'government'],
    ['The Russian Defence Ministry said its forces had taken the village.', 'The Russian Defence Ministry', 'said', 'government'],
    ['A report by Human Rights Watch found that the detainees were mistreated.', 'A report by Human Rights Watch', 'found', 'publication'],
    ['A new poll shows the senator leading by four points.', 'A new poll', 'shows', 'publication'],
    ['Some recent polls suggest the race is tightening.', 'Some recent polls', 'suggest', 'vague'],
    ['The New York Times reported that the memo was drafted in May.', 'The New York Times', 'reported', 'publication'],
    ['People familiar with the matter said the merger was off.', 'People familiar with the matter', 'said', 'anonymous'],
    ['A senior administration official said the sanctions would stay.', 'A senior administration official', 'said', 'anonymous'],
    ['Aides said the governor was resting.', 'Aides', 'said', 'anonymous'],
    ['Investigators believe the fire was set deliberately.', 'Investigators', 'believe', 'anonymous'],
    ['Many believe the election was decided by the economy.', 'Many', 'believe', 'vague'],
    ['Analysts expect the central bank to cut rates.', 'Analysts', 'expect', 'vague'],
    ['Sen. Elizabeth Warren said the bill was a giveaway.', 'Sen. Elizabeth Warren', 'said', 'person'],
    ['Mr. Alvarado said he had not been told.', 'Mr. Alvarado', 'said', 'person'],
    ['CNN’s Jake Tapper asked whether the campaign had known.', 'CNN’s Jake Tapper', 'asked', 'person'],
    ['The Sanders campaign said it raised $26 million.', 'The Sanders campaign', 'said', 'organization'],
    ['Conflict Armament Research said the parts were made in 2024.', 'Conflict Armament Research', 'said', 'organization'],
    ['We can confirm that the letter is authentic.', 'We', 'can confirm', 'self'],
    // An interview transcript's "Q" is the interviewer: the publication.
    ['Q asked whether the race was close.', 'Q', 'asked', 'self'],
    // "Francis" is no plural of a nationality ("Franci" is not "France").
    ['When Francis said the wall was wrong, the crowd cheered.', 'Francis', 'said', 'person'],
    ['Iraqis said the vote was fair.', 'Iraqis', 'said', 'vague'],
    // A group that names places is not a group of named people.
    ['Officials in two states, including Ohio and Maine, said the count was fair.', 'Officials in two states, including Ohio and Maine', 'said', 'anonymous']
  ])('%s → %s is %s', (text, source, cue, kind) => {
    expect(party(text, source, cue).kind).toBe(kind)
  })

  test.each([
    ['The Department of Labor said the rule would take effect in May.', 'The Department of Labor', 'Department of Labor', 'government'],
    ['The Institute for Coastal Research said the dunes were eroding.', 'The Institute for Coastal Research', 'Institute for Coastal Research', 'organization'],
    ['The Council on Urban Policy said the plan was sound.', 'The Council on Urban Policy', 'Council on Urban Policy', 'organization'],
    ['Senator Maria Okafor of Ohio said the bill would pass.', 'Senator Maria Okafor of Ohio', 'Maria Okafor', 'person'],
    ['Backers of Okafor said the vote was close.', 'Backers of Okafor', 'Backers of Okafor', 'vague']
  ])('a name with a connector: %s → %s is named %s', (text, source, name, kind) => {
    expect(party(text, source, 'said')).toMatchObject({name, kind})
  })

  test.each([
    ['Lawmakers, including Sen. Dana Whitcombe, said the bill was flawed.', 'Lawmakers, including Sen. Dana Whitcombe', 'person'],
    ['Some groups, including the Coastal Research Institute, said the plan was flawed.', 'Some groups, including the Coastal Research Institute', 'organization']
  ])('a group that names some of its members is the group, of its members’ kind: %s', (text, source, kind) => {
    expect(party(text, source, 'said')).toMatchObject({name: source, kind})
  })

  test('a generation suffix before an apposition keeps the person named ("Brent Bozell III, founder of …")', () => {
    const text = '“Yes, I support him,” Brent Bozell III, founder of the Media Research Center, told reporters. Bozell later said more.'
    const found = stancesOf(text, [
      {cue: 'told', source: 'Brent Bozell III, founder of the Media Research Center'},
      {cue: 'said', source: 'Bozell'}
    ])
    const {sourceParty} = resolveParties(documentOf(text), found)
    expect(sourceParty[0]).toMatchObject({kind: 'person', name: 'Brent Bozell III'})
    expect(sourceParty[1]).toBe(sourceParty[0])
  })

  test('an unnamed source stays its own party, never merged with another "a source"', () => {
    const text = 'A source said the talks would resume. Another source said they would not. A source told reporters otherwise.'
    const found = stancesOf(text, [
      {cue: 'said the talks', source: 'A source'},
      {cue: 'said they', source: 'Another source'},
      {cue: 'told', source: 'A source'}
    ])
    const {sourceParty} = resolveParties(documentOf(text), found)
    expect(sourceParty.map((p) => p?.kind)).toEqual(['anonymous', 'anonymous', 'anonymous'])
    expect(new Set(sourceParty).size).toBe(3)
  })

  test('"we" inside a quotation is the quoted speaker, not the writer', () => {
    const text = '“We have no evidence of that,” said Maria Lopez, the city’s police chief.'
    const found = stancesOf(text, [
      {kind: 'no-evidence', cue: 'have no evidence', source: 'We'},
      {cue: 'said', source: 'Maria Lopez'}
    ])
    found[1].content = {start: 0, end: text.indexOf(',”') + 2, text: text.slice(0, text.indexOf(',”') + 2)}
    const {sourceParty} = resolveParties(documentOf(text), found)
    expect(sourceParty[1]).toMatchObject({kind: 'person', name: 'Maria Lopez', descriptor: 'the city’s police chief'})
    expect(sourceParty[0]).toBe(sourceParty[1])
  })

  test('an anonymous source carries why it is unnamed', () => {
    const text = 'The deal is dead, one official said, speaking on condition of anonymity because he was not authorized to discuss the talks.'
    const p = party(text, 'one official', 'said')
    expect(p.kind).toBe('anonymous')
    expect(p.anonymity?.text).toBe('speaking on condition of anonymity because he was not authorized to discuss the talks')
  })
})

describe('self and publishers', () => {
  test('a wire dateline makes the agency the writer', () => {
    const text = 'SEOUL (AP) — North Korea fired a missile on Sunday.\n\nAn Associated Press analysis found the launches had doubled.'
    const p = party(text, 'An Associated Press analysis', 'found')
    // The agency's own analysis is its own voice.
    expect(p.kind).toBe('self')
  })

  test('a publisher line in capitals still names the publisher', () => {
    const text = 'THIS CONTENT ORIGINALLY APPEARED ON THE DAILY LEDGER.\n\nWe have confirmed the payments.'
    const p = party(text, 'We', 'have confirmed', 'confirms')
    expect(p.kind).toBe('self')
    expect(p.name).toMatch(/Daily Ledger/i)
  })

  test('"this newspaper" and "we" outside quotes are the writer; "I" in a column too', () => {
    expect(party('This newspaper has confirmed the payments.', 'This newspaper', 'has confirmed', 'confirms').kind).toBe('self')
    expect(party('I asked the mayor, and I believe she is wrong.', 'I', 'believe').kind).toBe('self')
  })
})

describe('names around roles', () => {
  test('a name after "Chief of Staff" is the person, the role its descriptor', () => {
    const p = party('RNC Chief of Staff Katie Walsh declined to comment.', 'RNC Chief of Staff Katie Walsh', 'declined to comment', 'no-comment')
    expect(p).toMatchObject({kind: 'person', name: 'Katie Walsh'})
  })

  test('role words before a name in apposition ("one conservative, radio host Dennis Prager")', () => {
    const p = party('One prominent conservative, syndicated radio host Dennis Prager, said the party had lost its way.', 'One prominent conservative, syndicated radio host Dennis Prager,', 'said')
    expect(p).toMatchObject({kind: 'person', name: 'Dennis Prager'})
  })

  test('a contracted pronoun ("he’s") is still the pronoun', () => {
    const text = 'Senator Mark Okoye spoke first. “It’s over,” he’s said more than once.'
    const found = stancesOf(text, [{cue: 'said more', source: 'he’s'}])
    const {sourceParty} = resolveParties(documentOf(text), found)
    expect(sourceParty[0]).toMatchObject({kind: 'person', name: 'Mark Okoye'})
  })
})

test('a hedge has no party, even with a source span', () => {
  const text = 'The general was reportedly dismissed on Friday.'
  const found = stancesOf(text, [{kind: 'hedged', cue: 'reportedly', source: 'The general'}])
  const {sourceParty, parties} = resolveParties(documentOf(text), found)
  expect(sourceParty[0]).toBeNull()
  expect(parties).toHaveLength(0)
})

describe('groups', () => {
  test('a coordinated group ends where its apposition begins', () => {
    const text = 'Khizr and Ghazala Khan, the parents of a fallen soldier, said the remarks were cruel.'
    const p = party(text, 'Khizr and Ghazala Khan, the parents of a fallen soldier,', 'said')
    expect(p).toMatchObject({kind: 'person', name: 'Khizr and Ghazala Khan'})
  })

  test('"X, head of Y and Z" is one person, not a group', () => {
    const text = 'Sherrilyn Ifill, head of the Legal Defense and Educational Fund, said the ruling was a victory.'
    const p = party(text, 'Sherrilyn Ifill, head of the Legal Defense and Educational Fund,', 'said')
    expect(p).toMatchObject({kind: 'person', name: 'Sherrilyn Ifill', descriptor: 'head of the Legal Defense and Educational Fund'})
  })

  test('"Neither Moscow nor Pyongyang" as one source is a group of governments', () => {
    const text = 'Neither Moscow nor Pyongyang has confirmed the deployment.'
    const p = party(text, 'Moscow nor Pyongyang', 'has confirmed', 'unconfirmed')
    expect(p).toMatchObject({kind: 'government', name: 'Moscow nor Pyongyang'})
  })
})
