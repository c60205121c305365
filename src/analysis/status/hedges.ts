/**
 * Hedges: the writer passes a claim on without standing behind it or naming
 * who does ("allegedly", "the suspected gunman", "is said to"). A hedged
 * stance has no party; its claim is the clause it hedges.
 */
import {matchAt} from './pattern.js'
import {clauseEnd, clauseStart, isCapitalised, isCopula, isDeterminer, isPossessive, rangeSpan, sentenceOf, type Range} from './context.js'
import {emit, isTaken, type FinderState} from './state.js'

const subjectLike = new Set(['he', 'she', 'they', 'we', 'i', 'you', 'who', 'it', 'which', 'that'])
const bePassive = new Set(['is', 'are', 'was', 'were', "'s", 'be', 'been', 'being'])
const prenominalLeft = new Set(['of', 'for', 'in', 'on', 'with', 'and', 'or', 'by', 'to', 'from', 'about', 'against', 'over', 'after', 'at', 'as', 'into', 'two', 'three', 'several', 'other', 'more'])

/** Find a hedge at token `at`; returns whether one was emitted. */
export function findHedge(state: FinderState, at: number): boolean {
  const {view, lexicon} = state
  const key = view.keys[at]

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
  if (next === 'of') return keys[at] === 'suspected'
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
