/**
 * Inline control comments in drafts, the ecosystem's way
 * (`unified-message-control`):
 *
 *     <!-- vouch disable unconfirmed-claim -->
 *     <!-- vouch enable unconfirmed-claim -->
 *     <!-- vouch ignore anonymous-source -->
 *
 * Markdown comments are read with `mdast-comment-marker`; HTML comments are
 * hast `comment` nodes. Plain text has no comments, so nothing to control.
 */
import type {Root} from 'nlcst'
import type {Node} from 'unist'
import type {VFile} from 'vfile'
import {commentMarker} from 'mdast-comment-marker'
import {messageControl, type Marker} from 'unified-message-control'

export interface ControlOptions {
  /** Every rule id: markers naming another id get a warning. */
  known: string[]
}

/** Parse a hast `<!-- name attributes -->` comment to a marker. */
function htmlCommentMarker(node: Node): Marker | undefined {
  if (node.type !== 'comment') return undefined
  const match = /^\s*([a-zA-Z][\w-]*)(?:\s+([\s\S]*?))?\s*$/.exec((node as Node & {value: string}).value)
  return match ? {name: match[1], attributes: match[2] ?? ''} : undefined
}

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
      marker: source.format === 'markdown' ? (commentMarker as (node: Node) => Marker | undefined) : htmlCommentMarker,
      test: source.format === 'markdown' ? 'html' : 'comment'
    })
  }
}
