/**
 * Denials without a denying verb: a party calling a claim false ("she
 * called the report fabricated", "the ministry said the claims were
 * untrue", “It is not true,” he said). The same words from the writer are a
 * verdict, not a party's denial, and are left to the writer.
 */
import {subjectBefore, sentenceOf, rangeSpan, type Range} from './context.js'
import {isNegativeContraction} from './pattern.js'
import {emit, type FinderState} from './state.js'
import {speakerOf} from './phrases.js'

/** Find a party's "false"/"not true" at token `at`; returns whether one was emitted. */
export function findFalsity(state: FinderState, at: number): boolean {
  const {doc, view, lexicon} = state
  const {keys} = view
  const key = keys[at]
  let cue: Range
  if (lexicon.saidFalsityWords.has(key)) {
    cue = {first: at, last: at}
  } else if ((key === 'true' || key === 'accurate' || key === 'correct') && at - 1 >= 0) {
    const previous = keys[at - 1]
    if (previous !== 'not' && !isNegativeContraction(previous)) return false
    cue = {first: at - 1, last: at}
  } else {
    return false
  }

  // Before a noun, a writer's adjective ("false claims") is the writer's own.
  const {first, end} = sentenceOf(doc, at)
  // "called the report false", "described the claims as fabricated".
  for (let index = cue.first - 1; index >= first && index >= cue.first - 8; index--) {
    if (!view.isWord[index] && keys[index] !== '"' && keys[index] !== '\u201c') break
    if (lexicon.callVerbs.has(keys[index])) {
      if (state.taken[index]) return false
      let group = index
      while (group - 1 >= first && (lexicon.auxiliaries.has(keys[group - 1]) || lexicon.verbAdverbs.has(keys[group - 1]))) group--
      const subject = subjectBefore(doc, view, group)
      if (!subject) return false
      emit(state, {kind: 'denies', cue: {first: index, last: cue.last}, subject, content: objectBetween(state, index + 1, cue.first - 1)})
      return true
    }
  }

  if (at + 1 < end && view.isWord[at + 1] && keys[at + 1] !== 'and' && keys[at + 1] !== 'or') return false
  const speaker = speakerOf(state, cue.first)
  if (!speaker.subject && !speaker.source) return false
  emit(state, {kind: 'denies', cue, subject: speaker.subject, sourceSpan: speaker.source, content: null})
  return true
}

function objectBetween(state: FinderState, first: number, last: number) {
  let end = last
  while (end >= first && (state.view.keys[end] === 'as' || !state.view.isWord[end])) end--
  return end >= first ? rangeSpan(state.doc, state.view, first, end) : null
}
