/**
 * Status verbs in context: confirm/verify/acknowledge, deny, refute, and
 * reject/dismiss/dispute. The word alone decides little — "the Senate
 * confirmed the nominee", "deny them a permit", "if confirmed", "asked to
 * confirm" are not statuses — so each hit is read with its verb group
 * (auxiliaries, negation, an infinitive's governor), its voice, its subject
 * and its object.
 */
import type {Span, StanceKind} from '../types.js'
import {isNegativeContraction} from './pattern.js'
import {clauseEnd, isCapitalised, isDeterminer, isPossessive, rangeHas, rangeSpan, sentenceOf, sentenceSubject, subjectBefore, trimTime, type Range} from './context.js'
import {emit, isTaken, type FinderState} from './state.js'
import {inOtherSense} from './wording.js'

type Family = 'confirm' | 'deny' | 'rebut' | 'reject'

const beForms = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s"])
const objectPronouns = new Set(['him', 'her', 'them', 'us', 'me', 'you'])
const subjectPronouns = new Set(['he', 'she', 'they', 'we', 'i', 'it', 'you'])
const pronounObjects = new Set(['it', 'this', 'that', 'them', 'any', 'having', 'being', 'ever', 'knowing'])
const complementizers = new Set(['that', 'whether', 'if'])
const admissionWays = new Set(['into', 'through', 'from', 'via'])
const beLike = new Set(['is', 'are', 'was', 'were', 'have', 'has', 'had', 'will', 'would'])
const evidential = new Set(['where', 'how', 'why', 'my', 'our'])
const gerundPrepositions = new Set(['for', 'of', 'in', 'by', 'about', 'on', 'at', 'despite', 'from', 'after', 'before', 'while', 'through', 'with'])
const quantifiers = new Set(['many', 'several', 'numerous', 'other', 'such', 'two', 'three', 'four', 'some', 'all', 'few', 'more', 'most'])
const negativeSubjects = new Set(['neither', 'no', 'none', 'nobody', 'nor'])

/** The family of a status verb form, if it is one. */
export function verbFamily(state: FinderState, key: string): Family | null {
  const {lexicon} = state
  if (lexicon.confirmVerbs.has(key)) return 'confirm'
  if (lexicon.denyVerbs.has(key)) return 'deny'
  if (lexicon.rebutVerbs.has(key)) return 'rebut'
  if (lexicon.rejectVerbs.has(key)) return 'reject'
  return null
}

/** Read the status verb at token `at`; emit its stance if it is one (returns whether it did). */
export function findVerbStatus(state: FinderState, at: number, family: Family): boolean {
  const before = state.found.length
  readVerb(state, at, family)
  return state.found.length > before
}

function readVerb(state: FinderState, at: number, family: Family): void {
  const {doc, view, lexicon} = state
  const {keys, isWord} = view
  const {first, end} = sentenceOf(doc, at)
  const key = keys[at]
  const previous = at - 1 >= first ? keys[at - 1] : ''
  const next = at + 1 < end ? keys[at + 1] : ''

  // Before a noun it is an adjective or a noun itself: "a confirmed report",
  // "the disputed territory", "a dispute settlement mechanism".
  if ((isDeterminer(previous) || isPossessive(previous) || quantifiers.has(previous)) && next !== 'that' && next !== 'by' && isWord[at + 1]) {
    // "a confirmed report": a claim known to be confirmed, by no one named.
    if (family === 'confirm' && /ed$/.test(key) && !lexicon.acknowledgeVerbs.has(key) && !lexicon.admitVerbs.has(key)) {
      for (let look = at + 1; look < end && look <= at + 3 && isWord[look]; look++) {
        if (lexicon.claimNouns.has(keys[look]) && !pronounObjects.has(keys[look])) {
          emit(state, {kind: 'confirms', cue: {first: at, last: at}, subject: null, content: rangeSpan(doc, view, at + 1, clauseEnd(doc, view, at + 1))})
          return
        }
      }
    }

    return
  }
  // "The 1968 contest that Nixon won": after a number it is a noun too.
  if (/^\d[\d,]*$/.test(previous)) return
  // "to confirm or deny the report": the second verb belongs to the first.
  if ((previous === 'or' || previous === 'nor') && at - 2 >= first && verbFamily(state, keys[at - 2])) return
  // "nomination contests have started": a noun subject.
  if (family === 'reject' && /s$/.test(key) && lexicon.auxiliaries.has(next)) return
  if (family === 'deny' && (previous === 'no' || previous === 'without')) return
  // "for authenticating the identity", "despite admitting": a gerund under a preposition states no stance.
  if (key.endsWith('ing') && gerundPrepositions.has(previous)) return

  // The verb group, leftwards.
  let groupStart = at
  let negated = false
  let passive = false
  let modal: string | null = null
  let auxiliarySeen = false
  let self = false
  let governor: string | null = null
  let evidenceFrom: Range | null | undefined
  let index = at - 1
  while (index >= first) {
    const word = keys[index]
    if (lexicon.verbAdverbs.has(word)) {
      index--
      continue
    }

    if (word === 'neither' || word === 'either') {
      negated = negated || word === 'neither'
      groupStart = index
      index--
      continue
    }

    if (word === 'not' || word === 'never' || isNegativeContraction(word)) {
      negated = true
      groupStart = index
      // "they aren't admitted until …": a negated copula makes a passive too.
      if (!auxiliarySeen && /^(is|are|was|were)n't$/.test(word) && /ed$/.test(key)) passive = true
      if (word !== 'not' && word !== 'never' && word !== 'cannot') auxiliarySeen = true
      if (!modal && /^(would|wo|could|should|might|must)n't$/.test(word)) modal = word
      index--
      continue
    }

    if (lexicon.auxiliaries.has(word)) {
      if (!auxiliarySeen && beForms.has(word) && /ed$/.test(key)) passive = true
      if (!modal && lexicon.hypotheticalModals.has(word)) modal = word
      auxiliarySeen = true
      groupStart = index
      index--
      continue
    }

    if (word === 'to') {
      if (index - 1 < first) return
      governor = keys[index - 1]
      // "no way to verify" withholds; "go some way to contesting" does not.
      if (governor === 'way' && !(index - 2 >= first && keys[index - 2] === 'no')) return
      if (lexicon.infinitiveNegators.has(governor)) {
        negated = true
        groupStart = index - 1
        if (governor === 'way' && index - 2 >= first && keys[index - 2] === 'no') {
          groupStart = index - 2
          self = true
        }

        index = groupStart - 1
        continue
      }

      if (lexicon.infinitiveAffirmers.has(governor)) {
        groupStart = index - 1
        index -= 2
        continue
      }

      // "has not received any information from Iraqi authorities to confirm
      // or deny the report": nothing that would confirm it, from whoever
      // the information would come from.
      if (family === 'confirm') {
        const withheld = withheldEvidence(state, index, first)
        if (withheld) {
          negated = true
          groupStart = index
          evidenceFrom = withheld.from
          break
        }
      }

      // "asked to confirm", "voted to confirm", "an effort to deny": not a status.
      return
    }

    break
  }

  // "the refugees admitted are …", "the figures verified were …": a participle
  // modifying a noun, not a verb with a subject.
  if (/ed$/.test(key) && groupStart === at && beLike.has(next)) return

  // "confirmed by the Eagle Forum" with no auxiliary is passive too.
  if (!passive && /ed$/.test(key) && next === 'by') passive = true

  // "confirm or deny", "neither confirm nor deny": one stance.
  let verbEnd = at
  if ((next === 'or' || next === 'nor') && at + 2 < end && verbFamily(state, keys[at + 2])) {
    verbEnd = at + 2
    if (next === 'nor') negated = true
  }

  // "if confirmed", "unless the report is confirmed", "whether he would deny".
  for (let look = groupStart - 1; look >= first && look >= groupStart - 7; look--) {
    if (!isWord[look]) break
    if (lexicon.conditionalWords.has(keys[look])) return
  }

  if (modal && !negated) return

  if (isTaken(state, groupStart, verbEnd)) return

  const after = verbEnd + 1
  const cue: Range = {first: groupStart, last: verbEnd}

  if (passive) {
    let agentAt = after
    while (agentAt < end && lexicon.verbAdverbs.has(keys[agentAt])) agentAt++
    const hasAgent = agentAt < end && keys[agentAt] === 'by'
    const agent = hasAgent ? nounPhraseAfter(state, agentAt + 1) : null
    const patient = subjectBefore(doc, view, groupStart)

    if (family === 'confirm') {
      if (lexicon.admitVerbs.has(key)) return
      if (agentAt < end && (keys[agentAt] === 'as' || /^\d/.test(keys[agentAt]))) return
      if (agent && rangeHas(state.view, agent, lexicon.appointmentSubjects)) return
      // People are confirmed to posts; facts are confirmed true.
      if (patient && isPersonLike(state, patient)) return
      if (patient && rangeHas(state.view, patient, lexicon.appointmentNouns)) return
      // "This person will not be confirmed": a lone noun the subject walk leaves out.
      if (!patient && groupStart - 1 >= first && lexicon.appointmentNouns.has(keys[groupStart - 1])) return
      if (patient && patient.first === patient.last && relativeOrQuantifier.has(keys[patient.first])) {
        // "the 17th judge who has been confirmed", "All were confirmed".
        const antecedent = patient.first - 1
        if (keys[patient.first] !== 'who' && keys[patient.first] !== 'which' && keys[patient.first] !== 'that') return
        if (antecedent >= first && lexicon.appointmentNouns.has(keys[antecedent])) return
      }
    } else if (!agent) {
      // "was denied bail", "the request was rejected": a deprivation, or no party.
      return
    }

    if (family === 'rebut' || family === 'reject') {
      // "had been soundly rejected by an electorate": only a rejected claim
      // is a denial; "a deal that was rejected by Congress": the relative
      // pronoun stands for its noun.
      const rejected = patient && patient.first === patient.last && relatives.has(keys[patient.first]) ? relativeNoun(state, patient.first) : patient
      if (negated || !rejected || !rangeHas(state.view, rejected, lexicon.claimNouns)) return
    }

    const kind = statusKind(family, negated)
    emit(state, {
      kind,
      cue,
      subject: agent,
      content: patient ? rangeSpan(doc, view, patient.first, patient.last) : null,
      self: !agent && kind === 'unconfirmed'
    })
    return
  }

  // "…, acknowledging that …": the participle's subject opens the sentence.
  const participle = key.endsWith('ing') && groupStart === at && at - 1 >= first && keys[at - 1] === ','
  let subject = evidenceFrom !== undefined ? evidenceFrom : participle ? sentenceSubject(doc, view, at) : subjectBefore(doc, view, groupStart)
  // "The dean has published a letter strongly disputing …": the participle
  // hangs off a verb phrase; its party is that verb's subject.
  if (subject && key.endsWith('ing') && groupStart === at && /^[a-z]+(ed|ing)$/.test(doc.tokens[subject.first].text)) {
    let verb = subject.first
    while (verb - 1 >= first && lexicon.auxiliaries.has(keys[verb - 1])) verb--
    subject = subjectBefore(doc, view, verb)
  }

  // "The findings included debunking …": the verb before the gerund is not part of its party.
  if (subject && key.endsWith('ing') && subject.last > subject.first && /^[a-z]+ed$/.test(doc.tokens[subject.last].text)) {
    subject = {first: subject.first, last: subject.last - 1}
  }

  if (subject) {
    const lead = keys[subject.first]
    const before = subject.first - 1 >= first ? keys[subject.first - 1] : ''
    if (negativeSubjects.has(lead) || negativeSubjects.has(before)) negated = true
  }

  const object = after < end ? keys[after] : ''

  if (family === 'confirm') {
    if (subject && rangeHas(state.view, subject, lexicon.appointmentSubjects)) return
    if (object === 'as' || /^\d/.test(object)) return
    if (objectHas(state, after, lexicon.appointmentNouns, 4)) return
    // "confirms where he stands", "confirmed my faith": evidence bearing out a view, not a party confirming a claim.
    if (evidential.has(object)) return
    if (lexicon.admitVerbs.has(key) && (admissionWays.has(object) || objectHas(state, after, lexicon.admissionPlaces, 4))) return
    // "have admitting privileges": the verb in another sense (wording.json `otherSenses`).
    if (inOtherSense(state, at)) return
    // "refugees admitted to the United States" (admission) vs "admitted to the newspaper that …" (a concession).
    if (lexicon.admitVerbs.has(key) && object === 'to' && !thatFollows(state, after, end, 6)) return
    // "acknowledged that …" concedes a fact (spec: a `confirms` cue). Not
    // acknowledging is a withheld confirmation only for a claim ("did not
    // acknowledge the report") or a refusal ("has yet to acknowledge"), not
    // for "failed to acknowledge tough realities".
    // As a quotation frame ("…,” he acknowledged.) it only reports speech.
    if (!negated && lexicon.acknowledgeVerbs.has(key) && (after >= end || !isWord[after])) return
    if (negated && lexicon.acknowledgeVerbs.has(key)) {
      const refusal = governor !== null && lexicon.infinitiveNegators.has(governor) && governor !== 'fail' && governor !== 'fails' && governor !== 'failed' && governor !== 'failing'
      if (!refusal && !objectHas(state, after, lexicon.claimNouns, 4, pronounObjects)) return
    }
  } else if (family === 'deny') {
    if (isDitransitive(state, after, end)) return
    if (objectHas(state, after, lexicon.deprivationNouns, 4)) return
  } else if (family === 'reject') {
    // "appeals to voters": an appeal disputes only "against" something.
    if (key.startsWith('appeal') && object !== 'against') return
    // Take "as false" first so that its word does not make a second stance.
    const falsity = asFalsity(state, after, end) >= 0
    let claimLike = object === 'that' && after + 1 < end && clauseOpening(state, after + 1)
    if (!claimLike) claimLike = objectHas(state, after, lexicon.claimNouns, 6, pronounObjects)
    if (!claimLike) claimLike = falsity
    if (!claimLike) return
    if (negated && !lexicon.disputeVerbs.has(key)) return
  } else if (negated) {
    return
  }

  emit(state, {
    kind: statusKind(family, negated),
    cue,
    subject,
    content: objectContent(state, after, end, family === 'reject') ?? relativeAntecedent(state, subject),
    self
  })
}

const relativeOrQuantifier = new Set(['who', 'which', 'that', 'all', 'both', 'each', 'they', 'he', 'she', 'none', 'some', 'many'])

/** Whether token `at` can open a clause ("that he …", "that the report …"), not continue a noun ("that argument"). */
function clauseOpening(state: FinderState, at: number): boolean {
  const word = state.view.keys[at]
  return subjectPronouns.has(word) || isDeterminer(word) || isCapitalised(state.doc, at) || word === 'there'
}

function thatFollows(state: FinderState, from: number, end: number, window: number): boolean {
  for (let index = from; index < end && index < from + window; index++) if (state.view.keys[index] === 'that') return true
  return false
}

function statusKind(family: Family, negated: boolean): StanceKind {
  if (negated) return 'unconfirmed'
  return family === 'confirm' ? 'confirms' : 'denies'
}

/** The object or complement after a verb as a claim span. */
function objectContent(state: FinderState, from: number, end: number, stopAtAs: boolean): Span | null {
  const {doc, view} = state
  const {keys, isWord} = view
  if (from >= end) return null
  let start = from
  if (keys[start] === ',' && start + 1 < end && keys[start + 1] === 'that') start++
  // "appealing against allegations": the preposition is the verb's.
  if (keys[start] === 'against' && start + 1 < end) start++
  if (!isWord[start] && keys[start] !== '"' && keys[start] !== '\u201c') return null
  if (complementizers.has(keys[start]) && (keys[start] !== 'that' || (start + 1 < end && clauseOpening(state, start + 1)))) {
    if (start + 1 >= end) return null
    return rangeSpan(doc, view, start + 1, clauseEnd(doc, view, start + 1))
  }

  let last = trimTime(view, start, clauseEnd(doc, view, start, true))
  if (stopAtAs) {
    for (let index = start; index <= last; index++) {
      if (keys[index] === 'as') {
        last = index - 1
        break
      }
    }
  }

  return last >= start ? rangeSpan(doc, view, start, last) : null
}

/** A noun phrase from `from` to the clause end or the next comma (at most 10 words). */
export function nounPhraseAfter(state: FinderState, from: number): Range | null {
  const {doc, view} = state
  const {end} = sentenceOf(doc, from < doc.tokens.length ? from : from - 1)
  if (from >= end || !view.isWord[from]) return null
  let last = Math.min(clauseEnd(doc, view, from, true), from + 9)
  for (let index = from + 1; index <= last; index++) {
    const word = view.keys[index]
    if (word === 'that' || word === 'who' || word === 'which' || word === 'and' || word === 'but' || word === 'to' || word === 'because') {
      last = index - 1
      break
    }
  }

  while (last >= from && !view.isWord[last]) last--
  return last >= from ? {first: from, last} : null
}

/** Whether the object within `window` words after `from` (before a clause break) has a word of `words`. */
function objectHas(state: FinderState, from: number, words: Set<string>, window: number, except?: Set<string>): boolean {
  const {doc, view} = state
  const {end} = sentenceOf(doc, Math.min(from, doc.tokens.length - 1))
  for (let index = from; index < end && index < from + window; index++) {
    if (!view.isWord[index]) {
      if (view.keys[index] === '"' || view.keys[index] === '\u201c' || view.keys[index] === '\u201d') continue
      return false
    }

    const word = view.keys[index]
    if (word === 'that' && index > from) return false
    if (words.has(word) && !except?.has(word)) return true
  }

  return false
}

/** A person's name or a personal pronoun: "he", "Jeff Sessions" (all words capitalised, no organisation words). */
function isPersonLike(state: FinderState, range: Range): boolean {
  const {keys} = state.view
  if (range.first === range.last && (keys[range.first] === 'he' || keys[range.first] === 'she')) return true
  return false
}

/**
 * "deny them a permit", "deny Trump the nomination", "denied him entry",
 * "deny insurgent Bernie Sanders the nomination", "denied everyday
 * Americans a voice" (a name after up to two modifiers).
 */
function isDitransitive(state: FinderState, from: number, end: number): boolean {
  const {doc, view, lexicon} = state
  const {keys, isWord} = view
  if (from >= end || !isWord[from]) return false
  if (beneficiaryFirst(state, from, end)) return true
  let index = from
  // Up to two lower-case modifiers, then a name.
  let skipped = 0
  while (skipped < 2 && index < end && isWord[index] && !isCapitalised(doc, index) && !isDeterminer(keys[index]) && !objectPronouns.has(keys[index])) {
    index++
    skipped++
  }

  if (skipped > 0 && !(index < end && isWord[index] && isCapitalised(doc, index))) return false
  if (objectPronouns.has(keys[index])) {
    index++
  } else if (isCapitalised(doc, index) && !isDeterminer(keys[index])) {
    while (index < end && isWord[index] && isCapitalised(doc, index)) index++
  } else {
    return false
  }

  if (index >= end || !isWord[index]) return false
  const word = keys[index]
  return isDeterminer(word) || lexicon.deprivationNouns.has(word) || /^\d/.test(word)
}

/** Index of a falsity word in "… as false/fabricated/a hoax" after `from` (within 10 words), or -1. */
export function asFalsity(state: FinderState, from: number, end: number): number {
  const {keys, isWord} = state.view
  for (let index = from; index < end && index < from + 10; index++) {
    if (!isWord[index] && keys[index] !== '"' && keys[index] !== '\u201c' && keys[index] !== '\u201d') return -1
    if (keys[index] !== 'as') continue
    for (let look = index + 1; look < end && look <= index + 4; look++) {
      if (state.lexicon.falsityWords.has(keys[look])) {
        state.taken[look] = 1
        return look
      }
    }

    return -1
  }

  return -1
}

/**
 * "deny many energized independents the right to vote", "deny workers a
 * pay rise": a plain noun phrase of people, then the thing withheld after
 * its determiner. Not "denied the report" (the object comes first) nor
 * "denied claims the company lied" (a claim noun is what is denied).
 */
function beneficiaryFirst(state: FinderState, from: number, end: number): boolean {
  const {keys, isWord} = state.view
  const {lexicon} = state
  // "denied he met him": a clause, not someone deprived of something.
  if (isDeterminer(keys[from]) || lexicon.claimNouns.has(keys[from]) || subjectPronouns.has(keys[from])) return false
  for (let index = from; index < end && index <= from + 4; index++) {
    if (!isWord[index]) return false
    const word = keys[index]
    if (index > from && (isDeterminer(word) || isPossessive(word) || objectPronouns.has(word))) return word !== 'any' && word !== 'no'
    if (clauseWords.has(word) || lexicon.claimNouns.has(word) || lexicon.auxiliaries.has(word)) return false
  }

  return false
}

/** Words that cannot stand in the noun phrase of the deprived: "denied and which …", "denied it to …". */
const clauseWords = new Set(['that', 'to', 'and', 'or', 'but', 'which', 'who', 'when', 'while', 'as', 'after', 'before', 'because', 'in', 'on', 'at', 'of', 'for', 'with', 'by', 'from', 'if', 'whether'])
const evidenceNouns = new Set(['information', 'evidence', 'proof', 'data', 'documents', 'documentation', 'means', 'ability', 'way'])
const negations = new Set(['not', 'no', 'never', 'without', 'nor'])

/**
 * "has not received any information from the authorities to confirm",
 * "there is no evidence to verify": an infinitive of confirming under a
 * negated noun of evidence. Returns where the evidence would come from
 * ("from the authorities": its noun phrase, or `null` when the text says
 * no more), or `undefined` when the infinitive is no such thing.
 */
function withheldEvidence(state: FinderState, to: number, first: number): {from: Range | null} | undefined {
  const {keys, isWord} = state.view
  let noun = -1
  let from = -1
  for (let index = to - 1; index >= first && index >= to - 8; index--) {
    if (!isWord[index]) return undefined
    if (keys[index] === 'from' && from === -1) from = index
    if (evidenceNouns.has(keys[index])) {
      noun = index
      break
    }
  }

  // "there is no evidence to confirm …" is already a finding of no evidence.
  if (noun === -1 || state.taken[noun]) return undefined
  for (let index = noun - 1; index >= first && index >= noun - 6; index--) {
    if (!isWord[index]) return undefined
    const word = keys[index]
    if (negations.has(word) || isNegativeContraction(word)) {
      const source = from > noun ? {first: from + 1, last: to - 1} : null
      return {from: source}
    }
  }

  return undefined
}

/**
 * "…, a charge which the administration denies": with no object after the
 * verb, what it denies is the noun the object relative clause hangs on.
 */
function relativeAntecedent(state: FinderState, subject: Range | null): Span | null {
  const {keys} = state.view
  if (!subject) return null
  const relative = subject.first - 1
  if (relative < 0 || (keys[relative] !== 'which' && keys[relative] !== 'that')) return null
  const noun = relativeNoun(state, relative)
  return noun ? rangeSpan(state.doc, state.view, noun.first, noun.last) : null
}

/** Whether a word can stand inside a noun phrase (not a verb, an auxiliary, a pronoun subject or a conjunction). */
function inNounPhrase(state: FinderState, index: number): boolean {
  const {keys} = state.view
  const word = keys[index]
  if (state.lexicon.auxiliaries.has(word) || subjectPronouns.has(word) || word === 'and' || word === 'or' || word === 'but' || word === 'to') return false
  return !(/ed$/.test(word) && !(index - 1 >= 0 && isDeterminer(keys[index - 1])))
}

const relatives = new Set(['that', 'which', 'who'])

/** The noun phrase a relative pronoun at `relative` stands for ("a deal that …" → "a deal"). */
function relativeNoun(state: FinderState, relative: number): Range | null {
  const {first} = sentenceOf(state.doc, relative)
  let last = relative - 1
  if (last >= first && state.view.keys[last] === ',') last--
  if (last < first || !state.view.isWord[last]) return null
  let start = last
  while (start - 1 >= first && state.view.isWord[start - 1] && start > last - 5 && inNounPhrase(state, start - 1)) start--
  return {first: start, last}
}
