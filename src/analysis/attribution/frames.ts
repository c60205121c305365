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
import {CONTENT, CUE, SOURCE} from './runs.js'
import {partyLexicons} from '../parties/lexicons.js'
import {isClosingQuote, isOpeningQuote} from './quotes.js'
import {CLAUSE_OPENERS, FINITE_AUXILIARIES} from './grammar.js'

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
    // The clause may hold a cue the tagger found (a nested report, or a
    // participle it misread: "remnants found in Ukraine"), but no source:
    // another attribution's frame is no content of this one.
    let free = true
    for (let j = that + 1; j <= end && free; j++) if (roleOf(labels[j]) === SOURCE || labels[j] === B_CONTENT) free = false
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
    labels[that] = B_CONTENT
    // Around a nested cue the clause goes on as content (grouping runs the
    // outer content over it).
    for (let j = that + 1; j <= end; j++) if (labels[j] === O) labels[j] = I_CONTENT
  }
}

/**
 * "CLAUSE, X said.": a sentence that ends with a frame after a comma, whose
 * clause the tagger left unlabelled, is that frame's content. Where the
 * tagger found no frame there at all, a subject (a pronoun, a name, or a
 * description opened by an article: "the firm") and a finite verb of
 * saying (`isSpeechVerb`: "claims", "warned") ending the sentence are one.
 */
export function applyPostposedFrames(doc: Document, labels: Uint8Array, isSpeechVerb: (lower: string) => boolean): void {
  const tokens = doc.tokens
  for (const sentence of doc.sentences) {
    let end = sentence.endToken - 1
    while (end > sentence.firstToken && tokens[end].kind !== 'word') end--
    if (labels[end] === O) unlabelledFrame(doc, labels, sentence, end, isSpeechVerb)
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

/** Label "CLAUSE, the firm claims." where the tagger labelled nothing in the sentence (see `applyPostposedFrames`). */
function unlabelledFrame(doc: Document, labels: Uint8Array, sentence: Document['sentences'][number], verb: number, isSpeechVerb: (lower: string) => boolean): void {
  const tokens = doc.tokens
  const lower = tokens[verb].lower
  if (tokens[verb].text !== lower || !isSpeechVerb(lower) || !/(?:s|ed)$/.test(lower)) return
  for (let i = sentence.firstToken; i < sentence.endToken; i++) if (labels[i] !== O) return
  // The subject back to the comma: a pronoun, a name, or "the …" of a few words.
  let comma = verb - 1
  while (comma > sentence.firstToken && verb - comma <= MAX_POSTPOSED_SUBJECT && tokens[comma].kind === 'word') comma--
  const first = comma + 1
  if (comma <= sentence.firstToken + 2 || tokens[comma].text !== ',' || first >= verb) return
  const opener = tokens[first]
  const pronoun = PRONOUNS.has(opener.lower) && opener.lower !== 'who' && first + 1 === verb
  if (!pronoun && opener.lower !== 'the' && !isCapitalised(opener.text)) return
  for (let i = first + 1; i < verb; i++) if (FINITE_AUXILIARIES.has(tokens[i].lower) || CLAUSE_WORDS.has(tokens[i].lower)) return
  for (let i = sentence.firstToken; i < comma; i++) labels[i] = i === sentence.firstToken ? B_CONTENT : I_CONTENT
  for (let i = first; i < verb; i++) labels[i] = i === first ? B_SOURCE : I_SOURCE
  labels[verb] = B_CUE
}

/** The most words of the subject of a frame after its clause ("the ratings agency", "Sen. Ann Ruiz"). */
const MAX_POSTPOSED_SUBJECT = 5

/**
 * A report inside a report: "Yonhap reported that the country’s National
 * Intelligence Service (NIS) said that …". When the tagger reads the inner
 * "SUBJECT said that …" as plain content of the outer attribution, the
 * inner attribution is lost; a verb of saying inside a content, right
 * before "that", with the content's own "that" a few words before it,
 * frames its subject as the inner source (nested runs stay inside the
 * outer content when attributions are grouped).
 */
export function applyNestedFrames(doc: Document, labels: Uint8Array, speechVerbs: Set<string>): void {
  const tokens = doc.tokens
  for (let i = 2; i + 1 < tokens.length; i++) {
    if (roleOf(labels[i]) !== CONTENT || labels[i] === B_CONTENT || !speechVerbs.has(tokens[i].lower)) continue
    if (tokens[i + 1].lower !== 'that' || roleOf(labels[i + 1]) !== CONTENT) continue
    // The outer content's complementiser, with only content words between.
    let that = i - 1
    while (that > 0 && that > i - MAX_NESTED_SUBJECT && tokens[that].lower !== 'that' && roleOf(labels[that]) === CONTENT && tokens[that].sentence === tokens[i].sentence) that--
    if (tokens[that].lower !== 'that' || that >= i - 1 || roleOf(labels[that]) !== CONTENT) continue
    if (tokens[that + 1].kind !== 'word') continue
    for (let j = that + 1; j < i; j++) labels[j] = j === that + 1 ? B_SOURCE : I_SOURCE
    labels[i] = B_CUE
    labels[i + 1] = B_CONTENT
  }
}

/**
 * "The NIS told South Korean lawmakers in a closed-door meeting that …",
 * "asked Mr. Obama whether …": when the tagger starts the content of a verb
 * with an addressee right after the verb, on the addressee (and a
 * circumstance), and the clause opener follows within a few words ("that"
 * or a subject pronoun after an addressee verb — "told reporters he
 * would …" —, a wh-word or "if" after a question verb), the content is
 * that clause. Other verbs are left alone: after "said the plan
 * that …" the "that" opens a relative clause inside the content.
 */
export function applyAddresseeFrames(doc: Document, labels: Uint8Array, addresseeVerbs: Set<string>, questionVerbs: Set<string>): void {
  const tokens = doc.tokens
  for (let i = 0; i + 2 < tokens.length; i++) {
    if (roleOf(labels[i]) !== CUE || labels[i + 1] !== B_CONTENT) continue
    const openers = addresseeVerbs.has(tokens[i].lower) ? THAT : questionVerbs.has(tokens[i].lower) ? QUESTION_OPENERS : null
    // A content that already opens as a clause has no addressee in front.
    if (!openers || CLAUSE_OPENERS.has(tokens[i + 1].lower) || tokens[i + 1].lower === 'to') continue
    let opener = -1
    for (let j = i + 2; j <= i + 1 + MAX_ADDRESSEE && j < tokens.length; j++) {
      if (labels[j] !== I_CONTENT || tokens[j].kind !== 'word') break
      if (openers.has(tokens[j].lower) || (openers === THAT && SUBJECT_PRONOUN.test(tokens[j].lower))) {
        opener = j
        break
      }
    }

    if (opener === -1) continue
    for (let j = i + 1; j < opener; j++) labels[j] = O
    labels[opener] = B_CONTENT
  }
}

/** What opens the clause after an addressee: grammar, not data. */
const THAT = new Set(['that'])
/** A subject pronoun, with a contracted auxiliary ("he’d"), opening a that-less clause ("told reporters he would …"). */
const SUBJECT_PRONOUN = /^(?:he|she|they|we|i)(?:['’](?:d|s|ll|re|ve|m))?$/
const QUESTION_OPENERS = new Set(['whether', 'if', 'what', 'how', 'why', 'who', 'when', 'where', 'which'])

/** How many words the subject of a nested report may have. */
const MAX_NESTED_SUBJECT = 12

/**
 * The inverted frame after a quotation: "“…,” said Kurt Walters, the
 * campaign director at Rootstrikers, a group that …." — the source is
 * everything after the verb to the end of the sentence, apposition and
 * all (as PolNeAR annotates it); the tagger tends to stop at the first
 * comma or to miss a long one altogether. Only unlabelled or source-
 * labelled words are taken (and, after the first comma or when the tagger
 * read the quotation as the content, words it read as content), and no
 * quotation may open in between.
 */
export function applyInvertedFrames(doc: Document, labels: Uint8Array, speechVerbs: Set<string>): void {
  const tokens = doc.tokens
  for (let i = 1; i + 1 < tokens.length; i++) {
    // The cheap test first: most tokens follow no closing quote or comma.
    const before = tokens[i - 1].text
    if (!isClosingQuote(before) && before !== ',') continue
    // The tagger now and then swaps the roles here ("said/source Blair/cue"): the verb is the cue whatever it read.
    const swapped = roleOf(labels[i]) === SOURCE && roleOf(labels[i + 1]) === CUE
    if (!speechVerbs.has(tokens[i].lower) || (labels[i] !== O && roleOf(labels[i]) !== CUE && !swapped)) continue
    if (roleOf(labels[i]) === CUE && roleOf(labels[i + 1]) === CUE) continue
    if (before === ',' && !(i >= 2 && isClosingQuote(tokens[i - 2].text))) continue
    const sentence = doc.sentences[tokens[i].sentence]
    const first = i + 1
    if (tokens[first].kind !== 'word' || tokens[first].sentence !== tokens[i].sentence) continue
    let end = sentence.endToken - 1
    while (end > first && tokens[end].kind !== 'word') end--
    end = beforeParticiple(doc, first, end)
    if (end - first > MAX_INVERTED_SOURCE) continue
    // With the quotation read as the content, what follows its frame is no
    // content of its own (“…,” says a source involved in …).
    const close = before === ',' ? i - 2 : i - 1
    const quoted = close > 0 && roleOf(labels[close - 1]) === CONTENT
    let free = true
    let sawComma = quoted
    for (let j = first; j <= end && free; j++) {
      // Past the name, the tagger often reads the apposition's relative
      // clause ("who flew to Germany with …") as a content: it is the source's.
      if (labels[j] !== O && roleOf(labels[j]) !== SOURCE && !(sawComma && roleOf(labels[j]) === CONTENT) && !(swapped && roleOf(labels[j]) === CUE)) free = false
      if (tokens[j].text === ',') sawComma = true
      if (tokens[j].kind !== 'word' && tokens[j].text !== ',' && tokens[j].text !== '.' && tokens[j].text !== '-') free = false
    }

    if (!free) continue
    if (labels[i] === O || swapped) labels[i] = B_CUE
    for (let j = first; j <= end; j++) labels[j] = j === first ? B_SOURCE : I_SOURCE
    labelQuotationBefore(doc, labels, before === ',' ? i - 2 : i - 1)
  }
}

/**
 * A participial cue after a comma with no source in its sentence ("Clinton
 * seemed ready to riff on the incident, telling the crowd …", "On Tuesday
 * she doubled down, seeking to show …"): its source is the subject of the
 * sentence, when that is a pronoun or a name right at its start (after a
 * conjunction or a short adverbial set off by a comma). `isReporting` tells
 * a reporting verb ("telling", "citing") from other participles
 * ("considering", "rallying").
 */
export function applyParticipleFrames(doc: Document, labels: Uint8Array, isReporting: (lower: string) => boolean): void {
  const tokens = doc.tokens
  for (let i = 2; i < tokens.length; i++) {
    if (labels[i] !== B_CUE || tokens[i - 1].text !== ',' || !tokens[i].lower.endsWith('ing') || !isReporting(tokens[i].lower)) continue
    const sentence = doc.sentences[tokens[i].sentence]
    let sourced = false
    for (let j = sentence.firstToken; j < i && !sourced; j++) if (roleOf(labels[j]) === SOURCE) sourced = true
    if (sourced) continue
    let first = sentence.firstToken
    while (first < i && tokens[first].kind !== 'word') first++
    if (CONJUNCTIONS.has(tokens[first].lower)) first++
    // "More recently, Rubio …": a short adverbial set off by a comma.
    for (let j = first + 1; j < first + 5 && j < i - 1; j++) {
      if (tokens[j].text !== ',') continue
      first = j + 1
      break
    }

    if (first >= i - 1 || labels[first] !== O || tokens[first].kind !== 'word') continue
    // A pronoun, or a name: of two words or more where it opens the
    // sentence (a capitalised word alone there is as often "The" or "Some").
    let last = first
    if (!PRONOUNS.has(tokens[first].lower)) {
      if (!isCapitalised(tokens[first].text) || partyLexicons().sentenceOpeners.has(tokens[first].text)) continue
      while (last + 1 < i && labels[last + 1] === O && tokens[last + 1].kind === 'word' && isCapitalised(tokens[last + 1].text)) last++
      if (last === first && first === sentence.firstToken) continue
      // Not a possessor or a nationality before the noun ("Lazar's counsel", "Syrian hackers").
      if (/['’]s$/.test(tokens[last].text) || (last === first && /(?:an|ese|ish)$/.test(tokens[last].lower))) continue
    }

    // The verb must follow the subject.
    const next = tokens[last + 1]
    if (last + 1 >= i || next.kind !== 'word' || isCapitalised(next.text)) continue
    for (let j = first; j <= last; j++) labels[j] = j === first ? B_SOURCE : I_SOURCE
  }
}

const CONJUNCTIONS = new Set(['and', 'but', 'so', 'yet', 'still', 'then', 'now'])

/** Label the quotation closed at `close` as content when the tagger left all of it unlabelled. */
function labelQuotationBefore(doc: Document, labels: Uint8Array, close: number): void {
  const tokens = doc.tokens
  let open = close - 1
  while (open >= 0 && tokens[open].paragraph === tokens[close].paragraph && labels[open] === O && !isOpeningQuote(tokens[open].text)) open--
  if (open < 0 || !isOpeningQuote(tokens[open].text) || labels[open] !== O || open + 1 >= close) return
  for (let j = open + 1; j < close; j++) labels[j] = j === open + 1 ? B_CONTENT : I_CONTENT
}

/** How long an inverted source with its apposition may be, in tokens. */
const MAX_INVERTED_SOURCE = 40

export function isCapitalised(text: string): boolean {
  const code = text.charCodeAt(0)
  return code >= 65 && code <= 90
}

/**
 * A source run the tagger started inside its noun phrase takes the rest of
 * its head: a title ("Ms. Conway", "Sen. Bernie Sanders"), the first name
 * or a capitalised modifier ("Chris Christie", "PBS moderators"), the
 * thousands of a number ("34,000 people"). Only unlabelled words are taken,
 * never a sentence opener ("But Christie said"). When it began at the
 * object of a preposition, it takes the head of its noun phrase
 * (`headBeforePreposition`).
 */
export function applySourceHeads(doc: Document, labels: Uint8Array): void {
  const tokens = doc.tokens
  const lexicons = partyLexicons()
  for (let i = 1; i < tokens.length; i++) {
    if (labels[i] !== B_SOURCE) continue
    const sentenceStart = doc.sentences[tokens[i].sentence].firstToken
    let first = i
    while (first > sentenceStart && labels[first - 1] === O) {
      const previous = tokens[first - 1]
      const key = previous.lower.replace(/\.$/, '')
      const title = previous.kind === 'word' && isCapitalised(previous.text) && (lexicons.honorifics.has(key) || lexicons.abbreviations.has(key))
      const name = previous.kind === 'word' && isCapitalised(previous.text) && isCapitalised(tokens[first].text) && !lexicons.sentenceOpeners.has(previous.text) && !lexicons.calendar.has(previous.text)
      const thousands = previous.text === ',' && first - 2 >= sentenceStart && /^\d{1,3}$/.test(tokens[first - 2].text) && /^\d{3}$/.test(tokens[first].text)
      if (thousands) first -= 2
      else if (title || name) first--
      else break
    }

    first = headBeforePreposition(doc, labels, first, i)
    if (first === i) continue
    labels[first] = B_SOURCE
    for (let j = first + 1; j <= i; j++) labels[j] = I_SOURCE
  }
}

/**
 * "attorneys for ‖the department said", "a paper from ‖the Brookings
 * Institution had this to say": a source the tagger began at the object of
 * a preposition, right before its cue, takes the head of its noun phrase —
 * the words back to punctuation, the sentence start or a clause word.
 * `first` when there is none.
 */
function headBeforePreposition(doc: Document, labels: Uint8Array, first: number, begin: number): number {
  const tokens = doc.tokens
  const sentenceStart = doc.sentences[tokens[first].sentence].firstToken
  if (first - 2 < sentenceStart || labels[first - 1] !== O || !HEAD_PREPOSITIONS.has(tokens[first - 1].lower)) return first
  // Only a source before its cue.
  let end = begin
  while (end + 1 < tokens.length && labels[end + 1] === I_SOURCE) end++
  if (end + 1 >= tokens.length || roleOf(labels[end + 1]) !== CUE) return first
  // A possessor is whole: "50 years of Trump’s talking about" is Trump's.
  if (/['’]s$/.test(tokens[end].text)) return first
  // A clause word or a sentence opener ends the noun phrase on its left.
  const openers = partyLexicons().sentenceOpeners
  const edge = (token: Document['tokens'][number]) => CLAUSE_WORDS.has(token.lower) || openers.has(token.text)
  let head = first - 1
  while (head - 1 >= sentenceStart && first - head <= MAX_HEAD && labels[head - 1] === O && tokens[head - 1].kind === 'word' && !edge(tokens[head - 1])) {
    // A verb: the preposition belongs to a clause ("It is unusual for a justice to …").
    if (FINITE_AUXILIARIES.has(tokens[head - 1].lower)) return first
    head--
  }

  if (head === first - 1 || first - head > MAX_HEAD) return first
  // The head must start its phrase: after punctuation, at the sentence
  // start or after a conjunction — not inside a relative clause ("voters
  // who came for the speech said").
  const before = tokens[head - 1]
  if (head > sentenceStart && before.kind === 'word' && (RELATIVE_WORDS.has(before.lower) || !edge(before))) return first
  return head
}

const HEAD_PREPOSITIONS = new Set(['of', 'for', 'from', 'by', 'at', 'in', 'inside', 'with', 'on', 'among'])
/** Words that end a noun phrase on its left (grammar, not data). */
const CLAUSE_WORDS = new Set(['and', 'but', 'or', 'so', 'yet', 'that', 'which', 'who', 'when', 'while', 'as', 'if', 'because', 'though', 'although', 'even', 'also', 'than', 'where', 'since', 'after', 'before', 'then', 'now', 'likewise', 'still', 'meanwhile'])
const MAX_HEAD = 7
const RELATIVE_WORDS = new Set(['who', 'which', 'that', 'where', 'than'])

/**
 * The last word of an inverted source running from `first` to `end`, before
 * a participial clause (“…,” said Ms. Acosta, referring to …): PolNeAR
 * leaves those out of the source (35 of 43 on train) though it keeps
 * appositions and relative clauses.
 */
export function beforeParticiple(doc: Document, first: number, end: number): number {
  const tokens = doc.tokens
  for (let i = first + 1; i < end; i++) {
    if (tokens[i].text !== ',') continue
    if (isParticiple(tokens[i + 1])) {
      let last = i - 1
      while (last > first && tokens[last].kind !== 'word') last--
      return last
    }
  }

  return end
}

/** A present participle opening a clause: a lower-case word in -ing ("referring", "responding"). */
export function isParticiple(token: Document['tokens'][number]): boolean {
  return token.kind === 'word' && token.text.length > 4 && token.text.endsWith('ing') && !isCapitalised(token.text)
}
