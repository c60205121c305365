/**
 * The language server on an untrusted checkout (issue 17, items 1, 2, 7, 9,
 * 12; issue 18, item 4): config that would run code, a busy draft, a draft
 * over its time limit, bad framing, requests after shutdown.
 */
import fs from 'node:fs'
import path from 'node:path'
import {afterEach, describe, expect, it} from 'vitest'
import {
  CodeActionRequest,
  DidChangeConfigurationNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  ShutdownRequest
} from 'vscode-languageserver-protocol/node'
import {makeWorkspace, closeClient, startClient, type Client} from './client.js'

let client: Client | undefined

afterEach(async () => {
  await closeClient(client)
  client = undefined
})

const draft = 'Officials said the troops had withdrawn. The minister claimed the plan had worked.\n'

/** A module that leaves a marker file if anything imports it. */
function payload(marker: string): string {
  return 'import fs from "node:fs"\nfs.writeFileSync(' + JSON.stringify(marker) + ', "ran")\nexport default function plugin() {}\n'
}

describe('config in the editor', () => {
  it('imports nothing a .vouchrc, .vouchrc.yml, package.json or .vouchrc.js names, and says why in one diagnostic', async () => {
    const cases: Record<string, [string, RegExp]> = {
      '.vouchrc': [JSON.stringify({plugins: ['./evil.js']}), /unknown field `plugins`/],
      '.vouchrc.yml': ['plugins:\n  - ./evil.js\n', /unknown field `plugins`/],
      'package.json': [JSON.stringify({type: 'module', vouch: {plugins: ['./evil.js']}}), /unknown field `plugins`/],
      '.vouchrc.js': ['', /does not run JavaScript config/]
    }
    // One folder per case, each with its config and the module it names.
    const workspace = makeWorkspace()
    const markers: string[] = []
    Object.entries(cases).forEach(([name, [content]], index) => {
      const folder = path.join(workspace, 'case' + index)
      const marker = path.join(folder, 'ran')
      markers.push(marker)
      fs.mkdirSync(folder)
      fs.writeFileSync(path.join(folder, name), name === '.vouchrc.js' ? payload(marker) : content)
      fs.writeFileSync(path.join(folder, 'evil.js'), payload(marker))
    })
    client = await startClient({workspace})
    for (const [index, [name, [, reason]]] of Object.entries(cases).entries()) {
      const params = await client.open('case' + index + '/draft.md', draft)
      expect(params.diagnostics, name).toHaveLength(1)
      expect(params.diagnostics[0].severity).toBe(1)
      expect(params.diagnostics[0].message, name).toContain('Cannot use config file `case' + index + '/' + name + '`')
      expect(params.diagnostics[0].message, name).toMatch(reason)
    }

    await client.stop()
    for (const marker of markers) expect(fs.existsSync(marker), marker + ': the editor ran the config').toBe(false)
  })

  it('says what is wrong with a config: the JSON error, or the rule and option', async () => {
    client = await startClient({
      files: {
        'a/.vouchrc': '{"rules": {"no-comment": "off",}}',
        'b/.vouchrc.json': JSON.stringify({rules: {'anonymous-source': ['warn', {allowExplaned: true}]}})
      }
    })
    const broken = await client.open('a/draft.md', draft)
    expect(broken.diagnostics.map((diagnostic) => diagnostic.message)).toEqual([
      expect.stringMatching(/^Cannot use config file `a\/\.vouchrc`: invalid JSON \(line 1, column 32\): \S/)
    ])
    const typo = await client.open('b/draft.md', draft)
    expect(typo.diagnostics.map((diagnostic) => diagnostic.message)).toEqual([
      'Cannot use config file `b/.vouchrc.json`: rule `anonymous-source`: unknown option `allowExplaned` (did you mean `allowExplained`?)'
    ])
  })
})

describe('checking', () => {
  it('publishes every finding of a busy draft (past 16 KiB of report)', async () => {
    client = await startClient()
    const busy = Array.from({length: 120}, (_, index) => 'Officials claimed that plan ' + index + ' had failed.').join('\n\n') + '\n'
    const params = await client.open('busy.md', busy)
    expect(params.diagnostics.length).toBeGreaterThanOrEqual(240)
    expect(JSON.stringify(params.diagnostics).length).toBeGreaterThan(16 * 1024)
  })

  it('stops a check at its time limit with one diagnostic, and checks the next document', async () => {
    client = await startClient()
    await client.connection.sendNotification(DidChangeConfigurationNotification.type, {settings: {vouch: {timeLimit: 1}}})
    const stuck = await client.open('lists.md', '- '.repeat(10_000) + 'x\n')
    expect(stuck.diagnostics).toHaveLength(1)
    expect(stuck.diagnostics[0]).toMatchObject({severity: 1, source: 'vouch'})
    expect(stuck.diagnostics[0].message).toMatch(/^Not checked: stopped after 1 s, the time limit/)
    const next = await client.open('next.md', draft)
    expect(next.diagnostics.map((diagnostic) => diagnostic.code)).toContain('loaded-attribution-verb')
  })
})

describe('the protocol', () => {
  it('skips a frame without Content-Length and reads the messages after it', async () => {
    client = await startClient()
    const open = JSON.stringify({
      jsonrpc: '2.0',
      method: 'textDocument/didOpen',
      params: {textDocument: {uri: client.uri('lost.md'), languageId: 'markdown', version: 1, text: draft}}
    })
    await new Promise<void>((resolve) => client!.child.stdin.write('Content-Type: application/vscode-jsonrpc\r\n\r\n' + open, () => resolve()))
    const params = await client.open('after.md', draft)
    expect(params.diagnostics.map((diagnostic) => diagnostic.code)).toContain('loaded-attribution-verb')
    // The frame with no length was not read.
    expect(client.published.some((published) => published.uri === client!.uri('lost.md'))).toBe(false)
  })

  it('refuses requests after shutdown, and exits 0 on exit', async () => {
    client = await startClient()
    await client.open('draft.md', draft)
    await client.connection.sendRequest(ShutdownRequest.type)
    const refused = client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: {uri: client.uri('draft.md')},
      range: {start: {line: 0, character: 0}, end: {line: 0, character: 1}},
      context: {diagnostics: []}
    })
    await expect(refused).rejects.toMatchObject({code: -32600})
    // Documents opened now are not checked.
    await client.connection.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: {uri: client.uri('late.md'), languageId: 'markdown', version: 1, text: draft}
    })
    const exited = new Promise<number | null>((resolve) => client!.child.once('exit', resolve))
    await client.connection.sendNotification(ExitNotification.type)
    expect(await exited).toBe(0)
    expect(client.published.some((published) => published.uri === client!.uri('late.md'))).toBe(false)
  })
})
