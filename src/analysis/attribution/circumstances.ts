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
import {B_CONTENT} from './labels.js'

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

/**
 * Take in the auxiliaries and adverbs right before `cue` ("has said",
 * "would not say", "also told", "repeatedly denied"; in place): annotators
 * include them in nearly every cue, and the tagger often starts at the verb.
 * Only untagged words of the same sentence are taken.
 */
export function takeAuxiliaries(doc: Document, cue: Run, labels: Uint8Array, auxiliaries: Set<string>): void {
  const tokens = doc.tokens
  const sentence = tokens[cue.first].sentence
  let first = cue.first
  while (first > 0 && labels[first - 1] === 0 && tokens[first - 1].sentence === sentence && isAuxiliary(tokens[first - 1], auxiliaries)) first--
  cue.first = first
}

function isAuxiliary(token: Document['tokens'][number], auxiliaries: Set<string>): boolean {
  if (token.kind !== 'word') return false
  if (auxiliaries.has(token.lower)) return true
  // A lower-case adverb: "repeatedly", "publicly", "privately".
  return token.lower.length > 4 && token.lower.endsWith('ly') && token.text === token.lower
}

/**
 * Settle where `cue` ends by the mined boundary table (in place): "called"
 * takes a following "for" in, "expected to" gives its "to" back. Only a
 * word the tagger left unlabelled, or that opens the content, is taken in;
 * returns whether the cue took the first word of `content` in.
 */
export function settleCueEnd(doc: Document, cue: Run, labels: Uint8Array, table: {include: Set<string>; exclude: Set<string>}): boolean {
  const tokens = doc.tokens
  const last = tokens[cue.last]
  if (cue.last > cue.first && table.exclude.has(tokens[cue.last - 1].lower + ' ' + last.lower)) {
    cue.last--
    return false
  }

  const next = cue.last + 1
  if (next >= tokens.length || tokens[next].sentence !== last.sentence || tokens[next].kind !== 'word') return false
  if (!table.include.has(last.lower + ' ' + tokens[next].lower)) return false
  if (labels[next] !== 0 && labels[next] !== B_CONTENT) return false
  cue.last = next
  return labels[next] === B_CONTENT
}
