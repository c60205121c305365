/**
 * The sourcing ledger: the domain model every rule, the CLI and the language
 * server read. Its JSON form (see `toLedgerJson`) is the public contract of
 * `spec/ledger.md`: fields may be added, never renamed or removed.
 *
 * All offsets are UTF-16 code-unit offsets into the file's text as read
 * (JavaScript string indices), `end` exclusive.
 */

/** A stretch of the file's text. */
export interface Span {
  start: number
  end: number
  /** The file's text between `start` and `end`. */
  text: string
}

export type PartyKind =
  | 'person'
  | 'organization'
  | 'government'
  | 'state-media'
  | 'news-agency'
  | 'publication'
  | 'anonymous'
  | 'vague'
  | 'self'

/** Someone a claim can be attached to. */
export interface Party {
  /** Stable within the document: `p1`, `p2`, … in order of first mention. */
  id: string
  /** The most specific mention in the text ("Jonah Leff", not "Leff" or "he"). */
  name: string
  kind: PartyKind
  /** Role text found in apposition or premodification, if any. */
  descriptor: string | null
  /** Every span that refers to the party, pronouns and short names included. */
  mentions: Span[]
  /**
   * For `anonymous` parties: where the text explains why the source is not
   * named ("spoke on condition of anonymity because …"), if it does.
   */
  anonymity?: Span | null
  /**
   * Set when every mention is a pronoun the analysis could not resolve
   * ("they" with no one before it, a bare "who", a generic "you"): the
   * party stands for someone the text names or describes, or for no one,
   * not for a source the writer left unnamed. Not part of the JSON contract.
   */
  unresolved?: boolean
  /**
   * The party this one speaks for: the company of "a Vodafone spokesman",
   * the client of "lawyers for Menatep", the firm of "its chief executive".
   * Such a party is the principal's voice on the record, not an anonymous
   * source. Not part of the JSON contract.
   */
  speaksFor?: string
  /**
   * Set on a named collective ("Republicans", "the Tories"): vague by kind
   * (`spec/ledger.md`), yet a party the reader can identify. Not part of the
   * JSON contract.
   */
  collective?: boolean
  /**
   * Set on polls, surveys and data with no author named ("recent polls
   * show"): vague by kind (`spec/ledger.md`), but what they show is a
   * measurement, not someone's word hidden behind anonymity. Not part of
   * the JSON contract.
   */
  measurement?: boolean
}

/** A proposition in the text. */
export interface Claim {
  id: string
  start: number
  end: number
  text: string
  /** Ids of other claims that state the same thing. Symmetric. */
  sameAs: string[]
  /**
   * The claim as a reader sees it, where that is not `text` (a Markdown or
   * HTML draft: markup left out, character references decoded). Messages
   * quote it. Not part of the JSON contract, whose `text` is the file's.
   */
  words?: string
  /**
   * For a claim that only names a claim made elsewhere ("the allegations",
   * "the report", "it"): the id of the claim it points to (also in
   * `sameAs`), or `null` when the text has none the analysis could find.
   * Absent for a claim that states something. Not part of the JSON contract.
   */
  refersTo?: string | null
}

export type StanceKind =
  | 'asserts'
  | 'confirms'
  | 'denies'
  | 'unconfirmed'
  | 'no-comment'
  | 'hedged'
  | 'no-evidence'

/** One party (or none) joined to one claim (or none) through a cue. */
export interface Stance {
  id: string
  kind: StanceKind
  /** Party id, or `null` (always for `hedged`: that is the point). */
  party: string | null
  /** Claim id, or `null` when the text gives no content. */
  claim: string | null
  /** The words that express the stance ("told", "has not confirmed"). */
  cue: Span
  /** The party's mention at this cue ("he", "Leff", "US officials"). */
  source: Span | null
  /**
   * Party id of the channel that carries this stance: the outlet in
   * "in a statement carried by KCNA, a spokesman said …", or the agency in
   * "Yonhap reported that the NIS said …". `null` when said directly.
   */
  via: string | null
  /**
   * Set on an `asserts` stance whose cue says the party did not say the
   * content ("made no mention of"): see `FoundStance.silent`. Not part of
   * the JSON contract.
   */
  silent?: boolean
  /**
   * Set on an `asserts` stance that is an attitude or act rather than a
   * report: see `FoundStance.attitude`. Not part of the JSON contract.
   */
  attitude?: boolean
  /** See `FoundStance.verb`. Not part of the JSON contract. */
  verb?: Span | null
  /** See `FoundStance.impersonal`. Not part of the JSON contract. */
  impersonal?: boolean
  /** See `FoundStance.finding`. Not part of the JSON contract. */
  finding?: boolean
  /**
   * For a denial with no claim of its own ("The firm insisted it had
   * complied fully with the law"): the id of the accusation it answers, an
   * earlier claim of another party ("Officials claim that the firm has no
   * valid title …"). Not part of the JSON contract.
   */
  answers?: string
}

/**
 * A direct quotation in the text: the quoted words with their quote marks
 * (`“This is not directed against any third countries.”`); a quotation run
 * on over paragraphs is one, from its first mark to its last.
 */
export interface Quotation extends Span {
  /** The quotation as a reader sees it, where that is not `text` (see `Claim.words`). */
  words?: string
  /**
   * Id of the stance whose party says the quotation (the analysis ties every
   * quotation it can to its speaker: the frame of its sentence, a colon
   * frame before it, the speaker of the sentence or paragraph it goes on
   * from). Absent when no one in the text is said to say it.
   */
  stance?: string | null
  /**
   * Set when the marks hold a term, title, slogan, nickname or other phrase
   * rather than someone's statement ("the so-called “peace plan”",
   * “Saturday Night Live”, “a candle for Paris”): no one need be said to
   * say it. Not part of the JSON contract.
   */
  term?: boolean
  /**
   * Set when the quotation has a closing mark and no opening one: where it
   * starts is unknown (the span starts with its sentence). Not part of the
   * JSON contract.
   */
  unopened?: boolean
}

export interface Ledger {
  parties: Party[]
  claims: Claim[]
  stances: Stance[]
  /**
   * Every direct quotation in the text, attributed or not, so that rules can
   * find those no one says (`unattributed-quote`). Optional: a ledger
   * without it has no quotation checks.
   */
  quotations?: Quotation[]
}

/** A direct quotation as the finders see it: its marks' segments, and the attribution whose party says it, if any. */
export interface FoundQuotation extends Span {
  /**
   * Token ranges of its stretches of quoted words: one, or several for a
   * quotation continued over paragraphs or reopened within one (see
   * `attribution/quotation-marks.ts`).
   */
  segments: Array<{first: number; last: number; opened: boolean; closed: boolean}>
  term?: boolean
  /** A quoted judgment ("its “inspiring” efforts"): someone's words, but no voice that goes on from a speaker before it. */
  judgment?: boolean
  unopened?: boolean
  attribution?: FoundStance
  /** Its only frame names no one ("One tweet said: “…”"): no speaker is to be looked for elsewhere. */
  speakerless?: boolean
}

/**
 * A stance as the finders see it: spans only, before parties are resolved
 * and claims are linked. Attribution (`asserts`) and status finders both
 * produce these; `buildLedger` turns them into the ledger.
 */
export interface FoundStance {
  kind: StanceKind
  cue: Span
  /** The mention of the party at the cue, if the text gives one. */
  source: Span | null
  /** The content (claim) span, if the text gives one. */
  content: Span | null
  /** The mention of a carrying channel (outlet, agency), if any. */
  channel?: Span | null
  /** For stances whose party is the writer/publication ("could not be independently verified"). */
  self?: boolean
  /**
   * An `asserts` stance whose cue says the party did *not* say the content:
   * "did not say", "made no mention of", "never mentioned". PolNeAR
   * annotates these as attributions, so they stay in the ledger; but the
   * party does not assert the claim there.
   */
  silent?: boolean
  /**
   * An `asserts` stance that is an attitude or an act rather than a report
   * of what the party says or believes: "voters are looking for change",
   * "Democrats have been fighting about Obama". PolNeAR annotates these as
   * attributions, so they stay in the ledger; but no one vouches for a
   * claim through them.
   */
  attitude?: boolean
  /**
   * For `asserts` and `confirms` stances: the word of the cue that reports,
   * when it is a verb used in its reporting sense ("claimed" in "Boeing
   * claimed it …", "blasted" in "Democrats also blasted …"); `null` when
   * the cue reports through a noun ("his claim that …"), a modifier ("the
   * recently revealed plans"), a passive with no one named ("it was
   * revealed"), another sense of the word ("claimed responsibility",
   * "revealing a split", "conceded defeat"), or a confession of a fault,
   * where the judging word is the plain one ("admitted his guilt"). The
   * wording rules judge only the first.
   */
  verb?: Span | null
  /**
   * An `asserts` stance with no party whose cue says that someone holds the
   * claim without saying who: "is expected to", "is widely seen as", "what
   * is often described as", "suspicions persist that", "apparently". The
   * writer passes the claim on and hides whose it is, as with a hedge.
   */
  impersonal?: boolean
  /**
   * A `no-evidence` stance that states a finding that there is no evidence
   * ("there is no evidence that …", "police found no evidence of …",
   * "unproven therapies"), rather than saying that a party made a claim
   * without evidence ("Trump claimed, without evidence, that …").
   */
  finding?: boolean
}
