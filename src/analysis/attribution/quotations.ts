/**
 * Every direct quotation of a document, for `Ledger.quotations` (the
 * `unattributed-quote` rule reads them). A quotation runs from an opening
 * double quote to its partner (`quotes.ts`), over paragraphs when a long
 * quotation is continued; an opening quote that is never closed runs to the
 * end of its paragraph. Titles and names in quote marks (“Saturday Night
 * Live”) are not quotations.
 */
import type {Document} from '../document.js'
import {tokenSpan} from '../document.js'
import type {Span} from '../types.js'
import {tokenAttributes} from './features.js'
import {pairQuotes, type QuoteMarks} from './quotes.js'

export function findQuotations(doc: Document): Span[] {
  // Quote pairing does not depend on the cue lexicon.
  return quotationsFromMarks(doc, pairQuotes(doc, tokenAttributes(doc, new Set())))
}

/** The quotations of paired quote marks (shared with the attribution finder, which pairs them anyway). */
export function quotationsFromMarks(doc: Document, quotes: QuoteMarks): Span[] {
  const tokens = doc.tokens
  const result: Span[] = []
  let covered = -1
  for (let i = 0; i < tokens.length; i++) {
    if (quotes.mark[i] !== 1 || i <= covered) continue
    let last = quotes.partner[i]
    if (last === -1) {
      // Unclosed: to the end of the paragraph.
      const paragraph = doc.paragraphs[tokens[i].paragraph]
      last = doc.sentences[paragraph.endSentence - 1].endToken - 1
    }

    if (last <= i) continue
    covered = last
    if (quotes.partner[i] !== -1 && isTitle(doc, i + 1, last - 1)) continue
    result.push(tokenSpan(doc, i, last))
  }

  return result
}

/**
 * Quote marks around a title or a name rather than someone's words:
 * “Saturday Night Live”, ''A Choice, Not an Echo'', “The Nightly Show with
 * Larry Wilmore.” — a few words in title case (every word capitalised but
 * articles and short prepositions), no question or exclamation. “It’s not
 * new in Virginia” is someone's words.
 */
function isTitle(doc: Document, first: number, last: number): boolean {
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
