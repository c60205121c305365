/**
 * `anonymous-source`: a claim whose only sources are unnamed ("officials",
 * "a source familiar with the matter") or vague ("experts", "critics").
 * Anonymity can be justified, but the reader should be told why; a vague
 * source usually hides a specific one the writer could name.
 */
import type {Party, PartyKind, Stance} from '../src/analysis/types.js'
import {isUnnamedSource, listNames, partyName, quoted, stanceFrame, vouchRule} from '../src/rule.js'

export interface Options {
  /** Leave claims alone when the text explains every anonymous source's anonymity (default: `false`). */
  allowExplained?: boolean
}


const outletKinds: ReadonlySet<PartyKind> = new Set(['state-media', 'news-agency', 'publication'])

const anonymousSource = vouchRule<Options>(
  {
    id: 'anonymous-source',
    severity: 'warn',
    description: 'A claim whose only sources are anonymous or vague parties',
    options: {
      allowExplained: {type: 'boolean', description: 'Leave claims alone when the text explains every anonymous source’s anonymity (default: false)'}
    }
  },
  function ({ledger, view, report, options}) {
    /**
     * Stances through which a party vouches for a claim. Not one inside a
     * quotation: "people tell me" in someone's quoted words is their
     * sourcing, not the writer's.
     */
    const sourcing = (stance: Stance) => (stance.kind === 'confirms' || view.isAssertion(stance)) && !view.isQuoted(stance.cue)
    const done = new Set<string>()
    /** Frames already reported, with their parties: one sentence's second claim from the same sources is not a second finding. */
    const reported: Array<{start: number; end: number; parties: string}> = []

    for (const stance of ledger.stances) {
      if (!sourcing(stance)) continue
      const claim = view.claim(stance.claim)
      let stances: Stance[]
      if (claim) {
        if (done.has(claim.id)) continue
        for (const member of view.group(claim.id)) done.add(member.id)
        stances = view.stancesOnGroup(claim.id).filter(sourcing)
      } else {
        stances = [stance]
      }

      // A stance with no source at all ("is expected to", the writer's own
      // words) names no one, so it neither clears the claim nor is flagged.
      stances = stances.filter((item) => item.party !== null || item.source !== null)
      if (stances.length === 0) continue
      // A source the analysis could not resolve to a party is unknown, not
      // anonymous: do not guess. Nor is one the reader can identify (a
      // company's spokesman, "Republicans"; see `isUnnamedSource`).
      const parties = stances.map((item) => view.party(item.party))
      if (parties.some((party) => !party || !isUnnamedSource(party))) continue
      const sources = stances.slice().sort((a, b) => a.cue.start - b.cue.start)
      const anonymous = new Map<string, Party>()
      for (const party of parties as Party[]) if (party.kind === 'anonymous') anonymous.set(party.id, party)
      const explained = [...anonymous.values()].filter((party) => party.anonymity)
      const allExplained = anonymous.size > 0 && explained.length === anonymous.size
      if (allExplained && options?.allowExplained) continue

      const label =
        anonymous.size === 0 ? 'vague' : anonymous.size === new Set(parties.map((party) => party!.id)).size ? 'anonymous' : 'anonymous or vague'
      // "sources (via Reuters)": the outlet that passes the words on is named.
      const names = listNames(
        sources.map((item) => {
          const name = partyName(view.party(item.party), item)
          // Only an outlet carries words on ("Reuters quoted sources"): a
          // stance inside another's content is not passed on by its speaker.
          const channel = view.party(item.via)
          const via = channel && outletKinds.has(channel.kind) && channel.id !== item.party ? partyName(channel) : undefined
          return name && via ? name + ' (via ' + via + ')' : name
        })
      )
      const advice =
        anonymous.size === 0
          ? 'say who'
          : allExplained
            ? 'the text says why they are not named (' + quoted(explained[0].anonymity!.text) + ')'
            : 'the text does not say why they are not named'

      // The claim as the first unnamed source puts it (a linked claim the
      // writer states may come first in the text).
      const first = sources[0]
      const frame = stanceFrame(first)
      const key = [...new Set(sources.map((item) => item.party))].sort().join(' ')
      // Stances come in text order: an overlapping frame is among the last few reported.
      if (reported.slice(-16).some((done) => done.parties === key && done.start < frame.end && frame.start < done.end)) continue
      reported.push({start: frame.start, end: frame.end, parties: key})
      const named = view.claim(first.claim) ?? claim
      report(
        'Only ' + label + ' sources' + (named ? ' for ' + quoted(named.words ?? named.text) : '') + ': ' + names + ' — ' + advice,
        frame,
        {
          related: [
            ...sources.slice(1).map((item) => ({span: stanceFrame(item), message: 'Also unnamed here'})),
            ...explained.map((party) => ({span: party.anonymity!, message: 'Why ' + partyName(party) + ' is not named'}))
          ],
          note:
            anonymous.size === 0
              ? 'Name the experts, critics or analysts, or drop the attribution.'
              : 'Find a named source, or tell the reader why the source cannot be named and how they know.'
        }
      )
    }
  }
)

export default anonymousSource
