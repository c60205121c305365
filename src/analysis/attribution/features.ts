/**
 * Features of the attribution tagger, as hashed integer ids.
 *
 * Everything a feature needs about a token is computed once per token as
 * integers (a hash of its lower-cased text, of its last three letters, a
 * shape class, lexicon membership, quote state, distance to the nearest cue
 * word); features are then hashes of (template, value, value) triples into a
 * fixed table, so the hot loop has no string work and no map look-ups.
 */
import type {Document} from '../document.js'

/** Number of rows of the weight table (a power of two). */
export const FEATURE_BITS = 18
export const FEATURE_COUNT = 1 << FEATURE_BITS
const MASK = FEATURE_COUNT - 1

/** Features per token (fixed, so a paragraph's features are one flat array). */
export const FEATURES_PER_TOKEN = 30
/** Features per token of the second stage: the first stage's plus its labels. */
export const STAGE2_FEATURES_PER_TOKEN = 38

/** Shape classes. */
const LOWER = 1
const CAPITALISED = 2
const UPPER = 3
const DIGIT = 4
const MIXED = 5
const PUNCTUATION = 6
const OPEN_QUOTE = 7
const CLOSE_QUOTE = 8
const SYMBOL = 9

/** Quote state of a token. */
const OUTSIDE = 0
const OPENING = 1
const INSIDE = 2
const CLOSING = 3

/** Per-token integer attributes of a whole document. */
export interface TokenAttributes {
  word: Int32Array
  suffix: Int32Array
  shape: Uint8Array
  /** 1 when the token is in the cue lexicon. */
  cue: Uint8Array
  quote: Uint8Array
  /** 1 when the token is a comma (the cue scans count them, both stages). */
  comma: Uint8Array
  /** Bucketed distance to the nearest cue word left / right in the sentence (0: none). */
  cueLeft: Uint8Array
  cueRight: Uint8Array
  /** Word hash of that nearest cue word left / right (0: none). */
  cueLeftWord: Int32Array
  cueRightWord: Int32Array
  /** Commas (capped at 3) and quote marks (×4) between the token and that cue, left / right. */
  cueLeftGap: Uint8Array
  cueRightGap: Uint8Array
  /** Position in sentence: 1 first, 2 last, 3 both, 0 inside. */
  edge: Uint8Array
  /** First-stage labels, for the second (stacked) stage; `null` in the first. */
  stage1: Uint8Array | null
  /**
   * Second stage only: the first-stage label right after the nearest cue on
   * the left, and right before the nearest cue on the right — the shape of
   * the frame ("SOURCE cue CONTENT" or "CONTENT, SOURCE cue").
   */
  frameLeft: Uint8Array | null
  frameRight: Uint8Array | null
}

/** Compute token attributes for `doc`. */
export function tokenAttributes(doc: Document, cueWords: Set<string>): TokenAttributes {
  const tokens = doc.tokens
  const n = tokens.length
  const word = new Int32Array(n)
  const suffix = new Int32Array(n)
  const shape = new Uint8Array(n)
  const cue = new Uint8Array(n)
  const quote = new Uint8Array(n)
  const comma = new Uint8Array(n)
  const cueLeft = new Uint8Array(n)
  const cueRight = new Uint8Array(n)
  const edge = new Uint8Array(n)
  const cueLeftWord = new Int32Array(n)
  const cueRightWord = new Int32Array(n)
  const cueLeftGap = new Uint8Array(n)
  const cueRightGap = new Uint8Array(n)

  let inside = false
  let paragraph = -1
  for (let i = 0; i < n; i++) {
    const token = tokens[i]
    const lower = token.lower
    word[i] = hashString(lower, 0)
    suffix[i] = hashString(lower, lower.length > 3 ? lower.length - 3 : 0)
    const kind = quoteKind(token.text)
    shape[i] = token.kind === 'word' ? wordShape(token.text) : kind === 1 ? OPEN_QUOTE : kind === 2 ? CLOSE_QUOTE : kind === 3 ? (inside ? CLOSE_QUOTE : OPEN_QUOTE) : token.kind === 'punctuation' ? PUNCTUATION : SYMBOL
    if (cueWords.has(lower)) cue[i] = 1
    if (token.text.length === 1 && token.text.charCodeAt(0) === 44) comma[i] = 1

    // Quotes do not run on across paragraphs for the tagger's purposes; a
    // paragraph that opens a quote without closing it is handled by spans.ts.
    if (token.paragraph !== paragraph) {
      paragraph = token.paragraph
      inside = false
    }

    if (shape[i] === OPEN_QUOTE) {
      quote[i] = OPENING
      inside = true
    } else if (shape[i] === CLOSE_QUOTE) {
      quote[i] = CLOSING
      inside = false
    } else {
      quote[i] = inside ? INSIDE : OUTSIDE
    }
  }

  for (const sentence of doc.sentences) {
    edge[sentence.firstToken] |= 1
    edge[sentence.endToken - 1] |= 2
  }

  const attributes: TokenAttributes = {word, suffix, shape, cue, quote, comma, cueLeft, cueRight, cueLeftWord, cueRightWord, cueLeftGap, cueRightGap, edge, stage1: null, frameLeft: null, frameRight: null}
  fillCueContext(doc, attributes, 0, doc.sentences.length)
  return attributes
}

/**
 * The same attributes with other cue positions: the second stage sees where
 * the first stage put cues instead of where lexicon words are.
 */
export function withCues(doc: Document, base: TokenAttributes, cue: Uint8Array, stage1: Uint8Array): TokenAttributes {
  const attributes = stackedShell(base, cue, stage1)
  fillCueContext(doc, attributes, 0, doc.sentences.length)
  return attributes
}

/**
 * The second stage's attributes with their cue context still empty: filled
 * sentence by sentence by `fillCueContext`, as `cue` and `stage1` get their
 * values (the tagger runs both stages a paragraph at a time).
 */
export function stackedShell(base: TokenAttributes, cue: Uint8Array, stage1: Uint8Array): TokenAttributes {
  const n = cue.length
  return {
    ...base,
    cue,
    cueLeft: new Uint8Array(n),
    cueRight: new Uint8Array(n),
    cueLeftWord: new Int32Array(n),
    cueRightWord: new Int32Array(n),
    frameLeft: new Uint8Array(n),
    frameRight: new Uint8Array(n),
    cueLeftGap: new Uint8Array(n),
    cueRightGap: new Uint8Array(n),
    stage1
  }
}

/**
 * Distances, words and gaps to the nearest cue left and right, per sentence,
 * for sentences `[firstSentence, endSentence)`: each sentence reads only its
 * own tokens' `cue` and `stage1`.
 */
export function fillCueContext(doc: Document, attributes: TokenAttributes, firstSentence: number, endSentence: number): void {
  const {cueLeft, cueRight, cueLeftWord, cueRightWord, cueLeftGap, cueRightGap, frameLeft, frameRight} = attributes
  for (let s = firstSentence; s < endSentence; s++) {
    const sentence = doc.sentences[s]
    scanCues(attributes, sentence, 1, cueLeft, cueLeftWord, cueLeftGap, frameLeft)
    scanCues(attributes, sentence, -1, cueRight, cueRightWord, cueRightGap, frameRight)
  }
}

/**
 * One direction of `fillCueContext`: walk `sentence` forwards (`step` 1,
 * the nearest cue on the left) or backwards (−1, on the right), filling the
 * distance, word, gap and (second stage) frame label of the nearest cue
 * behind each token. The frame label is the first-stage label next to that
 * cue on the token's side.
 */
function scanCues(
  attributes: TokenAttributes,
  sentence: Document['sentences'][number],
  step: 1 | -1,
  distance: Uint8Array,
  cueWord: Int32Array,
  gap: Uint8Array,
  frame: Uint8Array | null
): void {
  const {word, cue, quote, comma, stage1} = attributes
  const from = step === 1 ? sentence.firstToken : sentence.endToken - 1
  const to = step === 1 ? sentence.endToken : sentence.firstToken - 1
  let last = -1
  let commas = 0
  let quotes = 0
  for (let i = from; i !== to; i += step) {
    if (last !== -1) {
      distance[i] = bucket((i - last) * step)
      cueWord[i] = word[last]
      if (stage1 && frame) {
        const next = last + step
        frame[i] = next >= sentence.firstToken && next < sentence.endToken ? stage1[next] : 15
      }

      gap[i] = Math.min(commas, 3) | (Math.min(quotes, 3) << 2)
    }

    if (cue[i]) {
      last = i
      commas = 0
      quotes = 0
    } else if (comma[i]) commas++
    else if (quote[i] === OPENING || quote[i] === CLOSING) quotes++
  }
}

/**
 * Fill `out` (length ≥ (end - first) × features per token) with the feature
 * ids of tokens `[first, end)`, a paragraph: FEATURES_PER_TOKEN of them, or
 * STAGE2_FEATURES_PER_TOKEN when `attributes.stage1` is set.
 *
 * The templates are written in four passes over the paragraph rather than
 * one: V8 inlines only so much into one function, and with all 38 `mix`
 * calls in one loop most stayed calls (8 of 30 inlined); in passes of at
 * most twelve, all are inlined (stage-1 features about −28 % here).
 */
export function paragraphFeatures(attributes: TokenAttributes, first: number, end: number, out: Int32Array): void {
  const perToken = attributes.stage1 ? STAGE2_FEATURES_PER_TOKEN : FEATURES_PER_TOKEN
  wordFeatures(attributes, first, end, out, perToken)
  shapeFeatures(attributes, first, end, out, perToken)
  cueFeatures(attributes, first, end, out, perToken)
  if (attributes.stage1) stackedFeatures(attributes, first, end, out, perToken)
}

const BOUNDARY = 0x5bd1e995

/** Templates 0–8, 11, 12, 19: the words and suffixes around the token. */
function wordFeatures(attributes: TokenAttributes, first: number, end: number, out: Int32Array, perToken: number): void {
  const {word, suffix} = attributes
  for (let i = first, k = 0; i < end; i++, k += perToken) {
    const w0 = word[i]
    const wm1 = i - 1 >= first ? word[i - 1] : BOUNDARY
    const wm2 = i - 2 >= first ? word[i - 2] : BOUNDARY
    const wp1 = i + 1 < end ? word[i + 1] : BOUNDARY
    const wp2 = i + 2 < end ? word[i + 2] : BOUNDARY
    out[k] = mix(0, 0, 0)
    out[k + 1] = mix(1, wm2, 0)
    out[k + 2] = mix(2, wm1, 0)
    out[k + 3] = mix(3, w0, 0)
    out[k + 4] = mix(4, wp1, 0)
    out[k + 5] = mix(5, wp2, 0)
    out[k + 6] = mix(6, suffix[i], 0)
    out[k + 7] = mix(7, i - 1 >= first ? suffix[i - 1] : BOUNDARY, 0)
    out[k + 8] = mix(8, i + 1 < end ? suffix[i + 1] : BOUNDARY, 0)
    out[k + 11] = mix(11, wm1, w0)
    out[k + 12] = mix(12, w0, wp1)
    out[k + 19] = mix(19, wm1, wp1)
  }
}

/** Templates 9, 10, 13, 14, 18, 21: shapes, quote state and cue-lexicon words next to the token. */
function shapeFeatures(attributes: TokenAttributes, first: number, end: number, out: Int32Array, perToken: number): void {
  const {word, shape, cue, quote, edge} = attributes
  for (let i = first, k = 0; i < end; i++, k += perToken) {
    const s0 = shape[i]
    const sm1 = i - 1 >= first ? shape[i - 1] : 0
    const sp1 = i + 1 < end ? shape[i + 1] : 0
    const q = quote[i]
    const cues = (i - 1 >= first ? cue[i - 1] : 0) | (cue[i] << 1) | ((i + 1 < end ? cue[i + 1] : 0) << 2)
    out[k + 9] = mix(9, s0, q)
    out[k + 10] = mix(10, sm1 | (s0 << 4) | (sp1 << 8), q)
    out[k + 13] = mix(13, cues, s0)
    out[k + 14] = mix(14, word[i], q)
    out[k + 18] = mix(18, edge[i] | (q << 2), s0)
    out[k + 21] = mix(21, cues | (q << 3), sm1 | (sp1 << 4))
  }
}

/** Templates 15–17, 20, 22–29: the nearest cue on either side, its word and what stands between. */
function cueFeatures(attributes: TokenAttributes, first: number, end: number, out: Int32Array, perToken: number): void {
  const {word, shape, quote, cueLeft, cueRight, cueLeftWord, cueRightWord, cueLeftGap, cueRightGap} = attributes
  for (let i = first, k = 0; i < end; i++, k += perToken) {
    const w0 = word[i]
    const wm1 = i - 1 >= first ? word[i - 1] : BOUNDARY
    const wp1 = i + 1 < end ? word[i + 1] : BOUNDARY
    const s0 = shape[i]
    const q = quote[i]
    const left = cueLeft[i]
    const right = cueRight[i]
    out[k + 15] = mix(15, left | (right << 4), q)
    out[k + 16] = mix(16, left, s0)
    out[k + 17] = mix(17, right, s0)
    out[k + 20] = mix(20, left | (right << 4), w0)
    out[k + 22] = mix(22, wm1, right | (q << 4))
    out[k + 23] = mix(23, wp1, left | (q << 4))
    out[k + 24] = mix(24, cueLeftWord[i], left)
    out[k + 25] = mix(25, cueRightWord[i], right)
    out[k + 26] = mix(26, cueLeftGap[i] | (left << 4), cueRightGap[i] | (right << 4))
    out[k + 27] = mix(27, cueLeftWord[i], cueLeftGap[i] | (q << 4))
    out[k + 28] = mix(28, cueRightWord[i], cueRightGap[i] | (q << 4))
    out[k + 29] = mix(29, w0, cueLeftGap[i] | (cueRightGap[i] << 4))
  }
}

/** Templates 30–37 (second stage only): the first stage's labels around the token and at the frame. */
function stackedFeatures(attributes: TokenAttributes, first: number, end: number, out: Int32Array, perToken: number): void {
  const {word, shape, quote, cueLeft, cueRight, edge, frameLeft, frameRight} = attributes
  const stage1 = attributes.stage1!
  for (let i = first, k = 0; i < end; i++, k += perToken) {
    const s0 = shape[i]
    const q = quote[i]
    const left = cueLeft[i]
    const right = cueRight[i]
    const l0 = stage1[i]
    const lm1 = i - 1 >= first ? stage1[i - 1] : 15
    const lp1 = i + 1 < end ? stage1[i + 1] : 15
    const lm2 = i - 2 >= first ? stage1[i - 2] : 15
    const lp2 = i + 2 < end ? stage1[i + 2] : 15
    out[k + 30] = mix(30, l0, 0)
    out[k + 31] = mix(31, lm1 | (l0 << 4), lp1)
    out[k + 32] = mix(32, l0, word[i])
    out[k + 33] = mix(33, lm2 | (lm1 << 4), lp1 | (lp2 << 4))
    out[k + 34] = mix(34, l0 | (left << 4), right | (q << 4))
    out[k + 35] = mix(35, l0, s0 | (edge[i] << 4))
    out[k + 36] = mix(36, frameLeft![i] | (left << 4), l0 | (q << 4))
    out[k + 37] = mix(37, frameRight![i] | (right << 4), l0 | (q << 4))
  }
}

/** Hash a (template, a, b) triple into the table. */
function mix(template: number, a: number, b: number): number {
  let h = Math.imul(template + 1, 0x9e3779b1)
  h = Math.imul(h ^ a, 0x85ebca77)
  h ^= h >>> 15
  h = Math.imul(h ^ b, 0xc2b2ae3d)
  h ^= h >>> 13
  return h & MASK
}

/** FNV-1a over `value` from `from`. */
function hashString(value: string, from: number): number {
  let h = 0x811c9dc5
  for (let i = from; i < value.length; i++) {
    h = Math.imul(h ^ value.charCodeAt(i), 0x01000193)
  }

  return h | 0
}

function bucket(distance: number): number {
  return distance <= 3 ? distance : distance <= 6 ? 4 : distance <= 12 ? 5 : 6
}

/** 1 opening, 2 closing, 3 ambiguous (straight), 0 not a double quote. */
function quoteKind(text: string): number {
  // Two apostrophes: the New York Times' quotation mark, both ways.
  if (text === "''") return 3
  if (text.length !== 1) return 0
  const code = text.charCodeAt(0)
  if (code === 0x201c || code === 0xab || code === 0x201e) return 1
  if (code === 0x201d || code === 0xbb) return 2
  if (code === 0x22) return 3
  return 0
}

function wordShape(text: string): number {
  const first = text.charCodeAt(0)
  if (first >= 48 && first <= 57) return DIGIT
  let upper = 0
  let lower = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c >= 65 && c <= 90) upper++
    else if (c >= 97 && c <= 122) lower++
  }

  if (upper === 0) return LOWER
  if (lower === 0) return upper > 1 ? UPPER : CAPITALISED
  const firstUpper = first >= 65 && first <= 90
  return firstUpper ? CAPITALISED : MIXED
}

/** Whether a token's shape is an opening / closing double quote. */
export function isOpenQuoteShape(shape: number): boolean {
  return shape === OPEN_QUOTE
}

export function isCloseQuoteShape(shape: number): boolean {
  return shape === CLOSE_QUOTE
}
