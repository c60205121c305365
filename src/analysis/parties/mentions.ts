/**
 * What one source (or channel) mention is, on its own: a pronoun, the writer,
 * a name (person, organization, government, outlet), a coordinated group, an
 * unnamed role ("an unnamed … spokesman"), a loose group ("critics"), a
 * document ("a report by Human Rights Watch"), or a definite description
 * ("the official") that must be resolved against what came before.
 */
import type {Document} from '../document.js'
import {tokenEndingAfter} from '../document.js'
import type {PartyKind, Span} from '../types.js'
import type {Gender, PartyLexicons, PronounInfo} from './lexicons.js'
import {analyseRun, bareLower, entityAt, isCapitalised, isPersonName, isPossessive, type NameAnalysis} from './names.js'
import {isAcronym, nameKey, phraseKey, stripPossessive, withoutContraction} from './normalize.js'
import {isCollective, isPeopleNoun} from './identity.js'
import {phraseEnd, type Referents} from './referents.js'

/**
 * `nonparty`: a phrase whose head names no one ("the number of calls",
 * "efforts", a capitalised "However"): no party is made of it.
 */
export type MentionForm = 'pronoun' | 'self' | 'name' | 'group' | 'description' | 'common' | 'nonparty'

/** What a description's head says it can refer back to. */
export type HeadClass = 'role' | 'organization' | 'organ' | 'publication' | 'other'

export interface Mention {
  span: Span
  /** Token range (trimmed). */
  first: number
  last: number
  form: MentionForm
  /** Null when only resolution can tell (pronouns, descriptions). */
  kind: PartyKind | null
  pronoun: (PronounInfo & {word: string}) | null
  /** For names: the name proper. */
  name: NameAnalysis | null
  /** What to call the party if this mention is its most specific. */
  display: string
  specificity: number
  /** Merge key: mentions with one key are one party. */
  key: string
  head: string | null
  headClass: HeadClass
  plural: boolean
  gender: Gender | null
  inQuote: boolean
  /** A named collective ("Republicans"): see `isCollective`. */
  collective?: boolean
  /** Polls, surveys, data: see `Party.measurement`. */
  measurement?: boolean
}

const determiners = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'his', 'her', 'their', 'our', 'my', 'your', 'both'])
const definiteDeterminers = new Set(['the', 'this', 'that', 'these', 'those', 'its', 'his', 'her', 'their', 'both'])
const coreBreaks = new Set([',', '(', ':', ';', '—', '–', 'who', 'which', 'that', 'whose', 'whom'])
/** Personal pronouns of one person: a member of a group the text names ("he and other challengers"). */
const PERSONAL = new Set(['he', 'she', 'him', 'her'])
const prepositions = new Set(['of', 'by', 'from', 'for', 'at', 'in', 'on', 'with', 'to', 'about', 'familiar', 'close', 'near', 'inside', 'within', 'among', 'under', 'over', 'after', 'before', 'during', 'including'])
const coordinators = new Set(['and', 'nor', 'or', '&'])
/** Adjectives a definite description may carry: "the former president". */
const descriptionModifiers = /^(?:former|senior|top|same|new|then|chief|deputy|acting|late|current|other|unnamed|anonymous|local|official|federal|national|foreign|two|three|four|five|six|seven|eight|nine|ten|\d+|alleged|accused|suspected|so-called|\p{Ll}+(?:al|ic|ive|ian|an|ese|ish))$/u
/** Determiners that make a group noun refer back ("the groups", "these researchers"), unlike a possessive ("his supporters"). */
const demonstratives = new Set(['the', 'this', 'that', 'these', 'those', 'both'])

/** Index of the first token whose end is after `offset`. */
export function tokenAt(doc: Document, offset: number): number {
  return tokenEndingAfter(doc, offset)
}

export function analyseMention(doc: Document, lex: PartyLexicons, refs: Referents, span: Span): Mention | null {
  const tokens = doc.tokens
  let first = tokenAt(doc, span.start)
  let last = tokenAt(doc, Math.max(span.start, span.end - 1))
  if (first >= tokens.length) return null
  if (last >= tokens.length) last = tokens.length - 1
  while (first <= last && tokens[first].kind !== 'word') first++
  while (last >= first && tokens[last].kind !== 'word' && tokens[last].text !== ')') last--
  if (first > last) return null
  const mention = analyseTokens(doc, lex, refs, first, last, true)
  return namedAfter(doc, lex, refs, mention) ?? mention
}

/**
 * "The supplier, MedTrans Logistics, has not confirmed …": a description
 * of an institution or a role, then its name set off by commas, names the
 * party even where the source span stops at the description. The mention
 * keeps its own span; its party is the name's.
 */
function namedAfter(doc: Document, lex: PartyLexicons, refs: Referents, mention: Mention): Mention | null {
  if (mention.form !== 'description' && mention.form !== 'common') return null
  if (mention.headClass !== 'organization' && mention.headClass !== 'organ' && mention.headClass !== 'role') return null
  const tokens = doc.tokens
  // The comma after the description: right after the mention, or inside a
  // source span that holds the apposition ("Another pollster, David
  // Woodard of Clemson University, said").
  let comma = mention.first + 1
  while (comma <= mention.last && tokens[comma].text !== ',') comma++
  const inside = comma <= mention.last
  if (tokens[comma]?.text !== ',' || !tokens[comma + 1] || !isCapitalised(tokens[comma + 1]) || tokens[comma + 1].sentence !== tokens[mention.first].sentence) return null
  let last = comma + 1
  while (last + 1 < tokens.length && last - comma < 6 && isCapitalised(tokens[last + 1]) && !isPossessive(tokens[last])) last++
  // The name ends at a comma, or inside the span at its end or at the
  // affiliation after it ("… of Clemson University").
  const closed = tokens[last + 1]?.text === ',' || (inside && (last === mention.last || affiliations.has(tokens[last + 1]?.lower)))
  if (!closed) return null
  const name = analyseTokens(doc, lex, refs, comma + 1, last, false)
  if (name.form !== 'name') return null
  // A company's name guessed to be a person's ("Coastline Coaches") is the company's.
  const kind = mention.headClass === 'organization' && name.kind === 'person' ? 'organization' : name.kind
  if (kind === 'government' && mention.headClass !== 'organ') return null
  return {...name, span: mention.span, first: mention.first, kind, key: kind === name.kind ? name.key : 'O:' + name.display.toLowerCase()}
}

/** Words that tie a name to where its bearer works ("David Woodard of Clemson University"). */
const affiliations = new Set(['of', 'from', 'at'])

/** Analyse the tokens `[first, last]` as one mention. */
export function analyseTokens(
  doc: Document,
  lex: PartyLexicons,
  refs: Referents,
  first: number,
  last: number,
  allowGroup: boolean
): Mention {
  const tokens = doc.tokens
  const text = doc.text.slice(tokens[first].start, tokens[last].end)
  const span: Span = {start: tokens[first].start, end: tokens[last].end, text}
  const inQuote = refs.inQuote[first] === 1
  const lower = phraseKey(text)
  const base: Mention = {
    span,
    first,
    last,
    form: 'common',
    kind: null,
    pronoun: null,
    name: null,
    display: text,
    specificity: 0,
    key: 'K:' + lower.replace(/^(?:the|a|an) /, ''),
    head: null,
    headClass: 'other',
    plural: false,
    gender: null,
    inQuote
  }

  // "Not everyone is convinced", "nobody believes": the text says who does
  // not hold the content, not who does.
  // "Anyone questioning her lead can find solace …": anyone at all, no party.
  if (/^(?:not (?:every\w*|all)|nobody|no one|none|not one|anyone|anybody|whoever)\b/.test(lower)) return {...base, form: 'nonparty'}

  // Pronouns ("he’s" is "he"). "It is believed" is nobody in particular.
  const pronounWord = first === last ? withoutContraction(lower) : ''
  if (first === last && lex.pronouns.has(pronounWord)) {
    const info = lex.pronouns.get(pronounWord)!
    if (pronounWord === 'it' && lex.vaguePhrases.some((phrase) => phrase.startsWith('it ') && phraseEnd(doc, first, phrase) !== -1)) {
      return {...base, form: 'common', kind: 'vague', key: 'U:' + span.start}
    }

    if (info.person === 1 && !inQuote) return selfMention()
    // "you" addresses someone; as a source it is nobody in particular.
    if (info.person === 2) return {...base, kind: 'vague', key: 'U:' + span.start}
    return {...base, form: 'pronoun', pronoun: {...info, word: pronounWord}, plural: info.number === 'plural', gender: info.gender}
  }

  if (!inQuote && lex.selfMentions.has(lower)) return selfMention()
  if (refs.publisher && isPublisher()) return selfMention()

  // A parenthesised acronym names the same thing: "(NIS)".
  let coreEnd = last
  let acronym: string | null = null
  for (let i = first + 1; i <= last; i++) {
    if (tokens[i].text === '(') {
      if (i + 1 <= last && tokens[i + 1].kind === 'word') acronym = tokens[i + 1].text
      coreEnd = i - 1
      break
    }
  }

  if (allowGroup) {
    const group = coordination(coreEnd) ?? inclusion(coreEnd)
    if (group) return group
  }

  // "US ambassador to the UN, Linda Thomas-Greenfield": the name after the comma.
  let cut = first
  while (cut <= coreEnd && !coreBreaks.has(tokens[cut].lower)) cut++
  if (cut <= coreEnd && tokens[cut].text === ',' && cut > first) {
    // "one prominent conservative, syndicated radio host Dennis Prager": skip
    // the role words to the name.
    let next = cut + 1
    while (next <= coreEnd && next - cut <= 5 && tokens[next].kind === 'word' && !isCapitalised(tokens[next])) next++
    let end = next
    while (end <= coreEnd && isCapitalised(tokens[end]) && !isPossessive(tokens[end])) end++
    if (end > next) {
      const name = analyseRun(doc, lex, next, end - 1)
      const closed = end > coreEnd || tokens[end].text === ','
      if (name && name.kind === 'person' && closed && next === cut + 1 && institutionBefore()) {
        // "The bus company, Coastline Coaches": the name of a company.
        return named({...name, kind: 'organization'}, acronym)
      }

      if (name && name.kind === 'person' && closed) return named(name, acronym)
      // "The company's owner, Harbour Holdings Ltd": an institution named
      // right after a noun for one, or for a role an institution can fill
      // (not a place: "officials in the state, Venezuela").
      if (name && name.kind !== null && name.kind !== 'government' && closed && next === cut + 1 && (institutionBefore() || roleBefore())) {
        return named(name, acronym)
      }
    }
  }

  /**
   * Whether token `i` is a participle after a noun for people or a plural
   * ("superdelegates supporting", "Democrats opposing", "people briefed on
   * the talks"), which it modifies. A form in -ed must end the phrase or
   * take a preposition: in "a fact sheet lawmakers released Monday" it is
   * the verb of a relative clause, whose subject is no head.
   */
  function isPostModifier(i: number): boolean {
    const word = tokens[i].text
    if (!/^[a-z]+(?:ing|ed)$/.test(word) || word.length < 6) return false
    if (word.endsWith('ed') && i < coreLast && !prepositions.has(tokens[i + 1].lower)) return false
    const noun = tokens[i - 1]
    if (noun.kind !== 'word' || /['’]/.test(noun.text)) return false
    return isPeopleNoun(lex, noun.lower) || /[^su]s$/.test(noun.lower)
  }

  /** The head before the comma names an institution ("company", "ministry"). */
  function institutionBefore(): boolean {
    const word = stripPossessive(bareLower(tokens[cut - 1]))
    return lex.organizationHeads.has(word) || lex.organHeads.has(word)
  }

  /** The head before the comma is a role ("owner", "operator"). */
  function roleBefore(): boolean {
    const word = stripPossessive(bareLower(tokens[cut - 1]))
    return lex.roles.has(word) || lex.people.definiteRoles.has(word)
  }

  let coreLast = Math.min(cut - 1, coreEnd)
  if (coreLast < first) coreLast = coreEnd
  // Determiners.
  let coreFirst = first
  let definite = false
  while (coreFirst < coreLast && determiners.has(tokens[coreFirst].lower)) {
    if (definiteDeterminers.has(tokens[coreFirst].lower)) definite = true
    coreFirst++
  }

  // The head: the last word before a preposition ("report by …", "head of
  // …") or before a participle after a noun for people ("superdelegates |
  // supporting Sanders", "people | briefed on the talks").
  let headIndex = coreLast
  for (let i = coreFirst + 1; i <= coreLast; i++) {
    if (isPostModifier(i)) {
      headIndex = i - 1
      break
    }

    if (prepositions.has(tokens[i].lower) && !isCapitalised(tokens[i])) {
      // Not inside a name: "the Department of State", "the Center for
      // American Progress".
      const joined = joinedNameEnd(i)
      if (joined !== -1) {
        i = joined
        continue
      }

      headIndex = i - 1
      break
    }
  }

  const head = stripPossessive(bareLower(tokens[headIndex]))
  const headClass = classifyHead(head)
  const plural = /[^s]s$/.test(head) || head === 'people' || head === 'police'

  // A name that is the head: "Jonah Leff", "Ukraine’s President Volodymyr
  // Zelenskyy", "the country’s National Intelligence Service".
  let runStart = -1
  const runs: NameAnalysis[] = []
  // Where each run ends in the text: a name leaves out a generation suffix
  // ("Brent Bozell III" is Brent Bozell) that still ends its run.
  const runEnds: number[] = []
  for (let i = coreFirst; i <= coreLast + 1; i++) {
    const capital = i <= coreLast && isCapitalised(tokens[i])
    if (capital && runStart === -1) runStart = i
    if (!capital && runStart !== -1 && i <= coreLast) {
      const joined = joinedNameEnd(i)
      if (joined !== -1) {
        i = joined
        continue
      }
    }

    const closes = runStart !== -1 && (!capital || isPossessive(tokens[i]))
    if (closes) {
      const end = capital ? i : i - 1
      const own = analyseRun(doc, lex, runStart, end)
      const linked = own ? null : refs.nameAt(runStart)?.name
      if (own) runs.push(own)
      else if (linked && linked.last === end) runs.push(linked)
      if (own || (linked && linked.last === end)) runEnds.push(end)
      runStart = -1
    }
  }

  const headAt = runEnds.indexOf(headIndex)
  if (headAt !== -1) return named(runs[headAt], acronym, headIndex)
  // A person named after a role with a preposition: "RNC Chief of Staff
  // Katie Walsh", "Former secretary of State Clinton".
  const lastAt = runEnds.indexOf(coreLast)
  if (lastAt !== -1 && runs[lastAt].kind === 'person') return named(runs[lastAt], acronym, coreLast)
  // Only what comes before the head counts from here on.
  for (let index = runs.length - 1; index >= 0; index--) if (runs[index].first > headIndex) runs.splice(index, 1)

  // "South Korea’s Yonhap news agency": an outlet named before its type noun.
  if (headClass === 'organization' || headClass === 'publication') {
    for (let i = coreFirst; i <= headIndex; i++) {
      const entity = entityAt(doc, lex, i, headIndex)
      if (entity && (entity.entry.kind === 'news-agency' || entity.entry.kind === 'state-media' || entity.entry.kind === 'publication')) {
        // "An Associated Press analysis" in AP copy: the newsroom's own work.
        if (refs.publisher?.entity?.id === entity.entry.id) return selfMention()
        const display = doc.text.slice(tokens[i].start, tokens[headIndex].end)
        return {...base, form: 'name', kind: entity.entry.kind, display, specificity: headIndex - i + 1, key: 'E:' + entity.entry.id, head, headClass}
      }
    }
  }

  // "Most people polled", "respondents": a poll's answers, a measurement.
  const common = {...base, head, headClass, plural, display: '', ...(answersPoll() ? {measurement: true} : {})}
  // An unnamed party is called by its noun phrase, without the clauses
  // after it ("officials who spoke on condition of anonymity" → "officials").
  const coreText = doc.text.slice(tokens[first].start, tokens[Math.max(first, Math.min(coreLast, coreEnd))].end)
  const display = coreText
  // "North Korea's state media", "state television": a state outlet, unnamed.
  if (lex.stateMediaDescriptions.some((phrase) => lower.includes(phrase))) return {...common, kind: 'state-media', display, key: keyOf()}
  // Unnamed people: "people familiar with the matter", "an unnamed … spokesman".
  if (lex.anonymousPhrases.some((phrase) => lower.includes(phrase))) {
    return {...common, kind: 'anonymous', display, key: keyOf()}
  }

  // A word capitalised only to open its sentence ("Press reports say") names nothing.
  const hasProper = runs.some((run) => (run.kind !== null || run.specificity > 1) && !openerOnly(run))
  // "Republicans", "House Democrats", "the Tories": a party's members.
  if (isCollective(doc, lex, coreFirst, headIndex)) return {...common, kind: 'vague', display, key: keyOf(), collective: true}
  // "the groups", "the two police officers": a group the text has named
  // before, as a description is; "the public", "the media" are loose groups.
  const refersBack =
    headClass !== 'other' ||
    (coreFirst > first && demonstratives.has(tokens[coreFirst - 1].lower) && isPeopleNoun(lex, head) && !lex.people.genericDefinites.has(head))
  // A place or a body before the head still describes ("the South Carolina
  // senator", "the Vodafone spokesman"); a person's name does not.
  const personNamed = runs.some((run) => isPersonName(run))
  // "The last man to mount a third-party race": a definite role with what
  // makes it one person after it is as definite.
  const postModified = headIndex < coreLast && tokens[first].lower === 'the' && !plural && headClass === 'role'
  // "Justice vows …", "…, senator said": a singular role with no article is
  // a headline's or a fragment's way to say "the justice", "the senator".
  const bareRole = first === last && headClass === 'role' && !plural && !isCapitalised(tokens[first])
  const bareTitle = first === last && headClass === 'role' && !plural && isCapitalised(tokens[first]) && lex.roles.has(head)
  // "…, Tote King shows …", "Foreign Secretary said": capitals with no
  // article inside a sentence make a title or a name, never "a king".
  const titleCased = !definite && headClass === 'role' && !plural && first < headIndex && first !== doc.sentences[tokens[first].sentence].firstToken && allCapitalised(first, headIndex)
  if ((definite || bareRole || bareTitle || titleCased) && !personNamed && headIndex - coreFirst <= 4 && (headIndex === coreLast || postModified) && refersBack) {
    let modifiers = true
    for (let i = coreFirst; i < headIndex; i++) {
      const word = tokens[i].lower
      // Capitalised modifiers are fine when they name nobody ("the Democratic nominee").
      const naming = isCapitalised(tokens[i]) && runs.some((run) => run.first <= i && run.last >= i && isPersonName(run))
      if (!descriptionModifiers.test(word) && (naming || /(?:ing|ed)$/.test(word) || tokens[i].kind !== 'word')) modifiers = false
    }
    if (modifiers) return {...common, form: 'description', display}
  }

  common.display = display

  if (lex.vaguePhrases.some((phrase) => lower.startsWith(phrase))) return {...common, kind: 'vague', key: keyOf()}

  switch (headClass) {
    case 'role':
      return {...common, kind: 'anonymous', key: keyOf()}
    case 'publication': {
      // "reports from Interfax", "figures from the Ministry of Economy": a
      // document whose author is named is no loose rumour.
      const unspecified = plural && !definite && !hasProper && !authorNamed() && !lex.people.records.has(head) && !lex.people.records.has(lower)
      return {...common, kind: unspecified ? 'vague' : 'publication', key: keyOf(), measurement: unspecified && lex.people.measurements.has(head)}
    }
    case 'organ':
      return {...common, kind: 'government', key: keyOf()}
    case 'organization':
      return {...common, kind: 'organization', key: keyOf()}
    default:
  }

  if (lex.vagueHeads.has(head)) return {...common, kind: 'vague', key: keyOf()}
  // A name somewhere that is not the head ("Trump supporters" is caught
  // above): take the name's own kind when it is an institution.
  const institution = runs.find((run) => run.kind && run.kind !== 'person')
  if (institution && !plural) return named(institution, acronym)
  if (!namesPeople(headIndex, head)) return {...common, form: 'nonparty', kind: null}
  return {...common, kind: 'vague', key: keyOf()}

  function answersPoll(): boolean {
    for (let i = coreFirst; i <= coreLast; i++) if (lex.people.pollAnswers.has(tokens[i].lower)) return true
    return false
  }

  function allCapitalised(from: number, to: number): boolean {
    for (let i = from; i <= to; i++) if (!isCapitalised(tokens[i])) return false
    return true
  }

  /**
   * Whether the head at `index` can name a source: a people noun, or a
   * capitalised plural that reads as a people's name ("Saudis", "Germans",
   * "Iraqis") rather than a capitalised opener ("Efforts").
   */
  function namesPeople(index: number, word: string): boolean {
    return isPeopleNoun(lex, word) || (isCapitalised(tokens[index]) && /(?:ans|is|ese|ers)$/.test(word))
  }

  /**
   * Whether the words after the head name its author: "by/from/of" and a
   * name that is no place ("reports from Interfax", "figures from the
   * Ministry of Economy"; not "reports from Russia").
   */
  function authorNamed(): boolean {
    for (let i = headIndex + 1; i < coreLast; i++) {
      if (tokens[i].lower !== 'by' && tokens[i].lower !== 'from' && tokens[i].lower !== 'of') continue
      let from = i + 1
      if (tokens[from]?.lower === 'the') from++
      if (from > coreLast || !isCapitalised(tokens[from])) continue
      let to = from
      while (to < coreLast && (isCapitalised(tokens[to + 1]) || tokens[to + 1].lower === 'of')) to++
      const author = analyseRun(doc, lex, from, to)
      if (author && author.kind !== null && !author.entity?.id.startsWith('country:')) return true
    }

    return false
  }

  /**
   * A one-word run that is only capitalised because it opens its sentence
   * ("Press reports say"): the text writes it in lower case elsewhere, or
   * never capitalises it anywhere but at a sentence's start.
   */
  function openerOnly(run: NameAnalysis): boolean {
    const opens = (index: number) => index === doc.sentences[tokens[index].sentence].firstToken
    if (run.first !== run.last || !opens(run.first)) return false
    if (writtenInLowerCase(doc, tokens[run.first].lower, tokens[run.first].start)) return true
    const key = refs.nameAt(run.first)?.key
    // The first few occurrences tell (an archive may hold thousands).
    return !key || refs.ofKey(key).slice(0, 50).every((occurrence) => occurrence.first === occurrence.last && opens(occurrence.first))
  }

  /**
   * The last token of a name that the referents index joined over the
   * connector at `i` ("Department | of | State"), if it ends inside the
   * core; else −1.
   */
  function joinedNameEnd(i: number): number {
    let start = i - 1
    while (start > coreFirst && isCapitalised(tokens[start - 1])) start--
    if (!isCapitalised(tokens[start])) return -1
    const occurrence = refs.nameAt(start)
    return occurrence && occurrence.last > i && occurrence.last <= coreLast ? occurrence.last : -1
  }

  function keyOf(): string {
    // "a source", "an official": two of them are not one party.
    const indefinite = /^(?:a|an|one|another) /.test(lower) && !plural
    return indefinite ? 'U:' + span.start : 'K:' + lower.replace(/^(?:the|a|an) /, '')
  }

  function classifyHead(word: string): HeadClass {
    if (lex.organHeads.has(word)) return 'organ'
    if (lex.anonymousHeads.has(word) || lex.roles.has(word) || lex.gendered.has(word)) return 'role'
    if (lex.publicationHeads.has(word)) return 'publication'
    if (lex.organizationHeads.has(word)) return 'organization'
    return 'other'
  }

  /** `shownLast`: where the name as written ends, with its generation suffix ("Jr.", "III"). */
  function named(name: NameAnalysis, acronymText: string | null, shownLast = name.last): Mention {
    let nameText = stripPossessive(doc.text.slice(tokens[name.displayFirst].start, tokens[shownLast].end))
    // "The Hill", "the Times": a short form of the lexicon's name shows the name.
    if (name.entity && nameKey(name.entity.canonical).includes(nameKey(nameText)) && name.entity.canonical.length > nameText.length) {
      nameText = name.entity.canonical
    }

    const candidate = refs.nameAt(name.first)
    const occurrence = candidate && candidate.last === name.last ? candidate : undefined
    let key = occurrence?.key ?? name.key
    let kind = name.kind
    // "Trump Says He Never Pledged …": a surname the index could not read as
    // a name (a title-case headline) is the one person named so in full.
    if (kind === null && !occurrence && name.specificity === 1 && name.surname && !refs.clusters.has(key)) {
      const full = refs.fullNameOf(name.surname)
      if (full) key = full
    }

    const cluster = refs.clusters.get(key)
    if (kind === null && !cluster && name.specificity === 1) {
      // "Demonstrators said", "Much of …": a capitalised opener the text
      // never uses as a name elsewhere is no name.
      const opening = name.first === doc.sentences[tokens[name.first].sentence].firstToken || (name.first > 0 && tokens[name.first - 1].kind === 'punctuation')
      if (opening) {
        const word = stripPossessive(bareLower(tokens[name.last]))
        // "Depositions released in March quote …": documents of record, identified.
        if (lex.people.records.has(word)) return {...base, kind: 'publication', head: word, headClass: 'publication', key: 'K:' + lower, plural: /[^s]s$/.test(lower)}
        if (namesPeople(name.last, word)) return {...base, kind: 'vague', key: 'K:' + lower, plural: /[^s]s$/.test(lower), ...(lex.people.pollAnswers.has(word) ? {measurement: true} : {})}
        // "However", "Efforts", "Much": a word, not a name, names no one.
        // A word the text never writes in lower case ("Yukos") is a name.
        if (lex.sentenceOpeners.has(tokens[name.first].text) || word.endsWith('ly') || writtenInLowerCase(doc, word, tokens[name.first].start)) return {...base, form: 'nonparty'}
      }
    }

    // Unknown single words: "EgyptAir", "Coca-Cola" read as companies, the rest as surnames.
    if (kind === null) kind = cluster?.kind ?? (/\p{Ll}\p{Lu}|\d|\p{L}-\p{L}/u.test(nameText) && name.specificity === 1 ? 'organization' : 'person')
    if (kind === 'person' && key.startsWith('O:')) key = 'P:' + nameText.toLowerCase()
    const display = acronymText && isAcronym(acronymText) && !nameText.includes(acronymText) ? nameText + ' (' + acronymText + ')' : nameText
    return {
      ...base,
      form: 'name',
      kind,
      name,
      display,
      specificity: name.specificity,
      key,
      head: nameText.toLowerCase(),
      headClass: kind === 'person' ? 'role' : 'organization',
      plural: false,
      gender: name.gender ?? cluster?.gender ?? null
    }
  }

  function selfMention(): Mention {
    return {...base, form: 'self', kind: 'self', key: 'SELF', display: refs.publisher?.name ?? refs.byline ?? text}
  }

  function isPublisher(): boolean {
    const publisher = refs.publisher!
    const key = nameKey(text)
    if (key === publisher.key) return true
    let from = first
    if (from < last && tokens[from].lower === 'the') from++
    const entity = entityAt(doc, lex, from, last)
    return entity !== null && entity.last === last && publisher.entity !== null && entity.entry.id === publisher.entity.id
  }

  /**
   * "South Korea, the US, the European Union and eight other countries",
   * "Moscow nor Pyongyang": several parties speaking as one. Coordinated
   * modifiers ("US and South Korean officials") are one phrase, not a group.
   */
  function coordination(end: number): Mention | null {
    const parts: Array<[number, number]> = []
    let partStart = first
    let coordinated = false
    for (let i = first; i <= end; i++) {
      const word = tokens[i].lower
      if (word === 'who' || word === 'which' || word === 'that') {
        end = i - 1
        break
      }

      // A comma after the last conjunct opens an apposition ("Khizr and
      // Ghazala Khan, the Gold Star parents …"): the group ends there.
      if (tokens[i].text === ',' && coordinated && parts.length > 0 && coordinators.has(tokens[parts[parts.length - 1][1] + 1]?.lower ?? '')) {
        end = i - 1
        break
      }

      if (coordinators.has(word) || tokens[i].text === ',') {
        if (coordinators.has(word)) coordinated = true
        if (i > partStart) parts.push([partStart, i - 1])
        partStart = i + 1
      }
    }

    if (partStart <= end) parts.push([partStart, end])
    if (!coordinated || parts.length < 2) return null
    // Every part before the last must be a name, not a role phrase ("X,
    // head of Y and Z" is one person).
    for (const [from, to] of parts.slice(0, -1)) {
      let word = from
      while (word < to && determiners.has(tokens[word].lower)) word++
      // "he and other Clinton challengers": a person the text names, by a pronoun.
      if (!isCapitalised(tokens[word]) && !(from === to && PERSONAL.has(tokens[word].lower))) return null
    }
    const lastPart = parts[parts.length - 1]
    const lastHead = stripPossessive(bareLower(tokens[lastPart[1]]))
    // "Trump and his aides", "Mr. Xi and other leaders" are two parties;
    // "US and South Korean officials" is one.
    const modifiersOnly =
      !determiners.has(tokens[lastPart[0]].lower) &&
      parts.slice(0, -1).every(([from, to]) => to - from <= 2 && !determiners.has(tokens[from].lower) && !isPersonName(analyseRun(doc, lex, from, to)) && !namesPerson(from, to))
    if (modifiersOnly && !isCapitalised(tokens[lastPart[1]]) && (lex.anonymousHeads.has(lastHead) || lex.vagueHeads.has(lastHead) || lex.roles.has(lastHead))) {
      return null
    }

    const analyses = parts.map(([from, to]) => analyseTokens(doc, lex, refs, from, to, false))
    // "Brad Bannon, a Democratic pollster and consultant" is one person: the
    // parts before the last must all be names.
    // A definite description is someone the text identifies, as a name
    // is ("The Clinton campaign and some cybersecurity experts").
    const isNamePart = (part: Mention) =>
      part.form === 'name' || part.form === 'pronoun' || part.form === 'description' || (part.first === part.last && isCapitalised(tokens[part.first]))
    if (!analyses.slice(0, -1).every(isNamePart)) return null
    const kinds: Array<PartyKind | null> = analyses.map((part) => part.kind ?? (part.form === 'description' ? kindOfHead(part.headClass) : part.form === 'pronoun' && PERSONAL.has(part.pronoun!.word) ? 'person' : null))
    const namedKind = kinds.find((kind) => kind && kind !== 'anonymous' && kind !== 'vague')
    const groupText = doc.text.slice(tokens[first].start, tokens[end].end)
    return {
      ...base,
      span: {start: tokens[first].start, end: tokens[end].end, text: groupText},
      last: end,
      form: 'group',
      kind: namedKind ?? kinds.find((kind) => kind) ?? 'vague',
      display: groupText,
      specificity: parts.length,
      key: 'G:' + phraseKey(groupText).replace(/^(?:the|neither|either|both) /, ''),
      plural: true
    }
  }

  /** Whether the first name run in `[from, to]` is surely a person's, by itself or by what the text says of it elsewhere. */
  function namesPerson(from: number, to: number): boolean {
    let start = from
    while (start <= to && !isCapitalised(tokens[start])) start++
    let end = start
    while (end + 1 <= to && isCapitalised(tokens[end + 1]) && !isPossessive(tokens[end])) end++
    if (start > to) return false
    const run = analyseRun(doc, lex, start, end)
    if (isPersonName(run)) return true
    const occurrence = run ? refs.nameAt(run.first) : undefined
    const cluster = occurrence ? refs.clusters.get(occurrence.key) : undefined
    return cluster?.kind === 'person' && isPersonName(cluster.best.name)
  }

  /**
   * "Democrats — including Clinton —", "lawmakers, including Sen. Dana
   * Whitcombe": a group that names some of its members takes the kind of
   * its named members (spec/ledger.md), not the vague kind of its head.
   */
  function inclusion(end: number): Mention | null {
    let at = first + 1
    while (at < end && tokens[at].lower !== 'including') at++
    if (at >= end) return null
    let head = at - 1
    while (head > first && tokens[head].kind !== 'word') head--
    if (!/[^s]s$/.test(tokens[head].lower) && tokens[head].lower !== 'people') return null
    let last = end
    while (last > at && tokens[last].kind !== 'word') last--
    if (last <= at) return null
    const members = analyseTokens(doc, lex, refs, at + 1, last, true)
    if (!members.kind || members.kind === 'anonymous' || members.kind === 'vague' || members.form === 'pronoun') return null
    // A person must be one surely ("Chancellor Angela Merkel", "Trump" after
    // "Donald Trump"): a lone unknown word may be a place ("including
    // Wisconsin and Maine").
    if (members.kind === 'person' && !namesPerson(at + 1, last)) return null
    const groupText = doc.text.slice(tokens[first].start, tokens[last].end)
    return {
      ...base,
      span: {start: tokens[first].start, end: tokens[last].end, text: groupText},
      last,
      form: 'group',
      kind: members.kind,
      display: groupText,
      specificity: 1,
      key: 'G:' + phraseKey(groupText).replace(/^(?:the|neither|either|both) /, ''),
      plural: true
    }
  }
}

/** How far around a mention `writtenInLowerCase` looks: a story's length, so an archive costs no square. */
const lowerCaseReach = 20_000

/**
 * Whether the text around offset `near` writes `word` (lower case) as a
 * word of its own: a search of the text, as few mentions ever ask.
 */
function writtenInLowerCase(doc: Document, word: string, near: number): boolean {
  // A window of the text, not the text: `indexOf` would otherwise read to
  // the end of an archive for a word it never finds.
  const from = Math.max(0, near - lowerCaseReach)
  const text = doc.text.slice(from, near + lowerCaseReach)
  for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + 1)) {
    const before = at === 0 ? '' : text[at - 1]
    const after = text[at + word.length] ?? ''
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) return true
  }

  return false
}

/** The role text around a person's name, if the text gives one. */
export function descriptorAround(doc: Document, lex: PartyLexicons, name: NameAnalysis): string | null {
  const tokens = doc.tokens
  const isRole = (index: number) => lex.roles.has(bareLower(tokens[index])) || lex.anonymousHeads.has(bareLower(tokens[index]))
  const sentence = tokens[name.first].sentence

  // Premodifying title: "Ukraine’s President Volodymyr Zelenskyy", "Sanders
  // campaign spokesman Michael Briggs", "Attorney General Eric Schneiderman".
  if (name.first > 0 && tokens[name.first - 1].sentence === sentence && tokens[name.first - 1].kind === 'word' && isRole(name.first - 1)) {
    const start = walkLeft(name.first - 1)
    return slice(start, name.first - 1)
  }

  // Apposition before: "US ambassador to the UN, Linda Thomas-Greenfield,".
  if (name.first > 1 && tokens[name.first - 1].text === ',' && (name.last + 1 >= tokens.length || /^[,)]$/.test(tokens[name.last + 1].text))) {
    const end = name.first - 2
    const start = walkLeft(end)
    let hasRole = false
    for (let i = start; i <= end; i++) if (isRole(i)) hasRole = true
    if (hasRole && tokens[start].sentence === sentence) return slice(start, end)
  }

  // Apposition after: "Jonah Leff, head of the … Research, which …".
  if (name.last + 2 < tokens.length && tokens[name.last + 1].text === ',' && tokens[name.last + 2].sentence === sentence) {
    const start = name.last + 2
    let end = start
    let hasRole = false
    while (end < tokens.length && end - start < 16 && tokens[end].sentence === sentence) {
      const token = tokens[end]
      if (token.kind === 'punctuation' && token.text !== '-' && token.text !== '’' && token.text !== "'") break
      if (token.lower === 'who' || token.lower === 'which' || token.lower === 'whose') break
      if (end - start < 4 && isRole(end)) hasRole = true
      end++
    }

    const tail = tokens[end]
    const opener = tokens[start]
    const opensPhrase = /^(?:a|an|the|former|then|now|longtime|veteran|senior|chief|deputy|acting)$/.test(opener.lower) || isRole(start) || isCapitalised(opener) || isPossessive(opener)
    if (hasRole && opensPhrase && end > start && (!tail || tail.kind === 'punctuation')) {
      let from = start
      // "a spokesman for …" → "spokesman for …", but "the city’s police chief" keeps its article.
      while (from < end - 1 && (tokens[from].lower === 'the' || tokens[from].lower === 'a' || tokens[from].lower === 'an') && !isPossessive(tokens[from + 1])) from++
      return slice(from, end - 1)
    }
  }

  return null

  /** Walk left from `index` over a noun phrase ("Russia’s UN ambassador"). */
  function walkLeft(index: number): number {
    let start = index
    while (start > 0 && index - start < 10) {
      const previous = tokens[start - 1]
      if (previous.sentence !== sentence || previous.kind !== 'word') break
      const lower = previous.lower
      // Verbs end a title: "… denouncing Republican nominee Donald Trump".
      if (leftStops.has(lower) || (!isCapitalised(previous) && /(?:ing|ed)$/.test(lower))) break
      // "ambassador to the UN": prepositions only right after a role.
      if ((lower === 'of' || lower === 'to' || lower === 'for' || lower === 'at') && !(start - 2 >= 0 && isRole(start - 2))) break
      start--
    }

    while (start < index && (tokens[start].lower === 'the' || tokens[start].lower === 'a' || tokens[start].lower === 'an' || tokens[start].lower === 'of' || tokens[start].lower === 'to')) start++
    return start
  }

  function slice(from: number, to: number): string {
    return doc.text.slice(tokens[from].start, tokens[to].end)
  }
}

const leftStops = new Set(['said', 'says', 'told', 'tells', 'and', 'or', 'but', 'that', 'which', 'who', 'when', 'while', 'because', 'after', 'before', 'is', 'was', 'are', 'were', 'has', 'have', 'had', 'will', 'would', 'also', 'not', 'by', 'with', 'from', 'in', 'on', 'as', 'according', 'said.', 'added', 'wrote', 'asked', 'than', 'if', 'then', 'since', 'called', 'named'])

/**
 * The kind of party a description's head refers to ("the campaign": an
 * organisation, "the ministry": a government, "the senator": a person), or
 * null for a head that says nothing of it.
 */
export function kindOfHead(headClass: Mention['headClass']): PartyKind | null {
  switch (headClass) {
    case 'organization':
      return 'organization'
    case 'organ':
      return 'government'
    case 'publication':
      return 'publication'
    case 'role':
      return 'person'
    default:
      return null
  }
}
