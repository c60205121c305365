import type {Document} from '../document.js'
import type {Claim, FoundStance} from '../types.js'

export interface BuiltClaims {
  claims: Claim[]
  /** Index-aligned with the found stances: the claim of each `content`. */
  claimOf: Array<Claim | null>
}

/** Make claims of the found contents and link those that state the same thing. */
export function buildClaims(doc: Document, found: FoundStance[]): BuiltClaims {
  void doc
  return {claims: [], claimOf: found.map(() => null)}
}
