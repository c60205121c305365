/**
 * Denials without a denying verb: a party calling a claim false ("she
 * called the report fabricated", "the ministry said the claims were
 * untrue", “It is not true,” he said). The same words from the writer are a
 * verdict, not a party's denial, and are left to the writer.
 */
import type {Span} from '../types.js'
import {tokenEndingAfter, tokenStartingFrom} from '../document.js'
import {clauseEnd, clauseStart, isCopula, isDeterminer, isPossessive, subjectBefore, sentenceOf, rangeSpan, type Range} from './context.js'
import {isNegativeContraction} from './pattern.js'
import {emit, type FinderState} from './state.js'
import {speakerOf} from './phrases.js'

/** Find a party's "false"/"not true" at token `at`; returns whether one was emitted. */
export function findFalsity(state: FinderState, at: number): boolean {
  const {doc, view, lexicon} = state
  const {keys} = view
  const key = keys[at]
  let cue: Range
  const ofClaims = lexicon.claimPredicateWords.has(key)
  if (lexicon.saidFalsityWords.has(key) || lexicon.predicateFalsityWords.has(key) || ofClaims) {
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

  const {first, end} = sentenceOf(doc, at)
  // "If you think the moon landing was fake": a supposition, no one's denial.
  for (let index = cue.first - 1; index >= first && index >= cue.first - 12; index--) {
    if (suppositions.has(keys[index])) return false
  }

  // "rated 32% of Republican claims as “false”": a tally of verdicts, no denial of a claim.
  for (let index = cue.first - 1; index >= first && index >= cue.first - 8; index--) {
    if (/^\d/.test(keys[index]) || keys[index] === '%') return false
  }

  // "called the report false", "described the claims as fabricated",
  // "calls this a false narrative": the caller's, before the writer's adjective.
  const called = findCalled(state, cue, first)
  if (called !== undefined) return called

  // "the false accusations that …", "the debunked claim": the writer's denial.
  if (lexicon.debunkedWords.has(key) && findDebunked(state, at)) return true

  // Before a noun, a writer's adjective ("false claims") is the writer's own;
  // a noun after "a" ("a misconception based on …") is no adjective.
  const noun = at - 1 >= first && (keys[at - 1] === 'a' || keys[at - 1] === 'an')
  if (!noun && at + 1 < end && view.isWord[at + 1] && keys[at + 1] !== 'and' && keys[at + 1] !== 'or') return false
  // "incorrect and incomplete information": coordinated adjectives before a noun.
  // Not "… were mischaracterized and that he was …": a new clause after "and".
  if (at + 1 < end && (keys[at + 1] === 'and' || keys[at + 1] === 'or') && !clauseOpeners.has(keys[at + 2])) {
    let words = 0
    for (let look = at + 2; look < end && view.isWord[look] && words < 3; look++) words++
    if (words >= 3) return false
  }

  // "That comment is a lie.", "This is totally bogus.", "… are untrue": a
  // predicate denial, by whoever says it (the writer when no one does).
  let look = cue.first - 1
  while (look >= first && (predicateFillers.has(keys[look]) || !view.isWord[look] && quoteMarks.has(keys[look]))) look--
  if (look >= first && isCopula(keys[look])) {
    const claim = claimSubject(state, look)
    // "wrong" denies a claim ("suggestions that … are wrong"), not a deed
    // ("it was wrong", "that is wrong, that is unconscionable").
    if (ofClaims && !claim.namesClaim) return false
    // "was shown to be false": a verdict with no one giving it.
    const verdict = agentlessVerdict(state, look, first)
    const speaker = verdict ? {subject: null, source: null} : speakerOf(state, look)
    // "Carson admitted that the course name was inaccurate": a concession,
    // not a denial; "24 percent said it was false": a poll, not a party.
    if (speaker.concedes || isTally(state, speaker.subject) || isTally(state, speaker.source)) return false
    emit(state, {
      kind: 'denies',
      cue: {first: look, last: cue.last},
      subject: speaker.subject,
      sourceSpan: speaker.source,
      content: claim.span,
      self: !speaker.subject && !speaker.source
    })
    return true
  }

  if (ofClaims || (!lexicon.saidFalsityWords.has(key) && cue.first === at)) return false
  const speaker = speakerOf(state, cue.first)
  if ((!speaker.subject && !speaker.source) || speaker.concedes || isTally(state, speaker.subject)) return false
  emit(state, {kind: 'denies', cue, subject: speaker.subject, sourceSpan: speaker.source, content: null})
  return true
}

/**
 * A calling verb before the falsity word ("called the report false",
 * "dismissed the claims as fabricated", "called ''total political crap''"):
 * the caller denies. `undefined` when there is none; `false` when there is
 * one that names nothing false ("called for", "is dismissed as false").
 */
function findCalled(state: FinderState, cue: Range, first: number): boolean | undefined {
  const {doc, view, lexicon} = state
  const {keys} = view
  // The falsity word ends what is called so ("called the report false and
  // misleading"); "what he calls the immoral lie of the moment" names a lie, no claim.
  let next = cue.last + 1
  const {end} = sentenceOf(doc, cue.last)
  while (next < end && !view.isWord[next] && quoteMarks.has(keys[next])) next++
  const indefinite = cue.first - 1 >= first && (keys[cue.first - 1] === 'a' || keys[cue.first - 1] === 'an')
  if (!indefinite && next < end && view.isWord[next] && !afterCalled.has(keys[next])) return undefined
  for (let index = cue.first - 1; index >= first && index >= cue.first - 8; index--) {
    if (!view.isWord[index] && !quoteMarks.has(keys[index]) && keys[index] !== '\u2018') return undefined
    if (!lexicon.callVerbs.has(keys[index])) continue
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

  return undefined
}

/**
 * What the copula at `copula` says is false: a claim with its content
 * clause opening the clause ("Suggestions that outsourcing is to blame are
 * wrong", "This notion that Obama doesn't know what he's doing is just not
 * true": the content clause), else the subject noun phrase. `isClaim` when
 * it is a claim (a claim noun, or a pointer to one: "that is wrong").
 */
function claimSubject(state: FinderState, copula: number): {span: Span | null; isClaim: boolean; namesClaim: boolean} {
  const {doc, view, lexicon} = state
  const {keys, isWord} = view
  // The clause, or the sentence when quotes or dashes cut it up ("Suggestions
  // that "outsourcing" - relocating call centres … - is to blame are wrong").
  for (const start of new Set([clauseStart(doc, view, copula), sentenceOf(doc, copula).first])) {
    const found = contentClause(state, start, copula)
    if (found) return {span: found, isClaim: true, namesClaim: true}
  }

  const subject = subjectBefore(doc, view, copula)
  if (!subject) return {span: null, isClaim: false, namesClaim: false}
  let namesClaim = false
  for (let index = subject.first; index <= subject.last && !namesClaim; index++) {
    if (lexicon.claimNouns.has(keys[index]) && !demonstratives.has(keys[index])) namesClaim = true
  }

  const isClaim = namesClaim || (subject.first === subject.last && demonstratives.has(keys[subject.first]))
  return {span: rangeSpan(doc, view, subject.first, subject.last), isClaim, namesClaim}
}

/** "Suggestions that X are wrong" from `start`: X, the content clause of a claim noun opening the clause. */
function contentClause(state: FinderState, start: number, copula: number): Span | null {
  const {doc, view, lexicon} = state
  const {keys, isWord} = view
  for (let index = start; index < copula && index <= start + 3; index++) {
    if (!isWord[index]) break
    if (!lexicon.claimNouns.has(keys[index]) || keys[index + 1] !== 'that' || demonstratives.has(keys[index])) continue
    return rangeSpan(doc, view, index + 2, copula - 1)
  }

  return null
}

const clauseOpeners = new Set(['that', 'he', 'she', 'they', 'it', 'we', 'i', 'you', 'the', 'his', 'her', 'their', 'its', 'said', 'says', 'was', 'were', 'is', 'are', 'will', 'would', 'had', 'has', 'have', 'there', 'this'])
const suppositions = new Set(['if', 'unless', 'whether', 'suppose', 'supposing'])
const afterCalled = new Set(['and', 'or', 'but', 'on', 'in', 'at', 'because', 'last', 'this', 'while', 'after', 'before', 'during', 'when'])
const demonstratives = new Set(['that', 'this', 'it', 'these', 'those'])
const verdictParticiples = new Set(['shown', 'proven', 'proved', 'found', 'revealed', 'exposed', 'determined', 'judged', 'ruled'])

/** "was shown to be false", "has been proven false": the falsity is established, by no one named. */
function agentlessVerdict(state: FinderState, copula: number, first: number): boolean {
  const {keys} = state.view
  let index = copula
  if (keys[index] === 'be' && index - 1 >= first && keys[index - 1] === 'to') index -= 2
  return index >= first && verdictParticiples.has(keys[index])
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
  const {first, end} = sentenceOf(doc, at)
  for (let index = at + 1; index < end && index <= at + 2; index++) {
    if (!isWord[index]) return false
    if (!lexicon.claimNouns.has(keys[index]) || /^(it|this|that|them|any|having|being|ever|knowing)$/.test(keys[index])) continue
    // "false news reports", "fabricated attacks": a kind of thing, not a
    // claim the text makes; "a discredited story about …", "Trump's false
    // claims that …", "the debunked accounts" name one.
    const complement = complements.has(keys[index + 1])
    const named = at - 1 >= first && (isDeterminer(keys[at - 1]) || isPossessive(keys[at - 1]))
    if (!named && !complement) return false
    const content = complement && index + 2 < end ? rangeSpan(doc, view, at + 1, clauseEnd(doc, view, index + 2)) : rangeSpan(doc, view, at + 1, index)
    // Inside someone's words, the falsity is theirs (“a false narrative from
    // sources hiding behind anonymity,” said a spokesman); elsewhere the
    // writer's ("…, Trump said, repeating a false claim that …").
    const covering = state.contentOf[at]
    const source = covering >= 0 ? state.attributions[covering].source : null
    emit(state, {kind: 'denies', cue: {first: at, last: at}, subject: null, sourceSpan: source, content, self: !source})
    return true
  }

  return false
}

const complements = new Set(['that', 'about', 'of', 'by', 'claiming', 'alleging', 'suggesting'])

/** "46 percent of voters said …", "Only 24 percent said …": a tally of answers, not a party (a range of tokens, or a source span). */
export function isTally(state: FinderState, range: Range | Span | null): boolean {
  if (range && 'start' in range) range = {first: tokenStartingFrom(state.doc, range.start), last: tokenEndingAfter(state.doc, range.end - 1)}
  if (!range) return false
  for (let index = range.first; index <= range.last; index++) {
    const key = state.view.keys[index]
    if (/^\d/.test(key) || key === 'percent' || key === '%' || key === 'majority') return true
  }

  return false
}

function objectBetween(state: FinderState, first: number, last: number) {
  // "called the ruling ''total political crap''": the object ends at the words called.
  let end = last
  for (let index = first; index <= last; index++) {
    if (!state.view.isWord[index] && quoteMarks.has(state.view.keys[index])) {
      end = index - 1
      break
    }
  }

  // "called climate change a hoax": the object ends before "a", "as", "total".
  while (end >= first && (state.view.keys[end] === 'as' || predicateFillers.has(state.view.keys[end]) || !state.view.isWord[end])) end--
  return end >= first ? rangeSpan(state.doc, state.view, first, end) : null
}
