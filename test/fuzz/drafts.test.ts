/**
 * Random and adversarial drafts through the CLI (issue 17, “Done when”):
 * prose mixed with nested marks, long runs of markup, character references,
 * escapes and mixed line endings, in Markdown, HTML and plain text. Seeded,
 * so a failure reproduces; small, so it runs in seconds.
 *
 * For every draft: vouch finishes within its time limit and checks it (no
 * problem, no internal error); every reported range, related place and
 * ledger span lies inside the text and starts and ends on word boundaries
 * (positions that drift cut words: “but the c”, “by S”); a message that
 * quotes the words at its range quotes exactly them; and the editor's
 * ranges are the CLI's.
 */
import {describe, expect, it} from 'vitest'
import {decodeNamedCharacterReference} from 'decode-named-character-reference'
import {location} from 'vfile-location'
import {runCheck} from '../../src/check/job.js'
import {toDiagnostic} from '../../src/lsp/diagnostics.js'
import {folder, vouch} from '../security/run.js'

/** mulberry32: a small seeded generator. */
function random(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let value = state
    value = Math.imul(value ^ (value >>> 15), value | 1)
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61)
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296
  }
}

const sentences = [
  'Officials said the troops had withdrawn.',
  'The claim has not been confirmed by Seoul.',
  'The minister claimed victory on Monday.',
  '“We will not retreat,” Kim Jong Un said.',
  'The ministry did not respond to a request for comment.',
  'Pyongyang denied that the missiles were launched.',
  'The rocket allegedly reached orbit.',
  'A source familiar with the matter said the deal was off.',
  'Experts say the plan will fail.',
  'The Korean Central News Agency reported the launch.'
]

const references = ['&amp;', '&lt;', '&gt;', '&#8217;', '&#128512;', '&nbsp;', '&eacute;', '&quot;', '&#x2014;', '&amp']
const escapes = ['\\&', '\\*', '\\_', '\\[', '\\\\', '\\#']
const lineEndings = ['\n', '\r\n', '\r\n\r\n', '\n\n', '\r']

type Format = 'md' | 'html' | 'txt'

/** One draft: prose with adversarial pieces between and inside sentences. */
function draft(next: () => number, format: Format): string {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]
  const repeat = (piece: string, most: number) => piece.repeat(1 + Math.floor(next() * most))
  const pieces: string[] = []
  const count = 3 + Math.floor(next() * 8)
  for (let index = 0; index < count; index++) {
    let sentence = pick(sentences)
    // A reference or escape inside the sentence, between two words.
    if (next() < 0.5) {
      const words = sentence.split(' ')
      const at = 1 + Math.floor(next() * (words.length - 1))
      words.splice(at, 0, format === 'md' && next() < 0.5 ? pick(escapes) : pick(references))
      sentence = words.join(' ')
    }

    // Marks around a word.
    if (format !== 'txt' && next() < 0.4) {
      const words = sentence.split(' ')
      const at = Math.floor(next() * words.length)
      const marks = format === 'md' ? ['*', '**', '_', '***', '`', '~~'] : ['b', 'i', 'em', 'strong', 'a']
      const mark = pick(marks)
      words[at] = format === 'md' ? mark + words[at] + mark : '<' + mark + '>' + words[at] + '</' + mark + '>'
      sentence = words.join(' ')
    }

    pieces.push(sentence)
    const roll = next()
    if (roll < 0.15) pieces.push(pick(lineEndings))
    else if (roll < 0.25) pieces.push(pick(lineEndings) + adversarial(next, format) + pick(lineEndings))
    else pieces.push(' ')
  }

  const body = pieces.join('')
  if (format !== 'html') return body + '\n'
  const wrap = pick(['<p>X</p>', '<div>X</div>', 'X', '<p>Intro.</p>X', '<body>X</body>', '<ul><li>X</li></ul>', '<blockquote><p>X</p></blockquote>'])
  return wrap.replace('X', body) + '\n'
}

/** A long run of markup or an odd construct. */
function adversarial(next: () => number, format: Format): string {
  const runs: Record<Format, string[]> = {
    md: ['*'.repeat(300), '- '.repeat(40) + 'x', '> '.repeat(40) + 'x', '***a*b**c*'.repeat(20), '<!-- vouch disable x="' + '\\'.repeat(40) + ' -->', '[a](<b>)'.repeat(30), '&amp;'.repeat(200), '\\*'.repeat(200), '<!-- vouch disable unconfirmed-claim -->', '<!-- vouch enable -->', '# ' + '#'.repeat(50), '```\ncode\n```'],
    html: ['<b>'.repeat(200) + 'x' + '</b>'.repeat(200), '<div>'.repeat(100) + 'x' + '</div>'.repeat(100), '&amp;'.repeat(300), '<!-- vouch disable -->', '<!-- vouch enable -->', '<br>'.repeat(50), '<script>var a = "claimed";</script>', '<p>' + '&#8217;'.repeat(100) + '</p>'],
    txt: ['a.'.repeat(2000), 'x@y.z '.repeat(100), 'http://example.com/allegedly '.repeat(20), '"'.repeat(200), '“'.repeat(100) + '”'.repeat(100), '-'.repeat(500)]
  }
  const list = runs[format]
  return list[Math.floor(next() * list.length)]
}

const isWord = (character: string | undefined) => character !== undefined && /[\p{L}\p{N}]/u.test(character)

/** Where `[start, end)` cuts a word, if anywhere. */
function cut(text: string, start: number, end: number): string | undefined {
  if (start < 0 || end > text.length || start > end) return 'outside the text (' + start + '-' + end + ' of ' + text.length + ')'
  if (start === end) return undefined
  if (isWord(text[start - 1]) && isWord(text[start])) return 'starts inside a word: ' + JSON.stringify(text.slice(Math.max(0, start - 10), end))
  if (isWord(text[end - 1]) && isWord(text[end])) return 'ends inside a word: ' + JSON.stringify(text.slice(start, end + 10))
  return undefined
}

interface JsonMessage {
  reason: string
  ruleId: string | null
  source: string | null
  severity: string
  line: number | null
  column: number | null
  endLine: number | null
  endColumn: number | null
}

/**
 * What a reader sees of raw draft text: tags and Markdown emphasis left
 * out, character references decoded (messages quote the words, not the
 * markup).
 */
function visible(raw: string, html: boolean): string {
  // HTML decodes a reference without its semicolon ("&amp chips"); Markdown does not.
  const reference = html ? /&(#x[\da-f]+|#\d+|[a-z][a-z\d]*);?/gi : /&(#x[\da-f]+|#\d+|[a-z][a-z\d]*);/gi
  return raw
    .replace(/<[^>]*>/g, '')
    .replace(/[*_`\\]/g, '')
    .replace(reference, (whole, name: string) => {
      if (name[0] === '#') return String.fromCodePoint(name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10))
      const decoded = decodeNamedCharacterReference(name)
      return decoded === false ? whole : decoded
    })
    .replace(/\s+/g, ' ')
    .trim()
}

/** Rules whose message quotes exactly the words at its range. */
const quotesItsRange = new Set(['unconfirmed-claim', 'loaded-attribution-verb'])

describe('fuzz', () => {
  it('random and adversarial drafts: checked in time, every range on the words it names', async () => {
    const next = random(17)
    const drafts: Record<string, string> = {}
    for (let index = 0; index < 60; index++) {
      const format = (['md', 'html', 'txt'] as const)[index % 3]
      drafts['d' + String(index).padStart(2, '0') + '.' + format] = draft(next, format)
    }

    const cwd = folder(drafts)
    const names = Object.keys(drafts)
    const started = Date.now()
    const result = await vouch(['--reporter', 'json', '--time-limit', '20', '--no-config', ...names], cwd)
    // A hang guard, not a speed threshold.
    expect(Date.now() - started).toBeLessThan(50_000)
    const files = JSON.parse(result.stdout) as Array<{path: string; messages: JsonMessage[]}>
    expect(files.map((file) => file.path).sort()).toEqual(names)

    const problems: string[] = []
    let checked = 0
    for (const file of files) {
      const text = drafts[file.path]
      const place = location(text)
      for (const message of file.messages) {
        if (message.source === 'vouch-cli') {
          problems.push(file.path + ': not checked: ' + message.reason)
          continue
        }

        if (message.line === null || message.endLine === null) continue
        const start = place.toOffset({line: message.line, column: message.column!})
        const end = place.toOffset({line: message.endLine, column: message.endColumn!})
        if (start === undefined || end === undefined) {
          problems.push(file.path + ': ' + message.ruleId + ' at ' + message.line + ':' + message.column + ' is outside the text')
          continue
        }

        checked++
        const wrong = cut(text, start, end)
        if (wrong) problems.push(file.path + ': ' + message.ruleId + ' ' + wrong)
        const quote = /^[^“]*“([^”]*)”/.exec(message.reason)?.[1]
        if (quote && quotesItsRange.has(message.ruleId ?? '') && !quote.endsWith('…')) {
          const html = file.path.endsWith('.html')
          const words = visible(text.slice(start, end), html)
          const said = quote.replace(/\s*[,;:]$/, '')
          // A pointer ("The claim has not been confirmed") is reported where
          // it stands and quotes the claim it points to, elsewhere in the text.
          const elsewhere = /^the (?:claim|report|allegation)s?\b/i.test(words) && visible(text, html).includes(said)
          if (!words.replace(/\s*[,;:]$/, '').startsWith(said) && !elsewhere) {
            problems.push(file.path + ': ' + message.ruleId + ' quotes “' + quote + '” at ' + JSON.stringify(words))
          }
        }
      }
    }

    expect(problems).toEqual([])
    // The drafts do give findings to check.
    expect(checked).toBeGreaterThan(60)

    // The ledger: every span inside the text, on word boundaries.
    const ledger = await vouch(['ledger', '--time-limit', '20', ...names], cwd)
    for (const line of ledger.stdout.trim().split('\n')) {
      const data = JSON.parse(line) as {path: string; claims: Array<{start: number; end: number}>; parties: Array<{mentions: Array<{start: number; end: number}>}>; stances: Array<{cue: {start: number; end: number}}>}
      const text = drafts[data.path]
      const spans = [...data.claims, ...data.parties.flatMap((party) => party.mentions), ...data.stances.map((stance) => stance.cue)]
      for (const span of spans) {
        const wrong = cut(text, span.start, span.end)
        if (wrong) problems.push(data.path + ': ledger span ' + wrong)
      }
    }

    expect(problems).toEqual([])

    // The editor sees the same ranges as the CLI, related places included.
    for (const name of names.slice(0, 12)) {
      const text = drafts[name]
      const {messages} = await runCheck({text, path: '/fuzz/' + name, cwd: '/fuzz', mode: 'check'})
      const cli = files.find((file) => file.path === name)!.messages
      const editor = messages.map((message) => toDiagnostic('file:///fuzz/' + name, message))
      expect(editor.map((diagnostic) => [diagnostic.range.start.line + 1, diagnostic.range.start.character + 1]), name).toEqual(
        cli.map((message) => [message.line, message.column])
      )
      for (const related of editor.flatMap((diagnostic) => diagnostic.relatedInformation ?? [])) {
        const start = location(text).toOffset({line: related.location.range.start.line + 1, column: related.location.range.start.character + 1})
        const end = location(text).toOffset({line: related.location.range.end.line + 1, column: related.location.range.end.character + 1})
        const wrong = start === undefined || end === undefined ? 'outside the text' : cut(text, start, end)
        if (wrong) problems.push(name + ': related place ' + wrong)
      }
    }

    expect(problems).toEqual([])
  })
})
