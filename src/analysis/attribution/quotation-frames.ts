/**
 * Frames of a quotation that the tagger, trained on running prose, does not
 * read as frames; each becomes an attribution whose content is the
 * quotation:
 *
 * - a **signature** after a dash: "“…” ― Carla Sanchez", "“…” — Oscar P.
 *   Quintero, 41, of El Paso" (readers' roundups, listicles, epigraphs),
 *   also on the line under a quotation that is a paragraph of its own
 *   ("“…”¶- Gov. Ruth Okafor.": fact checks, notebooks of quotes), or a
 *   credit in brackets ending the paragraph ("“…” [Reuters.]": digests of
 *   the day's stories): the name is the source, the dash or bracket the cue;
 * - a **trailing frame** of any verb in the past tense after a quotation
 *   that ends its clause: "“…,” Toomey fumed on Tuesday", "“…!” barked the
 *   chairman" (writers vary their verbs of saying beyond any lexicon), "“…,”
 *   it further wrote", "“…,” as a county memo put it", "“…,” per the
 *   club’s charter", also where the tagger read it half ("said the
 *   senator" with no source, "added Moreno" as one cue) or misread it
 *   ("it" the cue of "further wrote");
 * - a **colon frame** the quotation follows, in its sentence or at the end
 *   of the paragraph before: a subject and a reporting verb or a noun of
 *   speech ("The New York Times reports:", "Sanders made the following
 *   comment:", or inverted: "Said Moreno:"), or a noun of speech and its author ("this statement by
 *   Trump on June 11:", "Trump’s tweet:", or with a dash: "Trump’s stock
 *   answer — “…”"; or as the subject: "an email sent out by Sanders warned
 *   of the fight ahead:"), or a headline and its byline
 *   ("“…,” by the Globe’s Ana Ruiz:"), or a sentence that opens with a
 *   name and its verb ("Okonkwo has taken the line common among rural
 *   members:"), or one with a clause of "as" ("As Ruiz observed, the
 *   winner was the stage itself:");
 * - a **naming sentence** right after the quotation: "“…” That quote from
 *   Alabama Securities Commissioner Thomas Krebs appeared …";
 * - a **reporting verb** and its subject right before the quotation or
 *   between commas in its sentence ("what Dimension Data calls an
 *   “alarming development”", "This, Ms Diemont warns, is “scary”", ",
 *   calling it “disqualifying”"), where no attribution with a source
 *   stands — or, for "what X calls “…”" with a verb of naming, where one
 *   does; also after a circumstance or an addressee and a comma ("Clinton
 *   emphatically proclaimed at a press conference, “…”"), and any verb in
 *   the past tense right before ", “" ("A flabbergasted Noah quipped,
 *   “…”"); and a verb of naming with its object ("Japan branded North
 *   Korea an “outlaw nation”", "characterized Rep. Mark Dale, R-Ohio, as
 *   “…”"); and a second speaker's verb of saying right before ", “" in a
 *   sentence another frame opens, which the tagger missed, gave the first
 *   frame's source or ran the first content over ("The mayor said the levy
 *   was fair, and the treasurer replied, “…”": that content ends before
 *   the second frame); and one in the infinitive, whose subject is the
 *   name before "to" ("prompted the Atlas, which tracks counties, to
 *   state, “…”");
 * - a **clause of "as"** with a name and any verb, right before ", “"
 *   ("As the band sang back in 1979, “…”", "as Ruiz put it, “…”").
 *
 * Each replaces what the tagger read into it instead (a signature's name as
 * a source and a cue, a noun of speech as a cue without its author). Nouns
 * of speech are data (`speechNouns` in `quotations.json`).
 */
import type {Document} from '../document.js'
import {textSpan, tokenSpan, tokenStartingFrom} from '../document.js'
import type {FoundQuotation, FoundStance, Span} from '../types.js'
import {isCapitalised} from './frames.js'
import {partyLexicons} from '../parties/lexicons.js'
import {ADVERB, ARTICLES, FINITE_AUXILIARIES, POSSESSIVE_DETERMINERS, SUBJECT_PRONOUNS, isVerbAdverb} from './grammar.js'
import {isReportingWord, speechVerbs} from './lexicon.js'
import {bylineAfter, innerTokens, quotationWords} from './quotations.js'
import {labelColon} from './quotation-marks.js'

/** Add the frames the tagger missed to `attributions` (and drop what it read into a signature instead). */
export function addQuotationFrames(doc: Document, quotations: FoundQuotation[], attributions: FoundStance[]): void {
  if (quotations.length === 0) return
  const tokens = doc.tokens
  // Sentences where an attribution with a source already stands, and each sentence's attributions.
  const framed = new Set<number>()
  const bySentence = new Map<number, FoundStance[]>()
  for (const attribution of attributions) {
    const at = tokenStartingFrom(doc, attribution.cue.start)
    if (at >= tokens.length) continue
    const sentence = tokens[at].sentence
    if (attribution.source) framed.add(sentence)
    const list = bySentence.get(sentence)
    if (list) list.push(attribution)
    else bySentence.set(sentence, [attribution])
  }

  const replaced = new Set<FoundStance>()
  const added: FoundStance[] = []
  const within = (range: Range, span: {start: number; end: number}) => span.start >= tokens[range.first].start && span.end <= tokens[range.last].end
  for (const quotation of quotations) {
    const inner = innerTokens(doc, quotation)
    if (!inner) continue
    const frame =
      speakerLabel(doc, inner) ??
      signature(doc, quotation) ??
      trailer(doc, quotation, bySentence) ??
      colonFrame(doc, quotation, framed) ??
      namingSentence(doc, quotation) ??
      asFrame(doc, quotation, framed) ??
      verbFrame(doc, quotation, framed, bySentence)
    if (!frame) continue
    // What the tagger read into the frame instead ("Nell" the source of the
    // cue "Carden Grey"): only attributions of the frame's sentences can be.
    for (const attribution of bySentence.get(tokens[frame.cue.first].sentence) ?? []) {
      if (within(frame.cue, attribution.cue) || within(frame.source, attribution.cue)) replaced.add(attribution)
    }

    for (const attribution of bySentence.get(tokens[frame.source.first].sentence) ?? []) {
      if (within(frame.cue, attribution.cue) || within(frame.source, attribution.cue)) replaced.add(attribution)
    }

    // A cue with no source that the tagger ran on from the verb into its
    // subject ("added Moreno"), a source it read into the frame's cue
    // ("Said" the source of "Moreno:"), or the frame read as a speaker's
    // label ("Added the senator:" the source of the colon).
    const overlaps = (range: Range, span: {start: number; end: number}) => span.start < tokens[range.last].end && span.end > tokens[range.first].start
    for (const attribution of bySentence.get(tokens[frame.cue.first].sentence) ?? []) {
      const source = attribution.source
      if (!source && overlaps(frame.cue, attribution.cue) && overlaps(frame.source, attribution.cue)) replaced.add(attribution)
      if (source && (overlaps(frame.cue, source) || (attribution.cue.text === ':' && overlaps(frame.source, source)))) replaced.add(attribution)
    }

    // Only a content that begins before the frame's source ran over it (one
    // that opens with the frame, "The treasurer replied, “…,” Ortiz said"
    // read as Ortiz's words, did not).
    if (frame.overrun?.content && frame.overrun.content.start < tokens[frame.source.first].start) frame.overrun.content = contentBefore(doc, frame.overrun.content, frame.source.first)
    added.push({
      kind: 'asserts',
      cue: tokenSpan(doc, frame.cue.first, frame.cue.last),
      source: tokenSpan(doc, frame.source.first, frame.source.last),
      content: frame.content ? tokenSpan(doc, frame.content.first, frame.content.last) : tokenSpan(doc, inner.first, inner.last),
      channel: null
    })
  }

  if (replaced.size > 0) {
    let kept = 0
    for (const attribution of attributions) if (!replaced.has(attribution)) attributions[kept++] = attribution
    attributions.length = kept
  }

  attributions.push(...added)
}

interface Range {
  first: number
  last: number
}

/** A content that begins before token `index`, cut before it, without the commas and conjunctions that joined what followed. */
function contentBefore(doc: Document, content: Span, index: number): Span {
  const tokens = doc.tokens
  let last = index - 1
  while (last > 0 && tokens[last].start > content.start && (tokens[last].kind !== 'word' || JOINING_WORDS.has(tokens[last].lower))) last--
  return textSpan(doc, content.start, Math.max(content.start, tokens[Math.max(0, last)].end))
}

/** Words that join a clause to the one before (grammar, not data). */
const JOINING_WORDS = new Set(['and', 'but', 'or', 'then', 'when', 'while', 'as'])

interface Frame {
  cue: Range
  source: Range
  /** The words the frame gives its source, when not the whole quotation (a speaker's label's). */
  content?: Range
  /** The attribution whose content the tagger ran over this frame: it ends before the frame's source. */
  overrun?: FoundStance
}

/**
 * "“WALLACE: Let’s start with the news. …”": a transcript quoted whole,
 * its words opening with the speaker's label, a name in capitals and a
 * colon (`labelColon`). The name is the source, the colon the cue, the
 * rest the content.
 */
function speakerLabel(doc: Document, inner: Range): Frame | undefined {
  const colon = labelColon(doc, inner.first, inner.last)
  return colon === -1 ? undefined : {cue: {first: colon, last: colon}, source: {first: inner.first, last: colon - 1}, content: {first: colon + 1, last: inner.last}}
}

/**
 * "“…” ― Carla Sanchez": a name after a dash right after the closing mark,
 * ending its line; or a name in brackets there, ending the paragraph (a
 * digest's credit: "“…” [Reuters.]"); or, under a quotation that is a
 * paragraph of its own, a line that opens with a dash (a hyphen too,
 * there) and a name: "“…”¶- Gov. Ruth Okafor." (fact checks, notebooks of
 * quotes).
 */
function signature(doc: Document, quotation: FoundQuotation): Frame | undefined {
  const tokens = doc.tokens
  const close = quotation.segments[quotation.segments.length - 1]
  if (!close.closed) return undefined
  let dash = close.last + 1
  if (dash < tokens.length && tokens[dash].text === '.') dash++
  if (dash + 1 >= tokens.length) return undefined
  const sameParagraph = tokens[dash].paragraph === tokens[close.last].paragraph
  const bracket = sameParagraph && tokens[dash].text === '['
  const signed = sameParagraph ? bracket || DASHES.has(tokens[dash].text) : signatureLine(doc, quotation, dash)
  if (!signed) return undefined
  const first = dash + 1
  let last = first - 1
  for (let j = first; j < tokens.length && j - first < MAX_NAME_WORDS && tokens[j].paragraph === tokens[dash].paragraph; j++) {
    if (j > first && lineBreakBefore(doc, j)) break
    const token = tokens[j]
    if (token.kind !== 'word' || !(isCapitalised(token.text) || (j > first && NAME_LINKS.has(token.lower)))) break
    last = j
  }

  if (last < first || !isCapitalised(tokens[last].text)) return undefined
  if (bracket) return creditEnds(doc, last + 1) ? {cue: {first: dash, last: dash}, source: {first, last}} : undefined
  const next = tokens[last + 1]
  const ends = !next || next.paragraph !== tokens[last].paragraph || lineBreakBefore(doc, last + 1) || next.text === ',' || next.text === '.' || OPENING_MARKS.has(next.text)
  if (!ends) return undefined
  return {cue: {first: dash, last: dash}, source: {first, last}}
}

/** Whether a bracketed credit closes at token `index` ("HuffPost.]" or "NYT]") and ends its paragraph. */
function creditEnds(doc: Document, index: number): boolean {
  const tokens = doc.tokens
  const close = tokens[index]?.text === '.' ? index + 1 : index
  return tokens[close]?.text === ']' && (close + 1 === tokens.length || tokens[close + 1].paragraph !== tokens[close].paragraph)
}

/** Whether token `dash`, the first of the paragraph after `quotation`'s, is a dash that signs a quotation standing as a paragraph of its own. */
function signatureLine(doc: Document, quotation: FoundQuotation, dash: number): boolean {
  const tokens = doc.tokens
  const open = quotation.segments[0]
  if (!open.opened || (tokens[dash].text !== '-' && !DASHES.has(tokens[dash].text))) return false
  if (tokens[dash].paragraph !== tokens[open.first].paragraph + 1) return false
  return open.first === 0 || tokens[open.first - 1].paragraph !== tokens[open.first].paragraph
}

/**
 * "“…,” Toomey fumed on Tuesday", "“…,” quipped the senator": a quotation
 * that ends its clause with a comma (or a question or exclamation mark) and
 * is followed by a subject and a verb in the past tense (or the verb and
 * then its subject), with nothing after them but a circumstance or the end
 * of the sentence. That order is a frame whatever the verb (writers vary
 * their verbs of saying beyond any list); only where the tagger found no
 * cue of its own right after the quotation.
 */
function trailer(doc: Document, quotation: FoundQuotation, bySentence: Map<number, FoundStance[]>): Frame | undefined {
  const tokens = doc.tokens
  const close = quotation.segments[quotation.segments.length - 1]
  const at = close.last + 1
  if (!close.closed || close.last < 1 || at + 1 >= tokens.length || !CLAUSE_ENDS.has(tokens[close.last - 1].text)) return undefined
  if (tokens[at].paragraph !== tokens[close.last].paragraph || tokens[at].kind !== 'word') return undefined
  const window = Math.min(tokens.length - 1, at + MAX_TRAILER)
  // A cue the tagger found there with its source and content stands; one
  // without a source is the frame half read ("“…,” added Moreno" as the cue
  // "added Moreno", "“…,” said the senator" with no source), and so is one
  // without content ("“…,” as a memo put it" with the quotation given to
  // another frame of the sentence), and a pronoun
  // read as the cue of the verb after it ("“…,” it further wrote"), which
  // confuses what the tagger read in its source too ("further" the source of "wrote").
  const here = bySentence.get(tokens[at].sentence) ?? []
  const misread = here.filter((attribution) => attribution.source && SUBJECT_PRONOUNS.has(attribution.cue.text.toLowerCase()))
  for (const attribution of here) {
    const source = attribution.source
    if (!source || !attribution.content || misread.some((other) => other === attribution || (other.source!.start <= source.start && other.source!.end >= source.end))) continue
    if (attribution.cue.end > tokens[at].start && attribution.cue.start < tokens[window].end) return undefined
  }

  // "“…,” per the club’s charter": a source after "per", as after "according to".
  if (tokens[at].lower === 'per') {
    const last = subjectEnd(doc, at + 1, window + 1)
    return last > at && endsFrame(doc, last + 1) ? {cue: {first: at, last: at}, source: {first: at + 1, last}} : undefined
  }

  // The verb first: "quipped Toomey", "fumed the senator", "said the senator".
  if (isPastVerb(tokens[at]) || speechVerbs().has(tokens[at].lower)) {
    // Its subject a name or a description ("quipped the senator"), not "revamped his plans".
    const last = SUBJECT_PRONOUNS.has(tokens[at + 1].lower) || POSSESSIVE_DETERMINERS.has(tokens[at + 1].lower) ? at : subjectEnd(doc, at + 1, window)
    return last > at && endsFrame(doc, last + 1) ? {cue: {first: at, last: at}, source: {first: at + 1, last}} : undefined
  }

  // The subject first: "Toomey fumed", "the senator fumed", "she fumed",
  // "it further wrote", "the ministry states in its paper" (a reporting
  // verb in any tense), or in a clause of "as": "as a county memo put it".
  const as = tokens[at].lower === 'as'
  const first = as ? at + 1 : at
  for (let verb = first + 1; verb <= window; verb++) {
    // An adverb is no verb, though the mined lexicon lists some that head cues ("loudly", "strongly").
    if (tokens[verb].lower.endsWith('ly')) continue
    // "put it", "described it": the object of the clause of "as" is the quotation.
    const cueLast = as && tokens[verb + 1]?.lower === 'it' ? verb + 1 : verb
    const verbal = isPastVerb(tokens[verb]) || (tokens[verb].kind === 'word' && (isReportingWord(tokens[verb].lower) || cueLast > verb))
    if (!verbal || !endsFrame(doc, cueLast + 1)) continue
    // Adverbs between the subject and its verb ("it further wrote", "Toomey angrily replied").
    let end = verb
    while (end - 1 > first && isVerbAdverb(tokens[end - 1])) end--
    // A possessor is no subject ("Editor’s note").
    const subject = subjectEnd(doc, first, end) === end - 1 && !/['’]s$/.test(tokens[end - 1].text)
    return subject ? {cue: {first: verb, last: cueLast}, source: {first, last: end - 1}} : undefined
  }

  return undefined
}

/** The last token of a subject from `first` (a pronoun, a name, or "the …" up to a few words), before `end`; `first - 1` when there is none. */
function subjectEnd(doc: Document, first: number, end: number): number {
  const tokens = doc.tokens
  if (first >= end) return first - 1
  if (SUBJECT_PRONOUNS.has(tokens[first].lower)) return first
  if (ARTICLES.has(tokens[first].lower) || POSSESSIVE_DETERMINERS.has(tokens[first].lower)) {
    // A noun phrase, not a relative clause ("the procedural that CBS revived") nor an adverb ("the FBI somehow managed").
    let last = first
    while (last + 1 < end && tokens[last + 1].kind === 'word' && !DESCRIPTION_ENDS.test(tokens[last + 1].lower) && last - first < MAX_NAME_WORDS) last++
    return last === first ? first - 1 : last
  }

  if (!isCapitalised(tokens[first].text) || SENTENCE_WORDS.has(tokens[first].lower)) return first - 1
  const last = nameEnd(doc, first, end)
  // A name and the head that says what it names ("Time magazine", "the Trump campaign").
  return last >= first && last + 1 < end && partyLexicons().organizationNamedHeads.has(tokens[last + 1].lower) ? last + 1 : last
}

/** A lower-case word in the past tense by its ending ("fumed", "quipped", "barked"). */
function isPastVerb(token: Document['tokens'][number] | undefined): boolean {
  return token !== undefined && token.kind === 'word' && token.lower === token.text && token.lower.length > 4 && token.lower.endsWith('ed')
}

/** Whether a frame may end before token `index`: the sentence ends, or a circumstance or an apposition follows. */
function endsFrame(doc: Document, index: number): boolean {
  const token = doc.tokens[index]
  if (!token || token.sentence !== doc.tokens[index - 1].sentence) return true
  return token.kind !== 'word' ? token.text !== "'s" && token.text !== '’s' : CIRCUMSTANCE_OPENERS.has(token.lower)
}

/** Words that open what may follow a frame: a circumstance of time, place or manner (grammar, not data). */
const CIRCUMSTANCE_OPENERS = new Set(['on', 'in', 'at', 'during', 'after', 'before', 'about', 'as', 'while', 'from', 'with', 'when', 'of', 'last', 'this', 'later', 'then', 'again', 'back', 'recently', 'today', 'yesterday', 'tonight'])
/** Words that end a description used as a subject: a relative pronoun, an auxiliary ("Her suggestions are redacted"), an adverb. */
const DESCRIPTION_ENDS = /^(?:that|which|who|whose|whom|is|are|was|were|be|been|has|have|had)$|ly$/
/** What ends a quoted clause that a frame follows ("“…,” she said"). */
const CLAUSE_ENDS = new Set([',', '?', '!'])
/** The most tokens of an opening adverbial, and of a description before its noun. */
const MAX_OPENER = 4
/** The most tokens from a closing mark to a trailing frame's last word. */
const MAX_TRAILER = 8

/**
 * A colon frame right before the quotation (in its sentence, or ending the
 * paragraph before), in a sentence where no attribution with a source
 * stands: "SUBJECT reports:", "SUBJECT made the following comment:", "this
 * statement by NAME on June 11:", "NAME’s tweet:"; or a dash after a noun of
 * speech and its author ("NAME’s stock answer then — “…”").
 */
function colonFrame(doc: Document, quotation: FoundQuotation, framed: Set<number>): Frame | undefined {
  const tokens = doc.tokens
  const open = quotation.segments[0]
  if (!open.opened || open.first === 0) return undefined
  const colon = open.first - 1
  const sentence = doc.sentences[tokens[colon].sentence]
  // A dash sets off the words of a noun of speech and its author as a colon does ("Ruiz’s stock answer then — “…” —").
  if (DASHES.has(tokens[colon].text)) return framed.has(tokens[colon].sentence) ? undefined : authorFrame(doc, sentence.firstToken, colon)
  if (tokens[colon].text !== ':') return undefined
  // A byline is a frame whoever the excerpt after it quotes in turn ("…, its
  // owners announced"), and so is an authored subject or an inverted frame,
  // which the tagger may misread ("a fundraising email" the source of "sent
  // out by", "Said" the source of "Moreno:").
  const authored = bylineFrame(doc, sentence.firstToken, colon) ?? authoredSubjectFrame(doc, sentence.firstToken, colon) ?? invertedFrame(doc, sentence.firstToken, colon)
  if (authored || framed.has(tokens[colon].sentence)) return authored
  return subjectFrame(doc, sentence.firstToken, colon) ?? authorFrame(doc, sentence.firstToken, colon) ?? namedSubjectFrame(doc, sentence.firstToken, colon) ?? asColonFrame(doc, sentence.firstToken, colon)
}

/**
 * "In addition, a fundraising email sent out by Sanders on Tuesday warned of
 * the fight ahead:": the sentence's subject is a noun of speech and its
 * author ("by" or "from" and a name, a participle between), however long
 * the rest of the sentence before the colon.
 */
function authoredSubjectFrame(doc: Document, start: number, colon: number): Frame | undefined {
  const tokens = doc.tokens
  const {speechNouns} = quotationWords()
  // Past an opening adverbial set off by a comma ("In addition,").
  let first = start
  for (let j = start; j < colon && j - start <= MAX_OPENER; j++) {
    if (tokens[j].text === ',') {
      first = j + 1
      break
    }
  }

  for (let j = first; j < colon && j - first <= MAX_OPENER; j++) {
    // A description, not a name ("a fundraising email", "A campaign letter").
    if (tokens[j].kind !== 'word' || (j > first && isCapitalised(tokens[j].text))) return undefined
    if (!speechNouns.has(tokens[j].lower)) continue
    let by = j + 1
    while (by < colon && by - j <= 2 && tokens[by].kind === 'word' && tokens[by].lower !== 'by' && tokens[by].lower !== 'from' && tokens[by].text === tokens[by].lower) by++
    if (by + 1 >= colon || (tokens[by].lower !== 'by' && tokens[by].lower !== 'from')) return undefined
    const last = nameEnd(doc, by + 1, colon)
    return last > by ? {cue: {first: j, last: by}, source: {first: by + 1, last}} : undefined
  }

  return undefined
}

/**
 * "Said Moreno:", "Added the senator:": a sentence that is nothing but a
 * verb of saying and then its subject, before the colon.
 */
function invertedFrame(doc: Document, start: number, colon: number): Frame | undefined {
  const tokens = doc.tokens
  const verb = tokens[start]
  if (start + 1 >= colon || verb.kind !== 'word' || !isCapitalised(verb.text) || !(speechVerbs().has(verb.lower) || isReportingWord(verb.lower))) return undefined
  return subjectEnd(doc, start + 1, colon) === colon - 1 ? {cue: {first: start, last: start}, source: {first: start + 1, last: colon - 1}} : undefined
}

/** "As Pollak observed, the winner was the stage itself:": a clause of "as" in the sentence the colon ends frames what follows it. */
function asColonFrame(doc: Document, start: number, colon: number): Frame | undefined {
  const tokens = doc.tokens
  for (let as = start; as < colon; as++) {
    if (tokens[as].lower !== 'as') continue
    let comma = as + 1
    while (comma < colon && comma - as < MAX_LEADING_DISTANCE && tokens[comma].text !== ',') comma++
    if (tokens[comma].text === ',') return asClause(doc, as, start, comma)
  }

  return undefined
}

/**
 * "“Posthumous books could sell,” by the Globe’s Ana Ruiz:": a headline and
 * its byline before the colon, as reading lists set an article's title, its
 * author and then its first lines. The byline's name is the source, "by"
 * the cue.
 */
function bylineFrame(doc: Document, start: number, colon: number): Frame | undefined {
  const tokens = doc.tokens
  // From the colon back over the name (a possessive's apostrophe and "the" inside it: "the Globe’s", "Times' Ben Sisario").
  let by = colon - 1
  while (by > start && colon - by <= MAX_NAME_WORDS * 2 && (isCapitalised(tokens[by].text) || NAME_LINKS.has(tokens[by].lower) || tokens[by].text === "'" || tokens[by].text === '’')) by--
  if (by === colon - 1 || tokens[by].lower !== 'by' || !isCapitalised(tokens[colon - 1].text)) return undefined
  for (const close of [by - 1, by - 2]) {
    if (close > start && bylineAfter(doc, close) === by) return {cue: {first: by, last: by}, source: {first: by + 1, last: colon - 1}}
  }

  return undefined
}

/**
 * "Okonkwo has taken the line common among rural members:", "The State
 * Board of Elections was blunt in its ruling:": a sentence that opens with
 * a name and its verb and ends with the colon before a quotation
 * introduces that name's words, whatever the verb. A lone capitalised word
 * opening the sentence is a name only if the document writes it
 * capitalised mid-sentence too ("Residents were divided:" introduces no
 * one).
 */
function namedSubjectFrame(doc: Document, start: number, colon: number): Frame | undefined {
  const tokens = doc.tokens
  const first = ARTICLES.has(tokens[start].lower) ? start + 1 : start
  if (first >= colon || tokens[first].kind !== 'word' || !isCapitalised(tokens[first].text) || SENTENCE_WORDS.has(tokens[first].lower) || CIRCUMSTANCE_OPENERS.has(tokens[first].lower)) return undefined
  const last = nameEnd(doc, first, colon)
  const verb = last + 1
  // A name and then its verb: not a possessive ("Trump’s appearance").
  if (last < first || verb >= colon - 1 || /['’]s$/.test(tokens[last].text) || tokens[verb].kind !== 'word' || tokens[verb].lower !== tokens[verb].text) return undefined
  if (first === last && first === start && !writtenAsName(doc, first)) return undefined
  return {cue: {first: verb, last: verb}, source: {first: start, last}}
}

/** Whether the word at `index` stands capitalised somewhere else in the document, not opening a sentence. */
function writtenAsName(doc: Document, index: number): boolean {
  let names = midSentenceNames.get(doc)
  if (!names) {
    // Once per document: a text with many colon quotations reads its tokens once.
    names = new Map()
    const tokens = doc.tokens
    for (let j = 1; j < tokens.length; j++) {
      if (tokens[j].kind === 'word' && isCapitalised(tokens[j].text) && tokens[j - 1].sentence === tokens[j].sentence && tokens[j - 1].kind === 'word') names.set(tokens[j].text, (names.get(tokens[j].text) ?? 0) + 1)
    }

    midSentenceNames.set(doc, names)
  }

  // Not counting the word itself, should it stand mid-sentence.
  const tokens = doc.tokens
  const self = index > 0 && tokens[index - 1].sentence === tokens[index].sentence && tokens[index - 1].kind === 'word' ? 1 : 0
  return (names.get(tokens[index].text) ?? 0) > self
}

/** The capitalised words each document writes mid-sentence, with how often. */
const midSentenceNames = new WeakMap<Document, Map<string, number>>()

/**
 * "The New York Times reports", "Sanders made the following comment",
 * "Paul Collison, chief analyst at Brunswick, said": a name or pronoun,
 * then (after an apposition set off by commas, if any) a cue of a few words
 * that ends at `end` and holds a reporting verb or a noun of speech.
 */
function subjectFrame(doc: Document, start: number, end: number): Frame | undefined {
  const tokens = doc.tokens
  // The cue: from the first reporting word or noun of speech a few words before `end`.
  let cueFirst = -1
  for (let j = end - 1; j >= start && end - j <= MAX_CUE_WORDS; j--) if (tokens[j].kind === 'word' && isSpeechWord(tokens[j].lower)) cueFirst = j
  if (cueFirst === -1) return undefined
  // Walk back over the cue's own words ("made the following comment") to the subject.
  let subjectLast = cueFirst - 1
  while (subjectLast >= start && tokens[subjectLast].kind === 'word' && !isCapitalised(tokens[subjectLast].text) && !SUBJECT_PRONOUNS.has(tokens[subjectLast].lower) && cueFirst - subjectLast < MAX_CUE_WORDS) subjectLast--
  let cueStart = subjectLast + 1
  // An apposition: "Paul Collison, chief analyst at Brunswick, said".
  if (subjectLast >= start && tokens[subjectLast].text === ',') {
    let comma = subjectLast - 1
    while (comma >= start && subjectLast - comma <= MAX_APPOSITION && tokens[comma].text !== ',') comma--
    if (comma <= start || tokens[comma].text !== ',') return undefined
    subjectLast = comma - 1
    cueStart = cueFirst
  }

  if (subjectLast < start || tokens[subjectLast].kind !== 'word') return undefined
  let first = subjectLast
  if (!SUBJECT_PRONOUNS.has(tokens[subjectLast].lower)) {
    if (!isCapitalised(tokens[subjectLast].text)) return undefined
    first = nameStart(doc, subjectLast, start)
    // A sentence's opening word is no name by itself ("And", "This"): start after it.
    while (first < subjectLast && SENTENCE_WORDS.has(tokens[first].lower) && !ARTICLES.has(tokens[first].lower)) first++
    if (first === subjectLast && SENTENCE_WORDS.has(tokens[first].lower)) return undefined
  }

  return {cue: {first: cueStart, last: end - 1}, source: {first, last: subjectLast}}
}

/** "this statement by Trump on June 11", "Trump’s tweet": a noun of speech and its author, before `end`. */
function authorFrame(doc: Document, start: number, end: number): Frame | undefined {
  const tokens = doc.tokens
  const {speechNouns} = quotationWords()
  for (let j = end - 1; j >= start && end - j <= MAX_AUTHOR_DISTANCE; j--) {
    if (!speechNouns.has(tokens[j].lower)) continue
    const by = j + 1
    if (by + 1 < end && (tokens[by].lower === 'by' || tokens[by].lower === 'from')) {
      const last = nameEnd(doc, by + 1, end)
      if (last > by) return {cue: {first: j, last: by}, source: {first: by + 1, last}}
    }

    // "Trump’s tweet": a possessive name before the noun, a word or two of description between ("Trump’s stock answer").
    let owner = j - 1
    while (owner > start && j - owner <= 2 && tokens[owner].kind === 'word' && tokens[owner].text === tokens[owner].lower && !/['’]s$/.test(tokens[owner].text)) owner--
    if (owner >= start && /['’]s$/.test(tokens[owner].text) && isCapitalised(tokens[owner].text)) {
      let first = owner
      while (first - 1 >= start && tokens[first - 1].kind === 'word' && isCapitalised(tokens[first - 1].text)) first--
      return {cue: {first: j, last: j}, source: {first, last: owner}}
    }

    return undefined
  }

  return undefined
}

/**
 * A subject and a reporting verb in the quotation's sentence, which holds
 * no attribution with a source: right before it ("what Dimension Data
 * calls an “alarming development”") or set off by commas ("This, Ms
 * Diemont warns, is “scary”").
 */
function verbFrame(doc: Document, quotation: FoundQuotation, framed: Set<number>, bySentence: Map<number, FoundStance[]>): Frame | undefined {
  const tokens = doc.tokens
  const open = quotation.segments[0]
  if (!open.opened) return undefined
  // In a sentence with a frame of its own, only "what X calls" right before
  // the quotation, when the verb is no cue yet ("The group seeks what it
  // calls “sensible laws”", "Cleveland sought the convention to shed what
  // Gilbert called “a perception problem.”").
  const near = framed.has(tokens[open.first].sentence)
  const sentence = doc.sentences[tokens[open.first].sentence]
  // A verb a few words before the mark at most (the first one found decides).
  for (let verb = open.first - 1; verb >= sentence.firstToken && open.first - verb <= MAX_NAMING_DISTANCE; verb--) {
    const token = tokens[verb]
    // Past a circumstance's reach only a verb of naming, whose object may be a long name ("characterized Republican gubernatorial nominee Rep. Mark Dale, R-Ohio, as").
    if (open.first - verb > MAX_LEADING_DISTANCE && !quotationWords().namingVerbs.has(token.lower)) continue
    // Any verb in the past tense right before ", “" ("A flabbergasted Noah quipped, “…”").
    const leads = !near && verb === open.first - 2 && LEADING_MARKS.has(tokens[verb + 1].text) && isPastVerb(token)
    if (token.kind !== 'word' || !(leads || isReportingWord(token.lower) || quotationWords().namingVerbs.has(token.lower))) continue
    // After an article it is a noun ("at a press conference"), no verb.
    if (verb > 0 && ARTICLES.has(tokens[verb - 1].lower)) continue
    // Or a second speaker's leading frame the tagger missed, or ran the
    // first one's content over ("The mayor said the levy was fair, and
    // when pressed, the 61-year-old treasurer replied, “…”").
    const runOver = near && verb === open.first - 2 && LEADING_MARKS.has(tokens[verb + 1].text) ? missedFrame(doc, verb, bySentence.get(token.sentence)) : undefined
    if (near && !runOver && !namesWhat(doc, verb, open.first, bySentence.get(token.sentence))) return undefined
    const after = tokens[verb + 1]
    // Right before the quotation (an article or pronoun between), a
    // parenthetical ", X warns,", or a circumstance or addressee and a comma
    // or colon ("proclaimed at a press conference, “…”", "wrote to his
    // followers, “…”").
    const before =
      open.first - verb <= 3 ||
      (open.first - verb <= MAX_VERB_DISTANCE && after.text === ',' && tokens[verb - 1] !== undefined && isSubjectEnd(doc, verb - 1)) ||
      leadsWith(doc, verb, open.first) ||
      namesObject(doc, verb, open.first)
    if (!before) return undefined
    // ", calling it “disqualifying”": a participle's subject opens the sentence.
    if (token.lower.endsWith('ing') && verb > sentence.firstToken && tokens[verb - 1].text === ',') {
      let first = sentence.firstToken
      while (first < verb && tokens[first].kind !== 'word') first++
      // An opening adverbial set off by a comma is no subject ("Meanwhile, it attacked Trump, saying …").
      if (first + 2 < verb && tokens[first + 1].text === ',') first += 2
      const last = SUBJECT_PRONOUNS.has(tokens[first].lower) ? first : nameEnd(doc, first, verb)
      if (last < first || (!SUBJECT_PRONOUNS.has(tokens[first].lower) && !isNameLike(doc, first))) return undefined
      return {cue: {first: verb, last: verb}, source: {first, last}}
    }

    // An infinitive takes the subject of the verb it depends on: its object ("prompted the Atlas, which tracks counties, to state, “…”").
    if (tokens[verb - 1]?.lower === 'to') return infinitiveFrame(doc, verb, sentence.firstToken)
    // An adverb between subject and verb ("Clinton emphatically proclaimed").
    const last = verb - 1 > sentence.firstToken && ADVERB.test(tokens[verb - 1].text) ? verb - 2 : verb - 1
    if (last < sentence.firstToken) return undefined
    let first = last
    if (SUBJECT_PRONOUNS.has(tokens[last].lower)) first = last
    else if (runOver && tokens[last].kind === 'word' && !isCapitalised(tokens[last].text)) {
      first = descriptionStart(doc, last, sentence.firstToken)
      if (first === -1) return undefined
    } else {
      if (!isCapitalised(tokens[last].text) || tokens[last].kind !== 'word') return undefined
      first = nameStart(doc, last, sentence.firstToken)
      // A capitalised word opening the sentence is no name by itself ("This").
      if (first === sentence.firstToken && first === last && !isNameLike(doc, first)) return undefined
    }

    return {cue: {first: verb, last: verb}, source: {first, last}, overrun: runOver?.overrun}
  }

  return undefined
}

/**
 * "prompted the Election Atlas, which tracks bellwether counties, to state,
 * “…”", "urged Senator Ames to say, “…”": a reporting verb in the
 * infinitive right before the quotation says the words of the name before
 * "to" (past an apposition or relative clause set off by commas), the
 * object of the verb that asks or moves it to speak. With no name there
 * ("went on to say") it is no frame of this kind.
 */
function infinitiveFrame(doc: Document, verb: number, start: number): Frame | undefined {
  const tokens = doc.tokens
  let last = verb - 2
  if (last > start && tokens[last].text === ',') {
    let comma = last - 1
    while (comma > start && last - comma <= MAX_APPOSITION && tokens[comma].text !== ',') comma--
    if (tokens[comma].text !== ',') return undefined
    last = comma - 1
  }

  if (last <= start || tokens[last].kind !== 'word' || !isCapitalised(tokens[last].text)) return undefined
  const first = nameStart(doc, last, start + 1)
  return {cue: {first: verb - 1, last: verb}, source: {first, last}}
}

/**
 * "As the Rainmakers sang back in the 1980s, “…”", "as Ruiz put it, “…”":
 * a clause of "as", its subject a name or pronoun and any verb after it,
 * ending with the comma before the quotation. "As" then likens the
 * writer's point to someone's words: whatever the verb, they are the
 * subject's. Only where no attribution with a source stands in the sentence.
 */
function asFrame(doc: Document, quotation: FoundQuotation, framed: Set<number>): Frame | undefined {
  const tokens = doc.tokens
  const open = quotation.segments[0]
  const comma = open.first - 1
  if (!open.opened || comma < 3 || tokens[comma].text !== ',' || framed.has(tokens[comma].sentence)) return undefined
  const start = doc.sentences[tokens[comma].sentence].firstToken
  let as = comma - 1
  while (as > start && comma - as < MAX_LEADING_DISTANCE && tokens[as].lower !== 'as') as--
  return asClause(doc, as, start, comma)
}

/**
 * The frame of a clause of "as" from token `as` to the comma at `comma`
 * ("as Ruiz put it,"), opening the sentence (which starts at `start`) or
 * after a comma.
 */
function asClause(doc: Document, as: number, start: number, comma: number): Frame | undefined {
  const tokens = doc.tokens
  if (tokens[as].lower !== 'as' || (as > start && tokens[as - 1].text !== ',')) return undefined
  // The subject: a pronoun, or a name with "the" before it, not a possessor ("as Ruiz’s aide put it").
  const first = as + 1
  const nameFirst = ARTICLES.has(tokens[first].lower) ? first + 1 : first
  const last = SUBJECT_PRONOUNS.has(tokens[first].lower) ? first : nameEnd(doc, nameFirst, comma)
  if (last < nameFirst || /['’]s$/.test(tokens[last].text)) return undefined
  // Its verb, past an adverb or an auxiliary ("as Ruiz famously put it", "as Ruiz has said").
  let verb = last + 1
  while (verb < comma && (ADVERB.test(tokens[verb].text) || FINITE_AUXILIARIES.has(tokens[verb].lower))) verb++
  if (verb >= comma || tokens[verb].kind !== 'word' || tokens[verb].text !== tokens[verb].lower || !/^[a-z]+$/.test(tokens[verb].text)) return undefined
  return {cue: {first: verb, last: verb}, source: {first, last}}
}

/**
 * Whether a speech verb at `verb` (lexicon, not any verb: inside someone's
 * words a verb in the past tense before a comma is more often theirs) is
 * a frame the tagger missed: in no attribution's source, nor its cue —
 * unless that cue took its source from an earlier frame of the sentence
 * ("Ortiz said …, and the treasurer replied, “…”" read as Ortiz's reply).
 * `overrun` is the attribution whose content the tagger ran over it, if any.
 */
function missedFrame(doc: Document, verb: number, attributions: FoundStance[] | undefined): {overrun?: FoundStance} | undefined {
  const {start, end} = doc.tokens[verb]
  const token = doc.tokens[verb]
  if (!speechVerbs().has(token.lower) && !(isPastVerb(token) && isReportingWord(token.lower))) return undefined
  const inside = (span: Span | null) => span !== null && span.start <= start && span.end >= end
  if (attributions?.some((attribution) => inside(attribution.source))) return undefined
  const cue = attributions?.find((attribution) => inside(attribution.cue))
  const borrowed = (other: FoundStance) => other !== cue && other.source?.start === cue?.source?.start && other.cue.end <= start
  if (cue && !(cue.source && attributions?.some(borrowed))) return undefined
  return {overrun: attributions?.find((attribution) => attribution.source && attribution.content && attribution.content.start < start && inside(attribution.content))}
}

/**
 * The first token of a description ending at `last` ("the 61-year-old
 * treasurer", "her spokesman"): lower-case words back to an article or
 * possessive, a few of them; -1 when there is none.
 */
function descriptionStart(doc: Document, last: number, start: number): number {
  const tokens = doc.tokens
  for (let j = last; j >= start && last - j <= MAX_NAME_WORDS; j--) {
    const token = tokens[j]
    if (token.kind !== 'word' || DESCRIPTION_ENDS.test(token.lower)) return -1
    if (ARTICLES.has(token.lower) || POSSESSIVE_DETERMINERS.has(token.lower)) return j < last ? j : -1
  }

  return -1
}

/**
 * Whether the words between a verb at `verb` and the mark at `mark` are a
 * circumstance or an addressee set off by a comma or colon before the mark:
 * a preposition or a determiner first, words only, a few of them.
 */
function leadsWith(doc: Document, verb: number, mark: number): boolean {
  const tokens = doc.tokens
  if (!LEADING_MARKS.has(tokens[mark - 1].text) || !LEADING_WORDS.has(tokens[verb + 1].lower)) return false
  // Words only, and no second verb ("at a press conference", not "after she said").
  for (let j = verb + 1; j < mark - 1; j++) if (tokens[j].kind !== 'word' || SUBJECT_PRONOUNS.has(tokens[j].lower) || isPastVerb(tokens[j]) || speechVerbs().has(tokens[j].lower)) return false
  return true
}

/**
 * "Japan branded North Korea an “outlaw nation”", "she characterized Rep.
 * Mark Dale, R-Ohio, as “a man in a hurry”": a verb of naming (data:
 * `namingVerbs` in `quotations.json`), its object and the quotation that
 * names it, with no other verb between (words, and commas of an apposition).
 */
function namesObject(doc: Document, verb: number, mark: number): boolean {
  const tokens = doc.tokens
  if (!quotationWords().namingVerbs.has(tokens[verb].lower) || mark - verb < 3) return false
  for (let j = verb + 1; j < mark; j++) {
    const token = tokens[j]
    // A participle after an article is an adjective ("the proposed ban").
    const verbal = isPastVerb(token) && !ARTICLES.has(tokens[j - 1].lower)
    // Words, and the commas, stops and hyphens of a name and its apposition ("Rep. Mark Dale, R-Ohio, as, “").
    const mark = token.text === ',' || token.text === '.' || (token.text === '-' && !token.spaceBefore)
    if (token.kind === 'word' ? verbal || speechVerbs().has(token.lower) || token.lower === 'that' : !mark) return false
  }

  return true
}

/**
 * "what it calls “…”", "what Gilbert called a “…”": "what", a subject, a
 * verb of naming (data: `namingVerbs` in `quotations.json`) at `verb` and
 * at most an article before the mark at `mark`, with the verb no cue of
 * `attributions` yet ("says what he believes “no matter what”" is no frame).
 */
function namesWhat(doc: Document, verb: number, mark: number, attributions: FoundStance[] | undefined): boolean {
  const tokens = doc.tokens
  if (!quotationWords().namingVerbs.has(tokens[verb].lower)) return false
  if (mark - verb > 2 || (mark - verb === 2 && !ARTICLES.has(tokens[verb + 1].lower))) return false
  let what = verb - 1
  while (what > verb - MAX_NAME_WORDS && what > 0 && tokens[what].kind === 'word' && (isCapitalised(tokens[what].text) || SUBJECT_PRONOUNS.has(tokens[what].lower) || NAME_LINKS.has(tokens[what].lower))) what--
  if (what === verb - 1 || tokens[what].lower !== 'what') return false
  const {start, end} = tokens[verb]
  return !attributions?.some((attribution) => attribution.cue.start <= start && attribution.cue.end >= end)
}

/** Whether the token at `index` can end a subject: a capitalised word or a subject pronoun. */
function isSubjectEnd(doc: Document, index: number): boolean {
  const token = doc.tokens[index]
  return token.kind === 'word' && (isCapitalised(token.text) || SUBJECT_PRONOUNS.has(token.lower))
}

/** Whether a capitalised word opening a sentence reads as a name (not "This", "The", "In"). */
function isNameLike(doc: Document, index: number): boolean {
  return !SENTENCE_WORDS.has(doc.tokens[index].lower)
}

/** "“…” That quote from Thomas Krebs appeared …": the next sentence of the paragraph opens by naming the quotation and its author. */
function namingSentence(doc: Document, quotation: FoundQuotation): Frame | undefined {
  const tokens = doc.tokens
  const close = quotation.segments[quotation.segments.length - 1]
  const at = close.last + 1
  if (!close.closed || at + 3 >= tokens.length || tokens[at].paragraph !== tokens[close.last].paragraph) return undefined
  if (tokens[at].sentence === tokens[close.last].sentence) return undefined
  if (!DEMONSTRATIVES.has(tokens[at].lower) || !quotationWords().speechNouns.has(tokens[at + 1].lower)) return undefined
  const by = at + 2
  if (tokens[by].lower !== 'by' && tokens[by].lower !== 'from') return undefined
  // A role before the name ("from commissioner Thomas Krebs").
  let name = by + 1
  while (name < by + 4 && name < tokens.length && tokens[name].kind === 'word' && !isCapitalised(tokens[name].text)) name++
  const last = nameEnd(doc, name, doc.sentences[tokens[at].sentence].endToken)
  if (last < name) return undefined
  return {cue: {first: at + 1, last: by}, source: {first: by + 1, last}}
}

/** The last token of a name starting at `first` (capitalised words, with "of", "the" and "and" between), before `end`; `first - 1` when there is none. */
function nameEnd(doc: Document, first: number, end: number): number {
  const tokens = doc.tokens
  let last = first - 1
  for (let j = first; j < end && j - first < MAX_NAME_WORDS * 2; j++) {
    const token = tokens[j]
    if (token.kind === 'word' && isCapitalised(token.text)) last = j
    else if (!(token.kind === 'word' && NAME_LINKS.has(token.lower) && j > first) && !(token.text === '.' && !token.spaceBefore)) break
  }

  return last
}

/** The first token of a name ending at `last` (capitalised words, with "of", "the" and "and" between), from `start` on. */
function nameStart(doc: Document, last: number, start: number): number {
  const tokens = doc.tokens
  let first = last
  while (first - 1 >= start && tokens[first - 1].kind === 'word' && (isCapitalised(tokens[first - 1].text) || (NAME_LINKS.has(tokens[first - 1].lower) && first - 2 >= start && isCapitalised(tokens[first - 2].text)))) first--
  return first
}

/** Whether a word is a reporting verb or a noun of speech. */
function isSpeechWord(lower: string): boolean {
  return quotationWords().speechNouns.has(lower) || isReportingWord(lower)
}

function lineBreakBefore(doc: Document, index: number): boolean {
  return /\n/.test(doc.text.slice(doc.tokens[index - 1].end, doc.tokens[index].start))
}

const DASHES = new Set(['―', '—', '–', '--'])
const OPENING_MARKS = new Set(['“', '"', "''", '‘', "'"])
/** Capitalised words that open sentences without being names (grammar, not data). */
const SENTENCE_WORDS = new Set(['this', 'that', 'these', 'those', 'the', 'a', 'an', 'in', 'on', 'at', 'it', 'its', 'there', 'here', 'but', 'and', 'so', 'yet', 'what', 'when', 'if', 'as', 'for', 'with'])
const DEMONSTRATIVES = new Set(['that', 'this', 'those', 'these', 'the'])
/** Lower-case words inside a name ("Bank of England", "Francisco de la Herrero"). */
const NAME_LINKS = new Set(['of', 'the', 'and', 'for', 'de', 'la', 'del', 'da', 'di', 'van', 'von', 'der', 'bin', 'al', 'le', 'du'])

/** The most words a name may have. */
const MAX_NAME_WORDS = 6
/** The most tokens between a colon frame's subject and its colon. */
const MAX_CUE_WORDS = 5
/** The most tokens between a reporting verb and the quotation it frames. */
const MAX_VERB_DISTANCE = 6
/** The most tokens between a verb and the quotation after its circumstance, addressee or object ("proclaimed at a press conference, “"). */
const MAX_LEADING_DISTANCE = 12
/** The most tokens between a verb of naming and the quotation after its object. */
const MAX_NAMING_DISTANCE = 20
/** What stands between a leading frame and its quotation. */
const LEADING_MARKS = new Set([',', ':'])
/** Words that open a circumstance or an addressee after a verb (grammar, not data). */
const LEADING_WORDS = new Set(['at', 'on', 'in', 'during', 'to', 'before', 'after', 'from', 'with', 'his', 'her', 'their', 'its', 'the', 'a', 'an'])
/** The most tokens of an apposition between a subject and its verb. */
const MAX_APPOSITION = 16
/** The most tokens between a noun of speech and the colon after its author ("this statement by Trump on June 11:"). */
const MAX_AUTHOR_DISTANCE = 10
