/**
 * Overlapping highlights as well-formed HTML.
 *
 * A claim contains the source of a nested attribution; a source mention can
 * straddle the end of a claim. HTML elements must nest, so a range that
 * crosses another is split into fragments: at each boundary, ranges that end
 * are closed (closing and reopening whatever was opened inside them), then
 * ranges that start are opened, longest first. A range's label is written
 * once, after its last fragment.
 */

export interface MarkRange {
  start: number
  end: number
  /** Opening tag, e.g. `<mark class="claim">`. */
  open: string
  /** Opening tag of the first fragment, if different (to carry an `id` once). */
  openFirst?: string
  /** Matching closing tag, e.g. `</mark>`. */
  close: string
  /** HTML written right after the range's last fragment (a label), if any. */
  after?: string
  /** Nesting preference when two ranges start together: lower is outside. */
  rank: number
}

const escapes: Record<string, string> = {'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'}

/** Escape text for HTML content and attribute values. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (character) => escapes[character])
}

/** `text` as escaped HTML with `ranges` marked up. Ranges outside the text or empty are dropped. */
export function markup(text: string, ranges: MarkRange[]): string {
  const valid = ranges.filter((range) => range.start >= 0 && range.end <= text.length && range.start < range.end)
  const starts = new Map<number, MarkRange[]>()
  const boundaries = new Set<number>([0, text.length])
  for (const range of valid) {
    const list = starts.get(range.start)
    if (list) list.push(range)
    else starts.set(range.start, [range])
    boundaries.add(range.start)
    boundaries.add(range.end)
  }

  const points = [...boundaries].sort((a, b) => a - b)
  const stack: MarkRange[] = []
  let html = ''

  for (let index = 0; index < points.length; index++) {
    const point = points[index]

    // Close what ends here. Anything opened above it is closed and reopened.
    if (stack.some((range) => range.end === point)) {
      const reopen: MarkRange[] = []
      while (stack.some((range) => range.end === point)) {
        const top = stack.pop()!
        html += top.close
        if (top.end === point) html += top.after ?? ''
        else reopen.unshift(top)
      }

      for (const range of reopen) {
        html += range.open
        stack.push(range)
      }
    }

    // Open what starts here: longest (then lowest rank) outside.
    const opening = (starts.get(point) ?? []).sort((a, b) => b.end - a.end || a.rank - b.rank)
    for (const range of opening) {
      html += range.openFirst ?? range.open
      stack.push(range)
    }

    const next = points[index + 1]
    if (next !== undefined) html += escapeHtml(text.slice(point, next))
  }

  // Nothing is left open: every range ends at a boundary within the text.
  return html
}
