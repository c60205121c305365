/**
 * Resolve a pronoun ("he", "she", "they", "it") or a definite description
 * ("the official", "the agency", "the president") to the nearest compatible
 * party or named thing before it: gender and number must agree, and a
 * description's head must fit (an agency is an organization or an outlet; an
 * official is an unnamed source or a person with a role).
 */
import type {Document} from '../document.js'
import {textSpan, tokenStartingFrom} from '../document.js'
import type {PartyKind} from '../types.js'
import {partyLexicons, type Gender} from './lexicons.js'
import {kindOfHead, type Mention} from './mentions.js'
import type {PartyBook, Draft} from './book.js'
import type {Occurrence, Referents} from './referents.js'
import {firstStartingAt} from './referents.js'

/** How far back to look, in paragraphs (news paragraphs are short). */
const pronounReach = 4
const descriptionReach = 12
/** At most this many candidates are weighed. */
const maxCandidates = 120

const institutions = new Set<PartyKind>(['organization', 'government', 'state-media', 'news-agency', 'publication'])
const outlets = new Set<PartyKind>(['state-media', 'news-agency', 'publication'])

/** What coreference needs to know about a candidate. */
interface View {
  kind: PartyKind | null
  gender: Gender | null
  plural: boolean
  roles: Set<string>
  /** Has a title or a descriptor: a person "with a role". */
  hasRole: boolean
  /** Lower-cased name and descriptor (made only when a description asks). */
  text: () => string
  /**
   * A lone capitalised word taken for a person's surname only for want of
   * anything else ("Vodafone"): "it" or "the operator" may mean it.
   */
  guessedPerson: boolean
}

const noRoles: Set<string> = new Set()

/** A compatible candidate, before one is chosen. */
interface Candidate {
  draft: Draft | null
  occurrence: Occurrence | null
  view: View
  paragraph: number
  quoted: boolean
  /** A name that opens its sentence: the subject the paragraph is about. */
  subject: boolean
  /** The sentence of the candidate's mention. */
  sentence: number
}

/** How many compatible candidates are weighed against each other. */
const maxCompatible = 6

export function findAntecedent(doc: Document, refs: Referents, book: PartyBook, mention: Mention): Draft | null {
  const tokens = doc.tokens
  const start = mention.span.start
  const paragraph = tokens[mention.first].paragraph
  const reach = mention.form === 'pronoun' ? pronounReach : descriptionReach
  const minParagraph = paragraph - reach
  const candidates: Candidate[] = []

  // Walk back over two sorted lists at once: the book's sightings (added in
  // text order) and the document's occurrences.
  const sightings = book.sightings
  let s = sightings.length - 1
  while (s >= 0 && sightings[s].end > start) s--
  let o = firstStartingAt(refs.occurrences, start) - 1
  let weighed = 0

  while ((s >= 0 || o >= 0) && weighed < maxCandidates && candidates.length < maxCompatible) {
    weighed++
    const sighting = s >= 0 ? sightings[s] : null
    const occurrence = o >= 0 ? refs.occurrences[o] : null
    const takeSighting = sighting && (!occurrence || sighting.end >= occurrence.end)
    const reached = takeSighting ? sighting!.paragraph : tokens[occurrence!.last].paragraph
    if (reached < minParagraph) break

    if (takeSighting) {
      s--
      const draft = sighting!.draft
      if (sighting!.end > start || hasDraft(candidates, draft)) continue
      const view = viewOfDraft(draft)
      if (compatible(mention, view)) {
        candidates.push({draft, occurrence: null, view, paragraph: reached, quoted: sighting!.quoted, subject: false, sentence: tokens[tokenStartingFrom(doc, sighting!.start)].sentence})
      }
      continue
    }

    o--
    const item = occurrence!
    if (item.end > start) continue
    const existing = book.draftFor(item.key)
    if (existing && hasDraft(candidates, existing)) continue
    const view = existing ? viewOfDraft(existing) : viewOfOccurrence(refs, doc, item)
    if (compatible(mention, view)) {
      candidates.push({
        draft: existing ?? null,
        occurrence: item,
        view,
        paragraph: reached,
        quoted: refs.inQuote[item.first] === 1,
        subject: !view.guessedPerson && opensSentence(doc, item.first),
        sentence: tokens[item.first].sentence
      })
    }
  }

  const sentence = tokens[mention.first].sentence
  const opens = mention.form === 'pronoun' && mention.first === doc.sentences[sentence].firstToken
  const chosen = choose(mention, candidates, paragraph, refs.inQuote[mention.first] === 1, opens ? sentence : -1)
  if (!chosen) return null
  if (chosen.draft) return chosen.occurrence ? book.addMention(chosen.draft, textSpan(doc, chosen.occurrence.start, chosen.occurrence.end)) : chosen.draft
  return book.fromOccurrence(chosen.occurrence!, referredKind(mention))
}

/**
 * Whether a candidate already stands for `draft`. A loop rather than
 * `candidates.some` with an arrow: a closure over the walk's loop variables
 * makes V8 allocate the loop body's scope at every step of the walk.
 */
function hasDraft(candidates: Candidate[], draft: Draft): boolean {
  for (const candidate of candidates) if (candidate.draft === draft) return true
  return false
}

/**
 * The nearest compatible candidate, unless a better one is close: outside
 * quotations a pronoun seldom means someone named inside one; a pronoun
 * source ("…,” he said) is most often someone who has just spoken; a
 * pronoun that opens its sentence is most often the subject of the one
 * before; and a known gender beats an unknown one.
 */
function choose(mention: Mention, candidates: Candidate[], paragraph: number, quoted: boolean, subjectOf: number): Candidate | null {
  let pool = candidates
  if (!quoted) {
    const outside = pool.filter((candidate) => !candidate.quoted)
    if (outside.length > 0) pool = outside
  }

  if (pool.length === 0) return null
  const nearest = pool[0]
  if (mention.form !== 'pronoun') return nearest
  if (nearest.draft?.spoke) return nearest
  // "Mrs. Clinton did not hesitate. “…,” she said": the subject that opens
  // the pronoun's own paragraph is who it means, not the last speaker of
  // the paragraph before (who asked the question).
  if (nearest.subject && nearest.paragraph === paragraph) return nearest
  // "Jay Carney, a former press secretary for Mr. Obama, is now at Amazon.
  // He declined to comment": a pronoun that opens its sentence continues
  // the subject of the sentence before, not a name inside its apposition.
  if (subjectOf > 0 && !nearest.draft?.spoke) {
    const previous = pool.find((candidate) => candidate.subject && candidate.sentence === subjectOf - 1)
    if (previous) return previous
  }

  const close = pool.filter((candidate) => candidate.paragraph >= paragraph - 1)
  const speaker = close.find((candidate) => candidate.draft?.spoke)
  if (speaker) return speaker

  const gender = mention.pronoun?.gender
  if ((gender === 'male' || gender === 'female') && nearest.view.gender === null) {
    const known = close.find((candidate) => candidate.view.gender === gender)
    if (known) return known
  }

  return nearest
}

/**
 * Whether the token opens its sentence: nothing before it but punctuation
 * and the capitalised words of the same name ("Mrs. Clinton", "Sen. Ted
 * Cruz").
 */
function opensSentence(doc: Document, token: number): boolean {
  const tokens = doc.tokens
  const first = doc.sentences[tokens[token].sentence].firstToken
  // A title and a name are a few words: no scan of a long run of capitals.
  if (token - first > 8) return false
  for (let i = first; i < token; i++) {
    if (tokens[i].kind === 'word' ? !/^\p{Lu}/u.test(tokens[i].text) : i > first && tokens[i - 1].kind === 'word') return false
  }

  return true
}

/** What a pronoun or description says its antecedent is, for a name that does not say it itself. */
function referredKind(mention: Mention): PartyKind {
  if (mention.form === 'pronoun') return mention.pronoun?.gender === 'neuter' ? 'organization' : 'person'
  return kindOfHead(mention.headClass) ?? 'person'
}

function viewOfDraft(draft: Draft): View {
  return {
    kind: draft.kind,
    gender: draft.gender,
    plural: draft.plural,
    roles: draft.roles,
    hasRole: draft.roles.size > 0 || draft.descriptor !== null,
    text: () => (draft.name + ' ' + (draft.descriptor ?? '')).toLowerCase(),
    guessedPerson: draft.kind === 'person' && draft.gender === null && draft.roles.size === 0 && draft.descriptor === null && !/\s/.test(draft.name)
  }
}

function viewOfOccurrence(refs: Referents, doc: Document, occurrence: Occurrence): View {
  const cluster = refs.clusters.get(occurrence.key)
  // Unclustered single words (sentence openers) are no antecedents.
  if (!cluster && occurrence.name) return {kind: null, gender: null, plural: false, roles: noRoles, hasRole: false, text: () => '', guessedPerson: false}
  const best = cluster?.best.name
  // A lone unknown capitalised word the text uses as a name ("Vodafone"):
  // a person's surname or an organisation, as the words around it tell.
  const unknown = (cluster?.kind ?? occurrence.kind) === null && best?.specificity === 1 && !best.hasFirstName && best.titleFirst === null
  const kind = unknown ? 'person' : cluster?.kind ?? occurrence.kind
  return {
    kind,
    gender: cluster?.gender ?? null,
    plural: occurrence.plural,
    roles: cluster?.roles ?? noRoles,
    hasRole: (cluster?.roles.size ?? 0) > 0,
    text: () => doc.text.slice(occurrence.start, occurrence.end).toLowerCase(),
    guessedPerson:
      kind === 'person' && !cluster?.gender && (cluster?.roles.size ?? 0) === 0 && best !== null && best !== undefined && best.specificity === 1 && !best.hasFirstName && best.titleFirst === null
  }
}

function compatible(mention: Mention, view: View): boolean {
  if (!view.kind) return false
  if (mention.form === 'pronoun') {
    const pronoun = mention.pronoun!
    if (pronoun.gender === 'male' || pronoun.gender === 'female') {
      if (view.plural) return false
      if (view.kind !== 'person' && view.kind !== 'anonymous') return false
      return view.gender === null || view.gender === pronoun.gender
    }

    if (pronoun.gender === 'neuter') return !view.plural && (institutions.has(view.kind) || view.guessedPerson)
    if (pronoun.number === 'plural') return view.plural
    return false
  }

  // Definite descriptions.
  const head = mention.head ?? ''
  switch (mention.headClass) {
    case 'role': {
      if (view.plural !== mention.plural) return false
      const singular = head.replace(/s$/, '')
      // "the official" may be the unnamed spokesman before it; "the state
      // officials" are officials named so before, not any unnamed group.
      if (view.kind === 'anonymous') return (head.startsWith('official') && !mention.plural) || view.text().includes(singular)
      if (view.kind !== 'person') return false
      if (head.startsWith('official')) return view.hasRole
      return view.roles.has(singular) || view.text().includes(singular)
    }

    case 'organization': {
      // "the university", "the Trump campaign": a body whose name says so,
      // not Exxon, Boston or any name before.
      const named = partyLexicons().organizationNamedHeads.has(head)
      if (view.guessedPerson && !view.plural) return !named || view.text().includes(head)
      if (!institutions.has(view.kind) || view.plural) return false
      if (view.text().includes(head)) return true
      if (named) return false
      if (head === 'agency') return view.kind === 'news-agency' || view.kind === 'state-media' || view.kind === 'organization'
      if (/^(?:outlet|network|channel|station|newspaper|broadcaster|publisher)$/.test(head)) return outlets.has(view.kind)
      // "the company", "the operator", "the lender": any organisation's noun
      // refers back to an organisation (not to an outlet or a government).
      return view.kind === 'organization'
    }

    case 'organ':
      if (view.kind !== 'government') return false
      // "the administration" is a government that has one ("the Obama
      // administration"), not any country named before.
      return view.text().includes(head) || /^(?:government|regime|authorities)$/.test(head)
    case 'publication':
      if (view.kind !== 'publication') return false
      return view.text().includes(head) || (/^(?:newspaper|paper|magazine|site|website|outlet)$/.test(head) && !view.text().includes(' '))
    default:
      return false
  }
}
