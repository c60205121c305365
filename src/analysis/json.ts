/**
 * The ledger's JSON form, exactly as `spec/ledger.md` defines it: one object
 * per file with `path`, `parties`, `claims`, `stances`. Outside tools read it,
 * so every object is rebuilt field by field: nothing internal leaks out.
 */
import type {Claim, Ledger, Party, Span, Stance} from './types.js'

export interface LedgerJson extends Ledger {
  path: string
}

function span(value: Span): Span
function span(value: Span | null): Span | null
function span(value: Span | null): Span | null {
  return value ? {start: value.start, end: value.end, text: value.text} : null
}

function party(value: Party): Party {
  return {
    id: value.id,
    name: value.name,
    kind: value.kind,
    descriptor: value.descriptor,
    mentions: value.mentions.map((mention) => span(mention)),
    ...(value.anonymity === undefined ? {} : {anonymity: span(value.anonymity)})
  }
}

function claim(value: Claim): Claim {
  return {id: value.id, start: value.start, end: value.end, text: value.text, sameAs: [...value.sameAs]}
}

function stance(value: Stance): Stance {
  return {
    id: value.id,
    kind: value.kind,
    party: value.party,
    claim: value.claim,
    cue: span(value.cue),
    source: span(value.source),
    via: value.via
  }
}

export function toLedgerJson(ledger: Ledger, path: string): LedgerJson {
  return {
    path,
    parties: ledger.parties.map(party),
    claims: ledger.claims.map(claim),
    stances: ledger.stances.map(stance)
  }
}
