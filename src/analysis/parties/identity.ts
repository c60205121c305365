/**
 * Party identity: who a source is for a reader, decided once for every rule.
 *
 * The ledger's kinds follow `spec/ledger.md` ("a spokesman" is `anonymous`,
 * generic "Democrats" `vague`), but whether a reader can tell who speaks is
 * a question of its own (`spec/findings.md`): a spokesman of a named company
 * speaks for it on the record, "Republicans said" names a party's members,
 * "the home secretary" is someone the article names, and "the number of
 * calls" is no one at all. This module holds those decisions:
 *
 * - `isPeopleNoun`: whether a head word can name a source at all;
 * - `isCollective`: a capitalised group that names a party or body;
 * - `representativeHead` / `definiteRoleHead`: roles that speak for the
 *   principal the text gives them;
 * - `isUnnamedSource`: what `anonymous-source` and the messages read.
 */
import type {Document} from '../document.js'
import type {Party} from '../types.js'
import {isLexiconHead, type PartyLexicons} from './lexicons.js'
import {isCapitalised} from './names.js'

/**
 * Whether a lower-cased head word names people, a body or a document: a
 * word of any party lexicon, a noun of `people.json`, or a plural agent noun
 * ("creditors", "shareholders", "attendees"). Counts and shares ("40
 * percent", "a majority") and anything else ("efforts", "the cases",
 * "however") name no one.
 */
export function isPeopleNoun(lex: PartyLexicons, word: string): boolean {
  if (lex.people.quantities.has(word)) return false
  if (listed(lex, word)) return true
  // "surrogates", "nominees": the plural of a listed role.
  const singular = word.endsWith('ies') ? word.slice(0, -3) + 'y' : word.endsWith('s') ? word.slice(0, -1) : ''
  if (singular && listed(lex, singular)) return true
  if (lex.people.notPeople.has(word)) return false
  for (const suffix of lex.people.agentSuffixes) {
    if (word.length > suffix.length + 2 && word.endsWith(suffix)) return true
  }

  return false
}

/** Whether a word is in one of the lexicons of people, bodies and documents. */
function listed(lex: PartyLexicons, word: string): boolean {
  return lex.people.nouns.has(word) || isLexiconHead(lex, word) || lex.pluralHeads.has(word)
}

/**
 * Whether tokens `[first, head]` are a named collective: a capitalised group
 * noun of the lexicon ("Republicans", "House Democrats", "the Tories") with
 * no quantifier that makes it a loose group ("some Republicans", "two
 * Democrats": `spec/findings.md`).
 */
export function isCollective(doc: Document, lex: PartyLexicons, first: number, head: number): boolean {
  const tokens = doc.tokens
  const word = tokens[head]
  if (!isCapitalised(word)) return false
  // A people's name must be capitalised for itself, not for opening its
  // sentence ("Politicians say …").
  const opens = head === doc.sentences[word.sentence].firstToken
  if (!lex.people.collectives.has(word.lower) && (opens || !isPeoplesName(word.lower) || lex.people.nouns.has(word.lower))) return false
  for (let i = first; i < head; i++) {
    if (lex.people.quantifiers.has(tokens[i].lower)) return false
    // "a group of Republicans": the words before "of" are the phrase's own head.
    if (tokens[i].lower === 'of') return false
  }

  return true
}

/**
 * A capitalised plural that names a people ("the Saudis", "Russians",
 * "Iraqis", "the Chinese"): in news, the country speaking, as "Moscow" is.
 */
function isPeoplesName(lower: string): boolean {
  return /(?:ans|is|ese)$/.test(lower) && lower.length > 4
}

/** Whether a role head speaks on the record for someone else ("spokesman", "lawyers", "prosecutors"). */
export function representativeHead(lex: PartyLexicons, head: string, before: string | undefined): boolean {
  return lex.people.representatives.has(head) || (before !== undefined && lex.people.representatives.has(before + ' ' + head))
}

/** Whether a role head has one holder in an organisation ("chief executive", "chairman"). */
export function definiteRoleHead(lex: PartyLexicons, head: string, before: string | undefined): boolean {
  return lex.people.definiteRoles.has(head) || (before !== undefined && lex.people.definiteRoles.has(before + ' ' + head))
}

/**
 * Whether a party is a source the reader cannot identify: anonymous or vague
 * by kind, and none of a pronoun or definite description the analysis could
 * not resolve (the writer means someone; the analysis does not know whom),
 * the voice of a principal the text names, a named collective, or a poll or
 * data series.
 */
export function isUnnamedSource(party: Party): boolean {
  return (party.kind === 'anonymous' || party.kind === 'vague') && !party.unresolved && !party.speaksFor && !party.collective && !party.measurement
}
