/**
 * `state-media-source`: a claim carried by state media (KCNA, TASS, Xinhua,
 * RT …), as the speaker or as the channel ("in a statement carried by
 * KCNA"). State media speak for a government: the reader should know, and
 * the claim wants independent confirmation.
 */
import type {Party, Span, Stance} from '../src/analysis/types.js'
import {partyName, quoted, stanceFrame, vouchRule} from '../src/rule.js'

const stateMediaSource = vouchRule(
  {
    id: 'state-media-source',
    severity: 'warn',
    description: 'A claim carried by state media, as its source or its channel'
  },
  function ({ledger, view, report}) {
    const seen = new Set<string>()
    for (const stance of ledger.stances) {
      const party = view.party(stance.party)
      const via = view.party(stance.via)
      const outlet = party?.kind === 'state-media' ? party : via?.kind === 'state-media' ? via : undefined
      if (!outlet) continue
      const claim = view.claim(stance.claim)
      const key = outlet.id + ' ' + (stance.claim ?? 'cue:' + stance.cue.start)
      if (seen.has(key)) continue
      seen.add(key)

      const carried = outlet === party ? 'comes from' : 'is carried by'
      // "KCNA, state media"; a description that says so already stands alone ("North Korea's state media").
      const name = partyName(outlet) ?? 'an outlet'
      const named = /\bstate\b|\bofficial\b/i.test(name) ? name : name + ', state media'
      const place = outlet === party ? stanceFrame(stance) : (nearestMention(outlet, stance) ?? stanceFrame(stance))
      report(
        (claim ? quoted(claim.words ?? claim.text) : 'A statement') +
          ' ' + carried + ' ' + named + ' — say so and seek independent confirmation',
        place,
        {
          related: outlet === party ? [] : [{span: stanceFrame(stance), message: 'Attributed here'}],
          note: 'State media speak for a government: attribute the claim to it plainly and look for confirmation elsewhere.'
        }
      )
    }
  }
)

/** The channel's mention closest to the stance's cue (the ledger keeps mentions, not the `via` span). */
function nearestMention(party: Party, stance: Stance): Span | undefined {
  let best: Span | undefined
  let distance = Infinity
  for (const mention of party.mentions) {
    const gap = Math.abs(mention.start - stance.cue.start)
    if (gap < distance) {
      best = mention
      distance = gap
    }
  }

  return best
}

export default stateMediaSource
