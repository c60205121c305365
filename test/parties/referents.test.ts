/**
 * The referent index on texts whose first word is a lower-case connector:
 * "for" and "on" look at the word before them, and there is none.
 */
import {describe, expect, test} from 'vitest'
import {partyLexicons} from '../../src/analysis/parties/lexicons.js'
import {indexReferents} from '../../src/analysis/parties/referents.js'
import {documentOf} from './helpers.js'

describe('indexReferents', () => {
  test.each([
    ['for the record, Reuters said the talks had stalled.', 'Reuters'],
    ['on Tuesday, the Kremlin said it had no plans to respond.', 'Kremlin']
  ])('a text opening with a lower-case connector: %s', (text, name) => {
    const referents = indexReferents(documentOf(text), partyLexicons())
    expect(referents.occurrences.map((occurrence) => text.slice(occurrence.start, occurrence.end))).toContain(name)
  })
})
