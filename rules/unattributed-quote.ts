/**
 * `unattributed-quote`: a direct quotation no one in the text says. Quoted
 * words are a promise that someone said exactly this; without a speaker the
 * reader cannot tell who, and the quotation cannot be checked.
 *
 * Reads `ledger.quotations` (every quotation the analysis found). A
 * quotation is attributed when the analysis tied it to a stance, or when it
 * overlaps the claim of a stance that has a party or a source mention.
 */
import {mergeStretches, overlapsStretch, quoted, vouchRule} from '../src/rule.js'

export interface Options {
  /**
   * Quotations shorter than this many words are left alone (default: `4`):
   * scare quotes and coined names ("the so-called “peace plan”") are a
   * matter of style, not of sourcing.
   */
  minimumWords?: number
}

const unattributedQuote = vouchRule<Options>(
  {
    id: 'unattributed-quote',
    severity: 'warn',
    description: 'A direct quotation with no one in the text who says it',
    options: {
      minimumWords: {type: 'integer', minimum: 1, description: 'Quotations shorter than this many words are left alone (default: 4)'}
    }
  },
  function ({ledger, view, report, options}) {
    const quotations = ledger.quotations ?? []
    if (quotations.length === 0) return
    const minimumWords = options?.minimumWords ?? 4

    const stanceIds = new Set(ledger.stances.map((stance) => stance.id))
    const covered = mergeStretches(ledger.claims.filter((claim) =>
      view.stancesOn(claim.id).some((stance) => stance.party !== null || stance.source !== null)
    ))

    for (const quotation of quotations) {
      if (quotation.stance && stanceIds.has(quotation.stance)) continue
      // The cheap test first: most quotations overlap a sourced claim.
      if (overlapsStretch(covered, quotation)) continue
      const words = quotation.text.replace(/[\p{Pi}\p{Pf}"«»]/gu, ' ').trim().split(/\s+/).filter(Boolean)
      if (words.length < minimumWords) continue
      report('Unattributed quotation ' + quoted((quotation.words ?? quotation.text).replace(/^[\p{Pi}"'«]+|[\p{Pf}"'»]+$/gu, '')) + ': who said it?', quotation, {
        note: 'Name the speaker, or paraphrase if the words are not someone’s.'
      })
    }
  }
)

export default unattributedQuote
