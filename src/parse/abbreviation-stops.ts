/**
 * A full stop after "No." before a number ends no sentence.
 *
 * parse-latin knows no English abbreviation that takes a number after it,
 * so "the No. 2 Republican in the Senate" and "Vol. 3" are split after the
 * stop, and an attribution's source is then cut in two ("2 Republican in
 * the Senate"). This paragraph plugin joins such a sentence to the next one
 * when the next one opens with a digit.
 */
import type {Paragraph, Sentence} from 'nlcst'

/** Abbreviations written before a number, lower-cased, without their stop. */
const NUMBER_ABBREVIATIONS = new Set(['no', 'nos', 'vol', 'vols', 'fig', 'figs', 'art', 'arts', 'pp', 'ch', 'sec', 'para'])

export function joinAfterNumberAbbreviations(paragraph: Paragraph): void {
  const children = paragraph.children
  for (let index = 0; index + 2 < children.length; index++) {
    const sentence = children[index]
    const space = children[index + 1]
    const next = children[index + 2]
    if (sentence.type !== 'SentenceNode' || space.type !== 'WhiteSpaceNode' || next.type !== 'SentenceNode') continue
    if (!endsWithNumberAbbreviation(sentence) || !opensWithDigit(next)) continue
    const joined: Sentence = {type: 'SentenceNode', children: [...sentence.children, space, ...next.children]}
    if (sentence.position && next.position) joined.position = {start: sentence.position.start, end: next.position.end}
    children.splice(index, 3, joined)
    index--
  }
}

function endsWithNumberAbbreviation(sentence: Sentence): boolean {
  const nodes = sentence.children
  const stop = nodes[nodes.length - 1]
  const word = nodes[nodes.length - 2]
  if (!stop || !word || stop.type !== 'PunctuationNode' || stop.value !== '.' || word.type !== 'WordNode') return false
  const text = word.children.length === 1 && word.children[0].type === 'TextNode' ? word.children[0].value : ''
  // "No." is an abbreviation capitalised; "say no. 2 …" ends a sentence.
  return NUMBER_ABBREVIATIONS.has(text.toLowerCase()) && (text.toLowerCase() !== 'no' || text === 'No')
}

function opensWithDigit(sentence: Sentence): boolean {
  const first = sentence.children[0]
  return first?.type === 'WordNode' && first.children[0]?.type === 'TextNode' && /^\d/.test(first.children[0].value)
}
