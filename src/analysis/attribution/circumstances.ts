/**
 * Cue boundaries: "Mr. Biden said at one point", "she said of the course",
 * "he said on Twitter". Annotators mostly leave the circumstance out of the
 * cue (on PolNeAR train, "said on …" is just "said" in 71 of 89 cues, "said
 * at …" in 35 of 51, "said of …" in 38 of 63), while set phrases such as
 * "said in a statement" keep it (40 of 63). A cue run that runs on into a
 * circumstantial preposition is cut back before it, unless the whole run
 * is one of the lexicon's cue phrases.
 */
import type {Document} from '../document.js'
import type {Run} from './runs.js'

/** Cut `cue` back before its first circumstantial preposition (in place). */
export function trimCircumstance(doc: Document, cue: Run, speech: Set<string>, prepositions: Set<string>, phrases: Set<string>): void {
  if (cue.last === cue.first) return
  const tokens = doc.tokens
  let text = ''
  for (let i = cue.first; i <= cue.last; i++) text += (i > cue.first ? ' ' : '') + tokens[i].lower
  if (phrases.has(text)) return
  for (let i = cue.first + 1; i <= cue.last; i++) {
    // Only after a verb of saying: "accused of", "wary of" are cues whole.
    if (prepositions.has(tokens[i].lower) && speech.has(tokens[i - 1].lower)) {
      cue.last = i - 1
      return
    }
  }
}
