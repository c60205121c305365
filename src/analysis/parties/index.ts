import type {Document} from '../document.js'
import type {FoundStance, Party} from '../types.js'

export interface ResolvedParties {
  parties: Party[]
  /** Index-aligned with the found stances: the party of each `source`. */
  sourceParty: Array<Party | null>
  /** Index-aligned with the found stances: the party of each `channel`. */
  channelParty: Array<Party | null>
}

/** Resolve source and channel mentions to parties (kinds, coreference). */
export function resolveParties(doc: Document, found: FoundStance[]): ResolvedParties {
  void doc
  return {parties: [], sourceParty: found.map(() => null), channelParty: found.map(() => null)}
}
