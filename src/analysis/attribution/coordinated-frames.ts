/**
 * Two reports joined in one sentence: "Cruz said he would make the sand
 * “glow in the dark,” and Trump vowed to “bomb the hell” out of them",
 * "21 percent said “not too likely” and 14 percent said “not at all
 * likely.”" The tagger, which reads a window of words, often runs the
 * first report's content over the second frame, and the second speaker's
 * words become the first one's. PolNeAR marks two attributions.
 *
 * A rule over the labels: inside a content, "and" after a comma or a
 * closing quotation mark, then a subject (a name, a pronoun, or a share:
 * "14 percent") and a reporting verb, is a second frame. The first content
 * ends before "and"; the subject is the second source, the verb its cue,
 * and the rest of the sentence its content. A name or a phrase joined by
 * "and" with no comma or mark before it ("said Smith and Jones agreed") is
 * left alone: that is one content, and so is a quoted speaker's own "…, and
 * I think …".
 */
import type {Document} from '../document.js'
import {isCapitalised} from './frames.js'
import {B_CONTENT, B_CUE, B_SOURCE, I_SOURCE, O, roleOf} from './labels.js'
import {CONTENT} from './runs.js'
import {SUBJECT_PRONOUNS} from './grammar.js'

/** What may stand before "and" for it to join two clauses rather than two names. */
const JOINS = new Set([',', '”', '"', '’', "''"])
/** Words of a share as a subject ("14 percent", "a third"). */
const SHARES = new Set(['percent', '%', 'percentage'])
/** The most words of a name as the second subject. */
const MAX_SUBJECT = 4

export function applyCoordinatedFrames(doc: Document, labels: Uint8Array, isReporting: (lower: string) => boolean): void {
  const tokens = doc.tokens
  for (let and = 1; and + 2 < tokens.length; and++) {
    if (tokens[and].lower !== 'and' || roleOf(labels[and]) !== CONTENT || !JOINS.has(tokens[and - 1].text)) continue
    const first = and + 1
    const last = subjectEnd(doc, first)
    const verb = last + 1
    if (last < first || verb >= tokens.length || tokens[verb].sentence !== tokens[and].sentence) continue
    if (tokens[verb].kind !== 'word' || !isReporting(tokens[verb].lower) || roleOf(labels[verb]) !== CONTENT) continue
    // The second report needs words of its own after its verb, in the sentence.
    const next = verb + 1
    if (next >= tokens.length || tokens[next].sentence !== tokens[verb].sentence || tokens[next].kind !== 'word') continue
    // Inside a quotation "and I think …" is the quoted speaker going on.
    if (insideQuotation(doc, and)) continue
    labels[and] = O
    if (tokens[and - 1].text === ',') labels[and - 1] = O
    for (let j = first; j <= last; j++) labels[j] = j === first ? B_SOURCE : I_SOURCE
    labels[verb] = B_CUE
    labels[next] = B_CONTENT
  }
}

/** The last token of a subject opening at `first` (a pronoun, a name, a share), or `first - 1`. */
function subjectEnd(doc: Document, first: number): number {
  const tokens = doc.tokens
  const token = tokens[first]
  if (token.kind !== 'word') return first - 1
  if (SUBJECT_PRONOUNS.has(token.lower)) return first
  // "14 percent", "a fifth of voters" is left alone: a share is a number and its unit.
  if (/^\d/.test(token.text)) return first + 1 < tokens.length && SHARES.has(tokens[first + 1].lower) ? first + 1 : first - 1
  if (!isCapitalised(token.text)) return first - 1
  let last = first
  while (last + 1 < tokens.length && last + 1 - first < MAX_SUBJECT && tokens[last + 1].kind === 'word' && isCapitalised(tokens[last + 1].text)) last++
  return last
}

/** Whether token `index` stands inside quotation marks opened earlier in its paragraph. */
function insideQuotation(doc: Document, index: number): boolean {
  const tokens = doc.tokens
  const paragraph = tokens[index].paragraph
  let from = index
  while (from > 0 && tokens[from - 1].paragraph === paragraph) from--
  let curly = false
  let straight = false
  for (let i = from; i < index; i++) {
    const text = tokens[i].text
    if (text === '“') curly = true
    else if (text === '”') curly = false
    else if (text === '"' || text === "''") straight = !straight
  }

  return curly || straight
}
