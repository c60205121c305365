/**
 * The report's parts without a browser: overlapping highlights nest as valid
 * HTML, the tables' numbers come from the ledger, messages are listed in text
 * order and mark their passages, and the page is self-contained.
 */
import fs from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {fromHtml} from '../../src/formats/html.js'
import {VFile} from 'vfile'
import {baseProcessor} from '../../src/processor.js'
import {escapeHtml, markup, nonProse, renderReport, summarise, type ReportMessage} from '../../src/report/index.js'
import {handLedger} from './ledger-fixture.js'

const sample = fs.readFileSync(path.join(import.meta.dirname, '../fixtures/north-korean-missiles-unsc.txt'), 'utf8')

describe('markup', () => {
  it('escapes text and nests crossing ranges by splitting them', () => {
    const text = 'a <b> & c d e'
    const html = markup(text, [
      {start: 0, end: 9, open: '<x>', close: '</x>', rank: 0},
      {start: 6, end: 13, open: '<y>', close: '</y>', after: '<i>label</i>', rank: 1}
    ])
    expect(html).toBe('<x>a &lt;b&gt; <y>&amp; c</y></x><y> d e</y><i>label</i>')
  })

  it('puts the longer of two ranges that start together outside, and the id on the first fragment only', () => {
    const html = markup('one two three', [
      {start: 0, end: 3, open: '<s>', close: '</s>', rank: 1},
      {start: 0, end: 7, open: '<m>', openFirst: '<m id="c1">', close: '</m>', rank: 0},
      {start: 4, end: 13, open: '<s2>', close: '</s2>', rank: 1}
    ])
    expect(html).toBe('<m id="c1"><s>one</s> <s2>two</s2></m><s2> three</s2>')
    expect(html.match(/id=/g)).toHaveLength(1)
  })

  it('drops empty and out-of-range spans', () => {
    expect(markup('abc', [{start: 1, end: 1, open: '<x>', close: '</x>', rank: 0}, {start: 2, end: 9, open: '<y>', close: '</y>', rank: 0}])).toBe('abc')
    expect(escapeHtml(`"'<&>`)).toBe('&quot;&#39;&lt;&amp;&gt;')
  })
})

describe('summary', () => {
  it('counts stances per party, names, statuses through sameAs and single sources', () => {
    const summary = summarise(handLedger(sample))
    const byId = new Map(summary.parties.map((party) => [party.party.id, party]))
    expect(byId.get('p1')).toMatchObject({named: true, quoted: 1, stances: {asserts: 1}, claims: ['c1']})
    expect(byId.get('p2')).toMatchObject({named: false, quoted: 1})
    expect(byId.get('p4')).toMatchObject({quoted: 0, claims: []})
    const claims = new Map(summary.claims.map((claim) => [claim.claim.id, claim]))
    expect(claims.get('c1')).toMatchObject({status: 'asserted', singleSource: true})
    // c2 is asserted by officials and not confirmed by Moscow (c3 is the same claim).
    expect(claims.get('c2')).toMatchObject({status: 'unconfirmed', statuses: ['unconfirmed', 'asserted'], singleSource: true})
    expect(claims.get('c3')?.status).toBe('unconfirmed')
  })
})

describe('page', () => {
  it('is one well-formed, self-contained HTML document', () => {
    const html = renderReport([{path: 'sample.txt', text: sample, ledger: handLedger(sample)}], {version: '9.9.9'})
    expect(html.startsWith('<!doctype html>')).toBe(true)
    expect(html).not.toMatch(/<link\b|\bsrc=|@import|url\(/i)
    expect(html).not.toMatch(/https?:\/\/(?!example)/)
    // The text survives: strip the markup and the article is all there.
    const tree = fromHtml(html)
    const article = findFirst(tree, (node) => node.tagName === 'article')
    expect(article).toBeDefined()
    expect(textOf(article!)).toBe(sample)
  })

  it('renders one section per draft for a set', () => {
    const html = renderReport([
      {path: 'a.txt', text: sample, ledger: handLedger(sample)},
      {path: 'b.txt', text: 'Nothing here.', ledger: {parties: [], claims: [], stances: []}}
    ])
    expect(html.match(/<section class="draft"/g)).toHaveLength(2)
    expect(html).toContain('id="d0-c1"')
    expect(html).toContain('No claims found.')
  })
})

describe('messages', () => {
  /** A message on `needle` (its first occurrence in `text`), as reporters give it. */
  function on(text: string, needle: string, reason: string): ReportMessage {
    const start = text.indexOf(needle)
    const end = start + needle.length
    const point = (offset: number) => {
      const before = text.slice(0, offset).split('\n')
      return {line: before.length, column: before.at(-1)!.length + 1}
    }

    const from = point(start)
    const to = point(end)
    return {reason, ruleId: 'some-rule', severity: 'warning', line: from.line, column: from.column, endLine: to.line, endColumn: to.column, url: 'https://example.com/some-rule.md'}
  }

  function page(text: string, messages: ReportMessage[]) {
    const tree = fromHtml(renderReport([{path: 'a.txt', text, ledger: handLedger(sample), messages}])) as Node
    const all = (test: (node: Node) => boolean) => findAll(tree, test)
    const byId = (id: string) => findFirst(tree, (node) => node.properties?.id === id)
    return {all, byId}
  }

  it('are listed in text order, numbered, each a link to a mark over exactly its passage', () => {
    const later = on(sample, 'Neither Moscow', 'Later finding')
    const earlier = on(sample, 'Jonah Leff', 'Earlier finding')
    const {all, byId} = page(sample, [later, earlier])
    const items = all((node) => node.tagName === 'li' && hasClass(node, 'message'))
    expect(items.map((item) => textOf(findFirst(item, (node) => hasClass(node, 'reason'))!))).toEqual(['Earlier finding', 'Later finding'])
    for (const [index, item] of items.entries()) {
      const link = findFirst(item, (node) => node.tagName === 'a' && hasClass(node, 'go'))!
      const target = byId(String(link.properties!.href).slice(1))
      expect(target && hasClass(target, 'flag')).toBe(true)
      expect(textOf(target!)).toBe(['Jonah Leff', 'Neither Moscow'][index])
      // The mark's number links back to the message.
      const flags = all((node) => hasClass(node, 'flag') && node.properties?.dataMessage === String(index + 1))
      expect(flags.length).toBeGreaterThan(0)
    }

    const article = all((node) => node.tagName === 'article')[0]
    const backLinks = findAll(article, (node) => node.tagName === 'sup' && hasClass(node, 'ref')).map((sup) => String(findFirst(sup, (node) => node.tagName === 'a')!.properties!.href))
    expect(backLinks.map((href) => byId(href.slice(1))?.tagName)).toEqual(['li', 'li'])
  })

  it('marks the word at a message with no end, and lists a message about the whole file without a link', () => {
    const point = {...on(sample, 'Jonah Leff', 'At a point'), endLine: null, endColumn: null}
    const whole: ReportMessage = {reason: 'About the file', severity: 'info'}
    const {all, byId} = page(sample, [whole, point])
    const items = all((node) => node.tagName === 'li' && hasClass(node, 'message'))
    expect(items.map((item) => textOf(findFirst(item, (node) => hasClass(node, 'reason'))!))).toEqual(['At a point', 'About the file'])
    expect(textOf(byId('d0-m1')!)).toBe('Jonah')
    expect(findFirst(items[1], (node) => node.tagName === 'a' && hasClass(node, 'go'))).toBeUndefined()
  })
})

describe('non-prose parts', () => {
  /** The text of `value` that is not prose, once parsed as `name`. */
  function dimmed(name: string, value: string): string[] {
    const file = new VFile({path: name, value})
    baseProcessor().parse(file)
    return nonProse(file).map((range) => value.slice(range.start, range.end))
  }

  it('are the front matter, code and raw HTML of Markdown', () => {
    const value = '---\ntitle: x\n---\n\nSome prose.\n\n```\ncode\n```\n\n<div>raw</div>\n'
    expect(dimmed('a.md', value)).toEqual(['---\ntitle: x\n---', '```\ncode\n```', '<div>raw</div>'])
  })

  it('are everything but the text of HTML', () => {
    const value = '<html><head><title>T</title></head><body>\n<p class="x">Some <b>bold</b> prose.</p>\n<pre>code</pre></body></html>'
    const parts = dimmed('a.html', value)
    expect(parts.join('')).not.toMatch(/Some|bold|prose/)
    expect(parts.join('')).toContain('<p class="x">')
    expect(parts.join('')).toContain('<pre>code</pre>')
    expect(dimmed('a.txt', 'Plain prose.')).toEqual([])
  })
})

interface Node {
  type: string
  tagName?: string
  value?: string
  properties?: Record<string, unknown>
  children?: Node[]
}

/** Text of a node, without the labels (`sup`) the report adds. */
function textOf(node: Node): string {
  return 'value' in node && node.type === 'text' ? String(node.value) : (node.children ?? []).filter((child) => child.tagName !== 'sup').map(textOf).join('')
}

function hasClass(node: Node, name: string): boolean {
  const value = node.properties?.className
  return Array.isArray(value) && value.includes(name)
}

function findAll(node: Node, test: (node: Node) => boolean, found: Node[] = []): Node[] {
  if (test(node)) found.push(node)
  for (const child of node.children ?? []) findAll(child, test, found)
  return found
}

function findFirst(node: Node, test: (node: Node) => boolean): Node | undefined {
  if (test(node)) return node
  for (const child of node.children ?? []) {
    const found = findFirst(child, test)
    if (found) return found
  }

  return undefined
}
