/**
 * Proper names in a run of tokens: what a capitalised run ("Ukraine’s
 * President Volodymyr Zelenskyy", "the official Korean Central News Agency",
 * "UN Security Council") is — a lexicon entity, a government organ, an
 * organization, a person with a title, or nothing we can name.
 */
import type {Document, Token} from '../document.js'
import type {PartyKind} from '../types.js'
import type {EntityEntry, Gender, PartyLexicons} from './lexicons.js'
import {isAcronym, nameKey, stripPossessive} from './normalize.js'

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
}

export function isCapitalised(token: Token): boolean {
  return token.kind === 'word' && /^[\p{Lu}\d]/u.test(token.text) && /\p{L}/u.test(token.text)
}

export function isPossessive(token: Token): boolean {
  return /['’]s?$/.test(token.text) && token.text.length > 2
}

/** Lower-cased word without trailing period: "Sen." → "sen". */
export function bareLower(token: Token): string {
  return token.lower.replace(/\.$/, '').replace(/’/g, "'")
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
  if (lex.nationalities.has(word)) return true
  if (!/(?:an|ese|ish|i|ic)$/.test(word)) return false
  const lower = word.toLowerCase()
  for (const country of lex.countryStems) {
    const stem = country.slice(0, Math.max(4, country.length - 2))
    if (lower.startsWith(stem) && !country.includes(' ')) return true
    // "North Korean" → "north korea": compare the last word of the country.
    const lastWord = country.slice(country.lastIndexOf(' ') + 1)
    if (lastWord.length >= 4 && lower.startsWith(lastWord.slice(0, Math.max(4, lastWord.length - 1)))) return true
  }

  return false
}

/**
 * Analyse the capitalised run `[first, last]` (a possessive, if any, only on
 * `last`). Returns null for runs that are no party: dates, places,
 * nationality adjectives, sentence openers.
 */
export function analyseRun(doc: Document, lex: PartyLexicons, first: number, last: number): NameAnalysis | null {
  const tokens = doc.tokens
  // Drop sentence openers and articles: "The NIS", "In Pyongyang".
  while (first <= last && (lex.sentenceOpeners.has(tokens[first].text) || nameConnectors.has(tokens[first].lower))) first++
  while (last >= first && (nameConnectors.has(tokens[last].lower) || generationSuffixes.has(bareLower(tokens[last])))) {
    if (generationSuffixes.has(bareLower(tokens[last])) && last > first) {
      last--
      continue
    }

    if (nameConnectors.has(tokens[last].lower)) last--
    else break
  }

  if (first > last) return null

  // A lexicon entity covering the whole run, or the run after titles.
  const whole = entityAt(doc, lex, first, last)
  if (whole && whole.last === last) return entityName(first, last, whole.entry)

  // Split titles off the front: honorifics, role words, and anything up to
  // a known first name ("Former CIA Director David Petraeus").
  let nameFirst = first
  let titleFirst: number | null = null
  let gender: Gender | null = null
  let hasFirstName = false
  for (let i = first; i <= last; i++) {
    const lower = bareLower(tokens[i])
    const firstNameGender = lex.firstNames.get(lower)
    if (firstNameGender && i < last) {
      if (i > first) titleFirst = first
      nameFirst = i
      hasFirstName = true
      gender = firstNameGender
      break
    }
  }

  if (!hasFirstName) {
    for (let i = first; i < last; i++) {
      const lower = bareLower(tokens[i])
      if (lex.honorifics.has(lower) || lex.roles.has(lower) || nameConnectors.has(lower)) {
        titleFirst ??= first
        nameFirst = i + 1
      }
    }
  }

  // Gender from a title just before the name.
  if (titleFirst !== null) {
    for (let i = titleFirst; i < nameFirst; i++) {
      const lower = bareLower(tokens[i])
      const honorific = lex.honorifics.get(lower)
      if (honorific) gender ??= honorific
      const role = lex.gendered.get(lower)
      if (role) gender ??= role
    }
  }

  const words: string[] = []
  for (let i = nameFirst; i <= last; i++) words.push(tokens[i].text)
  const lastWord = stripPossessive(tokens[last].text)
  const text = doc.text.slice(tokens[nameFirst].start, tokens[last].end)

  // An entity after the titles: "Ukraine’s" never gets here (split earlier).
  const inner = entityAt(doc, lex, nameFirst, last)
  if (inner && inner.last === last) {
    return {...entityName(nameFirst, last, inner.entry), titleFirst}
  }

  const lowerLast = lastWord.toLowerCase()
  if (lex.organHeads.has(lowerLast)) {
    return other('government')
  }

  let organization = false
  for (let i = nameFirst; i <= last; i++) {
    const word = stripPossessive(tokens[i].text)
    if (lex.organizationNameWords.has(word)) organization = true
  }

  if (organization) return other('organization')

  const isTitled = titleFirst !== null && tokens.slice(titleFirst, nameFirst).some((token) => {
    const lower = bareLower(token)
    return lex.honorifics.has(lower) || lex.roles.has(lower)
  })

  let place = false
  let nationality = true
  for (let i = nameFirst; i <= last; i++) {
    const word = stripPossessive(tokens[i].text)
    if (lex.placeWords.has(word) || lex.calendar.has(word)) place = true
    if (!isNationality(lex, word)) nationality = false
  }

  if (!isTitled && !hasFirstName && (place || nationality)) return null

  const count = last - nameFirst + 1
  const surname = lowerLast
  if (hasFirstName || isTitled) return person()
  if (count === 1 && isAcronym(lastWord)) return other('organization')
  // Two to four capitalised words, none of them an organization's: a name.
  if (count >= 2 && count <= 4 && words.every((word) => /^\p{Lu}[\p{Ll}'’.-]/u.test(word) || /^\p{Lu}\.$/u.test(word))) {
    return person()
  }

  if (count === 1) {
    return {first: nameFirst, last, kind: null, entity: null, titleFirst, gender, hasFirstName, surname, key: 'P:' + surname, specificity: 1}
  }

  return other('organization')

  function person(): NameAnalysis {
    const firstName = hasFirstName ? bareLower(tokens[nameFirst]) + ' ' : ''
    return {first: nameFirst, last, kind: 'person', entity: null, titleFirst, gender, hasFirstName, surname, key: 'P:' + firstName + surname, specificity: count + (hasFirstName ? 1 : 0)}
  }

  function other(kind: PartyKind): NameAnalysis {
    return {first: nameFirst, last, kind, entity: null, titleFirst, gender: null, hasFirstName: false, surname: null, key: 'O:' + nameKey(text), specificity: count}
  }

  function entityName(from: number, to: number, entry: EntityEntry): NameAnalysis {
    return {first: from, last: to, kind: entry.kind, entity: entry, titleFirst: null, gender: null, hasFirstName: false, surname: null, key: 'E:' + entry.id, specificity: to - from + 1}
  }
}
