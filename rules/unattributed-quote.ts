/**
 * `unattributed-quote`: a direct quotation no one in the text says. Quoted
 * words are a promise that someone said exactly this; without a speaker the
 * reader cannot tell who, and the quotation cannot be checked.
 *
 * Reads `ledger.quotations` (every quotation the analysis found). A
 * quotation is attributed when the analysis tied it to a stance, or when it
 * overlaps the claim of a stance that has a party or a source mention.
 */
import {quoted, vouchRule} from '../src/rule.js'

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
    description: 'A direct quotation with no one in the text who says it'
  },
  function ({ledger, view, report, options}) {
    const quotations = ledger.quotations ?? []
    if (quotations.length === 0) return
    const minimumWords = options?.minimumWords ?? 4

    const stanceIds = new Set(ledger.stances.map((stance) => stance.id))
    const covered = spokenStretches(ledger.claims.filter((claim) =>
      view.stancesOn(claim.id).some((stance) => stance.party !== null || stance.source !== null)
    ))

    for (const quotation of quotations) {
      if (quotation.stance && stanceIds.has(quotation.stance)) continue
      const words = quotation.text.replace(/[\p{Pi}\p{Pf}"«»]/gu, ' ').trim().split(/\s+/).filter(Boolean)
      if (words.length < minimumWords) continue
      if (overlaps(covered, quotation)) continue
      report('Unattributed quotation ' + quoted(quotation.text.replace(/^[\p{Pi}"'«]+|[\p{Pf}"'»]+$/gu, '')) + ': who said it?', quotation, {
        note: 'Name the speaker, or paraphrase if the words are not someone’s.'
      })
    }
  }
)

/**
 * The stretches of text covered by claims someone stands behind, merged into
 * sorted disjoint intervals so that each quotation is a binary search (drafts
 * can be whole archives).
 */
function spokenStretches(claims: Array<{start: number; end: number}>): Array<[number, number]> {
  const sorted = claims.map((claim): [number, number] => [claim.start, claim.end]).sort((a, b) => a[0] - b[0])
  const merged: Array<[number, number]> = []
  for (const [start, end] of sorted) {
    const last = merged[merged.length - 1]
    if (last && start <= last[1]) last[1] = Math.max(last[1], end)
    else merged.push([start, end])
  }

  return merged
}

/** Whether `span` overlaps any of the disjoint sorted `stretches`. */
function overlaps(stretches: Array<[number, number]>, span: {start: number; end: number}): boolean {
  // The last stretch starting before the span's end is the only candidate.
  let low = 0
  let high = stretches.length - 1
  let found = -1
  while (low <= high) {
    const middle = (low + high) >> 1
    if (stretches[middle][0] < span.end) {
      found = middle
      low = middle + 1
    } else high = middle - 1
  }

  return found !== -1 && stretches[found][1] > span.start
}

export default unattributedQuote
