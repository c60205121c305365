/**
 * Quotation marks as the attribution grouping reads them (`QuoteMarks`,
 * paired by `quotation-marks.ts`), and what a title in quote marks looks
 * like.
 */
import type {Document} from '../document.js'

/** Where quotation marks open and close: for each token, the index of its partner mark (-1 if none). */
export interface QuoteMarks {
  partner: Int32Array
  /** 1 opening mark, 2 closing mark, 0 other. */
  mark: Uint8Array
}

/**
 * Quote marks around a title or a name rather than someone's words:
 * “Saturday Night Live”, ''A Choice, Not an Echo'', “The Nightly Show with
 * Larry Wilmore.” — a few words in title case (every word capitalised but
 * articles and short prepositions), no question or exclamation. “It’s not
 * new in Virginia” is someone's words.
 */
export function isTitle(doc: Document, first: number, last: number): boolean {
  const tokens = doc.tokens
  let words = 0
  for (let i = first; i <= last; i++) {
    const token = tokens[i]
    if (token.kind !== 'word') {
      if (token.text === '?' || token.text === '!') return false
      continue
    }

    words++
    const code = token.text.charCodeAt(0)
    const capitalised = (code >= 65 && code <= 90) || (code >= 48 && code <= 57)
    if (!capitalised && (i === first || !MINOR_WORDS.has(token.lower))) return false
  }

  return words > 0 && words <= MAX_TITLE_WORDS
}

/** Words a title leaves in lower case ("A Choice, Not an Echo", "Guardians of the Galaxy"). */
const MINOR_WORDS = new Set(['a', 'an', 'the', 'and', 'but', 'or', 'nor', 'for', 'of', 'in', 'on', 'at', 'to', 'by', 'with', 'from', 'as', 'vs', 'via', 'per', 'de', 'del', 'la', 'le', 'du', 'von', 'van'])

/** The longest title, in words. */
const MAX_TITLE_WORDS = 10

/** Whether a token's text can open a double quotation (the straight and doubled marks both ways). */
export function isOpeningQuote(text: string): boolean {
  return text === '“' || text === '"' || text === "''" || text === '«'
}

/** Whether a token's text can close a double quotation. */
export function isClosingQuote(text: string): boolean {
  return text === '”' || text === '"' || text === "''" || text === '»'
}
