/**
 * Channels: the outlet that carries a stance. Two shapes are recognised:
 *
 * - nesting: a stance whose cue lies inside another stance's content is
 *   carried by that stance's source ("Yonhap reported that the NIS said …":
 *   the NIS stance comes via Yonhap);
 * - a carrying phrase in the cue's sentence before the cue: "in a statement
 *   carried by the official Korean Central News Agency on Thursday, a
 *   spokesman said …". The verbs ("carried", "published", …) are data in
 *   the cue lexicon (`channelVerbs`).
 */
import type {Document} from '../document.js'
import {tokenSpan} from '../document.js'
import type {FoundStance, Span} from '../types.js'

/** Words that end the outlet's noun phrase after "carried by". */
const PHRASE_END = new Set(['on', 'in', 'at', 'late', 'early', 'earlier', 'last', 'this', 'that', 'which', 'who', 'and', 'said', 'says'])

export function addChannels(doc: Document, stances: FoundStance[], channelVerbs: Set<string>): void {
  for (const stance of stances) {
    stance.channel = carryingPhrase(doc, stance, channelVerbs) ?? outerSource(stance, stances)
  }
}

function outerSource(stance: FoundStance, stances: FoundStance[]): Span | null {
  let best: FoundStance | null = null
  for (const other of stances) {
    if (other === stance || !other.content || !other.source) continue
    if (other.content.start <= stance.cue.start && stance.cue.end <= other.content.end) {
      // The innermost enclosing content is the closest carrier.
      if (!best || other.content!.end - other.content!.start < best.content!.end - best.content!.start) best = other
    }
  }

  return best ? best.source : null
}

function carryingPhrase(doc: Document, stance: FoundStance, channelVerbs: Set<string>): Span | null {
  const tokens = doc.tokens
  // First token at or after the cue's start (binary search: stances are many).
  let lo = 0
  let hi = tokens.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (tokens[mid].start < stance.cue.start) lo = mid + 1
    else hi = mid
  }

  const cue = lo
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
