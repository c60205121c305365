/**
 * Pronouns, definite descriptions and short names resolve to the nearest
 * compatible party before them; what cannot be resolved stays its own party.
 */
import {describe, expect, test} from 'vitest'
import {resolveParties} from '../../src/analysis/parties/index.js'
import {documentOf, stancesOf, type StanceSketch} from './helpers.js'

function resolve(text: string, sketches: StanceSketch[]) {
  const found = stancesOf(text, sketches)
  return {found, ...resolveParties(documentOf(text), found)}
}

describe('coreference', () => {
  test('"the mayor … she said" with the mayor named once', () => {
    const text =
      'Mayor Karen Bass said the city would hire more inspectors.\n\nThe mayor said the plan would cost $4 million. “We will not wait,” she said.'
    const {sourceParty} = resolve(text, [
      {cue: 'said the city', source: 'Mayor Karen Bass'},
      {cue: 'said the plan', source: 'The mayor'},
      {cue: 'she said', source: 'she'}
    ])
    expect(sourceParty[0]).toMatchObject({kind: 'person', name: 'Karen Bass', descriptor: 'Mayor'})
    expect(sourceParty[1]).toBe(sourceParty[0])
    expect(sourceParty[2]).toBe(sourceParty[0])
  })

  test('he and she pick the person of their gender', () => {
    const text =
      'Hillary Clinton met Bernie Sanders in Vermont on Tuesday. She said the meeting was useful, and he said it was long.'
    const {sourceParty} = resolve(text, [
      {cue: 'said the meeting', source: 'She'},
      {cue: 'said it was', source: 'he'}
    ])
    expect(sourceParty[0]).toMatchObject({kind: 'person', name: 'Hillary Clinton'})
    expect(sourceParty[1]).toMatchObject({kind: 'person', name: 'Bernie Sanders'})
  })

  test('gender learnt from a title: Mr. Okafor is "he", not the nearer woman', () => {
    const text = 'Mr. Okafor spoke after Ms. Lindqvist left the stage. He said the vote was rigged.'
    const {sourceParty} = resolve(text, [{cue: 'said the vote', source: 'He'}])
    expect(sourceParty[0]).toMatchObject({kind: 'person', name: 'Mr. Okafor'})
  })

  test('"the agency" is the news agency, not the government before it', () => {
    const text = 'Seoul said the launch was a provocation, Yonhap reported. The agency said the missile flew 800 km.'
    const {sourceParty} = resolve(text, [
      {cue: 'said the launch', source: 'Seoul'},
      {cue: 'reported', source: 'Yonhap'},
      {cue: 'said the missile', source: 'The agency'}
    ])
    expect(sourceParty[0]?.kind).toBe('government')
    expect(sourceParty[1]?.kind).toBe('news-agency')
    expect(sourceParty[2]).toBe(sourceParty[1])
  })

  test('a surname alone is the person named in full before', () => {
    const text = 'Jonah Leff, head of Conflict Armament Research, said the parts were new. Leff said more were coming.'
    const {sourceParty} = resolve(text, [
      {cue: 'said the parts', source: 'Jonah Leff, head of Conflict Armament Research'},
      {cue: 'said more', source: 'Leff'}
    ])
    expect(sourceParty[0]).toMatchObject({name: 'Jonah Leff', descriptor: 'head of Conflict Armament Research', kind: 'person'})
    expect(sourceParty[1]).toBe(sourceParty[0])
  })

  test('"who" is the phrase before it', () => {
    const text = 'The letter was signed by Dr. Amal Haddad, who said the clinic had closed.'
    const {sourceParty} = resolve(text, [{cue: 'said the clinic', source: 'who'}])
    expect(sourceParty[0]).toMatchObject({kind: 'person', name: 'Amal Haddad'})
  })

  test.each([
    ['a dash', 'Senator Lindsey Graham — who had endorsed another candidate — said the race was over.', 'who', 'said the race', {kind: 'person', name: 'Lindsey Graham'}],
    ['a thing, for "which"', 'The release linked to the Associated Press report, which notes that half the meetings were with donors.', 'which', 'notes', {kind: 'news-agency'}],
    // A count is no party ("the 1 percent"): the pronoun stays unresolved, never a vague source.
    ['a share of a poll', 'That is a sharp rise from the 1 percent who preferred him when the poll was taken.', 'who', 'preferred', {name: 'who', unresolved: true}],
    ['not the place after a preposition', 'Democrats across the country, who highlighted the remarks, said the tape was damning.', 'who', 'highlighted', {kind: 'vague', name: 'Democrats'}],
    ['the name beside a description', 'He mentioned Donald Trump, the presumptive nominee, who has called the idea absurd.', 'who', 'has called', {kind: 'person', name: 'Donald Trump'}],
    [
      'not the organisation a description names',
      'The panel invited Mara Quint, the director of the Institute for Coastal Research, who has criticized the plan.',
      'who',
      'has criticized',
      {kind: 'person', name: 'Mara Quint'}
    ],
    [
      'not the place after a senator ("of Ohio")',
      'The bill was filed by Sen. Dana Whitcombe of Ohio, the ranking member on the committee, who said it would pass.',
      'who',
      'said it',
      {kind: 'person', name: 'Dana Whitcombe'}
    ],
    [
      'not the outlet a reporter works at',
      'The records were obtained by Tomas Reyna of Harbor News, who said they were revealing.',
      'who',
      'said they',
      {kind: 'person', name: 'Tomas Reyna'}
    ],
    [
      'but the description itself ("the Wisconsin Republican")',
      'It was a partial reversal for the Wisconsin Republican, who had previously pledged to support the nominee.',
      'who',
      'had previously pledged',
      {name: 'the Wisconsin Republican'}
    ]
  ])('a relative pronoun after %s is the phrase it refers to', (_, text, source, cue, party) => {
    const {sourceParty} = resolve(text, [{cue, source}])
    expect(sourceParty[0]).toMatchObject(party)
  })

  test('a second relative pronoun ("…, who …, and who …") is the phrase of the first', () => {
    const text = 'Senator Ted Cruz, who threatened to shut down the government, and who has been courting evangelicals, said he would win.'
    const {sourceParty} = resolve(text, [{cue: 'has been courting', source: 'who', after: 'and'}])
    expect(sourceParty[0]).toMatchObject({kind: 'person', name: 'Ted Cruz'})
  })

  test('"it" is the organization before it', () => {
    const text = 'The Pentagon released no figures. It said the review was ongoing.'
    const {sourceParty} = resolve(text, [{cue: 'said the review', source: 'It'}])
    expect(sourceParty[0]).toMatchObject({kind: 'government', name: 'Pentagon'})
  })

  test('an unresolvable pronoun stays its own party, not a guess', () => {
    const text = 'The river flooded the town overnight. He said the water was rising fast.'
    const {sourceParty, parties} = resolve(text, [{cue: 'said the water', source: 'He'}])
    expect(sourceParty[0]).toMatchObject({kind: 'anonymous', name: 'He', unresolved: true})
    expect(parties).toHaveLength(1)
  })

  test.each([
    ['Colleen Deacon met the board on Monday. He said the vote was delayed.', 'He', 'Colleen Deacon'],
    ['Desmond Hollander met the board on Monday. She said the vote was delayed.', 'She', 'Desmond Hollander']
  ])('a first name of the lexicon tells the gender a pronoun must agree with: %s', (text, source, not) => {
    const {sourceParty} = resolve(text, [{cue: 'said the vote', source}])
    expect(sourceParty[0]?.name).not.toBe(not)
  })

  test('a surname in a title-case headline is the one person the text names so in full', () => {
    const text = 'Okafor Says She Never Backed The Toll Plan\n\nMaria Okafor said on Sunday that she had never backed the toll plan.'
    const {sourceParty} = resolve(text, [
      {cue: 'Says', source: 'Okafor'},
      {cue: 'said on Sunday', source: 'Maria Okafor'}
    ])
    expect(sourceParty[0]).toMatchObject({kind: 'person', name: 'Maria Okafor'})
    expect(sourceParty[1]).toBe(sourceParty[0])
  })

  test('a pronoun with a contracted verb that resolves to no one is unresolved too', () => {
    const text = 'You’ve seen how the town is growing.'
    const {sourceParty} = resolve(text, [{cue: 'seen', source: 'You’ve'}])
    expect(sourceParty[0]?.unresolved).toBe(true)
  })

  test('an unresolvable description stays its own party, unresolved: the writer means someone, the analysis does not know whom', () => {
    const text = 'The spokesman said the company would appeal.'
    const {sourceParty} = resolve(text, [{cue: 'said the company', source: 'The spokesman'}])
    expect(sourceParty[0]?.kind).toBe('anonymous')
    expect(sourceParty[0]?.unresolved).toBe(true)
  })
})

describe('names from the whole text', () => {
  test('an acronym source takes the full name the text gives elsewhere', () => {
    const text = 'The National Intelligence Service briefed lawmakers on Monday. Later, the NIS said 100 soldiers had died.'
    const {sourceParty} = resolve(text, [{cue: 'said 100', source: 'the NIS'}])
    expect(sourceParty[0]).toMatchObject({kind: 'government', name: 'National Intelligence Service (NIS)'})
    expect(sourceParty[0]?.mentions.map((mention) => mention.text)).toEqual(['National Intelligence Service', 'the NIS'])
  })

  test('a person named in full only outside any source gets that name and role', () => {
    const text = 'Russia’s UN ambassador, Vassily Nebenzia, spoke last. “We disagree,” Nebenzia said.'
    const {sourceParty} = resolve(text, [{cue: 'said', source: 'Nebenzia', after: 'disagree'}])
    expect(sourceParty[0]).toMatchObject({kind: 'person', name: 'Vassily Nebenzia', descriptor: 'Russia’s UN ambassador'})
  })
})

describe('choosing between candidates', () => {
  test('outside quotes, "he" is not someone named only inside a quotation', () => {
    const text = '“I spoke to Vladimir Putin last week,” said Senator Dale Ruskin. He added that the talks were frank.'
    const {sourceParty} = resolve(text, [
      {cue: 'said Senator', source: 'Senator Dale Ruskin'},
      {cue: 'added', source: 'He'}
    ])
    expect(sourceParty[1]).toBe(sourceParty[0])
    expect(sourceParty[1]?.name).toBe('Dale Ruskin')
  })

  test('a pronoun source prefers who has just spoken over a name merely mentioned', () => {
    const text = 'Jared Sexton has covered the rallies for months.\n\nSexton, after previous Trump rallies, wrote that he would not be surprised by violence.'
    const {sourceParty} = resolve(text, [
      {cue: 'has covered', source: 'Jared Sexton'},
      {cue: 'wrote', source: 'Sexton'},
      {cue: 'would not be surprised', source: 'he'}
    ])
    expect(sourceParty[2]).toBe(sourceParty[0])
  })

  test('a name after an article is no person: "she" skips "the Bear Stearns trading floor"', () => {
    const text = 'Like her heroine, Ms. Sherry worked on the Bear Stearns trading floor. She said she took it in stride.'
    const {sourceParty} = resolve(text, [{cue: 'said she took', source: 'She'}])
    expect(sourceParty[0]?.name).toBe('Ms. Sherry')
  })
})

test('"the senator" refers back to "Sen." (abbreviations are data)', () => {
  const text = 'Sen. Lindsey Graham criticized the deal on Sunday. The senator said it rewarded Iran.'
  const {sourceParty} = resolve(text, [{cue: 'said it', source: 'The senator'}])
  expect(sourceParty[0]).toMatchObject({kind: 'person', name: 'Lindsey Graham'})
})
