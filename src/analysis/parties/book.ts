/**
 * The parties of one document while they are being resolved: drafts keyed by
 * what makes two mentions one party, with the most specific name seen so
 * far, the mentions in text order, and what coreference needs (gender,
 * number, role words). `finish` numbers them in order of first mention.
 */
import type {Document} from '../document.js'
import {tokenEndingAfter} from '../document.js'
import type {Party, PartyKind, Span} from '../types.js'
import {roleForms, type Gender, type PartyLexicons} from './lexicons.js'
import {descriptorAround, type Mention} from './mentions.js'
import {bareLower} from './names.js'
import {phraseEnd, type Occurrence, type Referents} from './referents.js'
import {isAcronym, phraseKey, stripPossessive, withoutContraction} from './normalize.js'
import {firstIndex} from '../../search.js'

export interface Draft {
  kind: PartyKind
  name: string
  specificity: number
  descriptor: string | null
  mentions: Span[]
  keys: Set<string>
  gender: Gender | null
  plural: boolean
  /** Role words seen with it (titles, descriptor words, description heads). */
  roles: Set<string>
  /** Where it is first referred to (for parties without a mention: the cue). */
  anchor: number
  /** The whole text was searched for a descriptor already. */
  descriptorSearched?: boolean
  /** It is the source of a stance (it speaks, not only appears). */
  spoke?: boolean
  /** `start:end` of every mention, to add each once. */
  seen: Set<string>
  /** The principal it speaks for ("a Vodafone spokesman" → Vodafone): see `Party.speaksFor`. */
  speaksFor?: Draft
  /** A named collective: see `Party.collective`. */
  collective?: boolean
  /** Polls or data: see `Party.measurement`. */
  measurement?: boolean
  /** A definite description nothing before it could resolve: see `Party.unresolved`. */
  unresolved?: boolean
  /** It is the source of a stance through a mention that is no personal pronoun. */
  namedAsSource?: boolean
}

/** A mention of a draft in the text, for looking back. */
export interface Sighting {
  start: number
  end: number
  /** Paragraph of the mention's last token. */
  paragraph: number
  /** The mention is inside quotation marks. */
  quoted: boolean
  draft: Draft
}

const weakKinds = new Set<PartyKind>(['vague', 'anonymous'])

export class PartyBook {
  readonly drafts: Draft[] = []
  /** Mentions added so far, in the order added (text order, mostly). */
  readonly sightings: Sighting[] = []
  private readonly byKey = new Map<string, Draft>()
  private selfDraft: Draft | null = null

  constructor(
    private readonly doc: Document,
    private readonly lex: PartyLexicons,
    private readonly refs: Referents
  ) {}

  draftFor(key: string): Draft | undefined {
    return this.byKey.get(key)
  }

  /** A named or described party: found by key, or new. */
  named(mention: Mention): Draft {
    const key = mention.key
    let draft = this.byKey.get(key)
    const kind = mention.kind ?? 'vague'
    if (!draft) {
      draft = this.create(key, kind, mention.display, mention.specificity, mention.span.start)
      draft.plural = mention.plural
    } else if (weakKinds.has(draft.kind) && !weakKinds.has(kind)) {
      draft.kind = kind
    }

    if (mention.gender) draft.gender ??= mention.gender
    if (mention.specificity > draft.specificity) {
      draft.name = mention.display
      draft.specificity = mention.specificity
    }

    if (mention.collective) draft.collective = true
    if (mention.measurement) draft.measurement = true
    if (mention.head && mention.form !== 'name') draft.roles.add(mention.head)
    const name = mention.name
    if (name) {
      if (name.titleFirst !== null) {
        for (let i = name.titleFirst; i < name.first; i++) {
          for (const role of roleForms(this.lex, bareLower(this.doc.tokens[i]))) draft.roles.add(role)
        }
      }

      if (draft.kind === 'person') draft.descriptor ??= descriptorAround(this.doc, this.lex, name)
      this.learnFromCluster(draft, key)
    }

    return this.addMention(draft, mention.span)
  }

  /**
   * A party for a doc occurrence (an antecedent that was not a source).
   * `unknownKind` is what the words that refer to it say it is, when the
   * name alone does not ("Vodafone … the operator": an organisation).
   */
  fromOccurrence(occurrence: Occurrence, unknownKind: PartyKind = 'vague'): Draft {
    let draft = this.byKey.get(occurrence.key)
    if (!draft) {
      const cluster = this.refs.clusters.get(occurrence.key)
      const best = cluster?.best ?? occurrence
      const text = stripPossessive(this.doc.text.slice(best.start, best.end))
      const kind = cluster?.kind ?? occurrence.kind ?? unknownKind
      draft = this.create(occurrence.key, kind, text, best.name?.specificity ?? best.last - best.first + 1, occurrence.start)
      draft.plural = occurrence.plural
      if (cluster?.gender) draft.gender = cluster.gender
      this.learnFromCluster(draft, occurrence.key)
    }

    return this.addMention(draft, {start: occurrence.start, end: occurrence.end, text: this.doc.text.slice(occurrence.start, occurrence.end)})
  }

  /**
   * A mention nothing could resolve: its own party, never a guess. A
   * definite description ("the groups", "the company's chief executive")
   * means someone the writer has in mind: `unresolved` marks it so.
   */
  unresolved(mention: Mention, kind: PartyKind): Draft {
    const key = 'U:' + mention.span.start
    const draft = this.byKey.get(key) ?? this.create(key, kind, mention.display, 0, mention.span.start)
    if (mention.form === 'description') draft.unresolved = true
    draft.plural = mention.plural
    if (mention.head) draft.roles.add(mention.head)
    return this.addMention(draft, mention.span)
  }

  /** The writer / publication. */
  self(anchor: number, mention?: Mention): Draft {
    if (!this.selfDraft) {
      // The outlet that published the text, else its author's byline ("I"
      // in an op-ed is the author).
      const name = this.refs.publisher?.name ?? this.refs.byline ?? mention?.display ?? 'the publication'
      this.selfDraft = this.create('SELF', 'self', name, this.refs.publisher || this.refs.byline ? 10 : 0, anchor)
    }

    this.selfDraft.anchor = Math.min(this.selfDraft.anchor, anchor)
    return this.selfDraft
  }

  addMention(draft: Draft, span: Span): Draft {
    const key = span.start + ':' + span.end
    if (!draft.seen.has(key)) {
      draft.seen.add(key)
      draft.mentions.push(span)
      // Keep sightings sorted by end: coreference walks them backwards.
      let at = this.sightings.length
      while (at > 0 && this.sightings[at - 1].end > span.end) at--
      const last = tokenIndex(this.doc, Math.max(span.start, span.end - 1))
      const paragraph = this.doc.tokens[last].paragraph
      const quoted = this.refs.inQuote[last] === 1
      this.sightings.splice(at, 0, {start: span.start, end: span.end, paragraph, quoted, draft})
    }

    return draft
  }

  /** The party with a mention (or doc occurrence) ending exactly at `end`. */
  mentionEndingAt(end: number): Draft | null {
    // Sightings are sorted by end: search, the text may be long.
    const sightings = this.sightings
    const low = firstIndex(sightings.length, (index) => sightings[index].end < end)
    if (low < this.sightings.length && this.sightings[low].end === end) return this.sightings[low].draft

    const occurrence = this.refs.endingAt(end)
    return occurrence && (occurrence.kind || this.refs.clusters.get(occurrence.key)?.kind) ? this.fromOccurrence(occurrence) : null
  }

  finish(): {parties: Party[]; partyOf: (draft: Draft) => Party} {
    const ordered = this.drafts
      // A fold, not Math.min(...spread): a party can have a mention per
      // paragraph of a long draft (140,000), past what a call's arguments hold.
      .map((draft) => ({draft, first: draft.mentions.reduce((first, span) => Math.min(first, span.start), draft.anchor)}))
      .sort((a, b) => a.first - b.first)
    const map = new Map<Draft, Party>()
    const parties = ordered.map(({draft}, index) => {
      const mentions = [...draft.mentions].sort((a, b) => a.start - b.start)
      const party: Party = {
        id: 'p' + (index + 1),
        name: draft.name,
        kind: draft.kind,
        descriptor: draft.descriptor,
        mentions
      }
      if (draft.kind === 'anonymous') party.anonymity = this.anonymityOf(mentions)
      // "they", "You’ve": a pronoun, with or without a contracted verb.
      if (draft.unresolved || mentions.every((mention) => this.lex.pronouns.has(withoutContraction(phraseKey(mention.text))))) party.unresolved = true
      // An unnamed or loose group that speaks only through "they" or "he"
      // is where a pronoun was resolved to the nearest group, which is as
      // often the wrong one ("other countries … they fear"): not a source
      // the rules may call anonymous.
      if (weakKinds.has(draft.kind) && draft.spoke && !draft.namedAsSource) party.unresolved = true
      if (draft.collective) party.collective = true
      if (draft.measurement) party.measurement = true
      map.set(draft, party)
      return party
    })
    for (const [draft, party] of map) {
      const principal = draft.speaksFor && map.get(draft.speaksFor)
      if (principal && principal !== party) party.speaksFor = principal.id
    }

    return {parties, partyOf: (draft) => map.get(draft)!}
  }

  private create(key: string, kind: PartyKind, name: string, specificity: number, anchor: number): Draft {
    const draft: Draft = {
      kind,
      name,
      specificity,
      descriptor: null,
      mentions: [],
      keys: new Set([key]),
      gender: null,
      plural: false,
      roles: new Set(),
      anchor,
      seen: new Set()
    }
    this.drafts.push(draft)
    this.byKey.set(key, draft)
    return draft
  }

  /** Take the fullest name, gender, titles and a descriptor from the whole text. */
  private learnFromCluster(draft: Draft, key: string) {
    const cluster = this.refs.clusters.get(key)
    if (!cluster) return
    if (cluster.gender) draft.gender ??= cluster.gender
    for (const role of cluster.roles) draft.roles.add(role)
    const best = cluster.best
    if (best.name && best.name.specificity > draft.specificity) {
      const fuller = stripPossessive(this.doc.text.slice(best.start, best.end))
      // "NIS" seen as "National Intelligence Service": keep the acronym too.
      draft.name = isAcronym(draft.name) && !fuller.includes(draft.name) ? fuller + ' (' + draft.name + ')' : fuller
      draft.specificity = best.name.specificity
      // Where the name comes from refers to the party too.
      this.addMention(draft, {start: best.start, end: best.end, text: this.doc.text.slice(best.start, best.end)})
    }

    if (draft.kind !== 'person' || draft.descriptorSearched) return
    draft.descriptorSearched = true
    // Every role the text gives the person ("the candidate" can then find
    // "Republican presidential candidate Donald Trump"); the first is the descriptor.
    const occurrences = this.refs.ofKey(key)
    for (let index = 0; index < occurrences.length && index < 40; index++) {
      const name = occurrences[index].name
      if (!name) continue
      const descriptor = descriptorAround(this.doc, this.lex, name)
      if (!descriptor) continue
      draft.descriptor ??= descriptor
      for (const word of descriptor.toLowerCase().split(/[^\p{L}-]+/u)) {
        if (this.lex.roles.has(word) || this.lex.anonymousHeads.has(word)) for (const role of roleForms(this.lex, word)) draft.roles.add(role)
      }
    }
  }

  /** Where the anonymity phrases of the lexicon start in sentences `[from, to]`. */
  private anonymityCuesIn(from: number, to: number): Array<{first: number; last: number}> {
    const found: Array<{first: number; last: number}> = []
    const sentences = this.doc.sentences
    if (from >= sentences.length) return found
    const end = sentences[Math.min(to, sentences.length - 1)].endToken
    for (let i = sentences[from].firstToken; i < end; i++) {
      const phrases = this.lex.anonymityCueStarts.get(this.doc.tokens[i].lower)
      if (!phrases) continue
      for (const phrase of phrases) {
        const last = phraseEnd(this.doc, i, phrase)
        if (last !== -1) found.push({first: i, last})
      }
    }

    return found
  }

  /** "spoke on condition of anonymity because …" near one of the mentions. */
  private anonymityOf(mentions: Span[]): Span | null {
    const tokens = this.doc.tokens
    for (const mention of mentions) {
      const sentence = tokens[tokenIndex(this.doc, mention.start)].sentence
      for (const cue of this.anonymityCuesIn(sentence, sentence + 1)) {
        const cueSentence = tokens[cue.first].sentence
        let first = cue.first
        if (first > 0 && /^(?:spoke|speaking|talked|talking|requested|asked|insisted|who|were|was)$/.test(tokens[first - 1].lower)) first--
        let last = cue.last
        while (last + 1 < tokens.length && tokens[last + 1].sentence === cueSentence) {
          const next = tokens[last + 1]
          if (next.kind === 'punctuation') {
            const after = tokens[last + 2]
            if (next.text === ',' && after && /^(?:because|as|since)$/.test(after.lower)) {
              last++
              continue
            }

            break
          }

          last++
        }

        const start = tokens[first].start
        const end = tokens[last].end
        return {start, end, text: this.doc.text.slice(start, end)}
      }
    }

    return null
  }
}

/** The first token ending after `offset`, or the last token. */
function tokenIndex(doc: Document, offset: number): number {
  return Math.max(0, Math.min(tokenEndingAfter(doc, offset), doc.tokens.length - 1))
}

