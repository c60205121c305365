/**
 * `npm run bench:quotations [SPLIT_DIR] [--show]`: is each quotation tied to
 * its speaker? Exactly `spec/evaluation.md` §5, on PolNeAR (default: dev;
 * pass `../shared/corpora/polnear/train` to develop).
 *
 * - The quotations are the spans between paired quotation marks (“…”,
 *   "…": a curly opening mark pairs with the next curly closing one,
 *   straight marks pair in turn, within a paragraph) of at least three
 *   words that lie inside the content of a gold attribution that has a
 *   source. This pairing is the benchmark's own, simple on purpose: it is
 *   the measure, not the analysis.
 * - A quotation is tied when some stance of the ledger whose claim covers
 *   at least half of it has as its party (name or any mention, pronouns
 *   aside) or its source a match for that gold source: the names contain
 *   one another as whole words, or the spans overlap.
 * - False unattributed-quote: `unattributed-quote` messages whose range
 *   overlaps the content of a gold attribution that has a source.
 *
 * A second line measures the same with the New York Times' doubled
 * apostrophes (''…'') as quotation marks too, which the spec's definition
 * leaves out. `--show` lists untied quotations and false messages;
 * `--fold=F` measures only articles i % 10 = F of the split (the tenth of
 * train that `npm run train -- --holdout --fold F` holds out).
 */
import {VFile} from 'vfile'
import {createProcessor} from '../src/processor.js'
import type {Ledger} from '../src/analysis/types.js'
import {readSplit, splitDir, type GoldAttribution, type GoldSpan} from './polnear.js'

const argv = process.argv.slice(2)
const show = argv.includes('--show')
const positional = argv.filter((arg) => !arg.startsWith('--'))
const dir = splitDir(positional[0], 'dev')
const foldOption = argv.find((arg) => arg.startsWith('--fold='))?.slice('--fold='.length)
const articles = readSplit(dir).filter((_, index) => foldOption === undefined || index % 10 === Number(foldOption))

function main() {
  const lint = createProcessor()
  const tally = {quotations: 0, tied: 0, nytQuotations: 0, nytTied: 0, messages: 0, falseMessages: 0}
  const untied: string[] = []
  const falseMessages: string[] = []

  for (const article of articles) {
    const file = new VFile({value: article.text, path: article.name + '.txt'})
    lint.runSync(lint.parse(file), file)
    const ledger = file.data.ledger as Ledger
    const sourced = article.attributions.filter((gold) => gold.source.length > 0 && gold.content.length > 0)

    for (const {start, end, nyt} of pairedQuotations(article.text)) {
      if (countWords(article.text.slice(start, end)) < 3) continue
      const golds = sourced.filter((gold) => inside(start, end, hull(gold.content)))
      if (golds.length === 0) continue
      const tied = golds.some((gold) => isTied(ledger, article.text, {start, end}, gold))
      tally.nytQuotations++
      if (tied) tally.nytTied++
      if (nyt) continue
      tally.quotations++
      if (tied) tally.tied++
      else if (show) untied.push(`${article.name}:${start} ${excerpt(article.text, start, end)}\n    gold source: ${golds.map((gold) => gold.source.map((span) => article.text.slice(span.start, span.end)).join(' … ')).join(' | ')}`)
    }

    for (const message of file.messages) {
      if (message.ruleId !== 'unattributed-quote') continue
      tally.messages++
      const from = message.place && 'start' in message.place ? (message.place.start.offset ?? 0) : 0
      const to = message.place && 'end' in message.place ? (message.place.end.offset ?? from) : from
      const gold = sourced.find((gold) => {
        const content = hull(gold.content)
        return from < content.end && Math.max(to, from + 1) > content.start
      })
      if (!gold) continue
      tally.falseMessages++
      if (show) falseMessages.push(`${article.name}:${from} ${message.reason}\n    gold source: ${gold.source.map((span) => article.text.slice(span.start, span.end)).join(' … ')}`)
    }
  }

  const share = (part: number, whole: number) => (whole === 0 ? '—' : (part / whole).toFixed(3))
  console.log(`PolNeAR ${dir}${foldOption === undefined ? '' : ` (fold ${foldOption})`}: ${articles.length} articles`)
  console.log('')
  console.log(`quotations (“…”, "…", ≥ 3 words, inside a sourced gold content)  ${tally.quotations}`)
  console.log(`tied share                                                        ${share(tally.tied, tally.quotations)}  (${tally.tied} / ${tally.quotations})`)
  console.log(`  with ''…'' as quotation marks too                               ${share(tally.nytTied, tally.nytQuotations)}  (${tally.nytTied} / ${tally.nytQuotations})`)
  console.log(`unattributed-quote messages                                       ${tally.messages}`)
  console.log(`false unattributed-quote (inside a sourced gold content)          ${tally.falseMessages}`)

  if (show) {
    console.log('\n## Untied quotations (' + untied.length + ')\n')
    for (const item of untied) console.log(item + '\n')
    console.log('## False unattributed-quote (' + falseMessages.length + ')\n')
    for (const item of falseMessages) console.log(item + '\n')
  }
}

/**
 * The inner spans of paired quotation marks, line by line: “ with the next
 * ”, " with the next ", and (marked `nyt`) '' with the next ''.
 */
function pairedQuotations(text: string): Array<{start: number; end: number; nyt: boolean}> {
  const result: Array<{start: number; end: number; nyt: boolean}> = []
  let lineStart = 0
  for (const line of text.split('\n')) {
    const open: Record<string, number> = {}
    for (let i = 0; i < line.length; i++) {
      const char = line[i]
      const doubled = char === "'" && line[i + 1] === "'"
      const kind = char === '“' || char === '”' ? 'curly' : char === '"' ? 'straight' : doubled ? 'nyt' : ''
      if (!kind) continue
      const width = doubled ? 2 : 1
      const opening = kind === 'curly' ? char === '“' : open[kind] === undefined
      if (opening) open[kind] = i + width
      else if (open[kind] !== undefined) {
        result.push({start: lineStart + open[kind], end: lineStart + i, nyt: kind === 'nyt'})
        delete open[kind]
      }

      if (doubled) i++
    }

    lineStart += line.length + 1
  }

  return result
}

/** Whether a stance whose claim covers at least half of the quotation names the gold source. */
function isTied(ledger: Ledger, text: string, quotation: GoldSpan, gold: GoldAttribution): boolean {
  const length = quotation.end - quotation.start
  const claims = new Map(ledger.claims.map((claim) => [claim.id, claim]))
  const parties = new Map(ledger.parties.map((party) => [party.id, party]))
  const goldNames = gold.source.map((span) => text.slice(span.start, span.end))
  return ledger.stances.some((stance) => {
    const claim = stance.claim ? claims.get(stance.claim) : undefined
    if (!claim) return false
    const covered = Math.min(claim.end, quotation.end) - Math.max(claim.start, quotation.start)
    if (covered * 2 < length) return false
    const candidates: Array<{start: number; end: number; text: string}> = []
    if (stance.source) candidates.push(stance.source)
    const party = stance.party ? parties.get(stance.party) : undefined
    if (party) {
      candidates.push({start: -1, end: -1, text: party.name})
      for (const mention of party.mentions) if (!PRONOUNS.has(mention.text.toLowerCase())) candidates.push(mention)
    }

    return candidates.some(
      (candidate) =>
        gold.source.some((span) => candidate.start < span.end && candidate.end > span.start) ||
        goldNames.some((name) => containsWords(name, candidate.text) || containsWords(candidate.text, name))
    )
  })
}

/** Whether `words` occurs in `text` as whole words (case-insensitive). */
function containsWords(text: string, words: string): boolean {
  const needle = words.trim().toLowerCase()
  if (!needle) return false
  const haystack = text.toLowerCase()
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) {
    const before = at === 0 ? '' : haystack[at - 1]
    const after = haystack[at + needle.length] ?? ''
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) return true
  }

  return false
}

const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'him', 'her', 'them', 'we', 'us', 'i', 'me', 'you', 'his', 'its', 'their', 'our', 'my', 'your', 'who', 'whom', 'which', 'that', 'this', 'these', 'those'])

/** The gold span from the first start to the last end of a (possibly discontinuous) span list. */
function hull(spans: GoldSpan[]): GoldSpan {
  return {start: Math.min(...spans.map((span) => span.start)), end: Math.max(...spans.map((span) => span.end))}
}

/** Whether `[start, end)` lies inside `span`, white space and quote marks at its edges aside. */
function inside(start: number, end: number, span: GoldSpan): boolean {
  return span.start <= start + 1 && span.end >= end - 1
}

function countWords(text: string): number {
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length
}

function excerpt(text: string, start: number, end: number): string {
  const inner = text.slice(start, end).replace(/\s+/g, ' ')
  return '“' + (inner.length > 160 ? inner.slice(0, 160) + '…' : inner) + '”'
}

main()
