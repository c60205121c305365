/**
 * A ledger built by hand for the sample article (spans found by searching
 * the text), so the report can be tested whatever the analysis finds today.
 */
import type {Claim, Ledger, Party, Span, Stance, StanceKind} from '../../src/analysis/types.js'

export function spanOf(text: string, needle: string, from = 0): Span {
  const start = text.indexOf(needle, from)
  if (start === -1) throw new Error('not in the text: ' + needle)
  return {start, end: start + needle.length, text: needle}
}

export function handLedger(text: string): Ledger {
  const leff = spanOf(text, 'Jonah Leff')
  const leffAgain = spanOf(text, 'Leff told')
  const officials = spanOf(text, 'US and South Korean officials')
  const moscow = spanOf(text, 'Neither Moscow')
  const kcna = spanOf(text, 'Korean Central News Agency')

  const parties: Party[] = [
    {id: 'p1', name: 'Jonah Leff', kind: 'person', descriptor: 'head of the United Kingdom-based Conflict Armament Research', mentions: [leff, {...leffAgain, end: leffAgain.start + 4, text: 'Leff'}]},
    {id: 'p2', name: 'US and South Korean officials', kind: 'anonymous', descriptor: null, mentions: [officials]},
    {id: 'p3', name: 'Moscow', kind: 'government', descriptor: null, mentions: [{start: moscow.start + 8, end: moscow.end, text: 'Moscow'}]},
    {id: 'p4', name: 'Korean Central News Agency', kind: 'state-media', descriptor: null, mentions: [kcna]}
  ]

  const remnants = spanOf(text, 'remnants of four missiles from North Korea recovered in Ukraine in July and August had included one that indicated it was produced in 2024')
  const troops = spanOf(text, 'more than 10,000 North Korean troops have been deployed to help Russia in its war on Ukraine')
  const presence = spanOf(text, 'the presence of North Korean troops in Russia')
  const claims: Claim[] = [
    {id: 'c1', ...remnants, sameAs: []},
    {id: 'c2', ...troops, sameAs: ['c3']},
    {id: 'c3', ...presence, sameAs: ['c2']}
  ]

  const stance = (id: string, kind: StanceKind, party: string | null, claim: string | null, cue: Span, source: Span | null): Stance => ({id, kind, party, claim, cue, source, via: null})
  const stances: Stance[] = [
    stance('s1', 'asserts', 'p1', 'c1', spanOf(text, 'told the UNSC on Wednesday'), leff),
    stance('s2', 'asserts', 'p2', 'c2', spanOf(text, 'according to'), officials),
    stance('s3', 'unconfirmed', 'p3', 'c3', spanOf(text, 'has confirmed'), parties[2].mentions[0])
  ]

  return {parties, claims, stances}
}
