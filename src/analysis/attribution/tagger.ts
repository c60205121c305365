/**
 * A linear-chain tagger: emission weights per (feature, label), transition
 * weights per (previous label, label), Viterbi decoding. Training (averaged
 * structured perceptron) lives in `bench/train.ts`; this module only scores.
 */
import {FEATURES_PER_TOKEN} from './features.js'
import {LABEL_COUNT, LABEL_STRIDE, O, isBegin} from './labels.js'

export interface TaggerWeights {
  /**
   * `FEATURE_COUNT × LABEL_STRIDE`, row-major by feature. The shipped model
   * keeps its quantised integers here (8 bits: a quarter of the memory
   * traffic of floats, and decoding is bound by it); training uses floats.
   * Transitions are in the same units.
   */
  emission: Float32Array | Int16Array | Int8Array
  /** `(LABEL_COUNT + 1) × LABEL_COUNT`; the last row is the start state. */
  transition: Float32Array
  /** Set on weights that never change (the shipped model), so derived tables can be cached. */
  frozen?: boolean
}

/** `allowedPenalty[p * L + l]`: 0 when BIO allows p → l, else −∞ (row L is the start). */
const allowedPenalty = new Float32Array((LABEL_COUNT + 1) * LABEL_COUNT)
for (let p = 0; p <= LABEL_COUNT; p++) {
  for (let l = 0; l < LABEL_COUNT; l++) {
    allowedPenalty[p * LABEL_COUNT + l] = allowed(p === LABEL_COUNT ? O : p, l) ? 0 : -Infinity
  }
}

/** Whether the label sequence `previous → label` is allowed by BIO. */
export function allowed(previous: number, label: number): boolean {
  if (label === O || isBegin(label)) return true
  // An inside label continues its own role only.
  return previous === label || previous === label - 1
}

/** Keeps the prefetching reads in `decode` observable, so they are not optimised away. */
export let prefetchSink = 0

/**
 * Tokens whose emission rows are touched together before they are summed.
 * The shipped tables are 2 MB a stage (4 MB side by side), so most rows
 * come from memory: a tight loop of independent reads keeps many misses in
 * flight at once (one token ahead, interleaved with the Viterbi step, kept
 * far fewer); 32 tokens' rows (under 80 kB) stay in the L2 cache until
 * they are summed.
 */
const TOUCH_BLOCK = 32

/** Back pointers, reused across calls (grown as needed). */
let back = new Int8Array(0)

/** Transitions with the BIO penalty folded in, per weights object. */
const folded = new WeakMap<TaggerWeights, Float32Array>()

function foldedTransitions(weights: TaggerWeights): Float32Array {
  let table = weights.frozen ? folded.get(weights) : undefined
  if (!table) {
    table = new Float32Array(weights.transition.length)
    for (let i = 0; i < table.length; i++) table[i] = weights.transition[i] + allowedPenalty[i]
    if (weights.frozen) folded.set(weights, table)
  }

  return table
}

/**
 * Where a frozen 8-bit stage's rows are in a packed table: feature `id`'s
 * two words start at `(id << shift) + offset`.
 */
interface Packing {
  table: Int32Array
  shift: number
  offset: number
}

/** 8-bit emissions as biased bytes, four to a 32-bit word, per weights object. */
const packings = new WeakMap<TaggerWeights, Packing>()

/**
 * The shipped (frozen, 8-bit) emission table as two words per feature row:
 * labels 0–3 in the first, 4–6 (and the stride's padding) in the second,
 * each weight stored as `weight + 128` in its byte. `null` for weights that
 * change (training) or are wider than 8 bits: those take the plain loop.
 */
function packedEmission(weights: TaggerWeights): Packing | null {
  if (!packable(weights)) return null
  let packing = packings.get(weights)
  if (!packing) {
    packTogether([weights])
    packing = packings.get(weights)!
  }

  return packing
}

function packable(weights: TaggerWeights): boolean {
  return Boolean(weights.frozen) && weights.emission instanceof Int8Array && LABEL_STRIDE === 8 && LABEL_COUNT === 7
}

/**
 * Pack the 8-bit emission tables of `stages` into one table, row by row:
 * feature `id`'s two words of every stage side by side (16 bytes for two
 * stages, in one cache line). The stages of a stacked tagger are asked for
 * the same feature ids (the second stage's first templates are the
 * first's), and the document's rows are mostly cold: side by side, the
 * second stage finds in the cache the lines the first stage fetched.
 * Weights that cannot be packed are left to the plain loop.
 */
export function packTogether(stages: TaggerWeights[]): void {
  const packed = stages.filter((weights) => packable(weights))
  if (packed.length === 0) return
  const rows = packed[0].emission.length / LABEL_STRIDE
  if (packed.some((weights) => weights.emission.length !== rows * LABEL_STRIDE)) throw new Error('vouch: stages of one tagger must have tables of one size')
  // Two words per stage and row, rounded up to a power of two.
  const shift = packed.length === 1 ? 1 : 32 - Math.clz32(packed.length * 2 - 1)
  const table = new Int32Array(rows << shift)
  for (const [index, weights] of packed.entries()) {
    const emission = weights.emission
    for (let r = 0; r < rows; r++) {
      for (let word = 0; word < 2; word++) {
        let value = 0
        for (let lane = 0; lane < 4; lane++) {
          const label = word * 4 + lane
          const weight = label < LABEL_COUNT ? emission[r * LABEL_STRIDE + label] : 0
          value |= (weight + 128) << (lane * 8)
        }

        table[(r << shift) + index * 2 + word] = value
      }
    }

    packings.set(weights, {table, shift, offset: index * 2})
  }
}

/**
 * Decode the best label sequence for `n` tokens whose features are in
 * `features` (n × `perToken`); write it to `labels` from index `at` (a
 * paragraph's first token: no view of the labels per paragraph).
 *
 * The label set is fixed (O, then B/I for source, cue, content), so the
 * Viterbi step is written out with the previous token's seven scores in
 * locals. Every score goes through `Math.fround`, exactly as it did when
 * it was stored in a `Float32Array` row, so the labels are bit-identical to
 * the straightforward loop (same sums, same order, same strict `>` ties).
 */
export function decode(
  weights: TaggerWeights,
  features: Int32Array,
  n: number,
  labels: Uint8Array,
  perToken: number = FEATURES_PER_TOKEN,
  at = 0
): void {
  if (LABEL_COUNT !== 7) throw new Error('vouch: the tagger decodes exactly seven labels')
  if (n === 0) return
  if (back.length < n * 7) back = new Int8Array(n * 7 * 2)
  const path = back
  const emission = weights.emission
  // A 16-bit lane holds the sum of up to 257 biased bytes (257 × 255 < 2^16).
  const packing = perToken <= 257 ? packedEmission(weights) : null
  const packed = packing ? packing.table : null
  const shift = packing ? packing.shift : 1
  const offset = packing ? packing.offset : 0
  const t = foldedTransitions(weights)
  // Packed lanes are biased by 128 per added weight; remove it once per sum.
  const bias = 128 * perToken
  // Scores of the previous token per label.
  let s0 = 0
  let s1 = 0
  let s2 = 0
  let s3 = 0
  let s4 = 0
  let s5 = 0
  let s6 = 0
  let touched = 0
  for (let i = 0; i < n; i++) {
    const base = i * perToken
    if (packed && i % TOUCH_BLOCK === 0) {
      const end = Math.min(n, i + TOUCH_BLOCK) * perToken
      for (let k = base; k < end; k++) touched |= packed[(features[k] << shift) + offset]
    }

    let e0 = 0
    let e1 = 0
    let e2 = 0
    let e3 = 0
    let e4 = 0
    let e5 = 0
    let e6 = 0
    if (packed) {
      // Two 32-bit reads per feature instead of seven: each mask splits a
      // word's four biased bytes into two 16-bit lanes, which cannot carry
      // into each other (at most 255 × features per lane). Integer sums,
      // so the totals are exactly those of the seven-read loop below.
      // Two features per iteration: V8 checks both typed arrays again on
      // every iteration, and pairs halve those checks.
      let even0 = 0
      let odd0 = 0
      let even1 = 0
      let odd1 = 0
      let f = 0
      for (; f + 1 < perToken; f += 2) {
        const rowA = (features[base + f] << shift) + offset
        const rowB = (features[base + f + 1] << shift) + offset
        const lowA = packed[rowA]
        const highA = packed[rowA + 1]
        const lowB = packed[rowB]
        const highB = packed[rowB + 1]
        even0 += (lowA & 0x00ff00ff) + (lowB & 0x00ff00ff)
        odd0 += ((lowA >>> 8) & 0x00ff00ff) + ((lowB >>> 8) & 0x00ff00ff)
        even1 += (highA & 0x00ff00ff) + (highB & 0x00ff00ff)
        odd1 += ((highA >>> 8) & 0x00ff00ff) + ((highB >>> 8) & 0x00ff00ff)
      }

      if (f < perToken) {
        const row = (features[base + f] << shift) + offset
        const low = packed[row]
        const high = packed[row + 1]
        even0 += low & 0x00ff00ff
        odd0 += (low >>> 8) & 0x00ff00ff
        even1 += high & 0x00ff00ff
        odd1 += (high >>> 8) & 0x00ff00ff
      }

      e0 = (even0 & 0xffff) - bias
      e1 = (odd0 & 0xffff) - bias
      e2 = (even0 >>> 16) - bias
      e3 = (odd0 >>> 16) - bias
      e4 = (even1 & 0xffff) - bias
      e5 = (odd1 & 0xffff) - bias
      e6 = (even1 >>> 16) - bias
    } else {
      for (let f = 0; f < perToken; f++) {
        const row = features[base + f] * LABEL_STRIDE
        e0 += emission[row]
        e1 += emission[row + 1]
        e2 += emission[row + 2]
        e3 += emission[row + 3]
        e4 += emission[row + 4]
        e5 += emission[row + 5]
        e6 += emission[row + 6]
      }

      // Emissions were single-precision values: round float sums alike.
      e0 = Math.fround(e0)
      e1 = Math.fround(e1)
      e2 = Math.fround(e2)
      e3 = Math.fround(e3)
      e4 = Math.fround(e4)
      e5 = Math.fround(e5)
      e6 = Math.fround(e6)
    }

    const here = i * 7
    if (i === 0) {
      // Row 7 of the transitions is the start state.
      s0 = Math.fround(t[49] + e0)
      s1 = Math.fround(t[50] + e1)
      s2 = Math.fround(t[51] + e2)
      s3 = Math.fround(t[52] + e3)
      s4 = Math.fround(t[53] + e4)
      s5 = Math.fround(t[54] + e5)
      s6 = Math.fround(t[55] + e6)
      for (let l = 0; l < 7; l++) path[l] = 0
      continue
    }

    // O and the B labels follow anything; an I label only its own B or I.
    // Written out label by label on purpose: the same step through a small
    // helper function (previous scores as arguments, the arg in a module
    // variable) measured 13 % slower decoding (191 → 221 ns per token on 400
    // train articles), and this loop is the analysis's hot spot.
    let best = -Infinity
    let arg = 0
    let score = 0

    // Label 0 (O).
    best = -Infinity
    arg = 0
    score = s0 + t[0]
    if (score > best) (best = score), (arg = 0)
    score = s1 + t[7]
    if (score > best) (best = score), (arg = 1)
    score = s2 + t[14]
    if (score > best) (best = score), (arg = 2)
    score = s3 + t[21]
    if (score > best) (best = score), (arg = 3)
    score = s4 + t[28]
    if (score > best) (best = score), (arg = 4)
    score = s5 + t[35]
    if (score > best) (best = score), (arg = 5)
    score = s6 + t[42]
    if (score > best) (best = score), (arg = 6)
    const n0 = Math.fround(best + e0)
    path[here] = arg

    // Label 1 (B-source).
    best = -Infinity
    arg = 0
    score = s0 + t[1]
    if (score > best) (best = score), (arg = 0)
    score = s1 + t[8]
    if (score > best) (best = score), (arg = 1)
    score = s2 + t[15]
    if (score > best) (best = score), (arg = 2)
    score = s3 + t[22]
    if (score > best) (best = score), (arg = 3)
    score = s4 + t[29]
    if (score > best) (best = score), (arg = 4)
    score = s5 + t[36]
    if (score > best) (best = score), (arg = 5)
    score = s6 + t[43]
    if (score > best) (best = score), (arg = 6)
    const n1 = Math.fround(best + e1)
    path[here + 1] = arg

    // Label 2 (I-source) after 1 or 2.
    best = -Infinity
    arg = 0
    score = s1 + t[9]
    if (score > best) (best = score), (arg = 1)
    score = s2 + t[16]
    if (score > best) (best = score), (arg = 2)
    const n2 = Math.fround(best + e2)
    path[here + 2] = arg

    // Label 3 (B-cue).
    best = -Infinity
    arg = 0
    score = s0 + t[3]
    if (score > best) (best = score), (arg = 0)
    score = s1 + t[10]
    if (score > best) (best = score), (arg = 1)
    score = s2 + t[17]
    if (score > best) (best = score), (arg = 2)
    score = s3 + t[24]
    if (score > best) (best = score), (arg = 3)
    score = s4 + t[31]
    if (score > best) (best = score), (arg = 4)
    score = s5 + t[38]
    if (score > best) (best = score), (arg = 5)
    score = s6 + t[45]
    if (score > best) (best = score), (arg = 6)
    const n3 = Math.fround(best + e3)
    path[here + 3] = arg

    // Label 4 (I-cue) after 3 or 4.
    best = -Infinity
    arg = 0
    score = s3 + t[25]
    if (score > best) (best = score), (arg = 3)
    score = s4 + t[32]
    if (score > best) (best = score), (arg = 4)
    const n4 = Math.fround(best + e4)
    path[here + 4] = arg

    // Label 5 (B-content).
    best = -Infinity
    arg = 0
    score = s0 + t[5]
    if (score > best) (best = score), (arg = 0)
    score = s1 + t[12]
    if (score > best) (best = score), (arg = 1)
    score = s2 + t[19]
    if (score > best) (best = score), (arg = 2)
    score = s3 + t[26]
    if (score > best) (best = score), (arg = 3)
    score = s4 + t[33]
    if (score > best) (best = score), (arg = 4)
    score = s5 + t[40]
    if (score > best) (best = score), (arg = 5)
    score = s6 + t[47]
    if (score > best) (best = score), (arg = 6)
    const n5 = Math.fround(best + e5)
    path[here + 5] = arg

    // Label 6 (I-content) after 5 or 6.
    best = -Infinity
    arg = 0
    score = s5 + t[41]
    if (score > best) (best = score), (arg = 5)
    score = s6 + t[48]
    if (score > best) (best = score), (arg = 6)
    const n6 = Math.fround(best + e6)
    path[here + 6] = arg

    s0 = n0
    s1 = n1
    s2 = n2
    s3 = n3
    s4 = n4
    s5 = n5
    s6 = n6
  }

  let best = -Infinity
  let arg = 0
  if (s0 > best) (best = s0), (arg = 0)
  if (s1 > best) (best = s1), (arg = 1)
  if (s2 > best) (best = s2), (arg = 2)
  if (s3 > best) (best = s3), (arg = 3)
  if (s4 > best) (best = s4), (arg = 4)
  if (s5 > best) (best = s5), (arg = 5)
  if (s6 > best) (best = s6), (arg = 6)

  prefetchSink = touched
  for (let i = n - 1; i >= 0; i--) {
    labels[at + i] = arg
    arg = path[i * 7 + arg]
  }
}
