/**
 * One way to compare names across the text and the lexicons: the text writes
 * "U.S.", "US", "the US" and "Russia’s" where the lexicon has "US" and
 * "Russia". Short all-capital words are acronyms and keep their case, so the
 * country "US" never matches the pronoun "us".
 */

const apostrophes = /[’‘`´]/g
const possessive = /(?:'s|')$/
const leadingArticle = /^(?:the|a|an) /

/** The text with typographic apostrophes straightened and space collapsed. */
export function plain(text: string): string {
  // Most names need nothing done: test before building new strings.
  if (!/[’‘`´\t\n\r]|\s\s/.test(text)) return text.trim()
  return text.replace(apostrophes, "'").replace(/\s+/g, ' ').trim()
}

/** Whether `word` (periods removed) is an acronym: 2–6 capitals/digits, at least one letter. */
export function isAcronym(word: string): boolean {
  const bare = word.replace(/\./g, '')
  return bare.length >= 2 && bare.length <= 6 && /^[A-Z][A-Z0-9&-]*$/.test(bare)
}

/** Strip a trailing possessive: "Russia’s" → "Russia". */
export function stripPossessive(word: string): string {
  // Most words have no apostrophe and no space: leave them be, cheaply.
  if (word.indexOf("'") === -1 && word.indexOf('’') === -1 && !/[\s‘`´]/.test(word)) return word
  return plain(word).replace(possessive, '')
}

/**
 * The comparison key of a name: acronyms upper-case without periods, the rest
 * lower-case, possessive and a leading article dropped.
 */
export function nameKey(text: string): string {
  const value = stripPossessive(text)
  if (!value.includes(' ') && isAcronym(value)) return value.replace(/\./g, '')
  return value.toLowerCase().replace(leadingArticle, '').replace(/\.(?=\s|$)/g, '')
}

/** Lower-cased, apostrophes straightened: how phrases of the lexicons are compared. */
export function phraseKey(text: string): string {
  return plain(text).toLowerCase()
}

/** A phrase key without a contracted verb at its end: "he's" → "he", "you've" → "you". */
export function withoutContraction(key: string): string {
  return key.replace(/'(?:s|d|ll|re|ve|m)$/, '')
}

/**
 * The key of a name's first word, to rule out entity lookups cheaply:
 * "U.S." → "us", "Russia’s" → "russia", "KCNA" → "kcna".
 */
export function firstWordKey(word: string): string {
  return word.replace(/['’]s?$/, '').replace(/\./g, '').toLowerCase()
}
