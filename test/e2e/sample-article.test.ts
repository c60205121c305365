/**
 * The sample article end to end (a wire-style report on North Korean
 * missiles, copied into test/fixtures): what a newsroom editor expects the
 * whole pipeline — parse, ledger, rules — to say about it.
 */
import fs from 'node:fs'
import {beforeAll, describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import {createProcessor} from '../../src/processor.js'
import type {Ledger, Party} from '../../src/analysis/types.js'

const path = new URL('../fixtures/north-korean-missiles-unsc.txt', import.meta.url)
const text = fs.readFileSync(path, 'utf8')
let file: VFile
let ledger: Ledger

/** The 1-based line of the first occurrence of `needle`. */
function lineOf(needle: string) {
  const index = text.indexOf(needle)
  expect(index, needle).toBeGreaterThan(-1)
  return text.slice(0, index).split('\n').length
}

function partyOf(id: string | null): Party | undefined {
  return ledger.parties.find((party) => party.id === id)
}

beforeAll(async () => {
  file = new VFile({path: 'north-korean-missiles-unsc.txt', value: text})
  const processor = createProcessor()
  await processor.run(processor.parse(file), file)
  ledger = file.data.ledger!
})

describe('the sample article', () => {
  it('flags the unconfirmed troop presence, naming both parties and who asserts it', () => {
    const line = lineOf('Neither Moscow nor Pyongyang')
    const message = file.messages.find((m) => m.ruleId === 'unconfirmed-claim' && m.line === line)
    expect(message, 'an unconfirmed-claim message on the “Neither … has confirmed” sentence').toBeDefined()
    expect(message!.reason).toContain('the presence of North Korean troops in Russia')
    expect(message!.reason).toMatch(/Moscow/)
    expect(message!.reason).toMatch(/Pyongyang|North Korea/)
    expect(message!.reason).toContain('US and South Korean officials')
    // …and where that assertion is.
    expect(message!.reason).toContain(`(${lineOf('according to US and South Korean officials')}:`)
    // Claims about the missiles share the story's names with the troop
    // claims but nothing said of them: their sources do not assert it.
    expect(message!.reason).not.toMatch(/Leff|researchers|Security Council|and \d+ more/)
  })

  it('has two unconfirmed stances on one claim, linked to the officials’ attribution', () => {
    const unconfirmed = ledger.stances.filter((stance) => stance.kind === 'unconfirmed')
    expect(unconfirmed.map((stance) => stance.source?.text).sort()).toEqual(['Moscow', 'Pyongyang'])
    for (const stance of unconfirmed) expect(partyOf(stance.party)?.kind).toBe('government')
    const claim = ledger.claims.find((c) => c.id === unconfirmed[0].claim)!
    expect(claim.text).toBe('the presence of North Korean troops in Russia')
    const officials = ledger.stances.find(
      (stance) => stance.kind === 'asserts' && stance.cue.text === 'according to'
    )!
    expect(partyOf(officials.party)).toMatchObject({name: 'US and South Korean officials', kind: 'anonymous'})
    expect(claim.sameAs).toContain(officials.claim)
  })

  it('flags the ministry spokesman’s statement as carried by state media, not as an anonymous source', () => {
    // spec/findings.md: a spokesman of a named organisation speaks for it on the record.
    const line = lineOf('In a statement carried by')
    const onLine = file.messages.filter((m) => m.line === line).map((m) => m.ruleId)
    expect(onLine).toContain('state-media-source')
    expect(onLine).not.toContain('anonymous-source')

    const said = ledger.stances.find((stance) => stance.source?.text.includes('unnamed North Korean Foreign Ministry spokesman'))!
    expect(partyOf(said.party)?.kind).toBe('anonymous')
    expect(partyOf(partyOf(said.party)?.speaksFor ?? null)?.name).toContain('Foreign Ministry')
    expect(partyOf(said.via)).toMatchObject({kind: 'state-media'})
    expect(partyOf(said.via)?.name).toContain('Korean Central News Agency')
  })

  it('resolves “the official” to the spokesman, and “he” and “she” to the ambassadors', () => {
    // The first stance after `after` whose source mention is `mention`.
    const source = (mention: string, after: string) =>
      ledger.stances.find((stance) => stance.source?.text === mention && stance.cue.start > text.indexOf(after))
    expect(partyOf(source('the official', 'The “madness”')!.party)?.name).toContain('spokesman')
    expect(partyOf(source('she', 'We believe that Moscow')!.party)?.name).toBe('Linda Thomas-Greenfield')
    expect(partyOf(source('he', 'Russian cooperation with the DPRK')!.party)?.name).toBe('Vassily Nebenzia')
  })

  it('leaves the well-attributed paragraphs alone', () => {
    const quiet = [
      'Jonah Leff, head of',
      '“This is the first public evidence',
      'In June, Leff also briefed',
      '“Alarmingly, we assess',
      '“We believe that Moscow',
      '“Russian cooperation with the DPRK',
      '“This is not directed against'
    ].map(lineOf)
    const noisy = file.messages.filter((m) => m.source === 'vouch' && quiet.includes(m.line ?? 0))
    expect(noisy.map((m) => `${m.line}: ${m.reason}`)).toEqual([])
  })
})
