/**
 * Attribution extraction: every "who said / believes what" in the text as
 * an `asserts` stance with its cue, source mention and content.
 *
 * A learned linear-chain tagger (`models/attribution.json`, trained on
 * PolNeAR by `npm run train`) labels each token as source, cue or content
 * (BIO) paragraph by paragraph; `frames.ts` fills in plain "X told Y that
 * …" frames the tagger missed; `spans.ts` groups the labels into
 * attributions; `channels.ts` adds carrying outlets. The quotations are
 * paired by `quotation-marks.ts` (for the grouping too), the frames the
 * tagger misses around them added by `quotation-frames.ts`, and each is
 * tied to its speaker by `quotation-speakers.ts`.
 */
import type {Document} from '../document.js'
import {textSpan, tokenSpan} from '../document.js'
import type {FoundQuotation, FoundStance, Span} from '../types.js'
import {addChannels} from './channels.js'
import {
  FEATURES_PER_TOKEN,
  STAGE2_FEATURES_PER_TOKEN,
  paragraphFeatures,
  tokenAttributes,
  withCues,
  type TokenAttributes
} from './features.js'
import {O, roleOf} from './labels.js'
import type {QuoteMarks} from './quotes.js'
import {settleCueEnd, takeAuxiliaries, trimCircumstance} from './circumstances.js'

import {findQuotations} from './quotations.js'
import {findMarkedQuotations, pairQuotes, quoteMarksOf} from './quotation-marks.js'
import {attributeQuotations} from './quotation-speakers.js'
import {addQuotationFrames} from './quotation-frames.js'

export {findQuotations} from './quotations.js'
import {applyCoordinatedFrames} from './coordinated-frames.js'
import {applyParticipleSubjects} from './participle-subjects.js'
import {applyAddresseeFrames, applyFrames, applyInvertedFrames, applyNestedFrames, applyParticipleFrames, applyPostposedFrames, applySourceHeads} from './frames.js'
import {applyPassiveAgents} from './passive-agents.js'
import {applyColonFrames} from './speaker-labels.js'
import {applyAnonymityFrames} from './anonymity-frames.js'
import {withoutDatelines} from './datelines.js'
import {applyBeliefFrames} from './belief-frames.js'
import {addresseeVerbs, channelVerbs, questionVerbs, circumstantialWords, cueAuxiliaries, cueBoundaries, cuePhrases, canReport, cueWords, isClaimVerb, isDemand, isReportingWord, isSloganVerb, raisingVerbs, silenceWords, failureWords, speechVerbs, verbBase} from './lexicon.js'
import {statusLexicon} from '../status/lexicon.js'
import {isNegativeContraction, normaliseWord} from '../status/pattern.js'
import {loadModel, type Model} from './model.js'
import {CONTENT, CUE, SOURCE, attachRuns, labelRuns, type RunAttribution} from './spans.js'
import {BE_FORMS, CLAUSE_OPENERS, FINITE_AUXILIARIES, HYPOTHETICAL_MODALS, SUBORDINATORS} from './grammar.js'
import {decode, type TaggerWeights} from './tagger.js'

/** Find attributions (`asserts` stances): cue, source mention, content. */
export function findAttributions(doc: Document): FoundStance[] {
  return findAttributionsAndQuotations(doc).attributions
}

/**
 * Attributions and every direct quotation at once: both need the same token
 * attributes and quote pairing, which are worth computing once.
 */
export function findAttributionsAndQuotations(doc: Document): {attributions: FoundStance[]; quotations: FoundQuotation[]} {
  const attributes = tokenAttributes(doc, cueWords())
  const marked = findMarkedQuotations(doc)
  const quotes = quoteMarksOf(doc, marked)
  const labels = tagTwice(doc, loadModel(), attributes)
  applyFrameRules(doc, labels)
  const attributions = withoutDatelines(doc, attributionsFromLabels(doc, labels, attributes, quotes))
  applyParticipleSubjects(doc, attributions)
  const quotations = findQuotations(doc, marked)
  addQuotationFrames(doc, quotations, attributions)
  attributeQuotations(doc, quotations, attributions)
  return {attributions, quotations}
}

/**
 * The frame rules of `frames.ts`, `passive-agents.ts` and
 * `speaker-labels.ts`, over the tagger's labels (in place):
 * plain "X told Y that …", "CLAUSE, X said." and "“…,” said X, …" frames
 * the tagger missed, a report inside a report, two reports joined by
 * "and" ("…, and Trump vowed to …"), and an addressee the tagger
 * took for content ("told lawmakers in a meeting that …"), a passive cue's
 * agent ("was asked by the moderator"), a speaker's label before a colon
 * ("Sanders: Clinton Email Story Has Moved."), a source that says why it
 * is not named ("officials who spoke on condition of anonymity said"), a
 * loose group's belief ("many experts suspect …"), and a source begun
 * inside its noun phrase ("Ms. Conway" tagged from "Conway").
 */
export function applyFrameRules(doc: Document, labels: Uint8Array): void {
  applyFrames(doc, labels, speechVerbs())
  applyPostposedFrames(doc, labels)
  applyInvertedFrames(doc, labels, speechVerbs())
  applyNestedFrames(doc, labels, speechVerbs())
  applyCoordinatedFrames(doc, labels, isReportingWord)
  applyAddresseeFrames(doc, labels, addresseeVerbs(), questionVerbs())
  applyParticipleFrames(doc, labels, isReportingWord)
  applyPassiveAgents(doc, labels, isReportingWord)
  applyColonFrames(doc, labels)
  applyAnonymityFrames(doc, labels, speechVerbs())
  applyBeliefFrames(doc, labels)
  applySourceHeads(doc, labels)
}

/**
 * Tag with the first stage, then (if the model has one) with the second,
 * which sees the first stage's labels and cue positions: content and source
 * depend on where the cues are, which the first stage can only guess from
 * the lexicon.
 */
export function tagTwice(doc: Document, model: Model, attributes: TokenAttributes): Uint8Array {
  const first = tagDocument(doc, model.stage1, attributes)
  if (!model.stage2) return first
  // Paragraphs where the first stage saw nothing keep their O labels: the
  // second stage only refines what the first found, and half the text of
  // an article is usually such paragraphs.
  return tagDocument(doc, model.stage2, stackedAttributes(doc, attributes, first), first)
}

/** Attributes for the second stage from the first stage's labels. */
export function stackedAttributes(doc: Document, attributes: TokenAttributes, stage1: Uint8Array): TokenAttributes {
  const cue = new Uint8Array(stage1.length)
  for (let i = 0; i < stage1.length; i++) if (roleOf(stage1[i]) === CUE) cue[i] = 1
  return withCues(doc, attributes, cue, stage1)
}

/** A paragraph's feature ids, reused across paragraphs and documents (grown as needed). */
let features = new Int32Array(0)

/** Label every token of `doc` (paragraph by paragraph; with `only`, just the paragraphs where `only` has a label). */
export function tagDocument(
  doc: Document,
  weights: TaggerWeights,
  attributes: TokenAttributes,
  only?: Uint8Array
): Uint8Array {
  const labels = new Uint8Array(doc.tokens.length)
  const perToken = attributes.stage1 ? STAGE2_FEATURES_PER_TOKEN : FEATURES_PER_TOKEN
  for (const paragraph of doc.paragraphs) {
    const first = doc.sentences[paragraph.firstSentence].firstToken
    const end = doc.sentences[paragraph.endSentence - 1].endToken
    const n = end - first
    if (only && !hasLabel(only, first, end)) continue
    if (features.length < n * perToken) features = new Int32Array(n * perToken * 2)
    paragraphFeatures(attributes, first, end, features)
    decode(weights, features, n, labels.subarray(first, end), perToken)
  }

  return labels
}

/**
 * A content's span without the commas and full stops of its frame, and
 * without the quotation marks when the whole content is one quotation: the
 * claim is the words (as PolNeAR annotates it, and as an editor reads it in
 * a message). Quotation marks inside the claim stay, in pairs.
 */
function contentSpan(doc: Document, quotes: QuoteMarks, first: number, last: number): Span {
  const tokens = doc.tokens
  const frame = (i: number) => tokens[i].kind !== 'word' && quotes.mark[i] === 0
  let from = first
  let to = last
  while (from < to && frame(from)) from++
  while (to > from && frame(to)) to--
  if (quotes.mark[from] === 1 && quotes.partner[from] === to) {
    from++
    to--
    while (from < to && frame(from)) from++
    while (to > from && frame(to)) to--
  }

  return tokenSpan(doc, from, to)
}

/**
 * A source's span: without the commas of an apposition's frame, a time or
 * occasion at its end, an adverbial fronted before it, or a passive's "by"
 * (PolNeAR starts 11 of 18,361 sources on train with it). "She’ll be eager
 * to prove", "he’s poised to argue": a contraction right before the cue
 * belongs to the verb, not to the source (English tokenisers keep "She’ll"
 * one word).
 */
function sourceSpan(doc: Document, first: number, last: number, cue: number): Span {
  const tokens = doc.tokens
  // Not the commas of an apposition's frame ("said Tim Selaty, organizer of …,").
  while (last > first && SEPARATORS.has(tokens[last].text)) last--
  while (first < last && SEPARATORS.has(tokens[first].text)) first++
  last = withoutTime(doc, first, last)
  first = withoutFrontedAdverbial(doc, first, last)
  // A passive's agent without its "by" ("criticized by organizers"), and a
  // relative word before the subject of its clause ("which officials said"):
  // PolNeAR starts a longer source with "which", "who" or "whom" 3 times in
  // 18,361 on train.
  if (first < last && (tokens[first].lower === 'by' || LEADING_RELATIVES.has(tokens[first].lower))) first++
  // A source never starts after its own determiner ("the | No. 2 Republican
  // in the Senate", "a | senior official"): the tagger began it a word late.
  while (first > 0 && tokens[first - 1].sentence === tokens[first].sentence && SOURCE_DETERMINERS.has(tokens[first - 1].lower) && tokens[first].kind === 'word') first--
  first = withRelativeHead(doc, first)
  const span = tokenSpan(doc, first, last)
  const auxiliary = last + 1 === cue ? contractedAuxiliary(doc, last) : -1
  return auxiliary === -1 ? span : textSpan(doc, span.start, auxiliary)
}

/**
 * A source the tagger began inside a relative clause ("people who |
 * reviewed it said", "Sembler, who | helped lead fundraising, has agreed")
 * starts at the noun the clause is about: its head, with the capitalised
 * words and determiners right before it. Not after a pronoun subject of the
 * clause ("Fiorina, who he named"), which the clause's own subject is.
 */
function withRelativeHead(doc: Document, first: number): number {
  const tokens = doc.tokens
  const relative = first - 1
  if (relative < 1 || tokens[relative].lower !== 'who' || tokens[relative].sentence !== tokens[first].sentence) return first
  // A verb opens the clause the tagger took ("who | reviewed it"); a
  // pronoun is the clause's own subject, a preposition a circumstance
  // before the verb ("who | in 2010 said").
  if (!/^\p{Ll}/u.test(tokens[first].text) || SUBJECT_PRONOUNS.has(tokens[first].lower) || circumstantialWords().has(tokens[first].lower) || CLAUSE_PREPOSITIONS.has(tokens[first].lower)) {
    return first
  }
  let head = relative - 1
  if (tokens[head].text === ',') head--
  if (head < 0 || tokens[head].kind !== 'word' || tokens[head].sentence !== tokens[first].sentence) return first
  let start = head
  while (
    start > 0 &&
    head - start < 5 &&
    tokens[start - 1].sentence === tokens[first].sentence &&
    tokens[start - 1].kind === 'word' &&
    (/^\p{Lu}/u.test(tokens[start - 1].text) || SOURCE_DETERMINERS.has(tokens[start - 1].lower)) &&
    !SUBORDINATORS.has(tokens[start - 1].lower) &&
    !CONJUNCTIONS.has(tokens[start - 1].lower)
  ) {
    start--
  }

  return start
}

/** Words that join clauses: a capital there opens the sentence, not a name ("Though executives who …"). */
const CONJUNCTIONS = new Set(['and', 'but', 'or', 'nor', 'so', 'yet', 'even', 'still', 'also', 'then'])

/** Prepositions that open a circumstance, besides the lexicon's `circumstantial` words. */
const CLAUSE_PREPOSITIONS = new Set(['through', 'for', 'to', 'by', 'under', 'over', 'since', 'until', 'like', 'as'])

/**
 * Whether a source before its cue is the object of a preposition ("for | a
 * sitting justice to weigh in", "criticism from | business groups, has
 * said", "Among | the American people, … appears"): no subject of the
 * cue, so no source. Not "according to", the agent's "by", nor "than"
 * ("less credit than aides say"), nor a preposition that opens the
 * sentence.
 */
function isPrepositionObject(doc: Document, first: number, last: number, cue: number): boolean {
  const tokens = doc.tokens
  if (first >= cue || first === 0) return false
  const before = tokens[first - 1]
  if (before.sentence !== tokens[first].sentence || !OBJECT_PREPOSITIONS.has(before.lower)) return false
  if (before.lower === 'to' && first > 1 && tokens[first - 2].lower === 'according') return false
  // A fronted perspective is a source ("To Harrison, the stare seemed …",
  // "For many economists, the targets are …").
  if (first - 1 === doc.sentences[before.sentence].firstToken) return false
  // A possessor of a report named by a noun ("over her remark that …",
  // "in its findings: …") and a speaker's label ("More from Blumenthal: …")
  // are sources inside the phrase.
  return !POSSESSIVES.has(tokens[last].lower) && !/['’]s?$/.test(tokens[last].text) && tokens[cue].text !== ':'
}

/** Possessive determiners that own a nominal cue. */
const POSSESSIVES = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your'])

/** Prepositions whose object is never the subject of the cue after it. */
const OBJECT_PREPOSITIONS = new Set(['from', 'of', 'for', 'to', 'in', 'on', 'at', 'about', 'against', 'among', 'into', 'over', 'under', 'between', 'toward', 'towards', 'like'])

/** Subject pronouns: the subject of a relative clause, not its head. */
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you'])

/**
 * A cue's span, with an auxiliary contracted onto the word before it: in
 * "He’s said" the source is "He" and the cue "’s said" (PolNeAR marks 115
 * of 127 such cues so on train).
 */
function cueSpan(doc: Document, first: number, last: number): Span {
  const span = tokenSpan(doc, first, last)
  const auxiliary = first > 0 && doc.tokens[first - 1].sentence === doc.tokens[first].sentence ? contractedAuxiliary(doc, first - 1) : -1
  return auxiliary === -1 ? span : textSpan(doc, auxiliary, span.end)
}

/** The offset where an auxiliary contracted onto token `index` starts ("he’s", "they’ve"), or -1. */
function contractedAuxiliary(doc: Document, index: number): number {
  const token = doc.tokens[index]
  const contraction = CONTRACTION.exec(token.text)
  if (!contraction || contraction.index === 0) return -1
  // "Trump’s campaign": ’s after a name is a possessive far more often.
  if (/s$/i.test(contraction[0]) && !PRONOUN.test(token.text.slice(0, contraction.index))) return -1
  return token.end - contraction[0].length
}

const LEADING_RELATIVES = new Set(['which', 'who', 'whom'])
const POSSESSIVE_DETERMINERS = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your'])
const SOURCE_DETERMINERS = new Set(['the', 'a', 'an', 'no.', 'his', 'her', 'their', 'its'])

const LONE_PREPOSITIONS = new Set(['to', 'of', 'for', 'about', 'on', 'with', 'from', 'by', 'at', 'as', 'in'])

const SEPARATORS = new Set([',', ';', ':', '-', '–', '—'])

/**
 * The last token of a source without a time or occasion it ends with:
 * "Donald Trump on Sunday", "Mr. Durbin (D-Ill.) in an interview" (the
 * tagger runs the source on to the cue; on PolNeAR train 32 of 18,361
 * sources end so, each inside a relative clause, which is left alone).
 */
function withoutTime(doc: Document, first: number, last: number): number {
  const tokens = doc.tokens
  if (last - first < 2 || !TIME_WORDS.has(tokens[last].lower)) return last
  let at = last - 1
  if (at > first && (tokens[at].lower === 'a' || tokens[at].lower === 'an')) at--
  if (!TIME_OPENERS.has(tokens[at].lower) || at <= first) return last
  for (let i = first; i < at; i++) if (RELATIVE.has(tokens[i].lower) || tokens[i].text === ',') return last
  return at - 1
}

/**
 * The first token of a source without an adverbial fronted before it: "In
 * South Florida, where land is scarce, developers" → "developers" (on
 * PolNeAR train 7 of 18,361 sources open with a preposition and hold a
 * comma). The source starts after the last comma.
 */
function withoutFrontedAdverbial(doc: Document, first: number, last: number): number {
  const tokens = doc.tokens
  if (!FRONTED.has(tokens[first].lower)) return first
  let comma = -1
  for (let i = first + 1; i < last; i++) if (tokens[i].text === ',') comma = i
  if (comma === -1) return first
  let start = comma + 1
  while (start < last && tokens[start].kind !== 'word') start++
  return start
}

const FRONTED = new Set(['in', 'at', 'on', 'for', 'after', 'before', 'during', 'with', 'from', 'under', 'since', 'despite', 'like', 'unlike', 'among', 'across', 'amid', 'following', 'throughout', 'within', 'outside', 'inside', 'over', 'while', 'when', 'although', 'though', 'if', 'because'])

const TIME_OPENERS = new Set(['on', 'last', 'this', 'earlier', 'late', 'early', 'in', 'at', 'during', 'yesterday', 'today'])
const TIME_WORDS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'week', 'month', 'year', 'night', 'morning', 'afternoon', 'evening', 'weekend', 'interview', 'statement', 'speech', 'tweet', 'post', 'email', 'e-mail', 'briefing'])
const RELATIVE = new Set(['who', 'which', 'that', 'whose', 'whom'])

/**
 * Whether the cue `[first, last]` says its party did not say the content:
 * a negation (the status lexicon's negators, a contraction such as
 * "didn’t", or a verb of failing: "failed to mention") and a word of saying or mentioning ("did not say", "made no
 * mention of", "never mentioned"; data: `silenceWords`). "Made no secret
 * of" and "did not deny" hold no word of saying: they stay assertions.
 */
function isSilent(doc: Document, first: number, last: number): boolean {
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
 * are shown …") is who the report is about.
 */
function isAttitude(
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
    if (isClaimVerb(lower)) claim = true
    // "claiming allegiance to …": the verb's object is in the cue, and
    // what follows is the object of its preposition, not a claim.
    else if (claim && !canReport(lower) && !CUE_PARTICLES.has(lower)) claim = false
    if (!reports && canReport(lower)) reports = true
    if (PLAIN_SAYING.has(lower)) plainSaying = true
    if (questionVerbs().has(lower)) question = true
    if (raisingVerbs().has(lower) || RAISING_CLAIMS.has(verbBase(lower)) || lower === 'said') raises = true
    if (BE_FORMS.has(lower) && i < cue.last && isParticiple(tokens[ADVERB_ENDING.test(tokens[i + 1].lower) && i + 1 < cue.last ? i + 2 : i + 1].lower)) passive = true
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

/**
 * "According to Microsoft the messages were sent via …": a name takes no
 * article after it, so the source after "according to" ends at the name, and the
 * noun phrase the article opens begins the content (the comma the writer
 * left out). The tagger, reading words, runs the source on.
 */
function splitNameAndClause(doc: Document, attribution: RunAttribution): void {
  const {source, cue} = attribution
  const tokens = doc.tokens
  if (!source || source.first <= cue.last || attribution.content || tokens[cue.first].lower !== 'according') return
  for (let i = source.first + 1; i <= source.last; i++) {
    if (!ARTICLES.has(tokens[i].lower) || tokens[i - 1].kind !== 'word' || !/^\p{Lu}/u.test(tokens[i - 1].text)) continue
    let last = doc.sentences[tokens[i].sentence].endToken - 1
    while (last > i && tokens[last].kind !== 'word') last--
    attribution.source = {...source, last: i - 1}
    attribution.content = {role: CONTENT, first: i, last}
    return
  }
}

/** Whether token `index` is a lower-case adverb of the cue lexicon's auxiliaries ("later", "also", "repeatedly"), not a verb. */
function isCueAdverb(doc: Document, index: number): boolean {
  const token = doc.tokens[index]
  if (token.kind !== 'word' || token.text !== token.lower) return false
  return CUE_ADVERBS.has(token.lower) || (token.lower.length > 4 && token.lower.endsWith('ly') && cueAuxiliaries().has(token.lower))
}

/** The adverbs of the cue auxiliaries that may end a source the tagger ran on ("The campaign later"). */
const CUE_ADVERBS = new Set(['also', 'still', 'later', 'once', 'again', 'already', 'never', 'now', 'first', 'even', 'just'])

/** The articles: a name is never followed by one inside its own noun phrase. */
const ARTICLES = new Set(['the', 'a', 'an'])

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

/** A contracted auxiliary at the end of a word: ’ll, ’re, ’ve, ’d, ’s, ’m. */
const CONTRACTION = /['’](?:ll|re|ve|d|s|m)$/i
const PRONOUN = /^(?:he|she|it|who|that|there)$/i

/**
 * A cue the tagger ran on into a quotation mark ("said Sunday on NBC’s
 * “Meet the Press”") ends before it: the words after the verb are a
 * circumstance, and the mark opens another quotation.
 */
function cutAtQuote(doc: Document, marks: Uint8Array, cue: {first: number; last: number}): void {
  for (let i = cue.first + 1; i <= cue.last; i++) {
    if (marks[i] === 0) continue
    let last = i - 1
    while (last > cue.first && doc.tokens[last].kind !== 'word') last--
    cue.last = last
    return
  }
}

function hasQuote(marks: Uint8Array, first: number, last: number): boolean {
  for (let i = first; i <= last; i++) if (marks[i] !== 0) return true
  return false
}

function hasLabel(labels: Uint8Array, first: number, end: number): boolean {
  for (let i = first; i < end; i++) if (labels[i] !== O) return true
  return false
}

/** Turn token labels into found stances. */
export function attributionsFromLabels(
  doc: Document,
  labels: Uint8Array,
  attributes: TokenAttributes,
  quotes: QuoteMarks = pairQuotes(doc)
): FoundStance[] {
  const runs = labelRuns(labels, doc.tokens.length)
  const attributions = attachRuns(doc, runs, quotes)
  // "said at one point", "said of the course": the cue is "said".
  for (const attribution of attributions) {
    cutAtQuote(doc, quotes.mark, attribution.cue)
    trimCircumstance(doc, attribution.cue, speechVerbs(), circumstantialWords(), cuePhrases())
    takeAuxiliaries(doc, attribution.cue, labels, cueAuxiliaries())
    // "The campaign later | said": an adverb the tagger ended the source
    // with belongs to the cue, as an unlabelled one does.
    while (attribution.source && attribution.source.last > attribution.source.first && attribution.source.last + 1 === attribution.cue.first && isCueAdverb(doc, attribution.source.last)) {
      attribution.source = {...attribution.source, last: attribution.source.last - 1}
      attribution.cue = {...attribution.cue, first: attribution.cue.first - 1}
    }
    if (settleCueEnd(doc, attribution.cue, labels, cueBoundaries()) && attribution.content && attribution.content.first === attribution.cue.last) {
      attribution.content = attribution.content.first < attribution.content.last ? {...attribution.content, first: attribution.content.first + 1} : null
    }

    // "His | surrogates called": a possessive is never a source alone; the
    // noun the tagger put at the head of the cue is the source's head.
    const owner = attribution.source
    if (owner && owner.first === owner.last && POSSESSIVE_DETERMINERS.has(doc.tokens[owner.first].lower) && owner.last + 1 === attribution.cue.first) {
      let head = attribution.cue.first
      while (head < attribution.cue.last && !isReportingWord(doc.tokens[head].lower)) head++
      if (head > attribution.cue.first && isReportingWord(doc.tokens[head].lower)) {
        attribution.source = {...owner, last: head - 1}
        attribution.cue = {...attribution.cue, first: head}
      }
    }

    splitNameAndClause(doc, attribution)

    // "He’s said" tagged whole as the cue: the pronoun is the source, and
    // the cue starts at its contracted auxiliary (see cueSpan).
    const contracted = attribution.cue
    if (contracted.first < contracted.last && contractedAuxiliary(doc, contracted.first) !== -1) {
      if (!attribution.source) attribution.source = {role: SOURCE, first: contracted.first, last: contracted.first}
      attribution.cue = {...contracted, first: contracted.first + 1}
    }
  }
  const stances: FoundStance[] = attributions
    // A cue never spans a quotation mark (1 gold cue in 1,000 on PolNeAR
    // does); such a run is the tagger losing its way in quoted words.
    .filter((attribution) => !hasQuote(quotes.mark, attribution.cue.first, attribution.cue.last))
    // Nor is a lone preposition a cue: of those the tagger finds on the
    // six held-out folds of train, 5 are gold and 36 stray ("flew to
    // Germany").
    .filter((attribution) => attribution.cue.first !== attribution.cue.last || !LONE_PREPOSITIONS.has(doc.tokens[attribution.cue.first].lower))
    .map((attribution) => ({
      kind: 'asserts',
      cue: cueSpan(doc, attribution.cue.first, attribution.cue.last),
      source: attribution.source && !isPrepositionObject(doc, attribution.source.first, attribution.source.last, attribution.cue.first) ? sourceSpan(doc, attribution.source.first, attribution.source.last, attribution.cue.first) : null,
      content: attribution.content ? contentSpan(doc, quotes, attribution.content.first, attribution.content.last) : null,
      channel: null,
      ...(isSilent(doc, attribution.cue.first, attribution.cue.last) ? {silent: true} : {}),
      ...(isAttitude(doc, quotes, attribution.cue, attribution.content, attribution.source) ? {attitude: true} : {})
    }))
  addChannels(doc, stances, channelVerbs())
  return stances
}
