/**
 * Related information: the other end of a finding.
 *
 * A vouch finding often has two places — the unconfirmed claim and the
 * attribution it rests on, the denied claim and the paragraph that states it
 * as fact. Rules put the other places on the message (see `src/rule.ts`);
 * LSP shows them as `relatedInformation` (“asserted here”, clickable).
 */
import type {Point, Position} from 'unist'
import type {DiagnosticRelatedInformation, Range} from 'vscode-languageserver/node.js'
import {fromPoint, fromPosition} from 'unist-util-lsp'
import {relatedOf} from './related-source.js'

/** The LSP range of a unist position or point (none: the start of the document). */
export function rangeOf(place: Position | Point | undefined | null): Range {
  if (!place) return {start: {line: 0, character: 0}, end: {line: 0, character: 0}}
  if ('start' in place) return fromPosition(place)
  const point = fromPoint(place)
  return {start: point, end: point}
}

/** The related information of one message, as LSP wants it (same document). */
export function relatedInformation(uri: string, message: {related?: unknown}): DiagnosticRelatedInformation[] {
  return relatedOf(message).map((related) => ({
    location: {uri, range: rangeOf(related.place)},
    message: related.message
  }))
}
