/**
 * `npm run bench:speed [TEXT_DIR]` — spec/evaluation.md §3.
 *
 * Words per second of the whole lint (parse, analysis, every rule; no
 * reporting) on the PolNeAR train texts, side by side in the same run with the
 * bare retext-english parse of the same texts. The ratio travels between
 * machines. Then one growing single file, to show that the cost per word
 * stays flat as a draft grows (parse-latin alone is quadratic there).
 * `--interleavings` shows instead how the ratio moves when the two
 * alternate in smaller blocks.
 */
import {execFileSync} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {performance} from 'node:perf_hooks'
import {fileURLToPath} from 'node:url'
import {unified} from 'unified'
import retextEnglish from 'retext-english'
import {VFile} from 'vfile'
import {createProcessor} from '../src/processor.js'
import {interleave} from './interleave.js'
import {sharedPath} from './shared.js'

const [textDir] = process.argv.slice(2).filter((arg) => !arg.startsWith('--'))
const dir = sharedPath('corpora/polnear/train/text', textDir)
const names = fs.readdirSync(dir).filter((name) => name.endsWith('.txt')).sort()
const texts = names.map((name) => fs.readFileSync(path.join(dir, name), 'utf8'))
const words = texts.reduce((sum, text) => sum + countWords(text), 0)

const bare = unified().use(retextEnglish)
const lint = createProcessor()

// Child mode: lint one file of VOUCH_BENCH_FILE_MB megabytes (the corpus
// repeated) and print one table row.
const fileMegabytes = Number(process.env.VOUCH_BENCH_FILE_MB ?? 0)
if (fileMegabytes > 0) {
  const all = texts.join('\n\n')
  const target = fileMegabytes * 1024 * 1024
  let big = all
  while (big.length < target) big += '\n\n' + all
  big = big.slice(0, target)
  const n = countWords(big)
  // Warm up as the corpus run does (loading the model, JIT) before timing.
  time(fullLint, texts.slice(0, 50))
  const seconds = time(fullLint, [big])
  console.log(`| ${fileMegabytes} MB | ${n} | ${seconds.toFixed(2)} | ${((seconds * 1e6) / n).toFixed(2)} | ${peakMiB()} MiB |`)
  process.exit(0)
}

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

// Alternate whole-corpus rounds so that machine noise hits both sides alike;
// keep the best. Not document by document: interleaved so, each bare parse
// starts on caches the lint has just filled, and the same texts run through
// the lint right after the parse warmed them, which flatters the lint by a
// fifth (`--interleavings` shows it). bench:compare interleaves that way,
// which is fair between two builds of the lint, not against the bare parse.
const rounds = Number(process.env.ROUNDS ?? 3)
const sides = [
  {name: 'bare', run: bareParse},
  {name: 'lint', run: fullLint}
]
const [bestBare, bestLint] = interleave(sides, texts, rounds, texts.length)

if (process.argv.includes('--interleavings')) {
  console.log('| alternating | bare parse s | lint s | ratio |')
  console.log('| --- | ---: | ---: | ---: |')
  for (const [name, size] of [['whole corpus', texts.length], ['blocks of 100 texts', 100], ['text by text', 1]] as const) {
    const [bare, full] = size === texts.length ? [bestBare, bestLint] : interleave(sides, texts, rounds, size)
    console.log(`| ${name} | ${bare.toFixed(3)} | ${full.toFixed(3)} | ${(full / bare).toFixed(2)}× |`)
  }

  process.exit(0)
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
console.log(`ratio lint / bare parse: ${(bestLint / bestBare).toFixed(2)}× (budget: 6×)`)
console.log(`peak RSS so far: ${peakMiB()} MiB`)

// One file growing in size: the cost per word must stay flat. Each size runs
// in a fresh process, as one `vouch` run on one big draft would: the heap of
// the corpus rounds above (and of the smaller sizes) must not be billed to it.
console.log('')
console.log('single file, growing (each in a fresh process):')
console.log('')
console.log('| size | words | seconds | µs/word | peak RSS |')
console.log('| ---: | ---: | ---: | ---: | ---: |')
for (const megabytes of [0.25, 1, 4, 16]) {
  const output = execFileSync(process.execPath, [fileURLToPath(import.meta.url), dir], {
    env: {...process.env, VOUCH_BENCH_FILE_MB: String(megabytes)},
    encoding: 'utf8',
    maxBuffer: 1 << 20
  })
  console.log(output.trim())
}
