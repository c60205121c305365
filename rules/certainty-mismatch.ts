/**
 * `certainty-mismatch`: one place marks a claim as unconfirmed, denied or
 * hedged, another states the same claim (`sameAs`) flatly, in the writer's
 * own voice. The flat statement turns what the story itself calls doubtful
 * into fact — often in a lede, a summary or a caption written separately.
 */
import type {Claim, Stance, StanceKind} from '../src/analysis/types.js'
import {listNames, partyName, quoted, stanceExtent, vouchRule, type LedgerView} from '../src/rule.js'

/** Stance kinds that put a claim in doubt. */
const doubting: ReadonlySet<StanceKind> = new Set(['unconfirmed', 'denies', 'hedged'])

const certaintyMismatch = vouchRule(
  {
    id: 'certainty-mismatch',
    // Off until it is precise enough: see its doc.
    severity: 'off',
    description: 'A claim stated flatly in one place and marked unconfirmed, denied or hedged in another'
  },
  function ({ledger, view, report, at}) {
    const done = new Set<string>()
    for (const claim of ledger.claims) {
      if (done.has(claim.id)) continue
      const group = view.group(claim.id)
      for (const member of group) done.add(member.id)
      if (group.length < 2) continue

      const doubts = view
        .stancesOnGroup(claim.id)
        .filter((stance) => doubting.has(stance.kind))
        .sort((a, b) => a.cue.start - b.cue.start)
      if (doubts.length === 0) continue

      for (const flat of group.filter((member) => isFlat(view, member))) {
        report(
          'Stated as fact: ' + quoted(flat.words ?? flat.text) + ', but ' + describeDoubts(view, doubts, at) + ' — attribute or qualify it here',
          flat,
          {
            related: doubts.map((stance) => ({
              span: stanceExtent(stance, view.claim(stance.claim)),
              message: doubtOf(stance.kind) + ' here'
            })),
            note: 'Say who asserts it and that it is unconfirmed or disputed, as the story does elsewhere.'
          }
        )
      }
    }
  }
)

/** A claim in the writer's own voice: no stance at all, or only the publication's own assertion. */
function isFlat(view: LedgerView, claim: Claim): boolean {
  return view
    .stancesOn(claim.id)
    .every((stance) => stance.kind === 'asserts' && view.party(stance.party)?.kind === 'self')
}

function doubtOf(kind: StanceKind): string {
  return kind === 'denies' ? 'Denied' : kind === 'hedged' ? 'Hedged' : 'Not confirmed'
}

/** "not confirmed by Moscow, Pyongyang (12:1); hedged with “reportedly” (3:9)". */
function describeDoubts(view: LedgerView, doubts: Stance[], at: (offset: number) => string): string {
  const parts: string[] = []
  const byKind = new Map<StanceKind, Stance[]>()
  for (const stance of doubts) {
    const list = byKind.get(stance.kind)
    if (list) list.push(stance)
    else byKind.set(stance.kind, [stance])
  }

  for (const [kind, stances] of byKind) {
    const where = at(stanceExtent(stances[0], view.claim(stances[0].claim)).start)
    if (kind === 'hedged') {
      parts.push('hedged with ' + listNames(stances.map((stance) => quoted(stance.cue.text))) + ' (' + where + ')')
      continue
    }

    const who = listNames(stances.map((stance) => partyName(view.party(stance.party), stance)))
    parts.push((kind === 'denies' ? 'denied' : 'not confirmed') + (who ? ' by ' + who : '') + ' (' + where + ')')
  }

  return parts.join('; ')
}

export default certaintyMismatch
