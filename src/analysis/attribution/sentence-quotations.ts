/**
 * Quotations that make up whole sentences inside a paragraph, with no frame
 * of their own: the speaker of the sentence before goes on.
 *
 *     Bolton distanced himself from the movement by saying he would help
 *     if asked. “I’m going to support him, and support him enthusiastically.”
 *
 * The quotation belongs to the last attribution of the sentence right
 * before it (in the same paragraph) when that attribution names a source
 * and does not ask (after “…?” the reporter asked, the next words answer);
 * a run of such sentences belongs to the same speaker, also when a
 * conjunction opens the sentence ("But “…”"). The attribution's
 * content is left as it is: the quotation is tied (`Quotation.stance`), not
 * merged, as PolNeAR keeps a paraphrase and the quotation after it apart.
 */
import type {Document} from '../document.js'
import {tokenStartingFrom} from '../document.js'
import type {FoundStance, Span} from '../types.js'
import {asks} from './paragraph-quotations.js'
import {fillsStretch, quotationTokens} from './quotations.js'

export function tieSentenceQuotations(doc: Document, quotations: Span[], attributions: FoundStance[], ties: Map<Span, FoundStance>): void {
  const tokens = doc.tokens
  if (quotations.length === 0 || attributions.length === 0) return

  // The last attribution (by cue) of each sentence.
  const lastOfSentence = new Map<number, FoundStance>()
  for (const attribution of attributions) {
    const at = tokenStartingFrom(doc, attribution.cue.start)
    if (at < tokens.length) lastOfSentence.set(tokens[at].sentence, attribution)
  }

  // Whom the quotation ending each sentence was tied to, for runs of them.
  const tiedAt = new Map<number, FoundStance>()
  for (const quotation of quotations) {
    const at = quotationTokens(doc, quotation)
    if (!at) continue
    const {first, last} = at
    const sentence = tokens[first].sentence
    const lastSentence = tokens[last].sentence
    const tied = ties.get(quotation)
    if (tied) {
      tiedAt.set(lastSentence, tied)
      continue
    }

    if (sentence === 0 || !isWholeSentences(doc, first, last) || hasCue(lastOfSentence, sentence, lastSentence)) continue
    const previous = doc.sentences[sentence - 1]
    if (tokens[previous.firstToken].paragraph !== tokens[first].paragraph) continue
    const speaker = tiedAt.get(sentence - 1) ?? lastOfSentence.get(sentence - 1)
    if (!speaker || (!speaker.source && !speaker.self) || asks(speaker)) continue
    ties.set(quotation, speaker)
    tiedAt.set(lastSentence, speaker)
  }
}

/**
 * Whether tokens `[first, last]` are all of their sentences but punctuation
 * and a conjunction opening the first ("But “…”").
 */
function isWholeSentences(doc: Document, first: number, last: number): boolean {
  const tokens = doc.tokens
  let start = doc.sentences[tokens[first].sentence].firstToken
  while (start < first && tokens[start].kind !== 'word') start++
  if (start < first && OPENING_CONJUNCTIONS.has(tokens[start].lower)) start++
  return fillsStretch(doc, first, last, start, doc.sentences[tokens[last].sentence].endToken)
}

/** Words that open a sentence going on from the one before (grammar, not data). */
const OPENING_CONJUNCTIONS = new Set(['but', 'and', 'still', 'yet', 'so', 'also'])

/** Whether a cue stands in sentences `[from, to]`: the quotation has a frame of its own. */
function hasCue(lastOfSentence: Map<number, FoundStance>, from: number, to: number): boolean {
  for (let sentence = from; sentence <= to; sentence++) if (lastOfSentence.has(sentence)) return true
  return false
}
