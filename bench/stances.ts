/**
 * `npm run bench:stances [FILE] [--polnear=DIR] [--verbose]`: confirmation-status
 * accuracy, exactly as spec/evaluation.md §2 defines it.
 *
 * FILE defaults to `../shared/corpora/stances/dev.jsonl` (from the
 * repository root); texts are read from `DIR/SPLIT/text/NAME.txt`, DIR
 * defaulting to the `polnear` folder beside FILE's folder. `--verbose` lists
 * misses, false positives and wrong parties. Every labelled article goes through the whole analysis
 * (`analyse(buildDocument(parseEnglish(text), text))`).
 *
 * - A label is found when the ledger has a stance of its kind whose cue
 *   starts inside the labelled sentence.
 * - Precision counts every status stance emitted in the labelled articles;
 *   one is correct when a labelled sentence of the same status holds its cue.
 * - Party accuracy: over found labels with a non-empty `by`, whether the
 *   stance's party name or source mention contains one of `by`
 *   (case-insensitive), or one of `by` contains it.
 */
import fs from 'node:fs'
import path from 'node:path'
import {parseEnglish} from '../src/parse/english.js'
import {buildDocument} from '../src/analysis/document.js'
import {analyse} from '../src/analysis/ledger.js'
import type {Ledger, Stance, StanceKind} from '../src/analysis/types.js'
import {sharedPath} from './shared.js'

type Status = 'confirmed' | 'denied' | 'unconfirmed' | 'no-comment' | 'hedged' | 'no-evidence'

interface Label {
  doc: string
  start: number
  end: number
  status: Status | 'none'
  by: string[]
}

const statuses: Status[] = ['confirmed', 'denied', 'unconfirmed', 'no-comment', 'hedged', 'no-evidence']
const kindOf: Record<Status, StanceKind> = {
  confirmed: 'confirms',
  denied: 'denies',
  unconfirmed: 'unconfirmed',
  'no-comment': 'no-comment',
  hedged: 'hedged',
  'no-evidence': 'no-evidence'
}
const statusOf = new Map<StanceKind, Status>(statuses.map((status) => [kindOf[status], status]))

interface Tally {
  labels: number
  found: number
  predicted: number
  correct: number
  partyLabels: number
  partyRight: number
}

const args = process.argv.slice(2).filter((arg) => !arg.startsWith('--'))
const file = sharedPath('corpora/stances/dev.jsonl', args[0])
const polnearArg = process.argv.find((arg) => arg.startsWith('--polnear='))
const corpusRoot = polnearArg ? path.resolve(polnearArg.slice('--polnear='.length)) : path.resolve(path.dirname(file), '..', 'polnear')
const verbose = process.argv.includes('--verbose')
if (!fs.existsSync(corpusRoot)) {
  console.error(`vouch bench: PolNeAR texts not found at ${corpusRoot} (expected beside the stances file).`)
  process.exit(2)
}

const labels: Label[] = fs
  .readFileSync(file, 'utf8')
  .split('\n')
  .filter((line) => line.trim())
  .map((line) => JSON.parse(line) as Label)

const byDoc = new Map<string, Label[]>()
for (const label of labels) {
  let list = byDoc.get(label.doc)
  if (!list) byDoc.set(label.doc, (list = []))
  list.push(label)
}

const tallies = new Map<Status, Tally>(
  statuses.map((status) => [status, {labels: 0, found: 0, predicted: 0, correct: 0, partyLabels: 0, partyRight: 0}])
)
let milliseconds = 0
let words = 0

for (const [name, docLabels] of byDoc) {
  const [split, base] = name.split('/')
  const textPath = path.join(corpusRoot, split, 'text', base + '.txt')
  if (!fs.existsSync(textPath)) {
    console.error(`vouch bench: missing text ${textPath}`)
    process.exit(2)
  }

  const text = fs.readFileSync(textPath, 'utf8')
  const began = performance.now()
  const doc = buildDocument(parseEnglish(text), text)
  const ledger = analyse(doc)
  milliseconds += performance.now() - began
  words += doc.tokens.length

  const statusStances = ledger.stances.filter((stance) => statusOf.has(stance.kind))

  // Recall and party accuracy.
  for (const label of docLabels) {
    if (label.status === 'none') continue
    const tally = tallies.get(label.status)!
    tally.labels++
    const candidates = statusStances.filter(
      (stance) => stance.kind === kindOf[label.status as Status] && stance.cue.start >= label.start && stance.cue.start < label.end
    )
    if (candidates.length === 0) {
      if (verbose) console.log(`MISS ${label.status} ${name} ${JSON.stringify(text.slice(label.start, label.end))}`)
      continue
    }

    tally.found++
    if (label.by.length > 0) {
      tally.partyLabels++
      const right = candidates.some((stance) => partyMatches(ledger, stance, label.by))
      if (right) tally.partyRight++
      else if (verbose)
        console.log(`PARTY ${label.status} ${JSON.stringify(candidates.map((s) => s.source?.text ?? null))} vs ${JSON.stringify(label.by)}`)
    }
  }

  // Precision.
  for (const stance of statusStances) {
    const status = statusOf.get(stance.kind)!
    const tally = tallies.get(status)!
    tally.predicted++
    const correct = docLabels.some(
      (label) => label.status === status && stance.cue.start >= label.start && stance.cue.start < label.end
    )
    if (correct) tally.correct++
    else if (verbose) {
      const sentence = doc.sentences.find((s) => s.start <= stance.cue.start && stance.cue.start < s.end)
      const context = sentence ? text.slice(sentence.start, sentence.end) : ''
      console.log(`FP ${status} cue=${JSON.stringify(stance.cue.text)} ${name} ${JSON.stringify(context.slice(0, 240))}`)
    }
  }
}

function partyMatches(ledger: Ledger, stance: Stance, by: string[]): boolean {
  const names: string[] = []
  if (stance.party) {
    const party = ledger.parties.find((p) => p.id === stance.party)
    if (party) names.push(party.name)
  }

  if (stance.source) names.push(stance.source.text)
  for (const raw of names) {
    const name = raw.toLowerCase().trim()
    if (!name) continue
    for (const option of by) {
      const wanted = option.toLowerCase().trim()
      if (!wanted) continue
      if (name.includes(wanted) || wanted.includes(name)) return true
    }
  }

  return false
}

const total: Tally = {labels: 0, found: 0, predicted: 0, correct: 0, partyLabels: 0, partyRight: 0}
const rows: string[][] = [['status', 'labels', 'found', 'recall', 'emitted', 'correct', 'precision', 'F1', 'party acc.']]
for (const status of statuses) {
  const tally = tallies.get(status)!
  for (const key of Object.keys(total) as Array<keyof Tally>) total[key] += tally[key]
  rows.push(row(status, tally))
}

rows.push(row('overall', total))
const widths = rows[0].map((_, column) => Math.max(...rows.map((r) => r[column].length)))
for (const [index, r] of rows.entries()) {
  console.log(r.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join('  '))
  if (index === 0 || index === rows.length - 2) console.log(widths.map((w) => '-'.repeat(w)).join('  '))
}

console.log(
  `\n${byDoc.size} articles, ${labels.length} labels (${labels.filter((l) => l.status === 'none').length} none); ` +
    `analysis ${milliseconds.toFixed(0)} ms for ${words} tokens (parse + full ledger).`
)

function row(name: string, tally: Tally): string[] {
  const recall = ratio(tally.found, tally.labels)
  const precision = ratio(tally.correct, tally.predicted)
  const f1 = recall + precision > 0 ? (2 * recall * precision) / (recall + precision) : 0
  return [
    name,
    String(tally.labels),
    String(tally.found),
    recall.toFixed(3),
    String(tally.predicted),
    String(tally.correct),
    precision.toFixed(3),
    f1.toFixed(3),
    tally.partyLabels ? `${ratio(tally.partyRight, tally.partyLabels).toFixed(3)} (${tally.partyRight}/${tally.partyLabels})` : '-'
  ]
}

function ratio(a: number, b: number): number {
  return b === 0 ? 0 : a / b
}
