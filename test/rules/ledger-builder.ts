/**
 * Build ledgers by hand for rule tests: spans are given as the text they
 * cover (the nth occurrence if it repeats), so tests read like the prose.
 */
import {unified, type Plugin} from 'unified'
import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import type {Claim, Ledger, Party, PartyKind, Quotation, Span, Stance, StanceKind} from '../../src/analysis/types.js'
import {parseEnglish} from '../../src/parse/english.js'

export class LedgerBuilder {
  readonly ledger: Ledger = {parties: [], claims: [], stances: []}

  constructor(readonly text: string) {}

  /** The span of the `nth` (0-based) occurrence of `part`. */
  span(part: string, nth = 0): Span {
    let start = -1
    for (let index = 0; index <= nth; index++) {
      start = this.text.indexOf(part, start + 1)
      if (start === -1) throw new Error('not in text: ' + part + ' #' + nth)
    }

    return {start, end: start + part.length, text: part}
  }

  party(name: string, kind: PartyKind, extra: Partial<Party> = {}): string {
    const id = 'p' + (this.ledger.parties.length + 1)
    const mentions = this.text.includes(name) ? [this.span(name)] : []
    this.ledger.parties.push({id, name, kind, descriptor: null, mentions, ...extra})
    return id
  }

  claim(part: string, nth = 0): string {
    const id = 'c' + (this.ledger.claims.length + 1)
    const claim: Claim = {id, ...this.span(part, nth), sameAs: []}
    this.ledger.claims.push(claim)
    return id
  }

  /** Link claims (symmetric). */
  same(...ids: string[]) {
    for (const claim of this.ledger.claims) {
      if (ids.includes(claim.id)) claim.sameAs = ids.filter((id) => id !== claim.id)
    }
  }

  stance(
    kind: StanceKind,
    cue: string | Span,
    fields: {party?: string | null; claim?: string | null; source?: string | Span | null; via?: string | null; silent?: boolean} = {}
  ): string {
    const id = 's' + (this.ledger.stances.length + 1)
    const stance: Stance = {
      id,
      kind,
      party: fields.party ?? null,
      claim: fields.claim ?? null,
      cue: typeof cue === 'string' ? this.span(cue) : cue,
      source: typeof fields.source === 'string' ? this.span(fields.source) : (fields.source ?? null),
      via: fields.via ?? null,
      ...(fields.silent ? {silent: true} : {})
    }
    this.ledger.stances.push(stance)
    return id
  }

  quotation(part: string, stance?: string | null): void {
    const quotation: Quotation = {...this.span(part), ...(stance === undefined ? {} : {stance})}
    this.ledger.quotations = [...(this.ledger.quotations ?? []), quotation]
  }
}

/** Run one rule (a unified plugin) on `text` with a hand-built ledger. */
export async function runRule(
  rule: Plugin<any[], any, any>,
  builder: LedgerBuilder,
  setting?: unknown
): Promise<VFileMessage[]> {
  const file = new VFile({path: 'draft.txt', value: builder.text})
  file.data.ledger = builder.ledger
  const processor = setting === undefined ? unified().use(rule) : unified().use(rule, setting)
  await processor.run(parseEnglish(builder.text), file)
  return file.messages
}

/** `line:column-line:column: reason`, as reporters print it. */
export function show(message: VFileMessage): string {
  const place = message.place
  if (!place || !('start' in place)) return '?: ' + message.reason
  return (
    place.start.line + ':' + place.start.column + '-' + place.end.line + ':' + place.end.column + ': ' + message.reason
  )
}
