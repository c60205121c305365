/**
 * `unsourced-hedge`: "reportedly", "allegedly", "is said to", "it is
 * believed" with no one in the text who reports, alleges, says or believes
 * it. The hedge signals doubt but hides whose claim it is: the reader cannot
 * weigh it. By whom?
 */
import type {Stance} from '../src/analysis/types.js'
import {assertersOf, vouchRule, type LedgerView} from '../src/rule.js'

const unsourcedHedge = vouchRule(
  {
    id: 'unsourced-hedge',
    severity: 'warn',
    description: 'A hedge ("reportedly", "allegedly", "is said to") on a claim no one in the text asserts'
  },
  function ({ledger, view, report}) {
    const attributions = ledger.stances.filter(
      (stance) => view.isAssertion(stance) && (stance.party !== null || stance.source !== null)
    )

    for (const stance of ledger.stances) {
      if (stance.kind !== 'hedged' || isSourced(view, stance, attributions)) continue
      report('Unsourced hedge “' + stance.cue.text + '”: by whom? Name who says so', stance.cue, {
        note: 'Attribute the claim to a named source, or say what the publication itself has verified.'
      })
    }
  }
)

/**
 * A hedge is sourced when someone asserts its claim (or a linked one), or
 * when it sits in an attribution's stretch: inside the content someone
 * asserts ("the agency said the general was reportedly killed"), or around
 * an attribution the hedged claim takes in ("the general was reportedly
 * killed, the agency said", read as one claim).
 */
function isSourced(view: LedgerView, hedge: Stance, attributions: Stance[]): boolean {
  const claim = view.claim(hedge.claim)
  if (claim && assertersOf(view, claim.id).length > 0) return true
  return attributions.some((attribution) => {
    const content = view.claim(attribution.claim)
    if (content && content.start <= hedge.cue.start && hedge.cue.end <= content.end) return true
    return claim !== undefined && claim.start <= attribution.cue.start && attribution.cue.end <= claim.end
  })
}

export default unsourcedHedge
