/**
 * Proper names in a run of tokens: what a capitalised run ("Ukraine’s
 * President Volodymyr Zelenskyy", "the official Korean Central News Agency",
 * "UN Security Council") is — a lexicon entity, a government organ, an
 * organization, a person with a title, or nothing we can name.
 */
import type {Document, Token} from '../document.js'
import type {PartyKind} from '../types.js'
import {isLexiconHead, type EntityEntry, type Gender, type PartyLexicons} from './lexicons.js'
import {firstWordKey, isAcronym, nameKey, stripPossessive} from './normalize.js'

/** Lower-case words that may sit inside a name: "Department of State", "Osama bin Laden". */
const nameConnectors = new Set(['of', 'for', 'de', 'del', 'della', 'la', 'le', 'al', 'el', 'bin', 'ibn', 'van', 'von', 'der', 'du', 'da', 'dos', 'on', 'to'])
const generationSuffixes = new Set(['jr', 'sr', 'ii', 'iii', 'iv'])

export interface NameAnalysis {
  /** Token range of the name proper (titles and possessors excluded). */
  first: number
  last: number
  kind: PartyKind | null
  entity: EntityEntry | null
  /** Title words right before the name inside the run ("President", "Sen."). */
  titleFirst: number | null
  gender: Gender | null
  /** A first name of the lexicon opens the name. */
  hasFirstName: boolean
  /** Lower-cased surname for persons and unknown names. */
  surname: string | null
  /** Cluster key: entities by id, people by first+last name, others by name. */
  key: string
  /** Number of name words: the more, the more specific. */
  specificity: number
  /** Where the name as shown starts: "Mr. Okafor" keeps its honorific without a first name. */
  displayFirst: number
}

/**
 * Whether a name analysis is surely a person's: a person with a first name,
 * a title, or two words or more. A lone unknown capitalised word is read as
 * a person elsewhere ("Leff"), but may as well be a place ("California").
 */
export function isPersonName(name: NameAnalysis | null | undefined): boolean {
  return Boolean(name && name.kind === 'person' && (name.hasFirstName || name.titleFirst !== null || name.specificity >= 2))
}

export function isCapitalised(token: Token): boolean {
  if (token.kind !== 'word') return false
  // Fast path for ASCII: this runs on every token of the document.
  const code = token.text.charCodeAt(0)
  if (code >= 65 && code <= 90) return true
  if (code < 128 && !(code >= 48 && code <= 57)) return false
  // "3M", "7-Eleven" name firms; "10bn", "1990s", "21st", "5pm" are amounts, decades, ordinals and times.
  return /^[\p{Lu}\d]/u.test(token.text) && /\p{L}/u.test(token.text) && !NUMBER_WITH_UNIT.test(token.text)
}

/** A number with a unit, a decade's "s", an ordinal's or a time's letters. */
const NUMBER_WITH_UNIT = /^\d[\d.,]*(?:bn|mn|m|k|tn|trn|s|st|nd|rd|th|pc|am|pm|km|kg|mph|ft|lb|lbs|g|gb|mb|kw|mw|gw)$/i

export function isPossessive(token: Token): boolean {
  const text = token.text
  const length = text.length
  if (length <= 2) return false
  const lastChar = text.charCodeAt(length - 1)
  if (lastChar === 39 || lastChar === 0x2019) return true
  if (lastChar !== 115 && lastChar !== 83) return false
  const before = text.charCodeAt(length - 2)
  return before === 39 || before === 0x2019
}

/** Lower-cased word without trailing period: "Sen." → "sen". */
export function bareLower(token: Token): string {
  let lower = token.lower
  if (lower.endsWith('.')) lower = lower.slice(0, -1)
  return lower.includes('’') ? lower.replace(/’/g, "'") : lower
}

/**
 * Find the longest lexicon entity starting at token `i` and ending at or
 * before `limit`. Entities only match words that start with a capital (the
 * lexicon's "the Post" must not match "a post").
 */
export function entityAt(
  doc: Document,
  lex: PartyLexicons,
  i: number,
  limit: number
): {entry: EntityEntry; last: number} | null {
  const first = doc.tokens[i]
  if (!isCapitalised(first)) return null
  // Most capitalised words start no entity: the word's cached info says so.
  if (!infoOf(lex, doc, i).entityFirst) return null
  let found: {entry: EntityEntry; last: number} | null = null
  const max = Math.min(limit, i + lex.maxEntityWords + 2)
  for (let j = i; j <= max; j++) {
    const token = doc.tokens[j]
    if (token.sentence !== first.sentence) break
    if (token.kind === 'punctuation' && token.text !== '-' && token.text !== '/' && token.text !== ',') break
    const text = doc.text.slice(first.start, token.end)
    // A possessive ends the name: "Russia’s" is Russia.
    const entry = lex.entities.get(nameKey(text))
    if (entry && (isAcronym(stripPossessive(text)) || !/^[A-Z0-9]{2,6}$/.test(stripPossessive(text)))) {
      found = {entry, last: j}
    }

    if (isPossessive(token)) break
  }

  return found
}

/** Whether a word is a nationality adjective ("Korean", "Russian", "French"). */
export function isNationality(lex: PartyLexicons, word: string): boolean {
  let known = nationalityCache.get(word)
  if (known === undefined) {
    known = computeNationality(lex, word)
    if (nationalityCache.size > 50_000) nationalityCache.clear()
    nationalityCache.set(word, known)
  }

  return known
}

const nationalityCache = new Map<string, boolean>()

function computeNationality(lex: PartyLexicons, word: string): boolean {
  if (lex.nationalities.has(word)) return true
  if (!/(?:an|ese|ish|i|ic)$/.test(word)) return false
  const lower = word.toLowerCase()
  if (lower.endsWith('i')) {
    // "Israeli", "Pakistani", "Somali": the country's name and "i", or its
    // "-ia" for "i". A prefix is not enough: "Franci(s)" is no nationality.
    const stem = lower.slice(0, -1)
    for (const country of lex.countryStems) {
      const lastWord = country.slice(country.lastIndexOf(' ') + 1)
      if (stem === lastWord || (lastWord.endsWith('ia') && stem === lastWord.slice(0, -2))) return true
    }

    return false
  }

  for (const country of lex.countryStems) {
    const stem = country.slice(0, Math.max(4, country.length - 2))
    if (lower.startsWith(stem) && !country.includes(' ')) return true
    // "North Korean" → "north korea": compare the last word of the country.
    const lastWord = country.slice(country.lastIndexOf(' ') + 1)
    if (lastWord.length >= 4 && lower.startsWith(lastWord.slice(0, Math.max(4, lastWord.length - 1)))) return true
  }

  return false
}

/** What the lexicons say about one word, computed once per distinct word. */
interface WordInfo {
  /** The word without a possessive ("Russia’s" → "Russia"). */
  word: string
  /** `bareLower` of the word. */
  lower: string
  /** The word lower-cased as is ("russia", "sen."): a surname key. */
  plainLower: string
  opener: boolean
  connector: boolean
  generation: boolean
  firstName: Gender | undefined
  honorific: boolean
  honorificGender: Gender | null
  role: boolean
  gendered: Gender | undefined
  organHead: boolean
  organizationWord: boolean
  place: boolean
  nationality: boolean
  /** A common noun of the lexicons ("Officials", "Critics") when capitalised. */
  commonNoun: boolean
  acronym: boolean
  /** Shaped like a name: "Leff", "Thomas-Greenfield", "J." */
  nameShaped: boolean
  /** Some lexicon entity starts with this word. */
  entityFirst: boolean
}

const wordInfos = new Map<string, WordInfo>()

/**
 * The infos of the document being analysed, by token index: a run's words
 * are asked about several times over, and an array slot is cheaper than
 * hashing the word again. Only the latest document is kept.
 */
let infosDoc: Document | undefined
let infosByToken: Array<WordInfo | undefined> = []
/**
 * The same infos by word: a name comes back many times in an article, and
 * this small table stays in the cache where the look-up in the large
 * `wordInfos` (every word seen so far) mostly misses it.
 */
let infosByText = new Map<string, WordInfo>()

/** What the lexicons say about token `index` of `doc`. */
function infoOf(lex: PartyLexicons, doc: Document, index: number): WordInfo {
  if (doc !== infosDoc) {
    infosDoc = doc
    infosByToken = new Array<WordInfo | undefined>(doc.tokens.length)
    infosByText = new Map()
  }

  let info = infosByToken[index]
  if (info === undefined) {
    const token = doc.tokens[index]
    info = infosByText.get(token.text)
    if (info === undefined) {
      info = wordInfo(lex, token)
      infosByText.set(token.text, info)
    }

    infosByToken[index] = info
  }

  return info
}

function wordInfo(lex: PartyLexicons, token: Token): WordInfo {
  let info = wordInfos.get(token.text)
  if (info) return info
  const word = stripPossessive(token.text)
  const lower = bareLower(token)
  const plainLower = word.toLowerCase()
  info = {
    word,
    lower,
    plainLower,
    opener: lex.sentenceOpeners.has(token.text),
    connector: nameConnectors.has(token.lower),
    generation: generationSuffixes.has(lower),
    firstName: lex.firstNames.get(lower),
    honorific: lex.honorifics.has(lower),
    honorificGender: lex.honorifics.get(lower) ?? null,
    role: lex.roles.has(lower),
    gendered: lex.gendered.get(lower),
    organHead: lex.organHeads.has(plainLower),
    organizationWord: lex.organizationNameWords.has(word),
    place: lex.placeWords.has(word) || lex.calendar.has(word),
    nationality: isNationality(lex, word),
    commonNoun: isLexiconHead(lex, plainLower),
    acronym: isAcronym(word),
    nameShaped: /^\p{Lu}[\p{Ll}'’.-]/u.test(word) || /^\p{Lu}\.$/u.test(word),
    entityFirst: lex.entityFirstWords.has(firstWordKey(token.text))
  }
  if (wordInfos.size > 100_000) wordInfos.clear()
  wordInfos.set(token.text, info)
  return info
}

/**
 * Analyse the capitalised run `[first, last]` (a possessive, if any, only on
 * `last`). Returns null for runs that are no party: dates, places,
 * nationality adjectives, sentence openers.
 */
export function analyseRun(doc: Document, lex: PartyLexicons, first: number, last: number): NameAnalysis | null {
  const tokens = doc.tokens
  // Drop sentence openers and articles: "The NIS", "In Pyongyang".
  while (first <= last) {
    const info = infoOf(lex, doc, first)
    if (!info.opener && !info.connector) break
    first++
  }

  while (last >= first) {
    const info = infoOf(lex, doc, last)
    if (info.generation && last > first) last--
    else if (info.connector) last--
    else break
  }

  if (first > last) return null

  // "Officials said", "Critics say": a common noun capitalised to open a
  // sentence (or a quotation) is no name.
  if (first === last) {
    const opening = first === doc.sentences[tokens[first].sentence].firstToken || (first > 0 && tokens[first - 1].kind === 'punctuation')
    if (opening && infoOf(lex, doc, first).commonNoun) return null
  }

  // A lexicon entity covering the whole run.
  const whole = entityAt(doc, lex, first, last)
  if (whole && whole.last === last) return entityName(first, last, whole.entry)

  // Split titles off the front: honorifics, role words, and anything up to
  // a known first name ("Former CIA Director David Petraeus").
  let nameFirst = first
  let titleFirst: number | null = null
  let gender: Gender | null = null
  let hasFirstName = false
  for (let i = first; i < last; i++) {
    const firstNameGender = infoOf(lex, doc, i).firstName
    if (firstNameGender) {
      if (i > first) titleFirst = first
      nameFirst = i
      hasFirstName = true
      gender = firstNameGender
      break
    }
  }

  if (!hasFirstName) {
    for (let i = first; i < last; i++) {
      const info = infoOf(lex, doc, i)
      if (info.honorific || info.role) {
        titleFirst ??= first
        nameFirst = i + 1
      } else if (info.connector && titleFirst !== null) {
        // "Secretary of State …": a connector inside the title.
        nameFirst = i + 1
      }
    }
  }

  // Gender and titles before the name.
  let isTitled = false
  if (titleFirst !== null) {
    for (let i = titleFirst; i < nameFirst; i++) {
      const info = infoOf(lex, doc, i)
      if (info.honorificGender) gender ??= info.honorificGender
      if (info.gendered) gender ??= info.gendered
      if (info.honorific || info.role) isTitled = true
    }
  }

  const count = last - nameFirst + 1

  // An entity after the titles.
  if (nameFirst !== first) {
    const inner = entityAt(doc, lex, nameFirst, last)
    if (inner && inner.last === last) return {...entityName(nameFirst, last, inner.entry), titleFirst}
  }

  const lastInfo = infoOf(lex, doc, last)
  if (lastInfo.organHead) return otherName(doc, 'government', nameFirst, last, titleFirst, count)
  // "Department of Labor", "Ministry of Defence": the head is the word
  // before the first connector.
  for (let i = nameFirst + 1; i < last; i++) {
    const info = infoOf(lex, doc, i)
    if (!info.connector) continue
    if (infoOf(lex, doc, i - 1).organHead) return otherName(doc, 'government', nameFirst, last, titleFirst, count)
    break
  }

  let organization = false
  let place = false
  let nationality = true
  let nameShaped = true
  for (let i = nameFirst; i <= last; i++) {
    const info = infoOf(lex, doc, i)
    if (info.organizationWord) organization = true
    if (!info.nationality) nationality = false
    if (info.place && i === last) place = true
    if (!info.nameShaped) nameShaped = false
  }

  // "The Sunday Times", "the Yorkshire Post": a newspaper, not a company.
  if (count >= 2 && lex.publicationNameWords.has(lastInfo.word)) return otherName(doc, 'publication', nameFirst, last, titleFirst, count)
  if (organization) return otherName(doc, 'organization', nameFirst, last, titleFirst, count)
  if (!isTitled && !hasFirstName && (place || nationality)) return null
  // "American Muslims", "Democrats": plural groups, not names.
  if (!isTitled && !hasFirstName && /[^s]s$/.test(lastInfo.word) && isNationality(lex, lastInfo.word.slice(0, -1))) return null
  // "Leaked Documents", "White House Officials": a headline's common noun.
  if (!isTitled && !hasFirstName && lastInfo.commonNoun) return null

  const surname = lastInfo.plainLower
  if (hasFirstName || isTitled) return personName(doc, lex, first, nameFirst, last, titleFirst, gender, hasFirstName, surname, count)
  // "the Bear Stearns trading floor": names after an article are no people's.
  const before = first > 0 ? tokens[first - 1].lower : ''
  if (count >= 2 && (before === 'the' || before === 'a' || before === 'an')) return otherName(doc, 'organization', nameFirst, last, titleFirst, count)
  if (count === 1 && lastInfo.acronym) return otherName(doc, 'organization', nameFirst, last, titleFirst, count)
  // Two to four capitalised words, none of them an organization's: a name.
  if (count >= 2 && count <= 4 && nameShaped) return personName(doc, lex, first, nameFirst, last, titleFirst, gender, hasFirstName, surname, count)

  if (count === 1) {
    return {first: nameFirst, last, kind: null, entity: null, titleFirst, gender, hasFirstName, surname, key: 'P:' + surname, specificity: 1, displayFirst: nameFirst}
  }

  return otherName(doc, 'organization', nameFirst, last, titleFirst, count)
}

// The three ways a run ends up named, as module functions rather than
// closures inside `analyseRun`: it runs for every capitalised run, and
// closures would be allocated on every call.

function personName(
  doc: Document,
  lex: PartyLexicons,
  first: number,
  nameFirst: number,
  last: number,
  titleFirst: number | null,
  gender: Gender | null,
  hasFirstName: boolean,
  surname: string,
  count: number
): NameAnalysis {
  const firstName = hasFirstName ? infoOf(lex, doc, nameFirst).lower + ' ' : ''
  const honorific = !hasFirstName && count === 1 && nameFirst > first && infoOf(lex, doc, nameFirst - 1).honorific
  return {first: nameFirst, last, kind: 'person', entity: null, titleFirst, gender, hasFirstName, surname, key: 'P:' + firstName + surname, specificity: count + (hasFirstName ? 1 : 0), displayFirst: honorific ? nameFirst - 1 : nameFirst}
}

function otherName(doc: Document, kind: PartyKind, nameFirst: number, last: number, titleFirst: number | null, count: number): NameAnalysis {
  const text = doc.text.slice(doc.tokens[nameFirst].start, doc.tokens[last].end)
  return {first: nameFirst, last, kind, entity: null, titleFirst, gender: null, hasFirstName: false, surname: null, key: 'O:' + nameKey(text), specificity: count, displayFirst: nameFirst}
}

function entityName(from: number, to: number, entry: EntityEntry): NameAnalysis {
  return {first: from, last: to, kind: entry.kind, entity: entry, titleFirst: null, gender: null, hasFirstName: false, surname: null, key: 'E:' + entry.id, specificity: to - from + 1, displayFirst: from}
}
