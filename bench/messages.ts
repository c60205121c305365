/**
 * `npm run bench:messages [TEXT_DIR…]` — how many messages each rule gives
 * on real articles (default: the PolNeAR train and dev texts in ../shared).
 *
 * No gold says how many messages are right, so this is no accuracy figure:
 * it is the size of what an editor would be shown, to watch when a change
 * to the analysis moves it (and to sample from, to read what moved).
 */
import fs from 'node:fs'
import path from 'node:path'
import {VFile} from 'vfile'
import {createProcessor} from '../src/processor.js'
import {sharedPath} from './shared.js'

const args = process.argv.slice(2)
const dirs = args.length > 0 ? args.map((arg) => sharedPath('', arg)) : ['train', 'dev'].map((split) => sharedPath(`corpora/polnear/${split}/text`))
const lint = createProcessor()
const counts = new Map<string, number>()
let files = 0
let words = 0

for (const dir of dirs) {
  for (const name of fs.readdirSync(dir).sort()) {
    if (!name.endsWith('.txt')) continue
    const value = fs.readFileSync(path.join(dir, name), 'utf8')
    const file = new VFile({value, path: name})
    lint.runSync(lint.parse(file), file)
    files++
    words += value.match(/\S+/g)?.length ?? 0
    for (const message of file.messages) counts.set(String(message.ruleId), (counts.get(String(message.ruleId)) ?? 0) + 1)
  }
}

console.log(`${files} files, ${words} words (${dirs.join(', ')})`)
console.log('')
console.log('| rule | messages | per 1,000 words |')
console.log('| --- | ---: | ---: |')
for (const [rule, count] of [...counts].sort((a, b) => a[0].localeCompare(b[0]))) {
  console.log(`| ${rule} | ${count} | ${((count * 1000) / words).toFixed(2)} |`)
}
