/**
 * Attribution benchmark: `npm run bench:attribution [SPLIT_DIR]`.
 *
 * Runs the full analysis (`analyse`) on every article of a PolNeAR split
 * (default `../shared/corpora/polnear/dev` from the repository root) and
 * scores the ledger's stances that have a cue against the gold attributions
 * with the metrics of `spec/evaluation.md` §1. Also times the analysis
 * (and the attribution finder alone) against the bare retext-english parse
 * of the same texts, fastest of three passes each. `--first-stage` scores
 * the tagger's first stage alone.
 */
import {performance} from 'node:perf_hooks'
import {unified} from 'unified'
import retextEnglish from 'retext-english'
import {parseEnglish} from '../src/parse/english.js'
import {buildDocument, type Document} from '../src/analysis/document.js'
import {analyse} from '../src/analysis/ledger.js'
import {findAttributions} from '../src/analysis/attribution/index.js'
import {loadModel} from '../src/analysis/attribution/model.js'
import type {Ledger} from '../src/analysis/types.js'
import {readSplit, splitDir} from './polnear.js'
import {emptyScores, prf, ROLES, scoreArticle, type PredictedAttribution} from './score.js'

// `--first-stage`: score the shipped tagger's first stage alone (its second
// stage switched off in this process), to weigh what the second one buys.
const args = process.argv.slice(2)
const firstStageOnly = args.includes('--first-stage')
if (firstStageOnly) loadModel().stage2 = null
const dir = splitDir(args.find((arg) => !arg.startsWith('--')), 'dev')
const articles = readSplit(dir)

// Parse once (timed separately) so the analysis time is the analysis alone.
const docs: Document[] = []
let words = 0
for (const article of articles) {
  const doc = buildDocument(parseEnglish(article.text), article.text)
  for (const token of doc.tokens) if (token.kind === 'word') words++
  docs.push(doc)
}

// Warm up (lazy model load, JIT), then time.
analyse(docs[0])
const bare = unified().use(retextEnglish)
for (const article of articles.slice(0, 10)) bare.runSync(bare.parse(article.text))

// The machine is shared: time each pass three times and keep the fastest.
const parseMs = fastest(() => {
  for (const article of articles) bare.runSync(bare.parse(article.text))
})
let ledgers: Ledger[] = []
const analyseMs = fastest(() => {
  ledgers = docs.map((doc) => analyse(doc))
})
const attributionMs = fastest(() => {
  for (const doc of docs) findAttributions(doc)
})

const claimsBuilt = ledgers.some((ledger) => ledger.claims.length > 0)
const scores = emptyScores()
for (let i = 0; i < articles.length; i++) {
  const ledger = ledgers[i]
  const claims = new Map(ledger.claims.map((claim) => [claim.id, claim]))
  // Until `buildClaims` exists, contents come from the attribution finder itself.
  const foundContent = claimsBuilt ? null : new Map(findAttributions(docs[i]).map((s) => [s.cue.start + ':' + s.cue.end, s.content]))
  const predicted: PredictedAttribution[] = ledger.stances.map((stance) => {
    const claim = stance.claim ? claims.get(stance.claim) : undefined
    const content = claim
      ? {start: claim.start, end: claim.end}
      : (foundContent?.get(stance.cue.start + ':' + stance.cue.end) ?? null)
    return {cue: stance.cue, source: stance.source, content}
  })
  scoreArticle(articles[i].text, articles[i].attributions, predicted, scores)
}

const gold = articles.reduce((n, a) => n + a.attributions.length, 0)
console.log(`PolNeAR ${dir}: ${articles.length} articles, ${gold} gold attributions, ${words} words`)
if (!claimsBuilt) console.log('note: the ledger has no claims yet (buildClaims is a placeholder); content spans taken from findAttributions')
console.log('')
console.log('role       exact P  exact R  exact F1 | token P  token R  token F1')
for (const role of ROLES) {
  const e = prf(scores.exact[role])
  const t = prf(scores.tokens[role])
  console.log(
    `${role.padEnd(9)} ${fmt(e.p)}   ${fmt(e.r)}   ${fmt(e.f)}   | ${fmt(t.p)}   ${fmt(t.r)}   ${fmt(t.f)}`
  )
}

const a = prf(scores.attribution)
console.log('')
console.log(`attribution (cue overlap)  P ${fmt(a.p)}  R ${fmt(a.r)}  F1 ${fmt(a.f)}  (${scores.attribution.correct} matched / ${scores.attribution.predicted} predicted / ${scores.attribution.gold} gold)`)
console.log(`strict source accuracy     ${fmt(scores.strictSource.pairs ? scores.strictSource.equal / scores.strictSource.pairs : 0)}  (${scores.strictSource.equal} / ${scores.strictSource.pairs})`)
console.log('')
console.log(`speed: bare retext-english parse ${rate(words, parseMs)} words/s`)
console.log(`       analyse() (every finder) ${rate(words, analyseMs)} words/s; analyse / parse time = ${(analyseMs / parseMs).toFixed(2)}`)
console.log(`       findAttributions() alone ${rate(words, attributionMs)} words/s; attribution / parse time = ${(attributionMs / parseMs).toFixed(2)}`)

function fastest(run: () => void): number {
  let best = Infinity
  for (let pass = 0; pass < 3; pass++) {
    const started = performance.now()
    run()
    best = Math.min(best, performance.now() - started)
  }

  return best
}

function fmt(value: number) {
  return value.toFixed(3).padStart(6)
}

function rate(count: number, ms: number) {
  return Math.round(count / (ms / 1000)).toLocaleString('en-US')
}
