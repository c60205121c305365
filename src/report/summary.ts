/**
 * What the report's tables say, computed from the ledger alone: how often
 * each party is quoted and how, and what each claim rests on.
 */
import type {Claim, Ledger, Party, PartyKind, StanceKind} from '../analysis/types.js'
import {viewOf} from '../rule.js'

/** Kinds of party that name no one. */
const unnamedKinds: ReadonlySet<PartyKind> = new Set(['anonymous', 'vague'])

/** A claim's status, most telling first: the one the highlight shows. */
export const statusOrder = [
  'denied',
  'unconfirmed',
  'no-evidence',
  'no-comment',
  'hedged',
  'confirmed',
  'asserted',
  'unsourced'
] as const
export type ClaimStatus = (typeof statusOrder)[number]

const statusOfStance: Record<StanceKind, ClaimStatus> = {
  denies: 'denied',
  unconfirmed: 'unconfirmed',
  'no-evidence': 'no-evidence',
  'no-comment': 'no-comment',
  hedged: 'hedged',
  confirms: 'confirmed',
  asserts: 'asserted'
}

export interface PartySummary {
  party: Party
  /** Named (someone identifiable) or not (`anonymous`, `vague`). */
  named: boolean
  /** Stances the party takes, by kind. */
  stances: Partial<Record<StanceKind, number>>
  /** How many stances in all: how often the party is quoted or cited. */
  quoted: number
  /** Ids of claims the party stands on. */
  claims: string[]
}

export interface ClaimSummary {
  claim: Claim
  /** The most telling status of the claim and the claims linked to it. */
  status: ClaimStatus
  /** Every status the claim's stances give, in `statusOrder`. */
  statuses: ClaimStatus[]
  /** Parties that assert or confirm it (or a linked claim): its sources. */
  sources: Party[]
  /** Exactly one source. */
  singleSource: boolean
}

export interface LedgerSummary {
  parties: PartySummary[]
  claims: ClaimSummary[]
}

export function summarise(ledger: Ledger): LedgerSummary {
  // The rules' view of the ledger: parties by id, stances by claim, sameAs groups.
  const view = viewOf(ledger)
  const partySummaries: PartySummary[] = ledger.parties.map((party) => {
    const own = ledger.stances.filter((stance) => stance.party === party.id)
    const stances: Partial<Record<StanceKind, number>> = {}
    for (const stance of own) stances[stance.kind] = (stances[stance.kind] ?? 0) + 1
    return {
      party,
      named: !unnamedKinds.has(party.kind),
      stances,
      quoted: own.length,
      claims: [...new Set(own.map((stance) => stance.claim).filter((id): id is string => id !== null))]
    }
  })

  const claimSummaries: ClaimSummary[] = ledger.claims.map((claim) => {
    const stances = view.stancesOnGroup(claim.id)
    const found = new Set(stances.map((stance) => statusOfStance[stance.kind]))
    const statuses = statusOrder.filter((status) => found.has(status))
    const sourceIds = new Set(
      stances
        .filter((stance) => (stance.kind === 'asserts' || stance.kind === 'confirms') && stance.party !== null)
        .map((stance) => stance.party!)
    )
    const sources = [...sourceIds].map((id) => view.party(id)).filter((party): party is Party => party !== undefined)
    return {
      claim,
      status: statuses[0] ?? 'unsourced',
      statuses,
      sources,
      singleSource: sources.length === 1
    }
  })

  return {parties: partySummaries, claims: claimSummaries}
}
