/**
 * From tags to attributions: group B/I runs into spans and attach to every
 * cue run the source run and the content run that belong to it.
 *
 * The tagger only says which tokens are source, cue or content; which
 * source goes with which cue is decided here, deterministically:
 *
 * - a source run belongs to the nearest cue run in its sentence, and a cue
 *   left without one shares the previous source of its sentence;
 * - content follows the cue when a content run starts right after it
 *   ("said that …", "told the council: “…”"), running on through nested
 *   attributions ("reported that the NIS said that …"); otherwise it is the
 *   content run right before the cue or its source ("“…,” Leff told").
 *   `contents.ts` then sets its boundaries, `appositions.ts` repairs long
 *   subjects.
 */
import type {Document} from '../document.js'
import {roleOf, isBegin} from './labels.js'
import {absorbAppositions, absorbNamingAppositions} from './appositions.js'
import {contentAfter, contentBefore, closesSentence, extendLeft, extendRight, frameOf, joinInterruptedQuote, opensQuote, runHasWord, sentenceAroundFrame, spanParenthetical} from './contents.js'
import type {QuoteMarks} from './quotes.js'
import {beforeParticiple, isParticiple} from './frames.js'
import {BE_FORMS, FINITE_AUXILIARIES, SUBORDINATORS} from './grammar.js'
import {passiveRaisingVerbs, raisingVerbs} from './lexicon.js'
import {CONTENT, CUE, SOURCE, type Run, type RunAttribution} from './runs.js'

export {CONTENT, CUE, SOURCE, type Run, type RunAttribution} from './runs.js'

/** Group per-token labels of the whole document into runs. */
export function labelRuns(labels: Uint8Array, n: number): Run[] {
  const runs: Run[] = []
  let current: Run | null = null
  for (let i = 0; i < n; i++) {
    const role = roleOf(labels[i])
    if (role === 0) {
      current = null
      continue
    }

    if (current && current.role === role && !isBegin(labels[i])) {
      current.last = i
    } else {
      current = {role, first: i, last: i}
      runs.push(current)
    }
  }

  return runs
}

/** Attach sources and contents to cues. */
export function attachRuns(doc: Document, runs: Run[], quotes: QuoteMarks): RunAttribution[] {
  const tokens = doc.tokens
  runs = splitAtSentences(doc, runs, quotes)
  const cues: number[] = []
  for (let r = 0; r < runs.length; r++) if (runs[r].role === CUE) cues.push(r)
  const result: RunAttribution[] = cues.map((r) => ({cue: runs[r], source: null, content: null}))
  if (cues.length === 0) return result

  // Sources: to the nearest cue of the same sentence, left or right.
  const sourceDistance = result.map(() => Infinity)
  let c = 0
  for (const run of runs) {
    if (run.role !== SOURCE) continue
    while (c + 1 < cues.length && runs[cues[c + 1]].first < run.first) c++
    let best = -1
    let bestDistance = Infinity
    for (const k of [c, c + 1]) {
      if (k >= cues.length) continue
      const cue = runs[cues[k]]
      if (tokens[cue.first].sentence !== tokens[run.first].sentence && tokens[cue.first].sentence !== tokens[run.last].sentence) continue
      const distance = cue.first > run.last ? cue.first - run.last : run.first - cue.last
      // Sources precede their cue far more often than they follow it.
      const weighted = cue.first > run.last ? distance : distance + 1.5
      if (weighted < bestDistance) {
        bestDistance = weighted
        best = k
      }
    }

    if (best !== -1 && bestDistance < sourceDistance[best]) {
      sourceDistance[best] = bestDistance
      result[best].source = run
    }
  }

  // A source can serve several cues ("he said … and added …"): a cue left
  // without one takes the nearest source run before it in its sentence.
  let lastSource: Run | null = null
  let k = 0
  for (const run of runs) {
    if (run.role === SOURCE) lastSource = run
    else if (run.role === CUE) {
      if (!result[k].source && lastSource && tokens[lastSource.last].sentence === tokens[run.first].sentence) result[k].source = lastSource
      k++
    }
  }

  // "“…,” said Mr. Ekovich, who noted that …", "“…,” said Erik Flannigan,
  // the channel's head of music, referring to …": the source after an
  // inverted cue went to the cue after it; it is the inverted cue's source
  // as well (without the relative pronoun that ties it to the other cue).
  for (let k = 0; k < cues.length; k++) {
    if (result[k].source) continue
    const cue = runs[cues[k]]
    const next = runs[cues[k] + 1]
    if (!next || next.role !== SOURCE || next.first !== cue.last + 1) continue
    // After a quotation the source runs, as PolNeAR marks it, to the end of
    // the sentence, relative clause and all ("said Louisa Ermelino, the
    // reviews director, who has not read the work but knows its gist").
    if (followsQuotation(doc, cue, quotes)) result[k].source = {role: SOURCE, first: next.first, last: beforeParticiple(doc, next.first, lastWordOfSentence(doc, next.last))}
    else result[k].source = beforeRelative(doc, next)
  }

  const claimed = roleArray(runs, tokens.length)
  for (let k = 0; k < cues.length; k++) {
    const r = cues[k]
    const source = result[k].source
    // The content run before the cue (or its source), looked at both ways below.
    const before = contentBefore(runs, r, source, tokens, quotes)
    let after = contentAfter(runs, r, tokens, source)
    // "“…,” he told Chris Cuomo of CNN after the debate": after a quotation
    // or clause closed right before its frame, what follows the cue is an
    // addressee or a circumstance unless it opens like a content.
    // A comma alone closes a clause only when that clause opens the
    // sentence (not "While critics argue that …, Obama has deemed …") and
    // what follows the cue is no clause of its own ("In a swipe against
    // Donald Trump, Clinton said the goal was …").
    const closed = after && !opensContent(doc, after, quotes) ? closedBefore(doc, before, runs[r], source, quotes) : null
    // Nor for a participle opening its clause after the comma (", calling
    // it “disqualifying”"): the clause before it is the main clause.
    const participle = !source && runs[r].first > 0 && tokens[runs[r].first - 1].text === ',' && isParticiple(tokens[runs[r].first])
    const commaClause = closed === 'comma' && !participle && opensSentence(doc, extendLeft(doc, before!, claimed, quotes, false).first, claimed) && !readsAsClause(doc, after!)
    if (closed === 'quote' || commaClause) after = null
    if (after) {
      result[k].content = extendRight(doc, after, claimed, quotes)
      // "The statistics … appear to be fabricated", "X is expected to …":
      // a raising verb with no source and content on both sides — the
      // content is the whole clause, cue and all; but a quotation after the
      // cue is the cue's own (“…” Adding, “…”). Any other verb's content
      // before it is its subject, which PolNeAR makes the source ("McConnell
      // was quick to embrace the mogul": content "the mogul").
      const around = source || !runHasWord(doc, runs[r], raisingVerbs()) ? null : before
      const opening = source ? framedOpening(doc, runs[r], source, result[k].content!, claimed, quotes) : -1
      if (around && around.last >= runs[r].first - 2 && tokens[around.first].sentence === tokens[runs[r].first].sentence && !opensQuote(doc, after.first, quotes)) {
        result[k].content = {role: CONTENT, first: around.first, last: result[k].content!.last}
      } else if (opening !== -1) {
        result[k].content = {role: CONTENT, first: opening, last: result[k].content!.last}
      } else if (source && source.last < runs[r].first && source.first > 0 && (RELATIVE_OPENERS.has(tokens[source.first - 1].lower) || relativeThat(doc, source, result[k].content!))) {
        // "what Mr. Hedge called “the prior economy model”", "the plan,
        // which critics say is unworkable": the clause is the claim, from
        // its relative word, frame and all (PolNeAR marks 138 of the 227
        // such frames on train so).
        result[k].content = {role: CONTENT, first: source.first - 1, last: result[k].content!.last}
      } else if (source && source.last < runs[r].first && runs[r].first - source.last <= 2 && raises(doc, runs[r]) && !opensQuote(doc, after.first, quotes)) {
        // "No major polls appear to have been conducted", "Mr. Trump's
        // voters also appeared to turn out": the subject the tagger read as
        // a raising cue's source is the start of its content; no one is
        // named as asserting it.
        result[k].content = {role: CONTENT, first: source.first, last: result[k].content!.last}
        result[k].source = null
      } else if (!source) {
        const subject = raisedSubject(doc, runs[r], claimed, quotes)
        if (subject !== -1) result[k].content = {role: CONTENT, first: subject, last: result[k].content!.last}
      }

      continue
    }

    // "While Republican leaders push for free trade, he has rallied
    // thousands by promising to impose tariffs": a fronted subordinate
    // clause is not what the main clause's cue reports; the rest of the
    // sentence after the frame is.
    const rest = before ? subordinateBefore(doc, before, runs[r], source, claimed, quotes) : null
    if (rest) {
      result[k].content = rest
      continue
    }

    result[k].content = before
      ? spanParenthetical(doc, extendLeft(doc, before, claimed, quotes, closesSentence(doc, runs[r], source)), runs[r], source, claimed, quotes)
      : sentenceAroundFrame(doc, runs[r], source, claimed, quotes)
  }

  const bySource = new Map<Run, RunAttribution[]>()
  for (const attribution of result) {
    if (!attribution.source) continue
    const list = bySource.get(attribution.source)
    if (list) list.push(attribution)
    else bySource.set(attribution.source, [attribution])
  }

  for (const attribution of result) {
    if (attribution.content) attribution.content = joinInterruptedQuote(doc, attribution, quotes, claimed, asidesOf(attribution, bySource))
  }

  absorbAppositions(doc, result, claimed)
  absorbNamingAppositions(doc, result)
  return result
}

/** The cues and contents of the other attributions with the same source run as `attribution`. */
function asidesOf(attribution: RunAttribution, bySource: Map<Run, RunAttribution[]>): Run[] {
  const runs: Run[] = []
  if (!attribution.source) return runs
  for (const other of bySource.get(attribution.source) ?? []) {
    if (other === attribution) continue
    runs.push(other.cue)
    if (other.content) runs.push(other.content)
  }

  return runs
}

/**
 * "moves that he said defied expectations": a "that" before the frame
 * whose content after the cue opens with a verb (no subject of its own)
 * is a relative pronoun, not the complementiser of an earlier verb.
 */
function relativeThat(doc: Document, source: Run, content: Run): boolean {
  const tokens = doc.tokens
  if (tokens[source.first - 1].lower !== 'that' || source.last - source.first > 3) return false
  const first = tokens[content.first]
  return first.kind === 'word' && (FINITE_AUXILIARIES.has(first.lower) || (first.text === first.lower && first.lower.length > 3 && first.lower.endsWith('ed')))
}

/**
 * Whether the cue `cue` raises its subject: a raising word that is no
 * active verb of belief ("seems", "appeared", "is expected", "was
 * believed", not "Smith believed").
 */
function raises(doc: Document, cue: Run): boolean {
  const tokens = doc.tokens
  const raising = raisingVerbs()
  let passive = false
  for (let i = cue.first; i <= cue.last; i++) {
    const word = tokens[i].lower
    if (BE_FORMS.has(word)) passive = true
    else if (raising.has(word)) return passive || !passiveRaisingVerbs().has(word)
  }

  return false
}

/**
 * "The event, in an airplane hangar, seemed an insult away from a brawl":
 * the subject of a raising verb (data: `raising` in the cue lexicon) is
 * part of the content. The first word of the sentence, when nothing before
 * the cue belongs to another attribution or a quotation; else -1.
 */
function raisedSubject(doc: Document, cue: Run, claimed: Uint8Array, quotes: QuoteMarks): number {
  const tokens = doc.tokens
  if (!runHasWord(doc, cue, raisingVerbs())) return -1
  const first = doc.sentences[tokens[cue.first].sentence].firstToken
  if (first >= cue.first) return -1
  for (let i = first; i < cue.first; i++) if (claimed[i] !== 0 || quotes.mark[i] !== 0) return -1
  let start = first
  while (start < cue.first && tokens[start].kind !== 'word') start++
  return start < cue.first ? start : -1
}

/** A source run without the ", who" it ends with ("Mr. Ekovich, who" → "Mr. Ekovich"); null when it ends otherwise. */
function beforeRelative(doc: Document, run: Run): Run | null {
  const tokens = doc.tokens
  if (run.last - 2 < run.first || tokens[run.last - 1].text !== ',') return null
  if (!RELATIVE_PRONOUNS.has(tokens[run.last].lower)) return null
  return {role: SOURCE, first: run.first, last: run.last - 2}
}

const RELATIVE_PRONOUNS = new Set(['who', 'which', 'that'])

/** Words of an addressee that may end a frame set off by commas ("Trump told CNN,"). */
const MAX_ADDRESSEE_WORDS = 3

/** Relative words that open a clause holding the claim around its frame (not "that", "when", "where": mostly a frame inside another clause). */
const RELATIVE_OPENERS = new Set(['what', 'which', 'who', 'whom'])

/** The last word token of the sentence of token `index`. */
function lastWordOfSentence(doc: Document, index: number): number {
  const tokens = doc.tokens
  let last = doc.sentences[tokens[index].sentence].endToken - 1
  while (last > index && tokens[last].kind !== 'word') last--
  return last
}

/** Whether a cue stands right after a closing quotation mark, or after one and a comma (“…,” said). */
function followsQuotation(doc: Document, cue: Run, quotes: QuoteMarks): boolean {
  let i = cue.first - 1
  if (i >= 0 && doc.tokens[i].text === ',') i--
  return i >= 0 && quotes.mark[i] === 2
}

/** Whether a content run after its cue opens as one: "that …", a quotation, a colon. */
function opensContent(doc: Document, run: Run, quotes: QuoteMarks): boolean {
  const tokens = doc.tokens
  const first = tokens[run.first]
  if (first.lower === 'that' || quotes.mark[run.first] === 1 || first.text === ':') return true
  return run.first > 0 && (quotes.mark[run.first - 1] === 1 || tokens[run.first - 1].text === ':')
}

/**
 * Whether the content run `before` ends right before the frame of `cue`
 * behind a closing quote (`'quote'`) or a comma only (`'comma'`); `null`
 * when it does not.
 */
function closedBefore(doc: Document, before: Run | null, cue: Run, source: Run | null, quotes: QuoteMarks): 'quote' | 'comma' | null {
  const tokens = doc.tokens
  if (!before) return null
  const frameFirst = frameOf(cue, source).first
  let quoted = quotes.mark[before.last] === 2
  let comma = false
  for (let i = before.last + 1; i < frameFirst; i++) {
    // “… noticeable”. South Korea … signed: a full stop after the quotation
    // ends its sentence; the frame that follows is not its own.
    if (tokens[i].kind === 'word' || SENTENCE_ENDS.has(tokens[i].text)) return null
    if (quotes.mark[i] === 2) quoted = true
    else if (tokens[i].text === ',') comma = true
  }

  return quoted ? 'quote' : comma ? 'comma' : null
}

/** Whether `run` opens with a subject followed by a finite verb ("the goal was …"), unlike an addressee ("the council"). */
function readsAsClause(doc: Document, run: Run): boolean {
  const tokens = doc.tokens
  for (let i = run.first + 1; i <= run.last; i++) {
    if (tokens[i].kind !== 'word') continue
    if (FINITE_AUXILIARIES.has(tokens[i].lower)) return true
  }

  return false
}

/**
 * When the content run `before` lies in a subordinate clause that opens the
 * sentence ("While …, ", "When …, ") and the frame follows its comma, the
 * words after the frame to the end of the sentence; else null.
 */
function subordinateBefore(doc: Document, before: Run, cue: Run, source: Run | null, claimed: Uint8Array, quotes: QuoteMarks): Run | null {
  const tokens = doc.tokens
  const sentence = doc.sentences[tokens[cue.first].sentence]
  if (tokens[before.first].sentence !== tokens[cue.first].sentence) return null
  let first = sentence.firstToken
  while (first < before.first && tokens[first].kind !== 'word') first++
  if (!SUBORDINATORS.has(tokens[first].lower) || quotes.mark[before.first] !== 0) return null
  const frame = frameOf(cue, source)
  // The clause ends at a comma right before the frame.
  let comma = frame.first - 1
  while (comma > before.last && tokens[comma].kind !== 'word' && tokens[comma].text !== ',') comma--
  if (comma <= before.last || tokens[comma].text !== ',') return null
  for (let i = before.last + 1; i < comma; i++) if (tokens[i].kind === 'word') return null
  let from = Math.max(cue.last, source ? source.last : -1) + 1
  // "If she is elected, he said, she will …": a frame set off by commas
  // interrupts one content (`spanParenthetical`).
  if (from < sentence.endToken && tokens[from].text === ',') return null
  let last = sentence.endToken - 1
  while (last >= from && tokens[last].kind !== 'word' && quotes.mark[last] !== 2) last--
  while (from <= last && tokens[from].kind !== 'word' && quotes.mark[from] !== 1) from++
  if (from > last) return null
  for (let i = from; i <= last; i++) if (claimed[i] !== 0) return null
  return {role: CONTENT, first: from, last}
}

/**
 * Whether only punctuation and other frames (sources and cues in `claimed`)
 * stand between the start of its sentence and token `index`.
 */
function opensSentence(doc: Document, index: number, claimed: Uint8Array): boolean {
  const tokens = doc.tokens
  for (let i = doc.sentences[tokens[index].sentence].firstToken; i < index; i++) if (tokens[i].kind === 'word' && claimed[i] === 0) return false
  return true
}

const SENTENCE_ENDS = new Set(['.', '!', '?'])

/** Per-token role of the source and cue runs (content runs are not barriers). */
function roleArray(runs: Run[], n: number): Uint8Array {
  const roles = new Uint8Array(n)
  for (const run of runs) {
    if (run.role === CONTENT) continue
    for (let i = run.first; i <= run.last; i++) roles[i] = run.role
  }

  return roles
}

/**
 * A content that is no quotation ends with its sentence: the tagger running
 * on into the next sentence joined two claims ("…, referring to the two
 * resorts. “I assume …”", "… reported X. The proposal has drawn …"). The
 * rest becomes a content run of its own, for the frame after it (“…,” he
 * said) or the quotation rules. Not inside a quotation the content opened,
 * nor after a colon ("said: A. B." is one content).
 */
function splitAtSentences(doc: Document, runs: Run[], quotes: QuoteMarks): Run[] {
  const tokens = doc.tokens
  const result: Run[] = []
  for (const run of runs) {
    let last = run.last
    if (run.role === CONTENT && !opensQuote(doc, run.first, quotes)) {
      const colon = tokens[run.first].text === ':' || (run.first > 0 && tokens[run.first - 1].text === ':')
      let closeAt = -1
      for (let i = run.first + 1; i <= run.last; i++) {
        if (quotes.mark[i - 1] === 1 && quotes.partner[i - 1] > closeAt) closeAt = quotes.partner[i - 1]
        if (tokens[i].sentence === tokens[i - 1].sentence) continue
        if (quotes.mark[i] === 1 || (i > closeAt && !colon)) {
          last = i - 1
          break
        }
      }
    }

    if (last === run.last) {
      result.push(run)
    } else {
      result.push({role: CONTENT, first: run.first, last}, {role: CONTENT, first: last + 1, last: run.last})
    }
  }

  return result
}

/**
 * "For decades, Mr. de Vos noted, the United States has deployed …": a
 * frame set off by commas inside its sentence, its content after it — the
 * content is the sentence around the frame, from its first word. -1 when
 * the frame is not so set off, the content after it is a quotation, or
 * the words before it belong to another attribution or a quotation.
 */
function framedOpening(doc: Document, cue: Run, source: Run, content: Run, claimed: Uint8Array, quotes: QuoteMarks): number {
  const tokens = doc.tokens
  const {first: frameFirst, last: frameLast} = frameOf(cue, source)
  if (frameFirst === 0 || tokens[frameFirst - 1].text !== ',') return -1
  // The frame may end on an addressee ("Trump told CNN,").
  let comma = frameLast + 1
  while (comma < tokens.length && comma - frameLast <= MAX_ADDRESSEE_WORDS && tokens[comma].kind === 'word' && claimed[comma] === 0) comma++
  if (tokens[comma]?.text !== ',' || content.first !== comma + 1 || quotes.mark[content.first] === 1) return -1
  const sentence = doc.sentences[tokens[frameFirst].sentence]
  let first = sentence.firstToken
  while (first < frameFirst - 1 && tokens[first].kind !== 'word') first++
  if (first >= frameFirst - 1) return -1
  for (let i = first; i < frameFirst; i++) if (claimed[i] !== 0 || quotes.mark[i] !== 0) return -1
  return first
}
