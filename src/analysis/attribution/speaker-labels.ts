/**
 * Speakers' labels: a name before a colon that opens a sentence, in
 * headlines and transcripts, frames what follows.
 */
import type {Document} from '../document.js'
import {B_CONTENT, B_CUE, B_SOURCE, I_CONTENT, I_SOURCE, O, roleOf} from './labels.js'
import {CUE, SOURCE} from './runs.js'
import {partyLexicons} from '../parties/lexicons.js'
import {isCapitalised} from './frames.js'

/**
 * A speaker's label before a colon that opens a sentence: headlines and
 * transcripts ("Sanders: Clinton Email Story Has Moved.", "Matthews: Well,
 * speculation is bad.", "Q: Did the service take care of you?"). The name
 * (capitalised words only, at most `MAX_LABEL` of them, not a sentence
 * opener nor a section label such as "Update") is the source, the colon the
 * cue, and the rest of the sentence the content, with the paragraph's later
 * sentences up to the next label — where the tagger left them unlabelled.
 */
export function applyColonFrames(doc: Document, labels: Uint8Array): void {
  const tokens = doc.tokens
  const lexicons = partyLexicons()
  for (const sentence of doc.sentences) {
    let first = sentence.firstToken
    while (first < sentence.endToken && tokens[first].kind !== 'word') first++
    let colon = first
    while (colon < sentence.endToken && colon - first <= MAX_LABEL && tokens[colon].text !== ':') colon++
    if (colon >= sentence.endToken || tokens[colon].text !== ':' || colon === first || colon - first > MAX_LABEL) continue
    let name = true
    for (let j = first; j < colon && name; j++) {
      const token = tokens[j]
      if (labels[j] !== O && roleOf(labels[j]) !== SOURCE) name = false
      else if (token.kind === 'word') name = isCapitalised(token.text)
      else name = !token.spaceBefore && j > first
    }

    if (!name || labels[colon] !== O || lexicons.sentenceOpeners.has(tokens[first].text) || lexicons.sectionLabels.has(tokens[first].lower)) continue
    let last = sentence.endToken - 1
    // A transcript's answer goes on over the paragraph's later sentences,
    // up to the next speaker's label.
    const paragraph = tokens[colon].paragraph
    let next = tokens[colon].sentence + 1
    while (next < doc.sentences.length && tokens[doc.sentences[next].firstToken].paragraph === paragraph && !opensWithLabel(doc, doc.sentences[next])) {
      last = doc.sentences[next].endToken - 1
      next++
    }
    while (last > colon && tokens[last].kind !== 'word') last--
    // A claim: words, not a figure ("Clinton: 1,769.") nor a list of names
    // ("Nevada: Adam Khan, Andres Ramirez, …").
    let words = 0
    let lower = 0
    let commas = 0
    let free = true
    for (let j = colon + 1; j <= last && free; j++) {
      if (roleOf(labels[j]) === SOURCE || roleOf(labels[j]) === CUE) free = false
      if (tokens[j].text === ',') commas++
      if (tokens[j].kind !== 'word' || !/\p{L}/u.test(tokens[j].text)) continue
      words++
      if (!isCapitalised(tokens[j].text)) lower++
    }

    if (!free || words < 2 || (commas >= 2 && lower === 0)) continue
    for (let j = first; j < colon; j++) labels[j] = j === first ? B_SOURCE : I_SOURCE
    labels[colon] = B_CUE
    for (let j = colon + 1; j <= last; j++) labels[j] = j === colon + 1 ? B_CONTENT : I_CONTENT
  }
}

/** Whether a colon stands among the first words of `sentence` (the next speaker's label). */
function opensWithLabel(doc: Document, sentence: Document['sentences'][number]): boolean {
  const tokens = doc.tokens
  for (let i = sentence.firstToken; i < sentence.endToken && i <= sentence.firstToken + MAX_LABEL; i++) if (tokens[i].text === ':') return true
  return false
}

/** How many tokens a speaker's label before a colon may have. */
const MAX_LABEL = 6
