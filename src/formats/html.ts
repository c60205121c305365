import type {Root} from 'hast'
import {unified} from 'unified'
import rehypeParse from 'rehype-parse'

// Drafts are often fragments; `fragment: true` keeps positions for those and
// still parses whole documents (their <head> text is skipped by the bridge).
const html = unified().use(rehypeParse, {fragment: true}).freeze()

/** Parse HTML to hast. */
export function fromHtml(value: string): Root {
  return html.parse(value)
}
