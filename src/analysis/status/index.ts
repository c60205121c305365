import type {Document} from '../document.js'
import type {FoundStance} from '../types.js'

/** Find confirmation-status stances (confirms, denies, unconfirmed, …). */
export function findStatuses(doc: Document, attributions: FoundStance[]): FoundStance[] {
  void doc
  void attributions
  return []
}
