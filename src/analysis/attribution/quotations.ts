/**
 * Every quotation of a document, for `Ledger.quotations` (the
 * `unattributed-quote` rule reads them): the quotation marks paired as a
 * reader pairs them (`quotation-marks.ts`), and for each what it holds.
 *
 * - A **term**: a name, title, slogan, nickname or phrase rather than a
 *   statement: a title in title case (“Saturday Night Live”), a quotation
 *   right after a word that introduces a name ("the so-called “peace
 *   plan”", "an ad titled “Reckless”", whatever word it is; data:
 *   `termIntroducers` in `quotations.json`), a headline with its byline
 *   ("“Posthumous books could sell,” by Ana Ruiz"), or words with no
 *   clause in them (“a candle for Paris”, “hater of Donald Trump”). A
 *   clause is two words or more and has a subject pronoun (not as its
 *   last word: “sit on it”) or a finite auxiliary, or is a sentence of its
 *   own (“Get him out of here!”); a lone “he” is a term. No one need be
 *   said to say a term.
 * - A **judgment**: an evaluative word or two before a noun or after a
 *   verb of being ("its “inspiring” efforts"): someone's words, someone's
 *   verdict, which someone must be said to give.
 * - Otherwise a **statement**, someone's words, which someone must be said
 *   to say.
 */
import type {Document} from '../document.js'
import {tokenSpan} from '../document.js'
import type {FoundQuotation} from '../types.js'
import {FINITE_AUXILIARIES} from './grammar.js'
import {findMarkedQuotations, type MarkedQuotation} from './quotation-marks.js'
import {isTitle} from './quotes.js'
import {readPackageJson} from './resources.js'

export function findQuotations(doc: Document, quotations: MarkedQuotation[] = findMarkedQuotations(doc)): FoundQuotation[] {
  return quotations.map((marked) => {
    const first = marked.segments[0].first
    const last = marked.segments[marked.segments.length - 1].last
    const unopened = !marked.segments[0].opened
    const quotation: FoundQuotation = {...tokenSpan(doc, first, last), segments: marked.segments}
    const inner = innerTokens(doc, marked)
    // A name given is a term whatever word it is ("the ad, titled “Reckless,”").
    const named = marked.segments[0].opened && afterIntroducer(doc, first)
    if (inner && !named && isJudgment(doc, marked, inner.first, inner.last)) quotation.judgment = true
    else if (named || isTerm(doc, marked)) quotation.term = true
    if (unopened) quotation.unopened = true
    return quotation
  })
}

/** The words of a quotation, marks aside: `[first, last]` token indices, or null when it holds none. */
export function innerTokens(doc: Document, quotation: {segments: FoundQuotation['segments']}): {first: number; last: number} | null {
  const tokens = doc.tokens
  const segments = quotation.segments
  let first = segments[0].first + (segments[0].opened ? 1 : 0)
  let last = segments[segments.length - 1].last - (segments[segments.length - 1].closed ? 1 : 0)
  while (first <= last && tokens[first].kind !== 'word') first++
  while (last >= first && tokens[last].kind !== 'word') last--
  return first <= last ? {first, last} : null
}

/** Whether a quotation holds a term, title or phrase rather than someone's statement. */
function isTerm(doc: Document, marked: MarkedQuotation): boolean {
  const inner = innerTokens(doc, marked)
  if (!inner) return true
  const {first, last} = inner
  const opened = marked.segments[0].opened
  // A title's own punctuation counts ("“You’re No Match for Us!”" is no title).
  const segment = marked.segments[0]
  if (marked.segments.length === 1 && opened && segment.closed && isTitle(doc, segment.first + 1, segment.last - 1)) return true
  const end = marked.segments[marked.segments.length - 1]
  if (opened && end.closed && bylineAfter(doc, end.last) !== -1) return true
  // A quotation with no opening mark is a defect whatever it holds: where
  // it starts, and so what it is, is unknown.
  if (!opened) return false
  return !hasClause(doc, first, last)
}

/**
 * A quoted judgment: an evaluative word or two that the writer marks as
 * someone else's ("its “inspiring” efforts", "‘Stoic’ driver identified",
 * "called the plan “reckless”"): an evaluative word of the lexicon
 * (`judgments`), right before a noun or after a verb of being or calling. Someone must be
 * said to judge so, as someone must be said to say a statement.
 */
function isJudgment(doc: Document, marked: MarkedQuotation, first: number, last: number): boolean {
  const tokens = doc.tokens
  if (marked.segments.length !== 1) return false
  let words = 0
  for (let i = first; i <= last; i++) if (tokens[i].kind === 'word') words++
  const head = tokens[last].lower
  // An evaluative word of the lexicon ("inspiring", "stoic", "reckless"),
  // not any adjective: "a “closed” primary", "the “conservative” media"
  // mark a term the writer keeps at a distance, and need no speaker.
  if (words > 2 || !quotationWords().judgments.has(head)) return false
  const {first: open, last: close} = marked.segments[0]
  const next = tokens[close + 1]
  // Before a noun: "‘Stoic’ driver", "“inspiring” efforts".
  if (next && next.kind === 'word' && next.sentence === tokens[close].sentence && /^\p{Ll}/u.test(next.text) && !CLOSED_CLASS.has(next.lower)) return true
  // After a verb of being or calling: "is “scary”", "called it “reckless”".
  const before = open > 0 ? tokens[open - 1] : undefined
  const twoBefore = open > 1 ? tokens[open - 2] : undefined
  return Boolean((before && PREDICATORS.has(before.lower)) || (twoBefore && CALLING.has(twoBefore.lower)))
}

/** Words that end a judgment's noun phrase rather than head it (grammar, not data). */
const CLOSED_CLASS = new Set(['and', 'or', 'but', 'of', 'in', 'on', 'at', 'to', 'for', 'by', 'with', 'from', 'as', 'than', 'that', 'which', 'who', 'is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'will', 'would', 'the', 'a', 'an', 'it', 'he', 'she', 'they', 'said', 'says'])

/** Verbs of being and the like before a predicate ("is “scary”", "sounded “desperate”", "as “reckless”"). */
const PREDICATORS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'seems', 'seemed', 'looks', 'looked', 'sounds', 'sounded', 'remains', 'remained', 'became', 'becomes', 'feel', 'feels', 'felt', 'as'])

/** Verbs of calling before an object and its judgment ("called it “reckless”"). */
const CALLING = new Set(['called', 'calls', 'calling', 'call', 'deemed', 'branded', 'labelled', 'labeled', 'termed', 'found', 'finds', 'considered', 'considers'])

/** Whether a clause stands in tokens `[first, last]`. */
function hasClause(doc: Document, first: number, last: number): boolean {
  const tokens = doc.tokens
  // One word is no clause, though it be a pronoun ("unless “she” is a “he”").
  if (first === last) return false
  let words = 0
  for (let i = first; i <= last; i++) {
    const token = tokens[i]
    if (token.kind !== 'word') continue
    words++
    const lower = token.lower
    // A pronoun that ends the words is an object, not a subject ("sit on it").
    if ((SUBJECT_PRONOUNS.has(lower) && i < last) || FINITE_AUXILIARIES.has(lower) || CONTRACTED_VERB.test(lower)) return true
    const possessive = /^(.+)['’]s$/.exec(lower)
    if (possessive && CONTRACTED_IS.has(possessive[1])) return true
  }

  // A sentence of its own: capitalised, ended by its own punctuation, and
  // standing where a sentence can ("Get him out of here!", "He said, “Game
  // over.”"), not after an article or possessive ("her “Obama whisperer.”").
  const start = tokens[first].text.charCodeAt(0)
  const capitalised = start >= 65 && start <= 90
  const after = last + 1 < tokens.length ? tokens[last + 1].text : ''
  return words >= 2 && capitalised && (after === '.' || after === '!' || after === '?') && standsAsSentence(doc, first)
}

/** Whether the quotation whose first word is `first` opens its sentence or follows a comma, colon or dash. */
function standsAsSentence(doc: Document, first: number): boolean {
  const tokens = doc.tokens
  let at = first - 1
  while (at >= 0 && tokens[at].kind !== 'word' && tokens[at].sentence === tokens[first].sentence) {
    if (tokens[at].text === ',' || tokens[at].text === ':' || tokens[at].text === '—' || tokens[at].text === '–') return true
    at--
  }

  return at < 0 || tokens[at].sentence !== tokens[first].sentence
}

/** A verb contracted onto a word: "don’t", "we’re", "I’ve", "they’ll", "she’d", "I’m". */
const CONTRACTED_VERB = /n['’]t$|['’](?:re|ve|ll|d|m)$/

/** Words whose ’s is "is" or "has" rather than a possessive ("it’s", "that’s"). */
const CONTRACTED_IS = new Set(['it', 'that', 'what', 'there', 'here', 'he', 'she', 'who', 'let', 'where', 'how', 'this'])

/** Pronouns that are the subject of a clause. */
const SUBJECT_PRONOUNS = new Set(['i', 'we', 'you', 'he', 'she', 'they', 'it', 'there'])

/**
 * The token of "by" when the closing mark at `close` is a title's and its
 * byline follows: "“Posthumous books could sell well,” by Ana Ruiz" (a
 * comma on either side of the mark, then "by" and a name, as reading lists
 * and newsletters write a headline and its author); -1 otherwise. "was
 * ‘rocked’ by Christie" has no comma and is no title.
 */
export function bylineAfter(doc: Document, close: number): number {
  const tokens = doc.tokens
  let by = close + 1
  const commaBefore = close > 0 && tokens[close - 1].text === ','
  if (!commaBefore && tokens[by]?.text === ',') by++
  else if (!commaBefore) return -1
  const name = tokens[by + 1]?.lower === 'the' ? tokens[by + 2] : tokens[by + 1]
  if (!name || tokens[by].lower !== 'by' || tokens[by].sentence !== tokens[close].sentence || name.kind !== 'word' || !/^\p{Lu}/u.test(name.text)) return -1
  return by
}

/** Whether a word (or phrase) that introduces a name stands right before the opening mark at `index`. */
function afterIntroducer(doc: Document, index: number): boolean {
  const tokens = doc.tokens
  const {introducers, longest} = quotationWords()
  let i = index - 1
  // A comma or colon may stand between ("dubbed, “…”").
  if (i >= 0 && (tokens[i].text === ',' || tokens[i].text === ':')) i--
  let phrase = ''
  for (let words = 0; i >= 0 && words < longest && tokens[i].kind === 'word' && tokens[i].sentence === tokens[index].sentence; i--, words++) {
    phrase = phrase ? tokens[i].lower + ' ' + phrase : tokens[i].lower
    if (introducers.has(phrase)) return true
  }

  return false
}

interface QuotationWords {
  introducers: Set<string>
  /** Words in the longest introducer. */
  longest: number
  speechNouns: Set<string>
  artifacts: Set<string>
  /** Evaluative words whose quotation is someone's judgment (`judgments`). */
  judgments: Set<string>
  /** Verbs that name a thing in someone's words ("what it calls “…”": `namingVerbs`). */
  namingVerbs: Set<string>
}

let cached: QuotationWords | undefined

/** The quotation lexicon (`data/lexicons/quotations.json`), loaded once. */
export function quotationWords(): QuotationWords {
  if (!cached) {
    const file = readPackageJson<{termIntroducers: string[]; speechNouns: string[]; artifacts: string[]; judgments?: string[]; namingVerbs?: string[]}>('data/lexicons/quotations.json')
    const introducers = new Set(file.termIntroducers.map((phrase) => phrase.toLowerCase()))
    cached = {
      introducers,
      longest: Math.max(...[...introducers].map((phrase) => phrase.split(/\s+/).length)),
      speechNouns: new Set(file.speechNouns.map((word) => word.toLowerCase())),
      artifacts: new Set(file.artifacts.map((word) => word.toLowerCase())),
      judgments: new Set((file.judgments ?? []).map((word) => word.toLowerCase())),
      namingVerbs: new Set((file.namingVerbs ?? []).map((word) => word.toLowerCase()))
    }
  }

  return cached
}
