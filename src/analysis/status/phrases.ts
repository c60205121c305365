/**
 * Status phrases from the lexicon ("declined to comment", "did not respond
 * to requests for comment", "offered no evidence", "there was no immediate
 * comment from the ministry"): the pattern says which stance it is; here we
 * find its party and claim around the match.
 */
import type {FoundStance, Span} from '../types.js'
import {tokenStartingFrom} from '../document.js'
import {matchAt, type PatternMatch} from './pattern.js'
import type {PhraseInfo} from './lexicon.js'
import {clauseEnd, clauseStart, isCapitalised, isDeterminer, rangeSpan, sentenceOf, subjectBefore, type Range} from './context.js'
import {emit, isTaken, type FinderState} from './state.js'
import {nounPhraseAfter} from './verbs.js'
import {findFalsity, isTally} from './falsity.js'

/** Where the party inside "neither the army nor the police responded" ends. */
const innerVerbs = /^(respond|responded|replied|reply|commented|comment|returned|answered|said|say)$/
const leadingLinks = new Set(['on', 'about', 'regarding', 'that', 'whether', 'if', 'for', 'of', 'to', 'in'])
const quotes = new Set(['"', '\u201c', '\u201d'])

/** Try the phrases anchored at token `at`; emit the first that matches. */
export function findPhraseStatus(state: FinderState, at: number): boolean {
  const patterns = state.lexicon.phrases.get(state.view.keys[at])
  if (!patterns) return false
  const {first, end} = sentenceOf(state.doc, at)
  for (const pattern of patterns) {
    const match = matchAt(state.view, pattern, at, first, end)
    if (!match || isTaken(state, match.first, match.last)) continue
    if (emitPhrase(state, match)) return true
  }

  return false
}

function emitPhrase(state: FinderState, match: PatternMatch<PhraseInfo>): boolean {
  const {doc, view} = state
  const {keys} = view
  const info = match.pattern.info
  let cue: Range = {first: match.first, last: match.last}
  let subject: Range | null = null
  let sourceSpan: Span | null = null
  let kind = info.kind

  if (info.party === 'from') {
    let from = match.first
    while (from <= match.last && keys[from] !== 'from') from++
    cue = {first: match.first, last: from - 1}
    subject = nounPhraseAfter(state, from + 1)
  } else if (info.party === 'inner') {
    // "None of the Murdochs would comment": the party is inside the match.
    let modal = match.first + 1
    while (modal < match.last && !state.lexicon.auxiliaries.has(keys[modal]) && !innerVerbs.test(keys[modal])) modal++
    let start = match.first + 1
    if (keys[start] === 'of') start++
    // "Neither the army nor the police" keeps its "neither" so that it splits into both.
    if (keys[match.first] === 'neither') start = match.first
    subject = modal - 1 >= start ? {first: start, last: modal - 1} : null
    cue = {first: modal, last: match.last}
  } else if (info.party === 'subject') {
    // "A spokesman was unable to say": the subject is before the auxiliaries.
    let start = match.first
    const {first} = sentenceOf(doc, match.first)
    while (start - 1 >= first && (state.lexicon.auxiliaries.has(keys[start - 1]) || state.lexicon.verbAdverbs.has(keys[start - 1]))) start--
    subject = subjectBefore(doc, view, start)
  } else if (info.party === 'none' && match.last + 1 < keys.length && keys[match.last + 1] === 'from') {
    // "there was no immediate comment from the ministry"
    subject = nounPhraseAfter(state, match.last + 2)
  } else if (info.onlyWhenSaid) {
    // "The firm insisted that it had complied fully with the law": a party's
    // denial; the writer saying so is a plain statement, no stance. Not
    // "whether a candidate complies with …", "are not in compliance with".
    if (negatedOrSupposed(state, match.first)) return false
    const speaker = speakerOf(state, match.first)
    if ((!speaker.subject && !speaker.source) || speaker.concedes || isTally(state, speaker.subject) || isTally(state, speaker.source)) return false
    subject = speaker.subject
    sourceSpan = speaker.source
  } else if ((info.party === 'none' && info.kind === 'no-evidence') || info.party === 'attribution') {
    // The party that makes the unevidenced claim: who says it, else the
    // subject of the clause that goes without evidence.
    const speaker = speakerOf(state, match.first)
    // No one saying "it is too early to tell": the writer is the party.
    subject = speaker.subject ?? (info.kind === 'no-evidence' ? claimantOf(state, match.first) : null)
    sourceSpan = speaker.source
  }

  // "baseless", "unfounded": a party saying so denies; the writer saying so
  // notes there is no evidence.
  const prenominal = match.last + 1 < keys.length && view.isWord[match.last + 1] && doc.tokens[match.last + 1].sentence === doc.tokens[match.last].sentence && !['and', 'or', 'but', 'by', 'in', 'on', 'at', 'to', 'because'].includes(keys[match.last + 1])
  if (info.deniedWhenSaid && !prenominal) {
    const speaker = speakerOf(state, match.first)
    if (speaker.subject || speaker.source) {
      // A party's "baseless" is a denial like its "false": read it as one,
      // so that what is called baseless is the claim ("the allegations
      // were wholly unfounded" → the allegations).
      if (match.first === match.last && findFalsity(state, match.first)) return true
      kind = 'denies'
      subject = speaker.subject
      sourceSpan = speaker.source
    }
  }

  // "It is too soon to say how severe the damage might be": a forecast
  // withheld, not a claim left unconfirmed.
  if (kind === 'unconfirmed' && forecast(state, match.last)) return false
  // "circulate unconfirmed reports on social media": a kind of thing, not a
  // claim the text makes ("the unconfirmed report that …" is one).
  if (kind === 'unconfirmed' && match.first === match.last && !namesOne(state, match.first)) return false

  if (kind === 'no-comment') {
    // "did not respond to queries seeking to confirm their address" (a
    // request for something else), "refused to say whether she would run"
    // (a commitment withheld), "declined to provide guidance" (not comment):
    // no comment withheld.
    if (otherRequest(state, match.last) || withheldCommitment(state, match.last) || withheldOther(state, match.last)) return false
    // "isn't saying much about …" says little; it is not silence.
    if (keys[match.last + 1] === 'much') return false
    // "he should keep quiet about it": advice, not silence.
    if (match.first - 1 >= 0 && state.lexicon.hypotheticalModals.has(keys[match.first - 1])) return false
  }

  // "did not respond to a request for comment": the whole request is the cue.
  if (kind === 'no-comment' && cue.last === match.last && keys[cue.last + 1] === 'for') {
    const sentenceEnd = sentenceOf(doc, cue.last).end
    for (let index = cue.last + 2; index < sentenceEnd && index <= cue.last + 4; index++) {
      if (!view.isWord[index]) break
      if (keys[index] === 'comment' || keys[index] === 'comments' || keys[index] === 'interview' || keys[index] === 'interviews') {
        cue = {first: cue.first, last: index}
        break
      }
    }
  }

  let content: Span | null = null
  if (info.claim === 'after' && !(subject && subject.first > match.last)) content = contentAfter(state, cue.last + 1)
  else if (info.claim === 'clause') content = rangeSpan(doc, view, clauseStart(doc, view, match.first), clauseEnd(doc, view, match.last))
  else if (info.claim === 'subject') {
    // "The exact cause of the explosion has not been determined": what is not established.
    const what = subjectBefore(doc, view, match.first)
    content = what ? rangeSpan(doc, view, what.first, what.last) : null
  }
  if (info.party === 'attribution' && !content && !info.onlyWhenSaid) {
    const attribution = attributionAt(state, match.first)
    if (attribution) content = attribution.content
  }

  emit(state, {kind, cue, subject, sourceSpan, content, self: info.self, finding: kind === 'no-evidence' && isFinding(state, match, subject)})
  return true
}

/**
 * Whether a no-evidence phrase states a finding ("there is no evidence
 * that …", "police found no evidence of …", "unproven therapies", "the
 * advice is unsubstantiated") rather than that a claim was made without
 * evidence ("claimed, with no evidence, that …", "an unfounded conspiracy
 * theory", "offered no proof").
 */
function isFinding(state: FinderState, match: PatternMatch<PhraseInfo>, subject: Range | null): boolean {
  const {keys, isWord} = state.view
  const {lexicon} = state
  // "claimed, with no evidence, that …"
  if (match.first - 1 >= 0 && keys[match.first - 1] === 'with') return false
  if (match.pattern.info.finding) return true
  // "prosecuting without evidence of intent": evidence of a fact, no one's claim.
  if (keys[match.first] === 'without' && keys[match.last + 1] === 'of') return true
  // "public records show little evidence that …", "the report cited no
  // evidence that …": a document's finding, not a claim it makes.
  if (subject && documentNouns.has(keys[subject.last])) return true
  if (match.pattern.info.claim !== 'clause' || match.first !== match.last) return false
  // An adjective: on a claim ("an unfounded theory") the claim was made
  // without evidence; on anything else ("unproven therapies") or as a
  // predicate ("the advice is unsubstantiated") it is a finding.
  const next = match.last + 1
  if (next < keys.length && isWord[next] && state.doc.tokens[next].sentence === state.doc.tokens[match.last].sentence) {
    for (let index = next; index < keys.length && index <= next + 2 && isWord[index]; index++) {
      if (lexicon.claimNouns.has(keys[index]) && !pronounLike.has(keys[index])) return false
    }
  }

  return true
}

/** What a document or a body of data says it found: "records", "the report". */
const documentNouns = new Set(['records', 'record', 'report', 'reports', 'data', 'study', 'studies', 'documents', 'document', 'analysis', 'review', 'investigation', 'inquiry', 'probe', 'audit', 'survey', 'poll', 'polls', 'filings', 'files', 'emails', 'research'])
const pronounLike = new Set(['it', 'this', 'that', 'them', 'any', 'having', 'being', 'ever', 'knowing'])

const pastTense = /^[a-z]+ed$/

/**
 * The subject of the clause a "without evidence" qualifies: the main
 * subject after an opening participle ("Citing an unfounded theory, Trump
 * accused …"), or the subject of the nearest past-tense verb before it
 * ("the candidate portrayed protesters as … without offering proof").
 */
function claimantOf(state: FinderState, at: number): Range | null {
  const {doc, view} = state
  const {keys} = view
  const {first} = sentenceOf(doc, at)
  const {end} = sentenceOf(doc, at)
  if (keys[first].endsWith('ing')) {
    let comma = first + 1
    while (comma < end && keys[comma] !== ',') comma++
    if (comma > at && comma + 1 < end) {
      // The main subject: a pronoun, or determiners and capitalised words.
      const start = comma + 1
      if (/^(he|she|they|we|i|it)$/.test(keys[start])) return {first: start, last: start}
      let last = start - 1
      while (last + 1 < end && view.isWord[last + 1] && (isDeterminer(keys[last + 1]) || isCapitalised(doc, last + 1))) last++
      if (last >= start) return {first: start, last}
    }
  }

  for (let index = at - 1; index > first && index >= at - 15; index--) {
    if (!pastTense.test(doc.tokens[index].text)) continue
    let group = index
    while (group - 1 >= first && (state.lexicon.auxiliaries.has(keys[group - 1]) || state.lexicon.verbAdverbs.has(keys[group - 1]))) group--
    const subject = subjectBefore(doc, view, group)
    if (subject) return subject
  }

  return null
}

/** The claim that follows a cue: "on the report", "that X", ", that X". */
export function contentAfter(state: FinderState, from: number): Span | null {
  const {doc, view} = state
  const {keys, isWord} = view
  if (from >= doc.tokens.length) return null
  const {end} = sentenceOf(doc, from)
  let start = from
  if (start < end && keys[start] === ',' && start + 1 < end && keys[start + 1] === 'that') start++
  if (start < end && leadingLinks.has(keys[start])) start++
  if (start >= end || (!isWord[start] && !quotes.has(keys[start]))) return null
  const last = clauseEnd(doc, view, start)
  return last >= start ? rangeSpan(doc, view, start, last) : null
}

/** The attribution whose content covers token `at`, or which sits in its sentence. */
function attributionAt(state: FinderState, at: number): FoundStance | null {
  const index = state.contentOf[at]
  if (index >= 0) return state.attributions[index]
  const sentence = state.doc.sentences[state.doc.tokens[at].sentence]
  for (const attribution of state.attributions) {
    if (attribution.cue.start >= sentence.start && attribution.cue.start < sentence.end) return attribution
  }

  return null
}

/** Who says some words, and whether they concede them ("admitted that …"). */
export interface Speaker {
  subject: Range | null
  source: Span | null
  /** The words are conceded, not asserted: "Carson admitted that …". */
  concedes?: boolean
}

/** Whether a cue's words include a verb of conceding. */
function concedes(state: FinderState, cue: Span): boolean {
  const {doc, view, lexicon} = state
  for (let index = tokenStartingFrom(doc, cue.start); index < doc.tokens.length && doc.tokens[index].start < cue.end; index++) {
    if (lexicon.concessionVerbs.has(view.keys[index])) return true
  }

  return false
}

/**
 * Who says the words at `at`, if anyone in the text does: the attribution
 * that carries them, else a speech or calling verb earlier in the sentence
 * ("Trump claimed, without evidence", "she called the report baseless"),
 * else a quotation closed by "… ," she said.
 */
export function speakerOf(state: FinderState, at: number): Speaker {
  const {doc, view, lexicon} = state
  const {keys} = view
  const covering = state.contentOf[at]
  if (covering >= 0) {
    const attribution = state.attributions[covering]
    if (attribution.source) return {subject: null, source: attribution.source, concedes: concedes(state, attribution.cue)}
  }

  const {first, end} = sentenceOf(doc, at)
  for (let index = at - 1; index >= first && index >= at - 20; index--) {
    const word = keys[index]
    const conceding = lexicon.concessionVerbs.has(word)
    if ((lexicon.speechVerbs.has(word) || lexicon.callVerbs.has(word) || conceding) && !(index - 1 >= first && isDeterminer(keys[index - 1]))) {
      let group = index
      while (group - 1 >= first && (lexicon.auxiliaries.has(keys[group - 1]) || lexicon.verbAdverbs.has(keys[group - 1]))) group--
      // "…, Mr. Trump was just as blunt, claiming …": the participle's party is the clause's subject.
      const subject = word.endsWith('ing') && keys[group - 1] === ',' ? clauseSubjectBefore(state, group - 1) : subjectBefore(doc, view, group)
      if (subject) return {subject, source: null, concedes: conceding}
      // "refusing to acknowledge that any facts were wrong": conceded (or not), by whoever it is.
      if (conceding) return {subject: null, source: null, concedes: true}
    }
  }

  // “It is baseless,” she said. / “…,” said the spokesman. / "… are
  // wrong, Ms Diemont says." (a closing frame after a comma, at the end).
  let quoteClosed = false
  let comma = -1
  for (let index = at + 1; index < end && index <= at + 25; index++) {
    const word = keys[index]
    if (!view.isWord[index] && /^["'\u201d\u2019`]+$/.test(word)) quoteClosed = true
    if (word === ',') comma = index
    const closing = comma !== -1 && index - comma <= 5 && closesSentence(state, index + 1, end)
    if ((quoteClosed || closing) && lexicon.speechVerbs.has(word)) {
      if (index - 1 > at && view.isWord[index - 1]) {
        const subject = subjectBefore(doc, view, index)
        if (subject && subject.first > at) return {subject, source: null}
      }

      const after = nounPhraseAfter(state, index + 1)
      if (after) return {subject: after, source: null}
    }
  }

  return {subject: null, source: null}
}

/** Whether only a time phrase or punctuation is left from `from` to the sentence end ("says.", "said on Monday."). */
function closesSentence(state: FinderState, from: number, end: number): boolean {
  for (let index = from; index < end && index <= from + 3; index++) {
    if (!state.view.isWord[index]) return true
    if (!closingWords.has(state.view.keys[index])) return false
  }

  return true
}

const closingWords = new Set(['on', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'yesterday', 'today', 'last', 'week', 'this', 'earlier', 'later', 'in', 'a', 'statement'])

/** A negation or a conditional in the few words before `at` ("not in compliance", "whether it complies"). */
function negatedOrSupposed(state: FinderState, at: number): boolean {
  const {keys} = state.view
  const {first} = sentenceOf(state.doc, at)
  for (let index = at - 1; index >= first && index >= at - 4; index--) {
    const word = keys[index]
    if (word === 'not' || word === 'never' || word.endsWith("n't") || state.lexicon.conditionalWords.has(word)) return true
  }

  return false
}

/** The subject of the finite clause that ends at the comma `comma`: "Mr. Trump was just as blunt," → "Mr. Trump". */
function clauseSubjectBefore(state: FinderState, comma: number): Range | null {
  const {doc, view, lexicon} = state
  const {keys} = view
  const {first} = sentenceOf(doc, comma)
  for (let index = comma - 1; index > first && index >= comma - 12; index--) {
    if (keys[index] === ',') break
    if (!lexicon.auxiliaries.has(keys[index]) && !/^[a-z]+ed$/.test(doc.tokens[index].text)) continue
    let group = index
    while (group - 1 >= first && lexicon.auxiliaries.has(keys[group - 1])) group--
    const subject = subjectBefore(doc, view, group)
    if (subject) return subject
  }

  return subjectBefore(doc, view, comma + 1)
}

const requestPurposes = new Set(['seeking', 'asking', 'to', 'that', 'urging', 'demanding'])
const requestNouns = /^(requests?|quer(y|ies)|inquir(y|ies)|enquir(y|ies)|calls?|messages?|e-?mails?)$/
const commentWords = new Set(['comment', 'comments', 'commenting', 'interview', 'interviews', 'questions', 'question', 'respond', 'discuss', 'explain', 'elaborate', 'clarify', 'answer', 'statement'])

/** "… queries seeking to confirm their address", "… a request to donate": the request after `last` asks for something else than comment. */
function otherRequest(state: FinderState, last: number): boolean {
  const {keys, isWord} = state.view
  const {end} = sentenceOf(state.doc, last)
  if (last + 1 >= end || !requestPurposes.has(keys[last + 1]) || !requestNouns.test(keys[last])) return false
  for (let index = last + 2; index < end && index <= last + 4 && isWord[index]; index++) if (commentWords.has(keys[index])) return false
  return true
}

const futureModals = new Set(['would', 'will', "'ll", 'might'])
const commitmentSubjects = new Set(['he', 'she', 'they', 'i', 'we', 'it'])

/**
 * "refused to say whether she would run", "declined to say if he will
 * concede": a party withholding its own intention, not a comment on the
 * story (findings.md: refusing a commitment). "would have …" is a question
 * about the past, and stays a refusal to comment.
 */
function withheldCommitment(state: FinderState, last: number): boolean {
  const {keys} = state.view
  const {end} = sentenceOf(state.doc, last)
  let index = last + 1
  if (keys[index] === 'whether' || keys[index] === 'if') index++
  if (!commitmentSubjects.has(keys[index]) || !futureModals.has(keys[index + 1])) return false
  return index + 2 < end && keys[index + 2] !== 'have' && keys[index + 2] !== 'be'
}

const objectDeterminers = new Set(['a', 'an', 'the', 'any', 'its', 'his', 'her', 'their', 'further', 'more', 'new', 'financial', 'earnings', 'full-year', 'annual'])

/** "declined to provide guidance on earnings": withholding something that is not comment. */
function withheldOther(state: FinderState, last: number): boolean {
  const {keys, isWord} = state.view
  let index = last + 1
  while (index < keys.length && isWord[index] && objectDeterminers.has(keys[index]) && index <= last + 3) index++
  return index < keys.length && state.lexicon.withheldNotInformation.has(keys[index])
}

const forecastModals = new Set(['will', 'would', 'might', 'may', 'could', "'ll", 'can', 'should'])

/** Whether the clause after `last` speaks of what will be ("whether her policies will prove successful"). */
function forecast(state: FinderState, last: number): boolean {
  const {keys, isWord} = state.view
  const {end} = sentenceOf(state.doc, last)
  for (let index = last + 1; index < end && index <= last + 10 && isWord[index]; index++) {
    if (forecastModals.has(keys[index])) return true
  }

  return false
}

/** Whether the adjective at `at` names one claim: after a determiner or a possessive, or before "that", "about", "of". */
function namesOne(state: FinderState, at: number): boolean {
  const {keys} = state.view
  const before = at - 1 >= 0 ? keys[at - 1] : ''
  if (isDeterminer(before) || before.endsWith("'s")) return true
  for (let index = at + 1; index <= at + 3 && index < keys.length; index++) {
    if (keys[index] === 'that' || keys[index] === 'about' || keys[index] === 'of') return true
  }

  return false
}
