/**
 * Quotations that make up a whole paragraph, with no frame of their own:
 * news writing ties them to the paragraph before.
 *
 * - After a frame that ends its paragraph with a colon ("Dr. Ward
 *   stated:"), the quotation is that attribution's content; after a
 *   sentence that does, with a frame inside ("As Joel Pollak observed, the
 *   biggest victor was the stage itself:"), it is that speaker's.
 * - After a paragraph that closes on a quotation and its frame ("…,”
 *   Clinton said."), the quotation is the same speaker's, and so is the
 *   next such paragraph; not after a question ("…?” Clinton asked.),
 *   which the next quotation answers.
 *
 * The first case fills in the attribution's content; both return, for each
 * quotation tied so, the attribution it belongs to (`Quotation.stance`).
 */
import type {Document} from '../document.js'
import {tokenEndingAfter, tokenStartingFrom, tokenSpan} from '../document.js'
import type {FoundStance, Span} from '../types.js'
import {questionVerbs} from './lexicon.js'
import {fillsStretch, quotationTokens} from './quotations.js'

export function tieParagraphQuotations(doc: Document, quotations: Span[], attributions: FoundStance[]): Map<Span, FoundStance> {
  const tokens = doc.tokens
  const ties = new Map<Span, FoundStance>()
  if (quotations.length === 0 || attributions.length === 0) return ties

  // Attributions by the paragraph of their cue, in text order.
  const byParagraph = new Map<number, FoundStance[]>()
  for (const attribution of attributions) {
    const paragraph = tokens[tokenStartingFrom(doc, attribution.cue.start)]?.paragraph
    if (paragraph === undefined) continue
    const list = byParagraph.get(paragraph)
    if (list) list.push(attribution)
    else byParagraph.set(paragraph, [attribution])
  }

  /** The quotation that is the whole of each paragraph, and whom it was tied to. */
  const wholeParagraph = new Map<number, Span>()
  for (const quotation of quotations) {
    const at = quotationTokens(doc, quotation)
    if (!at) continue
    const {first, last} = at
    const paragraph = tokens[first].paragraph
    if (tokens[last].paragraph !== paragraph || !isWholeParagraph(doc, first, last)) continue
    // A frame of its own ("“…,” she said" inside the paragraph) attributes it already.
    if (byParagraph.has(paragraph)) continue
    wholeParagraph.set(paragraph, quotation)
    if (paragraph === 0) continue

    const before = byParagraph.get(paragraph - 1)
    const colonFrame = before ? frameEndingInColon(doc, paragraph - 1, before) : null
    if (colonFrame) {
      if (!colonFrame.content) colonFrame.content = innerSpan(doc, first, last)
      ties.set(quotation, colonFrame)
      continue
    }

    // "As Joel Pollak observed, the biggest victor was the stage itself:":
    // a sentence that ends its paragraph with a colon introduces the
    // quotation, and its speaker is the source of the sentence's last
    // attribution; its content stays the sentence's own.
    const introducer = before ? speakerBeforeColon(doc, paragraph - 1, before) : null
    if (introducer) {
      ties.set(quotation, introducer)
      continue
    }

    // The same speaker as the paragraph before: its quotation tied already,
    // or its last attribution a framed quotation with a source.
    const previous = wholeParagraph.get(paragraph - 1)
    const tied = previous ? ties.get(previous) : undefined
    const speaker = tied ?? (before ? lastQuotationFrame(doc, paragraph - 1, before, quotations) : null)
    // After "“…?” Clinton asked.", the next quotation is an answer, someone else's.
    if (speaker && !asks(speaker)) ties.set(quotation, speaker)
  }

  return ties
}

/** Whether the cue of an attribution is a verb of asking (data: `questionVerbs`). */
export function asks(attribution: FoundStance): boolean {
  const verbs = questionVerbs()
  return attribution.cue.text.toLowerCase().split(/\s+/).some((word) => verbs.has(word))
}

/** Whether tokens `[first, last]` are all of their paragraph but punctuation. */
function isWholeParagraph(doc: Document, first: number, last: number): boolean {
  const paragraph = doc.paragraphs[doc.tokens[first].paragraph]
  return fillsStretch(doc, first, last, doc.sentences[paragraph.firstSentence].firstToken, doc.sentences[paragraph.endSentence - 1].endToken)
}

/** The attribution whose cue ends its paragraph right before a colon ("Dr. Ward stated:"). */
function frameEndingInColon(doc: Document, paragraph: number, attributions: FoundStance[]): FoundStance | null {
  const tokens = doc.tokens
  const range = doc.paragraphs[paragraph]
  const last = doc.sentences[range.endSentence - 1].endToken - 1
  if (tokens[last].text !== ':') return null
  const cue = attributions[attributions.length - 1]
  const cueLast = tokenEndingAfter(doc, cue.cue.end - 1)
  // "he declared:", "as the website notes:", "Transcript as follows:" — at most a word between.
  if (last - cueLast > 2) return null
  if (cue.source === null && !cue.self) return null
  return cue
}

/** The last attribution, with a source and not asking, of the sentence that ends `paragraph` with a colon. */
function speakerBeforeColon(doc: Document, paragraph: number, attributions: FoundStance[]): FoundStance | null {
  const tokens = doc.tokens
  const range = doc.paragraphs[paragraph]
  const sentence = doc.sentences[range.endSentence - 1]
  if (tokens[sentence.endToken - 1].text !== ':') return null
  const attribution = attributions[attributions.length - 1]
  if (tokenStartingFrom(doc, attribution.cue.start) < sentence.firstToken) return null
  if ((!attribution.source && !attribution.self) || asks(attribution)) return null
  return attribution
}

/**
 * The last attribution of a paragraph when it frames a quotation of that
 * paragraph and names a source: "“…,” Clinton said." or "said Rev. Tatum".
 */
function lastQuotationFrame(doc: Document, paragraph: number, attributions: FoundStance[], quotations: Span[]): FoundStance | null {
  const attribution = attributions[attributions.length - 1]
  if (!attribution.source || !attribution.content) return null
  const content = attribution.content
  // Quotations are in text order: search for the first that ends inside or after the content.
  let low = 0
  let high = quotations.length
  while (low < high) {
    const middle = (low + high) >> 1
    if (quotations[middle].end <= content.start) low = middle + 1
    else high = middle
  }

  for (let index = low; index < quotations.length && quotations[index].start < content.end; index++) {
    if (doc.tokens[tokenStartingFrom(doc, quotations[index].start)].paragraph === paragraph) return attribution
  }

  return null
}

/** The words of a quotation without its marks. */
function innerSpan(doc: Document, first: number, last: number): Span {
  const tokens = doc.tokens
  let from = first
  let to = last
  while (from < to && tokens[from].kind !== 'word') from++
  while (to > from && tokens[to].kind !== 'word') to--
  return tokenSpan(doc, from, to)
}
