import type {Document} from '../document.js'
import type {FoundStance} from '../types.js'

/** Find attributions (`asserts` stances): cue, source mention, content. */
export function findAttributions(doc: Document): FoundStance[] {
  void doc
  return []
}
