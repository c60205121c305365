/**
 * Everything in the document a source mention may refer back to, indexed in
 * one pass over the tokens: named people, organizations and governments
 * (capitalised runs), coordinated groups ("South Korea, the US, the European
 * Union and eight other countries"), plural role nouns ("officials"), which
 * tokens are inside quotation marks, and the publisher the text names ("This
 * content originally appeared on …", a wire dateline).
 */
import type {Document} from '../document.js'
import type {PartyKind} from '../types.js'
import {roleForms, type EntityEntry, type Gender, type PartyLexicons} from './lexicons.js'
import {analyseRun, bareLower, entityAt, isCapitalised, isPersonName, isPossessive, type NameAnalysis} from './names.js'
import {nameKey, phraseKey, stripPossessive} from './normalize.js'
import {firstIndex} from '../../search.js'

/** One place in the text that names or describes a possible party. */
export interface Occurrence {
  start: number
  end: number
  /** Token range. */
  first: number
  last: number
  /** Cluster (same referent) key. */
  key: string
  kind: PartyKind | null
  plural: boolean
  /** For names: the analysis of the run. */
  name: NameAnalysis | null
}

/** What the document as a whole says about one referent. */
export interface Cluster {
  key: string
  kind: PartyKind | null
  gender: Gender | null
  entity: EntityEntry | null
  /** The most specific occurrence (longest name). */
  best: Occurrence
  /** Lower-cased role words seen in its titles ("president", "sen"). */
  roles: Set<string>
}

export interface Publisher {
  name: string
  key: string
  entity: EntityEntry | null
}

export interface Referents {
  /** Sorted by start. */
  occurrences: Occurrence[]
  clusters: Map<string, Cluster>
  /** 1 where a token is between quotation marks. */
  inQuote: Uint8Array
  /** The outlet that published the text, when the text says so. */
  publisher: Publisher | null
  /** The author a byline names ("By Norman Solomon" on a line of its own near the top), if any. */
  byline: string | null
  /** The name occurrence whose name starts at token `first`, if any. */
  nameAt(first: number): Occurrence | undefined
  /** The occurrence that ends at offset `end`, if any. */
  endingAt(end: number): Occurrence | undefined
  /** Occurrences of a cluster, in text order. */
  ofKey(key: string): Occurrence[]
  /** The key of the one person the text names in full with this surname ("trump" → Donald Trump's), if exactly one. */
  fullNameOf(surname: string): string | undefined
}

const groupBreak = new Set([',', 'and', 'the', 'nor', 'or', '&'])
/** Lower-case particles inside a person's name. */
const NAME_PARTICLES = new Set(['de', 'da', 'di', 'del', 'della', 'dos', 'du', 'van', 'von', 'der', 'den', 'le', 'la', 'ibn'])

export function indexReferents(doc: Document, lex: PartyLexicons): Referents {
  const tokens = doc.tokens
  const occurrences: Occurrence[] = []
  const clusters = new Map<string, Cluster>()
  const inQuote = new Uint8Array(tokens.length)
  const publisher = findPublisher()
  const byline = findByline(doc.text)
  /** Latest full-name cluster per surname, to link "Leff" to "Jonah Leff". */
  const bySurname = new Map<string, string>()
  /** Latest institution named in several words, by its last word, to link "the Commission" to "the European Commission". */
  const byInstitutionWord = new Map<string, {key: string; kind: NameAnalysis['kind']}>()
  const pendingSurnames: Occurrence[] = []
  /** Capitalised single words seen mid-sentence: real names, not openers. */
  const midSentence = new Set<string>()

  let depth = 0
  let paragraph = -1
  let runStart = -1
  /** Items of a possible coordination: [first token, kind] of names in a row. */
  let group: Array<{first: number; last: number; kind: PartyKind | null}> = []
  let groupHasAnd = false
  /** Last token of the latest group: its head noun is no plural of its own. */
  let groupEnd = -1

  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]
    if (token.paragraph !== paragraph) {
      paragraph = token.paragraph
      depth = 0
    }

    // Quotation marks: curly ones say which way they go, straight ones (and
    // the New York Times' doubled apostrophes) toggle.
    if (token.kind === 'punctuation') {
      const t = token.text
      if (t === '“' || t === '«') depth = 1
      else if (t === '”' || t === '»') {
        inQuote[i] = 1
        depth = 0
      } else if (t === '"' || t === "''") {
        if (depth === 0) depth = 1
        else {
          inQuote[i] = 1
          depth = 0
        }
      }
    }

    if (depth) inQuote[i] = 1

    const capital = isCapitalised(token)
    if (capital) {
      if (i !== doc.sentences[token.sentence].firstToken) midSentence.add(token.text)
      if (runStart !== -1 && tokens[runStart].sentence !== token.sentence) closeRun(i - 1)
      if (runStart === -1) runStart = i
      // A possessive closes the run: "Ukraine’s | President Volodymyr Zelenskyy".
      if (isPossessive(token)) closeRun(i)
      continue
    }

    if (runStart !== -1) {
      // Lower-case connectors inside a name ("Department of State"), and
      // "for" or "on" after an organisation's word ("Foundation for Middle
      // East Peace", "Council on Foreign Relations"; not "Iowa for Clinton",
      // "the Senate on Tuesday"). Only asked inside a run: most lower-case
      // words follow none.
      const connects =
        token.lower === 'of' ||
        token.lower === 'bin' ||
        token.lower === 'al' ||
        // "Jeremy de Souza", "Ursula von der Leyen": a particle between the
        // parts of a person's name.
        (NAME_PARTICLES.has(token.lower) && i > 0 && isCapitalised(tokens[i - 1])) ||
        ((token.lower === 'for' || token.lower === 'on') && lex.organizationNameWords.has(tokens[i - 1].text) && !lex.calendar.has(tokens[i + 1]?.text))
      if (connects && i + 1 < tokens.length && isCapitalised(tokens[i + 1]) && tokens[i + 1].sentence === token.sentence && !endsRun(i)) {
        continue
      }

      closeRun(i - 1)
    }

    noteGroupWord(i)
    notePluralHead(i)
  }

  if (runStart !== -1) closeRun(tokens.length - 1)
  closeGroup()

  // Full names by surname: a surname seen before its full name (or in a
  // headline the index could not read as a name) links to the only one.
  const fullNames = new Map<string, Set<string>>()
  for (const occurrence of occurrences) {
    const name = occurrence.name
    // A full name is a few words: a title-case headline read as one name
    // ("Donald Trump A Message About Latinos") names no surname.
    if (!name || name.kind !== 'person' || !name.hasFirstName || !name.surname || name.last - name.first > 3) continue
    const keys = fullNames.get(name.surname)
    if (keys) keys.add(occurrence.key)
    else fullNames.set(name.surname, new Set([occurrence.key]))
  }

  const fullNameOf = (surname: string): string | undefined => {
    const keys = fullNames.get(surname)
    return keys && keys.size === 1 ? keys.values().next().value : undefined
  }

  for (const occurrence of pendingSurnames) {
    const key = fullNameOf(occurrence.name!.surname!)
    if (key) occurrence.key = key
  }

  occurrences.sort((a, b) => a.start - b.start)
  // Recompute clusters now that keys are final.
  clusters.clear()
  for (const occurrence of occurrences) {
    if (occurrence.name && occurrence.name.kind === null && occurrence.name.specificity === 1) {
      const word = tokens[occurrence.first].text
      const opener = occurrence.first === doc.sentences[tokens[occurrence.first].sentence].firstToken
      if (opener && !midSentence.has(word)) continue
    }

    addToCluster(occurrence)
  }

  // Look-ups are rare (per mention, not per token): search, do not index.
  let byKey: Map<string, Occurrence[]> | undefined
  return {
    occurrences,
    clusters,
    inQuote,
    publisher,
    byline,
    fullNameOf,
    nameAt(first) {
      const start = tokens[first]?.start
      for (let i = firstStartingAt(occurrences, start); i < occurrences.length && occurrences[i].start <= start; i++) {
        if (occurrences[i].name && occurrences[i].first === first) return occurrences[i]
      }

      // A name shown with its honorific starts before its first name token.
      for (let i = firstStartingAt(occurrences, start) - 1; i >= 0 && i >= firstStartingAt(occurrences, start) - 2; i--) {
        if (occurrences[i].name && occurrences[i].first === first) return occurrences[i]
      }

      return undefined
    },
    endingAt(end) {
      // The shortest: "Bernie Sanders" rather than "Clinton and Bernie Sanders".
      for (let i = firstStartingAt(occurrences, end) - 1; i >= 0 && end - occurrences[i].start < 400; i--) {
        if (occurrences[i].end === end) return occurrences[i]
      }

      return undefined
    },
    ofKey(key) {
      if (!byKey) {
        byKey = new Map()
        for (const occurrence of occurrences) {
          const list = byKey.get(occurrence.key)
          if (list) list.push(occurrence)
          else byKey.set(occurrence.key, [occurrence])
        }
      }

      return byKey.get(key) ?? []
    }
  }

  /**
   * "This content originally appeared on Al Jazeera", "© Reuters": a text
   * names its publisher near its start or its end, so only those are read.
   */
  function findPublisher(): Publisher | null {
    const {text} = doc
    const windows: Array<[number, number]> = text.length <= 3000 ? [[0, text.length]] : [[0, 1500], [text.length - 1500, text.length]]
    for (const [from, to] of windows) {
      const window = text.slice(from, to)
      if (!mayNamePublisher(window)) continue
      const match = lex.publisherPattern.exec(window)
      if (!match) continue
      const after = from + match.index + match[0].length
      let i = 0
      while (i < tokens.length && tokens[i].start < after) i++
      const found = publisherAfter(i)
      if (found) return found
    }

    // A wire dateline: "WASHINGTON (AP) —", "SEOUL (Reuters) -".
    const dateline = /^[^\n(]{0,60}\(([^()\n]{2,40})\)\s*[—–-]/.exec(text.slice(0, 200))
    if (dateline) {
      const offset = dateline.index + dateline[0].indexOf('(') + 1
      let i = 0
      while (i < tokens.length && tokens[i].start < offset) i++
      const entity = i < tokens.length ? entityAt(doc, lex, i, tokens.length - 1) : null
      if (entity && (entity.entry.kind === 'news-agency' || entity.entry.kind === 'publication' || entity.entry.kind === 'state-media')) {
        const name = doc.text.slice(tokens[i].start, tokens[entity.last].end)
        return {name, key: nameKey(name), entity: entity.entry}
      }
    }

    return null
  }

  /** Whether `window` can match `lex.publisherPattern` (see `publisherWords`). */
  function mayNamePublisher(window: string): boolean {
    const words = lex.publisherWords
    if (!words) return true
    const lower = window.toLowerCase()
    return words.some((word) => lower.includes(word))
  }

  function publisherAfter(i: number): Publisher | null {
    let j = i
    while (j < tokens.length && (tokens[j].kind !== 'word' || tokens[j].lower === 'the')) j++
    if (j >= tokens.length) return null
    const entity = entityAt(doc, lex, j, tokens.length - 1)
    if (entity) {
      const text = doc.text.slice(tokens[j].start, tokens[entity.last].end)
      return {name: text.replace(/[.,]$/, ''), key: nameKey(text), entity: entity.entry}
    }

    let k = j
    while (k + 1 < tokens.length && isCapitalised(tokens[k + 1]) && tokens[k + 1].sentence === tokens[j].sentence) k++
    if (!isCapitalised(tokens[j])) return null
    const text = doc.text.slice(tokens[j].start, tokens[k].end)
    return {name: text, key: nameKey(text), entity: null}
  }

  /**
   * Whether the run before a connector is complete, so that the connector
   * does not join it to the name after: a person's full name ("Bernie
   * Sanders of Vermont", "Jason Leopold of Vice News": where they are from
   * or work is another name), or a group noun capitalised to open a
   * sentence ("Supporters of Sanders", "Readers of TheBlaze").
   */
  function endsRun(connector: number): boolean {
    if (tokens[connector].lower !== 'of' && tokens[connector].lower !== 'for') return false
    if (runStart === connector - 1) {
      const word = tokens[runStart].lower
      if (lex.vagueHeads.has(word) || lex.anonymousHeads.has(word)) return true
      // Any plural opening a sentence ("Backers of …"), unless an
      // organisation's word ("Friends of the Earth" is rare; "Forces of" is not).
      const opens = runStart === doc.sentences[tokens[runStart].sentence].firstToken
      if (opens && /[^s]s$/.test(word) && !lex.organizationNameWords.has(tokens[runStart].text)) return true
    }

    return isPersonName(analyseRun(doc, lex, runStart, connector - 1))
  }

  function closeRun(last: number) {
    const first = runStart
    runStart = -1
    let name = analyseRun(doc, lex, first, last)
    // "Cuban" after "Mark Cuban": a surname that also reads as a word.
    if (!name && first === last) {
      const surname = stripPossessive(tokens[first].text).toLowerCase()
      const full = bySurname.get(surname)
      if (full) {
        name = {first, last, kind: 'person', entity: null, titleFirst: null, gender: null, hasFirstName: false, surname, key: full, specificity: 1, displayFirst: first}
      }
    }

    if (!name) {
      closeGroup()
      return
    }

    const lastText = tokens[name.last].text
    const occurrence: Occurrence = {
      start: tokens[name.displayFirst].start,
      // "Leff’s" names Leff.
      end: tokens[name.last].end - (isPossessive(tokens[name.last]) ? lastText.length - lastText.replace(/['’]s?$/, '').length : 0),
      first: name.first,
      last: name.last,
      key: name.key,
      kind: name.kind,
      plural: false,
      name
    }

    // "the European Commission … the Commission": an institution's last
    // word after "the" is its short name.
    const institutionWord = stripPossessive(tokens[name.last].text)
    if (name.kind !== 'person' && lex.organizationNameWords.has(institutionWord)) {
      if (name.last > name.first) byInstitutionWord.set(institutionWord, {key: name.key, kind: name.kind})
      else if (name.first > 0 && tokens[name.first - 1].lower === 'the') {
        const full = byInstitutionWord.get(institutionWord)
        if (full) {
          occurrence.key = full.key
          occurrence.kind = full.kind
        }
      }
    }

    if (name.surname && (name.kind === 'person' || name.kind === null)) {
      if (name.specificity > 1 && name.hasFirstName) bySurname.set(name.surname, name.key)
      else if (name.specificity === 1 || !name.hasFirstName) {
        const full = bySurname.get(name.surname)
        if (full) occurrence.key = full
        else pendingSurnames.push(occurrence)
      }
    }

    occurrences.push(occurrence)
    // Titles seen with a cluster: "the president" can refer back to it.
    group.push({first: name.first, last: name.last, kind: name.kind})
    if (isPossessive(tokens[last])) closeGroup()
  }

  /** Words between names keep a coordination open; anything else closes it. */
  function noteGroupWord(i: number) {
    const token = tokens[i]
    if (group.length === 0) return
    if (groupBreak.has(token.lower) && token.sentence === tokens[group[group.length - 1].last].sentence) {
      if (token.lower === 'and' || token.lower === 'nor' || token.lower === 'or' || token.lower === '&') {
        groupHasAnd = true
        // "… and eight other countries": a plural noun phrase ends the group.
        let j = i + 1
        while (j < tokens.length && j <= i + 4 && tokens[j].kind === 'word' && !isCapitalised(tokens[j])) {
          if (/[^s]s$/.test(tokens[j].lower) && group.length >= 2) {
            group.push({first: i + 1, last: j, kind: null})
            closeGroup()
            return
          }

          j++
        }
      }

      return
    }

    closeGroup()
  }

  function closeGroup() {
    const items = group
    const hasAnd = groupHasAnd
    group = []
    groupHasAnd = false
    if (items.length < 2 || !hasAnd) return
    const named = items.find((item) => item.kind !== null)
    const first = items[0].first
    const end = items[items.length - 1].last
    groupEnd = end
    occurrences.push({
      start: tokens[first].start,
      end: tokens[end].end,
      first,
      last: end,
      key: 'G:' + phraseKey(doc.text.slice(tokens[first].start, tokens[end].end)).replace(/^(?:the|neither|either|both) /, ''),
      kind: named?.kind ?? null,
      plural: true,
      name: null
    })
  }

  /** "officials", "US and South Korean officials", "researchers": plural speakers. */
  function notePluralHead(i: number) {
    const token = tokens[i]
    // Plural nouns only: test the last letters before hashing the word.
    const lower = token.lower
    if (lower.length < 3 || lower.charCodeAt(lower.length - 1) !== 115 || lower.charCodeAt(lower.length - 2) === 115) return
    if (token.kind !== 'word' || i <= groupEnd) return
    const kind = lex.pluralHeads.get(lower)
    if (!kind) return
    let first = i
    while (first > 0 && first > i - 6) {
      const previous = tokens[first - 1]
      if (previous.sentence !== token.sentence || previous.kind !== 'word') break
      const word = previous.lower
      // A determiner opens the phrase: take it and stop.
      if (/^(?:the|some|many|most|several|other|these|those|his|her|their|its|two|three|four|five)$/.test(word)) {
        first--
        break
      }

      // "US and South Korean officials": "and" between capitalised modifiers.
      const coordinated = word === 'and' && first - 2 >= 0 && isCapitalised(tokens[first - 2]) && isCapitalised(tokens[first])
      if (coordinated || isCapitalised(previous) || /(?:ior|ese|an|ic|al|ary|ive|ent)$/.test(word)) {
        first--
        continue
      }

      break
    }

    occurrences.push({
      start: tokens[first].start,
      end: token.end,
      first,
      last: i,
      key: 'K:' + phraseKey(doc.text.slice(tokens[first].start, token.end)).replace(/^the /, ''),
      kind,
      plural: true,
      name: null
    })
  }

  function addToCluster(occurrence: Occurrence) {
    const existing = clusters.get(occurrence.key)
    const name = occurrence.name
    if (!existing) {
      const cluster: Cluster = {
        key: occurrence.key,
        kind: occurrence.kind,
        gender: name?.gender ?? null,
        entity: name?.entity ?? null,
        best: occurrence,
        roles: new Set()
      }
      noteTitles(cluster, occurrence)
      clusters.set(occurrence.key, cluster)
      return
    }

    if (existing.kind === null) existing.kind = occurrence.kind
    if (name?.gender) existing.gender ??= name.gender
    if (name && existing.best.name && name.specificity > existing.best.name.specificity) existing.best = occurrence
    noteTitles(existing, occurrence)
  }

  function noteTitles(cluster: Cluster, occurrence: Occurrence) {
    const name = occurrence.name
    if (!name || name.titleFirst === null) return
    for (let i = name.titleFirst; i < name.first; i++) {
      for (const role of roleForms(lex, bareLower(tokens[i]))) cluster.roles.add(role)
    }
    // A titled name is a person even if its run looked unknown.
    if (cluster.kind === null) cluster.kind = 'person'
  }
}

/** "By Norman Solomon" on a line of its own in the first lines of a text. */
const BYLINE = /^[ \t]*by[ \t]+(\p{Lu}[\p{L}.'’-]*(?:[ \t]+(?:\p{Lu}[\p{L}.'’-]*|de|van|von|da|di|le|la)){1,4})[ \t]*$/imu

function findByline(text: string): string | null {
  const match = BYLINE.exec(text.slice(0, 600))
  return match ? match[1] : null
}

/**
 * The last token of `phrase` (a `phraseKey`) when the text starting at token
 * `i` says it, else -1. Compares token by token, so "on condition of
 * anonymity" matches however the text spaces it: the tokens' lower-cased
 * words (curly apostrophes read as straight), a space where the text has
 * one. Compared code unit by code unit against the phrase, without building
 * the text read so far: this runs at every token that may open a phrase.
 */
export function phraseEnd(doc: Document, i: number, phrase: string): number {
  const tokens = doc.tokens
  let at = 0
  for (let j = i; j < tokens.length; j++) {
    const token = tokens[j]
    if (j > i) {
      if (token.sentence !== tokens[i].sentence) return -1
      if (token.spaceBefore && phrase.charCodeAt(at++) !== 32) return -1
    }

    const lower = token.lower
    for (let k = 0; k < lower.length; k++) {
      const code = lower.charCodeAt(k)
      // Past the phrase's end `charCodeAt` is NaN, which equals nothing.
      if (phrase.charCodeAt(at++) !== (code === 0x2019 ? 39 : code)) return -1
    }

    if (at === phrase.length) return j
  }

  return -1
}

/** Index of the first occurrence starting at or after `offset`. */
export function firstStartingAt(occurrences: Occurrence[], offset: number): number {
  return firstIndex(occurrences.length, (index) => occurrences[index].start < offset)
}
