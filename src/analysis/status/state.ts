/**
 * What the status finders share while they walk one document: the word
 * view, the lexicon, which tokens a cue already took (so "neither confirm
 * nor deny" is one stance, not three), the attributions found so far, and
 * the stances found.
 */
import type {Document} from '../document.js'
import type {FoundStance, Span, StanceKind} from '../types.js'
import type {WordView} from './pattern.js'
import type {StatusLexicon} from './lexicon.js'
import {rangeSpan, splitCoordination, type Range} from './context.js'

export interface FinderState {
  doc: Document
  view: WordView
  lexicon: StatusLexicon
  /** 1 where a token is part of a status cue already. */
  taken: Uint8Array
  attributions: FoundStance[]
  /** Attribution index by token: the innermost asserts stance whose content covers it (-1 if none). */
  contentOf: Int32Array
  /** Attribution index by token: the attribution whose cue covers it (-1 if none). */
  cueOf: Int32Array
  found: FoundStance[]
}

export interface Emission {
  kind: StanceKind
  cue: Range
  /** The party's noun phrase (split on coordination into one stance per party). */
  subject: Range | null
  /** A source given as a span directly (from an attribution). */
  sourceSpan?: Span | null
  content: Span | null
  self?: boolean
  /** A no-evidence stance that states a finding (`FoundStance.finding`). */
  finding?: boolean
}

/** Record a stance (one per coordinated party) and take its cue tokens. */
export function emit(state: FinderState, emission: Emission): void {
  const {doc, view} = state
  const cue = rangeSpan(doc, view, emission.cue.first, emission.cue.last)
  if (!cue) return
  for (let index = emission.cue.first; index <= emission.cue.last; index++) state.taken[index] = 1

  const parties = emission.subject ? splitCoordination(doc, view, emission.subject) : [null]
  for (const party of parties) {
    const source = party ? rangeSpan(doc, view, party.first, party.last) : (emission.sourceSpan ?? null)
    state.found.push({
      kind: emission.kind,
      cue,
      source,
      content: emission.content,
      ...(emission.self && !source ? {self: true} : {}),
      ...(emission.finding ? {finding: true} : {})
    })
  }
}

/** Whether any token of `[first, last]` is taken by an earlier cue. */
export function isTaken(state: FinderState, first: number, last: number): boolean {
  for (let index = first; index <= last; index++) if (state.taken[index]) return true
  return false
}
