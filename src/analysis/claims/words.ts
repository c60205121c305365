/**
 * Content words of a claim, for telling whether two claims state the same
 * thing: function words dropped, light stemming ("troops" ~ "troop",
 * "deployed" ~ "deployment"), and names weighted above common words since a
 * shared name says more than a shared "said".
 */
import type {Document} from '../document.js'

/** Function words and reporting glue that say nothing about what a claim is about. */
const stopWords = new Set(
  ('a an the and or but nor if then than that this these those there here of in on at to for from by with ' +
    'about into over under after before between during without within through against among as is are was were ' +
    'be been being am has have had do does did will would can could may might must shall should not no never ' +
    'it its it\'s he him his she her they them their we us our you your i me my who whom whose which what when ' +
    'where why how all any both each few more most other some such only own same so too very just also still ' +
    'even now said says say told according reported report reports claim claims claimed confirmed confirm ' +
    'denied deny denies unconfirmed allegedly reportedly alleged up out off one two new mr mrs ms dr ' +
    'yet however while because since until once again further its per via its-').split(/\s+/)
)

/**
 * Stems to keep (by id), with the three-letter prefixes of their words for a
 * quick pre-check: a word whose first three letters start no kept stem is
 * skipped without being stemmed.
 */
export interface StemFilter {
  stems: Set<number>
  prefixes: Set<string>
  /** By token index: 0 not decided yet, 1 kept, 2 skipped. */
  decided: Uint8Array
}

export function stemFilter(doc: Document, stemIds: Iterable<number>): StemFilter {
  const words = wordsOf(doc)
  const filter: StemFilter = {stems: new Set(), prefixes: new Set(), decided: new Uint8Array(doc.tokens.length)}
  for (const id of stemIds) {
    filter.stems.add(id)
    filter.prefixes.add(words.stems[id].slice(0, 3))
  }

  return filter
}

/** A weighted bag of stems, by stem id (see `stemText`). */
export type StemBag = Map<number, number>

/**
 * Stems by word: `stem` is pure and runs on every word of every claim and
 * candidate sentence, while a text repeats its words, so compute each once.
 * Bounded, so a long-running language server does not grow without end.
 */
const stems = new Map<string, string | null>()

/** Reduce a word to a light stem; `null` for words not worth comparing. */
export function stem(word: string): string | null {
  let value = stems.get(word)
  if (value === undefined) {
    value = computeStem(word)
    if (stems.size > 100_000) stems.clear()
    stems.set(word, value)
  }

  return value
}

/**
 * `computeStem` of a word, without its regular expressions when the word is
 * plain lower-case ASCII (most words): this costs less than looking the
 * word up in the shared `stems` cache, which is large and cold by the time
 * claims are built. Other words go through `stem` (cached). The two must
 * agree exactly (checked on every distinct word of PolNeAR train and dev:
 * 30,545 words).
 */
export function stemOfLower(word: string): string | null {
  const length = word.length
  for (let index = 0; index < length; index++) {
    const code = word.charCodeAt(index)
    // Upper-case ASCII or anything beyond ASCII (’, accents): the general path.
    if (code >= 128 || (code >= 65 && code <= 90)) return stem(word)
  }

  let value = word
  // "’s" and apostrophes (only ASCII ones here).
  if (length >= 2 && value.charCodeAt(length - 1) === 115 && value.charCodeAt(length - 2) === 39) value = value.slice(0, -2)
  if (value.includes("'")) value = value.replaceAll("'", '')
  const first = value.length > 0 ? value.charCodeAt(0) : -1
  const digitFirst = first >= 48 && first <= 57
  if (value.length < 3 && !digitFirst) return null
  if (stopWords.has(value)) return null
  if (digitFirst) {
    let numeric = true
    for (let index = 1; index < value.length; index++) {
      const code = value.charCodeAt(index)
      if (!((code >= 48 && code <= 57) || code === 44 || code === 46)) {
        numeric = false
        break
      }
    }

    if (numeric) return value.includes(',') ? value.replaceAll(',', '') : value
  }

  return stripSuffixes(value)
}

const suffixes = ['ments', 'ment', 'ings', 'ing', 'edly', 'ed', 'ation', 'ion', 'ers', 'er', 'ly']

/**
 * `suffixes` by their last letter, in the order above: a word is compared
 * only with the suffixes that can end it (one to three of them instead of
 * eleven; stemming runs on every word of every claim).
 */
const suffixesByLast = new Map<number, string[]>()
for (const suffix of suffixes) {
  const last = suffix.charCodeAt(suffix.length - 1)
  const list = suffixesByLast.get(last)
  if (list) list.push(suffix)
  else suffixesByLast.set(last, [suffix])
}

const LETTER_S = 115
const LETTER_E = 101

function computeStem(word: string): string | null {
  const value = word.toLowerCase().replace(/[\u2019']s$/, '').replace(/[\u2019']/g, '')
  if (value.length < 3 && !/^\d/.test(value)) return null
  if (stopWords.has(value)) return null
  if (/^\d[\d,.]*$/.test(value)) return value.replace(/,/g, '')
  return stripSuffixes(value)
}

/** The light stemming both ways share: plural, one derivational suffix, a final "e", a doubled consonant. */
function stripSuffixes(word: string): string {
  let value = word
  // Every plural ending ends in "s".
  if (value.charCodeAt(value.length - 1) === LETTER_S) {
    if (value.endsWith('ies') && value.length > 4) value = value.slice(0, -3) + 'y'
    else if (value.endsWith('ss') || value.endsWith('us') || value.endsWith('is')) {
      // "press", "status", "analysis" are not plurals.
    } else if (value.endsWith('shes') || value.endsWith('ches') || value.endsWith('xes') || value.endsWith('zes')) value = value.slice(0, -2)
    else if (value.length > 3) value = value.slice(0, -1)
  }

  const candidates = suffixesByLast.get(value.charCodeAt(value.length - 1))
  if (candidates) {
    for (const suffix of candidates) {
      if (value.endsWith(suffix) && value.length - suffix.length >= 4) {
        value = value.slice(0, -suffix.length)
        break
      }
    }
  }

  if (value.length > 4 && value.charCodeAt(value.length - 1) === LETTER_E) value = value.slice(0, -1)
  // A doubled consonant ("y" counts) at the end: "planned" → "plann" → "plan".
  const end = value.length
  if (end > 4) {
    const last = value.charCodeAt(end - 1)
    if (last === value.charCodeAt(end - 2) && last >= 98 && last <= 122 && last !== 101 && last !== 105 && last !== 111 && last !== 117) {
      value = value.slice(0, -1)
    }
  }

  return value
}

/**
 * The stems of the document being analysed, as ids: each token is stemmed
 * once (claims overlap, and candidate sentences are read again for each
 * claim), and bags are keyed by small integers rather than hashed strings.
 * Only the latest document is kept.
 */
interface DocumentStems {
  doc: Document
  /** By token index: the stem id, -1 for no stem, -2 not computed yet. */
  stemOfToken: Int32Array
  /** Stem strings by id. */
  stems: string[]
  idOfStem: Map<string, number>
  /**
   * By stem id, how its words were written in the bags made so far: bit 1 a
   * capital inside a sentence, bit 2 a lower-case initial.
   */
  writing: number[]
}

const CAPITALISED = 1
const LOWER_CASE = 2

let current: DocumentStems | undefined

function wordsOf(doc: Document): DocumentStems {
  if (current?.doc !== doc) current = {doc, stemOfToken: new Int32Array(doc.tokens.length).fill(-2), stems: [], idOfStem: new Map(), writing: []}
  return current
}

/** The stem id of token `index` (-1 for a word not worth comparing). */
function tokenStem(words: DocumentStems, doc: Document, index: number): number {
  let id = words.stemOfToken[index]
  if (id === -2) {
    const value = stemOfLower(doc.tokens[index].lower)
    if (value === null) id = -1
    else {
      const known = words.idOfStem.get(value)
      if (known === undefined) {
        id = words.stems.length
        words.stems.push(value)
        words.writing.push(0)
        words.idOfStem.set(value, id)
      } else id = known
    }

    words.stemOfToken[index] = id
  }

  return id
}

/** How many distinct stems `doc`'s bags have used so far (ids are `0 … count - 1`). */
export function stemCount(doc: Document): number {
  return wordsOf(doc).stems.length
}

/**
 * Whether stem `id` is a name in `doc`: its words were capitalised inside a
 * sentence and never written in lower case, in the bags made so far. A
 * sentence-initial "Russia" says nothing by itself; another "Russia"
 * mid-sentence does.
 */
export function isName(doc: Document, id: number): boolean {
  return wordsOf(doc).writing[id] === CAPITALISED
}

/** The stem of id `id` in `doc`'s bags. */
export function stemText(doc: Document, id: number): string {
  return wordsOf(doc).stems[id]
}

/**
 * The stems of the words in `[start, end)` of the document, with weights.
 * With `only`, keep just those stems (and skip stemming words whose first
 * three letters no stem of `only` starts with: most words, cheaply).
 */
export function stemBag(doc: Document, start: number, end: number, firstToken = 0, only?: StemFilter): StemBag {
  const bag: StemBag = new Map()
  const {tokens} = doc
  const words = wordsOf(doc)
  let index = firstToken
  // Skip to the first token in range (callers usually pass a sentence's first token).
  while (index < tokens.length && tokens[index].end <= start) index++
  for (; index < tokens.length && tokens[index].start < end; index++) {
    const token = tokens[index]
    if (token.kind !== 'word') continue
    let value: number
    if (only) {
      let decided = only.decided[index]
      if (decided === 0) {
        if (only.prefixes.has(token.lower.slice(0, 3))) {
          const id = tokenStem(words, doc, index)
          decided = id !== -1 && only.stems.has(id) ? 1 : 2
        } else decided = 2
        only.decided[index] = decided
      }

      if (decided === 2) continue
      value = words.stemOfToken[index]
    } else {
      value = tokenStem(words, doc, index)
      if (value === -1) continue
    }

    const sentence = doc.sentences[token.sentence]
    const initial = token.text.charCodeAt(0)
    const capitalised = initial >= 65 && initial <= 90 && token.start !== sentence.start
    const digit = words.stems[value].charCodeAt(0)
    const weight = capitalised ? 2 : digit >= 48 && digit <= 57 ? 1.5 : 1
    if (capitalised) words.writing[value] |= CAPITALISED
    else if (initial >= 97 && initial <= 122) words.writing[value] |= LOWER_CASE
    bag.set(value, Math.max(bag.get(value) ?? 0, weight))
  }

  return bag
}

export function bagWeight(bag: StemBag): number {
  let total = 0
  for (const weight of bag.values()) total += weight
  return total
}

/** Shared weight and number of shared stems of two bags. */
export function overlap(a: StemBag, b: StemBag): {weight: number; count: number} {
  // Plain loops, no pair arrays: this runs for every candidate pair.
  const small = a.size <= b.size ? a : b
  const large = small === a ? b : a
  let weight = 0
  let count = 0
  for (const key of small.keys()) {
    const other = large.get(key)
    if (other === undefined) continue
    weight += Math.min(small.get(key)!, other)
    count++
  }

  return {weight, count}
}
