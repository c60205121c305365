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

/** Stems to keep, with their three-letter prefixes for a quick pre-check. */
export interface StemFilter {
  stems: Set<string>
  prefixes: Set<string>
}

export function stemFilter(stems: Iterable<string>): StemFilter {
  const filter: StemFilter = {stems: new Set(), prefixes: new Set()}
  for (const value of stems) {
    filter.stems.add(value)
    filter.prefixes.add(value.slice(0, 3))
  }

  return filter
}

/** A weighted bag of stems. */
export type StemBag = Map<string, number>

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

function computeStem(word: string): string | null {
  let value = word.toLowerCase().replace(/[\u2019']s$/, '').replace(/[\u2019']/g, '')
  if (value.length < 3 && !/^\d/.test(value)) return null
  if (stopWords.has(value)) return null
  if (/^\d[\d,.]*$/.test(value)) return value.replace(/,/g, '')
  if (value.endsWith('ies') && value.length > 4) value = value.slice(0, -3) + 'y'
  else if (/(ss|us|is)$/.test(value)) {
    // "press", "status", "analysis" are not plurals.
  } else if (/(sh|ch|x|z)es$/.test(value)) value = value.slice(0, -2)
  else if (value.endsWith('s') && value.length > 3) value = value.slice(0, -1)
  for (const suffix of ['ments', 'ment', 'ings', 'ing', 'edly', 'ed', 'ation', 'ion', 'ers', 'er', 'ly']) {
    if (value.endsWith(suffix) && value.length - suffix.length >= 4) {
      value = value.slice(0, -suffix.length)
      break
    }
  }

  if (value.endsWith('e') && value.length > 4) value = value.slice(0, -1)
  if (/([b-df-hj-np-tv-z])\1$/.test(value) && value.length > 4) value = value.slice(0, -1)
  return value
}

/**
 * Stems of the tokens of the document being analysed, by token index:
 * claims overlap and candidate sentences are read again for each claim, so
 * a token's stem is looked up once. Only the latest document is kept.
 */
let stemsDoc: Document | undefined
let stemsByToken: Array<string | null | undefined> = []

function tokenStem(doc: Document, index: number): string | null {
  if (doc !== stemsDoc) {
    stemsDoc = doc
    stemsByToken = new Array<string | null | undefined>(doc.tokens.length)
  }

  let value = stemsByToken[index]
  if (value === undefined) {
    // `stem` lower-cases first, so the lower-cased word gives the same stem,
    // and its hash is usually computed already (the lexicons look it up).
    value = stem(doc.tokens[index].lower)
    stemsByToken[index] = value
  }

  return value
}

/**
 * The stems of the words in `[start, end)` of the document, with weights.
 * With `only`, keep just those stems (and skip stemming words whose first
 * three letters no stem of `only` starts with: most words, cheaply).
 */
export function stemBag(doc: Document, start: number, end: number, firstToken = 0, only?: StemFilter): StemBag {
  const bag: StemBag = new Map()
  const {tokens} = doc
  let index = firstToken
  // Skip to the first token in range (callers usually pass a sentence's first token).
  while (index < tokens.length && tokens[index].end <= start) index++
  for (; index < tokens.length && tokens[index].start < end; index++) {
    const token = tokens[index]
    if (token.kind !== 'word') continue
    if (only && !only.prefixes.has(token.lower.slice(0, 3))) continue
    const value = tokenStem(doc, index)
    if (!value || (only && !only.stems.has(value))) continue
    const sentence = doc.sentences[token.sentence]
    const initial = token.text.charCodeAt(0)
    const capitalised = initial >= 65 && initial <= 90 && token.start !== sentence.start
    const digit = value.charCodeAt(0)
    const weight = capitalised ? 2 : digit >= 48 && digit <= 57 ? 1.5 : 1
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
