/**
 * Related information: the other end of a finding.
 *
 * A vouch finding often has two places — the unconfirmed claim and the
 * attribution it rests on, the denied claim and the paragraph that states it
 * as fact. Rules put the other places on the message (see `src/rule.ts`);
 * LSP shows them as `relatedInformation` (“asserted here”, clickable).
 *
 * `unified-language-server` turns messages into diagnostics itself and
 * knows nothing of related places, so the processor records them here when a
 * check ends ({@link recordRelated}) and the connection adds them to the
 * diagnostics it publishes ({@link withRelated}). The two meet by document
 * URI, rule id, range and reason, which identify a message in a check.
 */
import type {Point, Position} from 'unist'
import type {VFileMessage} from 'vfile-message'
import type {Diagnostic, DiagnosticRelatedInformation, Range} from 'vscode-languageserver/node.js'
import {fromPoint, fromPosition} from 'unist-util-lsp'
import {relatedOf} from './related-source.js'

interface Recorded {
  reason: string
  related: DiagnosticRelatedInformation[]
}

/** Per document URI: per `ruleId|range`, the findings with related places. */
const recorded = new Map<string, Map<string, Recorded[]>>()

/** The LSP range of a unist position or point (what `unified-language-server` does too). */
export function rangeOf(place: Position | Point | undefined): Range {
  if (!place) return {start: {line: 0, character: 0}, end: {line: 0, character: 0}}
  if ('start' in place) return fromPosition(place)
  const point = fromPoint(place)
  return {start: point, end: point}
}

function keyOf(ruleId: string | number | undefined, range: Range): string {
  return [ruleId ?? '', range.start.line, range.start.character, range.end.line, range.end.character].join(':')
}

/** The related information of one message, as LSP wants it (same document). */
export function relatedInformation(uri: string, message: VFileMessage): DiagnosticRelatedInformation[] {
  return relatedOf(message).map((related) => ({
    location: {uri, range: rangeOf(related.place)},
    message: related.message
  }))
}

/** Record the related places of a finished check of `uri` (replacing the previous check’s). */
export function recordRelated(uri: string, messages: readonly VFileMessage[]) {
  const table = new Map<string, Recorded[]>()
  for (const message of messages) {
    const related = relatedInformation(uri, message)
    if (related.length === 0) continue
    const key = keyOf(message.ruleId ?? undefined, rangeOf(message.place ?? undefined))
    const list = table.get(key) ?? []
    list.push({reason: message.reason, related})
    table.set(key, list)
  }

  recorded.set(uri, table)
}

/** Drop what was recorded for a closed document. */
export function forgetRelated(uri: string) {
  recorded.delete(uri)
}

/** Add the recorded related information to the diagnostics published for `uri`. */
export function withRelated(uri: string, diagnostics: Diagnostic[]): Diagnostic[] {
  const table = recorded.get(uri)
  if (!table || table.size === 0) return diagnostics
  return diagnostics.map(function (diagnostic) {
    const candidates = table.get(keyOf(diagnostic.code, diagnostic.range))
    // `unified-language-server` appends the note (and a cause) to the reason.
    const match = candidates?.find((candidate) => diagnostic.message.startsWith(candidate.reason))
    return match ? {...diagnostic, relatedInformation: match.related} : diagnostic
  })
}
