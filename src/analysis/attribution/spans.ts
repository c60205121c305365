/**
 * From tags to attributions: group B/I runs into spans and attach to every
 * cue run the source run and the content run that belong to it.
 *
 * The tagger only says which tokens are source, cue or content; which
 * source goes with which cue is decided here, deterministically:
 *
 * - a source run belongs to the nearest cue run in its sentence;
 * - content follows the cue when a content run starts right after it
 *   ("said that …", "told the council: “…”"), running on through nested
 *   attributions ("reported that the NIS said that …"); otherwise it is the
 *   content run right before the cue or its source ("“…,” Leff told").
 */
import type {Document} from '../document.js'
import {roleOf, isBegin} from './labels.js'

export const SOURCE = 1
export const CUE = 2
export const CONTENT = 3

/** A run of tokens with the same role, `[first, last]` inclusive. */
export interface Run {
  role: number
  first: number
  last: number
}

/** An attribution as token runs. */
export interface RunAttribution {
  cue: Run
  source: Run | null
  content: Run | null
}

/** Group per-token labels of the whole document into runs. */
export function labelRuns(labels: Uint8Array, n: number): Run[] {
  const runs: Run[] = []
  let current: Run | null = null
  for (let i = 0; i < n; i++) {
    const role = roleOf(labels[i])
    if (role === 0) {
      current = null
      continue
    }

    if (current && current.role === role && !isBegin(labels[i])) {
      current.last = i
    } else {
      current = {role, first: i, last: i}
      runs.push(current)
    }
  }

  return runs
}

/** Attach sources and contents to cues. */
export function attachRuns(doc: Document, runs: Run[], quotes: QuoteMarks): RunAttribution[] {
  const tokens = doc.tokens
  const cues: number[] = []
  for (let r = 0; r < runs.length; r++) if (runs[r].role === CUE) cues.push(r)
  const result: RunAttribution[] = cues.map((r) => ({cue: runs[r], source: null, content: null}))
  if (cues.length === 0) return result

  // Sources: to the nearest cue of the same sentence, left or right.
  const sourceDistance = result.map(() => Infinity)
  let c = 0
  for (const run of runs) {
    if (run.role !== SOURCE) continue
    while (c + 1 < cues.length && runs[cues[c + 1]].first < run.first) c++
    let best = -1
    let bestDistance = Infinity
    for (const k of [c, c + 1]) {
      if (k >= cues.length) continue
      const cue = runs[cues[k]]
      if (tokens[cue.first].sentence !== tokens[run.first].sentence && tokens[cue.first].sentence !== tokens[run.last].sentence) continue
      const distance = cue.first > run.last ? cue.first - run.last : run.first - cue.last
      // Sources precede their cue far more often than they follow it.
      const weighted = cue.first > run.last ? distance : distance + 1.5
      if (weighted < bestDistance) {
        bestDistance = weighted
        best = k
      }
    }

    if (best !== -1 && bestDistance < sourceDistance[best]) {
      sourceDistance[best] = bestDistance
      result[best].source = run
    }
  }

  // A source can serve several cues ("he said … and added …"): a cue left
  // without one takes the nearest source run before it in its sentence.
  let lastSource: Run | null = null
  let k = 0
  for (const run of runs) {
    if (run.role === SOURCE) lastSource = run
    else if (run.role === CUE) {
      if (!result[k].source && lastSource && tokens[lastSource.last].sentence === tokens[run.first].sentence) result[k].source = lastSource
      k++
    }
  }

  const claimed = roleArray(runs, tokens.length)
  for (let k = 0; k < cues.length; k++) {
    const r = cues[k]
    const after = contentAfter(runs, r, tokens)
    if (after) {
      result[k].content = extendRight(doc, after, claimed, quotes)
      continue
    }

    const before = contentBefore(runs, r, result[k].source, tokens)
    result[k].content = before ? extendLeft(doc, before, claimed, quotes, closesSentence(doc, runs[r], result[k].source)) : null
  }

  for (const attribution of result) {
    if (attribution.content) attribution.content = joinInterruptedQuote(doc, attribution, quotes, claimed)
  }

  absorbAppositions(doc, result, claimed)
  return result
}

/**
 * “A,” she said. “B.” — a quotation interrupted by its frame is one
 * content, from the first opening quote to the last closing one (PolNeAR
 * annotates the two parts as one discontinuous span).
 */
function joinInterruptedQuote(doc: Document, attribution: RunAttribution, quotes: QuoteMarks, claimed: Uint8Array): Run {
  const tokens = doc.tokens
  const content = attribution.content!
  const cue = attribution.cue
  const source = attribution.source
  const frameFirst = source && source.first < cue.first ? source.first : cue.first
  const frameLast = source && source.last > cue.last ? source.last : cue.last
  const paragraph = tokens[cue.first].paragraph

  if (content.last < frameFirst && quotes.mark[content.last] === 2) {
    // Left part found: look for a quotation opening right after the frame.
    let i = frameLast + 1
    while (i < tokens.length && tokens[i].kind === 'punctuation' && quotes.mark[i] === 0 && i - frameLast <= 2) i++
    if (i < tokens.length && quotes.mark[i] === 1 && tokens[i].paragraph === paragraph && claimed[i] === 0) {
      const close = quotes.partner[i]
      if (close > i && !hasClaim(claimed, i, close)) return {role: CONTENT, first: content.first, last: close}
    }
  } else if (content.first > frameLast && quotes.mark[content.first] === 1) {
    // Right part found: look for a quotation closing right before the frame.
    let i = frameFirst - 1
    while (i >= 0 && tokens[i].kind === 'punctuation' && quotes.mark[i] === 0 && frameFirst - i <= 2) i--
    if (i >= 0 && quotes.mark[i] === 2 && tokens[i].paragraph === paragraph) {
      const open = quotes.partner[i]
      if (open !== -1 && open < i && !hasClaim(claimed, open, i)) return {role: CONTENT, first: open, last: content.last}
    }
  }

  return content
}

function hasClaim(claimed: Uint8Array, from: number, to: number): boolean {
  for (let i = from; i <= to; i++) if (claimed[i] !== 0) return true
  return false
}

type Tokens = Document['tokens']

/**
 * The tagger sometimes loses a long apposition: "Jonah Leff, [head of …,
 * which] [traces …, including Russia’s war on Ukraine,]S told …" gives a
 * source that is only the apposition's tail. When the sentence opens with
 * a name and a comma, and nothing between that comma and the source belongs
 * to another attribution, the source is the whole subject (as PolNeAR
 * annotates it: name, apposition and all).
 */
function absorbAppositions(doc: Document, result: RunAttribution[], claimed: Uint8Array): void {
  const tokens = doc.tokens
  const used = new Uint8Array(tokens.length)
  for (const attribution of result) {
    const content = attribution.content
    if (content) used.fill(1, content.first, content.last + 1)
  }

  for (const attribution of result) {
    const source = attribution.source
    if (!source || source.last >= attribution.cue.first) continue
    const start = doc.sentences[tokens[source.first].sentence].firstToken
    // "Jonah Leff ,": one to four capitalised words and a comma.
    let comma = start
    while (comma < source.first && tokens[comma].kind === 'word' && isCapitalised(tokens[comma].text)) comma++
    if (comma === start || comma - start > 4 || comma >= source.first - 1 || tokens[comma].text !== ',') continue
    // Only an apposition the tagger dropped: at least three words, none
    // claimed by another attribution.
    let free = true
    for (let i = comma + 1; i < source.first && free; i++) if (claimed[i] !== 0 || used[i] !== 0) free = false
    if (!free || source.first - comma < 4) continue
    // A real subject opens with a capital, a determiner or a pronoun; a run
    // that opens with any other lower-case word is a tail ("traces weapons").
    const opener = tokens[source.first]
    if (opener.kind !== 'word' || isCapitalised(opener.text) || SUBJECT_OPENERS.has(opener.lower)) continue
    attribution.source = {role: SOURCE, first: start, last: source.last}
  }
}

const SUBJECT_OPENERS = new Set([
  'the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'this', 'that', 'these', 'those', 'some', 'many',
  'most', 'several', 'two', 'three', 'both', 'all', 'other', 'another', 'one', 'he', 'she', 'they', 'we', 'i', 'you',
  'it', 'who', 'which', 'officials', 'critics', 'experts', 'analysts', 'aides', 'sources', 'people'
])

function isCapitalised(text: string): boolean {
  const code = text.charCodeAt(0)
  return code >= 65 && code <= 90
}

/** Where double quotes open and close: for each token, the index of its partner quote (-1 if none). */
export interface QuoteMarks {
  partner: Int32Array
  /** 1 opening quote, 2 closing quote, 0 other. */
  mark: Uint8Array
}

/** Per-token role of the source and cue runs (content runs are not barriers). */
function roleArray(runs: Run[], n: number): Uint8Array {
  const roles = new Uint8Array(n)
  for (const run of runs) {
    if (run.role === CONTENT) continue
    for (let i = run.first; i <= run.last; i++) roles[i] = run.role
  }

  return roles
}

/**
 * The tagger finds where content starts well but often stops early; a
 * content clause runs to the end of its sentence, or to its closing quote,
 * unless another attribution's source or cue comes first.
 */
function extendRight(doc: Document, run: Run, claimed: Uint8Array, quotes: QuoteMarks): Run {
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
  if (end > last && tokens[last + 1].kind === 'word' && !barrier(claimed, last + 1, end) && !quoteInside(quotes, last + 1, end)) last = end
  return {role: CONTENT, first: run.first, last}
}

/** Content before a postposed cue starts at its opening quote or at the start of its sentence. */
function extendLeft(doc: Document, run: Run, claimed: Uint8Array, quotes: QuoteMarks, postposed: boolean): Run {
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
  if (tokens[run.first - 1].kind === 'word' && !barrier(claimed, start, run.first - 1) && !quoteInside(quotes, start, run.first - 1)) return {role: CONTENT, first: start, last: run.last}
  return run
}

/** Whether only punctuation follows the cue (and a source after it) in its sentence. */
function closesSentence(doc: Document, cue: Run, source: Run | null): boolean {
  const tokens = doc.tokens
  const last = source && source.last > cue.last ? source.last : cue.last
  const end = doc.sentences[tokens[last].sentence].endToken
  for (let i = last + 1; i < end; i++) if (tokens[i].kind === 'word') return false
  return true
}

function barrier(claimed: Uint8Array, from: number, to: number): boolean {
  for (let i = from; i <= to; i++) if (claimed[i] !== 0) return true
  return false
}

function quoteInside(quotes: QuoteMarks, from: number, to: number): boolean {
  for (let i = from; i <= to; i++) if (quotes.mark[i] !== 0) return true
  return false
}

/** The content run starting right after cue run `r`, extended over nested attributions. */
function contentAfter(runs: Run[], r: number, tokens: Tokens): Run | null {
  const cue = runs[r]
  const next = runs[r + 1]
  if (!next || next.role !== CONTENT) return null
  const paragraph = tokens[cue.last].paragraph
  // Untagged words may stand between in the same sentence: the addressee
  // and adjuncts ("told the UNSC on Wednesday that …"). A content that opens
  // with a comma is the tail of a clause ("…,” he said, referring to …").
  if (next.first - cue.last > 10 || tokens[next.first].sentence !== tokens[cue.last].sentence) return null
  if (tokens[next.first].text === ',') return null
  let last = next.last
  let j = r + 2
  // Run on through contiguous runs as long as content follows them: that is
  // a nested attribution inside this content.
  while (j < runs.length && runs[j].first === last + 1 && tokens[runs[j].first].paragraph === paragraph) {
    let k = j
    while (k < runs.length && runs[k].role !== CONTENT && runs[k].first === (k === j ? last + 1 : runs[k - 1].last + 1)) k++
    if (k < runs.length && runs[k].role === CONTENT && runs[k].first === runs[k - 1].last + 1 && tokens[runs[k].last].paragraph === paragraph) {
      last = runs[k].last
      j = k + 1
    } else {
      break
    }
  }

  return {role: CONTENT, first: next.first, last}
}

/** The content run right before the cue (or before its source when the source precedes it). */
function contentBefore(runs: Run[], r: number, source: Run | null, tokens: Tokens): Run | null {
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
  if (anchor - previous.last > 3 || tokens[previous.last].paragraph !== tokens[anchor].paragraph) return null
  // Merge content runs separated by nothing (a B right after an I).
  let first = previous.first
  while (j - 1 >= 0 && runs[j - 1].role === CONTENT && runs[j - 1].last + 1 === first && tokens[runs[j - 1].first].paragraph === tokens[anchor].paragraph) {
    j--
    first = runs[j].first
  }

  return {role: CONTENT, first, last: previous.last}
}
