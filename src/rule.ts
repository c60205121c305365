/**
 * What every vouch rule shares: how a rule is declared (on top of
 * `unified-lint-rule`), how its severity is configured, how ledger offsets
 * become message positions, and how a message points at the *other* place a
 * finding involves.
 *
 * ## Severities
 *
 * Config takes `'off' | 'info' | 'warn' | 'error'`, alone or as
 * `[severity, options]`. `unified-lint-rule` only knows warn (`fatal: false`)
 * and error (`fatal: true`), so `info` runs the rule as warn and then clears
 * `fatal` to `undefined` on the messages it added: the vfile convention for
 * informational messages (what `file.info()` makes).
 *
 * ## Related places (`message.related`)
 *
 * Many findings have two ends: an unconfirmed claim and the attribution that
 * asserts it, a hedge and the flat statement of the same thing. The message's
 * `place` is where the editor must act; the other ends are in
 * `message.related`, a list of `{place: {start, end}, message}` with
 * unist points (1-based line and column, 0-based UTF-16 `offset`). The
 * language server turns them into LSP `relatedInformation`; SARIF into
 * `relatedLocations`. Messages also keep a plain-text copy of those positions
 * in their reason (`(19:1)`), for reporters that know nothing of `related`.
 */
import fs from 'node:fs'
import {fileURLToPath} from 'node:url'
import type {Root} from 'nlcst'
import type {Position} from 'unist'
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {location} from 'vfile-location'
import {lintRule} from 'unified-lint-rule'
import type {Claim, Ledger, Party, PartyKind, Span, Stance, StanceKind} from './analysis/types.js'
import {optionsProblem, type OptionsSchema} from './options.js'
import {firstIndex} from './search.js'

export type {OptionSchema, OptionsSchema} from './options.js'

/** Where rule documentation lives: `${docsBase}${id}.md`. */
export const docsBase = 'https://github.com/vouch-lint/vouch/blob/main/rules/'

/** The documentation page of rule `id`. */
export function ruleUrl(id: string): string {
  return docsBase + id + '.md'
}

/** Another place a message involves, with what it is. */
export interface RelatedPlace {
  place: Position
  message: string
}

declare module 'vfile-message' {
  interface VFileMessage {
    /**
     * Other places the finding involves (the asserting attribution, the flat
     * statement), for the language server's related information.
     */
    related?: RelatedPlace[] | undefined
  }
}

export type Severity = 'off' | 'info' | 'warn' | 'error'
/**
 * A severity a rule can have by default. `'off'` is for a rule that is not
 * yet precise enough to show every editor (its doc says why): it runs only
 * when a config turns it on, and `'on'`, `true` or options alone then mean
 * `'warn'`.
 */
export type DefaultSeverity = Severity

/**
 * A rule's setting: a severity, `[severity, options]`, or options alone (at
 * the rule's default severity). `true`/`'on'` mean the default severity
 * (`'warn'` for a rule that is off by default), `false` means off,
 * `0 | 1 | 2` are unified-lint-rule's numbers.
 */
export type RuleSetting<Options = unknown> =
  | Severity
  | 'on'
  | boolean
  | 0
  | 1
  | 2
  | [Severity | 'on' | boolean | 0 | 1 | 2, Options?]
  | Options
  | null
  | undefined

const severities: readonly Severity[] = ['off', 'info', 'warn', 'error']

/** Turn a setting into a severity and options; throws on an unknown severity. */
export function coerceSetting<Options>(
  id: string,
  setting: RuleSetting<Options>,
  fallback: DefaultSeverity
): [Severity, Options | undefined] {
  if (Array.isArray(setting)) {
    const [level, options] = setting as [unknown, Options | undefined]
    return [severityOf(id, level, fallback), options]
  }

  if (setting === null || setting === undefined || typeof setting === 'string' || typeof setting === 'boolean' || typeof setting === 'number') {
    return [severityOf(id, setting, fallback), undefined]
  }

  // Options alone ask for the rule: an off-by-default rule then runs.
  return [onSeverity(fallback), setting as Options]
}

/** What turning a rule on means: its default severity, or `'warn'` for a rule that is off by default. */
function onSeverity(fallback: DefaultSeverity): Severity {
  return fallback === 'off' ? 'warn' : fallback
}

function severityOf(id: string, level: unknown, fallback: DefaultSeverity): Severity {
  if (level === undefined || level === null) return fallback
  if (level === true || level === 'on') return onSeverity(fallback)
  if (level === false || level === 0) return 'off'
  if (level === 1) return 'warn'
  if (level === 2) return 'error'
  if (typeof level === 'string' && (severities as readonly string[]).includes(level)) return level as Severity
  throw new Error(
    'vouch: unknown severity `' + String(level) + '` for rule `' + id + '`: expected one of ' + severities.join(', ')
  )
}

/** What a rule's check gets: the ledger, the file, its options, and helpers. */
export interface RuleContext<Options> {
  ledger: Ledger
  file: VFile
  options: Options | undefined
  view: LedgerView
  /** Add a message at `span` (ledger offsets), optionally with related places. */
  report(reason: string, span: Pick<Span, 'start' | 'end'>, extra?: ReportExtra): VFileMessage
  /** `line:column` of an offset, for mentioning another place in a reason. */
  at(offset: number): string
  /** An offset range as unist points. */
  place(span: Pick<Span, 'start' | 'end'>): Position
}

export interface ReportExtra {
  related?: Array<{span: Pick<Span, 'start' | 'end'>; message: string}>
  /** Suggested replacements of the text at the message's place. */
  expected?: string[]
  /** The text at the message's place, when `expected` is given. */
  actual?: string
  /** A longer explanation or what to do, shown by verbose reporters. */
  note?: string
}

/** How a rule is declared. */
export interface RuleMeta {
  id: string
  severity: DefaultSeverity
  /** One line: what the rule flags (SARIF `shortDescription`, CLI listing). */
  description: string
  /**
   * The options the rule takes (as ESLint's `meta.schema`): any other option,
   * or one of the wrong type, is an error naming the rule and the option.
   * A rule without `options` takes none.
   */
  options?: OptionsSchema
}

/** A vouch rule: a unified plugin taking a setting, with its metadata. */
export interface VouchRule<Options = unknown> extends RuleMeta {
  url: string
  (this: unknown, setting?: RuleSetting<Options>): Transform | undefined
}

type Next = (error?: Error) => void
export type Transform = (tree: Root, file: VFile, next: Next) => void

/**
 * Declare a rule: `check` reads the ledger and reports. The result is a
 * unified plugin (usable alone after `retextVouchLedger`) carrying the rule's
 * id, default severity, url and description.
 */
export function vouchRule<Options = unknown>(
  meta: RuleMeta,
  check: (context: RuleContext<Options>) => void
): VouchRule<Options> {
  const url = ruleUrl(meta.id)
  const lint = lintRule<Root, Options>({origin: 'vouch:' + meta.id, url}, function (_, file, options) {
    const ledger = file.data.ledger
    if (!ledger) {
      throw new Error('vouch:' + meta.id + ' needs the sourcing ledger: use `retextVouchLedger` before the rule')
    }

    check(createContext(ledger, file, options))
  })

  function plugin(setting?: RuleSetting<Options>): Transform | undefined {
    const [severity, options] = coerceSetting(meta.id, setting, meta.severity)
    // Checked even when off: a typo should not wait for the rule to be turned on.
    const wrong = optionsProblem(meta.id, meta.options, options)
    if (wrong) throw new Error('vouch: ' + wrong)
    if (severity === 'off') return undefined
    const transform = lint([severity === 'error' ? 'error' : 'warn', options as Options]) as Transform
    if (severity !== 'info') return transform
    return function (tree, file, next) {
      const from = file.messages.length
      transform(tree, file, function (error) {
        for (const message of file.messages.slice(from)) message.fatal = undefined
        next(error)
      })
    }
  }

  Object.defineProperty(plugin, 'name', {value: 'vouch:' + meta.id})
  return Object.assign(plugin, {id: meta.id, severity: meta.severity, description: meta.description, options: meta.options, url})
}

/**
 * Offsets → points are indexed once per file text, shared by all rules of a
 * run (keyed by the file, checked against its value in case it was reused).
 */
const locations = new WeakMap<VFile, {value: VFile['value']; where: ReturnType<typeof location>}>()

function locate(file: VFile) {
  let found = locations.get(file)
  if (!found || found.value !== file.value) {
    found = {value: file.value, where: location(file)}
    locations.set(file, found)
  }

  return found.where
}

function createContext<Options>(ledger: Ledger, file: VFile, options: Options | undefined): RuleContext<Options> {
  const where = locate(file)
  const view = viewOf(ledger)

  function place(span: Pick<Span, 'start' | 'end'>): Position {
    const start = where.toPoint(span.start)
    const end = where.toPoint(span.end)
    if (!start || !end) throw new Error('vouch: ledger offset out of the file: ' + span.start + '-' + span.end)
    return {start, end}
  }

  return {
    ledger,
    file,
    options,
    view,
    place,
    at(offset) {
      const point = where.toPoint(offset)
      return point ? point.line + ':' + point.column : '?:?'
    },
    report(reason, span, extra) {
      const message = quietMessage(file, reason, place(span))
      if (extra?.related && extra.related.length > 0) {
        message.related = extra.related.map((item) => ({place: place(item.span), message: item.message}))
      }

      if (extra?.expected) message.expected = extra.expected
      if (extra?.actual !== undefined) message.actual = extra.actual
      if (extra?.note) message.note = extra.note
      return message
    }
  }
}

/**
 * `file.message` without capturing a stack trace: a VFileMessage is an
 * Error, so constructing one walks the stack, yet vfile-message then sets
 * `stack` to `''` for a message made from a reason. The walk was most of
 * the cost of a message.
 */
function quietMessage(file: VFile, reason: string, place: Position): VFileMessage {
  const limit = Error.stackTraceLimit
  Error.stackTraceLimit = 0
  try {
    return file.message(reason, {place})
  } finally {
    Error.stackTraceLimit = limit
  }
}

/** Lookups over a ledger that most rules need. */
export interface LedgerView {
  party(id: string | null): Party | undefined
  claim(id: string | null): Claim | undefined
  /** Stances on the claim `id`. */
  stancesOn(id: string): Stance[]
  /** The claim `id` and every claim linked to it through `sameAs`, transitively. */
  group(id: string): Claim[]
  /** Stances on any claim of `id`'s group (one array per group, shared: copy before changing it). */
  stancesOnGroup(id: string): Stance[]
  /**
   * Whether a stance is a real assertion: an `asserts` stance that is not
   * silent ("made no mention of"), is a report rather than an attitude or
   * act ("voters are looking for change"), and whose cue is not also the
   * cue of a status stance. "Neither Moscow nor Pyongyang has
   * confirmed X" can reach the ledger both as `unconfirmed` and as an
   * attribution with the cue "has confirmed"; the status reading wins, or
   * the parties that have *not* confirmed would be named as asserting.
   */
  isAssertion(stance: Stance): boolean
  /**
   * Whether `span` lies inside a direct quotation of the ledger: words there
   * are the speaker's, not the writer's (a loaded verb or a hedge inside a
   * quotation is not the writer's choice).
   */
  isQuoted(span: {start: number; end: number}): boolean
}

/** Cached per ledger: every rule of a run reads the same one. */
const views = new WeakMap<Ledger, LedgerView>()

export function viewOf(ledger: Ledger): LedgerView {
  const cached = views.get(ledger)
  if (cached) return cached

  const parties = new Map(ledger.parties.map((party) => [party.id, party]))
  const claims = new Map(ledger.claims.map((claim) => [claim.id, claim]))
  const onClaim = new Map<string, Stance[]>()
  for (const stance of ledger.stances) {
    if (stance.claim === null) continue
    const list = onClaim.get(stance.claim)
    if (list) list.push(stance)
    else onClaim.set(stance.claim, [stance])
  }

  // Links both ways: the spec says sameAs is symmetric, but a one-sided link
  // from a partial analysis must not split a group.
  const links = new Map<string, string[]>()
  const link = (from: string, to: string) => {
    const list = links.get(from)
    if (list) list.push(to)
    else links.set(from, [to])
  }

  for (const claim of ledger.claims) {
    for (const other of claim.sameAs) {
      if (!claims.has(other) || other === claim.id) continue
      link(claim.id, other)
      link(other, claim.id)
    }
  }

  const statusCues = mergeStretches(ledger.stances.filter((stance) => stance.kind !== 'asserts').map((stance) => stance.cue))
  let quoted: Array<[number, number]> | undefined

  const groups = new Map<string, Claim[]>()
  const groupStances = new Map<Claim[], Stance[]>()

  const view: LedgerView = {
    isAssertion: (stance) => stance.kind === 'asserts' && !stance.silent && !stance.attitude && !overlapsStretch(statusCues, stance.cue),
    isQuoted(span) {
      quoted ??= mergeStretches(ledger.quotations ?? [])
      return insideStretch(quoted, span)
    },
    party: (id) => (id === null ? undefined : parties.get(id)),
    claim: (id) => (id === null ? undefined : claims.get(id)),
    stancesOn: (id) => onClaim.get(id) ?? [],
    group(id) {
      let group = groups.get(id)
      if (group) return group
      const self = claims.get(id)
      if (!self) return []
      const seen = new Set<string>([id])
      const queue = [id]
      while (queue.length > 0) {
        for (const other of links.get(queue.pop()!) ?? []) {
          if (!seen.has(other)) {
            seen.add(other)
            queue.push(other)
          }
        }
      }

      group = [...seen].map((member) => claims.get(member)!).sort((a, b) => a.start - b.start)
      for (const member of group) groups.set(member.id, group)
      return group
    },
    stancesOnGroup(id) {
      // Shared by the members of a group, as `group` is: rules ask per claim.
      const group = view.group(id)
      if (group.length === 0) return []
      let stances = groupStances.get(group)
      if (!stances) {
        stances = group.flatMap((claim) => view.stancesOn(claim.id))
        groupStances.set(group, stances)
      }

      return stances
    }
  }

  views.set(ledger, view)
  return view
}

/** The whole stretch a stance covers in the text: source, cue and claim. */
export function stanceExtent(stance: Stance, claim?: Claim): {start: number; end: number} {
  let {start, end} = stance.cue
  for (const span of [stance.source, claim]) {
    if (!span) continue
    if (span.start < start) start = span.start
    if (span.end > end) end = span.end
  }

  return {start, end}
}

/** The attribution frame of a stance: its source mention through its cue. */
export function stanceFrame(stance: Stance): {start: number; end: number} {
  if (!stance.source) return stance.cue
  return {
    start: Math.min(stance.source.start, stance.cue.start),
    end: Math.max(stance.source.end, stance.cue.end)
  }
}

/** Kinds of party that do not identify anyone. */
export const unidentifiedKinds: ReadonlySet<PartyKind> = new Set(['anonymous', 'vague'])

export {isUnnamedSource} from './analysis/parties/identity.js'

/** How a party is named in a message: its name, else its mention. */
export function partyName(party: Party | undefined, stance?: Stance): string | undefined {
  // A mention may run over a line break (a headline list): a message is one line.
  const name = party?.name || stance?.source?.text
  if (!name) return undefined
  // "The regional health ministry" opened its sentence; inside a message it
  // is "the regional health ministry" ("The Washington Post" stays).
  return name.replace(/\s+/g, ' ').trim().replace(/^(The|A|An) (?=\p{Ll})/u, (article) => article.toLowerCase())
}

/** Names joined for a message ("Moscow, Pyongyang"), without repeats. */
export function listNames(names: Array<string | undefined>): string {
  return [...new Set(names.filter((name): name is string => Boolean(name)))].join(', ')
}

const maxQuoted = 80

/** Quote ledger text in a message, shortened on a word boundary if long. */
export function quoted(text: string): string {
  // A claim cut before "…, officials said" can keep its comma: drop it.
  const flat = text.replace(/\s+/g, ' ').trim().replace(/\s*[,;:]$/, '')
  if (flat.length <= maxQuoted) return '“' + flat + '”'
  const cut = flat.lastIndexOf(' ', maxQuoted - 1)
  return '“' + flat.slice(0, cut > maxQuoted / 2 ? cut : maxQuoted - 1) + '…”'
}

/**
 * Absolute path of a file that ships with the package (`data/…`). This
 * module runs from `src/` under vitest and from `dist/src/` once built.
 */
export function packageFile(relative: string): string {
  for (const root of ['../', '../../']) {
    const candidate = fileURLToPath(new URL(root + relative, import.meta.url))
    if (fs.existsSync(candidate)) return candidate
  }

  throw new Error('vouch: cannot find `' + relative + '` in the package')
}

/** Read a JSON data file of the package. */
export function readPackageJson<T>(relative: string): T {
  return JSON.parse(fs.readFileSync(packageFile(relative), 'utf8')) as T
}

/**
 * The stances of one kind, grouped by claim, in text order: "Neither Moscow
 * nor Pyongyang has confirmed X" is two stances on one claim and one message.
 * A stance without a claim is a group of its own.
 */
export function stancesByClaim(ledger: Ledger, kind: StanceKind): Stance[][] {
  const groups = new Map<string, Stance[]>()
  for (const stance of ledger.stances) {
    if (stance.kind !== kind) continue
    const key = stance.claim ?? 'cue:' + stance.cue.start
    const group = groups.get(key)
    if (group) group.push(stance)
    else groups.set(key, [stance])
  }

  return [...groups.values()]
}

/**
 * Who asserts a claim: the `asserts` stances on it and on every claim linked
 * to it (`sameAs`) that name someone, in text order.
 */
export function assertersOf(view: LedgerView, claimId: string): Stance[] {
  return view
    .stancesOnGroup(claimId)
    .filter((stance) => view.isAssertion(stance) && (stance.party !== null || stance.source !== null))
    .sort((a, b) => a.cue.start - b.cue.start)
}

/**
 * The related places of a status finding: each status cue ("Denied here",
 * "Not confirmed here"), then each attribution that asserts the claim.
 */
export function statusRelated(
  view: LedgerView,
  stances: Stance[],
  label: string,
  asserters: Stance[]
): Array<{span: {start: number; end: number}; message: string}> {
  return [
    ...stances.map((stance) => ({span: stanceExtent(stance), message: label})),
    ...asserters.map((stance) => ({span: stanceExtent(stance, view.claim(stance.claim)), message: 'Asserted here'}))
  ]
}

/**
 * What a status message quotes as the claim: the claim a pointer refers to
 * ("denied the allegations" → what was alleged), else the claim's own words.
 */
export function claimWording(view: LedgerView, claim: Claim): Claim {
  const referent = claim.refersTo ? view.claim(claim.refersTo) : undefined
  if (!referent) return claim
  // "accused the president of hiding the costs, a charge which …": up to the pointer.
  if (referent.start < claim.start && claim.start < referent.end) {
    return {...referent, end: claim.start, text: referent.text.slice(0, claim.start - referent.start)}
  }

  return referent
}

/**
 * Whether a status stance leaves its claim unsaid: no claim at all ("“Not
 * true,” she said"), or a claim that only names one the analysis found
 * nowhere ("the fraud claims"). A message then must not say that no one
 * asserts it: the text may, out of reach.
 */
export function claimUnsaid(claim: Claim | undefined): boolean {
  return !claim || claim.refersTo === null
}

/**
 * What a status message quotes: the claim meant (see `claimWording`), or,
 * for a bare pronoun that points nowhere ("That is simply untrue"), the
 * words from it through the cue, which show the editor which sentence.
 */
export function statusQuote(file: VFile, view: LedgerView, stance: Stance, claim: Claim | undefined): string | undefined {
  if (!claim) return undefined
  if (claim.refersTo !== null || /\s/.test(claim.text.trim())) {
    const wording = claimWording(view, claim)
    return wording.words ?? wording.text
  }
  const start = Math.min(claim.start, stance.cue.start)
  const end = Math.max(claim.end, stance.cue.end)
  return end - start < 120 ? String(file.value).slice(start, end) : claim.text
}

/** The end of a status message when its claim is unsaid. */
export const unsaidClaim = 'the text does not say here what the claim is or who makes it'

/** At most this many asserters are named in a message; the rest are counted. */
const maxNamed = 3

/**
 * "asserted by US officials (19:1), Yonhap (21:1)", or that no one does.
 * With many asserters, the ones nearest `anchor` (the flagged claim) are
 * named, in text order, and the rest counted: every one of them is still in
 * `message.related`.
 */
export function describeAsserters(
  view: LedgerView,
  asserters: Stance[],
  at: (offset: number) => string,
  anchor?: number
): string {
  if (asserters.length === 0) return 'no one in the text asserts it'
  const byName = new Map<string, number>()
  for (const stance of asserters) {
    const name = partyName(view.party(stance.party), stance) ?? 'someone'
    const start = stanceExtent(stance, view.claim(stance.claim)).start
    const known = byName.get(name)
    // Each party at the place nearest the anchor.
    if (known === undefined || (anchor !== undefined && Math.abs(start - anchor) < Math.abs(known - anchor))) {
      byName.set(name, start)
    }
  }

  let named = [...byName]
  if (named.length > maxNamed && anchor !== undefined) {
    named = named.sort((a, b) => Math.abs(a[1] - anchor) - Math.abs(b[1] - anchor)).slice(0, maxNamed)
  } else {
    named = named.slice(0, maxNamed)
  }

  named.sort((a, b) => a[1] - b[1])
  const rest = byName.size - named.length
  return (
    'asserted by ' +
    named.map(([name, start]) => name + ' (' + at(start) + ')').join(', ') +
    (rest > 0 ? ' and ' + rest + ' more' : '')
  )
}

/**
 * Merge spans into sorted disjoint stretches, so that "does this span overlap
 * any of them" is a binary search (drafts can be whole archives).
 */
export function mergeStretches(spans: Array<{start: number; end: number}>): Array<[number, number]> {
  const sorted = spans.map((span): [number, number] => [span.start, span.end]).sort((a, b) => a[0] - b[0])
  const merged: Array<[number, number]> = []
  for (const [start, end] of sorted) {
    const last = merged[merged.length - 1]
    if (last && start <= last[1]) last[1] = Math.max(last[1], end)
    else merged.push([start, end])
  }

  return merged
}

/** Whether `span` overlaps any of the disjoint sorted `stretches`. */
export function overlapsStretch(stretches: Array<[number, number]>, span: {start: number; end: number}): boolean {
  // The last stretch starting before the span's end is the only candidate.
  const found = lastStartingBefore(stretches, span.end)
  return found !== -1 && stretches[found][1] > span.start
}

/** Whether `span` lies wholly inside one of the disjoint sorted `stretches`. */
export function insideStretch(stretches: Array<[number, number]>, span: {start: number; end: number}): boolean {
  // The last stretch starting at or before the span's start is the only candidate.
  const found = lastStartingBefore(stretches, span.start + 1)
  return found !== -1 && stretches[found][1] >= span.end
}

/** Index of the last of the sorted `stretches` that starts before `offset` (−1 if none). */
function lastStartingBefore(stretches: Array<[number, number]>, offset: number): number {
  return firstIndex(stretches.length, (index) => stretches[index][0] < offset) - 1
}
