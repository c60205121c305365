/**
 * The HTML report in a real browser (headless Chromium from Debian, driven
 * by playwright-core): it renders the claims and parties of the ledger, from
 * disk, without fetching anything; and a screenshot of the sample article's
 * report is taken (and saved for the README when VOUCH_UPDATE_DOCS is set).
 */
import fs from 'node:fs'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {chromium, type Browser, type Page} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import type {Ledger} from '../../src/analysis/types.js'
import {renderReport, summarise} from '../../src/report/index.js'
import {lines, repoRoot, runVouch, sampleArticle, tempDir, writeFiles} from '../cli/helpers.js'
import {handLedger} from './ledger-fixture.js'

const executablePath = '/usr/bin/chromium'
// The README's picture is rewritten only on request (`VOUCH_UPDATE_DOCS=1
// npx vitest run test/report`): a test run leaves the checkout as it was.
const docsScreenshot = path.join(repoRoot, 'docs/assets/report.png')

let browser: Browser

beforeAll(async () => {
  if (!fs.existsSync(executablePath)) {
    throw new Error('Missing ' + executablePath + ': install Debian’s chromium (`apt-get install -y chromium`)')
  }

  browser = await chromium.launch({
    executablePath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']
  })
})

afterAll(async () => {
  await browser?.close()
})

/** Open a page from disk, recording any request that is not for the file itself. */
async function open(file: string): Promise<{page: Page; requests: string[]}> {
  const page = await browser.newPage({viewport: {width: 1400, height: 900}})
  const url = pathToFileURL(file).href
  const requests: string[] = []
  page.on('request', (request) => {
    if (request.url() !== url) requests.push(request.url())
  })
  await page.goto(url)
  return {page, requests}
}

/** What the page shows, read from the DOM. */
async function shown(page: Page) {
  return page.evaluate(() => {
    const claims = new Set([...document.querySelectorAll('article.text mark.claim')].map((node) => node.getAttribute('data-claim')))
    const rows = [...document.querySelectorAll('table.parties tbody tr')]
    return {
      claims: [...claims].sort(),
      parties: rows.map((row) => ({id: row.getAttribute('data-party'), name: row.querySelector('.name')?.firstChild?.textContent ?? ''})),
      singleRows: document.querySelectorAll('table.claims tr.single').length,
      claimRows: document.querySelectorAll('table.claims tbody tr').length,
      tags: [...document.querySelectorAll('article.text sup.tag')].map((node) => node.textContent),
      text: document.querySelector('article.text')?.getBoundingClientRect().height ?? 0
    }
  })
}

describe('report in a browser', () => {
  it('renders every claim and party of a ledger, and loads nothing else', async () => {
    const ledger = handLedger(sampleArticle)
    const folder = tempDir()
    const file = path.join(folder, 'hand.html')
    fs.writeFileSync(file, renderReport([{path: 'sample.txt', text: sampleArticle, ledger}]))
    const {page, requests} = await open(file)
    const result = await shown(page)

    expect(result.claims).toEqual(ledger.claims.map((claim) => claim.id).sort())
    expect(result.parties.map((party) => party.name).sort()).toEqual(ledger.parties.map((party) => party.name).sort())
    expect(result.claimRows).toBe(ledger.claims.length)
    expect(result.singleRows).toBe(summarise(ledger).claims.filter((claim) => claim.singleSource).length)
    // Every mention is labelled with its party and kind.
    expect(result.tags).toContain('p1 person')
    expect(result.tags).toContain('p3 government')
    expect(result.text).toBeGreaterThan(100)
    expect(await page.getAttribute('#d0-c3', 'data-status')).toBe('unconfirmed')

    // Hovering a party's row marks its mentions in the text.
    await page.hover('table.parties tr[data-party="p1"]')
    expect(await page.locator('article.text .source.focus[data-party="p1"]').count()).toBe(2)

    expect(requests).toEqual([])
    await page.close()
  })

  it('renders whatever the analysis finds in the sample article, from `vouch report`', async () => {
    const cwd = tempDir()
    const markdown = sampleArticle
    writeFiles(cwd, {'sample.md': markdown})

    const ledgerRun = await runVouch(['ledger', 'sample.md'], {cwd})
    expect(ledgerRun.code).toBe(0)
    const ledger = JSON.parse(lines(ledgerRun.stdout)[0]) as Ledger

    const reportRun = await runVouch(['report', 'sample.md', '-o', 'out'], {cwd})
    expect(reportRun.stderr).toBe('')
    expect(lines(reportRun.stdout)).toEqual([path.join('out', 'sample.md.html')])

    const {page, requests} = await open(path.join(cwd, 'out/sample.md.html'))
    const result = await shown(page)
    expect(result.parties.map((party) => party.id).sort()).toEqual(ledger.parties.map((party) => party.id).sort())
    expect(result.claims).toEqual(ledger.claims.map((claim) => claim.id).sort())
    expect(result.text).toBeGreaterThan(100)
    expect(await page.textContent('section.draft h2')).toBe('sample.md')
    expect(requests).toEqual([])

    // The README's picture: the real article when the analysis finds
    // sources, else the hand-built ledger.
    let shot = page
    if (ledger.parties.length === 0) {
      const file = path.join(cwd, 'hand.html')
      fs.writeFileSync(file, renderReport([{path: 'sample.md', text: sampleArticle, ledger: handLedger(sampleArticle)}]))
      shot = (await open(file)).page
    }

    const screenshot = process.env.VOUCH_UPDATE_DOCS ? docsScreenshot : path.join(cwd, 'report.png')
    fs.mkdirSync(path.dirname(screenshot), {recursive: true})
    await shot.screenshot({path: screenshot})
    expect(fs.statSync(screenshot).size).toBeGreaterThan(10_000)
    await page.close()
  })
})
