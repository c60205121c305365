/**
 * What an attribution vouches for. PolNeAR annotates attributions in a wide
 * sense, and the tagger finds them all: reports of what a party says,
 * writes or believes, but also acts and attitudes ("voters are looking for
 * change", "criticised the move"), what a party would or might say, slogans
 * and demands, and reports that say a party did not say something ("did
 * not mention"). The ledger keeps them all; these tests mark the ones no
 * rule may count as a party's assertion (`attitude`, `silent`).
 */
import type {Document} from '../document.js'
import type {QuoteMarks} from './quotes.js'
import {canReport, failureWords, isClaimVerb, isDemand, isSloganVerb, questionVerbs, raisingVerbs, silenceWords, verbBase} from './lexicon.js'
import {statusLexicon} from '../status/lexicon.js'
import {isNegativeContraction, normaliseWord} from '../status/pattern.js'
import {BE_FORMS, CLAUSE_OPENERS, FINITE_AUXILIARIES, HYPOTHETICAL_MODALS, OBJECT_PREPOSITIONS, RELATIVE} from './grammar.js'

/**
 * Whether the cue `[first, last]` says its party did not say the content:
 * a negation (the status lexicon's negators, a contraction such as
 * "didn’t", or a verb of failing: "failed to mention", "refused to say")
 * and a word of saying or mentioning ("did not say", "made no mention of",
 * "never mentioned"; data: `silenceWords`). "Made no secret of" and "did
 * not deny" hold no word of saying: they stay assertions.
 */
export function isSilent(doc: Document, first: number, last: number): boolean {
  const negators = statusLexicon().negators
  const silence = silenceWords()
  const failure = failureWords()
  let negated = false
  let saying = false
  for (let i = first; i <= last; i++) {
    const key = normaliseWord(doc.tokens[i].lower)
    if (negators.has(key) || isNegativeContraction(key) || failure.has(key)) negated = true
    else if (silence.has(key)) saying = true
  }

  return negated && saying
}

/**
 * Whether an attribution is an attitude or an act rather than a report of
 * what its party says, writes or believes: PolNeAR annotates attributions
 * in that wide sense, and the tagger finds them ("voters are looking for
 * change", "Democrats have been fighting about Obama", "colleagues share
 * their grievances about men", "creditors agreed to suspend payments",
 * "ministers backed plans to …"). A report has a clause for content: one
 * before its frame ("…, officials said"), a quotation, one opened by
 * "that", "whether" or a wh-word, or one without "that" that the cue states
 * ("said the plan hurts"; a finite auxiliary shows one after any cue). An
 * infinitive is a wish, an order or a commitment ("agreed to suspend",
 * "told the company to disguise"), unless the cue raises it ("is believed
 * to have", "claimed to have"); a noun phrase is a claim only after a cue
 * of `claimVerbs` ("forecast a rise", "called him a genius"), else an act
 * or an attitude ("criticised the move", "backed plans"). A question
 * ("asked why …") asserts nothing, and the subject of a passive cue ("users
 * are shown …") is who the report is about. Slogans and demands, what a
 * party would say, and a case in general are no reports either.
 */
export function isAttitude(
  doc: Document,
  quotes: QuoteMarks,
  cue: {first: number; last: number},
  content: {first: number; last: number} | null,
  source: {first: number; last: number} | null
): boolean {
  const tokens = doc.tokens
  let words = false
  let claim = false
  let raises = false
  let passive = false
  let question = false
  let plainSaying = false
  let reports = false
  for (let i = cue.first; i <= cue.last; i++) {
    if (tokens[i].kind !== 'word') continue
    words = true
    const lower = tokens[i].lower
    // "fans chanted “Build a wall”": a slogan, which no one vouches for;
    // "called for more information", "demanding that police release the
    // video": a demand, which states nothing.
    if (isSloganVerb(lower) || isDemand(lower, i < cue.last ? tokens[i + 1].lower : '')) return true
    const reporting = canReport(lower)
    if (isClaimVerb(lower)) claim = true
    // "claiming allegiance to …": the verb's object is in the cue, and
    // what follows is the object of its preposition, not a claim.
    else if (claim && !reporting && !CUE_PARTICLES.has(lower)) claim = false
    if (reporting) reports = true
    if (PLAIN_SAYING.has(lower)) plainSaying = true
    if (questionVerbs().has(lower)) question = true
    if (raisingVerbs().has(lower) || RAISING_CLAIMS.has(verbBase(lower)) || lower === 'said') raises = true
    if (BE_FORMS.has(lower) && i < cue.last) {
      // "were charged", "were mistakenly charged".
      const participle = i + 1 < cue.last && ADVERB_ENDING.test(tokens[i + 1].lower) ? i + 2 : i + 1
      if (isParticiple(tokens[participle].lower)) passive = true
    }
  }

  // "officers shot by …": a participle with its agent after it.
  if (isParticiple(tokens[cue.first].lower) && tokens[cue.first + 1]?.lower === 'by') passive = true
  // "users to tell …": an infinitive reports nothing yet.
  if (tokens[cue.first].lower === 'to') return true

  if (!words) return false
  // Both tests below are about a party's words: an impersonal cue ("has
  // been seen as", "it could be argued") is the status layer's to read.
  if (source && (isHypothetical(doc, cue) || isGenericCase(doc, source, cue))) return true
  // A cue with no word that can report (of saying, writing, believing:
  // `reporting-verbs.json`) vouches for nothing: "officers shot by …",
  // "many corporations … have found ways", "made the initial determination
  // on how …" are events the tagger took for frames.
  if (source && !reports && !opensThatClause(doc, quotes, cue, content)) return true
  // "asked why …", "questioned whether …": a question vouches for nothing.
  if (question) return true
  // "users are shown …", "a caller was asked why …": the subject before a
  // passive cue is who the report is about, not who makes it.
  if (passive && !raises && source && source.last < cue.first) return true
  // With no content, only a plain verb of saying reports anything
  // ("…, officials said."; not "One Republican threatened", "Several
  // nations announced support").
  if (!content) return !plainSaying

  if (content.first < cue.first) {
    // "The proposal was jointly written by …": a passive's subject is what
    // was done, not a clause anyone states.
    if (passive && content.last < cue.first && !hasFinite(doc, content.first, content.last)) return true
    // "the lens through which voters view the candidates": a relative
    // clause after a preposition is a circumstance; it reports no clause
    // ("which officials said was likely" does).
    const opening = contentOpening(doc, quotes, content)
    return RELATIVE_OBJECTS.has(tokens[opening].lower) && opening > 0 && (OBJECT_PREPOSITIONS.has(tokens[opening - 1].lower) || RELATIVE_PREPOSITIONS.has(tokens[opening - 1].lower)) && source !== null && source.first === opening + 1
  }

  const first = contentOpening(doc, quotes, content)
  if (quotes.mark[first] !== 0 || tokens[first].lower === 'that') return false
  // "are divided on which candidate …", "wonder why …": an indirect
  // question states nothing, unless a cue of saying reports its answer
  // ("explained why …"). "How" may be a degree ("alarms about how sick
  // customers are"), which states what it measures.
  if (CLAUSE_OPENERS.has(tokens[first].lower)) return tokens[first].lower !== 'how' && !claim
  if (isInfinitive(doc, quotes, first, content.last)) return !raises
  if (claim) return false
  // A clause without "that" ("are hopeful they can win", "thought the
  // worst was over") has a finite auxiliary, copula or modal in its own
  // words, before any relative clause or aside ("the move - which may
  // affect staff" is a noun phrase).
  for (let i = first; i <= content.last; i++) {
    const lower = tokens[i].lower
    if (FINITE_AUXILIARIES.has(lower)) return false
    if (RELATIVE.has(lower) || ASIDE_MARKS.has(tokens[i].text)) break
  }

  return true
}

/**
 * Whether a cue says what a party would or might say rather than what it
 * said ("would argue", "may think of", "might blame"): a modal of
 * possibility not negated ("would not say" declines; the status layer
 * reads it) nor before a passive ("could be heard grousing" reports what
 * was heard).
 */
function isHypothetical(doc: Document, cue: {first: number; last: number}): boolean {
  const tokens = doc.tokens
  for (let i = cue.first; i < cue.last; i++) {
    if (!HYPOTHETICAL_MODALS.has(tokens[i].lower)) continue
    let next = i + 1
    while (next < cue.last && tokens[next].kind !== 'word') next++
    const word = tokens[next].lower
    if (NEGATORS.has(word)) return false
    if (word !== 'be') return true
    let after = next + 1
    while (after < cue.last && tokens[after].kind !== 'word') after++
    return after > cue.last || !isParticiple(tokens[after].lower)
  }

  return false
}

/**
 * Whether a report is a case in general rather than one made: a present
 * tense after "when" or "if" with an indefinite source ("when a man tells
 * a woman that she is moaning", "it gets your attention when a leader
 * says …"). A past tense tells what happened ("when a reporter asked").
 */
function isGenericCase(doc: Document, source: {first: number; last: number}, cue: {first: number; last: number}): boolean {
  const tokens = doc.tokens
  if (source.first === 0 || source.last >= cue.first) return false
  const opener = tokens[source.first - 1]
  if (!GENERIC_OPENERS.has(opener.lower) || opener.sentence !== tokens[cue.first].sentence) return false
  const subject = tokens[source.first].lower
  if (subject !== 'a' && subject !== 'an') return false
  const verb = tokens[cue.first].lower
  return /[^s]s$/.test(verb) && !BE_FORMS.has(verb)
}

/** Words that open a clause of a case in general ("when", "if"). */
const GENERIC_OPENERS = new Set(['when', 'whenever', 'if', 'unless'])

/** Words that negate a modal ("would not", "could never"). */
const NEGATORS = new Set(['not', 'never', 'no', 'hardly', 'scarcely', 'nt', 'n’t', "n't"])

/**
 * Whether the content is a that-clause right after the cue ("made clear
 * that …", "were adamant that …"): a predicate that takes one states or
 * holds a proposition, whatever its words.
 */
function opensThatClause(doc: Document, quotes: QuoteMarks, cue: {last: number}, content: {first: number; last: number} | null): boolean {
  if (!content || content.first <= cue.last) return false
  return doc.tokens[contentOpening(doc, quotes, content)].lower === 'that'
}

/** The token a content opens with: its first word or quotation mark (not a comma or a dash before it). */
function contentOpening(doc: Document, quotes: QuoteMarks, content: {first: number; last: number}): number {
  let first = content.first
  while (first < content.last && doc.tokens[first].kind !== 'word' && quotes.mark[first] === 0) first++
  return first
}

/** A past participle after "be" ("shown", "asked", "criticised"), but not "quoted" ("was quoted as saying" reports). */
function isParticiple(lower: string): boolean {
  return (/(?:ed|en|wn)$/.test(lower) || lower === 'told' || lower === 'said' || lower === 'thought') && lower !== 'quoted'
}

/** Words that may follow a claim verb inside its cue and leave its content a claim ("called it", "predicted again"). */
const CUE_PARTICLES = new Set(['it', 'him', 'her', 'them', 'this', 'that', 'again', 'also', 'then', 'now', 'once', 'still', 'even', 'already', 'repeatedly', 'publicly', 'privately', 'not', 'never', 'to', 'as', 'on', 'for', 'in', 'of', 'about', 'at', 'by', 'with'])

/** Whether tokens `[first, last]` hold a finite auxiliary, copula or modal (a clause, not a noun phrase). */
function hasFinite(doc: Document, first: number, last: number): boolean {
  for (let i = first; i <= last; i++) if (FINITE_AUXILIARIES.has(doc.tokens[i].lower)) return true
  return false
}

/** Relative pronouns that stand for an object ("through which voters view …"), and prepositions before them besides `OBJECT_PREPOSITIONS`. */
const RELATIVE_OBJECTS = new Set(['which', 'whom'])
const RELATIVE_PREPOSITIONS = new Set(['through', 'by', 'with', 'during', 'upon', 'within', 'behind', 'across'])

/** An adverb in -ly between a form of "be" and its participle ("were mistakenly charged"). */
const ADVERB_ENDING = /^[a-z]{3,}ly$/

/** The plain verbs of saying: the one cue that reports even when its content is lost. */
const PLAIN_SAYING = new Set(['said', 'says', 'say', 'saying', 'told', 'tells', 'tell', 'according', 'added', 'adds'])

/** Cues that state their infinitive ("claimed to have seen", "is said to be"), besides the raising verbs. */
const RAISING_CLAIMS = new Set(['claim', 'alleg', 'purport', 'profess', 'said', 'say', 'report', 'believ', 'thought', 'think', 'known', 'know', 'expect', 'consider', 'rumour', 'rumor', 'understood', 'understand'])
/** Marks that open an aside or a relative clause inside a noun phrase. */
const ASIDE_MARKS = new Set(['-', '–', '—', '(', ','])

/**
 * Whether the content from token `first` is an infinitive ("to suspend …",
 * "all big loans to be scrutinised", "visiting fans not to protest"): a
 * "to" before any finite auxiliary or clause opener, followed by a word
 * that can be a verb (not a determiner, a number or a name: "rose to a
 * record", "a move to London").
 */
function isInfinitive(doc: Document, quotes: QuoteMarks, first: number, last: number): boolean {
  const tokens = doc.tokens
  for (let i = first; i < last; i++) {
    const lower = tokens[i].lower
    if (quotes.mark[i] !== 0 || FINITE_AUXILIARIES.has(lower) || CLAUSE_OPENERS.has(lower)) return false
    if (lower !== 'to') continue
    const next = tokens[i + 1]
    return next.kind === 'word' && !NOT_VERBS.has(next.lower) && !/^[\p{Lu}\d]/u.test(next.text)
  }

  return false
}

/** Words after "to" that make it a preposition. */
const NOT_VERBS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'this', 'that', 'these', 'those', 'some', 'any', 'all', 'each', 'every', 'no', 'more', 'less', 'about', 'around', 'nearly', 'almost', 'him', 'them', 'us', 'me', 'it', 'what', 'whom', 'which', 'date'])
