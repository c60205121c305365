/**
 * Claims: one per distinct content span of the found stances, linked
 * (`sameAs`) when they state the same thing — a claim that only points to
 * another ("denied the allegations") to the one it points to
 * (`pointers.ts`, `Claim.refersTo`) — plus *bare* claims — sentences
 * that state flatly, with no one cited, what a status stance elsewhere
 * marks denied, unconfirmed, hedged or unevidenced (what the
 * `certainty-mismatch` rule needs).
 *
 * "The same thing" is judged on shared content words (light stems, names
 * weighted double): enough shared weight relative to the smaller claim, at
 * least two shared words, and at least one of them not a name — two claims
 * about the same countries or people are not the same claim unless they also
 * share what is said of them. Candidates are found through an index of
 * stems, so only claims (and sentences) that share a word are compared.
 */
import type {Document} from '../document.js'
import {tokenEndingAfter} from '../document.js'
import type {Claim, FoundStance, StanceKind} from '../types.js'
import {bagWeight, isName, overlap, stemBag, stemCount, stemFilter, type StemBag} from './words.js'
import {answeredAccusation, resolvePointers} from './pointers.js'
import {firstIndex} from '../../search.js'

export interface BuiltClaims {
  claims: Claim[]
  /** Index-aligned with the found stances: the claim of each `content`. */
  claimOf: Array<Claim | null>
  /** Index-aligned with the found stances: for a denial with no claim of its own, the accusation it answers (`Stance.answers`). */
  answerOf: Array<Claim | null>
}

/** Stances whose claim a flat statement elsewhere would contradict in certainty. */
const doubtingKinds = new Set<StanceKind>(['denies', 'unconfirmed', 'hedged', 'no-evidence'])

/** Share of the smaller claim's weight that must be shared to link two claims. */
const claimThreshold = 0.5
/** Share of the status claim's weight a bare sentence must share (a sentence says more, so ask more). */
const sentenceThreshold = 0.6
/** A stem in more sentences than this share of the document is too common to find candidates by. */
const commonShare = 0.2
/**
 * Claims are only compared with claims (and sentences) that start within
 * this many characters: a story restates its claims within itself, and
 * without a window an archive dump of thousands of stories would compare
 * every claim with every other (quadratic).
 */
const windowSize = 40_000

interface Draft {
  start: number
  end: number
  bag: StemBag
  weight: number
  sameAs: Set<number>
  doubted: boolean
  bare: boolean
}

/** Make claims of the found contents and link those that state the same thing. */
export function buildClaims(doc: Document, found: FoundStance[]): BuiltClaims {
  const drafts: Draft[] = []
  const draftOfSpan = new Map<string, number>()
  const draftOfStance: number[] = found.map((stance) => {
    const content = stance.content
    if (!content || content.end <= content.start) return -1
    const key = content.start + ':' + content.end
    let index = draftOfSpan.get(key)
    if (index === undefined) {
      index = drafts.length
      draftOfSpan.set(key, index)
      const bag = stemBag(doc, content.start, content.end, firstTokenAt(doc, content.start))
      drafts.push({start: content.start, end: content.end, bag, weight: bagWeight(bag), sameAs: new Set(), doubted: false, bare: false})
    }

    if (doubtingKinds.has(stance.kind)) drafts[index].doubted = true
    return index
  })

  linkClaims(doc, drafts, stemCount(doc))
  // "denied the allegations": the claim the pointer means states the same thing.
  const pointers = resolvePointers(doc, found, draftOfStance, drafts)
  for (const [pointer, antecedent] of pointers) if (antecedent !== -1) link(drafts, pointer, antecedent)
  addBareClaims(doc, found, drafts)

  // Ids in text order.
  const order = drafts.map((_, index) => index).sort((a, b) => drafts[a].start - drafts[b].start || drafts[a].end - drafts[b].end)
  const idOf = new Array<string>(drafts.length)
  for (const [position, index] of order.entries()) idOf[index] = 'c' + (position + 1)
  const claimByDraft = new Array<Claim>(drafts.length)
  const claims: Claim[] = order.map((index) => {
    const draft = drafts[index]
    const claim: Claim = {
      id: idOf[index],
      start: draft.start,
      end: draft.end,
      text: doc.text.slice(draft.start, draft.end),
      sameAs: [...draft.sameAs].sort((a, b) => drafts[a].start - drafts[b].start).map((other) => idOf[other])
    }
    const antecedent = pointers.get(index)
    if (antecedent !== undefined) claim.refersTo = antecedent === -1 ? null : idOf[antecedent]
    claimByDraft[index] = claim
    return claim
  })

  // A denial with no claim of its own answers the accusation before it.
  const answerOf = found.map((stance, index) => {
    if (stance.kind !== 'denies' || stance.content) return null
    const answered = answeredAccusation(doc, found, draftOfStance, drafts, index)
    return answered === -1 ? null : claimByDraft[answered]
  })

  return {claims, claimOf: draftOfStance.map((index) => (index === -1 ? null : claimByDraft[index])), answerOf}
}

/**
 * Link every pair of claims that share enough content (symmetric). A stem
 * that many claims of the document share (the story's subject: "North
 * Korean" in a story about North Korea) says little about which claim is
 * which, so stems are weighted by their rarity among the claims.
 */
function linkClaims(doc: Document, drafts: Draft[], stems: number): void {
  // Stem ids are small and dense (see `stemBag`): claims by stem in an array.
  const byStem = new Array<number[] | undefined>(stems)
  for (let index = 0; index < drafts.length; index++) {
    for (const key of drafts[index].bag.keys()) {
      const list = byStem[key]
      if (list) list.push(index)
      else byStem[key] = [index]
    }
  }

  const count = drafts.length
  // The rarity of a stem depends only on how many claims have it.
  const rarityOf = new Array<number | undefined>(count + 1)
  for (const draft of drafts) {
    const bag = draft.bag
    // Re-setting existing keys keeps their order; no pair arrays.
    for (const key of bag.keys()) {
      const frequency = byStem[key]!.length
      bag.set(key, bag.get(key)! * (rarityOf[frequency] ??= rarity(frequency, count)))
    }

    draft.weight = bagWeight(bag)
  }

  const startOf = (index: number) => drafts[index].start
  const byStart = (a: number, b: number) => startOf(a) - startOf(b) || a - b
  // Lists are mostly in order already (stances come sorted by cue, and a
  // claim follows its cue): sorting only the others spares a copy each.
  for (const list of byStem) if (list && !isSorted(list, byStart)) list.sort(byStart)

  // The candidates already compared with claim `index` are marked `index + 1`.
  const seen = new Int32Array(drafts.length)
  for (let index = 0; index < drafts.length; index++) {
    const draft = drafts[index]
    for (const key of draft.bag.keys()) {
      const list = byStem[key]!
      // Each pair once: only look forward, from this claim to the window's end.
      const end = lowerBound(list, startOf, draft.start + windowSize + 1)
      for (let at = lowerBound(list, startOf, draft.start); at < end; at++) {
        const other = list[at]
        if (other === index || seen[other] === index + 1) continue
        if (startOf(other) === draft.start && other < index) continue
        seen[other] = index + 1
        if (nested(draft, drafts[other])) continue
        if (same(doc, draft, drafts[other], claimThreshold)) link(drafts, index, other)
      }
    }
  }
}

/** Whether `list` is already in the order of `compare` (a strict total order). */
function isSorted(list: number[], compare: (a: number, b: number) => number): boolean {
  for (let index = 1; index < list.length; index++) if (compare(list[index - 1], list[index]) > 0) return false
  return true
}

/** First position in `list` (sorted by `key`) whose key is at least `value`. */
function lowerBound(list: number[], key: (item: number) => number, value: number): number {
  return firstIndex(list.length, (index) => key(list[index]) < value)
}

/**
 * For each doubted claim, the sentences elsewhere that state it with no
 * stance at all: they become bare claims linked to it.
 */
function addBareClaims(doc: Document, found: FoundStance[], drafts: Draft[]): void {
  const doubted = drafts.map((draft, index) => ({draft, index})).filter(({draft}) => draft.doubted)
  if (doubted.length === 0) return

  // Sentences that carry a stance (its cue) or lie inside a claim are not bare.
  const sentenceCount = doc.sentences.length
  const busy = new Uint8Array(sentenceCount)
  for (const stance of found) {
    const sentence = sentenceAt(doc, stance.cue.start)
    if (sentence >= 0) busy[sentence] = 1
  }

  for (const draft of drafts) {
    const firstSentence = sentenceAt(doc, draft.start)
    const lastSentence = sentenceAt(doc, Math.max(draft.start, draft.end - 1))
    if (firstSentence < 0 || lastSentence < 0) continue
    for (let sentence = firstSentence; sentence <= lastSentence; sentence++) busy[sentence] = 1
  }

  // Index the free sentences by the stems of doubted claims, once.
  const filter = stemFilter(doc, doubted.flatMap(({draft}) => [...draft.bag.keys()]))
  const bags: Array<StemBag | null> = new Array(sentenceCount).fill(null)
  // Kept stems are the filter's, all known already: ids below `stemCount`.
  const byStem = new Array<number[] | undefined>(stemCount(doc))
  for (let index = 0; index < sentenceCount; index++) {
    if (busy[index]) continue
    const sentence = doc.sentences[index]
    // A negated or questioning sentence does not state a claim flatly.
    if (isNegatedOrQuestion(doc, sentence.firstToken, sentence.endToken)) continue
    const bag = stemBag(doc, sentence.start, sentence.end, sentence.firstToken, filter)
    if (bag.size < 2) continue
    bags[index] = bag
    for (const key of bag.keys()) {
      const list = byStem[key]
      if (list) list.push(index)
      else byStem[key] = [index]
    }
  }

  const commonLimit = Math.max(2, Math.ceil(sentenceCount * commonShare))
  const sentenceStart = (index: number) => doc.sentences[index].start
  const bareOfSentence = new Map<number, number>()
  for (const {draft, index} of doubted) {
    const seen = new Set<number>()
    for (const key of draft.bag.keys()) {
      const sentences = byStem[key]
      if (!sentences || sentences.length > commonLimit) continue
      // Sentences are listed in text order: only those within the window.
      const end = lowerBound(sentences, sentenceStart, draft.start + windowSize + 1)
      for (let at = lowerBound(sentences, sentenceStart, draft.start - windowSize); at < end; at++) {
        const sentence = sentences[at]
        if (seen.has(sentence)) continue
        seen.add(sentence)
        const bag = bags[sentence]!
        const shared = overlap(draft.bag, bag)
        if (shared.count < 2 || shared.weight < sentenceThreshold * draft.weight || !sharesMoreThanNames(doc, draft.bag, bag)) continue
        let bare = bareOfSentence.get(sentence)
        if (bare === undefined) {
          const span = sentenceSpan(doc, sentence)
          bare = drafts.length
          const whole = stemBag(doc, span.start, span.end, doc.sentences[sentence].firstToken)
          drafts.push({...span, bag: whole, weight: bagWeight(whole), sameAs: new Set(), doubted: false, bare: true})
          bareOfSentence.set(sentence, bare)
        }

        link(drafts, index, bare)
      }
    }
  }
}

const negations = new Set(['no', 'not', 'never', 'nor', 'neither', 'none', 'nobody', 'nothing', 'cannot', 'without'])

function isNegatedOrQuestion(doc: Document, first: number, end: number): boolean {
  for (let index = first; index < end; index++) {
    const lower = doc.tokens[index].lower
    if (negations.has(lower) || lower.endsWith("n't") || lower.endsWith('n\u2019t') || lower === '?') return true
  }

  return false
}

/** Inverse document frequency over the claims, kept positive and at most 1 for a stem in one claim. */
function rarity(frequency: number, count: number): number {
  if (count < 4) return 1
  return Math.log((count + 1) / frequency) / Math.log(count + 1)
}

function same(doc: Document, a: Draft, b: Draft, threshold: number): boolean {
  const shared = overlap(a.bag, b.bag)
  return shared.count >= 2 && shared.weight >= threshold * Math.min(a.weight, b.weight) && sharesMoreThanNames(doc, a.bag, b.bag)
}

/**
 * Whether two bags share a stem that is not a name. A story's subjects
 * ("North Korea", "Russia", "Ukraine") recur in most of its claims: a claim
 * about missiles and one about troops share them and nothing else.
 */
function sharesMoreThanNames(doc: Document, a: StemBag, b: StemBag): boolean {
  const small = a.size <= b.size ? a : b
  const large = small === a ? b : a
  for (const key of small.keys()) if (large.has(key) && !isName(doc, key)) return true
  return false
}

/** A claim inside another (an attribution nested in an attribution's content) is not a restatement. */
function nested(a: Draft, b: Draft): boolean {
  return (a.start <= b.start && b.end <= a.end) || (b.start <= a.start && a.end <= b.end)
}

function link(drafts: Draft[], a: number, b: number): void {
  drafts[a].sameAs.add(b)
  drafts[b].sameAs.add(a)
}

/** The sentence's span without its closing punctuation. */
function sentenceSpan(doc: Document, index: number): {start: number; end: number} {
  const sentence = doc.sentences[index]
  let last = sentence.endToken - 1
  while (last > sentence.firstToken && doc.tokens[last].kind !== 'word') last--
  return {start: doc.tokens[sentence.firstToken].start, end: doc.tokens[last].end}
}

function firstTokenAt(doc: Document, offset: number): number {
  return tokenEndingAfter(doc, offset)
}

/** Index of the sentence holding `offset`, or -1. */
function sentenceAt(doc: Document, offset: number): number {
  // The first sentence ending after `offset`: the one holding it, or, between
  // sentences (white space), the next one.
  const sentences = doc.sentences
  const index = firstIndex(sentences.length, (at) => sentences[at].end <= offset)
  return index < sentences.length ? index : -1
}
