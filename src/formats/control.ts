/**
 * Inline control comments in drafts, the ecosystem's way
 * (`unified-message-control`):
 *
 *     <!-- vouch disable unconfirmed-claim -->
 *     <!-- vouch enable unconfirmed-claim -->
 *     <!-- vouch ignore anonymous-source -->
 *
 * In Markdown the comments are mdast `html` nodes, in HTML hast `comment`
 * nodes. Plain text has no comments, so nothing to control.
 *
 * A comment is read by {@link parseMarker}, one linear pass over its text.
 * Not with `mdast-comment-marker`: its regular expressions backtrack, one of
 * them exponentially, and a comment is the draft's own text — 122 bytes
 * (`<!-- vouch disable x="` and 60 backslashes) held it forever, 300 KB of
 * `<!-- a ` took 42 s. vouch needs only what `unified-message-control`
 * reads: the marker's name and the words after it.
 */
import type {Root} from 'nlcst'
import type {Node} from 'unist'
import type {VFile} from 'vfile'
import {messageControl, type Marker} from 'unified-message-control'

export interface ControlOptions {
  /** Every rule id: markers naming another id get a warning. */
  known: string[]
}

/**
 * Read a comment `<!-- name words… -->` (Markdown: the whole `html` node,
 * with white space around it) or a hast comment's value (`name words…`).
 * The name is letters, digits and dashes; the words are everything after
 * it, trimmed. Anything else — two comments in one node, other HTML — is no
 * marker. Linear in the length of the text.
 */
export function parseMarker(text: string, wrapped: boolean): {name: string; attributes: string} | undefined {
  let start = 0
  let end = text.length
  if (wrapped) {
    while (start < end && isSpace(text.charCodeAt(start))) start++
    while (end > start && isSpace(text.charCodeAt(end - 1))) end--
    if (!text.startsWith('<!--', start) || end - start < 7 || !text.startsWith('-->', end - 3)) return undefined
    start += 4
    end -= 3
    // One comment: it ends at its first `-->`.
    const close = text.indexOf('-->', start)
    if (close !== end) return undefined
  }

  while (start < end && isSpace(text.charCodeAt(start))) start++
  let nameEnd = start
  while (nameEnd < end && isNameCharacter(text.charCodeAt(nameEnd))) nameEnd++
  if (nameEnd === start || (nameEnd < end && !isSpace(text.charCodeAt(nameEnd)))) return undefined

  let rest = nameEnd
  while (rest < end && isSpace(text.charCodeAt(rest))) rest++
  while (end > rest && isSpace(text.charCodeAt(end - 1))) end--
  return {name: text.slice(start, nameEnd), attributes: text.slice(rest, end)}
}

function isSpace(code: number): boolean {
  // HTML's ASCII white space.
  return code === 32 || code === 9 || code === 10 || code === 12 || code === 13
}

function isNameCharacter(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 45
}

function markerOf(node: Node, wrapped: boolean): Marker | undefined {
  const value = (node as Node & {value?: unknown}).value
  if (typeof value !== 'string') return undefined
  const marker = parseMarker(value, wrapped)
  return marker
}

const markdownMarker = (node: Node) => markerOf(node, true)
const htmlMarker = (node: Node) => markerOf(node, false)

/** unified plugin: apply inline control comments to vouch's messages. */
export default function vouchControl(options: ControlOptions) {
  return function (_: Root, file: VFile) {
    const source = file.data.vouchSource
    if (!source) return
    messageControl(source.tree, {
      file,
      name: 'vouch',
      known: options.known,
      // Upstream trap: a bare `disable` flips the initial state for *every*
      // rule, which also hides messages before the comment — unless all rules
      // are listed as enabled initially.
      enable: options.known,
      marker: source.format === 'markdown' ? markdownMarker : htmlMarker,
      test: source.format === 'markdown' ? 'html' : 'comment'
    })
  }
}
