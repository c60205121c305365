/**
 * The trained tagger as it ships: `models/attribution.json`, written by
 * `npm run train`. Weights are quantised to 8 or 16 bits and base64-encoded
 * to keep the package small; they are expanded into a dense table once,
 * lazily, on first use.
 */
import {FEATURE_BITS, FEATURE_COUNT} from './features.js'
import {LABEL_COUNT, LABEL_STRIDE} from './labels.js'
import {readPackageJson} from './resources.js'
import {packTogether, type TaggerWeights} from './tagger.js'

export const MODEL_PATH = 'models/attribution.json'

/** The shipped file: a first-stage tagger and a stacked second stage. */
export interface ModelFile {
  description: string
  stages: StageFile[]
}

export interface Model {
  stage1: TaggerWeights
  /** Sees the first stage's labels; `null` when the model has one stage. */
  stage2: TaggerWeights | null
}

export interface StageFile {
  featureBits: number
  labels: number
  /** Emission weight = stored integer × scale. */
  scale: number
  /** Width of the stored integers: 8 or 16 bits. */
  precision: 8 | 16
  /** Dense `2^featureBits × labels` integers (little-endian), base64. */
  weights: string
  transition: number[]
}

let cached: Model | undefined

/** The shipped tagger weights, loaded once. */
export function loadModel(): Model {
  if (!cached) {
    const file = readPackageJson<ModelFile>(MODEL_PATH)
    cached = {stage1: expandModel(file.stages[0]), stage2: file.stages[1] ? expandModel(file.stages[1]) : null}
    // The second stage reads most of the first stage's feature rows again.
    packTogether(cached.stage2 ? [cached.stage1, cached.stage2] : [cached.stage1])
  }

  return cached
}

export function expandModel(file: StageFile): TaggerWeights {
  if (file.featureBits !== FEATURE_BITS || file.labels !== LABEL_COUNT) {
    throw new Error('vouch: ' + MODEL_PATH + ' does not match this version of the tagger; run `npm run train`')
  }

  const bytes = Buffer.from(file.weights, 'base64')
  // Copy out of Buffer's shared pool: typed arrays need aligned offsets.
  const copy = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength)
  const values = file.precision === 8 ? new Int8Array(copy) : new Int16Array(copy)
  // Keep the quantised integers (less memory traffic than floats when
  // decoding); express transitions in the same units.
  const emission = file.precision === 8 ? new Int8Array(FEATURE_COUNT * LABEL_STRIDE) : new Int16Array(FEATURE_COUNT * LABEL_STRIDE)
  for (let r = 0; r < FEATURE_COUNT; r++) {
    for (let l = 0; l < LABEL_COUNT; l++) emission[r * LABEL_STRIDE + l] = values[r * LABEL_COUNT + l]
  }

  const transition = Float32Array.from(file.transition, (value) => value / file.scale)
  return {emission, transition, frozen: true}
}

/** Quantise dense weights into the shipped form. */
export function compressModel(weights: TaggerWeights, precision: 8 | 16): StageFile {
  const {emission} = weights
  let max = 0
  for (const value of emission) if (Math.abs(value) > max) max = Math.abs(value)
  const limit = precision === 8 ? 127 : 32767
  const scale = max / limit || 1
  const values = precision === 8 ? new Int8Array(FEATURE_COUNT * LABEL_COUNT) : new Int16Array(FEATURE_COUNT * LABEL_COUNT)
  for (let r = 0; r < FEATURE_COUNT; r++) {
    for (let l = 0; l < LABEL_COUNT; l++) values[r * LABEL_COUNT + l] = Math.round(emission[r * LABEL_STRIDE + l] / scale)
  }

  return {
    featureBits: FEATURE_BITS,
    labels: LABEL_COUNT,
    scale,
    precision,
    weights: Buffer.from(values.buffer).toString('base64'),
    transition: Array.from(weights.transition, (value) => Math.round(value * 1e4) / 1e4)
  }
}
