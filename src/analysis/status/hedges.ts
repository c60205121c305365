/**
 * Hedges: the writer passes a claim on without standing behind it or naming
 * who does ("allegedly", "the suspected gunman", "is said to"). A hedged
 * stance has no party; its claim is the clause it hedges.
 */
import {matchAt} from './pattern.js'
import {clauseEnd, clauseStart, isCapitalised, isCopula, isDeterminer, isPossessive, rangeHas, rangeSpan, sentenceOf, type Range} from './context.js'
import {emit, isTaken, type FinderState} from './state.js'

const subjectLike = new Set(['he', 'she', 'they', 'we', 'i', 'you', 'who', 'it', 'which', 'that'])
const bePassive = new Set(['is', 'are', 'was', 'were', "'s", 'be', 'been', 'being'])
const prenominalLeft = new Set(['of', 'for', 'in', 'on', 'with', 'and', 'or', 'by', 'to', 'from', 'about', 'against', 'over', 'after', 'at', 'as', 'into', 'two', 'three', 'several', 'other', 'more'])

/** Find a hedge at token `at`; returns whether one was emitted. */
export function findHedge(state: FinderState, at: number): boolean {
  const {view, lexicon} = state
  const key = view.keys[at]
  if (lexicon.legalHedges.has(key) && namesCharge(state, at)) return false

  if (lexicon.hedgeAdverbs.has(key)) return emitHedge(state, {first: at, last: at})

  const patterns = lexicon.hedgePhrases.get(key)
  if (patterns) {
    const {first, end} = sentenceOf(state.doc, at)
    for (const pattern of patterns) {
      const match = matchAt(view, pattern, at, first, end)
      if (match && !isTaken(state, match.first, match.last)) return emitHedge(state, {first: match.first, last: match.last})
    }
  }

  if (lexicon.hedgeParticiples.has(key) && isHedgingParticiple(state, at)) return emitHedge(state, {first: at, last: at})
  return false
}

/**
 * Whether the sentence of token `at` names a charge ("was charged with
 * battery … for allegedly grabbing", "is accused of …"): then "allegedly"
 * is the charge's word, and the charge says who alleges it.
 */
function namesCharge(state: FinderState, at: number): boolean {
  const {first, end} = sentenceOf(state.doc, at)
  return rangeHas(state.view, {first, last: end - 1}, state.lexicon.charges)
}

/**
 * "the alleged hacker", "Trump's alleged ties", "suspected of": a hedge.
 * "prosecutors alleged that", "he suspected": a verb with a subject, which
 * is an attribution, not a hedge.
 */
function isHedgingParticiple(state: FinderState, at: number): boolean {
  const {doc, view} = state
  const {keys, isWord} = view
  const {first, end} = sentenceOf(doc, at)
  const next = at + 1 < end ? keys[at + 1] : ''
  if (at + 1 >= end) return false
  // "his supposed “lies”": look through an opening quotation mark.
  if (!isWord[at + 1] && !(at + 2 < end && isWord[at + 2] && /^["\u201c\u2018']+$/.test(keys[at + 1]))) return false
  if (next === 'that' || next === 'in' || next === 'on' || next === 'by') return false
  // "the regulator alleged the firms were …": before a determiner or a
  // pronoun it is a verb with its clause, not a participle before a noun.
  if (isDeterminer(next) || subjectLike.has(next)) return false
  if (next === 'of') return keys[at] === 'suspected'
  // "a suspected case of the disease": a term of the trade, not a hedge on a claim.
  if (state.lexicon.participleTerms.has(next)) return false
  if (at === first) return true
  const previous = keys[at - 1]
  if (!isWord[at - 1]) return true
  if (isDeterminer(previous) || isPossessive(previous) || prenominalLeft.has(previous)) return true
  if (bePassive.has(previous) || isCopula(previous)) return next === 'to' && state.lexicon.hedgePassives.has(keys[at])
  // "investigate alleged fraud": after a verb; but "prosecutors alleged fraud", "he alleged" are verbs themselves.
  if (subjectLike.has(previous) || state.lexicon.auxiliaries.has(previous) || isCapitalised(doc, at - 1) || /[^s]s$/.test(previous)) return false
  if (keys[at] !== 'supposed' && /^[a-z]/.test(doc.tokens[at + 1].text)) return true
  return false
}

function emitHedge(state: FinderState, cue: Range): boolean {
  const {doc, view} = state
  const content = rangeSpan(doc, view, clauseStart(doc, view, cue.first), clauseEnd(doc, view, cue.last))
  emit(state, {kind: 'hedged', cue, subject: null, content})
  return true
}

/**
 * "two men believed to be among …", "a firm said to be in talks": a hearsay
 * participle right after the noun it hedges (a reduced relative clause), as
 * "who are believed to be". Not after a subject that makes it a verb
 * ("analysts believed", "he said to reporters").
 */
export function findReducedHedge(state: FinderState, at: number): boolean {
  const {doc, view, lexicon} = state
  const {keys, isWord} = view
  // Most of these words are "said" and "thought" as plain verbs: the cheap test first.
  if (keys[at + 1] !== 'to' || (keys[at + 2] !== 'be' && keys[at + 2] !== 'have') || !lexicon.hedgePassives.has(keys[at])) return false
  const {first, end} = sentenceOf(doc, at)
  if (at + 2 >= end) return false
  let before = at - 1
  while (before >= first && lexicon.impersonalAdverbs.has(keys[before])) before--
  if (before < first || !isWord[before]) return false
  const previous = keys[before]
  if (subjectLike.has(previous) || lexicon.auxiliaries.has(previous) || lexicon.negators.has(previous) || isCopula(previous) || isCapitalised(doc, before)) return false
  if (opensFreeRelative(state, before, first)) return false
  if (isTaken(state, at, at + 1)) return false
  return emitHedge(state, {first: at, last: at + 1})
}

/**
 * Whether the noun phrase ending at `last` is the subject of a clause
 * opened by "what" ("in what State Department whistleblowers believed to
 * be an effort", "what many people believed to be a campaign killer"):
 * then the participle is that subject's verb, an attribution, not a hedge.
 */
function opensFreeRelative(state: FinderState, last: number, first: number): boolean {
  const {keys, isWord} = state.view
  for (let index = last - 1; index >= first && index >= last - 5; index--) {
    if (!isWord[index]) return false
    if (keys[index] === 'what') return true
  }

  return false
}
