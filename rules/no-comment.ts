/**
 * `no-comment`: a party that declined to comment or could not be reached.
 * Not a fault — it is information: an editor wants to see at a glance whose
 * side is missing from the story, so it is reported as `info` by default.
 */
import {partyName, quoted, stanceFrame, vouchRule} from '../src/rule.js'

const noComment = vouchRule(
  {
    id: 'no-comment',
    severity: 'info',
    description: 'A party that declined to comment or could not be reached'
  },
  function ({ledger, view, report}) {
    for (const stance of ledger.stances) {
      // Inside a quotation it is someone's account of a silence (“Trump
      // refused to say whether …,” the letter says), not the story's missing side.
      if (stance.kind !== 'no-comment' || view.isQuoted(stance.cue)) continue
      const who = partyName(view.party(stance.party), stance)
      const claim = view.claim(stance.claim)
      report(
        'No comment from ' + (who ?? 'an unnamed party') + ' (' + quoted(stance.cue.text) + ')' + (claim ? ' on ' + quoted(claim.words ?? claim.text) : '') +
          ': their side is missing',
        stanceFrame(stance),
        {note: 'Say how and when they were asked, and update the story if they respond.'}
      )
    }
  }
)

export default noComment
