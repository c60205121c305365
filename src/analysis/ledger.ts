/**
 * Turn what the finders found (spans) into the ledger (parties, claims,
 * stances with ids). This is the only place the pieces meet.
 */
import type {Document} from './document.js'
import type {FoundStance, Ledger, Span, Stance} from './types.js'
import {textSpan, wordsOf} from './document.js'
import {findAttributionsAndQuotations} from './attribution/index.js'
import {findStatuses} from './status/index.js'
import {resolveParties} from './parties/index.js'
import {buildClaims} from './claims/index.js'
import {firstIndex} from '../search.js'

export function analyse(doc: Document): Ledger {
  const {attributions, quotations} = findAttributionsAndQuotations(doc)
  const statuses = findStatuses(doc, attributions)
  const {stances: merged, replacing} = mergeOnSharedCues(doc, attributions, statuses)
  const found = merged.sort(
    (a, b) => a.cue.start - b.cue.start || a.cue.end - b.cue.end
  )

  const {parties, sourceParty, channelParty} = resolveParties(doc, found)
  const {claims, claimOf, answerOf} = buildClaims(doc, found)
  // In Markdown and HTML, messages quote what a reader sees, not the markup.
  if (doc.markup) for (const claim of claims) withWords(doc, claim)

  const stances: Stance[] = found.map((item, index) => {
    const stance: Stance = {
      id: 's' + (index + 1),
      kind: item.kind,
      party: sourceParty[index]?.id ?? null,
      claim: claimOf[index]?.id ?? null,
      cue: item.cue,
      source: item.source,
      via: channelParty[index]?.id ?? null,
      ...(item.silent ? {silent: true} : {}),
      ...(item.attitude ? {attitude: true} : {})
    }
    // What the status pass read of the cue (src/analysis/status/wording.ts, impersonal.ts, phrases.ts).
    if (item.verb !== undefined) stance.verb = item.verb
    if (item.impersonal) stance.impersonal = true
    if (item.finding) stance.finding = true
    if (answerOf[index]) stance.answers = answerOf[index].id
    return stance
  })

  // A quotation names the stance of its speaker's attribution (or of the
  // status stance that took that attribution's cue), or of a status stance
  // whose claim it is ("dismissed the report as “a work of fiction from
  // start to finish”").
  const idOf = new Map(found.map((item, index) => [item, stances[index].id]))
  const attributed = new Set(attributions)
  const byStatus = statusesOf(quotations, found.filter((item) => !attributed.has(item)))
  return {
    parties,
    claims,
    stances,
    quotations: quotations.map(({attribution, segments, judgment, speakerless, ...span}, index) => {
      const speaker = attribution ? (replacing.get(attribution) ?? attribution) : speakerless ? undefined : byStatus[index]
      const stance = speaker ? idOf.get(speaker) : undefined
      const quotation = stance ? {...span, stance} : span
      return doc.markup ? withWords(doc, quotation) : quotation
    })
  }
}

/** Set `words` on a claim or quotation whose words a reader sees differently from its raw text. */
function withWords<T extends Span & {words?: string}>(doc: Document, span: T): T {
  const words = wordsOf(doc, span.start, span.end)
  if (words !== span.text.replace(/\s+/g, ' ').trim()) span.words = words
  return span
}

/**
 * For each quotation (in text order), the status stance with a party whose
 * claim covers at least half of it, the innermost. A sweep: statuses by the
 * start of their content, kept while their content can still reach the
 * quotations after (an archive has thousands of both).
 */
function statusesOf(quotations: Span[], statuses: FoundStance[]): Array<FoundStance | undefined> {
  const candidates = statuses.filter((status) => status.content && (status.source || status.self)).sort((a, b) => a.content!.start - b.content!.start)
  let active: FoundStance[] = []
  let next = 0
  const found: Array<FoundStance | undefined> = new Array(quotations.length)
  const order = quotations.map((_, index) => index).sort((a, b) => quotations[a].start - quotations[b].start)
  for (const index of order) {
    const quotation = quotations[index]
    while (next < candidates.length && candidates[next].content!.start < quotation.end) active.push(candidates[next++])
    active = active.filter((status) => status.content!.end > quotation.start)
    let best: FoundStance | undefined
    for (const status of active) {
      const content = status.content!
      const covered = Math.min(content.end, quotation.end) - Math.max(content.start, quotation.start)
      if (covered * 2 < quotation.end - quotation.start) continue
      if (!best || content.end - content.start < best.content!.end - best.content!.start) best = status
    }

    found[index] = best
  }

  return found
}

/**
 * The attribution finder learned its cues from PolNeAR, where "denied" and
 * "has confirmed" are attribution cues like "said". When a status finder
 * reads the same words as a status, one cue must not become two stances (an
 * `asserts` by "Neither Moscow nor Pyongyang" beside their `unconfirmed`):
 * the status stance wins, and takes the attribution's source and channel
 * where it found none of its own. Not its content: what a tagger trained on
 * speech takes as the content of "declined" is "to comment", which is no claim.
 */
function mergeOnSharedCues(doc: Document, attributions: FoundStance[], statuses: FoundStance[]): {stances: FoundStance[]; replacing: Map<FoundStance, FoundStance>} {
  const byStart = [...statuses].sort((a, b) => a.cue.start - b.cue.start)
  const longest = statuses.reduce((most, status) => Math.max(most, status.cue.end - status.cue.start), 0)
  const kept: FoundStance[] = []
  const merged = statuses.map((status) => ({...status}))
  const mergedOf = new Map(statuses.map((status, index) => [status, merged[index]]))
  /** The status stance that took each merged attribution's place. */
  const replacing = new Map<FoundStance, FoundStance>()

  for (const attribution of attributions) {
    const status = overlapping(byStart, attribution, longest)
    if (!status) {
      kept.push(attribution)
      continue
    }

    const target = mergedOf.get(status)!
    replacing.set(attribution, target)
    if (!target.source && !target.self && target.kind !== 'hedged') target.source = attribution.source
    // "The bus company, Coastline Coaches, denied": one finder may stop at
    // the apposition's first comma and the other start after it; the source
    // is the whole apposition, which the parties pass names by its name.
    else if (target.source && attribution.source) target.source = joinApposition(doc, target.source, attribution.source)
    if (!target.channel && attribution.channel) target.channel = attribution.channel
  }

  return {stances: [...kept, ...merged], replacing}
}

/**
 * The status finder's source `own`, run on over the attribution's `other`
 * when the two are the halves of an apposition ("The bus company" |
 * "Coastline Coaches", one comma between them). Any other pair keeps `own`:
 * "Moscow" of "Neither Moscow nor Pyongyang" is a party of its own.
 */
function joinApposition(doc: Document, own: Span, other: Span): Span {
  const [first, second] = own.start <= other.start ? [own, other] : [other, own]
  if (second.start < first.end || !/^\s*,\s*$/.test(doc.text.slice(first.end, second.start))) return own
  return textSpan(doc, first.start, second.end)
}

/** The first status stance whose cue overlaps the attribution's cue. */
function overlapping(sorted: FoundStance[], attribution: FoundStance, longest: number): FoundStance | undefined {
  const {start, end} = attribution.cue
  // Binary search for the first status cue that could still reach `start`:
  // none that starts more than `longest` before it can.
  const low = firstIndex(sorted.length, (index) => sorted[index].cue.start <= start - longest)
  for (let index = low; index < sorted.length; index++) {
    const cue = sorted[index].cue
    if (cue.start >= end) break
    if (cue.end > start) return sorted[index]
  }

  return undefined
}
