import {describe, expect, it} from 'vitest'
import {loadModel} from '../../src/analysis/attribution/model.js'
import {allowed, decode, type TaggerWeights} from '../../src/analysis/attribution/tagger.js'
import {LABEL_COUNT, LABEL_STRIDE, O} from '../../src/analysis/attribution/labels.js'
import {stackedAttributes, tagDocument, tagTwice} from '../../src/analysis/attribution/index.js'
import {tokenAttributes} from '../../src/analysis/attribution/features.js'
import {cueWords} from '../../src/analysis/attribution/lexicon.js'
import {buildDocument} from '../../src/analysis/document.js'
import {parseEnglish} from '../../src/parse/english.js'

/**
 * The plain Viterbi the decoder must agree with, label for label: emission
 * sums per label, scores kept as 32-bit floats, BIO-forbidden transitions
 * excluded, the first best kept on ties.
 */
function reference(weights: TaggerWeights, features: Int32Array, n: number, perToken: number): Uint8Array {
  const L = LABEL_COUNT
  const scores = new Float32Array(n * L)
  const back = new Int8Array(n * L)
  const transition = (p: number, l: number) => (allowed(p === L ? 0 : p, l) ? weights.transition[p * L + l] : -Infinity)
  for (let i = 0; i < n; i++) {
    for (let l = 0; l < L; l++) {
      let emit = 0
      for (let f = 0; f < perToken; f++) emit += weights.emission[features[i * perToken + f] * LABEL_STRIDE + l]
      if (i === 0) {
        scores[l] = Math.fround(transition(L, l)) + emit
        continue
      }

      let best = -Infinity
      let arg = 0
      for (let p = 0; p < L; p++) {
        const s = scores[(i - 1) * L + p] + Math.fround(transition(p, l))
        if (s > best) {
          best = s
          arg = p
        }
      }

      scores[i * L + l] = best + emit
      back[i * L + l] = arg
    }
  }

  const labels = new Uint8Array(n)
  let arg = 0
  for (let l = 1; l < L; l++) if (scores[(n - 1) * L + l] > scores[(n - 1) * L + arg]) arg = l
  for (let i = n - 1; i >= 0; i--) {
    labels[i] = arg
    arg = back[i * L + arg]
  }

  return labels
}

describe('the tagger’s decoder', () => {
  let seed = 42
  const random = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32)

  it('gives the plain Viterbi labels on the shipped model (packed 8-bit path, both stages)', () => {
    const model = loadModel()
    // The two stages share one packed table, row by row: each must read its own half.
    expect(model.stage2).not.toBeNull()
    let tokens = 0
    for (let trial = 0; trial < 300; trial++) {
      const weights = trial % 4 < 2 ? model.stage1 : model.stage2!
      const perToken = trial % 2 ? 30 : 38
      const n = 1 + Math.floor(random() * 80)
      // A few distinct rows make ties likely, which the order of comparison must settle alike.
      const rows = trial % 3 === 0 ? 4 : 1 << 18
      const features = Int32Array.from({length: n * perToken}, () => Math.floor(random() * rows))
      const labels = new Uint8Array(n)
      decode(weights, features, n, labels, perToken)
      expect(Array.from(labels)).toEqual(Array.from(reference(weights, features, n, perToken)))
      tokens += n
    }

    expect(tokens).toBeGreaterThan(5000)
  })

  it('gives the same labels with float weights that change (the training path)', () => {
    const shipped = loadModel().stage1
    const weights: TaggerWeights = {emission: Float32Array.from(shipped.emission, (v) => v * 0.37), transition: shipped.transition}
    for (let trial = 0; trial < 50; trial++) {
      const n = 1 + Math.floor(random() * 60)
      const features = Int32Array.from({length: n * 30}, () => Math.floor(random() * (1 << 18)))
      const labels = new Uint8Array(n)
      decode(weights, features, n, labels, 30)
      expect(Array.from(labels)).toEqual(Array.from(reference(weights, features, n, 30)))
    }
  })

  it('writes a paragraph’s labels from the index it is given', () => {
    const model = loadModel()
    const n = 12
    const features = Int32Array.from({length: n * 30}, () => Math.floor(random() * (1 << 18)))
    const alone = new Uint8Array(n)
    decode(model.stage1, features, n, alone, 30)
    const placed = new Uint8Array(n + 7).fill(9)
    decode(model.stage1, features, n, placed, 30, 5)
    expect(Array.from(placed.subarray(5, 5 + n))).toEqual(Array.from(alone))
    expect([...placed.subarray(0, 5), ...placed.subarray(5 + n)]).toEqual([9, 9, 9, 9, 9, 9, 9])
  })
})

describe('both stages of the tagger', () => {
  it('label paragraph by paragraph as the whole document stage after stage', () => {
    const text = [
      'The mayor said on Monday that the bridge would reopen in May. Officials, who asked not to be named, disputed that.',
      'Rain fell all week.',
      '“We are not done,” said Ana Ruiz, a spokeswoman for the city. She added that crews worked overnight.',
      'According to the report, costs rose by a third, which critics called a scandal.'
    ].join('\n\n')
    const doc = buildDocument(parseEnglish(text), text)
    const model = loadModel()
    const attributes = tokenAttributes(doc, cueWords())
    const first = tagDocument(doc, model.stage1, attributes)
    const staged = tagDocument(doc, model.stage2!, stackedAttributes(doc, attributes, first), first)
    expect(doc.paragraphs.length).toBe(4)
    expect(staged.some((label) => label !== O)).toBe(true)
    expect(Array.from(tagTwice(doc, model, attributes))).toEqual(Array.from(staged))
  })
})
