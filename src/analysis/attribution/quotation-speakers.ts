/**
 * Who says each quotation: a sieve of deterministic passes in order of
 * precision, after Muzny et al., "A Two-stage Sieve Approach for Quote
 * Attribution" (EACL 2017), over the attributions the tagger, the frame
 * rules and `quotation-frames.ts` found. A quotation takes the speaker of
 * the first pass that finds one:
 *
 * 1. **adjacent**: a frame right against it ("“…,” Toomey said", "said
 *    Toomey, “…”", "He added: “…”", "“Why?” she asked", a signature "“…” ―
 *    Carla Sanchez");
 * 2. **content**: the attribution whose content it is, the innermost (not
 *    one the tagger ran on from the sentence before without a colon: that
 *    quotation goes on from the speaker before it, pass 5; nor one run on
 *    from an earlier sentence into a sentence with a reporting frame of its
 *    own, which takes it in pass 3, and the run-on content ends in its own
 *    sentence);
 * 3. **frame**: the nearest frame in its own sentence ("Sen. Rubio called
 *    the statement “offensive and outlandish.”");
 * 4. **colon**: the frame ending with the colon before it, across a
 *    paragraph break too ("Dr. Ward stated:¶“…”"), or the speaker of a
 *    sentence that ends so ("As Pollak observed, the winner was the stage
 *    itself:");
 * 5. **before**: a quotation that opens its sentence goes on from the
 *    speaker of the sentence before it in the paragraph;
 * 6. **after**: or is the speaker's of the next sentence of the paragraph;
 * 7. **paragraph**: a quotation that opens a paragraph with no speaker of
 *    its own goes on from the speaker the paragraph before ends with;
 * 8. **nearest**: the nearest speaker before it in its paragraph, or, in a
 *    paragraph with none before it, the one the paragraph before ends with
 *    (the closest mention, Muzny's second stage);
 * 9. **echo**: the speaker elsewhere whose content holds most of its words
 *    (a headline's quotation, said in the body); tried once more for the
 *    quotations left untied after the others are read and stretched (a
 *    subhead's “Who cares?”, which a later quotation goes on to say).
 *
 * A speaker is an attribution with a source (or the writer's own). Passes
 * 5–9 are for someone's words only: a term is someone's in its own sentence
 * or not at all, and a judgment ("its “inspiring” efforts") carries no
 * voice that goes on from a speaker beyond the sentences next to it. After a
 * question the next quotation is an answer, someone else's, unless the
 * speaker asked it in quoted words and goes on in the same paragraph. A
 * frame whose source is words with no author ("One tweet said: “…”")
 * leaves its quotation with no speaker a reader can name.
 *
 * Passes 1, 3, 4, 5 and 7 stretch the speaker's content over the quotation,
 * and pass 8 from a speaker in the quotation's own paragraph
 * (from its first words to its last, as PolNeAR annotates a quotation that
 * goes on), when no one else's frame stands between (the speaker's own
 * second frame or participle — "after hinting that", ", referring to" — is
 * no one else's).
 */
import type {Document} from '../document.js'
import {textSpan, tokenEndingAfter, tokenSpan, tokenStartingFrom} from '../document.js'
import type {FoundQuotation, FoundStance} from '../types.js'
import {isReportingWord, questionVerbs} from './lexicon.js'
import {innerTokens, quotationWords} from './quotations.js'
import {firstIndex} from '../../search.js'

/** An attribution with the token positions the passes read. */
interface Frame {
  stance: FoundStance
  cueFirst: number
  cueLast: number
  /** First and last token of cue and source together. */
  start: number
  end: number
  sentence: number
  /** Has a source (or is the writer's own): it can be a quotation's speaker. */
  speaker: boolean
  /** A verb of asking: the next quotation answers it. */
  asks: boolean
  /** Its source is words with no author ("One tweet", "a sign"). */
  authorless: boolean
}

/** What the passes share for one document. */
interface Sieve {
  doc: Document
  frames: Frame[]
  /** The frames of each sentence whose cue stands outside every quotation. */
  bySentence: Map<number, Frame[]>
  /** 1 on the tokens of every quotation (marks included): a cue there is quoted, no frame. */
  quoted: Uint8Array
  /** For each token, the index in `frames` of the speaker whose content covers it, the innermost; -1 for none. */
  contentOf: Int32Array
  /** Who the last quotation ending in each sentence was tied to. */
  tiedInSentence: Map<number, Frame>
  /** The stems of each speaker's content, for echoes, made when first asked for. */
  stems: Map<Frame, Set<string>>
}

/** A quotation as the passes see it. */
interface Quoted {
  quotation: FoundQuotation
  /** Its words, marks aside. */
  inner: Range
  /** First and last token, marks included. */
  first: number
  last: number
}

interface Range {
  first: number
  last: number
}

type Kind = 'all' | 'words' | 'statement'

interface Pass {
  name: string
  /** Which quotations it serves: all, someone's words (not terms), or statements (not terms nor judgments). */
  serves: Kind
  /** Whether the speaker's content stretches over the quotation (`paragraph`: from a frame in its paragraph only). */
  stretches: boolean | 'paragraph'
  find: (sieve: Sieve, quoted: Quoted) => Frame | undefined
}

const PASSES: Pass[] = [
  {name: 'adjacent', serves: 'all', stretches: true, find: byAdjacentFrame},
  {name: 'content', serves: 'all', stretches: false, find: byContent},
  {name: 'frame', serves: 'all', stretches: true, find: bySentenceFrame},
  {name: 'colon', serves: 'all', stretches: true, find: byColon},
  {name: 'before', serves: 'words', stretches: true, find: bySentenceBefore},
  {name: 'after', serves: 'words', stretches: false, find: bySentenceAfter},
  {name: 'paragraph', serves: 'statement', stretches: true, find: byParagraph},
  {name: 'nearest', serves: 'statement', stretches: 'paragraph', find: byNearest},
  {name: 'echo', serves: 'words', stretches: false, find: byEcho}
]

/** Tie each quotation to the attribution whose party says it (`quotation.attribution`). */
export function attributeQuotations(doc: Document, quotations: FoundQuotation[], attributions: FoundStance[]): void {
  if (quotations.length === 0 || attributions.length === 0) return
  const sieve = prepare(doc, quotations, attributions)
  const tokens = doc.tokens
  const unheard: Quoted[] = []

  for (const quotation of quotations) {
    const inner = innerTokens(doc, quotation)
    if (!inner) continue
    const quoted: Quoted = {
      quotation,
      inner,
      first: quotation.segments[0].first,
      last: quotation.segments[quotation.segments.length - 1].last
    }
    const kind: Kind = quotation.term ? 'all' : quotation.judgment ? 'words' : 'statement'
    let frame: Frame | undefined
    let pass: Pass | undefined
    for (pass of PASSES) {
      if (!serves(pass.serves, kind)) continue
      frame = pass.find(sieve, quoted)
      if (frame) break
    }

    if (!frame || !pass) {
      if (kind !== 'all') unheard.push(quoted)
      continue
    }

    if (frame.authorless) {
      quotation.speakerless = true
      continue
    }

    quotation.attribution = frame.stance
    endRunsInto(sieve, frame, inner.first)
    if (!quotation.term) sieve.tiedInSentence.set(tokens[quoted.last].sentence, frame)
    if (pass.stretches === true || (pass.stretches === 'paragraph' && tokens[frame.cueFirst].paragraph === tokens[quoted.first].paragraph)) stretch(sieve, frame, inner, pass.name === 'adjacent')
  }

  // A quotation said later in the text (a subhead's “Who cares?”, the body's
  // “Who cares? It was her speech,” said a delegate): the echo again, now
  // that the later quotations stretch their speakers' contents.
  if (unheard.length === 0) return
  sieve.stems.clear()
  for (const quoted of unheard) {
    const frame = byEcho(sieve, quoted)
    if (frame && !frame.authorless) quoted.quotation.attribution = frame.stance
  }
}

/** Whether a pass for `serves` serves a quotation of `kind`. */
function serves(serves: Kind, kind: Kind): boolean {
  return serves === 'all' || (serves === 'words' && kind !== 'all') || serves === kind
}

function prepare(doc: Document, quotations: FoundQuotation[], attributions: FoundStance[]): Sieve {
  const tokens = doc.tokens
  const verbs = questionVerbs()
  const frames: Frame[] = attributions
    .map((stance) => {
      const cueFirst = tokenStartingFrom(doc, stance.cue.start)
      const cueLast = tokenEndingAfter(doc, stance.cue.end - 1)
      const source = stance.source
      return {
        stance,
        cueFirst,
        cueLast,
        start: source ? Math.min(cueFirst, tokenStartingFrom(doc, source.start)) : cueFirst,
        end: source ? Math.max(cueLast, tokenEndingAfter(doc, source.end - 1)) : cueLast,
        sentence: tokens[Math.min(cueFirst, tokens.length - 1)].sentence,
        speaker: Boolean(source || stance.self) && stance.kind !== 'hedged',
        asks: asks(tokens, cueFirst, cueLast, verbs),
        authorless: source !== null && isAuthorless(source.text)
      }
    })
    .sort((a, b) => a.cueFirst - b.cueFirst)

  const quoted = new Uint8Array(tokens.length)
  for (const quotation of quotations) {
    for (const segment of quotation.segments) quoted.fill(1, segment.first, segment.last + 1)
  }

  // A cue inside a quotation is the speaker quoting someone: no frame of it.
  const bySentence = new Map<number, Frame[]>()
  for (const frame of frames) {
    if (quoted[frame.cueFirst] === 1) continue
    const list = bySentence.get(frame.sentence)
    if (list) list.push(frame)
    else bySentence.set(frame.sentence, [frame])
  }

  // For each token, the speaker whose content covers it, the innermost.
  const contentOf = new Int32Array(tokens.length).fill(-1)
  const byLength = frames
    .map((frame, index) => ({frame, index}))
    .filter(({frame}) => frame.speaker && frame.stance.content)
    .sort((a, b) => length(b.frame.stance.content!) - length(a.frame.stance.content!))
  for (const {frame, index} of byLength) {
    const content = frame.stance.content!
    for (let token = tokenStartingFrom(doc, content.start); token < tokens.length && tokens[token].end <= content.end; token++) contentOf[token] = index
  }

  return {doc, frames, bySentence, quoted, contentOf, tiedInSentence: new Map(), stems: new Map()}
}

/** Whether a cue holds a verb of asking (data: `questionVerbs`). */
function asks(tokens: Document['tokens'], first: number, last: number, verbs: Set<string>): boolean {
  for (let i = first; i <= last && i < tokens.length; i++) if (verbs.has(tokens[i].lower)) return true
  return false
}

function length(span: {start: number; end: number}): number {
  return span.end - span.start
}

/** The frames of a sentence whose cue stands outside every quotation. */
function framesOf(sieve: Sieve, sentence: number): Frame[] {
  return sieve.bySentence.get(sentence) ?? NONE
}

const NONE: Frame[] = []

/**
 * 1. A frame right against the quotation: after its closing mark ("“…,”
 * she said"), also across the sentence break that a question, an
 * exclamation or a dash makes ("“Why?” she asked", "“…” ― Nell Grey"), or
 * before its opening mark with a comma or colon between ("He added: “…”").
 */
function byAdjacentFrame(sieve: Sieve, {quotation}: Quoted): Frame | undefined {
  const tokens = sieve.doc.tokens
  const segments = quotation.segments
  const close = segments[segments.length - 1]
  const open = segments[0]
  if (close.closed) {
    const paragraph = tokens[close.last].paragraph
    let at = close.last + 1
    let parted = close.last > 0 && (tokens[close.last - 1].text === '?' || tokens[close.last - 1].text === '!')
    while (at < tokens.length && tokens[at].paragraph === paragraph && tokens[at].kind !== 'word') {
      if (DASHES.has(tokens[at].text)) parted = true
      at++
    }

    if (at < tokens.length && tokens[at].paragraph === paragraph && (tokens[at].sentence === tokens[close.last].sentence || parted)) {
      const frame = framesOf(sieve, tokens[at].sentence).find((frame) => frame.speaker && frame.start > close.last && frame.start <= at)
      if (frame) return frame
    }
  }

  if (!open.opened || open.first < 2) return undefined
  const mark = tokens[open.first - 1].text
  if (mark !== ',' && mark !== ':') return undefined
  return framesOf(sieve, tokens[open.first].sentence).find((frame) => frame.speaker && frame.end === open.first - 2)
}

/**
 * 2. The speaker whose content covers at least half of the quotation, the
 * innermost of those covering its first, middle or last word.
 */
function byContent(sieve: Sieve, {quotation, inner}: Quoted): Frame | undefined {
  let best: Frame | undefined
  for (const token of [inner.first, (inner.first + inner.last) >> 1, inner.last]) {
    const index = sieve.contentOf[token]
    if (index === -1) continue
    const frame = sieve.frames[index]
    const content = frame.stance.content!
    if (runsOn(sieve, frame) || runsInto(sieve, frame, inner.first)) continue
    const covered = Math.min(content.end, quotation.end) - Math.max(content.start, quotation.start)
    if (covered * 2 < quotation.end - quotation.start) continue
    if (!best || length(content) < length(best.stance.content!)) best = frame
  }

  return best
}

/**
 * Whether a frame's content starts in a later sentence than its cue with no
 * colon to announce it ("… after de Blasio stated an interest in ending
 * business with Trump. “These contracts are fully binding.”", "…, as the
 * crowd cheered. “The greed.”"): the tagger ran the frame on into the next
 * sentence's quotation, which goes on from the speaker before it (pass 5)
 * rather than being the words of that frame.
 */
function runsOn(sieve: Sieve, frame: Frame): boolean {
  const tokens = sieve.doc.tokens
  const start = tokenStartingFrom(sieve.doc, frame.stance.content!.start)
  if (start >= tokens.length || tokens[start].sentence <= frame.sentence) return false
  let before = start - 1
  while (before > 0 && tokens[before].kind !== 'word' && tokens[before].text !== ':') before--
  return tokens[before].text !== ':'
}

/**
 * Whether a frame's content runs on from its own sentence into a later one
 * that has a speaker of its own, at token `at` ("“A,” Alvarez said. “B” to
 * protect the contract, she said"): the tagger ran it over the next
 * speaker's quotation, which that speaker's frame takes (pass 3).
 */
function runsInto(sieve: Sieve, frame: Frame, at: number): boolean {
  const tokens = sieve.doc.tokens
  const sentence = tokens[at].sentence
  if (sentence <= frame.sentence) return false
  // A reporting verb ("she said"), not any act the tagger took for a cue ("and with that he broke off with").
  const reports = (other: Frame) => {
    for (let i = other.cueFirst; i <= other.cueLast; i++) if (isReportingWord(tokens[i].lower)) return true
    return false
  }

  return framesOf(sieve, sentence).some((other) => other.speaker && other !== frame && reports(other))
}

/**
 * A content that ran on into the quotation at token `at`, which `frame`
 * says instead (`runsInto`), ends in its own sentence: before its frame
 * when it began before it ("“A,” Alvarez said."), else at the sentence's end.
 */
function endRunsInto(sieve: Sieve, frame: Frame, at: number): void {
  const {doc} = sieve
  const tokens = doc.tokens
  const {start, end} = tokens[at]
  // The tagger reads a paragraph at a time: a content runs on from a frame
  // of the same paragraph, a sentence or two before (a bound that keeps a
  // long paragraph's quotations from each reading all its frames).
  const first = Math.max(doc.paragraphs[tokens[at].paragraph].firstSentence, tokens[at].sentence - MAX_RUN_ON_SENTENCES)
  for (let sentence = tokens[at].sentence - 1; sentence >= first; sentence--) {
    for (const other of framesOf(sieve, sentence)) {
      const content = other.stance.content
      if (other === frame || !other.speaker || !content || content.start > start || content.end < end || !runsInto(sieve, other, at)) continue
      // A content begun in a sentence before its frame's is the tagger's misreading on both sides: left as it is.
      if (content.start < tokens[doc.sentences[other.sentence].firstToken].start) continue
      let last = tokens[other.start].start > content.start ? other.start - 1 : doc.sentences[other.sentence].endToken - 1
      while (tokens[last].start > content.start && (tokens[last].text === ',' || tokens[last].text === '.')) last--
      if (tokens[last].end > content.start) other.stance.content = textSpan(doc, content.start, Math.min(content.end, tokens[last].end))
    }
  }
}

/** The most sentences before a quotation's that a run-on content's frame is looked for in. */
const MAX_RUN_ON_SENTENCES = 3

/** 3. The speaker nearest the quotation in its sentences. */
function bySentenceFrame(sieve: Sieve, {first, last, inner}: Quoted): Frame | undefined {
  const tokens = sieve.doc.tokens
  let best: Frame | undefined
  let bestDistance = Infinity
  for (let sentence = tokens[first].sentence; sentence <= tokens[last].sentence; sentence++) {
    for (const frame of framesOf(sieve, sentence)) {
      if (!frame.speaker) continue
      const distance = frame.cueFirst > inner.last ? frame.cueFirst - inner.last : inner.first - frame.cueLast
      if (distance > 0 && distance < bestDistance) {
        best = frame
        bestDistance = distance
      }
    }
  }

  return best
}

/** 4. The speaker of the sentence that ends with the colon right before the quotation. */
function byColon(sieve: Sieve, {first}: Quoted): Frame | undefined {
  const tokens = sieve.doc.tokens
  const colon = first - 1
  if (colon < 0 || tokens[colon].text !== ':' || sieve.quoted[colon] === 1) return undefined
  const candidates = framesOf(sieve, tokens[colon].sentence).filter((frame) => frame.cueFirst < colon && frame.speaker && !frame.asks)
  return candidates[candidates.length - 1]
}

/** 5. A quotation that opens its sentence goes on from the speaker of the sentence before, in its paragraph. */
function bySentenceBefore(sieve: Sieve, {first, last}: Quoted): Frame | undefined {
  const {doc, tiedInSentence} = sieve
  const sentence = doc.tokens[first].sentence
  if (!opensSentence(doc, first) || sentence === 0 || doc.sentences[sentence - 1].paragraph !== doc.tokens[first].paragraph) return undefined
  if (hasOwnFrame(sieve, first, last)) return undefined
  const before = tiedInSentence.get(sentence - 1) ?? lastFrameOf(sieve, sentence - 1)
  // An indirect question someone asked the sentence's speaker ("“…!” LeVell
  // declared, … after a show during which callers asked how much he was
  // paid.") is answered by that speaker.
  if (before?.asks && !carriedOn(sieve, before, true)) return askedSpeaker(sieve, sentence - 1, before)
  return carriedOn(sieve, before, true)
}

/** The speaker of `sentence` before the frame `question` that asks (not a quoted question), who answers it; none when another question stands between. */
function askedSpeaker(sieve: Sieve, sentence: number, question: Frame): Frame | undefined {
  const frames = framesOf(sieve, sentence)
  for (let index = frames.indexOf(question) - 1; index >= 0; index--) {
    if (frames[index].asks) return undefined
    if (frames[index].speaker) return frames[index]
  }

  return undefined
}

/** 6. The speaker of the next sentence in the paragraph. */
function bySentenceAfter(sieve: Sieve, {first, last}: Quoted): Frame | undefined {
  const {doc} = sieve
  const sentence = doc.tokens[last].sentence + 1
  if (sentence >= doc.sentences.length || doc.sentences[sentence].paragraph !== doc.tokens[last].paragraph) return undefined
  if (hasOwnFrame(sieve, first, last)) return undefined
  return framesOf(sieve, sentence).find((frame) => frame.speaker && !frame.asks)
}

/** 7. A quotation that opens a paragraph with no speaker of its own goes on from the speaker the paragraph before ends with. */
function byParagraph(sieve: Sieve, {first}: Quoted): Frame | undefined {
  const {doc} = sieve
  const paragraph = doc.tokens[first].paragraph
  if (paragraph === 0 || !opensParagraph(doc, first)) return undefined
  // A speaker later in the paragraph ("“…” … , Clinton said.") may be this one's.
  const range = doc.paragraphs[paragraph]
  for (let sentence = range.firstSentence; sentence < range.endSentence; sentence++) {
    if (framesOf(sieve, sentence).some((frame) => frame.speaker)) return undefined
  }

  return endOfParagraph(sieve, paragraph - 1, true)
}

/** 8. The nearest speaker before the quotation in its paragraph; in a paragraph with none, the one the paragraph before ends with. */
function byNearest(sieve: Sieve, {first}: Quoted): Frame | undefined {
  const {doc, tiedInSentence} = sieve
  const paragraph = doc.tokens[first].paragraph
  for (let sentence = doc.tokens[first].sentence; sentence >= doc.paragraphs[paragraph].firstSentence; sentence--) {
    const tied = tiedInSentence.get(sentence)
    let last: Frame | undefined
    for (const frame of framesOf(sieve, sentence)) if (frame.cueFirst < first && frame.speaker) last = frame
    // The later of the sentence's last speaker and its last tied quotation's.
    const candidate = last && tied ? (last.cueFirst > tied.cueFirst ? last : tied) : (last ?? tied)
    if (candidate) return carriedOn(sieve, candidate, true)
  }

  return paragraph === 0 ? undefined : endOfParagraph(sieve, paragraph - 1, false)
}

/**
 * 9. The speaker elsewhere in the text whose words these are: an
 * attribution whose content holds two thirds of the quotation's words (a
 * headline's “may seek full share listing”, and the body's "the club may
 * consider seeking a full listing for its shares", said by its chairman).
 */
function byEcho(sieve: Sieve, {inner}: Quoted): Frame | undefined {
  const {doc, frames} = sieve
  const words = stemsOf(doc, inner.first, inner.last)
  if (words.size === 0) return undefined
  // Within a story's reach: the speakers of the paragraphs around (one
  // file may hold many stories, and a long one must not cost its square).
  const paragraph = doc.tokens[inner.first].paragraph
  const from = doc.sentences[doc.paragraphs[Math.max(0, paragraph - ECHO_REACH)].firstSentence].firstToken
  const last = doc.paragraphs[Math.min(doc.paragraphs.length - 1, paragraph + ECHO_REACH)]
  const to = doc.sentences[last.endSentence - 1].endToken
  // The most words in common, two thirds at least; the first such speaker.
  let best: Frame | undefined
  let bestHits = Math.ceil((words.size * 2) / 3) - 1
  for (let at = firstAtOrAfter(frames, from); at < frames.length && frames[at].cueFirst < to; at++) {
    const frame = frames[at]
    const content = frame.stance.content
    if (!frame.speaker || frame.asks || !content) continue
    // Not the quotation's own words.
    if (content.start < doc.tokens[inner.last].end && content.end > doc.tokens[inner.first].start) continue
    let stems = sieve.stems.get(frame)
    if (!stems) {
      stems = stemsOf(doc, tokenStartingFrom(doc, content.start), tokenEndingAfter(doc, content.end - 1))
      sieve.stems.set(frame, stems)
    }

    let hits = 0
    for (const word of words) if (stems.has(word)) hits++
    if (hits > bestHits) {
      best = frame
      bestHits = hits
    }
  }

  return best
}

/** The first of `frames` (in cue order) whose cue starts at token `token` or after. */
function firstAtOrAfter(frames: Frame[], token: number): number {
  return firstIndex(frames.length, (index) => frames[index].cueFirst < token)
}

/**
 * The speaker the paragraph ends with: its last sentence's tied quotation's
 * or frame; past a sentence or two of narration with no quotation in it,
 * the speaker before them ("“…,” Osei said. When they went out to dinner,
 * neighbours would sidle up to him.¶“They would ask me …”"). For a
 * quotation that opens its paragraph (`opening`), past a stage direction
 * too ("She pauses.¶“Well, thank you so much.”"); not for one
 * after narration of its own paragraph, which already stands between.
 */
function endOfParagraph(sieve: Sieve, paragraph: number, opening: boolean, narration = false): Frame | undefined {
  const {doc} = sieve
  const range = doc.paragraphs[paragraph]
  for (let sentence = range.endSentence - 1; sentence >= range.firstSentence && range.endSentence - sentence <= MAX_NARRATION + 1; sentence--) {
    const frame = sieve.tiedInSentence.get(sentence) ?? lastFrameOf(sieve, sentence)
    if (frame) return carriedOn(sieve, frame)
    const {firstToken, endToken} = doc.sentences[sentence]
    if (sieve.quoted.subarray(firstToken, endToken).includes(1)) return undefined
  }

  // A paragraph of narration only ("She pauses.") goes on from the speaker
  // of the paragraph before it; not a run of them (a list's items).
  if (!opening || narration || paragraph === 0 || !isStageDirection(sieve, paragraph)) return undefined
  return endOfParagraph(sieve, paragraph - 1, true, true)
}

/**
 * Whether a paragraph is a stage direction in a scene: a sentence or two of
 * narration, no frame and no quotation in it, about the speaker ("She
 * pauses.", "He hangs up.") or a word or two ("Pause.", "Laughter.") —
 * not the writer's own statement ("The county lost a fifth of its jobs."),
 * after which a quotation is someone else's to say.
 */
function isStageDirection(sieve: Sieve, paragraph: number): boolean {
  const {doc} = sieve
  const range = doc.paragraphs[paragraph]
  if (range.endSentence - range.firstSentence > MAX_NARRATION) return false
  for (let sentence = range.firstSentence; sentence < range.endSentence; sentence++) {
    if (framesOf(sieve, sentence).length > 0) return false
  }

  const first = doc.sentences[range.firstSentence].firstToken
  const end = doc.sentences[range.endSentence - 1].endToken
  if (sieve.quoted.subarray(first, end).includes(1)) return false
  let words = 0
  for (let i = first; i < end; i++) if (doc.tokens[i].kind === 'word') words++
  return words <= MAX_DIRECTION_WORDS || PERSONAL_PRONOUNS.has(doc.tokens[first].lower)
}

/** Pronouns that make a paragraph of narration about a person. */
const PERSONAL_PRONOUNS = new Set(['he', 'she', 'they'])
/** The most words of a stage direction with no subject ("Long pause."). */
const MAX_DIRECTION_WORDS = 3

/** How many sentences of narration may stand between a speaker and the quotation that goes on from them. */
const MAX_NARRATION = 2

/**
 * A speaker the next quotation goes on from. After a question the next
 * quotation answers it, someone else's — unless the question was the
 * speaker's own words, quoted, and the quotation follows in the same
 * paragraph (“That’s like a bribe, isn’t it?” Trump asked. “I think it’s a
 * bribe.”).
 */
function carriedOn(sieve: Sieve, frame: Frame | undefined, sameParagraph = false): Frame | undefined {
  if (!frame || !frame.speaker) return undefined
  if (!frame.asks) return frame
  const content = frame.stance.content
  if (!sameParagraph || !content) return undefined
  const start = tokenStartingFrom(sieve.doc, content.start)
  return sieve.quoted[start] === 1 && (start === 0 || sieve.quoted[start - 1] === 1) ? frame : undefined
}

/** The last frame of a sentence, outside quotations. */
function lastFrameOf(sieve: Sieve, sentence: number): Frame | undefined {
  const frames = framesOf(sieve, sentence)
  return frames[frames.length - 1]
}

/** Whether a frame stands in the quotation's own sentences (then passes 5 and 6 do not apply). */
function hasOwnFrame(sieve: Sieve, first: number, last: number): boolean {
  const tokens = sieve.doc.tokens
  for (let sentence = tokens[first].sentence; sentence <= tokens[last].sentence; sentence++) {
    if (framesOf(sieve, sentence).length > 0) return true
  }

  return false
}

/** Whether only punctuation or a conjunction stands before token `first` in its sentence ("But “…”"). */
function opensSentence(doc: Document, first: number): boolean {
  const tokens = doc.tokens
  const sentence = tokens[first].sentence
  let at = first - 1
  while (at >= 0 && tokens[at].sentence === sentence && tokens[at].kind !== 'word') at--
  if (at >= 0 && tokens[at].sentence === sentence && OPENING_CONJUNCTIONS.has(tokens[at].lower)) at--
  while (at >= 0 && tokens[at].sentence === sentence && tokens[at].kind !== 'word') at--
  return at < 0 || tokens[at].sentence !== sentence
}

/** Whether only punctuation stands before token `first` in its paragraph. */
function opensParagraph(doc: Document, first: number): boolean {
  const tokens = doc.tokens
  const paragraph = tokens[first].paragraph
  let at = first - 1
  while (at >= 0 && tokens[at].paragraph === paragraph && tokens[at].kind !== 'word') at--
  return at < 0 || tokens[at].paragraph !== paragraph
}

/**
 * Stretch a speaker's content over the quotation it says (or make the
 * quotation its content), unless another speaker's frame stands between;
 * then a frame right against the quotation (`replace`) takes the quotation
 * for its content instead: the tagger gave it words across another frame.
 */
function stretch(sieve: Sieve, frame: Frame, inner: Range, replace = false): void {
  const {doc} = sieve
  const stance = frame.stance
  const words = tokenSpan(doc, inner.first, inner.last)
  const content = stance.content
  if (!content) {
    stance.content = words
    return
  }

  if (content.start <= words.start && content.end >= words.end) {
    // Across another speaker's frame ("“A,” Jones said. ‘B,’ said Ruiz"): not this frame's.
    if (replace && speakerBetween(sieve, frame, content.start, Math.min(content.end, stance.cue.start))) stance.content = words
    return
  }

  const from = Math.min(content.end, words.end)
  const to = Math.max(content.start, words.start)
  if (speakerBetween(sieve, frame, from, to)) {
    if (replace) stance.content = words
    return
  }

  stance.content = textSpan(doc, Math.min(content.start, words.start), Math.max(content.end, words.end))
}

/**
 * Whether another speaker's frame (not a relative pronoun's, which belongs
 * to the speaker's own apposition: "replied Obama, whose criticism …") has
 * its cue within offsets `[from, to)`; only the sentences between are read.
 */
function speakerBetween(sieve: Sieve, frame: Frame, from: number, to: number): boolean {
  if (to <= from) return false
  const {doc} = sieve
  const first = doc.tokens[Math.min(tokenStartingFrom(doc, from), doc.tokens.length - 1)].sentence
  const last = doc.tokens[Math.min(tokenEndingAfter(doc, to - 1), doc.tokens.length - 1)].sentence
  for (let sentence = first; sentence <= last; sentence++) {
    for (const other of framesOf(sieve, sentence)) {
      if (other === frame || !other.speaker || RELATIVES.has(other.stance.source?.text.toLowerCase() ?? '') || sameSpeaker(sieve, frame, other)) continue
      if (other.stance.cue.start >= from && other.stance.cue.end <= to) return true
    }
  }

  return false
}

/**
 * Whether frame `other` is the speaker's own: the same source ("Carson told
 * the AP … after hinting that …", "Le Pen told … Le Pen asked"), a frame
 * later in the speaker's sentence, which tells its circumstance ("…, after
 * news outlets declared him the victor"), or a participle that shares the
 * subject of its clause ("Trump said, referring to the debate", "after
 * hinting that": what the tagger gave it as a source is a guess).
 */
function sameSpeaker(sieve: Sieve, frame: Frame, other: Frame): boolean {
  const source = frame.stance.source?.text.toLowerCase()
  if (source && source === other.stance.source?.text.toLowerCase()) return true
  // Later in the speaker's own sentence a frame is its circumstance ("“…,”
  // Trump said, after news outlets declared him the victor. “…”").
  if (other.sentence === frame.sentence && other.cueFirst > frame.cueLast && frame.stance.source) return true
  const tokens = sieve.doc.tokens
  const cue = tokens[other.cueFirst]
  if (!cue || !cue.lower.endsWith('ing') || other.cueFirst === 0) return false
  const before = tokens[other.cueFirst - 1]
  return (before.text === ',' || PARTICIPLE_LINKS.has(before.lower)) && other.sentence === frame.sentence
}

/** Words that open a participle clause of the sentence's subject ("after hinting", "while insisting"). */
const PARTICIPLE_LINKS = new Set(['after', 'before', 'while', 'when', 'by', 'since'])

/** The stems (first four letters) of the words of tokens `[first, last]` that carry meaning. */
function stemsOf(doc: Document, first: number, last: number): Set<string> {
  const stems = new Set<string>()
  for (let i = first; i <= last && i < doc.tokens.length; i++) {
    const token = doc.tokens[i]
    if (token.kind !== 'word' || token.lower.length < 3 || FUNCTION_WORDS.has(token.lower)) continue
    stems.add(token.lower.slice(0, 4))
  }

  return stems
}

/**
 * Whether a source is words with no author: an artifact ("One tweet", "a
 * sign outside", "some posts"; data: `artifacts` in `quotations.json`)
 * after an indefinite determiner, with no author named ("from the mayor",
 * "the mayor's").
 */
function isAuthorless(source: string): boolean {
  // The cheap test first: most sources open with no indefinite determiner.
  if (!INDEFINITE_START.test(source)) return false
  const words = source.toLowerCase().split(/\s+/)
  if (words.length < 2 || words.length > 4 || !INDEFINITE.has(words[0])) return false
  if (words.some((word) => AUTHOR_LINKS.has(word) || /['’]s$/.test(word))) return false
  const {artifacts} = quotationWords()
  return words.slice(1).some((word) => artifacts.has(word) || artifacts.has(word.replace(/s$/, '')))
}

/** Words that go on to name an artifact's author ("a tweet from the mayor", "a letter by her lawyer"). */
const AUTHOR_LINKS = new Set(['from', 'by', 'of'])

const INDEFINITE = new Set(['a', 'an', 'one', 'another', 'some', 'several', 'many', 'two', 'three'])
const INDEFINITE_START = /^(?:a|an|one|another|some|several|many|two|three)\s/i

const RELATIVES = new Set(['who', 'whose', 'which', 'that', 'whom'])

/** How many paragraphs before or after a quotation its echo is looked for in. */
const ECHO_REACH = 40

/** Words too common to tell whose words a quotation echoes (grammar, not data). */
const FUNCTION_WORDS = new Set(
  'the and but for nor yet not all any are was were been being has have had will would may might can could should must shall does did its his her their our your they them she him who whom whose which that this these those there here with from into onto over under about than then when what where why how also just very more most some such only own same other'.split(' ')
)

/** Dashes that set off a quotation's signature ("“…” — Nell Grey"). */
const DASHES = new Set(['—', '―', '–', '-', '--'])

/** Words that open a sentence going on from the one before (grammar, not data). */
const OPENING_CONJUNCTIONS = new Set(['but', 'and', 'still', 'yet', 'so', 'also'])
