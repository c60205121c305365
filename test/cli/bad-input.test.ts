/**
 * Input that is not a draft, in one run with a good draft: each is one line
 * on stderr naming the path and what is wrong, the good draft is still
 * linted, nothing prints a stack trace, and the exit code is 2.
 *
 * An unreadable file needs a process without the right to read it: tests run
 * as root in CI, and root reads anything, so those runs start the executable
 * in a process that drops root's CAP_DAC_OVERRIDE and CAP_DAC_READ_SEARCH
 * with `setpriv` (a real EACCES, not a simulated one); as any other user,
 * `chmod 000` is enough. The other runs go through `main` in this process.
 */
import fs from 'node:fs'
import path from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'
import {canDropPrivileges, isRoot, lines, runVouch, runVouchProcess, tempDir, writeFiles} from './helpers.js'

const hedge = 'The rocket allegedly reached orbit.\n'

beforeAll(() => {
  if (isRoot() && !canDropPrivileges()) throw new Error('Running as root without a working `setpriv`: cannot make a file unreadable')
})

/** A folder with one good draft and every kind of bad input. */
function setUp(): string {
  const cwd = tempDir()
  writeFiles(cwd, {
    'good.md': hedge,
    'nodrafts/notes.pdf': '%PDF-1.4',
    'binary.txt': Buffer.from([0x54, 0x68, 0x65, 0x00, 0x01, 0x02, 0x0a]),
    'latin1.txt': Buffer.from('The caf\xe9 said so.\n', 'latin1'),
    'empty.md': '',
    'locked.md': hedge
  })
  // 20 MB of prose: larger than any article, and must not stall the run.
  fs.writeFileSync(path.join(cwd, 'big.txt'), 'The minister said the plan would work. '.repeat(Math.ceil((20 * 1024 * 1024) / 39)))
  fs.chmodSync(path.join(cwd, 'locked.md'), 0o000)
  return cwd
}

const inputs = ['good.md', 'missing.md', 'nodrafts', 'binary.txt', 'latin1.txt', 'empty.md', 'big.txt', 'locked.md', 'nomatch/**/*.md']

const expected: Record<string, RegExp> = {
  'missing.md': /No such file or folder/,
  nodrafts: /No drafts found/,
  'binary.txt': /Binary file/,
  'latin1.txt:1:8': /Invalid UTF-8/,
  'empty.md': /Empty file/,
  'big.txt': /too large.*--max-size/,
  'locked.md': /Permission denied/,
  'nomatch/**/*.md': /No files match/
}

describe.concurrent('bad input', () => {
  it('reports each bad path in one line, still lints the good draft, exits 2', async () => {
    const cwd = setUp()
    const started = Date.now()
    const result = await runVouchProcess(inputs, {cwd, unprivileged: true})
    const elapsed = Date.now() - started

    expect(result.code).toBe(2)
    expect(result.stdout).toBe('')
    expect(result.stderr).not.toMatch(/\n\s+at |\[cause\]|Error:/)
    const problems = lines(result.stderr).filter((line) => line.startsWith('vouch: '))
    for (const [where, reason] of Object.entries(expected)) {
      const matching = problems.filter((line) => line.startsWith('vouch: ' + where + ': '))
      expect(matching, where).toHaveLength(1)
      expect(matching[0], where).toMatch(reason)
    }

    expect(problems).toHaveLength(Object.keys(expected).length)
    // The good draft is still linted and reported.
    expect(result.stderr).toMatch(/^good\.md\n\s*1:12-1:21\s+warning/m)
    // The 20 MB file is refused from its size, not parsed.
    expect(elapsed).toBeLessThan(20_000)
  })

  it('carries the same problems in machine reports', async () => {
    const cwd = setUp()
    const json = await runVouchProcess(['--reporter', 'json', ...inputs], {cwd, unprivileged: true})
    expect(json.code).toBe(2)
    const files = JSON.parse(json.stdout) as Array<{path: string; messages: Array<{source: string; severity: string; reason: string}>}>
    const byPath = new Map(files.map((file) => [file.path, file.messages]))
    for (const name of ['missing.md', 'nodrafts', 'binary.txt', 'latin1.txt', 'big.txt', 'locked.md', 'nomatch/**/*.md']) {
      expect(byPath.get(name)?.[0], name).toMatchObject({source: 'vouch-cli', severity: 'error'})
    }

    expect(byPath.get('empty.md')?.[0]).toMatchObject({source: 'vouch-cli', severity: 'info'})
    expect(byPath.get('good.md')?.some((message) => message.source !== 'vouch-cli')).toBe(true)

    const sarif = await runVouch(['--reporter', 'sarif', 'good.md', 'missing.md'], {cwd})
    const log = JSON.parse(sarif.stdout) as {runs: Array<{invocations: Array<{executionSuccessful: boolean}>; results: unknown[]}>}
    expect(log.runs[0].invocations[0].executionSuccessful).toBe(false)
    expect(log.runs[0].results.length).toBeGreaterThan(0)
  })

  it('an empty file alone is a note, not a failure', async () => {
    const cwd = tempDir()
    writeFiles(cwd, {'empty.md': '', 'blank.txt': '  \n\n', 'empty.html': '', 'blank.html': ' \n'})
    const result = await runVouch(['empty.md', 'blank.txt', 'empty.html', 'blank.html'], {cwd})
    expect(result.code).toBe(0)
    expect(lines(result.stderr).filter((line) => line.startsWith('vouch: '))).toEqual([
      'vouch: blank.html: Blank file: nothing to check',
      'vouch: blank.txt: Blank file: nothing to check',
      'vouch: empty.html: Empty file: nothing to check',
      'vouch: empty.md: Empty file: nothing to check'
    ])
  })

  it('a large draft passes with a raised --max-size, and a small limit refuses it', async () => {
    const cwd = tempDir()
    writeFiles(cwd, {'a.txt': hedge.repeat(60)})
    expect((await runVouch(['--max-size', '0.001', 'a.txt'], {cwd})).stderr).toMatch(/^vouch: a\.txt: File too large/m)
    expect((await runVouch(['--max-size', '1', '--silent', 'a.txt'], {cwd})).code).toBe(0)
  })

  it('a glob or folder without drafts is only a note with --no-error-on-unmatched-pattern', async () => {
    const cwd = tempDir()
    writeFiles(cwd, {'good.md': 'Fine.\n', 'nodrafts/x.pdf': ''})
    const result = await runVouch(['--no-error-on-unmatched-pattern', 'good.md', 'nodrafts', 'none/*.md'], {cwd})
    expect(result.code).toBe(0)
    expect(lines(result.stderr).filter((line) => line.startsWith('vouch: '))).toHaveLength(2)
  })

  it('refuses invalid UTF-8 on stdin, but not a real U+FFFD', async () => {
    const cwd = tempDir()
    // Piped into the executable, as `cat latin1.txt | vouch` does.
    const bad = await runVouchProcess([], {cwd, input: Buffer.from('The caf\xe9 said so.\n', 'latin1')})
    expect(bad.code).toBe(2)
    expect(lines(bad.stderr)).toEqual(['vouch: <stdin>:1:8: Invalid UTF-8 (first bad byte near this point): send the draft as UTF-8'])
    const good = await runVouch([], {cwd, input: 'A real \uFFFD character.\n'})
    expect(good.code).toBe(0)
    expect(good.stderr).not.toMatch(/UTF-8/)
  })

  it('says so when there is no input at all', async () => {
    const cwd = tempDir()
    // An empty stdin is an empty draft: a note, exit 0.
    const result = await runVouch([], {cwd, input: ''})
    expect(result.code).toBe(0)
    expect(result.stderr).toMatch(/^vouch: <stdin>: Empty file/m)
  })
})
