/**
 * Frame rules: where the text has the plain shape "SUBJECT [adverb] VERB
 * [addressee …] that …" with an unambiguous verb of saying (data:
 * `speechVerbs` in the cue lexicon), the attribution is certain even when
 * the tagger has not seen the verb ("briefed") or lost its way; the rule
 * writes only where the tagger left tokens unlabelled (or, for the clause,
 * labelled content), never over its sources and cues.
 */
import type {Document} from '../document.js'
import {B_CONTENT, B_CUE, B_SOURCE, I_CONTENT, I_SOURCE, O} from './labels.js'

const PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i', 'who', 'it'])
const ADVERBS = new Set(['also', 'later', 'then', 'previously', 'again', 'earlier', 'had', 'has', 'have', 'already', 'repeatedly', 'reportedly'])
/** How far the complementiser may stand from the verb ("told the UNSC on Wednesday that"). */
const MAX_ADDRESSEE = 7

export function applyFrames(doc: Document, labels: Uint8Array, speechVerbs: Set<string>): void {
  const tokens = doc.tokens
  for (let i = 1; i < tokens.length; i++) {
    if (labels[i] !== O || !speechVerbs.has(tokens[i].lower)) continue
    const sentence = doc.sentences[tokens[i].sentence]

    // The complementiser, with only unlabelled words between.
    let that = -1
    for (let j = i + 1; j < sentence.endToken && j <= i + MAX_ADDRESSEE; j++) {
      // The tagger often finds the clause but not the verb: content is fine.
      if (tokens[j].lower === 'that' && (labels[j] === O || labels[j] === B_CONTENT)) {
        that = j
        break
      }

      if (labels[j] !== O) break

      if (tokens[j].kind !== 'word') break
    }

    if (that === -1) continue
    let end = sentence.endToken - 1
    while (end > that && tokens[end].kind !== 'word' && tokens[end].text !== '”' && tokens[end].text !== '"') end--
    let free = true
    for (let j = that + 1; j <= end && free; j++) if (labels[j] !== O && labels[j] !== I_CONTENT) free = false
    if (!free || end <= that) continue

    // The subject: a pronoun or a run of capitalised words right before.
    let k = i - 1
    while (k > sentence.firstToken && ADVERBS.has(tokens[k].lower)) k--
    if (k < sentence.firstToken || labels[k] !== O || tokens[k].kind !== 'word') continue
    let first = k
    if (!PRONOUNS.has(tokens[k].lower)) {
      while (first >= sentence.firstToken && labels[first] === O && isCapitalised(tokens[first].text)) first--
      first++
      if (first > k) continue
      // "The NIS": take a determiner with the name.
      if (first > sentence.firstToken && tokens[first - 1].lower === 'the' && labels[first - 1] === O) first--
    }

    for (let j = first; j <= k; j++) labels[j] = j === first ? B_SOURCE : I_SOURCE
    labels[i] = B_CUE
    for (let j = that; j <= end; j++) labels[j] = j === that ? B_CONTENT : I_CONTENT
  }
}

function isCapitalised(text: string): boolean {
  const code = text.charCodeAt(0)
  return code >= 65 && code <= 90
}
