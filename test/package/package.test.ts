/**
 * The package as npm would pack it (`npm pack`, what a tarball or git
 * install gets): the built code, the lexicons, the model and the rule docs,
 * and nothing else — no benchmarks, tests, sources or source maps. The packed
 * files alone (dependencies aside) run: copied to a folder of their own,
 * `vouch` finds in two drafts what the checkout finds, with the lexicons and
 * the model they carry. And the docs install it from its repository.
 */
import {execFileSync} from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'
import {assertBuilt, jsonMessages, repoRoot, runVouch, sampleArticle, tempDir, writeFiles} from '../cli/helpers.js'

interface PackageJson {
  bin: Record<string, string>
  main: string
  types: string
  exports: Record<string, string>
  scripts: Record<string, string>
}

const pkg = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as PackageJson
let packed: string[]

beforeAll(() => {
  assertBuilt()
  // `--ignore-scripts`: list what the build made, without building again.
  const output = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {cwd: repoRoot, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe']})
  packed = (JSON.parse(output) as Array<{files: Array<{path: string}>}>)[0].files.map((file) => file.path).sort()
}, 60_000)

describe('the package', () => {
  it('holds the built code, every lexicon, the model and the rule docs', () => {
    const entries = [...Object.values(pkg.bin), pkg.main, pkg.types, ...Object.values(pkg.exports)].map((file) => path.posix.normalize(file))
    for (const file of entries) expect(packed, file).toContain(file)
    for (const folder of ['data/lexicons', 'models']) {
      for (const name of fs.readdirSync(path.join(repoRoot, folder))) expect(packed, folder + '/' + name).toContain(folder + '/' + name)
    }

    const docs = fs.readdirSync(path.join(repoRoot, 'rules')).filter((name) => name.endsWith('.md'))
    expect(docs.length).toBeGreaterThan(0)
    for (const name of docs) expect(packed).toContain('rules/' + name)
  })

  it('holds no benchmarks, tests, sources, source maps or examples', () => {
    const unwanted = packed.filter((file) => /^(?:dist\/bench|dist\/test|bench|test|src|examples|docs|node_modules|\.ci)\/|\.map$|\.tgz$|^rules\/.*\.ts$/.test(file))
    expect(unwanted).toEqual([])
  })

  it('runs nothing at install but the build from source (for a git install)', () => {
    for (const hook of ['preinstall', 'install', 'postinstall']) expect(pkg.scripts, hook).not.toHaveProperty(hook)
    expect(pkg.scripts.prepare).toBe('npm run build')
  })

  it('is installed, in the docs, from its repository and never by the name on the registry', () => {
    for (const name of ['README.md', 'docs/cli.md', 'docs/editors.md', 'examples/github-workflow.yml']) {
      const text = fs.readFileSync(path.join(repoRoot, name), 'utf8')
      // An install of the bare name, except where the docs warn against it.
      const installs = [...text.matchAll(/(never `)?\bnpm (?:install|i|add)\b[^\n`]*?[ \t]["']?vouch(?:@[^\s"'`]*)?["']?(?=[\s`]|$)/gm)].filter((match) => !match[1])
      expect(installs.map((match) => match[0]), name).toEqual([])
      // An editor starts the server with no terminal to ask in: there, plain
      // `npx` would install whatever the registry calls `vouch-language-server`.
      expect(text.match(/\bnpx\b["',\s]+vouch-language-server/g) ?? [], name).toEqual([])
    }
  })

  it('works from the packed files alone', async () => {
    const root = tempDir()
    for (const file of packed) {
      fs.mkdirSync(path.dirname(path.join(root, file)), {recursive: true})
      fs.copyFileSync(path.join(repoRoot, file), path.join(root, file))
    }

    // The dependencies, as an install would provide them.
    fs.symlinkSync(path.join(repoRoot, 'node_modules'), path.join(root, 'node_modules'), 'dir')
    const drafts = tempDir()
    writeFiles(drafts, {'hedge.md': 'The rocket allegedly reached orbit.\n', 'sample.txt': sampleArticle})
    // One run: the hedge needs the lexicons, the sample article's findings
    // the attribution model. The same findings as the checkout gives.
    const args = ['--reporter', 'json', 'hedge.md', 'sample.txt']
    const output = execFileSync(process.execPath, [path.join(root, pkg.bin.vouch), ...args], {cwd: drafts, encoding: 'utf8'})
    const messages = jsonMessages(output)
    expect(messages.filter((message) => message.path === 'hedge.md').length).toBeGreaterThan(0)
    expect(messages.filter((message) => message.path === 'sample.txt').length).toBeGreaterThan(0)
    expect(messages).toEqual(jsonMessages((await runVouch(args, {cwd: drafts})).stdout))
  }, 60_000)
})
