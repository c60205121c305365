/**
 * Sources that say why they are not named: "Three officials who spoke on
 * condition of anonymity because they were not allowed to discuss the
 * inquiry said …", "a White House official who spoke anonymously to discuss
 * internal strategy said …", "a strategist, speaking on the condition of
 * anonymity to offer an assessment, said …".
 *
 * The clause is part of the source (PolNeAR marks "a campaign official who
 * was not authorized to speak publicly before the announcement" whole), and
 * the cue is the verb of saying after it. The tagger, which reads a window
 * of words, often takes a verb inside the clause for the cue ("were not
 * allowed to discuss"), which leaves the anonymous source with no stance of
 * its own: a rule over the labels puts the roles back.
 */
import type {Document} from '../document.js'
import {partyLexicons} from '../parties/lexicons.js'
import {phraseEnd} from '../parties/referents.js'
import {B_CONTENT, B_CUE, B_SOURCE, I_CONTENT, I_SOURCE} from './labels.js'

/** Words that open the clause before its anonymity phrase ("who spoke on condition …", ", speaking anonymously"). */
const CLAUSE_OPENERS = new Set(['who', 'that', 'speaking', 'talking', ','])
/** How far before the phrase its clause may open, and how far after it the verb of saying may come, in tokens. */
const OPENER_REACH = 4
const VERB_REACH = 24
/** Where the noun phrase before the clause stops, walking left. */
const PHRASE_STOPS = new Set(['said', 'says', 'told', 'that', 'which', 'because', 'although', 'though', 'while', 'when', 'after', 'before', 'if', 'as', 'since', 'but'])
const PHRASE_REACH = 8

export function applyAnonymityFrames(doc: Document, labels: Uint8Array, speechVerbs: Set<string>): void {
  const tokens = doc.tokens
  const starts = partyLexicons().anonymityCueStarts
  for (let i = 0; i < tokens.length; i++) {
    const phrases = starts.get(tokens[i].lower)
    if (!phrases) continue
    // Most phrases open with a common word ("on", "not", "was"): the next
    // word rules nearly all of them out before the phrase is compared whole.
    const following = tokens[i + 1]?.lower
    const next = following !== undefined && following.includes('’') ? following.replace(/’/g, "'") : following
    let end = -1
    for (const phrase of phrases) {
      const space = phrase.indexOf(' ')
      if (space !== -1 && next !== undefined && !phrase.startsWith(next, space + 1)) continue
      end = Math.max(end, phraseEnd(doc, i, phrase))
    }

    if (end === -1) continue
    const sentence = tokens[i].sentence

    // The clause's opener, then the noun phrase it describes.
    let opener = i - 1
    while (inSentence(tokens, opener, sentence) && i - opener <= OPENER_REACH && !CLAUSE_OPENERS.has(tokens[opener].lower)) opener--
    if (!inSentence(tokens, opener, sentence) || !CLAUSE_OPENERS.has(tokens[opener].lower)) continue
    let head = opener - 1
    if (inSentence(tokens, head, sentence) && tokens[head].text === ',') head--
    if (!inSentence(tokens, head, sentence) || tokens[head].kind !== 'word') continue
    let start = head
    while (inSentence(tokens, start - 1, sentence) && head - start < PHRASE_REACH && tokens[start - 1].kind === 'word' && !PHRASE_STOPS.has(tokens[start - 1].lower)) start--

    // The verb of saying after the clause.
    let verb = end + 1
    while (inSentence(tokens, verb, sentence) && verb - end <= VERB_REACH && !speechVerbs.has(tokens[verb].lower)) verb++
    if (!inSentence(tokens, verb, sentence) || !speechVerbs.has(tokens[verb].lower)) continue

    labels[start] = B_SOURCE
    for (let k = start + 1; k < verb; k++) labels[k] = I_SOURCE
    labels[verb] = B_CUE
    // A content the tagger began inside the clause goes on after the verb.
    if (labels[verb + 1] === I_CONTENT) labels[verb + 1] = B_CONTENT
    i = verb
  }
}

/**
 * Whether token `index` exists and is in sentence `sentence`. A function of
 * the module rather than a closure over the loop's sentence: V8 would
 * allocate the loop body's scope at every token to keep it.
 */
function inSentence(tokens: Document['tokens'], index: number, sentence: number): boolean {
  return index >= 0 && index < tokens.length && tokens[index].sentence === sentence
}
