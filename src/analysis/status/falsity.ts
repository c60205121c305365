/**
 * Denials without a denying verb: a party calling a claim false ("she
 * called the report fabricated", "the ministry said the claims were
 * untrue", “It is not true,” he said). The same words from the writer are a
 * verdict, not a party's denial, and are left to the writer.
 */
import {clauseEnd, isCopula, subjectBefore, sentenceOf, rangeSpan, type Range} from './context.js'
import {isNegativeContraction} from './pattern.js'
import {emit, type FinderState} from './state.js'
import {speakerOf} from './phrases.js'

/** Find a party's "false"/"not true" at token `at`; returns whether one was emitted. */
export function findFalsity(state: FinderState, at: number): boolean {
  const {doc, view, lexicon} = state
  const {keys} = view
  const key = keys[at]
  let cue: Range
  if (lexicon.saidFalsityWords.has(key) || lexicon.predicateFalsityWords.has(key)) {
    cue = {first: at, last: at}
  } else if ((key === 'true' || key === 'accurate' || key === 'correct') && at - 1 >= 0) {
    const previous = keys[at - 1]
    if (previous !== 'not' && !isNegativeContraction(previous)) return findVerdict(state, at)
    cue = {first: at - 1, last: at}
  } else if (lexicon.debunkedWords.has(key)) {
    return findDebunked(state, at)
  } else {
    return false
  }

  // "the false accusations that …", "the debunked claim": the writer's denial.
  if (lexicon.debunkedWords.has(key) && findDebunked(state, at)) return true

  // Before a noun, a writer's adjective ("false claims") is the writer's own.
  const {first, end} = sentenceOf(doc, at)
  // "called the report false", "described the claims as fabricated".
  for (let index = cue.first - 1; index >= first && index >= cue.first - 8; index--) {
    if (!view.isWord[index] && keys[index] !== '"' && keys[index] !== '\u201c') break
    if (lexicon.callVerbs.has(keys[index])) {
      if (state.taken[index]) return false
      // "calling out Trump for his lies", "called for": not naming something false.
      if (phrasalParticles.has(keys[index + 1])) return false
      // "a fact is dismissed as false": no party does the dismissing.
      if (index - 1 >= first && isCopula(keys[index - 1])) return false
      let group = index
      while (group - 1 >= first && (lexicon.auxiliaries.has(keys[group - 1]) || lexicon.verbAdverbs.has(keys[group - 1]))) group--
      const subject = subjectBefore(doc, view, group)
      if (!subject) return false
      emit(state, {kind: 'denies', cue: {first: index, last: cue.last}, subject, content: objectBetween(state, index + 1, cue.first - 1)})
      return true
    }
  }

  if (at + 1 < end && view.isWord[at + 1] && keys[at + 1] !== 'and' && keys[at + 1] !== 'or') return false
  // "incorrect and incomplete information": coordinated adjectives before a noun.
  if (at + 1 < end && (keys[at + 1] === 'and' || keys[at + 1] === 'or')) {
    let words = 0
    for (let look = at + 2; look < end && view.isWord[look] && words < 3; look++) words++
    if (words >= 3) return false
  }

  // "That comment is a lie.", "This is totally bogus.", "… are untrue": a
  // predicate denial, by whoever says it (the writer when no one does).
  let look = cue.first - 1
  while (look >= first && (predicateFillers.has(keys[look]) || !view.isWord[look] && quoteMarks.has(keys[look]))) look--
  if (look >= first && isCopula(keys[look])) {
    const speaker = speakerOf(state, look)
    const subject = subjectBefore(doc, view, look)
    emit(state, {
      kind: 'denies',
      cue: {first: look, last: cue.last},
      subject: speaker.subject,
      sourceSpan: speaker.source,
      content: subject ? rangeSpan(doc, view, subject.first, subject.last) : null,
      self: !speaker.subject && !speaker.source
    })
    return true
  }

  if (!lexicon.saidFalsityWords.has(key) && cue.first === at) return false
  const speaker = speakerOf(state, cue.first)
  if (!speaker.subject && !speaker.source) return false
  emit(state, {kind: 'denies', cue, subject: speaker.subject, sourceSpan: speaker.source, content: null})
  return true
}

const phrasalParticles = new Set(['out', 'for', 'on', 'up', 'off', 'in', 'back', 'upon'])
const predicateFillers = new Set(['a', 'an', 'all', 'just', 'simply', 'totally', 'completely', 'utterly', 'entirely', 'absolutely', 'patently', 'demonstrably', 'flatly', 'categorically', 'wholly', 'obviously', 'clearly', 'plainly', 'outright', 'total', 'complete', 'big', 'blatant', 'flat', 'outright', 'pure', 'utter', 'also', 'not', 'really', 'both', 'deeply', 'deliberately', 'factually'])
const quoteMarks = new Set(['"', "'", "''", '\u201c', '\u201d', '``'])

/**
 * A fact-checker's verdict that a claim is true: "PolitiFact ruled that the
 * statement is “true”", "rated the claim accurate". The party is the subject
 * of the verdict verb.
 */
function findVerdict(state: FinderState, at: number): boolean {
  const {doc, view, lexicon} = state
  const {keys} = view
  const {first} = sentenceOf(doc, at)
  for (let index = at - 1; index >= first && index >= at - 14; index--) {
    const word = keys[index]
    if (word === 'not' || isNegativeContraction(word) || word === ';' || word === '%' || /^\d/.test(word)) return false
    if (!lexicon.verdictVerbs.has(word)) continue
    // "are rated ‘correct’": a verdict with no one giving it.
    if (index - 1 >= first && isCopula(keys[index - 1])) return false
    let group = index
    while (group - 1 >= first && (lexicon.auxiliaries.has(keys[group - 1]) || lexicon.verbAdverbs.has(keys[group - 1]))) group--
    const subject = subjectBefore(doc, view, group)
    if (!subject) return false
    emit(state, {kind: 'confirms', cue: {first: index, last: at}, subject, content: objectBetween(state, index + 1, at - 1)})
    return true
  }

  return false
}

/** "the false accusations that …", "the debunked claim": a claim the writer calls false. */
function findDebunked(state: FinderState, at: number): boolean {
  const {doc, view, lexicon} = state
  const {keys, isWord} = view
  const {end} = sentenceOf(doc, at)
  for (let index = at + 1; index < end && index <= at + 2; index++) {
    if (!isWord[index]) return false
    if (!lexicon.claimNouns.has(keys[index]) || /^(it|this|that|them|any|having|being|ever|knowing)$/.test(keys[index])) continue
    const content = index + 1 < end && keys[index + 1] === 'that' ? rangeSpan(doc, view, at + 1, clauseEnd(doc, view, index + 2)) : rangeSpan(doc, view, at + 1, index)
    emit(state, {kind: 'denies', cue: {first: at, last: at}, subject: null, content, self: true})
    return true
  }

  return false
}

function objectBetween(state: FinderState, first: number, last: number) {
  let end = last
  while (end >= first && (state.view.keys[end] === 'as' || !state.view.isWord[end])) end--
  return end >= first ? rangeSpan(state.doc, state.view, first, end) : null
}
