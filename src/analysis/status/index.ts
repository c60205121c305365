/**
 * Confirmation-status stances: `confirms`, `denies`, `unconfirmed`,
 * `no-comment`, `hedged`, `no-evidence` (spec/ledger.md, Stances); and what
 * the wording rules need to know of the attributions: the verb of each cue
 * in its reporting sense (`wording.ts`) and the impersonal ones
 * (`impersonal.ts`).
 *
 * One pass over the words: a word that can start a status (a phrase anchor,
 * a status verb, a hedge, an impersonal cue, a falsity word) is looked up in
 * precompiled tables, and only then is its context read. Everything the
 * finders know about English words is in `data/lexicons/status.json`,
 * `hedges.json` and `wording.json`.
 */
import type {Document} from '../document.js'
import {tokenStartingFrom} from '../document.js'
import type {FoundStance} from '../types.js'
import {wordView} from './context.js'
import {statusLexicon, triggerFalsity, triggerHedge, triggerImpersonal, triggerPhrase, triggerVerb, type StatusLexicon} from './lexicon.js'

export {compileLexicon, statusLexicon, type StatusLexicon} from './lexicon.js'
import type {FinderState} from './state.js'
import {findPhraseStatus} from './phrases.js'
import {findVerbStatus, verbFamily} from './verbs.js'
import {findHedge, findReducedHedge} from './hedges.js'
import {findFalsity} from './falsity.js'
import {findImpersonal} from './impersonal.js'
import {markCueVerbs} from './wording.js'

/**
 * Find confirmation-status stances (confirms, denies, unconfirmed, …), and
 * impersonal attributions ("is expected to", "apparently": `asserts`
 * stances with no party, marked `impersonal`). Also reads how each
 * attribution's cue reports (`FoundStance.verb`) and marks the attributions
 * found with no source that are impersonal: both are set on the given
 * `attributions` in place. `lexicon` defaults to the package's
 * `data/lexicons/status.json`, `hedges.json` and `wording.json`; pass
 * `compileLexicon(…)` of an extended copy to use your own.
 */
export function findStatuses(doc: Document, attributions: FoundStance[], lexicon: StatusLexicon = statusLexicon()): FoundStance[] {
  const view = wordView(doc)
  const state: FinderState = {
    doc,
    view,
    lexicon,
    taken: new Uint8Array(doc.tokens.length),
    attributions,
    contentOf: contentIndex(doc, attributions),
    cueOf: cueIndex(doc, attributions),
    found: []
  }

  for (let index = 0; index < doc.tokens.length; index++) {
    // The flags first: punctuation and taken words need no look-up.
    if (!view.isWord[index] || state.taken[index]) continue
    const bits = lexicon.triggers.get(view.keys[index])
    if (bits === undefined) continue
    if (bits & triggerPhrase && findPhraseStatus(state, index)) continue
    if (bits & triggerVerb) {
      const family = verbFamily(state, view.keys[index])
      if (family && findVerbStatus(state, index, family)) continue
    }

    if (bits & triggerHedge && (findHedge(state, index) || findReducedHedge(state, index))) continue
    if (bits & triggerImpersonal && findImpersonal(state, index)) continue
    if (bits & triggerFalsity) findFalsity(state, index)
  }

  markCueVerbs(state)
  return state.found
}

/** For each token, the attribution whose cue covers it. */
function cueIndex(doc: Document, attributions: FoundStance[]): Int32Array {
  const index = new Int32Array(doc.tokens.length).fill(-1)
  for (const [position, attribution] of attributions.entries()) {
    for (let token = firstTokenAtOrAfter(doc, attribution.cue.start); token < doc.tokens.length && doc.tokens[token].start < attribution.cue.end; token++) {
      index[token] = position
    }
  }

  return index
}

/**
 * For each token, the attribution whose content covers it (the innermost,
 * i.e. the shortest), so a finder can ask "who says these words?".
 */
function contentIndex(doc: Document, attributions: FoundStance[]): Int32Array {
  const index = new Int32Array(doc.tokens.length).fill(-1)
  const order = attributions
    .map((attribution, position) => ({attribution, position}))
    .filter(({attribution}) => attribution.kind === 'asserts' && attribution.content)
    .sort((a, b) => length(b.attribution) - length(a.attribution))

  for (const {attribution, position} of order) {
    const content = attribution.content!
    let token = firstTokenAtOrAfter(doc, content.start)
    for (; token < doc.tokens.length && doc.tokens[token].end <= content.end; token++) index[token] = position
  }

  return index
}

function length(stance: FoundStance): number {
  return stance.content ? stance.content.end - stance.content.start : 0
}

function firstTokenAtOrAfter(doc: Document, offset: number): number {
  return tokenStartingFrom(doc, offset)
}
