/**
 * The reporting-cue lexicon (`data/lexicons/reporting-verbs.json`): word
 * forms that head attribution cues ("said", "told", "according", "believes").
 * The tagger uses membership as a feature, so a user who adds a verb teaches
 * it something without retraining; the rules of `frames.ts` use it directly.
 */
import {readPackageJson} from './resources.js'

export interface CueLexiconFile {
  description: string
  /** Lower-case word forms that head reporting/belief cues. */
  verbs: string[]
  /** Multi-word or nominal cue heads ("according", "statement"). */
  nominal?: string[]
  /** Verbs of carrying that name an outlet after "by" ("carried by KCNA"). */
  channelVerbs?: string[]
  /** Unambiguous verbs of saying, for the frame rules of `frames.ts`. */
  speechVerbs?: string[]
  /** Words that open a circumstance after a verb of saying ("said at …", "said of …"): not part of the cue. */
  circumstantial?: string[]
  /** Whole cues that keep such a circumstance ("said in a statement"). */
  cuePhrases?: string[]
  /** Auxiliaries and adverbs that belong to a cue right after them ("has said", "also told"). */
  auxiliaries?: string[]
  /** Verbs whose subject belongs to the content ("X seems to …", "X is expected to …"). */
  raising?: string[]
  /** Raising words that raise only after a form of "be" ("is expected", not "Smith expected"). */
  passiveRaising?: string[]
  /** Verbs with an addressee before their that-clause ("told lawmakers that …"). */
  addresseeVerbs?: string[]
  /** With a negation in a cue, a cue that does not assert its content ("did not say", "made no mention of"). */
  silenceWords?: string[]
  /** Verbs of failing that negate a cue as "not" does ("failed to mention"). */
  failureWords?: string[]
  /** Verbs of asking: after “A?” X asked, the next quotation is someone else's answer; an addressee before their wh-clause is no content. */
  questionVerbs?: string[]
  /** Cues whose object states a claim even without "that" ("forecast a rise", "called him a genius"): base forms. */
  claimVerbs?: string[]
  /** Adjectives and nouns that voice or hold a proposition ("hopeful they can win", "raising alarms about how …"); not tagger features. */
  stanceWords?: string[]
  /** Verbs that utter a slogan, not a claim ("chanted “Build a wall”"): base forms. */
  sloganVerbs?: string[]
  /** Verbs that ask for something to be done ("demanding that police release", "called for"): base forms, with a particle. */
  demandVerbs?: string[]
}

let cached:
  | {
      cues: Set<string>
      channels: Set<string>
      speech: Set<string>
      circumstantial: Set<string>
      phrases: Set<string>
      auxiliaries: Set<string>
      raising: Set<string>
      passiveRaising: Set<string>
      addressee: Set<string>
      silence: Set<string>
      failure: Set<string>
      question: Set<string>
      claimBases: Set<string>
      stance: Set<string>
      sloganBases: Set<string>
      demandBases: Set<string>
    }
  | undefined

function load() {
  if (!cached) {
    const file = readPackageJson<CueLexiconFile>('data/lexicons/reporting-verbs.json')
    const speech = phraseSet(file.speechVerbs)
    cached = {
      cues: new Set([...phraseSet(file.verbs), ...phraseSet(file.nominal), ...speech]),
      channels: phraseSet(file.channelVerbs),
      speech,
      circumstantial: phraseSet(file.circumstantial),
      phrases: phraseSet(file.cuePhrases),
      auxiliaries: phraseSet(file.auxiliaries),
      raising: phraseSet(file.raising),
      passiveRaising: phraseSet(file.passiveRaising),
      addressee: phraseSet(file.addresseeVerbs),
      silence: phraseSet(file.silenceWords),
      failure: phraseSet(file.failureWords),
      question: phraseSet(file.questionVerbs),
      claimBases: new Set((file.claimVerbs ?? []).flatMap((word) => [word.toLowerCase(), verbBase(word.toLowerCase())])),
      stance: phraseSet(file.stanceWords),
      sloganBases: new Set((file.sloganVerbs ?? []).map((word) => verbBase(word.toLowerCase()))),
      demandBases: new Set((file.demandVerbs ?? []).map((phrase) => phrase.toLowerCase().split(/\s+/).map(verbBase).join(' ')))
    }
  }

  return cached
}

/** The set of cue word forms, loaded once. */
export function cueWords(): Set<string> {
  return load().cues
}

let cueBases: Set<string> | undefined

/**
 * Whether a lower-case word is a reporting cue in some inflection: in the
 * lexicon as written, or with the base of a word that is ("believe" for
 * "believes", "criticize" for "criticized"). The lexicon lists the forms
 * the tagger learned; what a cue *means* does not depend on its tense.
 */
export function isReportingWord(lower: string): boolean {
  const cues = cueWords()
  if (cues.has(lower)) return true
  if (!cueBases) {
    cueBases = new Set()
    for (const word of cues) if (!word.includes(' ')) cueBases.add(verbBase(word))
  }

  return cueBases.has(verbBase(lower))
}

/**
 * Whether a cue word can vouch for a claim: a reporting word in some
 * inflection, a claim verb, or an adjective or noun of stance ("hopeful",
 * "alarms"). A cue without one ("officers shot by", "many corporations")
 * is an act the tagger took for a frame.
 */
export function canReport(lower: string): boolean {
  return load().stance.has(lower) || isReportingWord(lower) || isClaimVerb(lower)
}

/**
 * A regular verb form without its inflection, as a comparison key rather
 * than a word: "believes", "believed", "believing" → "believ"; "tries",
 * "tried" → "try"; "stopped", "stopping" → "stop".
 */
export function verbBase(word: string): string {
  let base = word
  if (/(?:ies|ied)$/.test(base) && base.length > 4) base = base.slice(0, -3) + 'y'
  else if (/(?:sses|shes|ches|xes|zes)$/.test(base)) base = base.slice(0, -2)
  else if (base.endsWith('ing') && base.length > 5) base = base.slice(0, -3)
  else if (base.endsWith('ed') && base.length > 4) base = base.slice(0, -2)
  else if (base.endsWith('s') && !base.endsWith('ss') && base.length > 3) base = base.slice(0, -1)
  if (base !== word && /([b-df-hj-np-tv-z])\1$/.test(base) && !/(?:ss|ll)$/.test(base)) base = base.slice(0, -1)
  return base.endsWith('e') && base.length > 3 ? base.slice(0, -1) : base
}

/** Verbs that introduce a carrying outlet ("carried by", "published by"). */
export function channelVerbs(): Set<string> {
  return load().channels
}

/** Unambiguous verbs of saying ("said", "told", "briefed"). */
export function speechVerbs(): Set<string> {
  return load().speech
}

/** Words that open a circumstance a cue leaves out ("said at one point"). */
export function circumstantialWords(): Set<string> {
  return load().circumstantial
}

/** Whole cues that keep their circumstance ("said in a statement"), lower case, single-spaced. */
export function cuePhrases(): Set<string> {
  return load().phrases
}

/** Auxiliaries and adverbs a cue takes in when they stand right before it ("has said", "also told"). */
export function cueAuxiliaries(): Set<string> {
  return load().auxiliaries
}

/** Verbs whose subject belongs to the content ("The figures appear to be wrong"). */
export function raisingVerbs(): Set<string> {
  return load().raising
}

/** The raising words that raise only in the passive ("is expected", "was believed"). */
export function passiveRaisingVerbs(): Set<string> {
  return load().passiveRaising
}

/** Verbs with an addressee between them and their that-clause ("told", "assured", "warned"). */
export function addresseeVerbs(): Set<string> {
  return load().addressee
}

/** Words that, with a negator, make a cue silent ("did not say", "made no mention of"). */
export function silenceWords(): Set<string> {
  return load().silence
}

/** Verbs of failing that negate a cue ("failed to mention", "neglected to say"). */
export function failureWords(): Set<string> {
  return load().failure
}

/**
 * Whether a cue word states a claim with any object ("forecast a rise",
 * "called him a genius", "said the plan hurts"), not only with a clause.
 */
export function isClaimVerb(lower: string): boolean {
  let known = claimForms.get(lower)
  if (known === undefined) {
    const bases = load().claimBases
    known = bases.has(lower) || bases.has(verbBase(lower))
    if (claimForms.size < 50_000) claimForms.set(lower, known)
  }

  return known
}

const claimForms = new Map<string, boolean>()

/** Whether a cue word, with the word after it, asks for something to be done ("demanding", "called for"). */
export function isDemand(lower: string, next: string): boolean {
  const bases = load().demandBases
  if (bases.size === 0) return false
  const base = verbBase(lower)
  return bases.has(base) || bases.has(base + ' ' + next)
}

/** Whether a cue word utters a slogan rather than a claim ("chanted", "singing"). */
export function isSloganVerb(lower: string): boolean {
  const bases = load().sloganBases
  return bases.size > 0 && (bases.has(lower) || bases.has(verbBase(lower)))
}

/** Verbs of asking ("asked", "wondered"): the quotation after their frame is an answer, someone else's. */
export function questionVerbs(): Set<string> {
  return load().question
}

export interface CueBoundariesFile {
  description: string
  /** "called for": a cue ending in the first word takes the second into it. */
  include: string[]
  /** "expected to": it does not. */
  exclude: string[]
}

let boundaries: {include: Set<string>; exclude: Set<string>} | undefined

/** Where cues end (`data/lexicons/cue-boundaries.json`): pairs "word next", lower case. */
export function cueBoundaries(): {include: Set<string>; exclude: Set<string>} {
  if (!boundaries) {
    const file = readPackageJson<CueBoundariesFile>('data/lexicons/cue-boundaries.json')
    boundaries = {include: phraseSet(file.include), exclude: phraseSet(file.exclude)}
  }

  return boundaries
}

/**
 * A lexicon list as a set of look-up keys: lower case, words single-spaced
 * (a user's "Said  in a statement" still matches the text's "said in a
 * statement"). A missing list is empty.
 */
function phraseSet(list: string[] | undefined): Set<string> {
  return new Set((list ?? []).map((phrase) => phrase.toLowerCase().split(/\s+/).join(' ')))
}
