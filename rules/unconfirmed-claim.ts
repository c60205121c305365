/**
 * `unconfirmed-claim`: a claim that the text says someone has not confirmed.
 * The message ties the two ends together — who has not confirmed it, and who
 * asserts it and where — because that is what an editor checks: is the claim
 * kept attributed to its asserters, and is the missing confirmation said?
 */
import {assertersOf, claimUnsaid, describeAsserters, listNames, partyName, quoted, stanceExtent, stancesByClaim, statusQuote, statusRelated, unsaidClaim, vouchRule} from '../src/rule.js'

const unconfirmedClaim = vouchRule(
  {
    id: 'unconfirmed-claim',
    severity: 'warn',
    description: 'A claim the text says has not been confirmed: who has not confirmed it, and who asserts it'
  },
  function ({ledger, file, view, report, at}) {
    for (const stances of stancesByClaim(ledger, 'unconfirmed')) {
      const first = stances[0]
      const claim = view.claim(first.claim)
      const who = listNames(stances.map((stance) => partyName(view.party(stance.party), stance)))
      // A party that has not confirmed a claim is not also its asserter ("“X has not been determined,” said Y").
      const silent = new Set(stances.map((stance) => stance.party).filter(Boolean))
      const asserters = claim ? assertersOf(view, claim.id).filter((stance) => !silent.has(stance.party)) : []
      const confirmers = claim
        ? listNames(
            view
              .stancesOnGroup(claim.id)
              .filter((stance) => stance.kind === 'confirms')
              .map((stance) => partyName(view.party(stance.party), stance))
          )
        : ''

      const reason =
        'Unconfirmed' +
        (claim ? ': ' + quoted(statusQuote(file, view, first, claim) ?? claim.words ?? claim.text) : '') +
        ' — not confirmed' +
        (who ? ' by ' + who : '') +
        '; ' +
        (claimUnsaid(claim) && asserters.length === 0 ? unsaidClaim : describeAsserters(view, asserters, at, claim?.start)) +
        (confirmers ? '; confirmed by ' + confirmers : '')

      report(reason, claim ?? stanceExtent(first), {
        related: statusRelated(view, stances, 'Not confirmed here', asserters),
        note: 'Keep the claim attributed to whoever asserts it and say that it is unconfirmed; do not state it as fact.'
      })
    }
  }
)

export default unconfirmedClaim
