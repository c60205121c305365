/**
 * Pair double quotation marks. Within a paragraph an opening quote pairs
 * with the next closing one. Newswriting continues a long quotation over
 * paragraphs by leaving the quote open at the end of a paragraph and opening
 * the next paragraph with a fresh opening quote, so an opening quote with no
 * close in its paragraph pairs with the close of the last paragraph of that
 * chain.
 */
import type {Document} from '../document.js'
import type {TokenAttributes} from './features.js'
import {isCloseQuoteShape, isOpenQuoteShape} from './features.js'

/** Where double quotes open and close: for each token, the index of its partner quote (-1 if none). */
export interface QuoteMarks {
  partner: Int32Array
  /** 1 opening quote, 2 closing quote, 0 other. */
  mark: Uint8Array
}

export function pairQuotes(doc: Document, attributes: TokenAttributes): QuoteMarks {
  const n = doc.tokens.length
  const mark = new Uint8Array(n)
  const partner = new Int32Array(n).fill(-1)
  for (let i = 0; i < n; i++) {
    if (isOpenQuoteShape(attributes.shape[i])) mark[i] = 1
    else if (isCloseQuoteShape(attributes.shape[i])) mark[i] = 2
  }

  const paragraphs = doc.paragraphs
  const bounds = paragraphs.map((p) => [doc.sentences[p.firstSentence].firstToken, doc.sentences[p.endSentence - 1].endToken])
  for (let p = 0; p < paragraphs.length; p++) {
    const [first, end] = bounds[p]
    let open = -1
    for (let i = first; i < end; i++) {
      if (mark[i] === 1) open = i
      else if (mark[i] === 2 && open !== -1) {
        partner[open] = i
        partner[i] = open
        open = -1
      }
    }

    if (open === -1) continue
    // Left open: follow paragraphs that open with a quote.
    let q = p + 1
    while (q < paragraphs.length && mark[bounds[q][0]] === 1) {
      let close = -1
      for (let i = bounds[q][0] + 1; i < bounds[q][1]; i++) {
        if (mark[i] === 1) break
        if (mark[i] === 2) {
          close = i
          break
        }
      }

      if (close !== -1) {
        partner[open] = close
        break
      }

      q++
    }
  }

  return {partner, mark}
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
