/**
 * Passive frames: a passive cue's agent, after "by", is its source.
 */
import type {Document} from '../document.js'
import {B_CONTENT, B_SOURCE, I_CONTENT, I_SOURCE, O, roleOf} from './labels.js'
import {CUE, SOURCE} from './runs.js'

/**
 * A passive cue's agent is its source ("Rubio was asked by Fox Business
 * moderator Gerard Baker whether …", "a measure strongly opposed by
 * unions"): the noun phrase after "by", to the next punctuation or clause
 * word, becomes the source; a source the tagger put right before the cue
 * is the cue's subject, its content. Not a manner ("by saying") or an
 * amount ("by 10 points").
 */
export function applyPassiveAgents(doc: Document, labels: Uint8Array, isReporting: (lower: string) => boolean): void {
  const tokens = doc.tokens
  for (let i = 1; i + 2 < tokens.length; i++) {
    if (roleOf(labels[i]) !== CUE || roleOf(labels[i + 1]) === CUE) continue
    const by = tokens[i].lower === 'by' ? i : tokens[i + 1].lower === 'by' && labels[i + 1] === O ? i + 1 : -1
    // The participle must report an act ("criticized by"), not a feeling
    // whose "by" names its cause ("troubled by the raids").
    if (by === -1 || by + 1 >= tokens.length || !isReporting(tokens[by - 1].lower)) continue
    const agent = agentAfter(doc, by, (index) => roleOf(labels[index]) === CUE)
    if (!agent) continue
    const {first, last} = agent
    for (let j = first; j <= last; j++) labels[j] = j === first ? B_SOURCE : I_SOURCE
    // The subject the tagger read as the source.
    let cueFirst = i
    while (cueFirst > 0 && roleOf(labels[cueFirst - 1]) === CUE) cueFirst--
    const before = cueFirst > 1 && tokens[cueFirst - 1].text === ',' ? cueFirst - 2 : cueFirst - 1
    if (before >= 0 && roleOf(labels[before]) === SOURCE) {
      let j = before
      while (j >= 0 && roleOf(labels[j]) === SOURCE) {
        labels[j] = I_CONTENT
        j--
      }

      labels[j + 1] = B_CONTENT
    }
  }
}

/**
 * The agent after "by" at token `by`: the noun phrase to the next
 * punctuation or clause word (or a token `stops` says ends it), within the
 * sentence; none for a manner ("by saying") or an amount ("by 10 points";
 * "by 42 percent of voters" is an agent).
 */
export function agentAfter(doc: Document, by: number, stops: (index: number) => boolean = () => false): {first: number; last: number} | undefined {
  const tokens = doc.tokens
  const first = by + 1
  const head = tokens[first]
  if (!head || head.kind !== 'word' || head.sentence !== tokens[by].sentence || head.lower.endsWith('ing')) return undefined
  let last = first
  for (;;) {
    const next = last + 1
    if (next >= tokens.length || next - first > MAX_AGENT || tokens[next].sentence !== tokens[by].sentence || stops(next)) break
    if (tokens[next].kind === 'word' && !AGENT_ENDS.has(tokens[next].lower)) last = next
    // "10,000 people": a number's thousands.
    else if (tokens[next].text === ',' && /^\d+$/.test(tokens[last].text) && next + 1 < tokens.length && /^\d{3}\b/.test(tokens[next + 1].text)) last = next + 1
    else break
  }

  return /^\d/.test(head.text) && !tokens.slice(first, last + 1).some((token) => token.lower === 'of') ? undefined : {first, last}
}

/** How many words a passive agent may run on after its head word. */
const MAX_AGENT = 12

/** Words that end a passive agent: clause openers and prepositions of circumstance (grammar, not data). */
const AGENT_ENDS = new Set(['who', 'which', 'that', 'whether', 'why', 'what', 'how', 'when', 'where', 'as', 'to', 'for', 'in', 'on', 'at', 'after', 'before', 'because', 'with', 'from', 'during', 'over', 'about', 'since', 'while', 'if', 'than'])
