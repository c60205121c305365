/**
 * Positions are true after character references, escapes and CRLF, in
 * HTML and Markdown (issue 17, item 10), and HTML prose outside a block
 * element is read (item 11): the CLI's messages, the ledger's offsets,
 * SARIF regions and the editor's ranges all point at the words.
 */
import {describe, expect, it} from 'vitest'
import {TextDocument} from 'vscode-languageserver-textdocument'
import {location} from 'vfile-location'
import {runCheck} from '../../src/check/job.js'
import {toDiagnostic} from '../../src/lsp/diagnostics.js'
import {folder, messagesOf, vouch} from '../security/run.js'

const claim = 'The claim has not been confirmed by Seoul.'

/** Drafts whose unconfirmed claim must be reported at exactly “The claim”. */
const drafts: Record<string, string> = {
  'reference.html': '<p>Fish &amp; chips are sold here. ' + claim + '</p>\n',
  'numeric.html': '<p>It&#8217;s sold &#128512; here &nbsp;today. ' + claim + '</p>\n',
  'legacy.html': '<p>Fish &amp chips &copy here. ' + claim + '</p>\n',
  'crlf.html': '<p>Fish and chips\r\nare sold here.\r\n' + claim + '</p>\r\n',
  'reference.md': 'Fish &amp; chips &#8217; \\& more \\* are sold here. ' + claim + '\n',
  'quote.md': '> Fish &amp; chips are\n> sold here. ' + claim + '\n',
  'list.md': '- Fish &amp; chips are\n  sold here. ' + claim + '\n',
  'crlf.md': 'Fish &amp; chips\r\nare sold here.\r\n' + claim + '\r\n',
  'body.html': '<html><head><title>x</title></head><body>\n' + claim + '\n</body></html>\n',
  'after.html': '<p>Intro.</p>\n' + claim + '\n<div>More.</div>\n'
}

function offsetOf(text: string, line: number, column: number): number {
  const offset = location(text).toOffset({line, column})
  if (offset === undefined) throw new Error('No offset for ' + line + ':' + column)
  return offset
}

describe('true positions', () => {
  it('in messages, the ledger and SARIF, in every draft', async () => {
    const cwd = folder(drafts)
    const names = Object.keys(drafts)

    const json = await vouch(['--reporter', 'json', ...names], cwd)
    for (const name of names) {
      const text = drafts[name]
      const found = messagesOf(json.stdout).filter((message) => message.path === name && message.ruleId === 'unconfirmed-claim')
      expect(found, name).toHaveLength(1)
      const [message] = found
      expect(message.reason, name).toBe('Unconfirmed: “The claim” — not confirmed by Seoul; the text does not say here what the claim is or who makes it')
      const start = offsetOf(text, message.line!, message.column!)
      const end = offsetOf(text, message.endLine!, message.endColumn!)
      expect(text.slice(start, end), name).toBe('The claim')
    }

    const ledger = await vouch(['ledger', ...names], cwd)
    for (const line of ledger.stdout.trim().split('\n')) {
      const {path, claims, parties} = JSON.parse(line) as {
        path: string
        claims: Array<{start: number; end: number; text: string}>
        parties: Array<{name: string; mentions: Array<{start: number; end: number; text: string}>}>
      }
      const text = drafts[path]
      expect(claims.map((item) => text.slice(item.start, item.end)), path).toContain('The claim')
      const seoul = parties.find((party) => party.name === 'Seoul')
      expect(seoul?.mentions.map((mention) => text.slice(mention.start, mention.end)), path).toEqual(['Seoul'])
    }

    const sarif = await vouch(['--reporter', 'sarif', ...names], cwd)
    const results = (JSON.parse(sarif.stdout) as {runs: Array<{results: Array<{ruleId: string; locations: Array<{physicalLocation: {artifactLocation: {uri: string}; region: {startLine: number; startColumn: number; endLine: number; endColumn: number}}}>}>}>}).runs[0].results
    for (const result of results.filter((item) => item.ruleId === 'unconfirmed-claim')) {
      const {artifactLocation, region} = result.locations[0].physicalLocation
      const text = drafts[decodeURIComponent(artifactLocation.uri)]
      expect(text.slice(offsetOf(text, region.startLine, region.startColumn), offsetOf(text, region.endLine, region.endColumn))).toBe('The claim')
    }
  })

  it('in the editor’s ranges', async () => {
    for (const [name, text] of Object.entries(drafts)) {
      const {messages} = await runCheck({text, path: '/drafts/' + name, cwd: '/drafts', mode: 'check'})
      const document = TextDocument.create('file:///drafts/' + name, 'plaintext', 1, text)
      const diagnostic = messages.filter((message) => message.ruleId === 'unconfirmed-claim').map((message) => toDiagnostic(document.uri, message))
      expect(diagnostic.map((item) => document.getText(item.range)), name).toEqual(['The claim'])
    }
  })
})
