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
