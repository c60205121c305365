/**
 * Parties: turn every source and channel mention of the found stances into
 * a party, merging the mentions that refer to one party (names and their
 * short forms, lexicon aliases, pronouns, definite descriptions).
 *
 * The document is indexed once (`indexReferents`); each mention is then
 * analysed on its own (`analyseMention`) and resolved in text order, so a
 * pronoun only ever looks back at what the reader has already seen.
 */
import type {Document} from '../document.js'
import type {FoundStance, Party, Span} from '../types.js'
import {partyLexicons} from './lexicons.js'
import {analyseMention, analyseTokens, tokenAt, type Mention} from './mentions.js'
import {firstStartingAt, indexReferents} from './referents.js'
import {bareLower, isCapitalised, isPersonName, isPossessive} from './names.js'
import {definiteRoleHead, representativeHead} from './identity.js'
import {stripPossessive} from './normalize.js'
import {PartyBook, type Draft} from './book.js'
import {findAntecedent} from './coreference.js'
import {firstIndex} from '../../search.js'

export interface ResolvedParties {
  parties: Party[]
  /** Index-aligned with the found stances: the party of each `source`. */
  sourceParty: Array<Party | null>
  /** Index-aligned with the found stances: the party of each `channel`. */
  channelParty: Array<Party | null>
}

/** The mentions of a stance that name a party, in the order they are read. */
const roles = ['source', 'channel'] as const

interface Slot {
  stance: number
  role: 'source' | 'channel'
  span: Span
  mention: Mention
}

/** Resolve source and channel mentions to parties (kinds, coreference). */
export function resolveParties(doc: Document, found: FoundStance[]): ResolvedParties {
  const sourceDraft: Array<Draft | null> = found.map(() => null)
  const channelDraft: Array<Draft | null> = found.map(() => null)
  if (found.length === 0 || doc.tokens.length === 0) {
    return {parties: [], sourceParty: found.map(() => null), channelParty: found.map(() => null)}
  }

  const lex = partyLexicons()
  const refs = indexReferents(doc, lex)
  const book = new PartyBook(doc, lex, refs)

  const slots: Slot[] = []
  for (let index = 0; index < found.length; index++) {
    const stance = found[index]
    // A hedge ("reportedly") has no party: that is the point.
    if (stance.kind === 'hedged') continue
    for (const role of roles) {
      const span = stance[role]
      if (!span) continue
      const mention = analyseMention(doc, lex, refs, span)
      // "the number of calls", "However": no one, so no party.
      if (mention && mention.form !== 'nonparty') slots.push({stance: index, role, span, mention})
    }
  }

  slots.sort((a, b) => a.mention.span.start - b.mention.span.start || a.stance - b.stance)

  // "I" and "we" inside quotes speak for whoever is quoted: they wait until
  // the quote's speaker is known (often after the quote).
  const deferred: Slot[] = []
  for (const slot of slots) {
    const {mention} = slot
    if (mention.form === 'pronoun' && mention.pronoun && mention.pronoun.person === 1) {
      deferred.push(slot)
      continue
    }

    const draft = resolve(mention)
    if (!draft) continue
    if ((draft.kind === 'anonymous' || draft.kind === 'vague') && !draft.speaksFor && mention.form !== 'name') {
      const principal = principalOf(mention)
      if (principal && principal !== draft) draft.speaksFor = principal
    }

    assign(slot, draft)
  }

  for (const slot of deferred) {
    const speaker = speakerOf(slot.mention.span)
    const draft = speaker ?? book.unresolved(slot.mention, 'anonymous')
    book.addMention(draft, slot.mention.span)
    assign(slot, draft)
  }

  // Passive status phrases the writer owns: "could not be independently verified".
  for (let index = 0; index < found.length; index++) {
    const stance = found[index]
    if (stance.self && stance.kind !== 'hedged' && !sourceDraft[index]) sourceDraft[index] = book.self(stance.cue.start)
  }

  const {parties, partyOf} = book.finish()
  return {
    parties,
    sourceParty: sourceDraft.map((draft) => (draft ? partyOf(draft) : null)),
    channelParty: channelDraft.map((draft) => (draft ? partyOf(draft) : null))
  }

  function assign(slot: Slot, draft: Draft) {
    if (slot.role === 'source') draft.spoke = true
    // A personal pronoun is the weakest tie to a party ("they" may be the
    // wrong group): see `Draft.namedAsSource`.
    if (slot.role === 'source' && (slot.mention.form !== 'pronoun' || slot.mention.pronoun?.relative)) draft.namedAsSource = true
    if (slot.role === 'source') sourceDraft[slot.stance] = draft
    else channelDraft[slot.stance] = draft
  }

  function resolve(mention: Mention): Draft | null {
    switch (mention.form) {
      case 'self':
        return book.addMention(book.self(mention.span.start, mention), mention.span)
      case 'pronoun':
        return resolvePronoun(mention)
      case 'description': {
        const antecedent = findAntecedent(doc, refs, book, mention)
        if (antecedent) return book.addMention(antecedent, mention.span)
        return book.unresolved(mention, defaultKind(mention))
      }

      default:
        return book.named(mention)
    }
  }

  function resolvePronoun(mention: Mention): Draft | null {
    const word = mention.pronoun!.word
    if (mention.pronoun!.relative) {
      // "…, who said", "Graham — who had endorsed …", "the report, which
      // notes": the phrase right before the relative pronoun.
      let k = beforeGap(mention.first)
      // "Ted Cruz, who last year threatened …, and who has been hoping":
      // the same phrase as the first relative pronoun.
      if (k >= 0 && (doc.tokens[k].lower === 'and' || doc.tokens[k].lower === 'but')) {
        const sentence = doc.tokens[k].sentence
        let earlier = k - 1
        while (earlier >= 0 && doc.tokens[earlier].sentence === sentence && doc.tokens[earlier].lower !== word) earlier--
        if (earlier >= 0 && doc.tokens[earlier].sentence === sentence) {
          const first = book.mentionEndingAt(doc.tokens[earlier].end)
          if (first) return book.addMention(first, mention.span)
          k = beforeGap(earlier)
        }
      }

      // "Percentage of likely voters who say …", "a majority of members,
      // who …": a count of answers, whose source is the poll, not a party.
      if (k >= 0 && isShareOf(k)) return null
      if (k >= 0) {
        const noun = word === 'which' ? -1 : complementedNoun(k)
        const before = noun >= 0 ? phraseEndingAt(noun, false) : book.mentionEndingAt(doc.tokens[k].end) ?? phraseEndingAt(k, word === 'which')
        if (before) return book.addMention(before, mention.span)
      }

      return book.unresolved(mention, 'vague')
    }

    const antecedent = findAntecedent(doc, refs, book, mention)
    if (antecedent) {
      if ((word === 'he' || word === 'him' || word === 'his') && !antecedent.gender) antecedent.gender = 'male'
      if ((word === 'she' || word === 'her') && !antecedent.gender) antecedent.gender = 'female'
      return book.addMention(antecedent, mention.span)
    }

    return book.unresolved(mention, mention.plural ? 'vague' : 'anonymous')
  }

  /**
   * Whom a role speaks for, when it speaks on the record: a representative
   * ("a Vodafone spokesman", "lawyers for Menatep", "the company's
   * lawyers", "prosecutors") or a role an organisation has one holder of,
   * named definitely ("its chief executive", "the Marsh executive"). The
   * principal is what the phrase names (a possessive, a name before the
   * head, the object of "for"/"of"/"at" after it); a representative with
   * none speaks for the institution that last spoke in the three paragraphs
   * before ("The Vestey Group said … But a spokesman added"). Insiders
   * ("a METI official", "a Democratic source") speak for no one on the
   * record: they stay anonymous.
   */
  function principalOf(mention: Mention): Draft | null {
    const tokens = doc.tokens
    const head = mention.head
    if (!head) return null
    let headIndex = mention.last
    while (headIndex > mention.first && bareLower(tokens[headIndex]) !== head && stripPossessive(bareLower(tokens[headIndex])) !== head) headIndex--
    const before = headIndex > mention.first ? bareLower(tokens[headIndex - 1]) : undefined
    const representative = representativeHead(lex, head, before)
    const opener = tokens[mention.first].lower
    // "Vodafone's spokesman", or "Yukos' lawyers" with the apostrophe a token of its own.
    let possessor = -1
    for (let i = mention.first; i < headIndex; i++) {
      if (isPossessive(tokens[i])) possessor = i
      else if (i > mention.first && /^['’]s?$/.test(tokens[i].text) && !tokens[i].spaceBefore) possessor = i - 1
    }
    const definite = definiteDeterminers.has(opener) || possessor !== -1
    if (!representative && !(definite && definiteRoleHead(lex, head, before))) return null

    // "its chief executive", "their lawyers"; "…, whose attorneys said".
    if (possessivePronouns.has(opener)) return principal(analyseTokens(doc, lex, refs, mention.first, mention.first, false))
    if (opener === 'whose') {
      const relative = analyseTokens(doc, lex, refs, mention.first, mention.first, false)
      return relative.form === 'pronoun' ? identified(resolvePronoun(relative)) : null
    }

    // "the company's lawyers", "Vodafone's spokesman".
    if (possessor !== -1) return principal(analyseTokens(doc, lex, refs, mention.first, possessor, false))

    // "a Vodafone spokesman", "Menatep lawyers", "the Marsh executive".
    let runEnd = headIndex - 1
    while (runEnd >= mention.first && !isCapitalised(tokens[runEnd])) runEnd--
    if (runEnd >= mention.first) {
      let runStart = runEnd
      while (runStart > mention.first && isCapitalised(tokens[runStart - 1])) runStart--
      const named = analyseTokens(doc, lex, refs, runStart, runEnd, false)
      if (named.form === 'name') return principal(named)
    }

    // "a spokesman for the group", "lawyers for Menatep", "head of X".
    if (headIndex + 2 <= mention.last && principalPrepositions.has(tokens[headIndex + 1].lower)) {
      let end = headIndex + 2
      while (end + 1 <= mention.last && tokens[end + 1].kind === 'word' && !principalBreaks.has(tokens[end + 1].lower)) end++
      const found = principal(analyseTokens(doc, lex, refs, headIndex + 2, end, false))
      if (found) return found
    }

    // A bare "spokesman": whoever spoke last. A bare "reporter" may work for anyone.
    return /^(?:spokes|press)/.test(head) ? lastInstitutionSpeaking(mention) : null
  }

  /**
   * The party a principal phrase names, if the reader can identify it: a
   * name, the writer, or a pronoun or description that refers back to one
   * (an unresolved description still means someone definite: "lawyers for
   * the defendants"). An unnamed or loose principal ("a spokesman for some
   * firms") identifies no one.
   */
  function principal(phrase: Mention): Draft | null {
    switch (phrase.form) {
      case 'pronoun':
        return identified(findAntecedent(doc, refs, book, phrase))
      case 'description':
        return findAntecedent(doc, refs, book, phrase) ?? book.unresolved(phrase, defaultKind(phrase))
      case 'self':
        return book.self(phrase.span.start, phrase)
      case 'nonparty':
        return null
      default:
        return phrase.kind === 'anonymous' || phrase.kind === 'vague' ? (phrase.collective ? book.named(phrase) : null) : book.named(phrase)
    }
  }

  /** A principal the reader can identify: not itself an unnamed or loose party. */
  function identified(draft: Draft | null): Draft | null {
    if (!draft) return null
    return (draft.kind !== 'anonymous' && draft.kind !== 'vague') || draft.unresolved || draft.collective ? draft : null
  }

  /**
   * Whom a bare "a spokesman" speaks for: the organisation or government
   * that last spoke, in its paragraph or the three before; else the party
   * last named in its paragraph or the one before, quoted words included
   * ("“Governor Romney has no plans to attend,” a spokesman said").
   */
  function lastInstitutionSpeaking(mention: Mention): Draft | null {
    const paragraph = doc.tokens[mention.first].paragraph
    const sightings = book.sightings
    for (let index = sightings.length - 1; index >= 0; index--) {
      const sighting = sightings[index]
      if (sighting.end > mention.span.start) continue
      if (sighting.paragraph < paragraph - 3) break
      const draft = sighting.draft
      if (draft.spoke && !sighting.quoted && (draft.kind === 'organization' || draft.kind === 'government')) return draft
    }

    for (let index = firstStartingAt(refs.occurrences, mention.span.start) - 1; index >= 0; index--) {
      const occurrence = refs.occurrences[index]
      if (doc.tokens[occurrence.last].paragraph < paragraph - 1) break
      const kind = refs.clusters.get(occurrence.key)?.kind ?? occurrence.kind
      if (occurrence.name && (kind === 'person' || kind === 'organization' || kind === 'government')) return book.fromOccurrence(occurrence)
    }

    return null
  }

  /**
   * Whether the noun phrase ending at token `k` is a share of a group
   * ("percentage of likely voters", "40 percent of those polled"), not a
   * count of people ("dozens of women who claim …" are accusers).
   */
  function isShareOf(k: number): boolean {
    const tokens = doc.tokens
    let of = k
    while (of > 0 && k - of < 6 && tokens[of].kind === 'word' && tokens[of].sentence === tokens[k].sentence && tokens[of].lower !== 'of') of--
    if (tokens[of].lower !== 'of' || of < 1) return false
    const share = tokens[of - 1].lower
    return lex.people.quantities.has(share) && !COUNTS.has(share)
  }

  /** The last token before `index` that is not a comma, dash, bracket or quote mark (-1 for none). */
  function beforeGap(index: number): number {
    let k = index - 1
    while (k >= 0 && relativeGap.has(doc.tokens[k].text)) k--
    return k
  }

  /**
   * The noun phrase that ends at token `k`, as a party: "researchers, who
   * …", "the 1 percent who …", "the Associated Press report, which …".
   * `thing` for "which", said of things and institutions rather than people.
   */
  function phraseEndingAt(k: number, thing: boolean): Draft | null {
    const tokens = doc.tokens
    const head = tokens[k]
    if (head.kind !== 'word') return null
    // The word before the pronoun must be able to end a noun phrase: not a
    // function word ("told her but who"), not a verb or adverb form ("the
    // vote was delayed, which …" refers to the clause, no party).
    const headWord = head.lower.replace(/['’]s?$/, '')
    if (notPhraseEnds.has(headWord) || (!isCapitalised(head) && /(?:ed|ing|ly)$/.test(headWord))) return null
    if (!thing) {
      const noun = complementedNoun(k)
      if (noun >= 0) return phraseEndingAt(noun, thing)
    }

    const personal = lex.anonymousHeads.has(headWord) || lex.roles.has(headWord) || lex.gendered.has(headWord) || lex.vagueHeads.has(headWord)
    if (thing && !isCapitalised(head) && personal) return null
    let start = k
    while (start > 0 && k - start < 8) {
      const previous = tokens[start - 1]
      if (previous.kind !== 'word' || previous.sentence !== head.sentence) break
      if (/^(?:said|says|told|and|or|but|that|which|who|is|was|are|were|has|have|had|by|with|from|in|on|to|of|for|at|as|according)$/.test(previous.lower)) break
      // A verb form ends the phrase, unless a determiner makes it an
      // adjective ("the ranking Democrat", "a leading critic").
      if (!isCapitalised(previous) && /(?:ing|ed)$/.test(previous.lower) && !(start >= 2 && phraseOpeners.test(tokens[start - 2].lower))) break
      start--
      if (phraseOpeners.test(previous.lower)) break
    }

    if (!thing && start >= 2) {
      // "Democrats across the country, who …", "a plaintiff in the lawsuit
      // who …": a place or thing after a preposition is not who is meant.
      if (!personal && !isCapitalised(head) && placePrepositions.has(tokens[start - 1].lower)) return phraseEndingAt(start - 2, thing)
      // "Donald Trump, the presumptive nominee, who …": the name the
      // description stands beside.
      // "Sen. Dianne Feinstein of California, the ranking Democrat …,
      // who": the name the place after it complements.
      if (tokens[start - 1].text === ',' && !isCapitalised(tokens[start])) {
        const noun = complementedNoun(start - 2)
        const name = noun >= 0 ? noun : start - 2
        const named = book.mentionEndingAt(tokens[name].end)
        if (named) return named
        if (isCapitalised(tokens[name])) return phraseEndingAt(name, thing)
      }
    }

    const mention = analyseTokens(doc, lex, refs, start, k, true)
    if (mention.form === 'pronoun' || mention.form === 'nonparty') return null
    if (mention.form === 'description') {
      return findAntecedent(doc, refs, book, mention) ?? book.unresolved(mention, defaultKind(mention))
    }

    if (mention.form === 'self') return book.self(mention.span.start, mention)
    return book.named(mention)
  }

  /**
   * "Mara Quint, the director of the Institute for Coastal Research, who
   * …", "a senator from Texas, who …": when the words ending at token `k`
   * name an organisation or place after a preposition, the index of the
   * word before the preposition — the noun it complements, which is who a
   * personal relative pronoun means; else −1. A person there ("the wife of
   * Bill Clinton, who") or a group ("a lot of Americans, who") may be meant,
   * and so may a description ("a reversal for the Wisconsin Republican, who").
   */
  function complementedNoun(k: number): number {
    const tokens = doc.tokens
    const sentence = tokens[k].sentence
    let start = k
    while (start > 0 && tokens[start - 1].sentence === sentence && isCapitalised(tokens[start - 1])) start--
    if (!isCapitalised(tokens[start])) return -1
    if (start > 0 && tokens[start - 1].lower === 'the') start--
    if (start < 2 || !complementPrepositions.has(tokens[start - 1].lower)) return -1
    // "Senator Ted Cruz of Texas, who": after a person's name, the place
    // is where they are from.
    if (isKnownPerson(start - 2)) return start - 2
    const mention = analyseTokens(doc, lex, refs, start, k, true)
    // A plural ("Senate Republicans") may be the group meant: names that
    // look plural are stepped over only when an organisation's word ends
    // them ("Vice News"), not a place that may be a group ("Texas").
    const plural = (mention.plural || /[^su]s$/.test(tokens[k].lower)) && !lex.organizationNameWords.has(tokens[k].text)
    if (plural || (mention.form !== 'name' && mention.form !== 'common')) return -1
    if (mention.kind === 'person' && isPersonName(mention.name)) return -1
    return isKnownPerson(k, start) ? -1 : start - 2
  }

  /**
   * Whether the name ending at token `k` is a person's by what the text
   * says of them: a first name, a title or a name of two words, there or
   * where the text names them in full ("Trump" after "Donald Trump"). A
   * lone capitalised word the lexicons do not know ("California") is taken
   * for a person elsewhere; here that guess would keep a place for who is
   * meant. With `start`, an occurrence that runs back before it ("Dianne
   * Feinstein of California", joined over the preposition) does not count.
   */
  function isKnownPerson(k: number, start = 0): boolean {
    if (k < 0 || !isCapitalised(doc.tokens[k])) return false
    const occurrence = refs.endingAt(doc.tokens[k].end)
    if (!occurrence || occurrence.first < start) return false
    const cluster = refs.clusters.get(occurrence.key)
    return cluster?.kind === 'person' && isPersonName(cluster.best.name)
  }

  /** Index of the first found stance whose cue starts at or after `offset`. */
  function firstCueAfter(offset: number): number {
    return firstIndex(found.length, (index) => found[index].cue.start < offset)
  }

  /** The party quoted around `span`: the source of the stance whose content holds it. */
  function speakerOf(span: Span): Draft | null {
    let best: {draft: Draft; size: number} | null = null
    // Found stances are sorted by cue: only those near the span can quote it.
    for (let index = firstCueAfter(span.start - 4000); index < found.length && found[index].cue.start < span.end + 4000; index++) {
      const stance = found[index]
      const content = stance.content
      const draft = sourceDraft[index]
      if (!content || !draft) continue
      if (content.start <= span.start && content.end >= span.end) {
        const size = content.end - content.start
        if (!best || size < best.size) best = {draft, size}
      }
    }

    if (best) return best.draft
    // A quote without a found content: the nearest stance after it in the paragraph.
    const paragraph = doc.tokens[tokenAt(doc, span.start)].paragraph
    for (let index = firstCueAfter(span.end); index < found.length; index++) {
      const stance = found[index]
      const draft = sourceDraft[index]
      if (doc.tokens[tokenAt(doc, stance.cue.start)]?.paragraph !== paragraph) break
      if (draft) return draft
    }

    return null
  }
}

const definiteDeterminers = new Set(['the', 'this', 'that', 'its', 'his', 'her', 'their'])
const possessivePronouns = new Set(['its', 'his', 'her', 'their'])
/** What ties a representative to its principal: "a spokesman for …", "head of …", "a lawyer at …". */
const principalPrepositions = new Set(['for', 'of', 'at', 'to', 'with'])
/** Quantities that count people rather than share out answers. */
const COUNTS = new Set(['number', 'numbers', 'handful', 'dozen', 'dozens', 'hundreds', 'thousands', 'millions', 'total', 'rest', 'bulk'])

/** Where the principal's noun phrase ends inside a source. */
const principalBreaks = new Set(['who', 'which', 'that', 'said', 'says', 'and', 'or'])

/** What may stand between a relative pronoun and its phrase: "Francis, who", "Graham — who", "(NIS), which". */
const relativeGap = new Set([',', '(', ')', '—', '–', '-', '--', '"', '”', "''"])

/** Prepositions of place or setting after a noun ("Democrats across the country"). */
const placePrepositions = new Set(['across', 'around', 'in', 'throughout', 'on', 'at', 'inside', 'outside'])

/** Determiners that open a noun phrase. */
const phraseOpeners = /^(?:the|a|an|his|her|their|its|some|many|several|one|two|three)$/

/** Prepositions that tie a complement to the noun before it ("the president of …", "a senator from …"). */
const complementPrepositions = new Set(['of', 'for', 'at', 'from', 'with', ...placePrepositions])

/** Words that cannot end the phrase a relative pronoun refers to. */
const notPhraseEnds = new Set(
  ('and or but nor so yet if than then because although though while as of in on at to for from by with about into over ' +
    'after before between during without through against among not no never also only just even still too very ' +
    'her him them it us me you there here is are was were be been has have had do does did will would ' +
    'can could may might must should said says say told').split(' ')
)

function defaultKind(mention: Mention): Draft['kind'] {
  switch (mention.headClass) {
    case 'role':
      return 'anonymous'
    case 'organ':
      return 'government'
    case 'publication':
      return 'publication'
    case 'organization':
      return 'organization'
    default:
      return 'vague'
  }
}

