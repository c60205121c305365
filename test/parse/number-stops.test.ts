import {describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import {location} from 'vfile-location'
import {visit} from 'unist-util-visit'
import {toString} from 'nlcst-to-string'
import type {Root} from 'nlcst'
import {parseEnglish} from '../../src/parse/english.js'
import {parseDraft} from '../../src/formats/index.js'

function sentences(tree: Root): string[] {
  const found: string[] = []
  visit(tree, 'SentenceNode', (node) => {
    found.push(toString(node))
  })
  return found
}

describe('a full stop after a number', () => {
  it('ends the sentence when a capitalised word follows', () => {
    expect(sentences(parseEnglish('There are about 1,800. One list says so.'))).toEqual(['There are about 1,800.', 'One list says so.'])
    expect(sentences(parseEnglish('At least 30 were killed, up from 12. “It is grim,” she said.'))).toEqual([
      'At least 30 were killed, up from 12.',
      '“It is grim,” she said.'
    ])
  })

  it('keeps every offset true, the stop a punctuation mark of its own', () => {
    const text = 'It cost $2,000. Then it fell to 950. Prices rose.'
    const tree = parseEnglish(text)
    const place = location(new VFile(text))
    let checked = 0
    visit(tree, (node) => {
      if (!node.position || node.type === 'RootNode') return
      expect(place.toOffset(node.position.start)).toBe(node.position.start.offset)
      expect(text.slice(node.position.start.offset, node.position.end.offset)).toBe(toString(node as never))
      checked++
    })
    expect(checked).toBeGreaterThan(20)
    expect(sentences(tree)).toEqual(['It cost $2,000.', 'Then it fell to 950.', 'Prices rose.'])
    const stops: number[] = []
    visit(tree, 'PunctuationNode', (node) => {
      if (node.value === '.') stops.push(node.position!.start.offset!)
    })
    expect(stops).toEqual([text.indexOf('. Then'), text.indexOf('. Prices'), text.length - 1])
  })

  it('takes the stop out of a number that ends a paragraph', () => {
    const tree = parseEnglish('There are about 1,800.\n\nNext one.')
    const stops: number[] = []
    visit(tree, 'PunctuationNode', (node) => {
      if (node.value === '.') stops.push(node.position!.start.offset!)
    })
    expect(stops).toEqual([21, 32])
    expect(sentences(tree)).toEqual(['There are about 1,800.', 'Next one.'])
  })

  it('leaves an enumerator, a lower-case continuation and initials alone', () => {
    expect(sentences(parseEnglish('1. Background matters.'))).toEqual(['1. Background matters.'])
    expect(sentences(parseEnglish('They killed 30. officials said.'))).toEqual(['They killed 30. officials said.'])
    expect(sentences(parseEnglish('John F. Kennedy spoke.'))).toEqual(['John F. Kennedy spoke.'])
  })

  it('ends the sentence in Markdown and HTML drafts too', () => {
    expect(sentences(parseDraft('There are about 1,800. One list says so.\n', new VFile({path: 'a.md'})))).toEqual(['There are about 1,800.', 'One list says so.'])
    expect(sentences(parseDraft('<p>There are about 1,800. One list says so.</p>', new VFile({path: 'a.html'})))).toEqual(['There are about 1,800.', 'One list says so.'])
  })
})
