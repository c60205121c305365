/**
 * Datelines: "NAIROBI, Kenya - ", "WASHINGTON (AP) — ", "LONDON: " open a
 * wire story's paragraph with where it was filed. A dateline is no source
 * ("LONDON: Shares fell" is no speaker's label) and no part of a claim
 * ("At least nine people died …", not "NAIROBI, Kenya - At least …").
 */
import type {Document} from '../document.js'
import {textSpan} from '../document.js'
import type {FoundStance} from '../types.js'

/**
 * A place in capitals (a city of one to three words), optionally a region
 * or country after a comma, optionally an agency in brackets, then a dash
 * or a colon: at the very start of a paragraph.
 */
const DATELINE = /^[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,2}(?:, [A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2})?(?: \([^()\n]{1,40}\))? ?(?:[—–]|--?|:)\s+/

/** A dateline's stretch of text, `[start, end)`. */
export type Dateline = {start: number; end: number}

/** The stretch `[start, end)` of every paragraph's dateline, in text order. */
export function findDatelines(doc: Document): Dateline[] {
  const found: Dateline[] = []
  for (const paragraph of doc.paragraphs) {
    // A heading in capitals is no dateline: a dateline is followed by the story.
    const head = doc.text.slice(paragraph.start, Math.min(paragraph.end, paragraph.start + 120))
    const match = DATELINE.exec(head)
    if (match && match.index + match[0].length < paragraph.end - paragraph.start) {
      found.push({start: paragraph.start, end: paragraph.start + match[0].length})
    }
  }

  return found
}

/**
 * Take datelines (`findDatelines`) out of the stances: a stance whose
 * source or cue lies in a dateline goes, and a content that starts in one
 * starts after it.
 */
export function withoutDatelines(doc: Document, stances: FoundStance[], datelines: Dateline[]): FoundStance[] {
  if (datelines.length === 0) return stances
  const inDateline = (offset: number) => datelines.find((line) => offset >= line.start && offset < line.end)
  const kept: FoundStance[] = []
  for (const stance of stances) {
    if (inDateline(stance.cue.start) || (stance.source && inDateline(stance.source.start))) continue
    const line = stance.content && inDateline(stance.content.start)
    if (line && stance.content!.end > line.end) stance.content = textSpan(doc, line.end, stance.content!.end)
    kept.push(stance)
  }

  return kept
}
