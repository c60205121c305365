/**
 * How an assertion's cue reports (`FoundStance.verb`), read on cues given
 * by hand so that the test does not depend on what the attribution tagger
 * finds: the verb in its reporting sense, or `null`.
 */
import {describe, expect, it} from 'vitest'
import {findStatuses} from '../../src/analysis/status/index.js'
import type {FoundStance} from '../../src/analysis/types.js'
import {documentOf} from './helpers.js'

/** An assertion with no source whose cue is `cue` in `text`, as the status pass leaves it. */
function readCue(text: string, cue: string): FoundStance {
  const start = text.indexOf(cue)
  if (start < 0) throw new Error('not in text: ' + cue)
  const attribution: FoundStance = {kind: 'asserts', cue: {start, end: start + cue.length, text: cue}, source: null, content: null}
  findStatuses(documentOf(text), [attribution])
  return attribution
}

/** The `verb` the status pass reads on such an assertion. */
function verbOf(text: string, cue: string): string | null | undefined {
  const {verb} = readCue(text, cue)
  return verb === null ? null : verb?.text
}

describe('the verb of a cue', () => {
  it('is the verb after auxiliaries, adverbs and a subject pronoun, or after "to"', () => {
    expect(verbOf('Boeing claimed it did not gain any unfair advantage.', 'claimed')).toBe('claimed')
    expect(verbOf('Yukos has always insisted the auction was theft.', 'has always insisted')).toBe('insisted')
    expect(verbOf('Obama held a briefing to once again rail against his successors.', 'to once again rail against')).toBe('rail')
    expect(verbOf('Meanwhile, it attacked Trump over the remarks.', 'it attacked')).toBe('attacked')
  })

  it('is null for a noun or a modifier', () => {
    expect(verbOf("In May, the rate was a third of Trump's claim.", 'claim')).toBeNull()
    expect(verbOf('He repeated his false claims about the vote.', 'claims')).toBeNull()
    expect(verbOf('His surrogates praised his recently revealed tax strategies.', 'revealed')).toBeNull()
    expect(verbOf('The PR effort comes ahead of the expected declassification.', 'the expected')).toBeNull()
  })

  it('is null for a passive with no one named', () => {
    expect(verbOf('The killing was claimed by the group.', 'claimed')).toBeNull()
  })

  it('is null for another sense of the word', () => {
    expect(verbOf('The group claimed responsibility for the attack.', 'claimed')).toBeNull()
    expect(verbOf('Carter conceded defeat on election night.', 'conceded')).toBeNull()
    expect(verbOf('The vote, revealing a split in the party, surprised the leadership.', 'revealing')).toBeNull()
    expect(verbOf('The analysis reveals just how fast the problem is growing.', 'reveals')).toBeNull()
    expect(verbOf('The refugees were admitted to the hospital on Friday.', 'admitted')).toBeNull()
  })

  it('is null for a confession of a fault', () => {
    expect(verbOf('Michael Sears admitted his guilt in breaking the law.', 'admitted')).toBeNull()
    expect(verbOf('The firm admitted it illegally booked expenses.', 'admitted')).toBeNull()
    expect(verbOf('He admitted that philanthropy would not be enough.', 'admitted')).toBe('admitted')
  })
})

describe('impersonal cues', () => {
  const impersonal = (text: string, cue: string) => readCue(text, cue).impersonal

  it('marks an attribution with no source whose cue names no one', () => {
    expect(impersonal('The ruling is widely expected to go against Beijing.', 'is widely expected')).toBe(true)
    expect(impersonal('The PR effort comes ahead of the expected declassification.', 'the expected')).toBe(true)
  })

  it('leaves an attribution with a verb of its own alone', () => {
    expect(impersonal('Analysts had predicted a fall in profits.', 'had predicted')).toBeUndefined()
  })
})
