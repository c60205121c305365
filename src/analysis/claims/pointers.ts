/**
 * Claims that point instead of saying. The object of a denial or of a
 * withheld confirmation is often a noun that names a claim made elsewhere —
 * "denied the allegations", "disputed the report", "a charge which the
 * administration denies" — or a pronoun ("that is just not true"). Taken
 * as it stands, the claim is "the allegations", and a message would say
 * that no one in the text asserts it while the story says who does, a line
 * or a paragraph before.
 *
 * A pointer is resolved to the nearest earlier claim of another party whose
 * cue makes the kind of claim the noun names ("the allegations" → an
 * attribution with "alleged", "accused", "charged" …; "the report" →
 * "reported", "according to" …), within a few sentences; a pronoun to the
 * nearest claim of another party in the same or the previous sentence. The
 * words are data: `data/lexicons/pointers.json`.
 */
import type {Document} from '../document.js'
import {tokenStartingFrom} from '../document.js'
import type {FoundStance} from '../types.js'
import {readData} from '../status/lexicon.js'

interface PointersFile {
  nouns: Record<string, string[]>
  pronouns: string[]
  modifiers: string[]
}

interface PointerLexicon {
  nouns: Map<string, string[]>
  pronouns: Set<string>
  modifiers: Set<string>
}

let cached: PointerLexicon | undefined

function pointerLexicon(): PointerLexicon {
  if (!cached) {
    const file = readData<PointersFile>('pointers.json')
    cached = {nouns: new Map(Object.entries(file.nouns)), pronouns: new Set(file.pronouns), modifiers: new Set(file.modifiers)}
  }

  return cached
}

/** Stance kinds whose claim is the object of a status word, and so can be a pointer. */
const pointing = new Set(['denies', 'unconfirmed', 'confirms', 'no-evidence'])
/**
 * How far back a pointer looks, in sentences: a noun whose cue matches in
 * kind ("the allegations" → "alleged"), a noun matched only by a plain
 * verb of saying ("said"), and a pronoun (which may as well mean the
 * writer's own narration: only in its own sentence).
 */
const nounReach = 4
const plainReach = 1
const pronounReach = 0

/** What a claim's words are: a pointer (with the cue beginnings it points to; empty for a pronoun) or a statement (`null`). */
type Pointer = string[] | null

/**
 * For each pointer claim (by draft index): the draft it points to, or `-1`
 * when it points to nothing the text has. Drafts that state something are
 * not in the map.
 */
export function resolvePointers(
  doc: Document,
  found: FoundStance[],
  draftOfStance: number[],
  drafts: Array<{start: number; end: number}>
): Map<number, number> {
  const resolved = new Map<number, number>()
  const lexicon = pointerLexicon()
  const pointerOf = new Map<number, Pointer>()
  const pointer = (draft: number): Pointer => {
    let value = pointerOf.get(draft)
    if (value === undefined) {
      value = readPointer(doc, lexicon, drafts[draft])
      pointerOf.set(draft, value)
    }

    return value
  }

  for (let index = 0; index < found.length; index++) {
    const stance = found[index]
    const draft = draftOfStance[index]
    if (!pointing.has(stance.kind) || draft === -1 || resolved.has(draft)) continue
    const cues = pointer(draft)
    if (!cues) continue
    resolved.set(draft, antecedent(doc, found, draftOfStance, drafts, index, cues, pointer))
  }

  return resolved
}

/**
 * For a denial that names no claim ("The firm insisted that it had
 * complied fully with the law"): the accusation it answers, if one of
 * another party stands a few sentences before ("Officials claim that the
 * firm has no valid title …"); `-1` if none.
 */
export function answeredAccusation(
  doc: Document,
  found: FoundStance[],
  draftOfStance: number[],
  drafts: Array<{start: number; end: number}>,
  at: number
): number {
  const lexicon = pointerLexicon()
  const cues = lexicon.nouns.get('allegation') ?? []
  return antecedent(doc, found, draftOfStance, drafts, at, cues, (draft) => readPointer(doc, lexicon, drafts[draft]))
}

/** Whether a claim's words only name a claim: "the allegations", "the fraud claims", "it". */
function readPointer(doc: Document, lexicon: PointerLexicon, span: {start: number; end: number}): Pointer {
  const words: string[] = []
  for (let index = tokenStartingFrom(doc, span.start); index < doc.tokens.length && doc.tokens[index].start < span.end; index++) {
    const token = doc.tokens[index]
    if (token.kind !== 'word') continue
    words.push(token.lower)
    if (words.length > 4) return null
  }

  // "denied the $5m": no word to name a claim with.
  if (words.length === 0) return null
  if (words.length === 1 && lexicon.pronouns.has(words[0])) return []
  let first = 0
  while (first < words.length - 1 && lexicon.modifiers.has(words[first])) first++
  if (words.length - first > 2) return null
  const head = words[words.length - 1]
  return lexicon.nouns.get(head) ?? (head.endsWith('s') ? lexicon.nouns.get(head.slice(0, -1)) : undefined) ?? null
}

/**
 * The nearest earlier claim the pointer of stance `at` can mean: asserted
 * (or hedged) by another party, stating something, with a cue of the kind
 * the noun names (any cue for a pronoun), not too far back. `-1` if none.
 */
function antecedent(
  doc: Document,
  found: FoundStance[],
  draftOfStance: number[],
  drafts: Array<{start: number; end: number}>,
  at: number,
  cues: string[],
  pointer: (draft: number) => Pointer
): number {
  const stance = found[at]
  const sentence = sentenceIndex(doc, stance.cue.start)
  const reach = cues.length === 0 ? pronounReach : nounReach
  const own = stance.source?.text.toLowerCase()
  for (let index = at - 1; index >= 0; index--) {
    const other = found[index]
    if (sentence - sentenceIndex(doc, other.cue.start) > reach) break
    if ((other.kind !== 'asserts' && other.kind !== 'hedged') || other.silent || other.attitude) continue
    const draft = draftOfStance[index]
    if (draft === -1 || drafts[draft].start >= stance.cue.start || pointer(draft)) continue
    // The denier's own words are not the claim it denies ("X denied it, saying …").
    if (own && other.source && other.source.text.toLowerCase() === own) continue
    if (!statesEnough(doc, drafts[draft])) continue
    // A claim that holds the denial itself is what someone says about it
    // ("Petrel said it has no information to confirm or deny the report"),
    // unless its cue makes the very claim ("accused the president of …, a
    // charge which the administration denies").
    const encloses = drafts[draft].end > stance.cue.start
    const distance = sentence - sentenceIndex(doc, other.cue.start)
    const specific = encloses || (cues.length > 0 && distance > plainReach)
    if ((cues.length > 0 || encloses) && !cueMatches(doc, other, cues, specific)) continue
    return draft
  }

  return -1
}

function sentenceIndex(doc: Document, offset: number): number {
  const token = doc.tokens[Math.min(tokenStartingFrom(doc, offset), doc.tokens.length - 1)]
  return token ? token.sentence : 0
}

/** At least three words: a claim, not a name or a pointer. */
function statesEnough(doc: Document, span: {start: number; end: number}): boolean {
  let words = 0
  for (let index = tokenStartingFrom(doc, span.start); index < doc.tokens.length && doc.tokens[index].start < span.end; index++) {
    if (doc.tokens[index].kind === 'word' && ++words >= 3) return true
  }

  return false
}

/** Plain verbs of saying: they make any claim, so they do not tell which one a noun means. */
const plainSaying = new Set(['said', 'say', 'says', 'saying', 'told', 'tell', 'tells'])

/** Whether a word of the stance's cue begins with one of `cues` (`specific`: not a plain verb of saying). */
function cueMatches(doc: Document, stance: FoundStance, cues: string[], specific: boolean): boolean {
  for (let index = tokenStartingFrom(doc, stance.cue.start); index < doc.tokens.length && doc.tokens[index].start < stance.cue.end; index++) {
    const word = doc.tokens[index].lower
    if (specific && plainSaying.has(word)) continue
    for (const cue of cues) if (word.startsWith(cue)) return true
  }

  return false
}
