/**
 * `unsourced-hedge`: "reportedly", "allegedly", "is said to", "it is
 * believed" with no one in the text who reports, alleges, says or believes
 * it. The hedge signals doubt but hides whose claim it is: the reader cannot
 * weigh it. By whom?
 */
import {assertersOf, quoted, vouchRule} from '../src/rule.js'

const unsourcedHedge = vouchRule(
  {
    id: 'unsourced-hedge',
    severity: 'warn',
    description: 'A hedge ("reportedly", "allegedly", "is said to") on a claim no one in the text asserts'
  },
  function ({ledger, view, report}) {
    for (const stance of ledger.stances) {
      if (stance.kind !== 'hedged') continue
      const claim = view.claim(stance.claim)
      if (claim && assertersOf(view, claim.id).length > 0) continue
      report(
        'Unsourced hedge ' + quoted(stance.cue.text) + ': by whom? Name who says so',
        stance.cue,
        {note: 'Attribute the claim to a named source, or say what the publication itself has verified.'}
      )
    }
  }
)

export default unsourcedHedge
