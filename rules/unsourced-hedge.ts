/**
 * `unsourced-hedge`: "reportedly", "allegedly", "is said to", "it is
 * believed", "is widely expected to", "apparently" with no one in the text
 * who reports, alleges, says or believes it. The hedge signals doubt but
 * hides whose claim it is: the reader cannot weigh it. By whom?
 */
import type {Stance} from '../src/analysis/types.js'
import {assertersOf, vouchRule, type LedgerView} from '../src/rule.js'

const unsourcedHedge = vouchRule(
  {
    id: 'unsourced-hedge',
    severity: 'warn',
    description: 'A hedge ("reportedly", "allegedly", "is said to") on a claim no one in the text asserts'
  },
  function ({ledger, view, report}) {
    const stretches = attributionStretches(view, ledger.stances)
    for (const stance of ledger.stances) {
      if (!isHedge(view, stance) || view.isQuoted(stance.cue) || isSourced(view, stance, stretches)) continue
      report('Unsourced hedge “' + stance.cue.text + '”: by whom? Name who says so', stance.cue, {
        note: 'Attribute the claim to a named source, or say what the publication itself has verified.'
      })
    }
  }
)

/**
 * A hedge of the writer's: a `hedged` stance ("reportedly", "is said to"),
 * or an impersonal assertion that names no one ("is widely expected to",
 * "apparently"). Inside a quotation the words are the speaker's: not the
 * writer's hedge (checked by the caller).
 */
function isHedge(view: LedgerView, stance: Stance): boolean {
  if (stance.kind === 'hedged') return true
  return stance.impersonal === true && stance.party === null && stance.source === null && view.isAssertion(stance)
}

/** The sourced attributions of a ledger, indexed for the two look-ups of `isSourced`. */
interface Stretches {
  /** Contents of sourced attributions, by start; `reach[i]` is the furthest end among the first i + 1. */
  contents: Array<{start: number; end: number}>
  reach: number[]
  /** Cues of sourced attributions, by start. */
  cues: Array<{start: number; end: number}>
}

function attributionStretches(view: LedgerView, stances: Stance[]): Stretches {
  const contents: Array<{start: number; end: number}> = []
  const cues: Array<{start: number; end: number}> = []
  for (const stance of stances) {
    if (!view.isAssertion(stance) || (stance.party === null && stance.source === null)) continue
    cues.push(stance.cue)
    const content = view.claim(stance.claim)
    if (content) contents.push(content)
  }

  contents.sort((a, b) => a.start - b.start)
  cues.sort((a, b) => a.start - b.start)
  const reach: number[] = []
  for (const content of contents) reach.push(Math.max(content.end, reach.length > 0 ? reach[reach.length - 1] : 0))
  return {contents, reach, cues}
}

/**
 * A hedge is sourced when someone asserts its claim (or a linked one), or
 * when it sits in an attribution's stretch: inside the content someone
 * asserts ("the agency said the general was reportedly killed"), or around
 * an attribution the hedged claim takes in ("the general was reportedly
 * killed, the agency said", read as one claim). Both stretch tests are
 * searches in sorted lists: a long draft has thousands of each.
 */
function isSourced(view: LedgerView, hedge: Stance, stretches: Stretches): boolean {
  const claim = view.claim(hedge.claim)
  if (claim && assertersOf(view, claim.id).length > 0) return true
  const {contents, reach, cues} = stretches
  // A content that holds the cue: among those starting at or before it,
  // walking back while some earlier one still reaches that far.
  for (let i = lastStartingBy(contents, hedge.cue.start); i >= 0 && reach[i] >= hedge.cue.end; i--) {
    if (contents[i].end >= hedge.cue.end) return true
  }

  if (!claim) return false
  // A cue inside the hedged claim.
  for (let i = lastStartingBy(cues, claim.start - 1) + 1; i < cues.length && cues[i].start < claim.end; i++) {
    if (cues[i].end <= claim.end) return true
  }

  return false
}

/** Index of the last span starting at or before `offset` (−1 if none). */
function lastStartingBy(spans: Array<{start: number}>, offset: number): number {
  let lo = 0
  let hi = spans.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (spans[mid].start <= offset) lo = mid + 1
    else hi = mid
  }

  return lo - 1
}

export default unsourcedHedge
