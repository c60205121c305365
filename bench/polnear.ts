/**
 * Reader for the PolNeAR corpus (brat standoff), shared by the benchmarks
 * and the trainer.
 *
 * A split directory holds `text/NAME.txt` and `attributions/NAME_ANNOTATOR.ann`;
 * when an article has several annotators the alphabetically first is used.
 * Offsets in `.ann` files are code points; they are converted here to UTF-16
 * indices so that they compare with the ledger's offsets.
 */
import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

export type Role = 'source' | 'cue' | 'content'

/** A gold span; a discontinuous brat span counts from first start to last end. */
export interface GoldSpan {
  start: number
  end: number
}

export interface GoldAttribution {
  /** Cue spans (usually one). */
  cue: GoldSpan[]
  source: GoldSpan[]
  content: GoldSpan[]
}

export interface Article {
  name: string
  text: string
  attributions: GoldAttribution[]
}

/** The repository root (works from `bench/` under src and from `dist/bench/`). */
export function repoRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url))
  while (!fs.existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir)
    if (parent === dir) throw new Error('Cannot find the repository root')
    dir = parent
  }

  return dir
}

/**
 * Resolve a split directory: the CLI argument if given, else
 * `../shared/corpora/polnear/SPLIT` from the repository root. Exits with a
 * clear message when it does not exist.
 */
export function splitDir(arg: string | undefined, split: 'train' | 'dev'): string {
  const dir = arg ? path.resolve(arg) : path.resolve(repoRoot(), '../shared/corpora/polnear', split)
  if (!fs.existsSync(path.join(dir, 'text')) || !fs.existsSync(path.join(dir, 'attributions'))) {
    console.error(
      `PolNeAR ${split} split not found at ${dir} (expected text/ and attributions/).\n` +
        `Pass the split directory as an argument, or place the corpus at ../shared/corpora/polnear.`
    )
    process.exit(2)
  }

  return dir
}

/** Read every article of a split directory, in name order. */
export function readSplit(dir: string): Article[] {
  const annotationFiles = fs.readdirSync(path.join(dir, 'attributions')).filter((f) => f.endsWith('.ann')).sort()
  const annotationOf = new Map<string, string>()
  for (const file of annotationFiles) {
    const name = file.replace(/_[^_]+\.ann$/, '')
    if (!annotationOf.has(name)) annotationOf.set(name, file)
  }

  const names = fs
    .readdirSync(path.join(dir, 'text'))
    .filter((f) => f.endsWith('.txt'))
    .map((f) => f.slice(0, -4))
    .sort()

  return names.map((name) => {
    const text = fs.readFileSync(path.join(dir, 'text', name + '.txt'), 'utf8')
    const annotation = annotationOf.get(name)
    const ann = annotation ? fs.readFileSync(path.join(dir, 'attributions', annotation), 'utf8') : ''
    return {name, text, attributions: parseAnn(ann, text)}
  })
}

/** Parse brat standoff into attributions with UTF-16 offsets into `text`. */
export function parseAnn(ann: string, text: string): GoldAttribution[] {
  const toUtf16 = codePointToUtf16(text)
  const spans = new Map<string, {type: string; span: GoldSpan}>()
  const events: string[] = []

  for (const line of ann.split('\n')) {
    if (line.startsWith('T')) {
      const [id, header] = line.split('\t')
      if (!header) continue
      const space = header.indexOf(' ')
      const type = header.slice(0, space)
      const ranges = header
        .slice(space + 1)
        .split(';')
        .map((r) => r.trim().split(' ').map(Number))
      const start = ranges[0][0]
      const end = ranges[ranges.length - 1][1]
      spans.set(id, {type, span: {start: toUtf16(start), end: toUtf16(end)}})
    } else if (line.startsWith('E')) {
      events.push(line.split('\t')[1] ?? '')
    }
    // `#` notes and continuation lines of multi-line `T` texts carry nothing we need.
  }

  const attributions: GoldAttribution[] = []
  for (const event of events) {
    const attribution: GoldAttribution = {cue: [], source: [], content: []}
    for (const arg of event.trim().split(/\s+/)) {
      const [role, id] = arg.split(':')
      const target = spans.get(id)
      if (!target) continue
      const kind = role.replace(/\d+$/, '')
      if (kind === 'Cue') attribution.cue.push(target.span)
      else if (kind === 'Source') attribution.source.push(target.span)
      else if (kind === 'Content') attribution.content.push(target.span)
    }

    if (attribution.cue.length > 0 || attribution.source.length > 0 || attribution.content.length > 0) {
      attributions.push(attribution)
    }
  }

  return attributions
}

/** Map code-point offsets to UTF-16 offsets (identity when the text is all BMP). */
function codePointToUtf16(text: string): (offset: number) => number {
  let astral = false
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code >= 0xd800 && code <= 0xdbff) {
      astral = true
      break
    }
  }

  if (!astral) return (offset) => offset
  const table: number[] = []
  let utf16 = 0
  for (const char of text) {
    table.push(utf16)
    utf16 += char.length
  }

  table.push(utf16)
  return (offset) => table[Math.min(offset, table.length - 1)]
}
