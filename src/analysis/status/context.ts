/**
 * Shallow syntax around a cue, without a tagger: the noun phrase before a
 * verb group (its subject), the noun phrase or clause after it (its object
 * or complement), clause edges, and coordinated subjects. Cheap and local:
 * every walk is bounded to the sentence and to a few tokens.
 */
import type {Document} from '../document.js'
import type {Span} from '../types.js'
import {normaliseWord, type WordView} from './pattern.js'

/** A token range `[first, last]`, inclusive. */
export interface Range {
  first: number
  last: number
}

/** Words that end a subject noun phrase on its left (not part of it). */
const leftBoundaries = new Set([
  'and', 'but', 'or', 'nor', 'that', 'which', 'while', 'whereas', 'although', 'though', 'because',
  'as', 'when', 'after', 'before', 'if', 'so', 'yet', 'then', 'where', 'since', 'until', 'unless',
  'said', 'says', 'say', 'told', 'tells', 'reported', 'added', 'noted', 'wrote', 'is', 'was', 'are',
  'were', 'has', 'have', 'had', 'be', 'been', 'being', 'do', 'does', 'did', 'will', 'would', 'can',
  'could', 'may', 'might', 'must', 'should', 'shall', 'than', 'also', 'however', 'meanwhile', 'but',
  'instead', 'thus', 'still', 'now', 'today', 'yesterday', 'not', 'to', 'because', 'whom', 'whose',
  'whether', 'how', 'why', 'what', 'once', 'by', 'where', 'even', 'only', 'just', 'asked', 'saying',
  'though', 'stating'
])
/** Pronouns that are a whole subject by themselves. */
const pronouns = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you', 'who', 'which', 'that', 'this', 'these', 'those', 'both', 'neither', 'none', 'one', 'others', 'some', 'many', 'most', 'all', 'each', 'everyone', 'nobody', 'someone', 'anyone'])
const leadingPrepositions = new Set(['in', 'on', 'at', 'for', 'from', 'with', 'of', 'about', 'over', 'under', 'after', 'during', 'despite', 'amid', 'through', 'among', 'within'])
/** Time words trimmed off the end of a subject ("the Kremlin on Monday"). */
const timeWords = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'yesterday', 'today',
  'tonight', 'week', 'month', 'year', 'weekend', 'last', 'this', 'on', 'late', 'early', 'earlier',
  'later', 'morning', 'afternoon', 'evening', 'night', 'previously', 'also', 'again', 'separately',
  'initially', 'however', 'meanwhile', 'then', 'now'
])
/** Words after a comma that start a new clause, ending the content before them. */
const clauseOpeners = new Set([
  'saying', 'adding', 'calling', 'noting', 'but', 'although', 'though', 'while', 'which', 'who',
  'according', 'citing', 'arguing', 'insisting', 'describing', 'because', 'whereas', 'and', 'claiming',
  'explaining', 'stressing', 'telling', 'writing', 'he', 'she', 'they', 'said', 'says', 'officials',
  'as', 'despite', 'however', 'instead', 'yet', 'so'
])
/** Lower-case words inside a name or between names ("Bank of China", "Smith and Jones"). */
const nameGlue = new Set(['of', 'and', 'de', 'van', 'von', 'der', 'la', 'le', 'da', 'di', 'du', 'del', 'al', 'bin', 'the', '&', 'for'])
/** Auxiliaries and adverbs of a verb group ("has faced", "had long denied"). */
const groupWords = new Set(['has', 'have', 'had', 'is', 'are', 'was', 'were', 'will', 'would', 'did', 'does', 'do', 'also', 'long', 'always', 'never', 'already', 'previously'])
/** "Trump and his attorneys": a name and its people, one party. */
const companions = new Set(['his', 'her', 'their', 'its'])
const determiners = new Set(['a', 'an', 'the', 'this', 'these', 'those', 'its', 'his', 'her', 'their', 'our', 'my', 'your', 'any', 'some', 'no'])

/** The word view of a document: normalised keys and word flags. */
export function wordView(doc: Document): WordView {
  const keys = new Array<string>(doc.tokens.length)
  const isWord = new Array<boolean>(doc.tokens.length)
  for (let index = 0; index < doc.tokens.length; index++) {
    const token = doc.tokens[index]
    keys[index] = token.lower.includes('\u2019') || token.lower.includes('\u2018') ? normaliseWord(token.lower) : token.lower
    isWord[index] = token.kind === 'word'
  }

  return {keys, isWord}
}

const pronounContraction = /^(it|he|she|that|this|what|who|there|here|where|which|one|everyone|nobody|somebody|everything|something|nothing)'s$/

/** A possessive ("Trump's"), not a pronoun with "is" or "has" ("it's", "that's"). */
export function isPossessive(key: string): boolean {
  return key.endsWith("'s") && !pronounContraction.test(key)
}

/** A copula, alone or contracted: "is", "were", "it's", "they're". */
export function isCopula(key: string): boolean {
  return copulas.has(key) || pronounContraction.test(key) || key.endsWith("'re")
}

const copulas = new Set(['is', 'are', 'was', 'were', "'s", 'be', 'been', "'re"])

export function isDeterminer(key: string): boolean {
  return determiners.has(key)
}

export function isCapitalised(doc: Document, index: number): boolean {
  const code = doc.tokens[index].text.charCodeAt(0)
  return code >= 65 && code <= 90
}

/** The sentence's token range of `index`. */
export function sentenceOf(doc: Document, index: number): {first: number; end: number} {
  const sentence = doc.sentences[doc.tokens[index].sentence]
  return {first: sentence.firstToken, end: sentence.endToken}
}

/**
 * The subject noun phrase that ends right before token `before` (the start
 * of a verb group): "the ministry", "A spokesman for the ministry",
 * "Neither Moscow nor Pyongyang", "he", "who". Skips a parenthetical
 * appositive or adverb between commas ("Jane Doe, a spokeswoman, declined").
 */
export function subjectBefore(doc: Document, view: WordView, before: number): Range | null {
  const found = plausible(doc, view, nounPhraseBefore(doc, view, before))
  if (!found || found.first !== found.last) return found
  const key = view.keys[found.first]
  // "Trump, who has denied …" / "officials who declined …": the antecedent.
  if (key === 'who' || key === 'which') {
    const {first} = sentenceOf(doc, before)
    let end = found.first
    if (end - 1 >= first && view.keys[end - 1] === ',') end--
    if (end - 1 >= first && view.isWord[end - 1]) return plausible(doc, view, nounPhraseBefore(doc, view, end)) ?? found
  }

  return found
}

const functionEnds = new Set(['as', 'of', 'for', 'to', 'with', 'by', 'in', 'on', 'at', 'from', 'the', 'a', 'an', 'and', 'or'])
const massNouns = new Set(['police', 'staff', 'management', 'everyone', 'everybody', 'nobody', 'someone', 'somebody', 'anyone', 'anybody', 'government', 'administration', 'military', 'army', 'navy', 'parliament', 'congress', 'legislature', 'prosecution', 'defense', 'defence', 'leadership', 'family', 'campaign', 'company', 'ministry', 'spokesman', 'spokeswoman', 'spokesperson'])

/**
 * Without a tagger the left walk can stop on a verb ("began", "portrayed
 * protesters as"): keep a phrase only if it can be a noun phrase — not
 * ending in a function word, and a lone lower-case word only if it is a
 * pronoun, a plural or a collective noun.
 */
function plausible(doc: Document, view: WordView, range: Range | null): Range | null {
  if (!range) return null
  if (functionEnds.has(view.keys[range.last])) return null
  if (range.first === range.last && !isCapitalised(doc, range.first)) {
    const key = view.keys[range.first]
    if (!pronouns.has(key) && !massNouns.has(key) && !/[^s]s$/.test(key)) return null
  }

  return range
}

const trailingAdverbs = new Set(['also', 'however', 'still', 'later', 'previously', 'meanwhile', 'too', 'then', 'now', 'initially', 'separately', 'repeatedly', 'subsequently', 'since', 'again', 'quickly', 'immediately', 'publicly', 'privately', 'officially', 'reportedly', 'always', 'never', 'often', 'long', 'already', 'consistently'])

const lyNouns = new Set(['family', 'ally', 'rally', 'assembly', 'supply', 'anomaly', 'monopoly', 'reply', 'belly', 'bully', 'jelly', 'folly', 'tally', 'holly', 'lily'])

/** A lower-case "-ly" word ("strongly", "flatly"): an adverb, not the end of a subject. */
function isAdverb(doc: Document, view: WordView, index: number): boolean {
  const key = view.keys[index]
  return key.length > 4 && key.endsWith('ly') && !lyNouns.has(key) && !isCapitalised(doc, index)
}

/**
 * The subject that opens a sentence ("Smith", "The ministry", "he"), for a
 * participle that hangs off the main clause ("…, acknowledging that …").
 */
export function sentenceSubject(doc: Document, view: WordView, at: number): Range | null {
  const {first} = sentenceOf(doc, at)
  const key = view.keys[first]
  if (!view.isWord[first] || leadingPrepositions.has(key)) return null
  if (pronouns.has(key)) return {first, last: first}
  let last = first - 1
  for (let index = first; index < at; index++) {
    if (!view.isWord[index]) break
    const word = view.keys[index]
    if (isDeterminer(word) || isCapitalised(doc, index) || (word === 'of' && index > first)) last = index
    else break
  }

  while (last >= first && (isDeterminer(view.keys[last]) || view.keys[last] === 'of')) last--
  return last >= first && isCapitalised(doc, last) ? {first, last} : null
}

function nounPhraseBefore(doc: Document, view: WordView, before: number): Range | null {
  const {first} = sentenceOf(doc, before)
  let last = before - 1
  while (last >= first && (trailingAdverbs.has(view.keys[last]) || isAdverb(doc, view, last))) last--
  if (last < first) return null

  // "Trump brushed off criticism and denied …": the subject of the first verb.
  const coordinator = view.keys[last]
  if (coordinator === 'and' || coordinator === 'but' || coordinator === 'or') return clauseSubject(doc, view, last)

  // `X, a spokeswoman for Y, declined` / `The company, however, declined`.
  if (view.keys[last] === ',') {
    let comma = last - 1
    while (comma >= first && comma > last - 14 && view.keys[comma] !== ',') comma--
    if (comma < first || view.keys[comma] !== ',') return null
    // The parenthetical (an appositive, an adverb, a relative clause) is
    // skipped: the subject is the phrase before it.
    last = comma - 1
    if (last < first) return null
  }

  if (!view.isWord[last]) {
    // A closing quotation mark or bracket right before the verb: no subject.
    return null
  }

  const lastKey = view.keys[last]
  // "He's always denied it": a pronoun with its auxiliary.
  if (/^(he|she|it|they|we|i|you|who)'(s|ve|d|ll|re)$/.test(lastKey)) return {first: last, last}
  if (pronouns.has(lastKey) && !(last > first && isDeterminer(view.keys[last - 1]))) {
    // `Neither Moscow nor Pyongyang has` is a pronoun-led phrase: handled below.
    if (lastKey !== 'neither') return {first: last, last}
  }

  let start = last
  let length = 1
  while (start - 1 >= first && length < 12) {
    const index = start - 1
    const key = view.keys[index]
    if (!view.isWord[index]) {
      // Keep in-word punctuation ("Al-Qaeda", "U.S.", "Clinton's"): no space on either side.
      const token = doc.tokens[index]
      const next = doc.tokens[index + 1]
      if ((key === '-' || key === '.' || key === '&' || key === "'" || key === '\u2019') && !next.spaceBefore && index - 1 >= first && !token.spaceBefore) {
        start = index
        length++
        continue
      }

      break
    }

    if (key === 'and' || key === 'or' || key === 'nor' || key === '&') {
      // Coordinated names ("Russia and China", "Trump and his attorneys") stay one phrase; clauses do not.
      if (index - 1 >= first && isCapitalised(doc, index - 1) && (isCapitalised(doc, start) || companions.has(view.keys[start]))) {
        start = index
        length++
        continue
      }

      if (key === 'nor') {
        start = index
        length++
        continue
      }

      break
    }

    if (key === 'neither' || key === 'both' || key === 'either') {
      start = index
      break
    }

    if (leftBoundaries.has(key)) break
    if (pronouns.has(key) && key !== 'all' && key !== 'some' && key !== 'many' && key !== 'most') break
    start = index
    length++
  }

  // A phrase that opens the sentence with a preposition is a setting, not a
  // subject: "During his second day in the trial Mr Ebbers" → "Mr Ebbers",
  // the name that ends it, when it ends in one.
  if (start === first && start < last && leadingPrepositions.has(view.keys[start])) {
    const name = nameStart(doc, view, start, last)
    start = name > start + 1 && name <= last ? name : start + 1
  }

  // A long phrase that is a setting ending in a name ("his second day of
  // questioning in the New York trial Mr Ebbers"): the name is the subject.
  if (last - start >= 7) {
    const name = nameStart(doc, view, start, last)
    const before = view.keys[name - 1]
    let setting = false
    for (let index = start; index < name; index++) if (leadingPrepositions.has(view.keys[index])) setting = true
    if (setting && name <= last && name - 1 > start && !isDeterminer(before) && !leadingPrepositions.has(before) && before !== 'and') start = name
  }

  // Trim trailing time and adverbs ("the Kremlin on Monday", "he also").
  const end = trimTime(view, start, last)
  if (end < start) return null
  return {first: start, last: end}
}

/**
 * The subject of a verb coordinated with an earlier one ("Mr Ebbers played
 * down … and denied …"): the subject of the clause's first verb when a
 * past-tense verb stands between, else the noun phrase that opens the
 * clause holding `at` (a pronoun, or determiners and capitalised words).
 */
function clauseSubject(doc: Document, view: WordView, at: number): Range | null {
  const start = clauseStart(doc, view, at)
  // "X and Y own 29% of United …, and have yet to …": the clause is the
  // coordinator itself; the subject is the sentence's, before its first
  // verb — the first lower-case word right after a name.
  if (start >= at && at - 1 >= 0 && view.keys[at - 1] === ',') {
    const {first} = sentenceOf(doc, at)
    // The first verb group: an auxiliary or a past tense ("She was
    // defending …", "Trump also claimed …").
    for (let index = first + 1; index < at - 1; index++) {
      if (!view.isWord[index] || isDeterminer(view.keys[index - 1])) continue
      if (!groupWords.has(view.keys[index]) && !/^[a-z]+ed$/.test(doc.tokens[index].text)) continue
      let group = index
      while (group - 1 > first && groupWords.has(view.keys[group - 1])) group--
      return plausible(doc, view, nounPhraseBefore(doc, view, group))
    }

    // Else the first lower-case word right after a name ("… John Magnier
    // own 29%"), not after a capitalised first word ("Irish horse …").
    for (let index = first + 2; index < at - 1; index++) {
      if (!view.isWord[index] || !view.isWord[index - 1] || isCapitalised(doc, index) || !isCapitalised(doc, index - 1)) continue
      if (nameGlue.has(view.keys[index]) || isPossessive(view.keys[index - 1])) continue
      return plausible(doc, view, nounPhraseBefore(doc, view, index))
    }

    return null
  }

  for (let index = start + 1; index < at; index++) {
    const text = doc.tokens[index].text
    if (!view.isWord[index] || !/^[a-z]+ed$/.test(text) || isDeterminer(view.keys[index - 1])) continue
    let group = index
    while (group - 1 > start && groupWords.has(view.keys[group - 1])) group--
    const subject = nounPhraseBefore(doc, view, group)
    if (subject && subject.last === group - 1) return plausible(doc, view, subject)
    break
  }

  if (start >= at || !view.isWord[start]) return null
  if (pronouns.has(view.keys[start])) return {first: start, last: start}
  let last = start - 1
  for (let index = start; index < at; index++) {
    if (!view.isWord[index]) break
    if (isDeterminer(view.keys[index]) || isCapitalised(doc, index)) last = index
    else break
  }

  return last >= start && !isDeterminer(view.keys[last]) ? {first: start, last} : null
}

/**
 * Split a coordinated subject into its parties: "Neither Moscow nor
 * Pyongyang" → Moscow, Pyongyang; "Russia and China" → Russia, China; but
 * "US and South Korean officials" stays one party (the head noun is shared).
 */
export function splitCoordination(doc: Document, view: WordView, range: Range): Range[] {
  let first = range.first
  const lead = view.keys[first]
  const isNeither = lead === 'neither' || lead === 'both' || lead === 'either'
  if (isNeither) first++
  if (first > range.last) return [range]

  const parts: Range[] = []
  let partStart = first
  for (let index = first; index <= range.last; index++) {
    const key = view.keys[index]
    if (key === 'and' || key === 'or' || key === 'nor' || key === '&' || key === ',') {
      if (index > partStart) parts.push({first: partStart, last: index - 1})
      partStart = index + 1
    }
  }

  if (partStart <= range.last) parts.push({first: partStart, last: range.last})
  if (parts.length < 2) return isNeither ? parts : [range]
  // "Neither the army nor the police": always one party each.
  if (isNeither) return parts

  // Split only when every part is a name on its own (all words capitalised,
  // "the" allowed first): otherwise the parts share a head noun.
  for (const part of parts) {
    for (let index = part.first; index <= part.last; index++) {
      if (!view.isWord[index]) continue
      if (index === part.first && (view.keys[index] === 'the')) continue
      if (!isCapitalised(doc, index) && view.keys[index] !== 'of') return [range]
    }
  }

  return parts
}

/**
 * The last token of the clause that runs from `from`: the sentence end, a
 * semicolon, colon, dash or bracket, or a comma before a new clause
 * ("…, saying", "…, but"). With `stopAtComma`, any comma ends it.
 */
export function clauseEnd(doc: Document, view: WordView, from: number, stopAtComma = false): number {
  const {end} = sentenceOf(doc, from)
  let index = from
  for (; index < end; index++) {
    const key = view.keys[index]
    if (view.isWord[index]) continue
    if (key === ';' || key === ':' || key === '—' || key === '–' || key === '(' || key === ')') break
    if (key === '-' && doc.tokens[index].spaceBefore) break
    if (key === ',') {
      if (stopAtComma) break
      const next = index + 1 < end ? view.keys[index + 1] : ''
      if (clauseOpeners.has(next) || next === '"' || next === '\u201c' || next === '\u201d') break
    }
  }

  return index - 1
}

/** The first token of the clause that contains `at` (after , ; : — or the sentence start). */
export function clauseStart(doc: Document, view: WordView, at: number): number {
  const {first} = sentenceOf(doc, at)
  let index = at
  while (index - 1 >= first) {
    const key = view.keys[index - 1]
    if (!view.isWord[index - 1] && (key === ',' || key === ';' || key === ':' || key === '—' || key === '–' || key === '(' || key === '"' || key === '\u201c' || key === '\u201d')) break
    index--
  }

  return index
}

/** Whether any word of tokens `[first, last]` is one of `words` (keys: lower case, normalised). */
export function rangeHas(view: WordView, range: Range, words: Set<string>): boolean {
  for (let index = range.first; index <= range.last; index++) if (words.has(view.keys[index])) return true
  return false
}

/** A span of tokens `[first, last]`, trimmed of punctuation and quotes at both ends; `null` if nothing is left. */
export function rangeSpan(doc: Document, view: WordView, first: number, last: number): Span | null {
  while (first <= last && !view.isWord[first] && !isOpenableSymbol(view.keys[first])) first++
  while (last >= first && !view.isWord[last] && !isClosableSymbol(view.keys[last])) last--
  if (last < first) return null
  const start = doc.tokens[first].start
  const end = doc.tokens[last].end
  return {start, end, text: doc.text.slice(start, end)}
}

function isOpenableSymbol(key: string): boolean {
  return key === '$' || key === '#' || key === '@'
}

function isClosableSymbol(key: string): boolean {
  return key === '%'
}

/** `last` moved back past a closing time phrase ("the report on Monday" → "the report"). */
export function trimTime(view: WordView, first: number, last: number): number {
  let end = last
  while (end > first && (timeWords.has(view.keys[end]) || !view.isWord[end])) end--
  return end
}

/** Where the run of capitalised words that ends at `last` begins, after `start` (`last + 1` when `last` is not capitalised). */
function nameStart(doc: Document, view: WordView, start: number, last: number): number {
  if (!isCapitalised(doc, last)) return last + 1
  let name = last
  while (name - 1 > start && view.isWord[name - 1] && isCapitalised(doc, name - 1)) name--
  return name
}
