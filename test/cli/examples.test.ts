/**
 * The examples stay true: every draft is checked without trouble, the
 * `.vouchrc` sets every rule and is valid, the sample article reads the same
 * in each format, and the GitHub workflow runs vouch the way the docs say.
 */
import fs from 'node:fs'
import path from 'node:path'
import YAML from 'yaml'
import {describe, expect, it} from 'vitest'
import {parseConfig} from '../../src/config.js'
import {rules} from '../../src/index.js'
import {lines, repoRoot, runVouch} from './helpers.js'

const examples = path.join(repoRoot, 'examples')

describe('examples', () => {
  it('.vouchrc is valid and shows every rule', () => {
    const file = path.join(examples, '.vouchrc')
    const config = parseConfig(JSON.parse(fs.readFileSync(file, 'utf8')), file)
    expect(Object.keys(config.rules ?? {}).sort()).toEqual(rules.map((rule) => rule.id).sort())
    expect(Object.values(config.rules ?? {}).some(Array.isArray)).toBe(true)
  })

  it('every draft is checked, in every format, with no problem', async () => {
    const result = await runVouch(['--reporter', 'json', 'examples'], {cwd: repoRoot})
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
    const files = JSON.parse(result.stdout) as Array<{path: string; messages: Array<{source: string}>}>
    const names = files.map((file) => file.path)
    for (const ext of ['md', 'html', 'txt']) {
      expect(names).toContain('examples/north-korean-missiles-unsc.' + ext)
      expect(names.some((name) => name.startsWith('examples/drafts/') && name.endsWith('.' + ext))).toBe(true)
    }

    expect(files.flatMap((file) => file.messages).some((message) => message.source === 'vouch-cli')).toBe(false)
  })

  it('the sample article has the same sources in each format', async () => {
    const names = ['txt', 'md', 'html'].map((ext) => 'examples/north-korean-missiles-unsc.' + ext)
    const result = await runVouch(['ledger', ...names], {cwd: repoRoot})
    expect(result.code).toBe(0)
    const ledgers = lines(result.stdout).map((line) => JSON.parse(line) as {path: string; stances: Array<{kind: string; cue: {start: number; text: string}}>})
    // One line per file, in the engine's (alphabetical) order.
    expect(ledgers.map((ledger) => ledger.path)).toEqual([...names].sort())
    // Compare the body: the copies differ in their headers (front matter, <h1>).
    const cues = ledgers.map((ledger) => {
      const body = fs.readFileSync(path.join(repoRoot, ledger.path), 'utf8').indexOf('North Korea is capable')
      return ledger.stances.filter((stance) => stance.cue.start > body).map((stance) => stance.kind + ':' + stance.cue.text)
    })
    const [html, markdown, text] = cues
    expect(text.length).toBeGreaterThan(0)
    expect(markdown).toEqual(text)
    expect(html).toEqual(text)
  })

  it('the GitHub workflow installs vouch from its repository, lints drafts/**/*.md on pull requests and uploads SARIF', () => {
    const workflow = YAML.parse(fs.readFileSync(path.join(examples, 'github-workflow.yml'), 'utf8')) as {
      on: {pull_request: {paths: string[]}}
      permissions: Record<string, string>
      jobs: Record<string, {steps: Array<{run?: string; uses?: string; with?: Record<string, string>}>}>
    }
    expect(workflow.on.pull_request.paths).toContain('drafts/**/*.md')
    expect(workflow.permissions['security-events']).toBe('write')
    const steps = Object.values(workflow.jobs).flatMap((job) => job.steps)
    const runs = steps.map((step) => step.run ?? '').join('\n')
    // From the repository, pinned, never by the name on the registry.
    expect(runs).toMatch(/^npm install --global "git\+[^"#]+#[^"]+"$/m)
    expect(runs).not.toMatch(/npm (?:install|i)\b[^\n]*[ "]vouch\b(?!-)/)
    expect(runs).toMatch(/vouch --reporter github "drafts\/\*\*\/\*\.md"/)
    expect(runs).toMatch(/vouch --reporter sarif "drafts\/\*\*\/\*\.md" > vouch\.sarif/)
    const upload = steps.find((step) => step.uses?.startsWith('github/codeql-action/upload-sarif'))
    expect(upload?.with?.sarif_file).toBe('vouch.sarif')
  })
})
