/**
 * `claim-without-evidence`: the text says a claim was made without evidence
 * ("offered no evidence", "without evidence"). Saying so is good reporting;
 * the editor checks that the claim is not repeated elsewhere — a headline,
 * a caption, a summary — as if it were established.
 */
import {partyName, quoted, stanceExtent, statusQuote, vouchRule} from '../src/rule.js'

const claimWithoutEvidence = vouchRule(
  {
    id: 'claim-without-evidence',
    severity: 'warn',
    description: 'A claim the text says was made without evidence'
  },
  function ({ledger, view, report, file}) {
    for (const stance of ledger.stances) {
      // A finding that there is no evidence ("police found no evidence of
      // foul play") is the finder's conclusion, not a claim made without it.
      if (stance.kind !== 'no-evidence' || stance.finding) continue
      const claim = view.claim(stance.claim)
      const who = partyName(view.party(stance.party), stance)
      report(
        'Claim without evidence' +
          // "offered no evidence for the claim": the claim it points to.
          (claim ? ': ' + quoted(statusQuote(file, view, stance, claim) ?? claim.words ?? claim.text) : '') +
          (who ? ' (' + who + ')' : '') +
          ' — keep it attributed and do not repeat it as fact',
        claim ?? stanceExtent(stance),
        {
          related: claim ? [{span: stance.cue, message: 'No evidence, says the text here'}] : [],
          note: 'Say what, if anything, supports or contradicts the claim.'
        }
      )
    }
  }
)

export default claimWithoutEvidence
