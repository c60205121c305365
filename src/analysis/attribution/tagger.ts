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
   * keeps its quantised 16-bit integers here (half the memory traffic of
   * floats); training uses floats. Transitions are in the same units.
   */
  emission: Float32Array | Int16Array
  /** `(LABEL_COUNT + 1) × LABEL_COUNT`; the last row is the start state. */
  transition: Float32Array
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
const emitScratch = new Float32Array(LABEL_COUNT)

/**
 * Decode the best label sequence for `n` tokens whose features are in
 * `features` (n × FEATURES_PER_TOKEN); write it to `labels`.
 */
export function decode(weights: TaggerWeights, features: Int32Array, n: number, labels: Uint8Array): void {
  const L = LABEL_COUNT
  if (scores.length < n * L) {
    scores = new Float32Array(n * L * 2)
    back = new Int8Array(n * L * 2)
  }

  const {emission, transition} = weights
  const emit = emitScratch
  for (let i = 0; i < n; i++) {
    emit.fill(0)
    const base = i * FEATURES_PER_TOKEN
    for (let f = 0; f < FEATURES_PER_TOKEN; f++) {
      const row = features[base + f] * LABEL_STRIDE
      for (let l = 0; l < L; l++) emit[l] += emission[row + l]
    }

    for (let l = 0; l < L; l++) {
      let best = -Infinity
      let arg = 0
      if (i === 0) {
        best = transition[L * L + l] + allowedPenalty[L * L + l]
      } else {
        const previous = (i - 1) * L
        for (let p = 0; p < L; p++) {
          const s = scores[previous + p] + transition[p * L + l] + allowedPenalty[p * L + l]
          if (s > best) {
            best = s
            arg = p
          }
        }
      }

      scores[i * L + l] = best + emit[l]
      back[i * L + l] = arg
    }
  }

  if (n === 0) return
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
