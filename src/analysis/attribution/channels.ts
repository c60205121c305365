/**
 * Channels: the outlet that carries a stance. Two shapes are recognised:
 *
 * - nesting: a stance whose cue lies inside another stance's content is
 *   carried by that stance's source ("Yonhap reported that the NIS said …":
 *   the NIS stance comes via Yonhap);
 * - a carrying phrase in the cue's sentence before the cue: "in a statement
 *   carried by the official Korean Central News Agency on Thursday, a
 *   spokesman said …". The verbs ("carried", "published", …) are data in
 *   the cue lexicon (`channelVerbs`);
 * - a quoting frame: "Reuters quoted sources as saying …" is the sources'
 *   stance, carried by Reuters.
 */
import type {Document} from '../document.js'
import {tokenSpan, tokenStartingFrom} from '../document.js'
import type {FoundStance, Span} from '../types.js'

/** Words that end the outlet's noun phrase after "carried by". */
const PHRASE_END = new Set(['on', 'in', 'at', 'late', 'early', 'earlier', 'last', 'this', 'that', 'which', 'who', 'and', 'said', 'says'])

export function addChannels(doc: Document, stances: FoundStance[], channelVerbs: Set<string>): void {
  for (const stance of stances) quotingFrame(doc, stance)
  const outer = outerSources(stances)
  stances.forEach((stance, index) => {
    stance.channel ??= carryingPhrase(doc, stance, channelVerbs) ?? outer[index]
  })
}

/**
 * For each stance, the source of the innermost other stance whose content
 * contains its cue. A sweep in text order keeps it linear in practice
 * (contents rarely overlap much), not quadratic on long documents.
 */
function outerSources(stances: FoundStance[]): Array<Span | null> {
  const result: Array<Span | null> = stances.map(() => null)
  const carriers = stances
    .filter((s) => s.content && s.source)
    .sort((a, b) => a.content!.start - b.content!.start)
  const order = stances.map((_, index) => index).sort((a, b) => stances[a].cue.start - stances[b].cue.start)
  let active: FoundStance[] = []
  let next = 0
  for (const index of order) {
    const cue = stances[index].cue
    while (next < carriers.length && carriers[next].content!.start <= cue.start) active.push(carriers[next++])
    active = active.filter((carrier) => carrier.content!.end >= cue.start)
    let best: FoundStance | null = null
    for (const carrier of active) {
      if (carrier === stances[index] || cue.end > carrier.content!.end) continue
      // The innermost enclosing content is the closest carrier.
      if (!best || carrier.content!.end - carrier.content!.start < best.content!.end - best.content!.start) best = carrier
    }

    result[index] = best ? best.source : null
  }

  return result
}

/**
 * "Reuters quoted sources as saying …", "the paper cited officials as
 * saying …": whoever the outlet quotes is the source, and the outlet
 * carries the stance. The cue keeps the whole frame.
 */
function quotingFrame(doc: Document, stance: FoundStance): void {
  if (!stance.source || stance.channel) return
  const tokens = doc.tokens
  const first = tokenStartingFrom(doc, stance.cue.start)
  if (first >= tokens.length || !QUOTING.has(tokens[first].lower)) return
  let as = first + 1
  while (as < tokens.length && tokens[as].end <= stance.cue.end && tokens[as].lower !== 'as') as++
  if (as >= tokens.length || tokens[as].end > stance.cue.end || as === first + 1) return
  stance.channel = stance.source
  stance.source = tokenSpan(doc, first + 1, as - 1)
}

/** Verbs by which an outlet passes on someone else's words. */
const QUOTING = new Set(['quoted', 'quotes', 'quoting', 'cited', 'cites', 'citing'])

function carryingPhrase(doc: Document, stance: FoundStance, channelVerbs: Set<string>): Span | null {
  const tokens = doc.tokens
  const cue = tokenStartingFrom(doc, stance.cue.start)
  if (cue >= tokens.length) return null
  const sentence = doc.sentences[tokens[cue].sentence]
  for (let i = sentence.firstToken; i + 2 < cue; i++) {
    if (!channelVerbs.has(tokens[i].lower) || tokens[i + 1].lower !== 'by') continue
    const first = i + 2
    let last = first
    while (last + 1 < cue && tokens[last + 1].kind === 'word' && !PHRASE_END.has(tokens[last + 1].lower)) last++
    if (tokens[first].kind !== 'word') continue
    return tokenSpan(doc, first, last)
  }

  return null
}
