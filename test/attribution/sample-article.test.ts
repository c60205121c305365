/**
 * The sample article (test/fixtures): the attributions an editor would
 * expect the ledger to hold, found by the shipped model and rules.
 */
import fs from 'node:fs'
import {describe, expect, it} from 'vitest'
import {parseEnglish} from '../../src/parse/english.js'
import {buildDocument} from '../../src/analysis/document.js'
import {findAttributions} from '../../src/analysis/attribution/index.js'
import type {FoundStance} from '../../src/analysis/types.js'

const text = fs.readFileSync(new URL('../fixtures/north-korean-missiles-unsc.txt', import.meta.url), 'utf8')
const stances = findAttributions(buildDocument(parseEnglish(text), text))

/** The stance whose cue is (or, for a RegExp, matches) `cue` and whose content starts with `content`. */
function stance(cue: string | RegExp, content: string): FoundStance {
  const found = stances.find(
    (s) => (typeof cue === 'string' ? s.cue.text === cue : cue.test(s.cue.text)) && s.content?.text.startsWith(content)
  )
  if (!found) throw new Error(`no “${cue}” stance with content “${content}…”`)
  return found
}

describe('attributions of the sample article', () => {
  it('are all asserts stances with true offsets', () => {
    expect(stances.length).toBeGreaterThan(15)
    for (const s of stances) {
      expect(s.kind).toBe('asserts')
      for (const span of [s.cue, s.source, s.content, s.channel]) {
        if (span) expect(text.slice(span.start, span.end)).toBe(span.text)
      }
    }
  })

  it('finds Jonah Leff telling the UNSC, with his apposition, and the that-clause', () => {
    const s = stance('told', 'that remnants of four missiles')
    expect(s.source?.text.startsWith('Jonah Leff, head of the United Kingdom-based Conflict Armament Research')).toBe(true)
    expect(s.content?.text.endsWith('indicated it was produced in 2024')).toBe(true)
  })

  it('finds the quotation before “Leff told the council”', () => {
    const s = stance('told', 'This is the first public evidence')
    expect(s.source?.text).toBe('Leff')
    // The claim is the quoted words, without the marks and comma of the frame.
    expect(s.content?.text.endsWith('not years')).toBe(true)
  })

  it('finds “Leff also briefed the UNSC that …”', () => {
    // PolNeAR cues take adverbs along ("also said"); the verb must be there.
    expect(stance(/\bbriefed\b/, 'that his organisation had').source?.text).toBe('Leff')
  })

  it('carries the spokesman’s statement via KCNA', () => {
    const s = stance('said', 'Washington and its allies were prolonging')
    expect(s.source?.text).toBe('an unnamed North Korean Foreign Ministry spokesman')
    expect(s.channel?.text).toBe('the official Korean Central News Agency')
  })

  it('takes the whole clause before “…, the official said.”', () => {
    const s = stance('said', 'The “madness” of the response')
    expect(s.source?.text).toBe('the official')
    expect(s.content?.text.endsWith('extension of influence”')).toBe(true)
  })

  it('finds “according to US and South Korean officials”', () => {
    const s = stance('according to', 'Russia and North Korea recently ratified')
    expect(s.source?.text).toBe('US and South Korean officials')
  })

  it('nests the NIS’s statement inside Yonhap’s report', () => {
    const yonhap = stance('reported', 'that the country’s National Intelligence Service (NIS) said that')
    expect(yonhap.source?.text).toBe('South Korea’s Yonhap news agency')
    expect(yonhap.content?.text.endsWith('about 1,000 have been wounded')).toBe(true)
    const nis = stance('said', 'that at least 100 North Korean soldiers')
    expect(nis.source?.text).toContain('National Intelligence Service')
    expect(nis.channel?.text).toBe(yonhap.source?.text)
  })

  it('finds the quotations of “she said” and “he added”', () => {
    expect(stance('said', 'We believe that Moscow').source?.text).toBe('she')
    const added = stance('added', 'This is not directed against any third countries.')
    expect(added.source?.text).toBe('he')
    // The quotation runs over two sentences up to its closing quote.
    expect(added.content?.text.endsWith('such cooperation')).toBe(true)
  })
})
