/**
 * `npm run bench:findings [DIR] [--show] [--rule=ID] [--json=FILE]`: is each
 * message right, and is anything missed? Exactly `spec/evaluation.md` §4, on
 * the findings corpus (`DIR/dev.jsonl` and `DIR/texts/DOC.txt`; DIR defaults
 * to `../shared/corpora/findings`).
 *
 * - Every article is linted whole, every rule at its default severity and
 *   options. A rule that is off by default is run too, measured, and marked
 *   off; its messages do not count in the overall figures (an editor is not
 *   shown them), and its findings count as missed.
 * - A message hits a finding of its rule when its range overlaps one of the
 *   finding's sentences, located in the article by their exact text (every
 *   place the sentence occurs).
 * - Precision = messages that hit / messages; recall = findings hit /
 *   findings; party named = among hit findings that list a party, the share
 *   whose hitting messages name one of its names (case-insensitive).
 * - `--show` lists every false alarm and every miss with its sentence, so the
 *   error classes can be counted; `--rule=ID` narrows the listing to a rule.
 *   `--json=FILE` writes every message with its verdict, to diff two builds.
 */
import fs from 'node:fs'
import path from 'node:path'
import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {createProcessor} from '../src/processor.js'
import {rules} from '../src/index.js'
import {sharedPath} from './shared.js'

interface Finding {
  doc: string
  rule: string
  sentences: string[]
  anchor?: string
  party?: string[]
  claim?: string
  note?: string
}

interface Tally {
  messages: number
  hits: number
  findings: number
  found: number
  partyFindings: number
  partyNamed: number
}

interface Verdict {
  doc: string
  rule: string
  start: number
  end: number
  line: number
  column: number
  reason: string
  hit: boolean
}

const argv = process.argv.slice(2)
const positional = argv.filter((arg) => !arg.startsWith('--'))
const show = argv.includes('--show')
const onlyRule = argv.find((arg) => arg.startsWith('--rule='))?.slice('--rule='.length)
const jsonOut = argv.find((arg) => arg.startsWith('--json='))?.slice('--json='.length)
const root = sharedPath('corpora/findings', positional[0])
const gold = path.join(root, 'dev.jsonl')
if (!fs.existsSync(gold)) {
  console.error(`vouch bench: ${gold} not found: DIR must hold dev.jsonl and texts/.`)
  process.exit(2)
}

const docs: string[] = []
const findingsOf = new Map<string, Finding[]>()
for (const line of fs.readFileSync(gold, 'utf8').split('\n')) {
  if (!line.trim()) continue
  const record = JSON.parse(line) as Finding & {done?: boolean}
  if (!findingsOf.has(record.doc)) {
    findingsOf.set(record.doc, [])
    docs.push(record.doc)
  }

  if (!record.done) findingsOf.get(record.doc)!.push(record)
}

// Rules off by default are switched on to be measured, then reported apart.
const offByDefault = new Set(rules.filter((rule) => (rule.severity as string) === 'off').map((rule) => rule.id))
const lint = createProcessor({rules: Object.fromEntries([...offByDefault].map((id) => [id, 'warn']))})

const tallies = new Map<string, Tally>(
  rules.map((rule) => [rule.id, {messages: 0, hits: 0, findings: 0, found: 0, partyFindings: 0, partyNamed: 0}])
)
const falseAlarms: string[] = []
const misses: string[] = []
const verdicts: Verdict[] = []
let unlocated = 0
let words = 0

for (const doc of docs) {
  const value = fs.readFileSync(path.join(root, 'texts', doc + '.txt'), 'utf8')
  words += value.match(/\S+/g)?.length ?? 0
  const file = new VFile({value, path: doc + '.txt'})
  lint.runSync(lint.parse(file), file)

  const findings = findingsOf.get(doc)!
  const places = findings.map((finding) => {
    const found = finding.sentences.flatMap((sentence) => locate(value, sentence))
    if (found.length === 0) {
      unlocated++
      console.error(`vouch bench: cannot locate a sentence of ${doc} (${finding.rule}): ${finding.sentences[0].slice(0, 80)}`)
    }

    return found
  })
  const hitBy = findings.map(() => [] as VFileMessage[])

  for (const message of file.messages) {
    const rule = String(message.ruleId)
    const tally = tallies.get(rule)
    if (!tally) continue
    const range = rangeOf(message)
    tally.messages++
    let hit = false
    for (const [index, finding] of findings.entries()) {
      if (finding.rule !== rule) continue
      if (places[index].some(([start, end]) => range.start < end && range.end > start)) {
        hit = true
        hitBy[index].push(message)
      }
    }

    if (hit) tally.hits++
    else if (!onlyRule || onlyRule === rule) {
      falseAlarms.push(
        `${doc}:${message.place && 'start' in message.place ? message.place.start.line + ':' + message.place.start.column : '?'} ${rule}${offByDefault.has(rule) ? ' (off)' : ''}\n` +
          `    message:  ${message.reason}\n    sentence: ${sentenceAround(value, range.start)}`
      )
    }

    verdicts.push({doc, rule, ...range, line: message.line ?? 0, column: message.column ?? 0, reason: message.reason, hit})
  }

  for (const [index, finding] of findings.entries()) {
    const tally = tallies.get(finding.rule)
    if (!tally) {
      console.error(`vouch bench: ${doc}: finding of unknown rule ${finding.rule}`)
      continue
    }

    tally.findings++
    const hits = hitBy[index]
    if (hits.length > 0) {
      tally.found++
      if (finding.party && finding.party.length > 0) {
        tally.partyFindings++
        const names = finding.party.map((name) => name.toLowerCase())
        if (hits.some((message) => names.some((name) => message.reason.toLowerCase().includes(name)))) tally.partyNamed++
        else if (show && (!onlyRule || onlyRule === finding.rule)) {
          misses.push(
            `${doc} ${finding.rule} — party not named (want ${finding.party.join(' | ')})\n` +
              hits.map((message) => `    message:  ${message.reason}`).join('\n')
          )
        }
      }
    } else if (!onlyRule || onlyRule === finding.rule) {
      misses.push(
        `${doc} ${finding.rule} — missed\n` +
          finding.sentences.map((sentence) => `    sentence: ${sentence}`).join('\n') +
          (finding.anchor ? `\n    anchor:   ${finding.anchor}` : '') +
          (finding.party?.length ? `\n    party:    ${finding.party.join(' | ')}` : '') +
          (finding.note ? `\n    note:     ${finding.note}` : '')
      )
    }
  }
}

/** Every place `sentence` occurs in `text`, as [start, end). */
function locate(text: string, sentence: string): Array<[number, number]> {
  const found: Array<[number, number]> = []
  for (let at = text.indexOf(sentence); at !== -1; at = text.indexOf(sentence, at + 1)) {
    found.push([at, at + sentence.length])
  }

  return found
}

/** A message's range as offsets; an empty range still covers its point. */
function rangeOf(message: VFileMessage): {start: number; end: number} {
  const start = message.place && 'start' in message.place ? (message.place.start.offset ?? 0) : 0
  const end = message.place && 'end' in message.place ? (message.place.end.offset ?? start) : start
  return {start, end: Math.max(end, start + 1)}
}

/** The line of text around an offset, for reading a false alarm. */
function sentenceAround(text: string, offset: number): string {
  const before = text.lastIndexOf('\n', offset - 1) + 1
  let after = text.indexOf('\n', offset)
  if (after === -1) after = text.length
  const line = text.slice(before, after).trim()
  return line.length > 400 ? line.slice(0, 400) + '…' : line
}

const ratio = (part: number, whole: number) => (whole === 0 ? '—' : (part / whole).toFixed(2))

console.log(`Findings ${root}: ${docs.length} articles, ${words} words`)
if (unlocated > 0) console.log(`(${unlocated} findings whose sentences are not in their article: they count as misses)`)
console.log('')
console.log('| rule | messages | hits | precision | findings | found | recall | party named |')
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |')
const overall: Tally = {messages: 0, hits: 0, findings: 0, found: 0, partyFindings: 0, partyNamed: 0}
for (const rule of rules) {
  const tally = tallies.get(rule.id)!
  const off = offByDefault.has(rule.id)
  // An editor is shown only the rules on by default; every finding is one
  // the editor wants, so an off rule's findings count as missed.
  overall.findings += tally.findings
  if (!off) {
    for (const key of ['messages', 'hits', 'found', 'partyFindings', 'partyNamed'] as const) overall[key] += tally[key]
  }

  console.log(
    `| ${rule.id}${off ? ' (off)' : ''} | ${tally.messages} | ${tally.hits} | ${ratio(tally.hits, tally.messages)} | ` +
      `${tally.findings} | ${tally.found} | ${ratio(tally.found, tally.findings)} | ` +
      `${tally.partyFindings === 0 ? '—' : `${ratio(tally.partyNamed, tally.partyFindings)} (${tally.partyNamed}/${tally.partyFindings})`} |`
  )
}

console.log(
  `| **overall** (rules on by default) | ${overall.messages} | ${overall.hits} | ${ratio(overall.hits, overall.messages)} | ` +
    `${overall.findings} | ${overall.found} | ${ratio(overall.found, overall.findings)} | ` +
    `${ratio(overall.partyNamed, overall.partyFindings)} (${overall.partyNamed}/${overall.partyFindings}) |`
)
console.log('')
console.log(
  `editor precision ${ratio(overall.hits, overall.messages)} (${overall.hits} of ${overall.messages} messages hit a finding), ` +
    `recall ${ratio(overall.found, overall.findings)} (${overall.found} of ${overall.findings} findings)`
)
const offFindings = [...offByDefault].reduce((sum, id) => sum + tallies.get(id)!.findings, 0)
if (offFindings > 0) console.log(`(recall counts the ${offFindings} findings of rules off by default as missed)`)

if (show) {
  console.log('\n## False alarms (' + falseAlarms.length + ')\n')
  for (const item of falseAlarms) console.log(item + '\n')
  console.log('## Misses and unnamed parties (' + misses.length + ')\n')
  for (const item of misses) console.log(item + '\n')
}

if (jsonOut) fs.writeFileSync(jsonOut, verdicts.map((verdict) => JSON.stringify(verdict)).join('\n') + '\n')
