/**
 * Every direct quotation of a document, for `Ledger.quotations` (the
 * `unattributed-quote` rule reads them). A quotation runs from an opening
 * double quote to its partner (`quotes.ts`), over paragraphs when a long
 * quotation is continued; an opening quote that is never closed runs to the
 * end of its paragraph. Titles and names in quote marks (“Saturday Night
 * Live”) are not quotations.
 */
import type {Document} from '../document.js'
import {tokenEndingAfter, tokenSpan, tokenStartingFrom} from '../document.js'
import type {Span} from '../types.js'
import {tokenAttributes} from './features.js'
import {isTitle, pairQuotes, type QuoteMarks} from './quotes.js'

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

/** The first and last token of a quotation span; null when it reaches past the tokens. */
export function quotationTokens(doc: Document, quotation: Span): {first: number; last: number} | null {
  const first = tokenStartingFrom(doc, quotation.start)
  const last = tokenEndingAfter(doc, quotation.end - 1)
  return first < doc.tokens.length && last < doc.tokens.length ? {first, last} : null
}

/** Whether tokens `[first, last]` are all of tokens `[start, end)` but punctuation: a quotation that fills its paragraph or sentences. */
export function fillsStretch(doc: Document, first: number, last: number, start: number, end: number): boolean {
  const tokens = doc.tokens
  for (let i = start; i < first; i++) if (tokens[i].kind === 'word') return false
  for (let i = last + 1; i < end; i++) if (tokens[i].kind === 'word') return false
  return true
}
