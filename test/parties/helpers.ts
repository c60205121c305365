/** Build hand-made found stances on a text: spans by `indexOf`. */
import {parseEnglish} from '../../src/parse/english.js'
import {buildDocument, type Document} from '../../src/analysis/document.js'
import type {FoundStance, Span, StanceKind} from '../../src/analysis/types.js'

export function documentOf(text: string): Document {
  return buildDocument(parseEnglish(text), text)
}

/** The span of the `nth` occurrence of `needle` at or after `from`. */
export function spanOf(text: string, needle: string, from = 0): Span {
  const start = text.indexOf(needle, from)
  if (start === -1) throw new Error('not in text: ' + needle)
  return {start, end: start + needle.length, text: needle}
}

export interface StanceSketch {
  kind?: StanceKind
  /** Text of the cue; found after `after` (or the previous cue). */
  cue: string
  source?: string | null
  channel?: string | null
  /** Look for the cue after this text. */
  after?: string
  self?: boolean
  /** The same cue as the previous sketch (one stance per coordinated party). */
  sameCue?: boolean
}

/**
 * Turn sketches into found stances. Each cue is searched after the previous
 * one (or after `after`), and its source and channel are the nearest
 * occurrence before the cue (or right after it, for inverted "said X").
 */
export function stancesOf(text: string, sketches: StanceSketch[]): FoundStance[] {
  let position = 0
  let previous: Span | null = null
  const stances: FoundStance[] = []
  for (const sketch of sketches) {
    const from = sketch.after ? text.indexOf(sketch.after, position) : position
    if (from === -1) throw new Error('not in text: ' + sketch.after)
    const cue: Span = sketch.sameCue && previous ? previous : spanOf(text, sketch.cue, from)
    previous = cue
    position = cue.end
    stances.push({
      kind: sketch.kind ?? 'asserts',
      cue,
      source: sketch.source ? near(sketch.source, cue) : null,
      content: null,
      channel: sketch.channel ? near(sketch.channel, cue) : null,
      self: sketch.self
    })
  }

  return stances.sort((a, b) => a.cue.start - b.cue.start)

  function near(needle: string, cue: Span): Span {
    const before = text.lastIndexOf(needle, cue.start)
    if (before !== -1 && cue.start - before < 400) return {start: before, end: before + needle.length, text: needle}
    return spanOf(text, needle, cue.start)
  }
}
