/**
 * `npm run bench:speed [TEXT_DIR]` — spec/evaluation.md §3.
 *
 * Words per second of the whole lint (parse, analysis, every rule; no
 * reporting) on the PolNeAR train texts, side by side in the same run with the
 * bare retext-english parse of the same texts. The ratio travels between
 * machines. Then one growing single file, to show that the cost per word
 * stays flat as a draft grows (parse-latin alone is quadratic there).
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {performance} from 'node:perf_hooks'
import {unified} from 'unified'
import retextEnglish from 'retext-english'
import {VFile} from 'vfile'
import {createProcessor} from '../src/processor.js'
import {sharedPath} from './shared.js'

const dir = sharedPath('corpora/polnear/train/text', process.argv[2])
const names = fs.readdirSync(dir).filter((name) => name.endsWith('.txt')).sort()
const texts = names.map((name) => fs.readFileSync(path.join(dir, name), 'utf8'))
const words = texts.reduce((sum, text) => sum + countWords(text), 0)

const bare = unified().use(retextEnglish)
const lint = createProcessor()

function peakMiB() {
  // maxRSS is in kilobytes.
  return (process.resourceUsage().maxRSS / 1024).toFixed(0)
}

function countWords(text: string) {
  return text.match(/\S+/g)?.length ?? 0
}

function bareParse(text: string) {
  const file = new VFile({value: text, path: 'draft.txt'})
  return bare.runSync(bare.parse(file), file)
}

function fullLint(text: string) {
  const file = new VFile({value: text, path: 'draft.txt'})
  lint.runSync(lint.parse(file), file)
  return file
}

function time(run: (text: string) => unknown, inputs: string[]) {
  const start = performance.now()
  for (const text of inputs) run(text)
  return (performance.now() - start) / 1000
}

// Warm up both paths (JIT, lazily loaded lexicons and model weights).
const warm = texts.slice(0, 50)
time(bareParse, warm)
time(fullLint, warm)

// Interleave rounds so that machine noise hits both sides alike; keep the best.
const rounds = Number(process.env.ROUNDS ?? 3)
let bestBare = Infinity
let bestLint = Infinity
for (let round = 0; round < rounds; round++) {
  bestBare = Math.min(bestBare, time(bareParse, texts))
  bestLint = Math.min(bestLint, time(fullLint, texts))
}

console.log(`machine: ${os.cpus()[0]?.model ?? 'unknown'} × ${os.cpus().length}, Node ${process.version}`)
console.log(`corpus: ${texts.length} texts, ${words} words (${dir})`)
console.log(`rounds: ${rounds} (best of)`)
console.log('')
console.log('| run | seconds | words/s |')
console.log('| --- | ---: | ---: |')
console.log(`| bare retext-english parse | ${bestBare.toFixed(2)} | ${Math.round(words / bestBare)} |`)
console.log(`| vouch lint (parse + analysis + rules) | ${bestLint.toFixed(2)} | ${Math.round(words / bestLint)} |`)
console.log('')
console.log(`ratio lint / bare parse: ${(bestLint / bestBare).toFixed(2)}× (budget: 3×)`)
console.log(`peak RSS so far: ${peakMiB()} MiB`)

// One file growing in size: the cost per word must stay flat.
console.log('')
console.log('single file, growing:')
console.log('')
console.log('| size | words | seconds | µs/word |')
console.log('| ---: | ---: | ---: | ---: |')
const all = texts.join('\n\n')
for (const megabytes of [0.25, 1, 4, 16]) {
  const target = megabytes * 1024 * 1024
  let big = all
  while (big.length < target) big += '\n\n' + all
  big = big.slice(0, target)
  const n = countWords(big)
  const seconds = time(fullLint, [big])
  console.log(`| ${megabytes} MB | ${n} | ${seconds.toFixed(2)} | ${((seconds * 1e6) / n).toFixed(2)} |`)
}

console.log('')
console.log(`peak RSS: ${peakMiB()} MiB`)
