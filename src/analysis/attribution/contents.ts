/**
 * Content boundaries. The tagger finds where a content starts well but is
 * less sure where it ends (and, before a postposed cue, where it starts);
 * quotation marks and sentence edges settle most of those cases.
 */
import type {Document} from '../document.js'
import {isOpeningQuote, isTitle, type QuoteMarks} from './quotes.js'
import {CONTENT, SOURCE, type Run, type RunAttribution} from './runs.js'
import {questionVerbs} from './lexicon.js'
import {isParticiple} from './frames.js'

type Tokens = Document['tokens']

/**
 * The tagger finds where content starts well but often stops early; a
 * content clause runs to the end of its sentence, or to its closing quote,
 * unless another attribution's source or cue comes first.
 */
export function extendRight(doc: Document, run: Run, claimed: Uint8Array, quotes: QuoteMarks): Run {
  const tokens = doc.tokens
  let last = run.last
  // A quotation opened at (or right after) the start of the content ends at
  // its closing quote; the tagger may have left the opening quote out.
  const from = run.first > 0 && quotes.mark[run.first - 1] === 1 && claimed[run.first - 1] === 0 ? run.first - 1 : run.first
  for (let i = from; i <= Math.min(run.first + 1, run.last); i++) {
    if (quotes.mark[i] === 1) {
      const close = quotes.partner[i]
      if (close > last && !barrier(claimed, last + 1, close)) return {role: CONTENT, first: from, last: close}
      if (close !== -1) return {role: CONTENT, first: from, last: Math.max(last, close)}
    }
  }

  const sentence = doc.sentences[tokens[last].sentence]
  const end = sentence.endToken - 1
  // A run that stops at punctuation stopped at a clause edge on purpose.
  if (end > last && tokens[last + 1].kind === 'word' && !barrier(claimed, last + 1, end) && !quoteInside(quotes, last + 1, end, doc)) last = end
  return {role: CONTENT, first: run.first, last}
}

/** Content before a postposed cue starts at its opening quote or at the start of its sentence. */
export function extendLeft(doc: Document, run: Run, claimed: Uint8Array, quotes: QuoteMarks, postposed: boolean): Run {
  const tokens = doc.tokens
  // “…,” he said: find the closing quote at the end of the content (the
  // tagger may leave it and the comma out), then its partner.
  for (let i = Math.min(run.last + 2, tokens.length - 1); i >= Math.max(run.first, run.last - 1); i--) {
    if (i > run.last && (claimed[i] !== 0 || tokens[i].kind === 'word')) continue
    if (quotes.mark[i] === 2) {
      const open = quotes.partner[i]
      const last = Math.max(i, run.last)
      if (open !== -1 && open <= run.first && tokens[open].paragraph === tokens[i].paragraph && !barrier(claimed, open, run.first - 1)) return {role: CONTENT, first: open, last}
      // A quotation inside the content ("… was “deterring …”, the official
      // said") says nothing about where the content starts.
      if (open !== -1 && open < run.first) return run
      break
    }
  }

  const sentence = doc.sentences[tokens[run.first].sentence]
  const start = sentence.firstToken
  if (start >= run.first) return run
  // “…, the official said.”: when the frame closes the sentence, the content
  // is everything before it, nested attributions and quotes included.
  if (postposed) return {role: CONTENT, first: start, last: run.last}
  // Otherwise to the sentence start when the content runs on from a word,
  // over nested cues with no source of their own ("North Korea is capable
  // of … supplying them to Russia …, researchers have told the UNSC"), but
  // not over another attribution's source or a quotation.
  if (tokens[run.first - 1].kind === 'word' && !barrier(claimed, start, run.first - 1, SOURCE) && !quoteInside(quotes, start, run.first - 1, doc)) return {role: CONTENT, first: start, last: run.last}
  return run
}

/**
 * "The golf industry, she said, is doing much better": a frame set off by
 * commas inside a sentence interrupts its content, which runs on after it
 * to the end of the sentence (PolNeAR annotates one discontinuous span).
 */
export function spanParenthetical(doc: Document, content: Run, cue: Run, source: Run | null, claimed: Uint8Array, quotes: QuoteMarks): Run {
  const tokens = doc.tokens
  const {first: frameFirst, last: frameLast} = frameOf(cue, source)
  if (content.last >= frameFirst || frameFirst - content.last > 2) return content
  if (tokens[frameFirst - 1].text !== ',' || quotes.mark[content.last] !== 0 || closesQuote(doc, content.last, quotes)) return content
  const comma = frameLast + 1
  if (comma >= tokens.length || tokens[comma].text !== ',' || tokens[comma].sentence !== tokens[content.first].sentence) return content
  const end = doc.sentences[tokens[comma].sentence].endToken
  let last = end - 1
  while (last > comma && tokens[last].kind !== 'word' && quotes.mark[last] !== 2) last--
  if (last <= comma + 1 || barrier(claimed, comma + 1, last)) return content
  return {role: CONTENT, first: content.first, last}
}

/**
 * "Freeing her husband, he promised, was one of his top priorities": a
 * frame set off by commas inside a sentence, with no content found on
 * either side, frames the whole sentence around it.
 */
export function sentenceAroundFrame(doc: Document, cue: Run, source: Run | null, claimed: Uint8Array, quotes: QuoteMarks): Run | null {
  const tokens = doc.tokens
  const {first: frameFirst, last: frameLast} = frameOf(cue, source)
  if (frameFirst === 0 || frameLast + 1 >= tokens.length) return null
  if (tokens[frameFirst - 1].text !== ',' || tokens[frameLast + 1].text !== ',') return null
  const sentence = doc.sentences[tokens[frameFirst].sentence]
  if (tokens[frameLast + 1].sentence !== tokens[frameFirst].sentence) return null
  let first = sentence.firstToken
  let last = sentence.endToken - 1
  while (first < frameFirst - 1 && tokens[first].kind !== 'word') first++
  while (last > frameLast + 1 && tokens[last].kind !== 'word') last--
  if (first >= frameFirst - 1 || last <= frameLast + 1) return null
  if (barrier(claimed, first, frameFirst - 1) || barrier(claimed, frameLast + 1, last) || quoteInside(quotes, first, last, doc)) return null
  return {role: CONTENT, first, last}
}

/** Whether only punctuation follows the cue (and a source after it) in its sentence. */
export function closesSentence(doc: Document, cue: Run, source: Run | null): boolean {
  const tokens = doc.tokens
  const last = frameOf(cue, source).last
  const end = doc.sentences[tokens[last].sentence].endToken
  for (let i = last + 1; i < end; i++) if (tokens[i].kind === 'word') return false
  return true
}

/** The frame of an attribution: its cue and its source, wherever the source stands. */
export function frameOf(cue: Run, source: Run | null): {first: number; last: number} {
  return {
    first: source && source.first < cue.first ? source.first : cue.first,
    last: source && source.last > cue.last ? source.last : cue.last
  }
}

/**
 * Whether a token in `[from, to]` belongs to another attribution's source or
 * cue (with `role`, only to a run of that role).
 */
function barrier(claimed: Uint8Array, from: number, to: number, role = 0): boolean {
  for (let i = from; i <= to; i++) if (claimed[i] !== 0 && (role === 0 || claimed[i] === role)) return true
  return false
}

/** `barrier`, not counting tokens of the runs `besides`. */
function barrierBesides(claimed: Uint8Array, from: number, to: number, besides: Run[]): boolean {
  for (let i = from; i <= to; i++) {
    if (claimed[i] !== 0 && !besides.some((run) => run.first <= i && i <= run.last)) return true
  }

  return false
}

/** Whether a quotation mark stands in `[from, to]`, not counting a title's (“Inside Edition”). */
function quoteInside(quotes: QuoteMarks, from: number, to: number, doc: Document): boolean {
  for (let i = from; i <= to; i++) {
    if (quotes.mark[i] === 0) continue
    // A title in quote marks (“Meet the Press”) is words of the sentence, no quotation.
    const close = quotes.partner[i]
    if (quotes.mark[i] === 1 && close > i && close <= to && isTitle(doc, i + 1, close - 1)) {
      i = close
      continue
    }

    return true
  }

  return false
}

/** The content run starting right after cue run `r`, extended over nested attributions. */
export function contentAfter(runs: Run[], r: number, tokens: Tokens, source: Run | null = null): Run | null {
  // "According to the poll, Trump leads": the content follows the source
  // that follows the cue.
  if (source && runs[r + 1] === source) r++
  const cue = runs[r]
  const next = runs[r + 1]
  if (!next || next.role !== CONTENT) return null
  const paragraph = tokens[cue.last].paragraph
  // Untagged words may stand between in the same sentence: the addressee
  // and adjuncts ("told the UNSC on Wednesday that …"). A content that opens
  // with a comma is the tail of a clause ("…,” he said, referring to …").
  // A that-clause may stand further off, past a long addressee ("is telling
  // customers at a popular Manchester, New Hampshire, breakfast spot that").
  const reach = tokens[next.first].lower === 'that' ? MAX_THAT_GAP : MAX_CONTENT_GAP
  if (next.first - cue.last > reach || tokens[next.first].sentence !== tokens[cue.last].sentence) return null
  // Nor past a participial clause: "“…,” Carson tells Breitbart News,
  // responding to the news that …" — that clause is the participle's.
  for (let i = cue.last + 1; i + 1 < next.first; i++) {
    if (tokens[i].text === ',' && isParticiple(tokens[i + 1])) return null
  }
  // But "He added, “…”": a comma before an opening quotation mark is the
  // frame's, and the quotation the content; not for a frame set off by
  // commas inside its sentence ("The club, Ms. Tanzer said, “is …”"),
  // whose content is the sentence around it.
  let first = next.first
  if (tokens[first].text === ',') {
    if (first === next.last || !isOpeningQuote(tokens[first + 1].text)) return null
    const frameFirst = source && source.first < cue.first ? source.first : cue.first
    if (frameFirst > 0 && tokens[frameFirst - 1].text === ',' && tokens[frameFirst - 1].sentence === tokens[frameFirst].sentence) return null
    first++
  }

  let last = next.last
  let j = r + 2
  // Run on through contiguous runs as long as content follows them: that is
  // a nested attribution inside this content. Not into the next sentence:
  // an attribution opening a sentence is the next report, not a nested one
  // (a quotation that runs on is extended to its closing mark elsewhere).
  while (j < runs.length && runs[j].first === last + 1 && tokens[runs[j].first].sentence === tokens[last].sentence && !COORDINATORS.has(tokens[last].lower)) {
    let k = j
    while (k < runs.length && runs[k].role !== CONTENT && runs[k].first === (k === j ? last + 1 : runs[k - 1].last + 1)) k++
    if (k < runs.length && runs[k].role === CONTENT && runs[k].first === runs[k - 1].last + 1 && tokens[runs[k].last].paragraph === paragraph) {
      last = runs[k].last
      j = k + 1
    } else {
      break
    }
  }

  return {role: CONTENT, first, last}
}

/** Words a sibling attribution follows (", another says …", "; officials said …"): not a nested one. */
const COORDINATORS = new Set([',', ';', 'and', 'but', 'while', 'whereas'])

/** How far a content may start after its cue, in tokens; a that-clause further. */
const MAX_CONTENT_GAP = 10
const MAX_THAT_GAP = 20

/** The content run right before the cue (or before its source when the source precedes it). */
export function contentBefore(runs: Run[], r: number, source: Run | null, tokens: Tokens, quotes: QuoteMarks): Run | null {
  let anchor = runs[r].first
  let j = r - 1
  if (source && source.last < anchor && j >= 0 && runs[j] === source) {
    anchor = source.first
    j--
  }

  if (j < 0) return null
  // Inverted cue: "…,” said Leff" — the source follows; skip nothing.
  const previous = runs[j]
  if (previous.role !== CONTENT) return null
  if (tokens[previous.last].paragraph !== tokens[anchor].paragraph) return null
  // A content in the sentence before serves this frame only across a
  // closing quotation mark (“….” he said), not a full stop of prose.
  if (tokens[previous.last].sentence !== tokens[anchor].sentence && !closingMarkBetween(quotes, previous.last, anchor)) return null
  // "… in Ukraine in a matter of months, researchers have told": when a
  // comma sets the frame off, the untagged words of the same sentence
  // before it are the content's tail.
  let last = previous.last
  if (anchor - previous.last > 3) {
    const framed = anchor > 0 && tokens[anchor - 1].text === ','
    if (!framed || anchor - previous.last > MAX_UNTAGGED_TAIL || tokens[previous.last].sentence !== tokens[anchor].sentence) return null
    last = anchor - 2
  }

  // Merge content runs separated by nothing (a B right after an I), in one
  // sentence: across sentences they are two claims (spans.ts splits them).
  let first = previous.first
  while (j - 1 >= 0 && runs[j - 1].role === CONTENT && runs[j - 1].last + 1 === first && tokens[runs[j - 1].first].paragraph === tokens[anchor].paragraph && tokens[runs[j - 1].last].sentence === tokens[first].sentence) {
    j--
    first = runs[j].first
  }

  return {role: CONTENT, first, last}
}

/** How many untagged words may stand between a content and the comma before its frame. */
const MAX_UNTAGGED_TAIL = 12

/**
 * “A,” she said. “B.” — a quotation interrupted by its frame is one
 * content, from the first opening quote to the last closing one (PolNeAR
 * annotates the two parts as one discontinuous span).
 */
export function joinInterruptedQuote(doc: Document, attribution: RunAttribution, quotes: QuoteMarks, claimed: Uint8Array, asides: Run[] = []): Run {
  const tokens = doc.tokens
  const content = attribution.content!
  const cue = attribution.cue
  const source = attribution.source
  const {first: frameFirst, last: frameLast} = frameOf(cue, source)
  const paragraph = tokens[cue.first].paragraph

  // A question asked and the answer after its frame are two speakers' words
  // (“Q?” the reporter asked. “A.”); a speaker who puts a question and
  // answers it (“Q?” Sanders replied. “A.”) speaks on.
  if (content.last < frameFirst && closesQuote(doc, content.last, quotes) && !(asksQuestion(doc, content.last, frameFirst) && runHasWord(doc, cue, questionVerbs()))) {
    // Left part found: look for a quotation opening right after the frame,
    // or opening the next sentence when the frame's sentence runs on with
    // no quotation of its own ("…,” Leff said, referring to the tests. “…").
    let i = frameLast + 1
    while (i < tokens.length && tokens[i].kind === 'punctuation' && quotes.mark[i] === 0 && i - frameLast <= 2) i++
    // “A,” Trumka said in March, “B.”: a short circumstance before the rest.
    if (i < tokens.length && tokens[i].kind === 'word' && claimed[i] === 0) {
      let j = i
      while (j < tokens.length && j - i < MAX_CIRCUMSTANCE && tokens[j].kind === 'word' && claimed[j] === 0) j++
      if (j + 1 < tokens.length && tokens[j].text === ',' && quotes.mark[j + 1] === 1) i = j + 1
    }

    if (i < tokens.length && quotes.mark[i] !== 1) {
      // The rest of the sentence may be the speaker's own aside, an
      // attribution of the same source ("…,” Mr. Hedge said, referring to
      // the two resorts. “…”), but no one else's.
      const end = doc.sentences[tokens[frameLast].sentence].endToken
      if (!quoteInside(quotes, frameLast + 1, end - 1, doc) && !barrierBesides(claimed, frameLast + 1, end - 1, asides)) i = end
    }

    if (i < tokens.length && quotes.mark[i] === 1 && tokens[i].paragraph === paragraph && claimed[i] === 0) {
      const close = quotes.partner[i]
      if (close > i && !barrier(claimed, i, close)) return {role: CONTENT, first: content.first, last: close}
    }
  } else if (content.last < frameFirst && !asksQuestion(doc, content.last, frameFirst)) {
    // “… in the 2008 primary, said Paul Beck. “That was more her
    // constituency.”: a sentence that is one quotation, right after a frame
    // that ends its sentence, is the same speaker going on.
    const sentence = tokens[frameLast].sentence
    const end = doc.sentences[sentence].endToken
    let only = true
    for (let i = frameLast + 1; i < end && only; i++) if (tokens[i].kind !== 'punctuation' || quotes.mark[i] !== 0) only = false
    const next = doc.sentences[sentence + 1]
    if (only && next && tokens[next.firstToken].paragraph === paragraph && quotes.mark[next.firstToken] === 1 && claimed[next.firstToken] === 0) {
      const close = quotes.partner[next.firstToken]
      if (close > next.firstToken && close >= next.endToken - 2 && !barrier(claimed, next.firstToken, close)) return {role: CONTENT, first: content.first, last: close}
    }
  } else if (content.first > frameLast && opensQuote(doc, content.first, quotes)) {
    // Right part found: look for a quotation closing right before the frame,
    // in the frame's sentence (“A,” she said, “B.”; after “A.” she said,
    // “B.” the speaker starts anew).
    let i = frameFirst - 1
    while (i >= 0 && tokens[i].kind === 'punctuation' && quotes.mark[i] === 0 && frameFirst - i <= 2) i--
    if (i >= 0 && quotes.mark[i] === 2 && tokens[i].paragraph === paragraph && tokens[i].sentence === tokens[frameFirst].sentence) {
      const open = quotes.partner[i]
      if (open !== -1 && open < i && !barrier(claimed, open, i)) return {role: CONTENT, first: open, last: content.last}
    }
  }

  return content
}

/**
 * Whether a content that ends at `last` ends a quotation: at its closing
 * quote, or just before it (the tagger and PolNeAR's annotators mostly
 * leave the marks and the comma before them out).
 */
function closesQuote(doc: Document, last: number, quotes: QuoteMarks): boolean {
  const tokens = doc.tokens
  for (let i = last; i < tokens.length && i <= last + 2; i++) {
    if (quotes.mark[i] === 2) return true
    if (i > last && (tokens[i].kind === 'word' || quotes.mark[i] !== 0)) return false
  }

  return false
}

/** Words of a circumstance between a frame and the rest of its quotation ("said in March, “…”"). */
const MAX_CIRCUMSTANCE = 5

/** Whether a word of `run` (lower case) is in `words`: "asked" in a cue, for one. */
export function runHasWord(doc: Document, run: Run, words: Set<string>): boolean {
  for (let i = run.first; i <= run.last; i++) if (words.has(doc.tokens[i].lower)) return true
  return false
}

/** Whether a question mark stands between the end of a content and its frame. */
function asksQuestion(doc: Document, last: number, frameFirst: number): boolean {
  // The content may end at its closing quote, right after the mark.
  for (let i = Math.max(0, last - 1); i < frameFirst; i++) if (doc.tokens[i].text === '?') return true
  return false
}

/** Whether a content that starts at `first` opens a quotation (after any stray punctuation, or right after its opening quote). */
export function opensQuote(doc: Document, first: number, quotes: QuoteMarks): boolean {
  const tokens = doc.tokens
  if (first > 0 && quotes.mark[first - 1] === 1) return true
  for (let i = first; i < tokens.length && i <= first + 2; i++) {
    if (quotes.mark[i] === 1) return true
    if (tokens[i].kind === 'word' || quotes.mark[i] !== 0) return false
  }

  return false
}

/** Whether a closing quotation mark stands in `[from, to)`. */
function closingMarkBetween(quotes: QuoteMarks, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (quotes.mark[i] === 2) return true
  return false
}
