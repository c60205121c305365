/**
 * Turn what the finders found (spans) into the ledger (parties, claims,
 * stances with ids). This is the only place the pieces meet.
 */
import type {Document} from './document.js'
import type {FoundStance, Ledger, Stance} from './types.js'
import {findAttributions} from './attribution/index.js'
import {findStatuses} from './status/index.js'
import {resolveParties} from './parties/index.js'
import {buildClaims} from './claims/index.js'

export function analyse(doc: Document): Ledger {
  const attributions = findAttributions(doc)
  const statuses = findStatuses(doc, attributions)
  const found: FoundStance[] = [...attributions, ...statuses].sort(
    (a, b) => a.cue.start - b.cue.start || a.cue.end - b.cue.end
  )

  const {parties, sourceParty, channelParty} = resolveParties(doc, found)
  const {claims, claimOf} = buildClaims(doc, found)

  const stances: Stance[] = found.map((item, index) => ({
    id: 's' + (index + 1),
    kind: item.kind,
    party: sourceParty[index]?.id ?? null,
    claim: claimOf[index]?.id ?? null,
    cue: item.cue,
    source: item.source,
    via: channelParty[index]?.id ?? null
  }))

  return {parties, claims, stances}
}
