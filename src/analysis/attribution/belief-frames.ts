/**
 * Beliefs of loose or unnamed groups: "Many experts suspect those losses
 * were generated …", "Analysts had believed the product would …", "many
 * consider Spain to be the leader", "most Americans consider him a fringe
 * extremist". These are the attributions `anonymous-source` exists for,
 * and the tagger, which learned its cues mostly from named speakers and
 * verbs of saying, misses many of them.
 *
 * The rule writes only where the tagger left every token unlabelled: a
 * subject whose head is a word for a loose or unnamed group (the party
 * lexicons' plural heads, or a bare quantifier: "many", "some", "most",
 * "others"), then auxiliaries, then a verb of believing or saying in its
 * active form, then the clause it takes, to the end of the sentence.
 */
import type {Document} from '../document.js'
import {partyLexicons} from '../parties/lexicons.js'
import {B_CONTENT, B_CUE, B_SOURCE, I_CONTENT, I_CUE, I_SOURCE, O, roleOf} from './labels.js'
import {isClosingQuote, isOpeningQuote} from './quotes.js'
import {CUE} from './runs.js'

/** Verbs of believing and saying that take a clause (or "X to be Y"), in their active forms. */
const BELIEF_VERBS = new Set(
  [
    'believe believes believed',
    'think thinks thought',
    'consider considers considered',
    'suspect suspects suspected',
    'fear fears feared',
    'expect expects expected',
    'predict predicts predicted',
    'forecast forecasts forecasting',
    'reckon reckons reckoned',
    'argue argues argued',
    'warn warns warned',
    'say says said',
    'estimate estimates estimated',
    'assume assumes assumed',
    'doubt doubts doubted',
    'worry worries worried'
  ].flatMap((forms) => forms.split(' '))
)
/** Words between the subject and the verb ("had been forecasting", "also say"). */
const AUXILIARIES = new Set(['had', 'have', 'has', 'been', 'are', 'were', 'do', 'did', 'does', 'may', 'might', 'would', 'also', 'still', 'long', 'now', 'widely', 'generally', 'privately', 'increasingly'])
/** Bare quantifiers that are a loose group on their own ("many thought"). */
const QUANTIFIERS = new Set(['many', 'some', 'most', 'others', 'few'])
/** Words a group's phrase may open with ("some City analysts", "Many experts", "leading economists"). */
const OPENERS = new Set(['many', 'some', 'most', 'several', 'other', 'few', 'leading', 'top', 'independent', 'outside', 'prominent'])
/** Where the subject's phrase stops, walking left. */
const PHRASE_REACH = 3
/** The longest clause the frame takes, in tokens. */
const MAX_CLAUSE = 200

export function applyBeliefFrames(doc: Document, labels: Uint8Array): void {
  const tokens = doc.tokens
  const lex = partyLexicons()
  /** Per sentence, read once: whether its labels are strays (see `isStray`). */
  const strays = new Map<number, boolean>()
  for (let verb = 1; verb < tokens.length; verb++) {
    const word = tokens[verb].lower
    if (labels[verb] !== O || tokens[verb].kind !== 'word' || !BELIEF_VERBS.has(word)) continue
    const sentence = doc.sentences[tokens[verb].sentence]
    // Labels in a sentence with no cue and no quotation mark make no
    // attribution (a content or source the tagger began and never
    // framed): they do not stand in the way of this frame.
    let stray = strays.get(tokens[verb].sentence)
    if (stray === undefined) {
      stray = isStray(doc, labels, sentence.firstToken, sentence.endToken)
      strays.set(tokens[verb].sentence, stray)
    }

    const free = (at: number) => labels[at] === O || stray === true

    // The subject's head, before any auxiliaries.
    let head = verb - 1
    while (head > sentence.firstToken && AUXILIARIES.has(tokens[head].lower)) head--
    if (head < sentence.firstToken || !free(head) || tokens[head].kind !== 'word') continue
    const headWord = tokens[head].lower
    // People, not papers: "the messages said" is another matter.
    if (!(lex.pluralHeads.has(headWord) && !lex.publicationHeads.has(headWord)) && !QUANTIFIERS.has(headWord)) continue
    // A passive or a participle is no report by the group ("experts are worried").
    if (/(?:ed|en)$/.test(word) && head < verb - 1 && /^(?:are|were|been|is|was)$/.test(tokens[verb - 1].lower)) continue

    // Words before the head that belong to its phrase.
    let first = head
    while (first > sentence.firstToken && head - first < PHRASE_REACH && free(first - 1) && tokens[first - 1].kind === 'word') {
      const before = tokens[first - 1]
      if (!OPENERS.has(before.lower) && !/^\p{Lu}/u.test(before.text)) break
      first--
    }

    // "what many thought was …" makes the clause a relative: not this frame.
    if (first > sentence.firstToken && /^(?:what|which|who|that)$/.test(tokens[first - 1].lower)) continue

    // The clause: every word after the verb, unlabelled, to the sentence's end.
    let end = sentence.endToken - 1
    // A "sentence" of thousands of words is no sentence (a list, a dump):
    // reading it whole for every verb in it would cost its length squared.
    if (end - verb > MAX_CLAUSE) continue
    while (end > verb && tokens[end].kind !== 'word') end--
    if (end <= verb + 1) continue
    let clear = true
    for (let j = verb + 1; j <= end && clear; j++) if (!free(j)) clear = false
    if (!clear) continue
    if (stray) for (let j = sentence.firstToken; j < sentence.endToken; j++) labels[j] = O

    for (let j = first; j <= head; j++) labels[j] = j === first ? B_SOURCE : I_SOURCE
    labels[head + 1] = B_CUE
    for (let j = head + 2; j <= verb; j++) labels[j] = I_CUE
    labels[verb + 1] = B_CONTENT
    for (let j = verb + 2; j <= end; j++) labels[j] = I_CONTENT
  }
}

/**
 * Whether the labels of `[first, end)` are strays: some, but no cue and no
 * quotation mark among the tokens (a quotation's content may be framed in
 * another sentence).
 */
function isStray(doc: Document, labels: Uint8Array, first: number, end: number): boolean {
  let some = false
  for (let j = first; j < end; j++) {
    const text = doc.tokens[j].text
    if (roleOf(labels[j]) === CUE || isOpeningQuote(text) || isClosingQuote(text)) return false
    if (labels[j] !== O) some = true
  }

  return some
}
