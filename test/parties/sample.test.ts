/**
 * Parties of the sample article, from hand-built found stances (the
 * attribution finder is tested on its own): kinds, names, descriptors,
 * coreference.
 */
import fs from 'node:fs'
import {beforeAll, describe, expect, test} from 'vitest'
import {resolveParties, type ResolvedParties} from '../../src/analysis/parties/index.js'
import type {FoundStance, Party} from '../../src/analysis/types.js'
import {documentOf, stancesOf} from './helpers.js'

const text = fs.readFileSync(new URL('../fixtures/north-korean-missiles-unsc.txt', import.meta.url), 'utf8')

let found: FoundStance[]
let result: ResolvedParties

beforeAll(() => {
  found = stancesOf(text, [
    {cue: 'have told', source: 'researchers'},
    {cue: 'told the UNSC', source: 'Jonah Leff'},
    {cue: 'told the council', source: 'Leff'},
    {cue: 'briefed', source: 'Leff'},
    {cue: 'said its military', source: 'Pyongyang'},
    {cue: 'said Washington', source: 'an unnamed North Korean Foreign Ministry spokesman', channel: 'the official Korean Central News Agency'},
    {cue: 'said.', source: 'the official'},
    {cue: 'according to', source: 'US and South Korean officials'},
    {kind: 'unconfirmed', cue: 'has confirmed', source: 'Moscow'},
    {kind: 'unconfirmed', cue: 'has confirmed', source: 'Pyongyang', sameCue: true},
    {cue: 'say North', source: 'Ukrainian and US officials'},
    {cue: 'reported', source: 'South Korea’s Yonhap news agency'},
    {cue: 'said that at least', source: 'the country’s National Intelligence Service (NIS)', channel: 'South Korea’s Yonhap news agency'},
    {cue: 'told South Korean', source: 'The NIS'},
    {cue: 'said in a post', source: 'Ukraine’s President Volodymyr Zelenskyy'},
    {cue: 'said,', source: 'they', after: 'which, they'},
    {cue: 'voiced alarm', source: 'The US'},
    {cue: 'said.', source: 'Linda Thomas-Greenfield', after: 'Thomas-Greenfield'},
    {cue: 'said.', source: 'she', after: 'she said'},
    {cue: 'said,', source: 'he', after: 'he said'},
    {cue: 'added', source: 'he', after: 'he added'}
  ])
  result = resolveParties(documentOf(text), found)
})

/** The party of the stance whose source is the `nth` mention `source`. */
function partyOf(source: string, nth = 0): Party {
  const indices = found.flatMap((stance, index) => (stance.source?.text === source ? [index] : []))
  const party = result.sourceParty[indices[nth]]
  expect(party, 'party of ' + source).toBeTruthy()
  return party!
}

describe('sample article parties', () => {
  test('ids follow first mention and every mention is the text it spans', () => {
    result.parties.forEach((party, index) => {
      expect(party.id).toBe('p' + (index + 1))
      for (const mention of party.mentions) expect(text.slice(mention.start, mention.end)).toBe(mention.text)
    })
    const firsts = result.parties.map((party) => party.mentions[0]?.start ?? Infinity)
    expect([...firsts].sort((a, b) => a - b)).toEqual(firsts)
  })

  test('Jonah Leff: person with his apposition as descriptor, "Leff" is him', () => {
    const leff = partyOf('Jonah Leff')
    expect(leff).toMatchObject({kind: 'person', name: 'Jonah Leff', descriptor: 'head of the United Kingdom-based Conflict Armament Research'})
    expect(partyOf('Leff', 0)).toBe(leff)
    expect(partyOf('Leff', 1)).toBe(leff)
    expect(leff.mentions.map((mention) => mention.text)).toEqual(['Jonah Leff', 'Leff', 'Leff'])
  })

  test('the unnamed spokesman is anonymous and "the official" is him', () => {
    const spokesman = partyOf('an unnamed North Korean Foreign Ministry spokesman')
    expect(spokesman.kind).toBe('anonymous')
    expect(partyOf('the official')).toBe(spokesman)
  })

  test('KCNA, the channel, is state media', () => {
    const index = found.findIndex((stance) => stance.channel?.text === 'the official Korean Central News Agency')
    expect(result.channelParty[index]).toMatchObject({kind: 'state-media', name: 'Korean Central News Agency'})
  })

  test('unnamed officials are anonymous, researchers vague', () => {
    expect(partyOf('US and South Korean officials').kind).toBe('anonymous')
    expect(partyOf('Ukrainian and US officials').kind).toBe('anonymous')
    expect(partyOf('Ukrainian and US officials')).not.toBe(partyOf('US and South Korean officials'))
    expect(partyOf('researchers').kind).toBe('vague')
  })

  test('capitals and countries are governments; one capital is one party', () => {
    expect(partyOf('Pyongyang', 0).kind).toBe('government')
    expect(partyOf('Pyongyang', 1)).toBe(partyOf('Pyongyang', 0))
    expect(partyOf('Moscow').kind).toBe('government')
    expect(partyOf('Moscow')).not.toBe(partyOf('Pyongyang'))
    expect(partyOf('The US').kind).toBe('government')
  })

  test('Yonhap is a news agency and carries the NIS; the NIS is one government party', () => {
    const yonhap = partyOf('South Korea’s Yonhap news agency')
    expect(yonhap.kind).toBe('news-agency')
    expect(yonhap.name).toContain('Yonhap')
    const nis = partyOf('the country’s National Intelligence Service (NIS)')
    expect(nis.kind).toBe('government')
    expect(nis.name).toContain('National Intelligence Service')
    expect(partyOf('The NIS')).toBe(nis)
    const index = found.findIndex((stance) => stance.source?.text === 'the country’s National Intelligence Service (NIS)')
    expect(result.channelParty[index]).toBe(yonhap)
  })

  test('premodifying titles are descriptors', () => {
    expect(partyOf('Ukraine’s President Volodymyr Zelenskyy')).toMatchObject({
      kind: 'person',
      name: 'Volodymyr Zelenskyy',
      descriptor: 'Ukraine’s President'
    })
    expect(partyOf('Linda Thomas-Greenfield')).toMatchObject({
      kind: 'person',
      name: 'Linda Thomas-Greenfield',
      descriptor: 'US ambassador to the UN'
    })
  })

  test('"she said" is Linda Thomas-Greenfield', () => {
    expect(partyOf('she')).toBe(partyOf('Linda Thomas-Greenfield'))
  })

  test('"he said", "he added" are Vassily Nebenzia, named only outside any source', () => {
    const nebenzia = partyOf('he', 0)
    expect(nebenzia).toMatchObject({kind: 'person', name: 'Vassily Nebenzia', descriptor: 'Russia’s UN ambassador'})
    expect(partyOf('he', 1)).toBe(nebenzia)
    expect(nebenzia.mentions.map((mention) => mention.text)).toEqual(['Vassily Nebenzia', 'he', 'he'])
  })

  test('"they said" is the group that signed the joint statement', () => {
    const they = partyOf('they')
    expect(they.name).toBe('South Korea, the US, the European Union and eight other countries')
    expect(they.kind).toBe('government')
  })
})

describe('the publisher is self', () => {
  test('"Al Jazeera could not verify" in a text that says it appeared on Al Jazeera', () => {
    const draft = text + '\n\nAl Jazeera could not independently verify the claims.\n'
    const stances = stancesOf(draft, [{kind: 'unconfirmed', cue: 'could not independently verify', source: 'Al Jazeera', after: 'Al Jazeera could'}])
    const {sourceParty} = resolveParties(documentOf(draft), stances)
    expect(sourceParty[0]).toMatchObject({kind: 'self', name: 'Al Jazeera'})
  })

  test('a passive status owned by the writer gets the self party', () => {
    const draft = 'This content originally appeared on Al Jazeera.\n\nThe video could not be independently verified.\n'
    const stances = stancesOf(draft, [{kind: 'unconfirmed', cue: 'could not be independently verified', self: true}])
    const {sourceParty, parties} = resolveParties(documentOf(draft), stances)
    expect(sourceParty[0]).toMatchObject({kind: 'self', name: 'Al Jazeera'})
    expect(parties).toHaveLength(1)
  })
})
