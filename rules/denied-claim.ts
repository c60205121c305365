/**
 * `denied-claim`: a claim someone in the text denies. A denial puts two
 * parties on opposite sides of one claim; the editor checks that both are
 * named and that neither side is presented as settled fact.
 */
import {assertersOf, claimUnsaid, describeAsserters, listNames, partyName, quoted, stanceExtent, stancesByClaim, statusQuote, statusRelated, unsaidClaim, vouchRule} from '../src/rule.js'

const deniedClaim = vouchRule(
  {
    id: 'denied-claim',
    severity: 'warn',
    description: 'A claim someone in the text denies: who denies it, and who made it'
  },
  function ({ledger, file, view, report, at}) {
    for (const stances of stancesByClaim(ledger, 'denies')) {
      const first = stances[0]
      // With no claim of its own, a denial answers the accusation before it.
      const own = view.claim(first.claim)
      const claim = own ?? view.claim(first.answers ?? null)
      const deniers = new Set(stances.map((stance) => stance.party).filter(Boolean))
      const who = listNames(stances.map((stance) => partyName(view.party(stance.party), stance)))
      // A party that denies a claim is not also its asserter ("X denied it, saying …").
      const asserters = claim ? assertersOf(view, claim.id).filter((stance) => !deniers.has(stance.party)) : []

      const reason =
        'Denied' +
        (claim ? ': ' + quoted(statusQuote(file, view, first, claim) ?? claim.words ?? claim.text) : '') +
        ' — denied' +
        (who ? ' by ' + who : '') +
        '; ' +
        (claimUnsaid(claim) && asserters.length === 0 ? unsaidClaim : describeAsserters(view, asserters, at, claim?.start))

      report(reason, own ?? stanceExtent(first), {
        related: statusRelated(view, stances, 'Denied here', asserters),
        note: 'Attribute the claim to whoever makes it and give the denial alongside it; do not present either side as settled fact.'
      })
    }
  }
)

export default deniedClaim
