/**
 * The party lexicons: data a user can read and extend in `data/lexicons/`
 * (state media, news agencies, governments, publications, anonymous and
 * vague sources, pronouns, titles, self-reference, organizations, first
 * names, words that are not names). Read once, compiled into lookups, shared.
 */
import fs from 'node:fs'
import {fileURLToPath} from 'node:url'
import type {PartyKind} from '../types.js'
import {firstWordKey, nameKey, phraseKey} from './normalize.js'

export type Gender = 'male' | 'female' | 'neuter'
export type GrammaticalNumber = 'singular' | 'plural'

export interface PronounInfo {
  gender: Gender | null
  number: GrammaticalNumber | null
  person: 1 | 2 | 3
  relative?: boolean
}

/** A named entity of a lexicon: "Korean Central News Agency", "Pyongyang". */
export interface EntityEntry {
  /** Stable id across aliases: a capital and its country share one. */
  id: string
  kind: PartyKind
  /** The lexicon's own name for it. */
  canonical: string
}

export interface PartyLexicons {
  /** `nameKey` of every name and alias → entity. */
  entities: Map<string, EntityEntry>
  /** Most words in an entity name: bounds the n-gram lookups. */
  maxEntityWords: number
  /** `firstWordKey` of the first word of every entity name. */
  entityFirstWords: Set<string>
  /** Lower-cased country names, for nationality adjectives ("Korean"). */
  countryStems: string[]
  organHeads: Set<string>
  publicationHeads: Set<string>
  anonymousHeads: Set<string>
  anonymousPhrases: string[]
  /** Descriptions of a state outlet without its name ("state television"), as phrase keys. */
  stateMediaDescriptions: string[]
  /** `anonymityCues` by their first word: where to try them. */
  anonymityCueStarts: Map<string, string[]>
  /** Any of `publisherCues`, case-insensitive, followed by white space. */
  publisherPattern: RegExp
  /**
   * The lower-cased first words of `publisherCues`: a text whose lower-cased
   * form holds none of them cannot match `publisherPattern`, and `includes`
   * tells so far faster than the pattern. `null` when a cue's first word is
   * not plain ASCII (case-insensitive matching and lower-casing could then
   * disagree), so the pattern is always run.
   */
  publisherWords: string[] | null
  vagueHeads: Set<string>
  /** Plural heads of both ("officials", "critics"): the plural speakers to index. */
  pluralHeads: Map<string, 'anonymous' | 'vague'>
  vaguePhrases: string[]
  pronouns: Map<string, PronounInfo>
  honorifics: Map<string, Gender | null>
  roles: Set<string>
  /** Short titles and the role they stand for ("sen" → "senator"). */
  abbreviations: Map<string, string>
  gendered: Map<string, Gender>
  selfMentions: Set<string>
  organizationHeads: Set<string>
  /** Heads that refer back only to a body whose name holds them ("the university"). */
  organizationNamedHeads: Set<string>
  organizationNameWords: Set<string>
  /** Last words of newspapers' and magazines' names ("Times", "Post"). */
  publicationNameWords: Set<string>
  firstNames: Map<string, Gender>
  calendar: Set<string>
  sentenceOpeners: Set<string>
  /** Words opening a sentence before a colon without naming a speaker ("Update: …"), lower-cased. */
  sectionLabels: Set<string>
  placeWords: Set<string>
  nationalities: Set<string>
  /** Who can be a source (`people.json`): see `isPeopleNoun`. */
  people: PeopleLexicon
}

/** `people.json`, compiled: what a source's head must be to name anyone. */
export interface PeopleLexicon {
  nouns: Set<string>
  agentSuffixes: string[]
  notPeople: Set<string>
  quantities: Set<string>
  representatives: Set<string>
  definiteRoles: Set<string>
  /** Lower-cased; the text must capitalise them. */
  collectives: Set<string>
  quantifiers: Set<string>
  genericDefinites: Set<string>
  records: Set<string>
  measurements: Set<string>
  /** Words that make a group a poll's answers ("people polled"). */
  pollAnswers: Set<string>
}

interface NamedEntry {
  name: string
  aliases?: string[]
  capital?: string
  country?: string
}

const roots = ['../../../', '../../../../']

/** Find `data/lexicons/NAME` from `src/…` (vitest) and `dist/src/…` (built). */
function lexiconPath(name: string): string {
  for (const root of roots) {
    const candidate = fileURLToPath(new URL(root + 'data/lexicons/' + name, import.meta.url))
    if (fs.existsSync(candidate)) return candidate
  }

  throw new Error('vouch: cannot find the lexicon `data/lexicons/' + name + '`')
}

function read<T>(name: string): T {
  return JSON.parse(fs.readFileSync(lexiconPath(name), 'utf8')) as T
}

let cache: PartyLexicons | undefined

/** The compiled party lexicons (loaded on first use). */
export function partyLexicons(): PartyLexicons {
  cache ??= compile()
  return cache
}

function compile(): PartyLexicons {
  const entities = new Map<string, EntityEntry>()
  const entityFirstWords = new Set<string>()
  let maxEntityWords = 1

  function addEntity(kind: PartyKind, id: string, canonical: string, names: string[]) {
    const entry: EntityEntry = {id, kind, canonical}
    for (const name of names) {
      const key = nameKey(name)
      if (!key) continue
      // First come wins: a lexicon listed earlier is more specific.
      if (!entities.has(key)) entities.set(key, entry)
      // The first word as the text would tokenise it ("The New York Times" → "the").
      // Without a leading article: names are looked up after their "the".
      const words = name.split(/\s+/)
      const first = words.length > 1 && words[0].toLowerCase() === 'the' ? words[1] : words[0]
      entityFirstWords.add(firstWordKey(first))
      maxEntityWords = Math.max(maxEntityWords, name.split(/\s+/).length + 1)
    }
  }

  const stateMedia = read<{outlets: NamedEntry[]; descriptions?: string[]}>('state-media.json')
  for (const outlet of stateMedia.outlets) {
    addEntity('state-media', 'state-media:' + outlet.name, outlet.name, [outlet.name, ...(outlet.aliases ?? [])])
  }

  const agencies = read<{agencies: NamedEntry[]}>('news-agencies.json')
  for (const agency of agencies.agencies) {
    addEntity('news-agency', 'news-agency:' + agency.name, agency.name, [agency.name, ...(agency.aliases ?? [])])
  }

  const governments = read<{countries: NamedEntry[]; organs: NamedEntry[]; organHeads: string[]}>(
    'governments.json'
  )
  for (const organ of governments.organs) {
    addEntity('government', 'organ:' + organ.name, organ.name, [organ.name, ...(organ.aliases ?? [])])
  }

  for (const country of governments.countries) {
    const names = [country.name, ...(country.aliases ?? [])]
    if (country.capital) names.push(country.capital)
    addEntity('government', 'country:' + country.name, country.name, names)
  }

  const publications = read<{outlets: NamedEntry[]; heads: string[]; nameWords?: string[]}>('publications.json')
  for (const outlet of publications.outlets) {
    addEntity('publication', 'publication:' + outlet.name, outlet.name, [outlet.name, ...(outlet.aliases ?? [])])
  }

  const organizations = read<{heads: string[]; nameWords: string[]; names?: string[]; namedHeads?: string[]}>('organizations.json')
  for (const name of organizations.names ?? []) addEntity('organization', 'organization:' + name, name, [name])

  const anonymous = read<{heads: string[]; phrases: string[]; anonymityCues: string[]}>('anonymous.json')
  const vague = read<{heads: string[]; phrases: string[]}>('vague.json')
  const pronouns = read<{pronouns: Record<string, PronounInfo>}>('pronouns.json')
  const titles = read<{honorifics: Record<string, Gender | null>; roles: string[]; gendered: Record<string, Gender>; abbreviations?: Record<string, string>}>(
    'titles.json'
  )
  const self = read<{mentions: string[]; publisherCues: string[]}>('self.json')
  const firstNames = read<{male: string[]; female: string[]}>('first-names.json')
  const notNames = read<{calendar: string[]; sentenceOpeners: string[]; sectionLabels?: string[]; placeWords: string[]; nationalities: string[]}>(
    'not-names.json'
  )

  const people = read<{
    nouns: string[]
    agentSuffixes: string[]
    notPeople: string[]
    quantities: string[]
    representatives: string[]
    definiteRoles: string[]
    collectives: string[]
    quantifiers: string[]
    genericDefinites: string[]
    records: string[]
    measurements: string[]
    pollAnswers?: string[]
  }>('people.json')

  const firstNameGender = new Map<string, Gender>()
  for (const name of firstNames.male) firstNameGender.set(name.toLowerCase(), 'male')
  for (const name of firstNames.female) firstNameGender.set(name.toLowerCase(), 'female')

  return {
    entities,
    maxEntityWords,
    entityFirstWords,
    // Names and aliases ("America" → "American"), acronyms left out.
    countryStems: governments.countries.flatMap((country) =>
      [country.name, ...(country.aliases ?? [])].filter((name) => !/^[A-Z.]+$/.test(name)).map((name) => name.toLowerCase())
    ),
    organHeads: lowerSet(governments.organHeads),
    publicationHeads: lowerSet(publications.heads),
    anonymousHeads: lowerSet(anonymous.heads),
    anonymousPhrases: anonymous.phrases.map(phraseKey),
    stateMediaDescriptions: (stateMedia.descriptions ?? []).map(phraseKey),
    anonymityCueStarts: firstWords(anonymous.anonymityCues),
    publisherPattern: new RegExp('(?:' + self.publisherCues.map(escapeRegExp).join('|') + ')\\s+', 'i'),
    publisherWords: cueFirstWords(self.publisherCues),
    vagueHeads: lowerSet(vague.heads),
    pluralHeads: new Map([
      ...vague.heads.filter((head) => /[^s]s$/.test(head)).map((head): [string, 'vague'] => [head.toLowerCase(), 'vague']),
      ...anonymous.heads.filter((head) => /[^s]s$/.test(head)).map((head): [string, 'anonymous'] => [head.toLowerCase(), 'anonymous'])
    ]),
    vaguePhrases: vague.phrases.map(phraseKey),
    pronouns: new Map(Object.entries(pronouns.pronouns)),
    honorifics: new Map(Object.entries(titles.honorifics).map(([word, gender]) => [word.toLowerCase(), gender])),
    roles: lowerSet(titles.roles),
    abbreviations: new Map(Object.entries(titles.abbreviations ?? {}).map(([short, long]) => [short.toLowerCase(), long.toLowerCase()])),
    gendered: new Map(Object.entries(titles.gendered).map(([word, gender]) => [word.toLowerCase(), gender])),
    selfMentions: lowerSet(self.mentions),
    organizationHeads: lowerSet(organizations.heads),
    organizationNamedHeads: lowerSet(organizations.namedHeads ?? []),
    organizationNameWords: new Set(organizations.nameWords),
    publicationNameWords: new Set(publications.nameWords ?? []),
    firstNames: firstNameGender,
    calendar: new Set(notNames.calendar),
    sentenceOpeners: new Set(notNames.sentenceOpeners),
    sectionLabels: new Set((notNames.sectionLabels ?? []).map((word) => word.toLowerCase())),
    placeWords: new Set(notNames.placeWords),
    nationalities: new Set(notNames.nationalities),
    people: {
      nouns: lowerSet(people.nouns),
      agentSuffixes: people.agentSuffixes.map((suffix) => suffix.toLowerCase()),
      notPeople: lowerSet(people.notPeople),
      quantities: lowerSet(people.quantities),
      representatives: lowerSet(people.representatives),
      definiteRoles: lowerSet(people.definiteRoles),
      collectives: lowerSet(people.collectives),
      quantifiers: lowerSet(people.quantifiers),
      genericDefinites: lowerSet(people.genericDefinites),
      records: lowerSet(people.records),
      measurements: lowerSet(people.measurements),
      pollAnswers: lowerSet(people.pollAnswers ?? [])
    }
  }
}

function lowerSet(values: string[]): Set<string> {
  return new Set(values.map(phraseKey))
}

function firstWords(phrases: string[]): Map<string, string[]> {
  const map = new Map<string, string[]>()
  for (const phrase of phrases.map(phraseKey)) {
    const first = phrase.split(' ')[0]
    const list = map.get(first)
    if (list) list.push(phrase)
    else map.set(first, [phrase])
  }

  return map
}

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+')
}

/**
 * Whether a lower-case word is a head noun of the party lexicons: an
 * unnamed or vague source's head, a role, a gendered noun, or a word for a
 * government organ, an organisation or a publication.
 */
export function isLexiconHead(lex: PartyLexicons, word: string): boolean {
  return (
    lex.anonymousHeads.has(word) ||
    lex.vagueHeads.has(word) ||
    lex.publicationHeads.has(word) ||
    lex.organizationHeads.has(word) ||
    lex.organHeads.has(word) ||
    lex.roles.has(word) ||
    lex.gendered.has(word)
  )
}

/** A role word and what it abbreviates, if anything: "sen" → ["sen", "senator"]. */
export function roleForms(lex: PartyLexicons, word: string): string[] {
  const long = lex.abbreviations.get(word)
  return long ? [word, long] : [word]
}

/** See `PartyLexicons.publisherWords`. */
function cueFirstWords(cues: string[]): string[] | null {
  const words = new Set<string>()
  for (const cue of cues) {
    const word = cue.trim().split(/\s/)[0].toLowerCase()
    // An empty cue could match anywhere; a letter beyond ASCII with case
    // ("ſ", "ς") may match the pattern in a form lower-casing does not give.
    if (word === '') return null
    for (const char of word) {
      if (char.charCodeAt(0) < 128) continue
      if (char.toLowerCase() !== char || char.toUpperCase() !== char) return null
    }

    words.add(word)
  }

  return [...words]
}
