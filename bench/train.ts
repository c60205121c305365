/**
 * Train the attribution tagger on the PolNeAR train split and write
 * `models/attribution.json`.
 *
 *   npm run train [-- SPLIT_DIR] [--epochs N] [--seeds S] [--precision 8|16] [--folds K] [--holdout]
 *                    [--one-stage] [--mine-lexicon] [--mine-boundaries] [--oracle] [--eval-only]
 *
 * --mine-boundaries  first rewrite data/lexicons/cue-boundaries.json from the
 *                 training articles (with --holdout, without the held-out tenth).
 * --mine-lexicon  first rewrite data/lexicons/reporting-verbs.json from the
 *                 split's cues (keeps its nominal, channel and speech verbs).
 * --holdout       train on 9 articles in 10, report the spec metrics on the
 *                 tenth (development; the shipped model uses all of train);
 *                 never writes the model.
 * --seeds S       average S perceptrons trained on different shuffles (default 5;
 *                 about +1 F1 point per role on held-out train over one).
 * --fold F        with --holdout: hold out articles i % 10 = F (default 9).
 * --dump FILE     with --holdout: write cue and content errors for analysis.
 * --precision P   bits per stored weight, 8 or 16 (default 8).
 * --folds K       cross-prediction folds for the second stage's inputs (default 2).
 * --one-stage     train the first tagger only. By default a second tagger is
 *                 stacked on it (it sees the first one's labels and cue
 *                 positions): on PolNeAR dev +1.3 / +1.1 / +2.2 exact F1
 *                 (source / cue / content), for about 1.2× the bare parse's
 *                 time more in the lint (BENCHMARKS.md). About 2.5 minutes.
 * --eval-only     with --holdout: score the model already in models/.
 * --model FILE    with --eval-only: score this model file instead (one saved by --save).
 * --save FILE     with --holdout: also write the held-out model to FILE, so that
 *                 changes to the grouping step can be scored against a model
 *                 that never saw the held-out tenth, without retraining.
 * --oracle        score gold labels through the grouping step (no training).
 *
 * Learning: averaged structured perceptron over BIO labels of the three
 * roles, Viterbi decoding per paragraph (see src/analysis/attribution/).
 */
import fs from 'node:fs'
import path from 'node:path'
import {parseEnglish} from '../src/parse/english.js'
import {buildDocument, type Document} from '../src/analysis/document.js'
import {
  FEATURE_COUNT,
  FEATURES_PER_TOKEN,
  STAGE2_FEATURES_PER_TOKEN,
  paragraphFeatures,
  tokenAttributes,
  type TokenAttributes
} from '../src/analysis/attribution/features.js'
import {B_CONTENT, B_CUE, B_SOURCE, LABEL_COUNT, LABEL_STRIDE, O, roleOf} from '../src/analysis/attribution/labels.js'
import {cueWords} from '../src/analysis/attribution/lexicon.js'
import {readPackageJson} from '../src/analysis/attribution/resources.js'
import {compressModel, expandModel, MODEL_PATH, type Model, type ModelFile, type StageFile} from '../src/analysis/attribution/model.js'
import {decode, type TaggerWeights} from '../src/analysis/attribution/tagger.js'
import {applyFrameRules, attributionsFromLabels, stackedAttributes, tagDocument, tagTwice} from '../src/analysis/attribution/index.js'
import {readSplit, repoRoot, splitDir, type Article, type GoldSpan} from './polnear.js'
import {emptyScores, prf, ROLES, scoreArticle, trim} from './score.js'

const args = process.argv.slice(2)
const flag = (name: string) => args.includes(name)
const option = (name: string) => {
  const index = args.indexOf(name)
  return index === -1 ? undefined : args[index + 1]
}

const epochs = Number(option('--epochs') ?? 20)
const seeds = Number(option('--seeds') ?? 5)
const valued = new Set(['--fold', '--seeds', '--epochs', '--precision', '--folds', '--dump', '--model', '--save'])
const positional = args.filter((a, i) => !a.startsWith('--') && !(i > 0 && valued.has(args[i - 1])))
const dir = splitDir(positional[0], 'train')
const root = repoRoot()
const articles = readSplit(dir)
console.log(`read ${articles.length} articles from ${dir}`)

if (flag('--mine-lexicon')) mineLexicon(articles)

const holdout = flag('--holdout')
// --fold F (0–9, default 9): which tenth to hold out, to check a change on more than one slice.
const fold = Number(option('--fold') ?? 9)
const training = holdout ? articles.filter((_, i) => i % 10 !== fold) : articles
const heldOut = holdout ? articles.filter((_, i) => i % 10 === fold) : []
// From the training articles only, so that a held-out score stays honest.
if (flag('--mine-boundaries')) mineCueBoundaries(training)

interface Sequence {
  features: Int32Array
  gold: Uint8Array
}

/** A parsed training article with its gold labels and first-stage attributes. */
interface Prepared {
  doc: Document
  gold: Uint8Array
  attributes: TokenAttributes
}

const cues = cueWords()
const prepared: Prepared[] = training.map((article) => {
  const doc = buildDocument(parseEnglish(article.text), article.text)
  return {doc, gold: goldLabels(doc, article), attributes: tokenAttributes(doc, cues)}
})
const tokenCount = prepared.reduce((n, p) => n + p.doc.tokens.length, 0)
console.log(`${prepared.length} articles, ${tokenCount} tokens; ${epochs} epochs per stage`)

const oracle = flag('--oracle')
const stacked = !flag('--one-stage')
const precision = Number(option('--precision') ?? 8) === 8 ? 8 : 16
const folds = Number(option('--folds') ?? 2)

// --eval-only: score the model already in models/ on the held-out tenth
// (for work on the grouping step without retraining).
const evalOnly = flag('--eval-only')
const stages: StageFile[] = evalOnly
  ? (option('--model') ? (JSON.parse(fs.readFileSync(option('--model')!, 'utf8')) as ModelFile) : readPackageJson<ModelFile>(MODEL_PATH)).stages
  : trainStages()
if (holdout && !evalOnly && option('--save')) fs.writeFileSync(option('--save')!, JSON.stringify({description: `held-out model, fold ${fold}`, stages}) + '\n')

function trainStages(): StageFile[] {
  // Stage 1 on everything (what ships).
  const stage1 = train(sequencesOf(prepared, (p) => p.attributes), oracle ? 0 : epochs)
  const stages = [compressModel(stage1, precision)]

  if (stacked && !oracle) {
    // The second stage must learn from first-stage labels as noisy as at run
    // time, so its training labels come from k-fold cross-prediction.
    const stage1Labels: Uint8Array[] = new Array(prepared.length)
    for (let fold = 0; fold < folds; fold++) {
      const train1 = prepared.filter((_, i) => i % folds !== fold)
      console.log(`stage 1, fold ${fold + 1}/${folds}`)
      const weights = train(sequencesOf(train1, (p) => p.attributes), epochs)
      prepared.forEach((p, i) => {
        if (i % folds === fold) stage1Labels[i] = tagDocument(p.doc, weights, p.attributes)
      })
    }

    console.log('stage 2')
    const stage2 = train(
      sequencesOf(prepared, (p, i) => stackedAttributes(p.doc, p.attributes, stage1Labels[i])),
      epochs
    )
    stages.push(compressModel(stage2, precision))
  }

  return stages
}

// Evaluate what ships: the pruned, quantised model.
const model: Model = {stage1: expandModel(stages[0]), stage2: stages[1] ? expandModel(stages[1]) : null}

const dump: string[] | undefined = option('--dump') ? [] : undefined
if (holdout) {
  const scores = emptyScores()
  const confusion = new Array(16).fill(0)
  for (const article of heldOut) {
    const doc = buildDocument(parseEnglish(article.text), article.text)
    const attributes = tokenAttributes(doc, cues)
    const labels = oracle ? goldLabels(doc, article) : tagTwice(doc, model, attributes)
    if (!oracle && !flag('--no-frames')) applyFrameRules(doc, labels)
    const found = attributionsFromLabels(doc, labels, attributes)
    const gold = goldLabels(doc, article)
    for (let t = 0; t < labels.length; t++) confusion[roleOf(gold[t]) * 4 + roleOf(labels[t])]++
    scoreArticle(
      article.text,
      article.attributions,
      found.map((s) => ({cue: s.cue, source: s.source, content: s.content ?? null})),
      scores
    )
    if (dump) dumpCueErrors(article, found, dump)
  }

  if (dump) fs.writeFileSync(option('--dump')!, dump.join('\n') + '\n')

  for (const role of ROLES) {
    const e = prf(scores.exact[role])
    const t = prf(scores.tokens[role])
    console.log(`held-out ${role.padEnd(8)} exact P ${e.p.toFixed(3)} R ${e.r.toFixed(3)} F1 ${e.f.toFixed(3)} | token F1 ${t.f.toFixed(3)}`)
  }

  console.log('role confusion (rows gold none/source/cue/content, columns predicted):')
  for (let g = 0; g < 4; g++) console.log('  ' + confusion.slice(g * 4, g * 4 + 4).map((v: number) => String(v).padStart(7)).join(''))
  const a = prf(scores.attribution)
  console.log(`held-out attribution F1 ${a.f.toFixed(3)} (P ${a.p.toFixed(3)} R ${a.r.toFixed(3)}); strict source ${(scores.strictSource.equal / scores.strictSource.pairs).toFixed(3)}`)
}

// A held-out model is for measuring only: never overwrite the shipped one.
if (oracle || evalOnly || holdout) process.exit(0)

const file: ModelFile = {
  description: `Attribution tagger (averaged structured perceptron, BIO source/cue/content, ${stages.length} stage${stages.length > 1 ? 's, the second stacked on the first' : ''}) trained by bench/train.ts on ${training.length} PolNeAR train articles, ${epochs} epochs per stage, mean of ${seeds} shuffles.`,
  stages
}

const out = path.join(root, MODEL_PATH)
fs.mkdirSync(path.dirname(out), {recursive: true})
fs.writeFileSync(out, JSON.stringify(file) + '\n')
console.log(`wrote ${out} (${(fs.statSync(out).size / 1e6).toFixed(2)} MB)`)

/** Paragraph sequences (features + gold labels) of prepared articles. */
function sequencesOf(items: Prepared[], attributesOf: (p: Prepared, index: number) => TokenAttributes): Sequence[] {
  const sequences: Sequence[] = []
  items.forEach((p, index) => {
    const attributes = attributesOf(p, index)
    const perToken = attributes.stage1 ? STAGE2_FEATURES_PER_TOKEN : FEATURES_PER_TOKEN
    for (const paragraph of p.doc.paragraphs) {
      const first = p.doc.sentences[paragraph.firstSentence].firstToken
      const end = p.doc.sentences[paragraph.endSentence - 1].endToken
      const features = new Int32Array((end - first) * perToken)
      paragraphFeatures(attributes, first, end, features)
      sequences.push({features, gold: p.gold.slice(first, end)})
    }
  })
  return sequences
}

/** Gold BIO labels per token; cue beats source beats content where spans nest. */
function goldLabels(doc: Document, article: Article): Uint8Array {
  const tokens = doc.tokens
  const role = new Uint8Array(tokens.length)
  const begin = new Uint8Array(tokens.length)
  const priority = [0, 2, 3, 1] // none, source, cue, content → rank
  const spans: Array<[number, number, number]> = []
  for (const a of article.attributions) {
    for (const s of a.source) spans.push([1, s.start, s.end])
    for (const s of a.cue) spans.push([2, s.start, s.end])
    for (const s of a.content) spans.push([3, s.start, s.end])
  }

  spans.sort((x, y) => x[1] - y[1])
  let t0 = 0
  for (const [r, start, end] of spans) {
    while (t0 < tokens.length && tokens[t0].end <= start) t0++
    let firstToken = true
    for (let t = t0; t < tokens.length && tokens[t].start < end; t++) {
      const middle = (tokens[t].start + tokens[t].end) / 2
      if (middle < start || middle > end) continue
      if (priority[r] > priority[role[t]]) {
        role[t] = r
        begin[t] = firstToken ? 1 : 0
      } else if (role[t] === r && firstToken) {
        begin[t] = 1
      }

      firstToken = false
    }
  }

  const labels = new Uint8Array(tokens.length)
  const bases = [O, B_SOURCE, B_CUE, B_CONTENT]
  for (let t = 0; t < tokens.length; t++) {
    if (role[t] === 0) continue
    const startsRun = begin[t] || t === 0 || role[t - 1] !== role[t] || tokens[t - 1].paragraph !== tokens[t].paragraph
    labels[t] = bases[role[t]] + (startsRun ? 0 : 1)
  }

  return labels
}

/**
 * Averaged structured perceptron, trained `seeds` times on different
 * shuffles and averaged: a single run's weights depend on the order of the
 * paragraphs by a point of F1 or so either way; their mean does not.
 */
function train(data: Sequence[], epochCount: number): TaggerWeights {
  const runs: TaggerWeights[] = []
  for (let s = 0; s < seeds; s++) {
    if (seeds > 1) console.log(`shuffle ${s + 1}/${seeds}`)
    runs.push(trainOnce(data, epochCount, 42 + 7919 * s))
  }

  if (runs.length === 1) return runs[0]
  const mean: TaggerWeights = {emission: new Float32Array(runs[0].emission.length), transition: new Float32Array(runs[0].transition.length)}
  for (const run of runs) {
    for (let i = 0; i < mean.emission.length; i++) mean.emission[i] += run.emission[i] / runs.length
    for (let i = 0; i < mean.transition.length; i++) mean.transition[i] += run.transition[i] / runs.length
  }

  return mean
}

/** One averaged structured perceptron run, shuffling with `seed`. */
function trainOnce(data: Sequence[], epochCount: number, seed: number): TaggerWeights {
  const L = LABEL_COUNT
  const current: TaggerWeights = {
    emission: new Float32Array(FEATURE_COUNT * LABEL_STRIDE),
    transition: new Float32Array((L + 1) * L)
  }
  // Sums of (step × update) for averaging: averaged = w − sum / steps.
  const emissionSum = new Float64Array(FEATURE_COUNT * LABEL_STRIDE)
  const transitionSum = new Float64Array((L + 1) * L)
  let step = 1
  const order = data.map((_, i) => i)
  const random = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32)

  for (let epoch = 0; epoch < epochCount; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1))
      ;[order[i], order[j]] = [order[j], order[i]]
    }

    let wrong = 0
    let total = 0
    const started = Date.now()
    for (const index of order) {
      const {features, gold} = data[index]
      const n = gold.length
      if (n === 0) continue
      const perToken = features.length / n
      const predicted = new Uint8Array(n)
      decode(current, features, n, predicted, perToken)
      total += n
      for (let t = 0; t < n; t++) {
        const g = gold[t]
        const p = predicted[t]
        const gPrev = t === 0 ? L : gold[t - 1]
        const pPrev = t === 0 ? L : predicted[t - 1]
        if (g !== p) {
          wrong++
          for (let f = 0; f < perToken; f++) {
            const row = features[t * perToken + f] * LABEL_STRIDE
            current.emission[row + g] += 1
            emissionSum[row + g] += step
            current.emission[row + p] -= 1
            emissionSum[row + p] -= step
          }
        }

        if (g !== p || gPrev !== pPrev) {
          current.transition[gPrev * L + g] += 1
          transitionSum[gPrev * L + g] += step
          current.transition[pPrev * L + p] -= 1
          transitionSum[pPrev * L + p] -= step
        }
      }

      step++
    }

    console.log(`epoch ${epoch + 1}: ${(100 * (1 - wrong / total)).toFixed(2)}% tokens right in training (${((Date.now() - started) / 1000).toFixed(1)} s)`)
  }

  const averaged: TaggerWeights = {
    emission: new Float32Array(FEATURE_COUNT * LABEL_STRIDE),
    transition: new Float32Array((L + 1) * L)
  }
  for (let i = 0; i < averaged.emission.length; i++) averaged.emission[i] = current.emission[i] - emissionSum[i] / step
  for (let i = 0; i < averaged.transition.length; i++) averaged.transition[i] = current.transition[i] - transitionSum[i] / step
  return averaged
}

/**
 * Mine where cues end: for a cue's last word and the function word after it
 * ("called | for", "expected | to"), how often annotators take the second
 * word into the cue. Pairs seen at least 6 times that go one way at least
 * 80% of the time are written as data (`include` / `exclude`).
 */
function mineCueBoundaries(items: Article[]) {
  // Function words whose place at a cue's end the table records.
  const BOUNDARY_WORDS = new Set(['of', 'about', 'for', 'to', 'with', 'on', 'in', 'at', 'by', 'from', 'as', 'against', 'over', 'into', 'after', 'that', 'up', 'out'])
  const included = new Map<string, number>()
  const excluded = new Map<string, number>()
  const bump = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1)
  for (const article of items) {
    const text = article.text
    for (const a of article.attributions) {
      for (const span of a.cue) {
        const cue = trim(text, span)
        const words = text.slice(cue.start, cue.end).toLowerCase().match(/[\p{L}’']+/gu) ?? []
        if (words.length >= 2 && BOUNDARY_WORDS.has(words[words.length - 1])) bump(included, words[words.length - 2] + ' ' + words[words.length - 1])
        const next = /^\s+(\p{L}+)/u.exec(text.slice(cue.end, cue.end + 40))?.[1].toLowerCase()
        if (next && words.length > 0 && BOUNDARY_WORDS.has(next)) bump(excluded, words[words.length - 1] + ' ' + next)
      }
    }
  }

  const include: string[] = []
  const exclude: string[] = []
  for (const pair of new Set([...included.keys(), ...excluded.keys()])) {
    const yes = included.get(pair) ?? 0
    const no = excluded.get(pair) ?? 0
    if (yes + no < 6) continue
    if (yes / (yes + no) >= 0.8) include.push(pair)
    else if (no / (yes + no) >= 0.8) exclude.push(pair)
  }

  const file = path.join(root, 'data/lexicons/cue-boundaries.json')
  const lexicon = {
    description:
      'Where attribution cues end. `include`: a cue ending in the first word takes the second into it ("called for", "talking about", "referring to"); `exclude`: it does not ("expected to", "said that", "wants to"). Mined from PolNeAR train by `npm run train -- --mine-boundaries` (pairs of a cue\'s last word and the function word after it, seen at least 6 times, going one way at least 80% of the time); extend freely.',
    include: include.sort(),
    exclude: exclude.sort()
  }
  fs.writeFileSync(file, JSON.stringify(lexicon, null, 2) + '\n')
  console.log(`wrote ${file}: ${include.length} pairs to include, ${exclude.length} to exclude`)
}

/**
 * Mine the cue lexicon: word forms that head gold cues often enough and are
 * cues often enough when they occur. Written as data a user can extend.
 */
function mineLexicon(all: Article[]) {
  const inCue = new Map<string, number>()
  const seen = new Map<string, number>()
  for (const article of all) {
    for (const match of article.text.toLowerCase().matchAll(/[a-z]+/g)) seen.set(match[0], (seen.get(match[0]) ?? 0) + 1)
    for (const a of article.attributions) {
      for (const cue of a.cue) {
        for (const match of article.text.slice(cue.start, cue.end).toLowerCase().matchAll(/[a-z]+/g)) {
          inCue.set(match[0], (inCue.get(match[0]) ?? 0) + 1)
        }
      }
    }
  }

  const verbs = [...inCue]
    .filter(([word, count]) => count >= 4 && count / (seen.get(word) ?? count) >= 0.3 && word.length > 2)
    .map(([word]) => word)
    .sort()
  const file = path.join(root, 'data/lexicons/reporting-verbs.json')
  const previous = fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : {}
  // Only `verbs` is mined; every other list (and the description) is
  // hand-kept data and stays as it is.
  const lexicon = {
    description:
      previous.description ??
      'Word forms that head attribution cues (speech, writing, belief, intention). Mined from the PolNeAR train split by `npm run train -- --mine-lexicon` (forms heading at least 4 cues and cues in at least 30% of their uses); extend freely.',
    ...previous,
    verbs
  }
  fs.mkdirSync(path.dirname(file), {recursive: true})
  fs.writeFileSync(file, JSON.stringify(lexicon, null, 2) + '\n')
  console.log(`wrote ${file}: ${verbs.length} cue word forms`)
}

/**
 * `--dump FILE`: error analysis on the held-out tenth of train. Cue lines:
 * missed (−) and spurious (+) cue strings; content lines (C): for a
 * predicted cue equal to a gold one, the gold and predicted contents when
 * they differ.
 */
function dumpCueErrors(article: Article, predicted: Array<{cue: GoldSpan; content: GoldSpan | null}>, out: string[]) {
  const text = article.text
  const key = (s: {start: number; end: number}) => s.start + ':' + s.end
  const gold = new Set(article.attributions.flatMap((a) => a.cue.map((c) => key(trim(text, c)))))
  const found = new Set(predicted.map((p) => key(trim(text, p.cue))))
  const flat = (s: string) => s.replace(/\s+/g, ' ')
  const show = (k: string) => {
    const [start, end] = k.split(':').map(Number)
    return flat(text.slice(start, end)) + '\t|' + flat(text.slice(Math.max(0, start - 50), Math.min(text.length, end + 30)))
  }
  for (const k of gold) if (!found.has(k)) out.push('-\t' + show(k))
  for (const k of found) if (!gold.has(k)) out.push('+\t' + show(k))
  for (const p of predicted) {
    const g = article.attributions.find((a) => a.cue.some((c) => key(trim(text, c)) === key(trim(text, p.cue))))
    if (!g || g.content.length === 0) continue
    const goldContent = trim(text, {start: g.content[0].start, end: g.content[g.content.length - 1].end})
    const content = p.content ? trim(text, p.content) : null
    if (content && key(content) === key(goldContent)) continue
    out.push(['C', flat(text.slice(p.cue.start, p.cue.end)), String(goldContent.start - p.cue.start), String(content ? content.start - p.cue.start : 'none'), flat(text.slice(goldContent.start, goldContent.end)), content ? flat(text.slice(content.start, content.end)) : '', g.content.length > 1 ? 'discontinuous' : ''].join('\t'))
  }
}
