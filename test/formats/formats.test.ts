import {describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import {createProcessor} from '../../src/processor.js'
import {formatOf} from '../../src/formats/index.js'

/** Lint `value` as a file at `path`; return the file with its messages. */
async function lint(value: string, path: string) {
  const file = new VFile({value, path})
  const processor = createProcessor()
  await processor.run(processor.parse(file), file)
  return file
}

function hedges(file: VFile) {
  return file.messages.filter((message) => message.ruleId === 'unsourced-hedge')
}

/** The text a message points at, by its offsets into the original file. */
function pointedAt(file: VFile, message: VFile['messages'][number]) {
  return String(file.value).slice(message.place && 'start' in message.place ? message.place.start.offset : 0,
    message.place && 'end' in message.place ? message.place.end.offset : 0)
}

describe('formats', () => {
  it('picks the format from the extension', () => {
    expect(formatOf(new VFile({path: 'a.md'}))).toBe('markdown')
    expect(formatOf(new VFile({path: 'a.MDX'}))).toBe('markdown')
    expect(formatOf(new VFile({path: 'a.htm'}))).toBe('html')
    expect(formatOf(new VFile({path: 'a.txt'}))).toBe('text')
    expect(formatOf(new VFile({}))).toBe('text')
  })

  it('flags prose in Markdown with positions into the original file', async () => {
    const value = '---\ntitle: Allegedly\n---\n\n# Report\n\nThe minister **allegedly** resigned on Monday.\n'
    const file = await lint(value, 'draft.md')
    const found = hedges(file)
    expect(found).toHaveLength(1)
    expect(found[0].line).toBe(7)
    expect(pointedAt(file, found[0])).toBe('allegedly')
  })

  it('never reads Markdown code, front matter or HTML as prose', async () => {
    const value = [
      '---',
      'summary: the minister allegedly resigned',
      '---',
      '',
      'Nothing here.',
      '',
      '```',
      'The minister allegedly resigned.',
      '```',
      '',
      'Use `allegedly` sparingly.',
      '',
      '<div>The minister allegedly resigned.</div>',
      ''
    ].join('\n')
    expect(hedges(await lint(value, 'draft.md'))).toHaveLength(0)
  })

  it('never reads URLs or e-mail addresses as prose, in any format', async () => {
    const prose = 'Details at https://example.com/allegedly and www.example.org/reportedly, or tips@allegedly.example.'
    expect(hedges(await lint(prose, 'draft.txt'))).toHaveLength(0)
    expect(hedges(await lint('See <https://example.com/allegedly>. ' + prose, 'draft.md'))).toHaveLength(0)
    expect(hedges(await lint('<p>' + prose + '</p>', 'draft.html'))).toHaveLength(0)
  })

  it('flags prose in HTML, not markup, with positions into the original file', async () => {
    const value = '<article class="allegedly">\n  <p>The minister <em>allegedly</em> resigned.</p>\n</article>\n'
    const file = await lint(value, 'draft.html')
    const found = hedges(file)
    expect(found).toHaveLength(1)
    expect(found[0].line).toBe(2)
    expect(pointedAt(file, found[0])).toBe('allegedly')
  })

  it('gives an empty ledger for empty or blank drafts of every format', async () => {
    for (const path of ['a.txt', 'a.md', 'a.html']) {
      for (const value of ['', '  \n\n ']) {
        const file = await lint(value, path)
        expect(file.data.ledger).toEqual({parties: [], claims: [], stances: [], quotations: []})
        expect(file.messages).toHaveLength(0)
      }
    }
  })
})
