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
 * tied to its speaker by `quotation-speakers.ts`. `attitudes.ts` marks the
 * attributions that vouch for nothing (acts, attitudes, slogans, demands,
 * what a party did not say).
 */
import type {Document} from '../document.js'
import {textSpan, tokenSpan} from '../document.js'
import type {FoundQuotation, FoundStance, Span} from '../types.js'
import {addChannels} from './channels.js'
import {
  FEATURES_PER_TOKEN,
  STAGE2_FEATURES_PER_TOKEN,
  fillCueContext,
  paragraphFeatures,
  stackedShell,
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
import {findDatelines, withoutDatelines} from './datelines.js'
import {applyBeliefFrames} from './belief-frames.js'
import {addresseeVerbs, channelVerbs, questionVerbs, circumstantialWords, cueAuxiliaries, cueBoundaries, cuePhrases, cueWords, isReportingWord, speechVerbs} from './lexicon.js'
import {loadModel, type Model} from './model.js'
import {CONTENT, CUE, SOURCE, attachRuns, labelRuns, type RunAttribution} from './spans.js'
import {ARTICLES, OBJECT_PREPOSITIONS, POSSESSIVE_DETERMINERS, RELATIVE, SUBORDINATORS} from './grammar.js'
import {isAttitude, isSilent} from './attitudes.js'
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
  // Found once: they leave the stances, and a participle's subject comes after them.
  const datelines = findDatelines(doc)
  const attributions = withoutDatelines(doc, attributionsFromLabels(doc, labels, attributes, quotes), datelines)
  applyParticipleSubjects(doc, attributions, datelines)
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
  applyPostposedFrames(doc, labels, isReportingWord)
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
 *
 * Both stages run on one paragraph before the next: the second stage's
 * attributes of a paragraph depend only on the first stage's labels in it
 * (the cue context is per sentence, the stacked features per paragraph),
 * and the two stages read the same rows of their shared emission table
 * (`packTogether`), which are still in the cache.
 */
export function tagTwice(doc: Document, model: Model, attributes: TokenAttributes): Uint8Array {
  const stage2 = model.stage2
  if (!stage2) return tagDocument(doc, model.stage1, attributes)
  const n = doc.tokens.length
  const first = new Uint8Array(n)
  const labels = new Uint8Array(n)
  const cue = new Uint8Array(n)
  const stacked = stackedShell(attributes, cue, first)
  for (const paragraph of doc.paragraphs) {
    const start = doc.sentences[paragraph.firstSentence].firstToken
    const end = doc.sentences[paragraph.endSentence - 1].endToken
    tagParagraph(model.stage1, attributes, start, end, first, FEATURES_PER_TOKEN)
    // Paragraphs where the first stage saw nothing keep their O labels: the
    // second stage only refines what the first found, and half the text of
    // an article is usually such paragraphs.
    if (!hasLabel(first, start, end)) continue
    for (let i = start; i < end; i++) if (roleOf(first[i]) === CUE) cue[i] = 1
    fillCueContext(doc, stacked, paragraph.firstSentence, paragraph.endSentence)
    tagParagraph(stage2, stacked, start, end, labels, STAGE2_FEATURES_PER_TOKEN)
  }

  return labels
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
    if (only && !hasLabel(only, first, end)) continue
    tagParagraph(weights, attributes, first, end, labels, perToken)
  }

  return labels
}

/** Label tokens `[first, end)` (a paragraph) into `labels`. */
function tagParagraph(weights: TaggerWeights, attributes: TokenAttributes, first: number, end: number, labels: Uint8Array, perToken: number): void {
  const n = end - first
  if (features.length < n * perToken) features = new Int32Array(n * perToken * 2)
  paragraphFeatures(attributes, first, end, features)
  decode(weights, features, n, labels, perToken, first)
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
  // "For many economists, the targets are …"); a place among people is not
  // ("Among the American people, the relationship appears …").
  if (first - 1 === doc.sentences[before.sentence].firstToken && PERSPECTIVE_PREPOSITIONS.has(before.lower)) return false
  // A possessor of a report named by a noun ("over her remark that …",
  // "in its findings: …") and a speaker's label ("More from Blumenthal: …")
  // are sources inside the phrase.
  return !POSSESSIVE_DETERMINERS.has(tokens[last].lower) && !/['’]s?$/.test(tokens[last].text) && tokens[cue].text !== ':'
}

/** Prepositions that open a sentence with whose view it gives ("To Harrison, …", "For many economists, …"). */
const PERSPECTIVE_PREPOSITIONS = new Set(['to', 'for'])

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

/**
 * "According to Microsoft the messages were sent via …": a name takes no
 * article after it, so the source after "according to" ends at the name,
 * and the noun phrase the article opens begins the content (the comma the
 * writer left out). The tagger, reading words, runs the source on.
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

/**
 * "one question that has emerged is whether …", "there are many questions
 * about how …": "one" before an uninflected cue word, or a plural
 * quantifier before one in -s, is that noun's determiner, not its subject
 * (a singular subject would take "questions", "questioned", "would
 * question"; a plural one "question", "questioned").
 */
function isDeterminerOfCue(doc: Document, attribution: RunAttribution): boolean {
  const {source, cue} = attribution
  if (!source || source.first !== source.last || source.last + 1 !== cue.first) return false
  const tokens = doc.tokens
  const word = tokens[cue.first]
  if (word.kind !== 'word' || !/^[a-z]+$/.test(word.text) || cueAuxiliaries().has(word.lower)) return false
  if (PLURAL_QUANTIFIERS.has(tokens[source.first].lower)) return /[^su]s$/.test(word.text)
  if (tokens[source.first].lower !== 'one') return false
  return !/(?:s|ed)$/.test(word.text) && !IRREGULAR_PAST.has(word.lower)
}

/** Quantifiers that stand for a plural subject ("many say") or determine a plural noun ("many questions"). */
const PLURAL_QUANTIFIERS = new Set(['many', 'several', 'some', 'few', 'both', 'all', 'most'])

/** Past forms of verbs of saying that take no -ed ("One said …"). */
const IRREGULAR_PAST = new Set(['said', 'told', 'thought', 'wrote', 'knew', 'felt', 'put', 'read', 'spoke', 'forecast', 'held', 'swore', 'taught', 'understood', 'saw'])

/**
 * "The campaign later | said": an adverb the tagger ended the source with
 * belongs to the cue, as an unlabelled one does (`takeAuxiliaries`).
 */
function adverbToCue(doc: Document, attribution: RunAttribution): void {
  while (attribution.source && attribution.source.last > attribution.source.first && attribution.source.last + 1 === attribution.cue.first && isCueAdverb(doc, attribution.source.last)) {
    attribution.source = {...attribution.source, last: attribution.source.last - 1}
    attribution.cue = {...attribution.cue, first: attribution.cue.first - 1}
  }
}

/**
 * Whether token `index` is a lower-case adverb of the cue lexicon's
 * auxiliaries ("later", "also"), not a verb. An adverb in -ly moves only if
 * the lexicon lists it; `takeAuxiliaries` takes any unlabelled one (whether
 * labelled ones should move too is not measured yet).
 */
function isCueAdverb(doc: Document, index: number): boolean {
  const token = doc.tokens[index]
  if (token.kind !== 'word' || token.text !== token.lower) return false
  return CUE_ADVERBS.has(token.lower) || (token.lower.length > 4 && token.lower.endsWith('ly') && cueAuxiliaries().has(token.lower))
}

/** The adverbs of the cue auxiliaries that may end a source the tagger ran on ("The campaign later"). */
const CUE_ADVERBS = new Set(['also', 'still', 'later', 'once', 'again', 'already', 'never', 'now', 'first', 'even', 'just'])

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
    adverbToCue(doc, attribution)
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
    if (isDeterminerOfCue(doc, attribution)) attribution.source = null

    // "He’s said" tagged whole as the cue: the pronoun is the source, and
    // the cue starts at its contracted auxiliary (see cueSpan).
    const {cue} = attribution
    if (cue.first < cue.last && contractedAuxiliary(doc, cue.first) !== -1) {
      if (!attribution.source) attribution.source = {role: SOURCE, first: cue.first, last: cue.first}
      attribution.cue = {...cue, first: cue.first + 1}
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
