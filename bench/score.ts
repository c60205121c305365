/**
 * The attribution metrics of `spec/evaluation.md` §1, exactly: exact-span
 * P/R/F1 per role (trimmed, each gold matched once), token-level P/R/F1 per
 * role, attribution-level P/R/F1 (cue overlap, one-to-one, greedy by largest
 * overlap) and strict source accuracy. Shared by the benchmark and the
 * trainer's held-out evaluation.
 */
import type {GoldAttribution, GoldSpan, Role} from './polnear.js'

export const ROLES: Role[] = ['source', 'cue', 'content']

/** A predicted attribution: a cue, and a source and content if any. */
export interface PredictedAttribution {
  cue: GoldSpan
  source: GoldSpan | null
  content: GoldSpan | null
}

export interface Counts {
  correct: number
  predicted: number
  gold: number
}

export interface Scores {
  exact: Record<Role, Counts>
  tokens: Record<Role, Counts>
  attribution: Counts
  /** Matched pairs whose gold has a source / of those, predicted source equal. */
  strictSource: {pairs: number; equal: number}
}

export function emptyScores(): Scores {
  const counts = () => ({correct: 0, predicted: 0, gold: 0})
  return {
    exact: {source: counts(), cue: counts(), content: counts()},
    tokens: {source: counts(), cue: counts(), content: counts()},
    attribution: counts(),
    strictSource: {pairs: 0, equal: 0}
  }
}

export function prf(counts: Counts) {
  const p = counts.predicted ? counts.correct / counts.predicted : 0
  const r = counts.gold ? counts.correct / counts.gold : 0
  const f = p + r ? (2 * p * r) / (p + r) : 0
  return {p, r, f}
}

const TRIM = /[\s\p{P}]/u

/** Trim white space and punctuation at both ends of a span. */
export function trim(text: string, span: GoldSpan): GoldSpan {
  let {start, end} = span
  while (start < end && TRIM.test(text[start])) start++
  while (end > start && TRIM.test(text[end - 1])) end--
  return {start, end}
}

/** Add one article's scores to `scores`. */
export function scoreArticle(
  text: string,
  gold: GoldAttribution[],
  predicted: PredictedAttribution[],
  scores: Scores
): void {
  for (const role of ROLES) {
    const goldSpans = gold.flatMap((a) => a[role])
    const predictedSpans: GoldSpan[] = []
    for (const p of predicted) {
      const span = p[role]
      if (span) predictedSpans.push(span)
    }

    // Exact spans, each gold matched at most once.
    const pool = new Map<string, number>()
    for (const span of goldSpans) {
      const t = trim(text, span)
      const key = t.start + ':' + t.end
      pool.set(key, (pool.get(key) ?? 0) + 1)
    }

    const exact = scores.exact[role]
    exact.gold += goldSpans.length
    exact.predicted += predictedSpans.length
    for (const span of predictedSpans) {
      const t = trim(text, span)
      const key = t.start + ':' + t.end
      const left = pool.get(key) ?? 0
      if (left > 0) {
        exact.correct++
        pool.set(key, left - 1)
      }
    }

    // Tokens.
    const tokens = scores.tokens[role]
    const goldCover = coverage(text, goldSpans)
    const predictedCover = coverage(text, predictedSpans)
    for (const token of textTokens(text)) {
      const g = covered(goldCover, token)
      const p = covered(predictedCover, token)
      if (g) tokens.gold++
      if (p) tokens.predicted++
      if (g && p) tokens.correct++
    }
  }

  // Attributions: cue overlap, one-to-one, greedy by largest overlap.
  const pairs: Array<{g: number; p: number; overlap: number}> = []
  for (let g = 0; g < gold.length; g++) {
    const gc = gold[g].cue[0]
    if (!gc) continue
    for (let p = 0; p < predicted.length; p++) {
      const pc = predicted[p].cue
      const overlap = Math.min(gc.end, pc.end) - Math.max(gc.start, pc.start)
      if (overlap > 0) pairs.push({g, p, overlap})
    }
  }

  pairs.sort((a, b) => b.overlap - a.overlap || a.g - b.g || a.p - b.p)
  const goldUsed = new Set<number>()
  const predictedUsed = new Set<number>()
  scores.attribution.gold += gold.length
  scores.attribution.predicted += predicted.length
  for (const pair of pairs) {
    if (goldUsed.has(pair.g) || predictedUsed.has(pair.p)) continue
    goldUsed.add(pair.g)
    predictedUsed.add(pair.p)
    scores.attribution.correct++
    const goldSources = gold[pair.g].source
    if (goldSources.length === 0) continue
    scores.strictSource.pairs++
    const source = predicted[pair.p].source
    if (!source) continue
    const t = trim(text, source)
    if (goldSources.some((s) => {
      const u = trim(text, s)
      return u.start === t.start && u.end === t.end
    })) scores.strictSource.equal++
  }
}

/** Tokens of the evaluation: maximal letter/digit runs or single other non-space characters. */
function textTokens(text: string): GoldSpan[] {
  const result: GoldSpan[] = []
  for (const match of text.matchAll(/[\p{L}\p{N}]+|[^\s\p{L}\p{N}]/gu)) {
    result.push({start: match.index, end: match.index + match[0].length})
  }

  return result
}

/** Sorted, merged intervals covered by `spans`. */
function coverage(text: string, spans: GoldSpan[]): GoldSpan[] {
  void text
  const sorted = spans.map((s) => ({start: s.start, end: s.end})).sort((a, b) => a.start - b.start)
  const merged: GoldSpan[] = []
  for (const span of sorted) {
    const last = merged[merged.length - 1]
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end)
    else merged.push(span)
  }

  return merged
}

function covered(intervals: GoldSpan[], token: GoldSpan): boolean {
  let lo = 0
  let hi = intervals.length - 1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    const interval = intervals[mid]
    if (interval.end < token.end) lo = mid + 1
    else if (interval.start > token.start) hi = mid - 1
    else return true
  }

  return false
}
