/**
 * The HTML report in a real browser (headless Chromium driven by
 * playwright-core): it renders the claims and parties of the ledger, from
 * disk, without fetching anything; at 1300 and 800 px it shows the messages
 * first, each a link that lands on its passage, with nothing cut off and no
 * sideways scrolling; and a screenshot of the sample article's report is
 * taken (and saved for the README when VOUCH_UPDATE_DOCS is set).
 *
 * Chromium is found on PATH or at `CHROME_PATH`; without it the tests are
 * skipped with one line saying what to install, except in CI, where they fail.
 */
import fs from 'node:fs'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {chromium, type Browser, type Page} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import type {Ledger} from '../../src/analysis/types.js'
import {renderReport, summarise, type ReportMessage} from '../../src/report/index.js'
import {lines, repoRoot, runVouch, sampleArticle, tempDir, writeFiles} from '../cli/helpers.js'
import {chromiumSpec, findProgram} from '../programs/find.js'
import {handLedger} from './ledger-fixture.js'

const chromiumProgram = findProgram(chromiumSpec)
if (chromiumProgram.skip) console.warn(chromiumProgram.missing)
// The README's picture is rewritten only on request (`VOUCH_UPDATE_DOCS=1
// npx vitest run test/report`): a test run leaves the checkout as it was.
const docsScreenshot = path.join(repoRoot, 'docs/assets/report.png')
const widths = [1300, 800]

let browser: Browser | undefined

/** Open a page from disk, recording any request that is not for the file itself. */
async function open(file: string, width = 1400): Promise<{page: Page; requests: string[]}> {
  if (!browser) throw new Error(chromiumProgram.missing)
  const page = await browser.newPage({viewport: {width, height: 900}})
  const url = pathToFileURL(file).href
  const requests: string[] = []
  page.on('request', (request) => {
    if (request.url().split('#')[0] !== url) requests.push(request.url())
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

/** `vouch report` on the sample article, once: the page's path. */
let sampleReportFile: Promise<string> | undefined
function sampleReport(): Promise<string> {
  sampleReportFile ??= (async () => {
    const cwd = tempDir()
    writeFiles(cwd, {'sample.md': sampleArticle})
    const run = await runVouch(['report', 'sample.md', '-o', 'sample.html'], {cwd})
    if (run.code !== 0) throw new Error('vouch report failed: ' + run.stderr)
    return path.join(cwd, 'sample.html')
  })()
  return sampleReportFile
}

describe.skipIf(chromiumProgram.skip)('report in a browser', () => {
  beforeAll(async () => {
    // Missing in CI: every test fails in `open`, saying what to install.
    if (!chromiumProgram.path) return
    browser = await chromium.launch({
      executablePath: chromiumProgram.path,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']
    })
  })

  afterAll(async () => {
    await browser?.close()
  })

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
  it('shows the messages first, nothing cut off and no sideways scrolling, at 1300 and 800 px', async () => {
    const file = await sampleReport()
    for (const width of widths) {
      const {page} = await open(file, width)
      const layout = await page.evaluate(() => {
        const box = (selector: string) => document.querySelector(selector)!.getBoundingClientRect()
        const section = box('section.draft')
        const described = (node: Element) => node.tagName.toLowerCase() + (node.className ? '.' + String(node.className).split(' ')[0] : '')
        const everything = [...document.querySelectorAll('section.draft *')]
        return {
          pageWidth: document.documentElement.scrollWidth,
          viewport: document.documentElement.clientWidth,
          // Boxes that stick out of their draft's section, sideways.
          outside: everything.filter((node) => {
            const rect = node.getBoundingClientRect()
            return rect.width > 0 && (rect.left < section.left - 0.5 || rect.right > section.right + 0.5)
          }).map(described),
          // Scrolling boxes whose content is wider than they are: cut off.
          clipped: everything.filter((node) => getComputedStyle(node).overflowX !== 'visible' && node.scrollWidth > node.clientWidth + 1).map(described),
          messages: box('section.messages'),
          text: box('article.text'),
          tables: box('section.tables'),
          // The narrowest cell of the columns that hold words.
          narrowest: Math.min(...[...document.querySelectorAll('td.name, td.claim-text, td.sources')].map((cell) => cell.getBoundingClientRect().width)),
          height: innerHeight
        }
      })

      expect(layout.pageWidth, width + ' px').toBe(layout.viewport)
      expect(layout.outside, width + ' px').toEqual([])
      expect(layout.clipped, width + ' px').toEqual([])
      expect(layout.messages.top, width + ' px').toBeLessThan(layout.height)
      expect(layout.messages.top, width + ' px').toBeLessThan(layout.tables.top)
      expect(layout.narrowest, width + ' px').toBeGreaterThan(140)
      if (width >= 1300) {
        // Beside the text, at its top.
        expect(layout.messages.left).toBeGreaterThan(layout.text.right)
        expect(layout.messages.top).toBeLessThan(layout.text.top + 50)
      } else {
        expect(layout.messages.bottom).toBeLessThanOrEqual(layout.text.top)
      }

      await page.close()
    }
  })

  it('makes every message a link that lands on its passage, and every passage a link back', async () => {
    const file = await sampleReport()
    for (const width of widths) {
      const {page} = await open(file, width)
      const links = page.locator('li.message a.go')
      const count = await links.count()
      expect(count).toBe(await page.locator('li.message').count())
      expect(count).toBeGreaterThan(0)
      for (let index = 0; index < count; index++) {
        const href = (await links.nth(index).getAttribute('href'))!
        await links.nth(index).click()
        const landed = await page.evaluate((id) => {
          const target = document.getElementById(id)
          if (!target) return undefined
          const rect = target.getBoundingClientRect()
          return {
            hash: location.hash,
            inText: target.closest('article.text') !== null,
            flag: target.classList.contains('flag'),
            visible: rect.top >= 0 && rect.top < innerHeight && rect.height > 0,
            marked: target.classList.contains('current'),
            listed: document.querySelector('li.message.current a.go[href="#' + id + '"]') !== null
          }
        }, href.slice(1))
        expect(landed, width + ' px: ' + href).toEqual({hash: href, inText: true, flag: true, visible: true, marked: true, listed: true})
      }

      const back = await page.evaluate(() => [...document.querySelectorAll('article.text sup.ref a')].map((link) => document.getElementById(link.getAttribute('href')!.slice(1))?.tagName ?? null))
      expect(back).toEqual(Array.from({length: count}, () => 'LI'))
      await page.close()
    }
  })

  it('outlines a quotation nobody says, and the legend explains the marks, the red single-source underline too', async () => {
    const quote = '“This is a disaster for the city and its people.”'
    const text = sampleArticle + '\nLater: ' + quote + '\n'
    const offset = text.indexOf(quote)
    const before = text.slice(0, offset).split('\n')
    const message: ReportMessage = {
      reason: 'Unattributed quotation ' + quote + ': who said it?',
      ruleId: 'unattributed-quote',
      severity: 'warning',
      line: before.length,
      column: before.at(-1)!.length + 1,
      endLine: before.length,
      endColumn: before.at(-1)!.length + 1 + quote.length
    }
    const file = path.join(tempDir(), 'quote.html')
    fs.writeFileSync(file, renderReport([{path: 'quote.txt', text, ledger: handLedger(text), messages: [message]}]))
    const {page} = await open(file, 1300)
    const marks = await page.evaluate(() => {
      const style = (selector: string) => {
        const node = document.querySelector(selector)
        if (!node) return undefined
        const computed = getComputedStyle(node)
        return {outline: computed.outlineStyle + ' ' + computed.outlineWidth + ' ' + computed.outlineColor, shadow: computed.boxShadow, text: node.textContent}
      }
      return {
        flag: style('article.text .flag'),
        legendFlag: style('.legend .flag'),
        single: style('article.text mark.claim.single'),
        legendSingle: style('.legend mark.claim.single'),
        legend: document.querySelector('.legend')?.textContent ?? ''
      }
    })

    expect(marks.flag?.text).toBe(quote)
    expect(marks.flag?.outline).toMatch(/^solid [1-9]/)
    expect(marks.legendFlag?.outline).toBe(marks.flag?.outline)
    expect(marks.single?.shadow).toMatch(/rgb\(179, 38, 30\)/)
    expect(marks.legendSingle?.shadow).toBe(marks.single?.shadow)
    expect(marks.legend).toMatch(/red underline single source: the claim rests on one party alone/)
    expect(marks.legend).toMatch(/a quotation nobody says/)
    await page.close()
  })
})
