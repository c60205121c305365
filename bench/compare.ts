/**
 * `npm run bench:compare -- OTHER [TEXT_DIR]` — this build's lint against
 * another build's (a checkout at OTHER, built with `npx tsc -p .`), on the
 * PolNeAR train texts, with the bare retext-english parse beside them.
 *
 * The three are interleaved document by document (`interleave.ts`), the
 * way to tell whether a change made the lint faster. Its "× bare parse"
 * column is flattered by that interleaving: the budget figure is
 * bench:speed's. `--first-stage` adds this build with the tagger's second
 * stage switched off.
 */
import fs from 'node:fs'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {unified} from 'unified'
import retextEnglish from 'retext-english'
import {VFile} from 'vfile'
import type {Processor} from 'unified'
import {createProcessor} from '../src/processor.js'
import {loadModel} from '../src/analysis/attribution/model.js'
import {interleave, type Side} from './interleave.js'
import {sharedPath} from './shared.js'

// `--first-stage` adds this build with its tagger's second stage switched
// off, to weigh what the second stage costs.
const args = process.argv.slice(2)
const firstStage = args.includes('--first-stage')
const [other, textDir] = args.filter((arg) => !arg.startsWith('--'))
const otherEntry = other ? path.resolve(other, 'dist/src/processor.js') : ''
if (!other || !fs.existsSync(otherEntry)) {
  console.error(`vouch bench: usage: npm run bench:compare -- OTHER_CHECKOUT [TEXT_DIR] [--first-stage] (OTHER_CHECKOUT built, with ${otherEntry || 'dist/src/processor.js'})`)
  process.exit(2)
}

const dir = sharedPath('corpora/polnear/train/text', textDir)
const texts = fs
  .readdirSync(dir)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => fs.readFileSync(path.join(dir, name), 'utf8'))
const rounds = Number(process.env.ROUNDS ?? 5)

const {createProcessor: createOther} = (await import(pathToFileURL(otherEntry).href)) as {createProcessor: typeof createProcessor}
const sides: Side[] = [
  {name: 'bare retext-english parse', run: bareParse(unified().use(retextEnglish) as unknown as Processor)},
  {name: 'lint, ' + path.resolve(other), run: lint(createOther())},
  {name: 'lint, this build', run: lint(createProcessor())}
]
if (firstStage) {
  const model = loadModel()
  const stage2 = model.stage2
  const run = lint(createProcessor())
  sides.push({
    name: 'lint, this build, first stage alone',
    run(text) {
      model.stage2 = null
      run(text)
      model.stage2 = stage2
    }
  })
}

const best = interleave(sides, texts, rounds)

console.log(`corpus: ${texts.length} texts (${dir}); rounds: ${rounds} (best of), interleaved document by document`)
console.log('')
console.log('| run | seconds | × bare parse |')
console.log('| --- | ---: | ---: |')
for (const [index, side] of sides.entries()) {
  console.log(`| ${side.name} | ${best[index].toFixed(2)} | ${(best[index] / best[0]).toFixed(2)} |`)
}

console.log('')
console.log(`this build / other: ${(best[2] / best[1]).toFixed(3)}`)

function bareParse(processor: Processor) {
  return (text: string) => {
    processor.runSync(processor.parse(text))
  }
}

function lint(processor: ReturnType<typeof createProcessor>) {
  return (text: string) => {
    const file = new VFile({value: text, path: 'draft.txt'})
    processor.runSync(processor.parse(file), file)
  }
}
