import {describe, expect, it} from 'vitest'
import {ParseEnglish} from 'parse-english'
import {location} from 'vfile-location'
import {VFile} from 'vfile'
import {visit} from 'unist-util-visit'
import type {Node} from 'unist'
import {chunkBoundaries, parseEnglish} from '../../src/parse/english.js'
import {buildDocument} from '../../src/analysis/document.js'

const paragraph =
  'Jonah Leff, head of Conflict Armament Research, told the council on Wednesday that remnants of four missiles had been recovered. “This is the first public evidence,” Leff said.\n'

/** Every positioned node's offsets, lines and columns must agree with the text. */
function checkPositions(tree: Node, text: string) {
  const place = location(new VFile(text))
  let checked = 0
  visit(tree, (node) => {
    if (!node.position || node.type === 'RootNode') return
    const {start, end} = node.position
    expect(place.toOffset(start)).toBe(start.offset)
    expect(place.toOffset(end)).toBe(end.offset)
    checked++
  })
  return checked
}

describe('parseEnglish', () => {
  it('parses a short text exactly like parse-english', () => {
    const text = paragraph + '\n' + paragraph
    expect(parseEnglish(text)).toEqual(new ParseEnglish().parse(text))
  })

  it('cuts a long text at paragraph breaks, never inside a paragraph', () => {
    const text = Array.from({length: 400}, () => paragraph).join('\n')
    const cuts = chunkBoundaries(text)
    expect(cuts.length).toBeGreaterThan(2)
    for (const cut of cuts) expect(text.slice(cut - 2, cut)).toBe('\n\n')
  })

  it('keeps offsets, lines and columns true across chunks', () => {
    const text = Array.from({length: 400}, (_, index) => `${index}. ${paragraph}`).join('\n')
    const tree = parseEnglish(text)
    expect(checkPositions(tree, text)).toBeGreaterThan(10_000)
    const doc = buildDocument(tree, text)
    for (const token of doc.tokens) expect(text.slice(token.start, token.end)).toBe(token.text)
    expect(doc.paragraphs).toHaveLength(400)
  })

  it('cuts even a text with no line breaks at all', () => {
    const text = paragraph.replace('\n', ' ').repeat(600)
    const cuts = chunkBoundaries(text)
    expect(cuts.length).toBeGreaterThan(2)
    const tree = parseEnglish(text)
    checkPositions(tree, text)
    const doc = buildDocument(tree, text)
    expect(doc.tokens.map((token) => token.text).join(' ')).toBe(
      text.trim().split(/\s+/).join(' ').replace(/([,.“”])/g, ' $1 ').replace(/\s+/g, ' ').trim()
    )
  })
})
