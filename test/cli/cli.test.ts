/**
 * The `vouch` command on real files: formats, positions, config, ignore
 * files, inline control, exit codes, reporters and subcommands. Most runs go
 * through `main` in this process (what the executable calls); exit statuses
 * and piped stdin are checked on the built executable in its own process.
 * Findings come from a hedge ("allegedly" with no one saying so), the most
 * lexical thing vouch flags; the tests check the wiring, not the analysis.
 */
import fs from 'node:fs'
import path from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'
import {sarifErrors} from '../reporters/sarif-schema.js'
import {jsonMessages, lines, repoRoot, runVouch, runVouchProcess, sampleArticle, tempDir, writeFiles} from './helpers.js'

const hedge = 'The rocket allegedly reached orbit.'
const otherHedge = 'The plane reportedly crashed.'

/** 1-based line and column of `needle` in `text`. */
function pointOf(text: string, needle: string, from = 0): {line: number; column: number} {
  const offset = text.indexOf(needle, from)
  if (offset === -1) throw new Error('not found: ' + needle)
  const before = text.slice(0, offset).split('\n')
  return {line: before.length, column: before.at(-1)!.length + 1}
}

let hedgeRule: string

beforeAll(async () => {
  // Which rule flags an unattributed hedge: config tests turn it off by id.
  const cwd = tempDir()
  writeFiles(cwd, {'probe.txt': hedge + '\n'})
  const result = await runVouch(['--reporter', 'json', 'probe.txt'], {cwd})
  const found = jsonMessages(result.stdout).find((message) => message.column === hedge.indexOf('allegedly') + 1)
  if (!found?.ruleId) throw new Error('no message on the hedge: ' + result.stdout + result.stderr)
  hedgeRule = found.ruleId
})

describe.concurrent('usage', () => {
  it('prints help and version', async () => {
    const cwd = tempDir()
    const help = await runVouch(['--help'], {cwd})
    expect(help.code).toBe(0)
    expect(help.stdout).toMatch(/Usage:/)
    expect(help.stdout).toMatch(/--reporter/)
    const version = await runVouch(['--version'], {cwd})
    expect(version.code).toBe(0)
    const pkg = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as {version: string}
    expect(version.stdout.trim()).toBe(pkg.version)
  })

  it('rejects an unknown option or reporter with exit 2 and one line', async () => {
    const cwd = tempDir()
    for (const args of [['--bogus', 'a.md'], ['--reporter', 'nope', 'a.md'], ['--max-size', 'big', 'a.md']]) {
      const result = await runVouch(args, {cwd})
      expect(result.code).toBe(2)
      expect(lines(result.stderr)).toHaveLength(1)
      expect(result.stderr).toMatch(/^vouch: /)
      expect(result.stderr).not.toMatch(/\n\s+at /)
    }
  })
})

describe.concurrent('formats and positions', () => {
  it('reads Markdown: code, front matter, HTML and link targets are not prose; positions are in the file', async () => {
    const cwd = tempDir()
    const text = [
      '---',
      'title: It allegedly works',
      '---',
      '',
      '# Heading',
      '',
      '```js',
      'const allegedly = 1',
      '```',
      '',
      'See [the page](https://example.com/allegedly) and `allegedly`.',
      '',
      '<div class="allegedly">x</div>',
      '',
      hedge,
      ''
    ].join('\n')
    writeFiles(cwd, {'draft.md': text})
    const result = await runVouch(['--reporter', 'json', 'draft.md'], {cwd})
    const messages = jsonMessages(result.stdout).filter((message) => message.ruleId === hedgeRule)
    expect(messages).toHaveLength(1)
    expect(messages[0]).toMatchObject({path: 'draft.md', ...pointOf(text, 'allegedly reached')})
  })

  it('reads HTML: tags, attributes, head and code are not prose; positions are in the file', async () => {
    const cwd = tempDir()
    const text = [
      '<!doctype html>',
      '<html><head><title>It allegedly works</title><style>.allegedly {}</style></head>',
      '<body>',
      '<p class="allegedly" data-note="allegedly">Intro, <a href="https://x.test/allegedly">a link</a>.</p>',
      '<p>' + hedge + '</p>',
      '</body></html>',
      ''
    ].join('\n')
    writeFiles(cwd, {'page.html': text, 'page.htm': text})
    const result = await runVouch(['--reporter', 'json', 'page.html', 'page.htm'], {cwd})
    const messages = jsonMessages(result.stdout).filter((message) => message.ruleId === hedgeRule)
    expect(messages.map((message) => message.path).sort()).toEqual(['page.htm', 'page.html'])
    for (const message of messages) expect(message).toMatchObject(pointOf(text, 'allegedly reached'))
  })

  it('reads plain text from a file and from stdin', async () => {
    const cwd = tempDir()
    const text = 'Intro line.\n\n' + hedge + '\n'
    writeFiles(cwd, {'story.txt': text})
    const fromFile = await runVouch(['--reporter', 'json', 'story.txt'], {cwd})
    // Piped into the executable, as `cat story.txt | vouch` does.
    const fromStdin = await runVouchProcess(['--reporter', 'json'], {cwd, input: text})
    expect(fromStdin.code).toBe(0)
    for (const result of [fromFile, fromStdin]) {
      const messages = jsonMessages(result.stdout).filter((message) => message.ruleId === hedgeRule)
      expect(messages).toHaveLength(1)
      expect(messages[0]).toMatchObject(pointOf(text, 'allegedly'))
    }

    expect(jsonMessages(fromStdin.stdout)[0].path).toBe('<stdin>')
  })

  it('reads stdin as Markdown with --stdin-filepath', async () => {
    const cwd = tempDir()
    const text = '```\n' + hedge + '\n```\n\n' + otherHedge + '\n'
    const result = await runVouch(['--reporter', 'json', '--stdin-filepath', 'piped.md'], {cwd, input: text})
    const messages = jsonMessages(result.stdout).filter((message) => message.ruleId === hedgeRule)
    expect(messages).toHaveLength(1)
    expect(messages[0]).toMatchObject({path: 'piped.md', ...pointOf(text, 'reportedly')})
  })

  it('takes folders and globs, and only drafts from folders', async () => {
    const cwd = tempDir()
    writeFiles(cwd, {
      'drafts/a.md': hedge + '\n',
      'drafts/b.html': '<p>' + hedge + '</p>\n',
      'drafts/c.txt': hedge + '\n',
      'drafts/d.pdf': hedge + '\n',
      'drafts/sub/e.markdown': hedge + '\n',
      'other/f.md': hedge + '\n'
    })
    const folder = await runVouch(['--reporter', 'json', 'drafts'], {cwd})
    const paths = (JSON.parse(folder.stdout) as Array<{path: string}>).map((file) => file.path).sort()
    expect(paths).toEqual(['drafts/a.md', 'drafts/b.html', 'drafts/c.txt', 'drafts/sub/e.markdown'])

    const glob = await runVouch(['--reporter', 'json', '**/*.md'], {cwd})
    expect((JSON.parse(glob.stdout) as Array<{path: string}>).map((file) => file.path).sort()).toEqual(['drafts/a.md', 'other/f.md'])
  })
})

describe.concurrent('config', () => {
  it('reads .vouchrc, .vouchrc.yml and package.json, searched up from each file, nearest first', async () => {
    const cwd = tempDir()
    writeFiles(cwd, {
      '.vouchrc': JSON.stringify({rules: {[hedgeRule]: 'error'}}),
      'top.md': hedge + '\n',
      'quiet/.vouchrc.yml': 'rules:\n  ' + hedgeRule + ': "off"\n',
      'quiet/deep/a.md': hedge + '\n',
      'pkg/package.json': JSON.stringify({name: 'x', vouch: {rules: {[hedgeRule]: 'info'}}}),
      'pkg/b.md': hedge + '\n'
    })
    const result = await runVouch(['--reporter', 'json', '.'], {cwd})
    const byPath = new Map(jsonMessages(result.stdout).filter((m) => m.ruleId === hedgeRule).map((m) => [m.path, m.severity]))
    expect(byPath.get('top.md')).toBe('error')
    expect(byPath.has('quiet/deep/a.md')).toBe(false)
    expect(byPath.get('pkg/b.md')).toBe('info')
    expect(result.code).toBe(1)
  })

  it('takes rule options as [severity, options] and --rc-path / --no-config', async () => {
    const cwd = tempDir()
    writeFiles(cwd, {
      '.vouchrc.json': JSON.stringify({rules: {[hedgeRule]: ['off', {}]}}),
      'other.json': JSON.stringify({rules: {[hedgeRule]: 'error'}}),
      'a.md': hedge + '\n'
    })
    const off = await runVouch(['--reporter', 'json', 'a.md'], {cwd})
    expect(jsonMessages(off.stdout).filter((m) => m.ruleId === hedgeRule)).toHaveLength(0)
    const given = await runVouch(['--reporter', 'json', '--rc-path', 'other.json', 'a.md'], {cwd})
    expect(jsonMessages(given.stdout).find((m) => m.ruleId === hedgeRule)?.severity).toBe('error')
    const none = await runVouch(['--reporter', 'json', '--no-config', 'a.md'], {cwd})
    expect(jsonMessages(none.stdout).filter((m) => m.ruleId === hedgeRule)).toHaveLength(1)
  })

  it('reports an unknown rule, a bad severity or malformed config as one line naming the file, exit 2', async () => {
    const cases: Record<string, string> = {
      '.vouchrc': JSON.stringify({rules: {'no-such-rule': 'warn'}}),
      '.vouchrc.json': '{"rules": {',
      '.vouchrc.yml': 'rules: [unclosed',
      'package.json': JSON.stringify({vouch: {rules: {[hedgeRule]: 'loud'}}})
    }
    for (const [name, content] of Object.entries(cases)) {
      const cwd = tempDir()
      writeFiles(cwd, {[name]: content, 'a.md': hedge + '\n', 'b.md': 'Fine.\n'})
      const result = await runVouch(['a.md', 'b.md'], {cwd})
      expect(result.code, name).toBe(2)
      expect(lines(result.stderr), name).toHaveLength(1)
      expect(result.stderr, name).toContain('`' + name + '`')
      expect(result.stderr, name).not.toMatch(/\n\s+at |\[cause\]/)
    }

    const cwd = tempDir()
    writeFiles(cwd, {'.vouchrc': JSON.stringify({rules: {'no-such-rule': 'warn'}}), 'a.md': hedge})
    const unknown = await runVouch(['a.md'], {cwd})
    expect(unknown.stderr).toMatch(/unknown rule `no-such-rule`/)
  })

  it('skips what .vouchignore lists', async () => {
    const cwd = tempDir()
    writeFiles(cwd, {'.vouchignore': 'archive/\n', 'archive/old.md': hedge, 'new.md': hedge})
    const result = await runVouch(['--reporter', 'json', '.'], {cwd})
    expect((JSON.parse(result.stdout) as Array<{path: string}>).map((file) => file.path)).toEqual(['new.md'])
    const ignored = await runVouch(['--ignore-pattern', 'new.md', '--reporter', 'json', '.'], {cwd})
    expect(ignored.code).toBe(2)
    expect(ignored.stderr).toMatch(/^vouch: \.: No drafts found/m)
    // Named explicitly, an ignored draft is skipped with a note, not an error.
    const named = await runVouch(['archive/old.md'], {cwd})
    expect(named.code).toBe(0)
    expect(named.stderr).toMatch(/^vouch: archive\/old\.md: Ignored .*not checked$/m)
  })
})

describe.concurrent('inline control', () => {
  const cases = {
    md: {comment: (text: string) => '<!-- ' + text + ' -->', block: (text: string) => text},
    html: {comment: (text: string) => '<!-- ' + text + ' -->', block: (text: string) => '<p>' + text + '</p>'}
  }

  for (const [ext, syntax] of Object.entries(cases)) {
    it('a bare disable keeps messages before it and hides those after it (' + ext + ')', async () => {
      const cwd = tempDir()
      const text = [syntax.block(hedge), '', syntax.comment('vouch disable'), '', syntax.block(otherHedge), ''].join('\n')
      writeFiles(cwd, {['a.' + ext]: text})
      const result = await runVouch(['--reporter', 'json', 'a.' + ext], {cwd})
      const messages = jsonMessages(result.stdout).filter((m) => m.ruleId === hedgeRule)
      expect(messages.map((m) => m.line)).toEqual([pointOf(text, 'allegedly').line])
    })

    it('a bare disable first, then enable: only messages after enable (' + ext + ')', async () => {
      const cwd = tempDir()
      const text = [
        syntax.comment('vouch disable'),
        '',
        syntax.block(hedge),
        '',
        syntax.comment('vouch enable'),
        '',
        syntax.block(otherHedge),
        ''
      ].join('\n')
      writeFiles(cwd, {['b.' + ext]: text})
      const result = await runVouch(['--reporter', 'json', 'b.' + ext], {cwd})
      const messages = jsonMessages(result.stdout).filter((m) => m.ruleId === hedgeRule)
      expect(messages.map((m) => m.line)).toEqual([pointOf(text, 'reportedly').line])
    })
  }
})

describe.concurrent('exit codes', () => {
  // The executable's own exit status, not only what `main` returns.
  it('0 on warnings, 1 with --frail, 1 on errors, 0 when clean, 2 on misuse', async () => {
    const cwd = tempDir()
    writeFiles(cwd, {'warn.md': hedge + '\n', 'clean.md': 'The sky is blue.\n', 'strict/.vouchrc': JSON.stringify({rules: {[hedgeRule]: 'error'}}), 'strict/err.md': hedge})
    const runs: Array<[string[], number]> = [[['warn.md'], 0], [['--frail', 'warn.md'], 1], [['strict/err.md'], 1], [['clean.md'], 0], [['--bogus', 'clean.md'], 2]]
    const codes = await Promise.all(runs.map(async ([args]) => (await runVouchProcess(args, {cwd})).code))
    expect(codes).toEqual(runs.map(([, code]) => code))
  })
})

describe.concurrent('reporters', () => {
  it('default: vfile-reporter on stderr, with the file and position', async () => {
    const cwd = tempDir()
    writeFiles(cwd, {'a.md': 'Intro.\n\n' + hedge + '\n'})
    const result = await runVouch(['a.md'], {cwd})
    expect(result.stdout).toBe('')
    expect(result.stderr).toMatch(/^a\.md\n/)
    expect(result.stderr).toMatch(/3:12-3:21\s+warning/)
    expect(result.stderr).toContain(hedgeRule)
  })

  it('json: plain fields, no syntax trees', async () => {
    const cwd = tempDir()
    writeFiles(cwd, {'a.md': hedge + '\n'})
    const result = await runVouch(['--format', 'json', 'a.md'], {cwd})
    expect(result.stdout).not.toMatch(/ancestors|"stack"|"type":"(?:WordNode|SentenceNode)"/)
    const [file] = JSON.parse(result.stdout) as Array<{path: string; messages: Array<Record<string, unknown>>}>
    expect(file.path).toBe('a.md')
    expect(file.messages[0]).toMatchObject({line: 1, column: 12, endLine: 1, endColumn: 21, severity: 'warning', fatal: false})
  })

  it('sarif: valid SARIF 2.1.0 for real drafts, rules with help links', async () => {
    const result = await runVouch(['--reporter', 'sarif', 'examples'], {cwd: repoRoot})
    expect(result.code).toBe(0)
    const log = JSON.parse(result.stdout) as {runs: Array<{results: Array<{ruleId: string}>; tool: {driver: {rules: Array<{id: string; helpUri?: string}>}}}>}
    expect(sarifErrors(log)).toBe('No errors')
    const run = log.runs[0]
    expect(run.results.length).toBeGreaterThan(0)
    const rules = new Map(run.tool.driver.rules.map((rule) => [rule.id, rule]))
    for (const result of run.results) expect(rules.get(result.ruleId)?.helpUri, result.ruleId).toMatch(/^https:\/\//)
  })

  it('github: one workflow command per message on stdout', async () => {
    const cwd = tempDir()
    writeFiles(cwd, {'drafts/a.md': hedge + '\n'})
    const result = await runVouch(['--reporter', 'github', 'drafts/a.md'], {cwd})
    const commands = lines(result.stdout)
    expect(commands.length).toBeGreaterThan(0)
    expect(commands.find((line) => line.includes(hedgeRule))).toMatch(
      /^::warning file=drafts\/a\.md,line=1,col=12,endLine=1,endColumn=21,title=vouch\(/
    )
  })
})

describe.concurrent('vouch ledger', () => {
  it('prints one ledger per file as JSON Lines, offsets into the file as read', async () => {
    const cwd = tempDir()
    writeFiles(cwd, {
      'a.txt': sampleArticle,
      // Plain text breaks a paragraph at every line break; Markdown and HTML
      // join lines, so give them the same paragraphs explicitly.
      'b.md': '---\ntitle: x\n---\n\n# Missiles\n\n' + sampleArticle.split(/\n+/).join('\n\n'),
      'c.html': '<article><h1>Missiles</h1>\n<p>' + sampleArticle.split(/\n+/).join('</p>\n<p>') + '</p></article>\n'
    })
    const result = await runVouch(['ledger', 'a.txt', 'b.md', 'c.html'], {cwd})
    expect(result.code).toBe(0)
    const rows = lines(result.stdout).map((line) => JSON.parse(line) as {path: string; parties: unknown[]; claims: Array<{start: number; end: number; text: string}>; stances: Array<{cue: {start: number; end: number; text: string}}>})
    expect(rows.map((row) => row.path)).toEqual(['a.txt', 'b.md', 'c.html'])
    for (const row of rows) {
      expect(Object.keys(row)).toEqual(['path', 'parties', 'claims', 'stances'])
      const text = fs.readFileSync(path.join(cwd, row.path), 'utf8')
      for (const claim of row.claims) expect(text.slice(claim.start, claim.end)).toBe(claim.text)
      for (const stance of row.stances) expect(text.slice(stance.cue.start, stance.cue.end)).toBe(stance.cue.text)
    }

    // The sample article is attributed throughout: once the analysis finds
    // anything, it finds it in every format.
    expect(rows[0].stances.length).toBeGreaterThan(0)
    expect(rows[1].stances.length).toBe(rows[0].stances.length)
    expect(rows[2].stances.length).toBe(rows[0].stances.length)
  })
})

describe.concurrent('vouch report', () => {
  it('writes one page per draft, or one page for a set, and never over a draft', async () => {
    const cwd = tempDir()
    writeFiles(cwd, {'a.md': hedge + '\n', 'sub/b.txt': otherHedge + '\n', 'page.html': '<p>' + hedge + '</p>'})
    const perDraft = await runVouch(['report', 'a.md', 'sub'], {cwd})
    expect(perDraft.code).toBe(0)
    expect(lines(perDraft.stdout)).toEqual([path.join('vouch-report', 'a.md.html'), path.join('vouch-report', 'sub', 'b.txt.html')])
    const page = fs.readFileSync(path.join(cwd, 'vouch-report/a.md.html'), 'utf8')
    expect(page).toContain('<h2>a.md</h2>')
    expect(page).toContain(hedgeRule)

    const set = await runVouch(['report', 'a.md', 'sub', '-o', 'all.html'], {cwd})
    expect(lines(set.stdout)).toEqual(['all.html'])
    expect(fs.readFileSync(path.join(cwd, 'all.html'), 'utf8').match(/<section class="draft"/g)).toHaveLength(2)

    const clash = await runVouch(['report', 'page.html', '-o', 'page.html'], {cwd})
    expect(clash.code).toBe(2)
    expect(clash.stderr).toMatch(/^vouch: page\.html: is a draft being checked/)
    expect(fs.readFileSync(path.join(cwd, 'page.html'), 'utf8')).toBe('<p>' + hedge + '</p>')

    // Report pages are not drafts: checking the whole folder skips them.
    const again = await runVouch(['--reporter', 'json', '.'], {cwd})
    const reported = JSON.parse(again.stdout) as Array<{path: string; messages: Array<{reason: string; source: string}>}>
    for (const file of reported.filter((item) => item.path.startsWith('vouch-report/') || item.path === 'all.html')) {
      expect(file.messages.map((message) => message.reason), file.path).toEqual(['A vouch report page, not a draft: not checked'])
    }

    const misuse = await runVouch(['a.md', '-o', 'x'], {cwd})
    expect(misuse.code).toBe(2)
  })
})

describe.concurrent('never writes to drafts', () => {
  it('leaves every input byte-identical, whatever the command', async () => {
    const cwd = tempDir()
    const files = {'a.md': hedge + '\n', 'b.html': '<p>' + hedge + '</p>', 'c.txt': hedge}
    writeFiles(cwd, files)
    const before = Object.keys(files).map((name) => fs.statSync(path.join(cwd, name)).mtimeMs)
    for (const args of [['a.md'], ['a.md', 'b.html', 'c.txt'], ['ledger', 'a.md'], ['--reporter', 'sarif', '.']]) {
      const result = await runVouch(args, {cwd})
      expect(result.code).not.toBe(null)
    }

    // A single file given must not be echoed to stdout either (unified-args would).
    expect((await runVouch(['c.txt'], {cwd})).stdout).toBe('')
    for (const [name, value] of Object.entries(files)) expect(fs.readFileSync(path.join(cwd, name), 'utf8')).toBe(value)
    expect(Object.keys(files).map((name) => fs.statSync(path.join(cwd, name)).mtimeMs)).toEqual(before)
    expect(fs.readdirSync(cwd).sort()).toEqual(Object.keys(files).sort())
  })
})
