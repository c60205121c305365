/**
 * How a cue reports: which word of an assertion's cue is the verb of saying,
 * and whether it is used in its reporting sense (`FoundStance.verb`).
 *
 * The attribution finder learned its cues from PolNeAR, where "his claim
 * that …", "the recently revealed plans", "claimed responsibility" and
 * "admitted his guilt" are attributions like "claimed that …". They are, but
 * a rule that judges the writer's choice of verb must not read a noun, a
 * modifier or another sense of the word as that choice. The decision is
 * local syntax around one token — the word before it, the word after it —
 * so it costs a few look-ups per stance, not a tagger over the text.
 */
import {tokenEndingAfter, tokenSpan, tokenStartingFrom} from '../document.js'
import type {FoundStance, Span} from '../types.js'
import {isDeterminer, isPossessive} from './context.js'
import {isNegativeContraction} from './pattern.js'
import type {FinderState} from './state.js'

/** Words between "to" and its verb ("to once again rail against"). */
const infinitiveAdverbs = new Set(['once', 'again', 'also', 'even', 'further', 'then', 'now', 'still', 'finally', 'not', 'never'])
const subjectWords = new Set(['it', 'he', 'she', 'they', 'we', 'i', 'you', 'who', 'which', 'that', 'this', 'one'])
const beForms = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", 'get', 'gets', 'got', 'getting'])
/** Before a word, these make it a noun or a modifier: "false claims", "many claims", "two claims". */
const nounMarkers = new Set([
  'many', 'several', 'numerous', 'such', 'other', 'some', 'few', 'more', 'most', 'all', 'both', 'each', 'every',
  'false', 'repeated', 'recent', 'new', 'latest', 'earlier', 'similar', 'further', 'original', 'initial',
  'baseless', 'unfounded', 'dubious', 'bold', 'wild', 'debunked', 'unproven', 'unsubstantiated', 'whose',
  'of', 'no', 'two', 'three', 'four', 'five'
])
/** Determiners skipped before an object word ("claimed the lives of", "conceded a goal"). */
const objectDeterminers = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your'])

/**
 * Set `verb` on every `asserts` and `confirms` stance of the attributions and
 * of the statuses found: the cue's verb of saying as a span, or `null` where
 * the cue does not report through a verb in its reporting sense.
 */
export function markCueVerbs(state: FinderState): void {
  for (const stance of state.attributions) markCueVerb(state, stance)
  for (const stance of state.found) markCueVerb(state, stance)
}

function markCueVerb(state: FinderState, stance: FoundStance): void {
  if (stance.kind !== 'asserts' && stance.kind !== 'confirms') return
  const {doc} = state
  const first = tokenStartingFrom(doc, stance.cue.start)
  const last = tokenEndingAfter(doc, stance.cue.end - 1)
  if (first >= doc.tokens.length || last >= doc.tokens.length || first > last) {
    stance.verb = null
    return
  }

  const head = headOf(state, first, last)
  // "claimed responsibility", "have admitting privileges": the verb in
  // another sense reports nothing, for any rule.
  const otherSense = head >= 0 && inOtherSense(state, head)
  stance.verb = head >= 0 && !otherSense && reports(state, head) ? verbSpan(state, head) : null
  if (otherSense && stance.kind === 'asserts') stance.attitude = true
}

function verbSpan(state: FinderState, at: number): Span {
  return tokenSpan(state.doc, at, at)
}

/**
 * The verb of a cue: the verb of its infinitive ("a briefing to brag",
 * "to once again rail against"), else its first word that is not an
 * auxiliary, a negation, an adverb or a subject pronoun ("has always
 * insisted", "it attacked"). A cue that opens with a determiner ("the
 * expected", "an apparent counter to") has none: it is a noun phrase.
 */
function headOf(state: FinderState, first: number, last: number): number {
  const {keys, isWord} = state.view
  const {lexicon} = state
  for (let index = last - 1; index >= first; index--) {
    if (keys[index] !== 'to') continue
    let verb = index + 1
    while (verb <= last && (infinitiveAdverbs.has(keys[verb]) || isAdverb(keys[verb]))) verb++
    if (verb <= last && isWord[verb]) return verb
    break
  }

  for (let index = first; index <= last; index++) {
    if (!isWord[index]) continue
    const word = keys[index]
    if (isDeterminer(word)) return -1
    if (lexicon.auxiliaries.has(word) || word === 'not' || word === 'never' || isNegativeContraction(word)) continue
    if (lexicon.verbAdverbs.has(word) || isAdverb(word) || subjectWords.has(word) || word.endsWith("'s")) continue
    return index
  }

  return -1
}

function isAdverb(word: string): boolean {
  return word.length > 4 && word.endsWith('ly')
}

/**
 * Whether the word at `at` reports as a verb here: not a noun or a modifier
 * (a determiner, possessive or adjective before it: "Trump's claim", "his
 * recently revealed plans", "false claims"), not a passive with no one named
 * ("was claimed by", "it was revealed"), not a confession of a fault.
 * Another sense (`inOtherSense`) the caller has ruled out.
 */
function reports(state: FinderState, at: number): boolean {
  const {doc, view, lexicon} = state
  const {keys, isWord} = view
  const sentence = doc.sentences[doc.tokens[at].sentence]
  const first = sentence.firstToken
  const end = sentence.endToken
  const key = keys[at]

  let before = at - 1
  while (before >= first && (isAdverb(keys[before]) || keys[before] === 'also')) before--
  if (before >= first && isWord[before]) {
    const word = keys[before]
    if (isDeterminer(word) || isPossessive(word) || nounMarkers.has(word) || /^\d/.test(word)) return false
    if (beForms.has(word) && /ed$/.test(key)) return false
  }

  // "admitted his guilt", "admitting it illegally booked expenses": the plain word for a confession.
  if (lexicon.confessionVerbs.has(key)) {
    // In a story of a verdict, what a party admits is the confession the
    // verdict rests on, whatever its words.
    if (hasVerdict(state)) return false
    for (let look = at + 1; look < end && look <= at + FAULT_REACH; look++) {
      if (!isWord[look] && keys[look] !== ',' && keys[look] !== '"' && keys[look] !== '\u201c') break
      if (lexicon.faultWords.has(keys[look])) return false
    }
  }

  return true
}

/** How many words after a confession verb its fault may stand ("admitted that the course name that appeared in his book was inaccurate"). */
const FAULT_REACH = 14

/**
 * Whether the verb at `at` is used in another sense than reporting: its
 * object says so ("claimed responsibility", "revealing a split", "admitting
 * privileges"), or it admits to a place ("admitted to hospital").
 */
export function inOtherSense(state: FinderState, at: number): boolean {
  const {doc, view, lexicon} = state
  const {keys} = view
  const end = doc.sentences[doc.tokens[at].sentence].endToken
  const key = keys[at]
  const senses = lexicon.otherSenses.get(key)
  if (senses) {
    let next = at + 1
    if (next < end && objectDeterminers.has(keys[next]) && !senses.has(keys[next])) next++
    if (next < end && senses.has(keys[next])) return true
  }

  if (lexicon.admitVerbs.has(key) && at + 1 < end && (keys[at + 1] === 'to' || keys[at + 1] === 'into')) {
    for (let look = at + 2; look < end && look <= at + 5; look++) if (lexicon.admissionPlaces.has(keys[look])) return true
  }

  return false
}

const verdicts = new WeakMap<FinderState['doc'], boolean>()

/** Whether the document reports a verdict (`verdictPhrases` of wording.json), read once per document. */
function hasVerdict(state: FinderState): boolean {
  let found = verdicts.get(state.doc)
  if (found === undefined) {
    const {keys} = state.view
    const phrases = state.lexicon.verdictPhrases
    found = false
    for (let index = 0; index < keys.length && !found; index++) {
      if (phrases.has(keys[index]) || (index + 1 < keys.length && phrases.has(keys[index] + ' ' + keys[index + 1]))) found = true
    }

    verdicts.set(state.doc, found)
  }

  return found
}
