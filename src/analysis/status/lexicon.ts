/**
 * The status lexicons (`data/lexicons/status.json`, `hedges.json`,
 * `wording.json`), loaded and compiled once per process. The words are data
 * a user can extend; what they mean in context is decided in code
 * (`verbs.ts`, `phrases.ts`, `hedges.ts`, `impersonal.ts`, `wording.ts`).
 */
import fs from 'node:fs'
import {fileURLToPath} from 'node:url'
import type {StanceKind} from '../types.js'
import {compilePattern, indexPatterns, normaliseWord, type Pattern} from './pattern.js'

/** Where a phrase's party is. */
export type PartyPlace = 'subject' | 'from' | 'none' | 'attribution' | 'inner'
/** Where a phrase's claim is. */
export type ClaimPlace = 'after' | 'clause' | 'subject' | 'none'

export interface PhraseInfo {
  kind: StanceKind
  party: PartyPlace
  claim: ClaimPlace
  /** The writer is the party (no one named). */
  self: boolean
  /** Said by a party rather than the writer, the phrase denies ("baseless"). */
  deniedWhenSaid: boolean
  /** The phrase is a stance only when a party says it ("it had complied fully with the law"): from the writer it is a plain statement. */
  onlyWhenSaid: boolean
  /** A no-evidence phrase that states a finding ("there is no evidence that"), not a claim made without evidence. */
  finding: boolean
}

export interface StatusFile {
  classes: Record<string, string[]>
  phrases: Array<{
    kind: StanceKind
    pattern: string
    party?: PartyPlace
    claim?: ClaimPlace
    self?: boolean
    deniedWhenSaid?: boolean
    onlyWhenSaid?: boolean
    finding?: boolean
  }>
  confirmVerbs: string[]
  acknowledgeVerbs: string[]
  denyVerbs: string[]
  rebutVerbs: string[]
  rejectVerbs: string[]
  disputeVerbs: string[]
  claimNouns: string[]
  falsityWords: string[]
  saidFalsityWords: string[]
  predicateFalsityWords: string[]
  /** After `is`, false only when what is called so is a claim ("suggestions that … are wrong"). */
  claimPredicateWords?: string[]
  /** What "declined to provide …" withholds that is not comment ("guidance" on earnings). */
  withheldNotInformation?: string[]
  admitVerbs: string[]
  verdictVerbs: string[]
  debunkedWords: string[]
  admissionPlaces: string[]
  callVerbs: string[]
  speechVerbs: string[]
  appointmentNouns: string[]
  appointmentSubjects: string[]
  deprivationNouns: string[]
  conditionalWords: string[]
  attemptWords: string[]
  infinitiveNegators: string[]
  infinitiveAffirmers: string[]
  negators: string[]
  auxiliaries: string[]
  hypotheticalModals: string[]
  verbAdverbs: string[]
}

export interface HedgeFile {
  adverbs: string[]
  participles: string[]
  /** Participles that hedge after a form of `be` before `to` ("is alleged to"). */
  passiveParticiples?: string[]
  /** Nouns after which a participle is a term, not a hedge ("a suspected case"). */
  participleTerms?: string[]
  /** Hedges of a charge ("allegedly"), no hedge in a sentence that names the charge (`charges`). */
  legal?: string[]
  charges?: string[]
  phrases: Array<{pattern: string}>
  /** Words that say someone holds a claim without saying who (see the file's description). */
  impersonal?: {
    participlesTo: string[]
    participlesAs: string[]
    adverbs: string[]
    evidentials: string[]
    evidentialAdjectives: string[]
    beliefNouns: string[]
  }
}

/** `data/lexicons/wording.json`: the senses in which a verb of saying does not report. */
export interface WordingFile {
  otherSenses: Array<{verbs: string[]; objects: string[]}>
  confessionVerbs: string[]
  faultWords: string[]
  concessionVerbs?: string[]
  /** One- or two-word phrases of a verdict ("pleaded guilty", "was fined"). */
  verdictPhrases?: string[]
}

/** What a word can start, as bits of `StatusLexicon.triggers`. */
export const triggerPhrase = 1
export const triggerVerb = 2
export const triggerHedge = 4
export const triggerFalsity = 8
export const triggerImpersonal = 16

export interface StatusLexicon {
  /** Every word that can start a status, with what it can start: one look-up per token. */
  triggers: Map<string, number>
  phrases: Map<string, Array<Pattern<PhraseInfo>>>
  hedgePhrases: Map<string, Array<Pattern<null>>>
  hedgeAdverbs: Set<string>
  hedgeParticiples: Set<string>
  confirmVerbs: Set<string>
  acknowledgeVerbs: Set<string>
  denyVerbs: Set<string>
  rebutVerbs: Set<string>
  rejectVerbs: Set<string>
  disputeVerbs: Set<string>
  claimNouns: Set<string>
  falsityWords: Set<string>
  saidFalsityWords: Set<string>
  predicateFalsityWords: Set<string>
  claimPredicateWords: Set<string>
  withheldNotInformation: Set<string>
  admitVerbs: Set<string>
  verdictVerbs: Set<string>
  debunkedWords: Set<string>
  admissionPlaces: Set<string>
  hedgePassives: Set<string>
  participleTerms: Set<string>
  legalHedges: Set<string>
  charges: Set<string>
  /** "is expected to", "is widely seen as", "apparently", "suspicions … that": see `HedgeFile.impersonal`. */
  impersonalTo: Set<string>
  impersonalAs: Set<string>
  impersonalAdverbs: Set<string>
  evidentials: Set<string>
  evidentialAdjectives: Set<string>
  beliefNouns: Set<string>
  /** Per verb form, the next words that give it a sense other than reporting. */
  otherSenses: Map<string, Set<string>>
  confessionVerbs: Set<string>
  faultWords: Set<string>
  /** Verdict phrases, normalised words joined by a space. */
  verdictPhrases: Set<string>
  /** "admitted", "conceded": a party owning up, which denies nothing. */
  concessionVerbs: Set<string>
  callVerbs: Set<string>
  speechVerbs: Set<string>
  appointmentNouns: Set<string>
  appointmentSubjects: Set<string>
  deprivationNouns: Set<string>
  conditionalWords: Set<string>
  attemptWords: Set<string>
  infinitiveNegators: Set<string>
  infinitiveAffirmers: Set<string>
  negators: Set<string>
  auxiliaries: Set<string>
  hypotheticalModals: Set<string>
  verbAdverbs: Set<string>
}

let cached: StatusLexicon | undefined

/** The compiled status lexicon (loaded on first use). */
export function statusLexicon(): StatusLexicon {
  if (!cached) cached = compileLexicon(readStatusFile(), readHedgeFile(), readWordingFile())
  return cached
}

/** The package's status lexicon file, as data (to extend and pass to `compileLexicon`). */
export function readStatusFile(): StatusFile {
  return readData<StatusFile>('status.json')
}

/** The package's hedge lexicon file, as data. */
export function readHedgeFile(): HedgeFile {
  return readData<HedgeFile>('hedges.json')
}

/** The package's wording lexicon file, as data. */
export function readWordingFile(): WordingFile {
  return readData<WordingFile>('wording.json')
}

const noWording: WordingFile = {otherSenses: [], confessionVerbs: [], faultWords: []}

/** Compile lexicon files (exported so tests can try a user's extension). */
export function compileLexicon(status: StatusFile, hedges: HedgeFile, wording: WordingFile = noWording): StatusLexicon {
  const phrases = status.phrases.map((phrase) =>
    compilePattern<PhraseInfo>(phrase.pattern, status.classes, {
      kind: phrase.kind,
      party: phrase.party ?? 'subject',
      claim: phrase.claim ?? 'after',
      self: phrase.self ?? false,
      deniedWhenSaid: phrase.deniedWhenSaid ?? false,
      onlyWhenSaid: phrase.onlyWhenSaid ?? false,
      finding: phrase.finding ?? false
    })
  )
  const hedgePhrases = hedges.phrases.map((phrase) => compilePattern<null>(phrase.pattern, status.classes, null))

  const phraseIndex = indexPatterns(phrases)
  const hedgeIndex = indexPatterns(hedgePhrases)
  const triggers = new Map<string, number>()
  const add = (words: Iterable<string>, bit: number) => {
    for (const word of words) {
      const key = normaliseWord(word)
      triggers.set(key, (triggers.get(key) ?? 0) | bit)
    }
  }

  add(phraseIndex.keys(), triggerPhrase)
  add([...status.confirmVerbs, ...status.denyVerbs, ...status.rebutVerbs, ...status.rejectVerbs], triggerVerb)
  add([...hedgeIndex.keys(), ...hedges.adverbs, ...hedges.participles, ...(hedges.passiveParticiples ?? [])], triggerHedge)
  add([...status.saidFalsityWords, ...status.predicateFalsityWords, ...(status.claimPredicateWords ?? []), ...status.debunkedWords, 'true', 'accurate', 'correct'], triggerFalsity)
  const impersonal = hedges.impersonal
  if (impersonal) {
    add([...impersonal.participlesTo, ...impersonal.participlesAs, ...impersonal.evidentials, ...impersonal.evidentialAdjectives, ...impersonal.beliefNouns], triggerImpersonal)
  }

  const otherSenses = new Map<string, Set<string>>()
  for (const group of wording.otherSenses) {
    for (const verb of group.verbs) {
      const key = normaliseWord(verb)
      const objects = otherSenses.get(key) ?? new Set<string>()
      for (const object of group.objects) objects.add(normaliseWord(object))
      otherSenses.set(key, objects)
    }
  }

  return {
    triggers,
    phrases: phraseIndex,
    hedgePhrases: hedgeIndex,
    hedgeAdverbs: wordSet(hedges.adverbs),
    hedgeParticiples: wordSet(hedges.participles),
    confirmVerbs: wordSet(status.confirmVerbs),
    acknowledgeVerbs: wordSet(status.acknowledgeVerbs),
    denyVerbs: wordSet(status.denyVerbs),
    rebutVerbs: wordSet(status.rebutVerbs),
    rejectVerbs: wordSet(status.rejectVerbs),
    disputeVerbs: wordSet(status.disputeVerbs),
    claimNouns: wordSet(status.claimNouns),
    falsityWords: wordSet(status.falsityWords),
    saidFalsityWords: wordSet(status.saidFalsityWords),
    predicateFalsityWords: wordSet(status.predicateFalsityWords),
    claimPredicateWords: wordSet(status.claimPredicateWords ?? []),
    withheldNotInformation: wordSet(status.withheldNotInformation ?? []),
    admitVerbs: wordSet(status.admitVerbs),
    verdictVerbs: wordSet(status.verdictVerbs),
    debunkedWords: wordSet(status.debunkedWords),
    admissionPlaces: wordSet(status.admissionPlaces),
    hedgePassives: wordSet(hedges.passiveParticiples ?? []),
    participleTerms: wordSet(hedges.participleTerms ?? []),
    legalHedges: wordSet(hedges.legal ?? []),
    charges: wordSet(hedges.charges ?? []),
    impersonalTo: wordSet(impersonal?.participlesTo ?? []),
    impersonalAs: wordSet(impersonal?.participlesAs ?? []),
    impersonalAdverbs: wordSet(impersonal?.adverbs ?? []),
    evidentials: wordSet(impersonal?.evidentials ?? []),
    evidentialAdjectives: wordSet(impersonal?.evidentialAdjectives ?? []),
    beliefNouns: wordSet(impersonal?.beliefNouns ?? []),
    otherSenses,
    confessionVerbs: wordSet(wording.confessionVerbs),
    faultWords: wordSet(wording.faultWords),
    verdictPhrases: new Set((wording.verdictPhrases ?? []).map((phrase) => phrase.split(/\s+/).map(normaliseWord).join(' '))),
    concessionVerbs: wordSet(wording.concessionVerbs ?? []),
    callVerbs: wordSet(status.callVerbs),
    speechVerbs: wordSet(status.speechVerbs),
    appointmentNouns: wordSet(status.appointmentNouns),
    appointmentSubjects: wordSet(status.appointmentSubjects),
    deprivationNouns: wordSet(status.deprivationNouns),
    conditionalWords: wordSet(status.conditionalWords),
    attemptWords: wordSet(status.attemptWords),
    infinitiveNegators: wordSet(status.infinitiveNegators),
    infinitiveAffirmers: wordSet(status.infinitiveAffirmers),
    negators: wordSet(status.negators),
    auxiliaries: wordSet(status.auxiliaries),
    hypotheticalModals: wordSet(status.hypotheticalModals),
    verbAdverbs: wordSet(status.verbAdverbs)
  }
}

function wordSet(words: string[]): Set<string> {
  return new Set(words.map(normaliseWord))
}

/**
 * Read a lexicon from `data/lexicons/`. This module runs from
 * `src/analysis/status/` (tests) and from `dist/src/analysis/status/`
 * (built), so the package root is three or four levels up.
 */
export function readData<T>(name: string): T {
  for (const root of ['../../../', '../../../../']) {
    const file = fileURLToPath(new URL(root + 'data/lexicons/' + name, import.meta.url))
    if (fs.existsSync(file)) return JSON.parse(fs.readFileSync(file, 'utf8')) as T
  }

  throw new Error('vouch: cannot find `data/lexicons/' + name + '` in the package')
}
