/**
 * The trained tagger as it ships: `models/attribution.json`, written by
 * `npm run train`. Weights are stored sparse (only rows that matter) and
 * quantised to 16 bits, base64-encoded, to keep the package small; they are
 * expanded into a dense Float32Array once, lazily, on first use.
 */
import {FEATURE_BITS, FEATURE_COUNT} from './features.js'
import {LABEL_COUNT, LABEL_STRIDE} from './labels.js'
import {readPackageJson} from './resources.js'
import type {TaggerWeights} from './tagger.js'

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
  /** Emission weight = stored int16 × scale. */
  scale: number
  /** Row indices (Int32, little-endian), base64. */
  rows: string
  /** `rows.length × labels` Int16 values (little-endian), base64. */
  weights: string
  transition: number[]
}

let cached: Model | undefined

/** The shipped tagger weights, loaded once. */
export function loadModel(): Model {
  if (!cached) {
    const file = readPackageJson<ModelFile>(MODEL_PATH)
    cached = {stage1: expandModel(file.stages[0]), stage2: file.stages[1] ? expandModel(file.stages[1]) : null}
  }

  return cached
}

export function expandModel(file: StageFile): TaggerWeights {
  if (file.featureBits !== FEATURE_BITS || file.labels !== LABEL_COUNT) {
    throw new Error('vouch: ' + MODEL_PATH + ' does not match this version of the tagger; run `npm run train`')
  }

  const rowBytes = Buffer.from(file.rows, 'base64')
  const weightBytes = Buffer.from(file.weights, 'base64')
  // Copy out of Buffer's shared pool: typed arrays need aligned offsets.
  const rows = new Int32Array(rowBytes.buffer.slice(rowBytes.byteOffset, rowBytes.byteOffset + rowBytes.byteLength))
  const values = new Int16Array(weightBytes.buffer.slice(weightBytes.byteOffset, weightBytes.byteOffset + weightBytes.byteLength))
  // Keep the quantised integers; express transitions in the same units.
  const emission = new Int16Array(FEATURE_COUNT * LABEL_STRIDE)
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r] * LABEL_STRIDE
    for (let l = 0; l < LABEL_COUNT; l++) emission[row + l] = values[r * LABEL_COUNT + l]
  }

  return {emission, transition: Float32Array.from(file.transition, (value) => value / file.scale), frozen: true}
}

/** Compress dense weights into the shipped form, dropping rows below `threshold`. */
export function compressModel(weights: TaggerWeights, threshold: number): StageFile {
  const {emission} = weights
  let max = 0
  for (const value of emission) if (Math.abs(value) > max) max = Math.abs(value)
  const scale = max / 32767 || 1
  const rows: number[] = []
  const values: number[] = []
  for (let r = 0; r < FEATURE_COUNT; r++) {
    let keep = false
    for (let l = 0; l < LABEL_COUNT; l++) if (Math.abs(emission[r * LABEL_STRIDE + l]) > threshold) keep = true
    if (!keep) continue
    rows.push(r)
    for (let l = 0; l < LABEL_COUNT; l++) values.push(Math.round(emission[r * LABEL_STRIDE + l] / scale))
  }

  return {
    featureBits: FEATURE_BITS,
    labels: LABEL_COUNT,
    scale,
    rows: Buffer.from(Int32Array.from(rows).buffer).toString('base64'),
    weights: Buffer.from(Int16Array.from(values).buffer).toString('base64'),
    transition: Array.from(weights.transition, (value) => Math.round(value * 1e4) / 1e4)
  }
}
