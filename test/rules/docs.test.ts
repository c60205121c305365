/**
 * The rule docs run as tests (like remark-lint's): every `rules/*.md` page's
 * examples are linted with the real preset and must give exactly the
 * messages the page shows.
 *
 * ## Convention
 *
 * An example is a fenced block whose info string is `text`, optionally
 * followed by this rule's setting as JSON (`text ["warn", {"minimumWords": 1}]`).
 * The very next fenced block must be an `out` block listing the messages
 * *of the page's rule* that the example gives, one per line as
 * `line:column-line:column: reason` (positions inside the example), or the
 * single line `No messages.`. Other fenced blocks (`js` option samples) are
 * ignored. Every page needs at least one example with messages and one
 * without.
 */
import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import {createProcessor} from '../../src/processor.js'
import {rules} from '../../src/index.js'
import {show} from './ledger-builder.js'

const rulesFolder = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../rules')

interface Example {
  input: string
  setting: unknown
  expected: string[]
  /** Line of the `text` fence in the page, for failure messages. */
  line: number
}

/** Extract the examples of a page (see the convention above). */
export function examplesOf(page: string): Example[] {
  const fence = /^```([^\n]*)\n([\s\S]*?)^```[ \t]*$/gm
  const blocks: Array<{info: string; value: string; line: number}> = []
  let match
  while ((match = fence.exec(page))) {
    blocks.push({info: match[1].trim(), value: match[2], line: page.slice(0, match.index).split('\n').length})
  }

  const examples: Example[] = []
  for (let index = 0; index < blocks.length; index++) {
    const block = blocks[index]
    const [lang, ...rest] = block.info.split(/\s+/)
    if (lang !== 'text') continue
    const out = blocks[index + 1]
    if (!out || out.info !== 'out') throw new Error('line ' + block.line + ': a `text` example must be followed by an `out` block')
    const lines = out.value.split('\n').filter((line) => line.trim() !== '')
    examples.push({
      // The fence's last newline is not part of the example.
      input: block.value.replace(/\n$/, ''),
      setting: rest.length > 0 ? JSON.parse(rest.join(' ')) : undefined,
      expected: lines.length === 1 && lines[0].trim() === 'No messages.' ? [] : lines,
      line: block.line
    })
    index++
  }

  return examples
}

describe('rule docs', () => {
  for (const rule of rules) {
    const page = fs.readFileSync(path.join(rulesFolder, rule.id + '.md'), 'utf8')
    const examples = examplesOf(page)

    describe(rule.id + '.md', () => {
      it('starts with the rule id and has examples with and without messages', () => {
        expect(page.startsWith('# `' + rule.id + '`\n')).toBe(true)
        expect(examples.some((example) => example.expected.length > 0)).toBe(true)
        expect(examples.some((example) => example.expected.length === 0)).toBe(true)
      })

      for (const example of examples) {
        const title = 'line ' + example.line + ': ' + example.input.split('\n')[0].slice(0, 50)
        it(title, async () => {
          const file = new VFile({path: 'example.txt', value: example.input})
          const settings = example.setting === undefined ? undefined : {rules: {[rule.id]: example.setting as 'warn'}}
          await createProcessor(settings).process(file)
          const messages = file.messages.filter((message) => message.ruleId === rule.id).map(show)
          expect(messages).toEqual(example.expected)
        })
      }
    })
  }
})

describe('doc example convention', () => {
  it('reads examples, settings and “No messages.”', () => {
    const page = [
      '```text',
      'One.',
      '```',
      '',
      '```out',
      '1:1-1:4: Something',
      '```',
      '',
      '```js',
      'ignored()',
      '```',
      '',
      '```text ["warn", {"minimumWords": 1}]',
      'Two.',
      '',
      'Three.',
      '```',
      '',
      '```out',
      'No messages.',
      '```'
    ].join('\n')
    expect(examplesOf(page)).toEqual([
      {input: 'One.', setting: undefined, expected: ['1:1-1:4: Something'], line: 1},
      {input: 'Two.\n\nThree.', setting: ['warn', {minimumWords: 1}], expected: [], line: 13}
    ])
  })

  it('rejects an example without its out block', () => {
    expect(() => examplesOf('```text\nOne.\n```\n')).toThrow(/must be followed by an `out` block/)
  })
})
