/**
 * What vouch reads and writes on disk when the checkout is hostile (issue
 * 17, items 3, 4, 8 and 12): symbolic links out of the folder, report pages
 * that are links, file names that would print CI workflow commands, a file
 * too large to read, a FIFO, and text encodings.
 */
import {spawnSync} from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {folder, messagesOf, vouch} from './run.js'

const draft = 'The claim has not been confirmed by Seoul.\n'
const secret = '[http "https://github.com/"]\n\textraheader = AUTHORIZATION: basic c2VjcmV0\n'

describe('symbolic links', () => {
  it('does not read a draft through a link out of the folder, or to a file that is no draft', async () => {
    const outside = folder({'secret.md': 'The secret: ' + draft})
    const cwd = folder({'drafts/good.md': draft, '.git/config': secret})
    fs.symlinkSync(path.join(outside, 'secret.md'), path.join(cwd, 'drafts/away.md'))
    fs.symlinkSync(path.join(cwd, '.git/config'), path.join(cwd, 'drafts/config.md'))
    fs.symlinkSync(path.join(cwd, '.git'), path.join(cwd, 'drafts/git'))
    fs.writeFileSync(path.join(cwd, '.git/notes.md'), 'The notes: ' + draft)
    fs.symlinkSync('good.md', path.join(cwd, 'drafts/alias.md'))

    const result = await vouch(['report', 'drafts'], cwd)
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/^vouch: drafts\/away\.md: Not read: a symbolic link to `.*secret\.md`, outside the folders being checked \(give `--follow-symlinks` to read it\)$/m)
    expect(result.stderr).toMatch(/^vouch: drafts\/config\.md: Not read: a symbolic link to `\.git\/config`, inside a `\.git` folder/m)
    expect(result.stderr).toMatch(/^vouch: drafts\/git\/notes\.md: Not read: .*inside a `\.git` folder/m)
    // A link to a draft inside the folder is fine.
    expect(result.stdout).toContain(path.join('vouch-report', 'drafts', 'alias.md.html'))
    const pages = fs.readdirSync(path.join(cwd, 'vouch-report/drafts'), {recursive: true}).map(String)
    for (const page of pages) {
      const html = fs.readFileSync(path.join(cwd, 'vouch-report/drafts', page), 'utf8')
      expect(html, page).not.toContain('extraheader')
      expect(html, page).not.toContain('The secret')
    }

    // Asked for, a link out is followed.
    const followed = await vouch(['--follow-symlinks', '--reporter', 'json', 'drafts/away.md'], cwd)
    expect(messagesOf(followed.stdout).map((message) => message.ruleId)).toContain('unconfirmed-claim')
  })

  it('never writes a report page through a link', async () => {
    const outside = folder({'victim.txt': 'untouched'})
    const cwd = folder({'drafts/story.md': draft})
    fs.mkdirSync(path.join(cwd, 'vouch-report/drafts'), {recursive: true})
    fs.symlinkSync(path.join(outside, 'victim.txt'), path.join(cwd, 'vouch-report/drafts/story.md.html'))
    const page = await vouch(['report', 'drafts/story.md'], cwd)
    expect(page.code).toBe(2)
    expect(page.stderr).toMatch(/^vouch: vouch-report\/drafts\/story\.md\.html: cannot write report: is a symbolic link: not writing through it$/m)
    expect(fs.readFileSync(path.join(outside, 'victim.txt'), 'utf8')).toBe('untouched')

    // A link as the report folder itself, or as a folder on the way.
    const linked = folder({'story.md': draft, 'elsewhere/.keep': ''})
    fs.symlinkSync(outside, path.join(linked, 'vouch-report'))
    fs.symlinkSync(path.join(linked, 'elsewhere'), path.join(linked, 'out'))
    for (const args of [['report', 'story.md'], ['report', 'story.md', '-o', 'out/sub'], ['report', 'story.md', '-o', 'out/all.html']]) {
      const result = await vouch(args, linked)
      expect(result.code, args.join(' ')).toBe(2)
      expect(result.stderr, args.join(' ')).toMatch(/is a symbolic link: not writing through it/)
    }

    expect(fs.readdirSync(outside)).toEqual(['victim.txt'])
    expect(fs.readdirSync(path.join(linked, 'elsewhere'))).toEqual(['.keep'])
    // The draft the link in the report folder could have pointed at is intact too.
    expect(fs.readFileSync(path.join(cwd, 'drafts/story.md'), 'utf8')).toBe(draft)
  })
})

describe('file names', () => {
  const name = 'a\n::error file=x,line=1::injected\n.md'

  it('never print a raw line break: every reporter, run notes, report pages written', async () => {
    const cwd = folder({[name]: draft, ['empty\n::warning::x\n.md']: ''})
    for (const args of [[], ['--reporter', 'github'], ['--verbose'], ['report'], ['ledger']]) {
      const result = await vouch([...args, '.'], cwd)
      for (const line of (result.stdout + result.stderr).split('\n')) {
        // A workflow command on a line of its own is one of the github
        // reporter's, with its title; never a piece of a name.
        if (/^\s*::/.test(line)) expect(line, args.join(' ') + ': ' + JSON.stringify(line)).toMatch(/^::(?:error|warning|notice) file=[^\n]*title=vouch/)
        expect(line).not.toMatch(/^::(?:error file=x,line=1::injected|warning::x)$/)
      }
    }

    const terminal = await vouch(['.'], cwd)
    expect(terminal.stderr).toContain(JSON.stringify(name))
    // Machine formats keep the real name.
    const json = await vouch(['--reporter', 'json', '.'], cwd)
    expect(messagesOf(json.stdout).map((message) => message.path)).toContain(name)
  })
})

describe('input that is not a draft', () => {
  it('refuses a 600 MB file by its size, without reading it', async () => {
    const cwd = folder({'ok.md': draft})
    const huge = path.join(cwd, 'huge.txt')
    // Sparse: 600 MB that take no disk.
    fs.closeSync(fs.openSync(huge, 'w'))
    fs.truncateSync(huge, 600 * 1024 * 1024)
    const before = process.memoryUsage().rss
    const started = Date.now()
    const result = await vouch(['huge.txt', 'ok.md'], cwd)
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/^vouch: huge\.txt: File too large to be a draft \(600 MB, limit 5 MB\)/m)
    expect(Date.now() - started).toBeLessThan(20_000)
    expect(process.memoryUsage().rss - before).toBeLessThan(300 * 1024 * 1024)
  })

  it('does not wait on a FIFO', async () => {
    const cwd = folder({'ok.md': draft})
    if (spawnSync('mkfifo', [path.join(cwd, 'pipe.md')]).status !== 0) return
    const result = await vouch(['pipe.md', 'ok.md'], cwd)
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/^vouch: pipe\.md: Not a regular file/m)
  })

  it('reads UTF-16 with or without a byte order mark; NUL bytes otherwise are binary', async () => {
    const text = 'Intro.\n\nThe claim has not been confirmed by Seoul.\n'
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])
    const be = Buffer.from(le).swap16()
    const cwd = folder({'le.txt': le, 'be.txt': be, 'bare.txt': Buffer.from(text, 'utf16le'), 'binary.txt': Buffer.from([0x54, 0x00, 0x01, 0x68, 0x00])})
    const result = await vouch(['--reporter', 'json', 'le.txt', 'be.txt', 'bare.txt', 'binary.txt'], cwd)
    const messages = messagesOf(result.stdout)
    for (const file of ['le.txt', 'be.txt', 'bare.txt']) {
      const found = messages.find((message) => message.path === file && message.ruleId === 'unconfirmed-claim')
      // Line 3, after the byte order mark where there is one.
      expect(found, file).toMatchObject({line: 3, column: 1, endColumn: 10})
    }

    expect(messages.find((message) => message.path === 'binary.txt')?.reason).toMatch(/Binary file/)
  })

  it('checks a .txt that starts like a report page; only HTML can be one', async () => {
    const page = '<!doctype html>\n<meta name="generator" content="vouch 0.1.0">\n' + draft
    const cwd = folder({'notes.txt': page, 'page.html': page})
    const result = await vouch(['--frail', '--reporter', 'json', 'notes.txt', 'page.html'], cwd)
    expect(result.code).toBe(1)
    const messages = messagesOf(result.stdout)
    expect(messages.filter((message) => message.path === 'notes.txt').map((message) => message.ruleId)).toContain('unconfirmed-claim')
    expect(messages.filter((message) => message.path === 'page.html').map((message) => message.reason)).toEqual(['A vouch report page, not a draft: not checked'])
  })

  it('says when Markdown is piped without --stdin-filepath', async () => {
    const markdown = '---\ntitle: Missiles\n---\n\n# Missiles\n\n' + draft
    const piped = await vouch([], folder(), markdown)
    expect(piped.stderr).toMatch(/^vouch: <stdin>: This looks like Markdown but is read as plain text .*`--stdin-filepath draft\.md`/m)
    const named = await vouch(['--stdin-filepath', 'story.md'], folder(), markdown)
    expect(named.stderr).not.toMatch(/looks like Markdown/)
    const prose = await vouch([], folder(), draft)
    expect(prose.stderr).not.toMatch(/looks like Markdown/)
  })
})
