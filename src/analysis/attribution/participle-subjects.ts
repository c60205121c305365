/**
 * The source of a participle's report: "Clinton seemed ready to riff on the
 * incident, telling the crowd, “…”", "Carson shared a syllabus on his
 * Facebook page, writing “…”", "Sen. Bernie Sanders (I-Vt.) visited “Today”
 * to discuss his rival, Hillary Clinton, saying …". A participle set off by
 * a comma shares the subject of its clause, but the tagger, which reads a
 * window of words, gives it no source or the nearest noun phrase of the
 * main clause ("his Facebook page", "Hillary Clinton"). The subject may
 * already be another attribution's source ("Carson" of "shared") or inside
 * its content ("Clinton" of "seemed"), which one label per token cannot
 * say; so this step works on the attributions, after they are grouped: the
 * participle's source becomes the subject's span (`applyParticipleFrames`
 * in `frames.ts` does the same over the labels where they allow it).
 *
 * A gerund with no comma before it has its own subject, the name right
 * before it ("footage of Hillary Clinton asking, “…”", "with Trump
 * reportedly yelling: “…”"). A participle that opens its sentence has the
 * main clause's subject ("Claiming the criticism was unfair, Trump told
 * Fox …", also after a preposition: "After saying …, she …"), and so does
 * a verb joined by "and" to the clause's first verb ("Obama met survivors
 * and relatives of the victims and said …").
 *
 * A verb of saying in a subordinate clause has the subject right before
 * it ("… after the billionaire developer claimed that …"), not the main
 * clause's that the tagger may give it.
 *
 * A passive participle's source is its agent after "by" ("Ruiz, still
 * excoriated by Democrats for …"), not the noun it modifies.
 *
 * A source the tagger found inside a phrase that opens the sentence
 * ("With aides worried about turnout, Governor Ana Ruiz is trying a
 * blunter pitch: “…”") is not the subject of a cue after the
 * phrase either: the main clause's subject is.
 *
 * The subject is a pronoun or a name (a description of affiliation
 * before it included) right at the start of the sentence, after a
 * conjunction or an adverbial set off by a comma, followed by its verb;
 * or a description up to its verb in the past tense ("two tenant
 * associations granted").
 * The tagger's source stays when it is that subject already, another
 * report's source ("“…,” said Devine, suggesting", not a relative
 * pronoun: "a contractor who said he was never paid, saying"), the subject of a
 * clause of its own ("…, but Wallace brought him back, asking"), or has a
 * cue between it and the participle.
 */
import type {Document} from '../document.js'
import {tokenEndingAfter, tokenSpan, tokenStartingFrom} from '../document.js'
import type {FoundStance} from '../types.js'
import {partyLexicons} from '../parties/lexicons.js'
import {isCapitalised} from './frames.js'
import {isReportingWord, speechVerbs} from './lexicon.js'
import type {Dateline} from './datelines.js'
import {agentAfter} from './passive-agents.js'
import {ADVERB, ARTICLES, FINITE_AUXILIARIES, OBJECT_PREPOSITIONS, POSSESSIVE_DETERMINERS, RELATIVE, SUBJECT_PRONOUNS, SUBORDINATORS, isVerbAdverb} from './grammar.js'

/** Conjunctions that may open the sentence before its subject. */
const CONJUNCTIONS = new Set(['and', 'but', 'so', 'yet', 'still', 'then', 'now'])
/** Words that open a clause with a subject of its own. */
const CLAUSE_LINKS = new Set(['but', 'and', 'while', 'as', 'when', 'because', 'after', 'before', 'who', 'which', 'that', 'if', 'though', 'although'])
/** Marks after which a participle belongs to another clause. */
const BREAKS = new Set([':', ';', '—', '–', '--'])
/** Prepositions that may open a sentence before its participle ("After saying …,", "By insisting …,"). */
const FRONTING_PREPOSITIONS = new Set(['after', 'before', 'while', 'since', 'by', 'in', 'upon', 'when', 'despite'])
/** Words that open a subject described rather than named ("two tenant associations granted"). */
const DETERMINERS = new Set(['the', 'a', 'an', 'several', 'many', 'some', 'two', 'three', 'both', 'his', 'her', 'their', 'its'])
/** How many tokens an opening adverbial may have before its comma ("Later on Sunday,"). */
const MAX_ADVERBIAL = 4
/** How many tokens an opening participle's clause may have before its comma ("Speaking at a town hall in Salem,"). */
const MAX_PARTICIPLE_CLAUSE = 14
/** How an adjective of affiliation ends ("Republican", "Democratic", "Liberal"). */
const AFFILIATION = /(?:an|ic|al|ist)$/
/** The most lower-case words of a description between capitalised words of a subject ("Republican presidential nominee Donald Trump"). */
const MAX_DESCRIPTION = 3
/** The most words of a name as the subject. */
const MAX_NAME = 6

/** Give each participle and each verb joined by "and" its subject (see the module's comment); `datelines` are the document's (`findDatelines`). */
export function applyParticipleSubjects(doc: Document, attributions: FoundStance[], datelines: Dateline[]): void {
  const tokens = doc.tokens
  for (const attribution of attributions) {
    let cue = tokenStartingFrom(doc, attribution.cue.start)
    // A hedge the tagger took into the cue ("reportedly yelling").
    while (cue + 1 < tokens.length && ADVERB.test(tokens[cue].text) && tokens[cue + 1].start < attribution.cue.end) cue++
    if (cue >= tokens.length) continue
    // "With aides worried about turnout, Governor Ana Ruiz is trying a
    // blunter pitch: “…”": a source inside an opening phrase is
    // not the subject of a cue after it, which the main clause's subject is.
    if (attribution.source && phraseSubject(doc, attribution, cue)) continue
    // "Claiming the criticism is designed to pressure moderators, Trump told
    // Fox …": a participle that opens its sentence has the main clause's subject.
    // So does one after a preposition that opens it ("After saying his knee was stiff, he …").
    const opening = doc.sentences[tokens[cue].sentence].firstToken
    const fronted = cue === opening || (cue === opening + 1 && FRONTING_PREPOSITIONS.has(tokens[opening].lower))
    if (!attribution.source && fronted && tokens[cue].lower.endsWith('ing') && isReportingWord(tokens[cue].lower)) {
      const subject = frontedSubject(doc, cue)
      if (!subject) continue
      attribution.source = tokenSpan(doc, subject.first, subject.last)
      // The participle's content ends with its clause, before the subject.
      const content = attribution.content
      if (content && content.end > tokens[subject.first].start) {
        let end = subject.first - 1
        if (tokens[end].text === ',') end--
        const start = tokenStartingFrom(doc, content.start)
        attribution.content = end >= start ? tokenSpan(doc, start, end) : null
      }

      continue
    }

    if (cue < 2) continue
    const word = tokens[cue].lower
    // "Ralph Nader, still excoriated by Democrats for …": a passive
    // participle's agent is its source, not the noun it modifies.
    if (passiveAgent(doc, attribution)) continue
    if (!word.endsWith('ing')) {
      // "… to unendorse Trump after the billionaire mogul claimed that …": a
      // verb in a clause of its own has the subject right before it.
      if (clauseSubject(doc, attribution, cue)) continue
      conjoinedSubject(doc, attribution, cue, datelines)
      if (!attribution.source) openingSubject(doc, attribution, cue)
      continue
    }

    if (word === 'according' || !isReportingWord(word)) continue
    // A gerund after a preposition ("from saying that …") has no source in the preposition the tagger gave it.
    if (attribution.source && attribution.source.end <= tokens[cue].start && tokenStartingFrom(doc, attribution.source.start) === cue - 1 && OBJECT_PREPOSITIONS.has(tokens[cue - 1].lower)) {
      attribution.source = null
      continue
    }

    if (tokens[cue - 1].text !== ',') {
      // A gerund's own subject, the name right before it ("footage of Hillary Clinton asking", "with Trump reportedly yelling").
      const name = nameBefore(doc, cue)
      // A noun phrase the tagger gave that ends with the name already holds it ("The head of the major Super PAC"); a clause does not ("The campaign released a video of Marsh").
      if (name && !(attribution.source && attribution.source.end === tokens[name.last].end && !holdsVerb(doc, attribution.source))) attribution.source = tokenSpan(doc, name.first, name.last)
      continue
    }

    const subject = subjectOf(doc, cue, datelines)
    if (!subject) continue
    const source = attribution.source
    if (source) {
      const from = tokenStartingFrom(doc, source.start)
      const to = tokenEndingAfter(doc, source.end - 1)
      // From the subject on: kept, unless it runs on into the clause ("Governor Ruth Haldane posted the audit").
      if (from === subject.first && (to <= subject.last || !holdsVerb(doc, source))) continue
      // Inside the subject, before it, after the participle or in another sentence: left alone.
      if ((from < subject.first || (from > subject.first && from <= subject.last)) || from >= cue || tokens[from].sentence !== tokens[cue].sentence) continue
      // The subject of a clause of its own ("…, but Wallace brought him back, asking").
      if (from > 0 && CLAUSE_LINKS.has(tokens[from - 1].lower)) continue
      // Another report's source ("…,” said Devine, suggesting"), or one with
      // a cue between it and the participle; not a relative pronoun, whose
      // clause the comma closes ("was defensive about a contractor who said
      // he was never paid, saying …" is the main subject's).
      const relative = from === to && RELATIVE.has(tokens[from].lower)
      const own = (other: FoundStance) => other.source?.start === source.start || (other.cue.start >= tokens[to].end && other.cue.end <= tokens[cue].start)
      if (!relative && attributions.some((other) => other !== attribution && own(other))) continue
    }

    attribution.source = tokenSpan(doc, subject.first, subject.last)
  }
}

/**
 * A verb joined by "and" to the first verb of its clause shares that
 * verb's subject: "President Barack Obama met survivors and relatives of
 * the 49 people killed on Thursday and said …", "Ginsburg said in an
 * interview with The Associated Press that … and predicted …". The tagger
 * gives it the noun phrase right before "and", the first verb's object.
 * A source that runs from the subject on into the first verb's clause
 * ends with the subject. The tagger's source stays when it is the subject
 * ("Bush thought for a moment and said"), opens a clause of its own, or
 * is not right before the "and" (only a time or an occasion may stand
 * between: "on Thursday").
 */
function conjoinedSubject(doc: Document, attribution: FoundStance, cue: number, datelines: Dateline[]): void {
  const tokens = doc.tokens
  const source = attribution.source
  if (source && source.end > tokens[cue].start) return
  let and = cue - 1
  while (and > 0 && isVerbAdverb(tokens[and])) and--
  if (and < 1 || tokens[and].lower !== 'and' || tokens[and - 1].text === ',') return
  if (!source) {
    // No source at all ("O'Donnell departed from the narrative … and instead portrayed …").
    const subject = subjectOf(doc, cue, datelines)
    if (subject && subject.last < and) attribution.source = tokenSpan(doc, subject.first, subject.last)
    return
  }

  const from = tokenStartingFrom(doc, source.start)
  const to = tokenEndingAfter(doc, source.end - 1)
  if (tokens[from].sentence !== tokens[cue].sentence || to >= and) return
  // The subject and the first verb's clause as one source ("Governor Ruth Haldane met survivors …"): the subject.
  const subject = subjectOf(doc, cue, datelines)
  if (subject && from === subject.first && to > subject.last && holdsVerb(doc, source)) {
    attribution.source = tokenSpan(doc, subject.first, subject.last)
    return
  }

  if (from === 0 || !subject || subject.last >= from) return
  // Only a time or occasion between the object and "and" ("on Thursday").
  const {calendar} = partyLexicons()
  for (let j = to + 1; j < and; j++) if (tokens[j].kind !== 'word' || !(/^[a-z]/.test(tokens[j].text) || calendar.has(tokens[j].text))) return
  // The object of a verb or a preposition: a lower-case word before it, not one that opens a clause.
  const before = tokens[from - 1]
  if (before.kind !== 'word' || !/^[a-z]/.test(before.text) || (CLAUSE_LINKS.has(before.lower) && before.lower !== 'and')) return
  attribution.source = tokenSpan(doc, subject.first, subject.last)
}

/**
 * The subject of the main clause after a participle clause that opens the
 * sentence at `participle` and ends with a comma: a pronoun or a name,
 * followed by a lower-case verb.
 */
function frontedSubject(doc: Document, participle: number): {first: number; last: number} | undefined {
  const tokens = doc.tokens
  const sentence = tokens[participle].sentence
  let comma = participle + 1
  while (comma < tokens.length && comma - participle <= MAX_FRONTED_CLAUSE && tokens[comma].sentence === sentence && tokens[comma].text !== ',') comma++
  let first = comma + 1
  // A quotation that ends the clause closes after its comma ("After saying his knee was “too stiff,” he …").
  while (first < tokens.length && CLOSING_MARKS.has(tokens[first].text)) first++
  if (first >= tokens.length || tokens[comma].text !== ',' || tokens[first].sentence !== sentence || tokens[first].kind !== 'word') return undefined
  let last = first
  if (!SUBJECT_PRONOUNS.has(tokens[first].lower)) {
    const {sentenceOpeners, calendar} = partyLexicons()
    if (!isCapitalised(tokens[first].text) || sentenceOpeners.has(tokens[first].text) || calendar.has(tokens[first].text)) return undefined
    while (last + 1 < tokens.length && last + 1 - first < MAX_NAME && tokens[last + 1].kind === 'word' && isCapitalised(tokens[last + 1].text)) last++
    if (/['’]s$/.test(tokens[last].text)) return undefined
  }

  const verb = tokens[last + 1]
  return verb && verb.sentence === sentence && verb.kind === 'word' && /^[a-z]/.test(verb.text) ? {first, last} : undefined
}

/**
 * Give a verb of saying that a subordinate clause holds ("after | the
 * billionaire estate mogul | claimed", "because | she | said") the subject
 * between the clause's opening word and the verb, where the tagger gave it
 * the main clause's subject or none; whether it did. The subject is a
 * pronoun, or a noun phrase of words only opened by an article, a
 * quantifier or a capital (not a possessive: "its rival").
 */
function clauseSubject(doc: Document, attribution: FoundStance, cue: number): boolean {
  const tokens = doc.tokens
  // A verb of saying: the subject of "seemed" is no source of what seems.
  if (!speechVerbs().has(tokens[cue].lower)) return false
  let last = cue - 1
  while (last > 0 && isVerbAdverb(tokens[last])) last--
  let first = last
  while (first > 0 && last - first < MAX_NAME && tokens[first - 1].kind === 'word' && tokens[first - 1].sentence === tokens[cue].sentence && !CLAUSE_OPENING_WORDS.has(tokens[first - 1].lower)) first--
  const opening = first - 1
  if (opening < 0 || !CLAUSE_OPENING_WORDS.has(tokens[opening].lower) || tokens[opening].sentence !== tokens[cue].sentence || first > last) return false
  for (let i = first; i <= last; i++) if (tokens[i].kind !== 'word' || FINITE_AUXILIARIES.has(tokens[i].lower) || RELATIVE.has(tokens[i].lower)) return false
  const head = tokens[first]
  const pronoun = first === last && SUBJECT_PRONOUNS.has(head.lower)
  // Not a relation to someone named before ("after its rival accused it"),
  // which the tagger's source, that someone, already names better.
  if (!pronoun && (POSSESSIVE_DETERMINERS.has(head.lower) || (!DETERMINERS.has(head.lower) && !isCapitalised(head.text)))) return false
  const source = attribution.source
  // The tagger's source stays where it is that subject, or inside the clause.
  if (source && source.end > tokens[opening].start) return false
  attribution.source = tokenSpan(doc, first, last)
  return true
}

/**
 * Words that open a subordinate clause whose subject comes next: the
 * subordinators but "if" and "unless" (a condition reports nothing) and
 * "as" ("as X said" is a frame of its own).
 */
const CLAUSE_OPENING_WORDS = new Set([...SUBORDINATORS].filter((word) => word !== 'if' && word !== 'unless' && word !== 'as'))

/**
 * Give an attribution whose cue is a participle in -ed right before "by"
 * and whose source stands before the cue the agent after "by" as its
 * source; whether it did.
 */
function passiveAgent(doc: Document, attribution: FoundStance): boolean {
  const tokens = doc.tokens
  const source = attribution.source
  const last = tokenEndingAfter(doc, attribution.cue.end - 1)
  if (!source || source.end > attribution.cue.start || last + 1 >= tokens.length || tokens[last + 1].lower !== 'by' || !/[a-z]ed$/.test(tokens[last].text)) return false
  // The participle alone, or after an adverb ("still excoriated"); not a noun's ("an article cited by").
  for (let i = tokenStartingFrom(doc, attribution.cue.start); i < last; i++) if (!isVerbAdverb(tokens[i])) return false
  // The agent ends before a verb of its own ("cited by her campaign | quoted a few experts").
  const verb = (index: number) => index > last + 3 && tokens[index].text === tokens[index].lower && (/[a-z]{3}ed$/.test(tokens[index].text) || isReportingWord(tokens[index].lower))
  const agent = agentAfter(doc, last + 1, verb)
  if (!agent) return false
  attribution.source = tokenSpan(doc, agent.first, agent.last)
  return true
}

/**
 * Give an attribution whose source lies inside a phrase that opens its
 * sentence ("With …,", "Amid …,", "Despite …,") and whose cue follows the
 * main clause's subject that subject; whether it did.
 */
function phraseSubject(doc: Document, attribution: FoundStance, cue: number): boolean {
  const tokens = doc.tokens
  const opening = doc.sentences[tokens[cue].sentence].firstToken
  if (!OPENING_PHRASES.has(tokens[opening].lower)) return false
  const subject = frontedSubject(doc, opening)
  const source = attribution.source!
  if (!subject || cue <= subject.last || source.start < tokens[opening].end || source.end > tokens[subject.first].start) return false
  attribution.source = tokenSpan(doc, subject.first, subject.last)
  return true
}

/**
 * "A memo on the agency's intranet states that …": a verb of
 * saying the tagger gave no source, right after the noun phrase that opens
 * its sentence (past an adverbial set off by a comma, before an adverb of
 * the verb), takes that phrase as its source. A phrase is words only, with
 * no verb, auxiliary, relative pronoun or personal pronoun in it.
 */
function openingSubject(doc: Document, attribution: FoundStance, cue: number): void {
  const tokens = doc.tokens
  // A plain verb of saying: the tagger's cues without a source are as often a verb of seeming ("appeared") or a noun ("claims").
  if (!speechVerbs().has(tokens[cue].lower)) return
  const first = pastAdverbial(doc, doc.sentences[tokens[cue].sentence].firstToken, MAX_ADVERBIAL, cue - 1)
  let last = cue - 1
  while (last > first && isVerbAdverb(tokens[last])) last--
  if (last <= first || last - first >= MAX_PHRASE) return
  const head = tokens[first]
  const {sentenceOpeners} = partyLexicons()
  if (head.kind !== 'word' || !(DETERMINERS.has(head.lower) || (isCapitalised(head.text) && !sentenceOpeners.has(head.text)))) return
  for (let j = first; j <= last; j++) {
    const token = tokens[j]
    if (token.kind !== 'word' ? !POSSESSIVE_MARKS.has(token.text) && !(token.text === '-' && !token.spaceBefore) : PHRASE_BREAKS.has(token.lower) || (token.text === token.lower && /[a-z]{3}ed$/.test(token.lower))) return
  }

  attribution.source = tokenSpan(doc, first, last)
}

/** The most tokens of a noun phrase that opens a sentence as a cue's source. */
const MAX_PHRASE = 10
/** Apostrophes of a possessive, which the tokenizer may set apart ("campaign ’s"). */
const POSSESSIVE_MARKS = new Set(["'", '’', "'s", '’s'])
/** Words no noun phrase before its verb holds: auxiliaries, relative and personal pronouns, conjunctions. */
const PHRASE_BREAKS = new Set([...FINITE_AUXILIARIES, ...RELATIVE, ...SUBJECT_PRONOUNS, 'and', 'or', 'but', 'if', 'when', 'while', 'because', 'as', 'to', 'not', 'like'])

/** Prepositions that open a phrase before the main clause, with no verb of saying of their own. */
const OPENING_PHRASES = new Set(['with', 'amid', 'despite', 'following', 'given', 'without'])

/**
 * The verb after a described subject that opens at `first` ("the groups
 * sued", "two tenant associations granted"): the first lower-case
 * word in the past tense by its ending, after at least one word and within
 * `MAX_NAME` words, none a pronoun; `undefined` when there is none.
 */
function describedSubjectVerb(doc: Document, first: number, end: number): number | undefined {
  const tokens = doc.tokens
  for (let j = first + 1; j < end && j - first <= MAX_NAME; j++) {
    const token = tokens[j]
    // Words only; a pronoun means the description was an adverbial ("A few minutes later they reversed").
    if (token.kind !== 'word' || SUBJECT_PRONOUNS.has(token.lower)) return undefined
    if (j > first + 1 && token.text === token.lower && /[a-z]{3}ed$/.test(token.lower)) return j
  }

  return undefined
}

/** Closing quotation marks. */
const CLOSING_MARKS = new Set(['”', '"', '’', "'"])
/**
 * The first token after an adverbial that opens at `first` and ends with a
 * comma within `reach` tokens and before `end` ("Later on Sunday, | Carson
 * …"); `first` itself when there is none.
 */
function pastAdverbial(doc: Document, first: number, reach: number, end: number): number {
  const tokens = doc.tokens
  for (let j = first + 1; j <= first + reach && j < end; j++) if (tokens[j].text === ',') return j + 1
  return first
}

/** How many tokens a participle clause that opens a sentence may have before its comma. */
const MAX_FRONTED_CLAUSE = 24

/** Whether a span holds a verb in the past tense (a clause, not a noun phrase). */
function holdsVerb(doc: Document, span: {start: number; end: number}): boolean {
  const tokens = doc.tokens
  for (let i = tokenStartingFrom(doc, span.start); i < tokens.length && tokens[i].end <= span.end; i++) {
    if (tokens[i].kind === 'word' && tokens[i].text === tokens[i].lower && /[a-z]{3}ed$/.test(tokens[i].lower)) return true
  }

  return false
}

/** The name right before a gerund at `gerund` (an adverb in -ly between), within its sentence; not a possessor. */
function nameBefore(doc: Document, gerund: number): {first: number; last: number} | undefined {
  const tokens = doc.tokens
  let last = gerund - 1
  if (last > 0 && ADVERB.test(tokens[last].text)) last--
  const token = tokens[last]
  // Not a possessor or a contraction ("I'm asking").
  if (token.kind !== 'word' || !isCapitalised(token.text) || /['’]/.test(token.text) || token.sentence !== tokens[gerund].sentence) return undefined
  // Not a nationality after an article ("A German warning"; "Ryan saying" is a name).
  if (last > 0 && ARTICLES.has(tokens[last - 1].lower) && /(?:an|ese|ish)$/.test(token.lower)) return undefined
  const {sentenceOpeners, calendar} = partyLexicons()
  if (sentenceOpeners.has(token.text) || calendar.has(token.text)) return undefined
  let first = last
  while (first - 1 >= 0 && tokens[first - 1].sentence === token.sentence && tokens[first - 1].kind === 'word' && isCapitalised(tokens[first - 1].text) && !sentenceOpeners.has(tokens[first - 1].text) && last - first < MAX_NAME) first--
  return {first, last}
}

/** The subject at the start of the participle's sentence (after its paragraph's dateline): a pronoun or a name followed by its verb. */
function subjectOf(doc: Document, participle: number, datelines: Dateline[]): {first: number; last: number} | undefined {
  const tokens = doc.tokens
  const sentence = doc.sentences[tokens[participle].sentence]
  let first = sentence.firstToken
  const dateline = datelines.find((line) => line.start === tokens[first].start)
  if (dateline) while (first < participle && tokens[first].start < dateline.end) first++
  // A sentence that opens with a quotation has its frame after it ("“…,” said Skelly, explaining …").
  if (tokens[first].kind !== 'word') return undefined
  if (CONJUNCTIONS.has(tokens[first].lower)) first++
  // "Later on Sunday, Carson …", "Speaking at a town hall in Salem, Trump …":
  // an adverbial set off by a comma, short or opened by a participle.
  first = pastAdverbial(doc, first, tokens[first].lower.endsWith('ing') ? MAX_PARTICIPLE_CLAUSE : MAX_ADVERBIAL, participle - 1)

  if (first >= participle - 1 || tokens[first].kind !== 'word') return undefined
  let last = first
  if (DETERMINERS.has(tokens[first].lower)) {
    // A description, up to its verb in the past tense ("two tenant associations granted").
    const verb = describedSubjectVerb(doc, first, participle)
    if (verb === undefined) return undefined
    last = verb - 1
  } else if (!SUBJECT_PRONOUNS.has(tokens[first].lower)) {
    const {sentenceOpeners, calendar} = partyLexicons()
    const text = tokens[first].text
    // Not an opener, a date, a participle or a dateline's city in capitals.
    if (!isCapitalised(text) || sentenceOpeners.has(text) || calendar.has(text.replace(/\.$/, '')) || /(?:ly|ing)$|['’](?:s|ll|re|ve|d|m)?$/.test(tokens[first].lower) || text === text.toUpperCase()) return undefined
    while (last + 1 < participle && last + 1 - first < MAX_NAME && tokens[last + 1].kind === 'word' && isCapitalised(tokens[last + 1].text)) last++
    // A description before the name, after an adjective of affiliation
    // ("Presumptive Republican presidential nominee Donald Trump"): on to the name.
    const adjective = AFFILIATION.test(tokens[last].lower)
    for (let j = last + 1; adjective && j < participle && j <= last + MAX_DESCRIPTION + 1 && tokens[j].kind === 'word' && !tokens[j].lower.endsWith('ed'); j++) {
      if (!isCapitalised(tokens[j].text)) continue
      last = j
      while (last + 1 < participle && tokens[last + 1].kind === 'word' && isCapitalised(tokens[last + 1].text)) last++
      break
    }

    // Not a possessor or a nationality before the noun ("Lazar's counsel", "Syrian hackers").
    if (/['’]s$/.test(tokens[last].text) || (last === first && /(?:an|ese|ish)$/.test(tokens[last].lower))) return undefined
  }

  // Its verb follows (after a parenthesis: "Sen. Bernie Sanders (I-Vt.) visited").
  let verb = last + 1
  if (tokens[verb]?.text === '(') {
    while (verb < participle && tokens[verb].text !== ')') verb++
    verb++
  }

  const next = tokens[verb]
  if (verb >= participle || !next || next.kind !== 'word' || !/^[a-z]/.test(next.text)) return undefined
  // A participle after a colon or a dash belongs to what follows it.
  for (let j = verb; j < participle; j++) if (BREAKS.has(tokens[j].text)) return undefined
  return {first, last}
}
