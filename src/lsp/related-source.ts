/**
 * Where a vouch message keeps the other end of its finding:
 * `message.related`, a list of `{place: {start, end}, message}` with unist
 * points (documented in `src/rule.ts`). This is the one place the language
 * server reads it; anything malformed (say, from a third-party plugin using
 * the same field name) is skipped rather than trusted.
 */
import type {Point, Position} from 'unist'
import type {RelatedPlace} from '../rule.js'

export type {RelatedPlace} from '../rule.js'

function isPoint(value: unknown): value is Point {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Point).line === 'number' &&
    typeof (value as Point).column === 'number'
  )
}

function isPosition(value: unknown): value is Position {
  return typeof value === 'object' && value !== null && isPoint((value as Position).start) && isPoint((value as Position).end)
}

/** The related places of a message, or of a message's data (none if it has none). */
export function relatedOf(message: {related?: unknown}): RelatedPlace[] {
  const related: unknown = message.related
  if (!Array.isArray(related)) return []
  return related.filter(
    (item): item is RelatedPlace =>
      typeof item === 'object' && item !== null && isPosition(item.place) && typeof item.message === 'string'
  )
}
