/**
 * parse-latin's `breakImplicitSentences` (a blank line ends a sentence),
 * without its garbage: it split the text of every white space of the
 * document into lines to count them (`toString(node).split(/\r\n|\r|\n/)`),
 * an array per space between two words, about a tenth of all the memory a
 * lint allocated. Here the line breaks are counted; the sentences are cut,
 * and their positions set, exactly as parse-latin 7 does.
 *
 * parse-latin does not export its plugins, so `withImplicitBreaks` finds
 * the original in a plugin list by what it does to a probe paragraph.
 */
import type {Paragraph, Sentence, SentenceContent} from 'nlcst'
import {toString} from 'nlcst-to-string'

type ParagraphPlugin = (paragraph: Paragraph) => void

/** Break a sentence where a white space holds more than one line break. */
export function breakImplicitSentences(parent: Paragraph): void {
  let index = 0
  // The length changes as sentences are cut: read it every time.
  while (index < parent.children.length) {
    const child = parent.children[index]
    index = child.type === 'SentenceNode' ? breakSentence(child, index, parent) : index + 1
  }
}

/** Cut `child` (at `index` of `parent`) at its first blank line, if any; the index to visit next. */
function breakSentence(child: Sentence, index: number, parent: Paragraph): number {
  const children = child.children
  // The first and last child are never a break.
  for (let position = 1; position < children.length - 1; position++) {
    const node = children[position]
    if (node.type !== 'WhiteSpaceNode' || !hasTwoLineBreaks(toString(node))) continue
    child.children = children.slice(0, position)
    const insertion: Sentence = {type: 'SentenceNode', children: children.slice(position + 1)}
    const tail = children[position - 1]
    const head = children[position + 1]
    parent.children.splice(index + 1, 0, node, insertion)
    if (child.position && tail.position && head.position) {
      const end = child.position.end
      child.position.end = tail.position.end
      insertion.position = {start: head.position.start, end}
    }

    // Next: the white space just inserted, then the rest of the sentence.
    return index + 1
  }

  return index + 1
}

/** Whether `value` has two line breaks or more (`\r\n`, `\r` or `\n` each one). */
function hasTwoLineBreaks(value: string): boolean {
  let breaks = 0
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index)
    if (code === 13) {
      if (value.charCodeAt(index + 1) === 10) index++
    } else if (code !== 10) {
      continue
    }

    if (++breaks === 2) return true
  }

  return false
}

/**
 * `plugins` with parse-latin's `breakImplicitSentences` replaced by the one
 * above: the only plugin that cuts a probe sentence "a⏎⏎b" in three. If
 * no plugin or several do, `plugins` is returned as is.
 */
export function withImplicitBreaks(plugins: ParagraphPlugin[]): ParagraphPlugin[] {
  const found = plugins.filter((plugin) => {
    const paragraph = probe()
    try {
      plugin(paragraph)
    } catch {
      return false
    }

    const [first, space, last] = paragraph.children
    return paragraph.children.length === 3 && first.type === 'SentenceNode' && space.type === 'WhiteSpaceNode' && last.type === 'SentenceNode'
  })
  if (found.length !== 1) return plugins
  return plugins.map((plugin) => (plugin === found[0] ? breakImplicitSentences : plugin))
}

function probe(): Paragraph {
  const word = (value: string): SentenceContent => ({type: 'WordNode', children: [{type: 'TextNode', value}]})
  return {
    type: 'ParagraphNode',
    children: [{type: 'SentenceNode', children: [word('a'), {type: 'WhiteSpaceNode', value: '\n\n'}, word('b')]}]
  }
}
