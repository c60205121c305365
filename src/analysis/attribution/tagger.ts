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

let scores = new Float32Array(0)
let back = new Int8Array(0)
const emit = new Float32Array(LABEL_COUNT)

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
 * Decode the best label sequence for `n` tokens whose features are in
 * `features` (n × `perToken`); write it to `labels`.
 */
export function decode(
  weights: TaggerWeights,
  features: Int32Array,
  n: number,
  labels: Uint8Array,
  perToken: number = FEATURES_PER_TOKEN
): void {
  const L = LABEL_COUNT
  if (n === 0) return
  if (scores.length < n * L) {
    scores = new Float32Array(n * L * 2)
    back = new Int8Array(n * L * 2)
  }

  const emission = weights.emission
  const transition = foldedTransitions(weights)
  for (let i = 0; i < n; i++) {
    // Seven running sums in locals: this loop is the analysis's hot spot.
    let e0 = 0
    let e1 = 0
    let e2 = 0
    let e3 = 0
    let e4 = 0
    let e5 = 0
    let e6 = 0
    const base = i * perToken
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

    emit[0] = e0
    emit[1] = e1
    emit[2] = e2
    emit[3] = e3
    emit[4] = e4
    emit[5] = e5
    emit[6] = e6

    const here = i * L
    if (i === 0) {
      for (let l = 0; l < L; l++) {
        scores[l] = transition[L * L + l] + emit[l]
        back[l] = 0
      }

      continue
    }

    const previous = here - L
    for (let l = 0; l < L; l++) {
      let best = -Infinity
      let arg = 0
      // BIO: an inside label can only follow its own B or I; others follow anything.
      const from = isBegin(l) || l === O ? 0 : l - 1
      const to = isBegin(l) || l === O ? L : l + 1
      for (let p = from; p < to; p++) {
        const s = scores[previous + p] + transition[p * L + l]
        if (s > best) {
          best = s
          arg = p
        }
      }

      scores[here + l] = best + emit[l]
      back[here + l] = arg
    }
  }

  let best = -Infinity
  let arg = 0
  for (let l = 0; l < L; l++) {
    if (scores[(n - 1) * L + l] > best) {
      best = scores[(n - 1) * L + l]
      arg = l
    }
  }

  for (let i = n - 1; i >= 0; i--) {
    labels[i] = arg
    arg = back[i * L + arg]
  }
}
