/**
 * Frame rules: where the text has the plain shape "SUBJECT [adverb] VERB
 * [addressee …] that …" with an unambiguous verb of saying (data:
 * `speechVerbs` in the cue lexicon), the attribution is certain even when
 * the tagger has not seen the verb ("briefed") or lost its way; the rule
 * writes only where the tagger left tokens unlabelled (or, for the clause,
 * labelled content), never over its sources and cues.
 *
 * The second frame is the postposed cue closing a sentence: "CLAUSE,
 * SOURCE cue." — when the tagger found source and cue but left the clause
 * before the comma unlabelled, that clause is the content.
 */
import type {Document} from '../document.js'
import {B_CONTENT, B_CUE, B_SOURCE, I_CONTENT, I_SOURCE, O, roleOf} from './labels.js'

const SOURCE = 1
const CUE = 2

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

export function applyPostposedFrames(doc: Document, labels: Uint8Array): void {
  const tokens = doc.tokens
  for (const sentence of doc.sentences) {
    let end = sentence.endToken - 1
    while (end > sentence.firstToken && tokens[end].kind !== 'word') end--
    if (roleOf(labels[end]) !== CUE) continue
    let cue = end
    while (cue > sentence.firstToken && roleOf(labels[cue - 1]) === CUE && labels[cue] !== B_CUE) cue--
    let source = cue - 1
    if (source <= sentence.firstToken || roleOf(labels[source]) !== SOURCE) continue
    while (source > sentence.firstToken && roleOf(labels[source - 1]) === SOURCE && labels[source] !== B_SOURCE) source--
    const comma = source - 1
    if (comma <= sentence.firstToken || tokens[comma].text !== ',') continue
    let free = true
    for (let i = sentence.firstToken; i < comma && free; i++) if (labels[i] !== O) free = false
    if (!free) continue
    for (let i = sentence.firstToken; i < comma; i++) labels[i] = i === sentence.firstToken ? B_CONTENT : I_CONTENT
  }
}

function isCapitalised(text: string): boolean {
  const code = text.charCodeAt(0)
  return code >= 65 && code <= 90
}
