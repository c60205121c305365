/**
 * A full stop after a number ends an English sentence.
 *
 * parse-latin reads a full stop after a number of one to three digits as an
 * ordinal's (German "am 3. Mai", one of its abbreviation prefixes) and runs
 * the sentence on, so to it "… about 1,800. One list says …" and "… were
 * killed 30. Officials said …" are one sentence each. English writes no
 * ordinal stop: this paragraph plugin splits such a sentence after the stop
 * when a capitalised word (or an opening quotation mark) follows, takes the
 * stop out of the number at the end of a paragraph too, and leaves an
 * enumerator that opens its sentence ("1. Background") alone.
 */
import type {Paragraph, Punctuation, Sentence, SentenceContent, Word} from 'nlcst'

export function splitAfterNumberStops(paragraph: Paragraph): void {
  const children = paragraph.children
  for (let index = 0; index < children.length; index++) {
    const sentence = children[index]
    if (sentence.type !== 'SentenceNode') continue
    detachFinalStop(sentence)
    const at = numberStop(sentence.children)
    if (at === -1) continue
    const stop = detachStop(sentence.children[at] as Word)
    const space = sentence.children[at + 1]
    const head = sentenceOf([...sentence.children.slice(0, at + 1), stop])
    const tail = sentenceOf(sentence.children.slice(at + 2))
    // The white space between two sentences belongs to the paragraph.
    children.splice(index, 1, head, space as never, tail)
    index++
  }
}

/** "… about 1,800." at the end of a paragraph: the stop is the sentence's, not the number's. */
function detachFinalStop(sentence: Sentence): void {
  const nodes = sentence.children
  const last = nodes.length - 1
  if (last < 1 || !isNumberStop(nodes[last]) || !nodes.slice(0, last).some((node) => node.type === 'WordNode')) return
  nodes.push(detachStop(nodes[last] as Word))
}

/** Take the full stop out of a number-stop word; return it as a punctuation node. */
function detachStop(word: Word): Punctuation {
  const stop = word.children.pop() as Punctuation
  const number = word.children[0]
  if (word.position && number.position) word.position = {start: word.position.start, end: number.position.end}
  return {type: 'PunctuationNode', value: stop.value, position: stop.position}
}

function isNumberStop(node: SentenceContent): boolean {
  if (node.type !== 'WordNode' || node.children.length !== 2) return false
  const [first, last] = node.children
  return first.type === 'TextNode' && SHORT_NUMBER.test(first.value) && last.type === 'PunctuationNode' && last.value === '.'
}

/** The index of a word that is a short number with a full stop, ending a sentence inside `nodes`; -1 if none. */
function numberStop(nodes: SentenceContent[]): number {
  let words = 0
  for (let i = 0; i + 2 < nodes.length; i++) {
    const node = nodes[i]
    if (node.type !== 'WordNode') continue
    words++
    if (words === 1 || !isNumberStop(node) || nodes[i + 1].type !== 'WhiteSpaceNode') continue
    if (opensSentence(nodes[i + 2])) return i
  }

  return -1
}

const SHORT_NUMBER = /^\d{1,3}$/

function opensSentence(node: SentenceContent): boolean {
  if (node.type === 'WordNode') {
    const head = node.children[0]
    return head.type === 'TextNode' && /^\p{Lu}/u.test(head.value)
  }

  return node.type === 'PunctuationNode' && (node.value === '“' || node.value === '"')
}

function sentenceOf(children: SentenceContent[]): Sentence {
  const first = children[0].position
  const last = children[children.length - 1].position
  return first && last ? {type: 'SentenceNode', children, position: {start: first.start, end: last.end}} : {type: 'SentenceNode', children}
}
