/**
 * The sourcing report: one self-contained HTML page (styles and script
 * inline, no external asset, opens from disk) showing a draft's text with
 * every claim highlighted by status and every source labelled by party and
 * kind, and beside it what an editor reads first — the messages, each a
 * link to its passage — then the tables an editor checks: who is quoted how
 * often, named or not, and which claims rest on a single source.
 *
 * The text shown is the file as read (Markdown or HTML source included),
 * because the ledger's offsets point there.
 */
import type {Ledger, Party, PartyKind, Stance} from '../analysis/types.js'
import {escapeHtml, markup, type MarkRange} from './markup.js'
import {messageList, messageRanges, placeMessages, type PlacedMessage, type ReportMessage} from './messages.js'
import {statusOrder, summarise, type ClaimStatus, type LedgerSummary} from './summary.js'
import {reportScript, reportStyle} from './assets.js'

export type {ReportMessage} from './messages.js'

/** One draft to report on. */
export interface ReportDraft {
  /** Path to show (relative to where vouch ran). */
  path: string
  /** The file's text as read: ledger offsets point into it. */
  text: string
  ledger: Ledger
  messages?: ReportMessage[]
  /** Parts of the text that are not prose (markup, code, front matter): shown dimmed. */
  nonProse?: Array<{start: number; end: number}>
}

export interface ReportOptions {
  /** Page title (default: from the drafts' paths). */
  title?: string
  /** vouch's version, shown in the footer. */
  version?: string
}

const statusLabels: Record<ClaimStatus, string> = {
  denied: 'denied',
  unconfirmed: 'not confirmed',
  'no-evidence': 'no evidence offered',
  'no-comment': 'no comment',
  hedged: 'hedged',
  confirmed: 'confirmed',
  asserted: 'asserted',
  unsourced: 'no stance'
}

const kindLabels: Record<PartyKind, string> = {
  person: 'person',
  organization: 'organization',
  government: 'government',
  'state-media': 'state media',
  'news-agency': 'news agency',
  publication: 'publication',
  anonymous: 'anonymous',
  vague: 'vague',
  self: 'the publication itself'
}

/** The report page for one draft, or one page for a set. */
export function renderReport(drafts: ReportDraft[], options: ReportOptions = {}): string {
  const title = options.title ?? (drafts.length === 1 ? 'Sourcing report: ' + drafts[0].path : 'Sourcing report (' + drafts.length + ' drafts)')
  const sections = drafts.map((draft, index) => renderDraft(draft, 'd' + index))
  const nav =
    drafts.length > 1
      ? '<nav aria-label="Drafts"><ol>' +
        drafts.map((draft, index) => '<li><a href="#d' + index + '">' + escapeHtml(draft.path) + '</a></li>').join('') +
        '</ol></nav>'
      : ''

  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="generator" content="vouch' + (options.version ? ' ' + escapeHtml(options.version) : '') + '">',
    '<title>' + escapeHtml(title) + '</title>',
    '<style>' + reportStyle + '</style>',
    '</head>',
    '<body>',
    '<header class="page"><h1>' + escapeHtml(title) + '</h1>' + legend() + nav + '</header>',
    sections.join('\n'),
    '<footer class="page">Made by vouch' + (options.version ? ' ' + escapeHtml(options.version) : '') +
      '. Highlights show what the text says about sourcing; an editor still checks each claim.</footer>',
    '<script>' + reportScript + '</script>',
    '</body>',
    '</html>',
    ''
  ].join('\n')
}

function renderDraft(draft: ReportDraft, prefix: string): string {
  const summary = summarise(draft.ledger)
  const messages = placeMessages(draft.text, draft.messages ?? [])
  const single = summary.claims.filter((claim) => claim.singleSource).length
  const named = summary.parties.filter((party) => party.named).length
  const stats = [
    count(messages.length, 'message'),
    count(summary.claims.length, 'claim'),
    count(single, 'single-source claim'),
    count(summary.parties.length, 'party', 'parties'),
    named + ' named'
  ]

  // In the page's order, messages come first; on a wide screen the text
  // sits on the left and the messages and tables in a column beside it.
  return [
    '<section class="draft" id="' + prefix + '" data-path="' + escapeHtml(draft.path) + '">',
    '<h2>' + escapeHtml(draft.path) + '</h2>',
    '<p class="stats">' + stats.join(' · ') + '</p>',
    '<div class="layout">',
    '<div class="side">',
    '<section class="messages" aria-label="Messages">' + messageList(messages, prefix) + '</section>',
    '<section class="tables" aria-label="Parties and claims">' + partyTable(summary, prefix) + claimTable(summary, prefix) + '</section>',
    '</div>',
    '<article class="text" aria-label="Text of ' + escapeHtml(draft.path) + '">' + renderText(draft, summary, messages, prefix) + '</article>',
    '</div>',
    '</section>'
  ].join('\n')
}

/** The text with claims, source mentions and cues marked. */
function renderText(draft: ReportDraft, summary: LedgerSummary, messages: PlacedMessage[], prefix: string): string {
  const ranges: MarkRange[] = messageRanges(messages, prefix)
  const parties = new Map(draft.ledger.parties.map((party) => [party.id, party]))

  for (const range of draft.nonProse ?? []) {
    ranges.push({start: range.start, end: range.end, open: '<span class="markup">', close: '</span>', rank: -1})
  }

  for (const {claim, status, sources, singleSource} of summary.claims) {
    const tip = claim.id + ' · ' + statusLabels[status] + (sources.length > 0 ? ' · source: ' + sources.map((party) => party.name).join(', ') : '')
    const attributes =
      ' class="claim status-' + status + (singleSource ? ' single' : '') + '" data-claim="' + claim.id +
      '" data-status="' + status + '" title="' + escapeHtml(tip) + '"'
    ranges.push({
      start: claim.start,
      end: claim.end,
      open: '<mark' + attributes + '>',
      openFirst: '<mark id="' + prefix + '-' + claim.id + '"' + attributes + '>',
      close: '</mark>',
      rank: 0
    })
  }

  // Every mention of a party, and every stance's source mention (which may
  // not be among the party's mentions, or may have no party at all).
  const seen = new Set<string>()
  const addSource = (start: number, end: number, party: Party | undefined) => {
    const key = start + ':' + end
    if (seen.has(key)) return
    seen.add(key)
    const kind = party?.kind
    const id = party?.id ?? '?'
    const tip = party ? party.name + ' (' + kindLabels[party.kind] + (party.descriptor ? ', ' + party.descriptor : '') + ')' : 'unresolved source'
    ranges.push({
      start,
      end,
      open: '<span class="source' + (kind ? ' kind-' + kind : '') + '" data-party="' + id + '" title="' + escapeHtml(tip) + '">',
      close: '</span>',
      after: '<sup class="tag' + (kind ? ' kind-' + kind : '') + '" data-party="' + id + '">' + escapeHtml(id + (kind ? ' ' + kindLabels[kind] : '')) + '</sup>',
      rank: 1
    })
  }

  for (const party of draft.ledger.parties) {
    for (const mention of party.mentions) addSource(mention.start, mention.end, party)
  }

  for (const stance of draft.ledger.stances) {
    if (stance.source) addSource(stance.source.start, stance.source.end, parties.get(stance.party ?? ''))
  }

  for (const stance of draft.ledger.stances) ranges.push(cueRange(stance))

  return markup(draft.text, ranges)
}

function cueRange(stance: Stance): MarkRange {
  return {
    start: stance.cue.start,
    end: stance.cue.end,
    open: '<span class="cue cue-' + stance.kind + '" data-stance="' + stance.id + '" title="' + escapeHtml(stance.kind + ' (' + stance.id + ')') + '">',
    close: '</span>',
    rank: 2
  }
}

function partyTable(summary: LedgerSummary, prefix: string): string {
  const rows = [...summary.parties]
    .sort((a, b) => b.quoted - a.quoted || a.party.id.localeCompare(b.party.id, 'en', {numeric: true}))
    .map(({party, named, quoted, stances, claims}) => {
      const how = Object.entries(stances)
        .map(([kind, times]) => kind + (times! > 1 ? ' ×' + times : ''))
        .join(', ')
      return (
        '<tr data-party="' + party.id + '" tabindex="0">' +
        '<td class="name">' + escapeHtml(party.name) +
        (party.descriptor ? '<div class="descriptor">' + escapeHtml(party.descriptor) + '</div>' : '') +
        '<div class="kind"><span class="id">' + party.id + '</span> <span class="chip kind-' + party.kind + '">' + kindLabels[party.kind] + '</span>' +
        (named ? '' : ' <span class="unnamed">not named</span>') + '</div></td>' +
        '<td class="num quoted">' + quoted + '</td>' +
        '<td class="how">' + escapeHtml(how || '—') + '</td>' +
        '<td class="claims">' + claims.map((id) => '<a href="#' + prefix + '-' + id + '">' + id + '</a>').join(' ') + '</td>' +
        '</tr>'
      )
    })

  return (
    '<h3>Parties</h3>' +
    (rows.length === 0
      ? '<p class="empty">No parties found.</p>'
      : '<table class="parties"><thead><tr><th>Party</th><th class="num" title="Stances the party takes">Quoted</th><th>How</th><th>Claims</th></tr></thead><tbody>' +
        rows.join('') +
        '</tbody></table>')
  )
}

function claimTable(summary: LedgerSummary, prefix: string): string {
  const rows = summary.claims.map(({claim, status, statuses, sources, singleSource}) =>
    '<tr data-claim="' + claim.id + '" class="' + (singleSource ? 'single' : '') + '">' +
    '<td class="claim-text"><a class="id" href="#' + prefix + '-' + claim.id + '">' + claim.id + '</a> ' + escapeHtml(shorten(claim.text)) + '</td>' +
    '<td class="status">' + (statuses.length > 0 ? statuses : [status]).map((item) => '<span class="chip status-' + item + '">' + statusLabels[item] + '</span>').join(' ') +
    (singleSource ? '<div class="single-flag">single source</div>' : '') + '</td>' +
    '<td class="sources">' + (sources.length > 0 ? sources.map((party) => escapeHtml(party.name)).join(', ') : '<em>none</em>') + '</td>' +
    '</tr>'
  )

  return (
    '<h3>Claims</h3>' +
    (rows.length === 0
      ? '<p class="empty">No claims found.</p>'
      : '<table class="claims"><thead><tr><th>Claim</th><th>Status</th><th>Sources</th></tr></thead><tbody>' +
        rows.join('') +
        '</tbody></table>')
  )
}

/** What every colour and line in the text means. */
function legend(): string {
  return (
    '<dl class="legend" aria-label="Legend">' +
    '<dt>Claims</dt><dd>' +
    statusOrder.map((status) => '<span class="chip status-' + status + '">' + statusLabels[status] + '</span>').join(' ') +
    ' <span class="item"><mark class="claim status-asserted single">red underline</mark> single source: the claim rests on one party alone</span></dd>' +
    '<dt>Sources</dt><dd>' +
    (Object.keys(kindLabels) as PartyKind[]).map((kind) => '<span class="chip kind-' + kind + '">' + kindLabels[kind] + '</span>').join(' ') +
    ' <span class="item"><span class="source kind-person">in bold</span><sup class="tag kind-person">p1 person</sup> a mention of a party: its id and kind</span></dd>' +
    '<dt>Marks</dt><dd>' +
    '<span class="item"><span class="cue">dotted</span> the words that attribute a claim or give its status</span> ' +
    '<span class="item"><span class="flag severity-warning">outlined</span><sup class="ref severity-warning"><span>1</span></sup> what message 1 is about (a quotation nobody says, too)</span>' +
    '</dd></dl>'
  )
}

function count(value: number, singular: string, plural = singular + 's'): string {
  return value + ' ' + (value === 1 ? singular : plural)
}

function shorten(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  return flat.length > 160 ? flat.slice(0, flat.lastIndexOf(' ', 159)) + '…' : flat
}
