/**
 * Every vouch rule, in the order they run and are listed. Each is a unified
 * plugin carrying its `id`, default `severity`, `url` and `description`.
 */
import unconfirmedClaim from './unconfirmed-claim.js'
import deniedClaim from './denied-claim.js'
import noComment from './no-comment.js'
import unsourcedHedge from './unsourced-hedge.js'
import claimWithoutEvidence from './claim-without-evidence.js'
import anonymousSource from './anonymous-source.js'
import stateMediaSource from './state-media-source.js'
import loadedAttributionVerb from './loaded-attribution-verb.js'
import unattributedQuote from './unattributed-quote.js'
import certaintyMismatch from './certainty-mismatch.js'

export const allRules = [
  unconfirmedClaim,
  deniedClaim,
  noComment,
  unsourcedHedge,
  claimWithoutEvidence,
  anonymousSource,
  stateMediaSource,
  loadedAttributionVerb,
  unattributedQuote,
  certaintyMismatch
] as const
