/**
 * Bounded time (issue 17, items 5–8): drafts that used to hang vouch or
 * overflow its stack. Each run has a generous bound — these are hang
 * guards, not speed thresholds (speed is measured by `npm run bench:*`).
 */
import {describe, expect, it} from 'vitest'
import {PartyBook} from '../../src/analysis/parties/book.js'
import {emailRanges, linkRanges} from '../../src/formats/urls.js'
import {parseMarker} from '../../src/formats/control.js'
import {folder, messagesOf, vouch} from './run.js'

const claim = 'The claim has not been confirmed by Seoul.\n'
/** Far above what any of these takes now, far below what they took. */
const bound = 30_000

async function timed<T>(run: () => Promise<T>): Promise<{value: T; elapsed: number}> {
  const started = Date.now()
  const value = await run()
  return {value, elapsed: Date.now() - started}
}

describe('no hang on pathological drafts', () => {
  it('reads control comments in linear time (backslashes, a thousand markers)', async () => {
    const cwd = folder({
      'marker.md': claim + '\n<!-- vouch disable x="' + '\\'.repeat(60) + ' -->\n',
      'markers.md': claim + '\n' + '<!-- a '.repeat(300_000 / 7) + '\n',
      'control.md': '<!-- vouch disable unconfirmed-claim -->\n\n' + claim
    })
    const {value: result, elapsed} = await timed(() => vouch(['--reporter', 'json', 'marker.md', 'markers.md', 'control.md'], cwd))
    expect(elapsed).toBeLessThan(bound)
    expect(result.code).toBe(0)
    const rulesOf = (name: string) => messagesOf(result.stdout).filter((message) => message.path === name).map((message) => message.ruleId)
    expect(rulesOf('marker.md')).toContain('unconfirmed-claim')
    expect(rulesOf('markers.md')).toContain('unconfirmed-claim')
    // The comment still works.
    expect(rulesOf('control.md')).not.toContain('unconfirmed-claim')

    expect(parseMarker('<!-- vouch disable a b -->', true)).toEqual({name: 'vouch', attributes: 'disable a b'})
    expect(parseMarker('  <!--vouch-->\n', true)).toEqual({name: 'vouch', attributes: ''})
    expect(parseMarker('<!-- vouch disable --> text <!-- b -->', true)).toBeUndefined()
    expect(parseMarker('<b>not a comment</b>', true)).toBeUndefined()
    expect(parseMarker(' vouch ignore x ', false)).toEqual({name: 'vouch', attributes: 'ignore x'})
  })

  it('finds e-mail addresses in linear time, as before', async () => {
    const text = 'a.'.repeat(150_000) + ' write to jane.doe+news@mail.example.com, or http://www.example.com/x.'
    const {elapsed} = await timed(async () => linkRanges(text))
    expect(elapsed).toBeLessThan(bound)
    expect(linkRanges(text).map(([start, end]) => text.slice(start, end))).toEqual(['jane.doe+news@mail.example.com', 'http://www.example.com/x'])
    expect(emailRanges('.a@b.c- x@y z@w.co').map(([start, end]) => '.a@b.c- x@y z@w.co'.slice(start, end))).toEqual(['a@b.c', 'z@w.co'])
    expect(linkRanges('mail user@www.example.com now').length).toBe(1)

    const cwd = folder({'email.txt': text + '\n\n' + claim})
    const {value: result, elapsed: run} = await timed(() => vouch(['--reporter', 'json', 'email.txt'], cwd))
    expect(run).toBeLessThan(bound)
    expect(messagesOf(result.stdout).map((message) => message.ruleId)).toContain('unconfirmed-claim')
  })

  it('stops a draft at its time limit with one line, and goes on with the others', async () => {
    const cwd = folder({'lists.md': '- '.repeat(10_000) + 'x\n', 'good.md': claim})
    const {value: result, elapsed} = await timed(() => vouch(['--time-limit', '1', 'lists.md', 'good.md'], cwd))
    expect(elapsed).toBeLessThan(bound)
    expect(result.code).toBe(2)
    const lines = result.stderr.split('\n').filter((line) => line.startsWith('vouch: '))
    expect(lines).toEqual(['vouch: lists.md: Not checked: stopped after 1 s, the time limit for a draft this size (the text may be pathological, such as thousands of nested lists or marks)'])
    expect(result.stderr).toMatch(/good\.md\n.*unconfirmed-claim/)
  })

  it('reports a draft nested too deeply to parse as such, not as an internal error', async () => {
    const cwd = folder({'divs.html': '<div>'.repeat(100_000) + claim + '</div>'.repeat(100_000)})
    const {value: result, elapsed} = await timed(() => vouch(['divs.html'], cwd))
    expect(elapsed).toBeLessThan(bound)
    expect(result.code).toBe(2)
    expect(result.stderr.trim()).toBe('vouch: divs.html: Nested too deeply to check (lists, quotes or elements inside each other thousands of levels deep)')
  })

  it('numbers the parties of a draft where one source has 200,000 mentions', () => {
    const book = new PartyBook({text: '', tokens: [], sentences: [], paragraphs: [], markup: false}, {pronouns: new Set()} as never, {} as never)
    const draft = book.self(5_000_000)
    for (let index = 200_000; index > 0; index--) draft.mentions.push({start: index * 10, end: index * 10 + 3, text: 'Kim'})
    const {parties} = book.finish()
    expect(parties).toHaveLength(1)
    expect(parties[0].mentions).toHaveLength(200_000)
    expect(parties[0].mentions[0].start).toBe(10)
  })
})
