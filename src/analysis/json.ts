/**
 * The ledger's JSON form, exactly as `spec/ledger.md` defines it: one object
 * per file with `path`, `parties`, `claims`, `stances`. Outside tools read it.
 */
import type {Ledger} from './types.js'

export interface LedgerJson extends Ledger {
  path: string
}

export function toLedgerJson(ledger: Ledger, path: string): LedgerJson {
  return {
    path,
    parties: ledger.parties.map((party) => ({
      id: party.id,
      name: party.name,
      kind: party.kind,
      descriptor: party.descriptor,
      mentions: party.mentions.map(({start, end, text}) => ({start, end, text})),
      ...(party.anonymity === undefined ? {} : {anonymity: party.anonymity})
    })),
    claims: ledger.claims.map(({id, start, end, text, sameAs}) => ({id, start, end, text, sameAs})),
    stances: ledger.stances.map((stance) => ({
      id: stance.id,
      kind: stance.kind,
      party: stance.party,
      claim: stance.claim,
      cue: stance.cue,
      source: stance.source,
      via: stance.via
    }))
  }
}
