/**
 * Impersonal attributions: the text says that someone holds a claim without
 * saying who — "Both are expected to list abroad", "what is often described
 * as the second-biggest job", "Mr Yushchenko was seen on Monday as trying
 * to soothe …", "Apparently, security saw the tweet", "suspicions persist
 * that …". PolNeAR annotates most of these as attributions with no source,
 * and the attribution finder often finds them; they are `asserts` stances
 * with no party, marked `impersonal` (`FoundStance.impersonal`), so that the
 * hedge rule can ask "by whom?" as it does of "reportedly". The hearsay
 * hedges of the ledger ("is believed to", "reportedly") stay `hedged`
 * stances (`hedges.ts`); these are the writer's other ways of passing a
 * claim on with no one behind it.
 */
import type {FoundStance} from '../types.js'
import {clauseEnd, clauseStart, isCopula, isDeterminer, isPossessive, rangeSpan, sentenceOf, type Range} from './context.js'
import {isTaken, type FinderState} from './state.js'

const agentless = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s"])
const possessors = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your', 'whose'])
const subjectPronouns = new Set(['he', 'she', 'they', 'we', 'i', 'you', 'it', 'who', 'which', 'that'])

/** Read an impersonal cue at token `at`; returns whether it found (or marked) one. */
export function findImpersonal(state: FinderState, at: number): boolean {
  const {lexicon, view} = state
  const key = view.keys[at]
  let cue: Range | null = null
  let flagOnly = false

  if (lexicon.evidentials.has(key)) {
    cue = {first: at, last: at}
  } else if (lexicon.evidentialAdjectives.has(key)) {
    // "an apparent counter", not "readily apparent".
    if (at - 1 < 0 || !(isDeterminer(view.keys[at - 1]) || isPossessive(view.keys[at - 1]))) return false
    cue = {first: at - 1, last: at}
  } else if (lexicon.impersonalTo.has(key) || lexicon.impersonalAs.has(key)) {
    const passive = passiveCue(state, at)
    if (passive === 'agent' || passive === 'past') return false
    if (passive) cue = passive
    else if (modifies(state, at)) {
      // "a ruling expected in coming weeks", "the expected declassification":
      // only where the attribution finder saw an attribution with no source.
      cue = {first: at, last: at}
      flagOnly = true
    } else return false
  } else if (lexicon.beliefNouns.has(key)) {
    cue = beliefCue(state, at)
  }

  if (!cue) return false
  const covering = coveringAttribution(state, cue)
  if (covering) {
    if (covering.kind !== 'asserts' || covering.source || covering.channel) return false
    covering.impersonal = true
    return true
  }

  if (flagOnly || isTaken(state, cue.first, cue.last)) return false
  emitImpersonal(state, cue)
  return true
}

/**
 * A participle that modifies a noun, before it ("the expected ruling") or
 * right after it ("a ruling expected in coming weeks"), not a verb after an
 * auxiliary or a subject ("had predicted", "they expected").
 */
function modifies(state: FinderState, at: number): boolean {
  const {doc, view, lexicon} = state
  const {keys, isWord} = view
  const {first} = sentenceOf(doc, at)
  if (at - 1 < first || !isWord[at - 1]) return false
  const previous = keys[at - 1]
  if (isDeterminer(previous) || isPossessive(previous)) return true
  if (lexicon.auxiliaries.has(previous) || subjectPronouns.has(previous) || /^[A-Z]/.test(doc.tokens[at - 1].text)) return false
  // After an adverb it is a verb whose copula the adverb hides ("are otherwise labeled", "now deemed").
  return !/(ly|ed)$/.test(previous) && !lexicon.impersonalAdverbs.has(previous) && !lexicon.verbAdverbs.has(previous) && previous !== 'otherwise'
}

/**
 * "is expected to", "was seen on Monday as", "have been widely seen as":
 * the participle after a form of `be` (adverbs between), before `to` or
 * `as`. `'agent'` when "by" names who ("was seen by analysts as"); `'past'`
 * for an expectation told in the past ("was also expected to receive a
 * boost", "was widely tipped to become"): what was expected then, history
 * rather than a claim passed on; `null` when it is no such passive.
 */
function passiveCue(state: FinderState, at: number): Range | 'agent' | 'past' | null {
  const {doc, view, lexicon} = state
  const {keys, isWord} = view
  const {first, end} = sentenceOf(doc, at)
  let start = at - 1
  while (start >= first && lexicon.impersonalAdverbs.has(keys[start]) && !agentless.has(keys[start])) start--
  if (start < first || !(agentless.has(keys[start]) || isCopula(keys[start]))) return null
  // "an advantage on being viewed as competent": a gerund, no claim.
  if (keys[start] === 'being' && start - 1 >= first && !lexicon.auxiliaries.has(keys[start - 1]) && !isCopula(keys[start - 1])) return null
  // Take the auxiliaries before the copula too: "have been", "will be".
  const copula = keys[start]
  while (start - 1 >= first && lexicon.auxiliaries.has(keys[start - 1])) start--
  const past = copula === 'was' || copula === 'were' || (copula === 'been' && keys[start] === 'had')

  const key = keys[at]
  let last = -1
  for (let index = at + 1; index < end && index <= at + 4; index++) {
    if (!isWord[index]) break
    const word = keys[index]
    if (word === 'by') return 'agent'
    // "were seen shaking hands as they left": a perception, not "seen as".
    if (index === at + 1 && /^[a-z]{3,}ing$/.test(word)) return null
    if (word === 'to' && lexicon.impersonalTo.has(key) && index === at + 1) {
      last = index
      break
    }

    if (word === 'as' && lexicon.impersonalAs.has(key)) {
      last = index
      break
    }
  }

  if (last === -1) return null
  return past && lexicon.impersonalTo.has(key) ? 'past' : {first: start, last}
}

/**
 * "suspicions persist that …", "amid widespread suggestions that …": a noun
 * of belief before its that-clause, with no one's name on it (not "his
 * suggestion that", not "suggestions by the media that").
 */
function beliefCue(state: FinderState, at: number): Range | null {
  const {doc, view} = state
  const {keys, isWord} = view
  const {first, end} = sentenceOf(doc, at)
  if (at - 1 >= first && (possessors.has(keys[at - 1]) || isPossessive(keys[at - 1]))) return null
  for (let index = at + 1; index < end && index <= at + 3; index++) {
    // "to temper expectations so that …": a purpose, no belief's content.
    if (!isWord[index] || keys[index] === 'by' || keys[index] === 'of' || keys[index] === 'from' || keys[index] === 'among' || keys[index] === 'so') return null
    if (keys[index] === 'that') return index - 1 > at ? {first: at, last: index - 1} : {first: at, last: at}
  }

  return null
}

/** The attribution whose cue overlaps `cue`, if any. */
function coveringAttribution(state: FinderState, cue: Range): FoundStance | undefined {
  for (let index = cue.first; index <= cue.last; index++) {
    const position = state.cueOf[index]
    if (position >= 0) return state.attributions[position]
  }

  return undefined
}

function emitImpersonal(state: FinderState, cue: Range): void {
  const {doc, view} = state
  const span = rangeSpan(doc, view, cue.first, cue.last)
  if (!span) return
  for (let index = cue.first; index <= cue.last; index++) state.taken[index] = 1
  // "Apparently, security saw the tweet": the claim is what follows the comma.
  const opening = view.keys[cue.last + 1] === ',' && clauseStart(doc, view, cue.first) === cue.first
  const content = opening
    ? rangeSpan(doc, view, cue.last + 2, clauseEnd(doc, view, cue.last + 2))
    : rangeSpan(doc, view, clauseStart(doc, view, cue.first), clauseEnd(doc, view, cue.last))
  state.found.push({kind: 'asserts', cue: span, source: null, content, impersonal: true})
}
