/**
 * What editors send that a language server must survive: empty and
 * prose-less documents, half-typed quotes, a 5 MB paste, rapid edits, a
 * broken config, malformed JSON-RPC, URIs that are not files.
 */
import fs from 'node:fs'
import path from 'node:path'
import {afterEach, describe, expect, it} from 'vitest'
import {
  DidChangeTextDocumentNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  DocumentFormattingRequest
} from 'vscode-languageserver-protocol/node'
import {sampleArticle, closeClient, startClient, type Client} from './client.js'

let client: Client | undefined

afterEach(async () => {
  await closeClient(client)
  client = undefined
})

/** The server still answers: a formatting round trip on a fresh document. */
async function expectAlive(current: Client) {
  const name = 'alive-' + Math.random().toString(36).slice(2) + '.md'
  await current.open(name, 'Still here.\n')
  const result = await current.connection.sendRequest(DocumentFormattingRequest.type, {
    textDocument: {uri: current.uri(name)},
    options: {tabSize: 2, insertSpaces: true}
  })
  expect(result ?? null).toBeNull()
  expect(current.child.exitCode).toBeNull()
}

describe('vouch-language-server robustness', () => {
  it('handles documents with no prose', async () => {
    client = await startClient()
    const documents: Record<string, string> = {
      'empty.md': '',
      'blank.txt': '\n\n   \n',
      'code.md': '```js\nconst claimed = "said"\n```\n',
      'front.md': '---\ntitle: Claimed\n---\n',
      'markup.html': '<html><head><title></title></head><body></body></html>',
      'symbols.txt': '--- *** ### 123 456\n'
    }
    for (const [name, text] of Object.entries(documents)) {
      const params = await client.open(name, text)
      expect(params.diagnostics, name).toEqual([])
    }

    await expectAlive(client)
  })

  it('handles half-typed quotes and sentences', async () => {
    client = await startClient()
    const name = 'typing.md'
    await client.open(name, '')
    const steps = ['“', '“This is', '“This is the first public', '“This is the first public evidence,” Leff', '"Unclosed', 'He said "', '”', '“”“”']
    for (const step of steps) {
      const params = await client.change(name, step)
      expect(Array.isArray(params.diagnostics)).toBe(true)
    }

    await expectAlive(client)
  })

  it('survives a 5 MB paste and stays responsive', async () => {
    client = await startClient()
    const name = 'paste.txt'
    await client.open(name, 'Draft.\n')
    let big = ''
    while (big.length < 5 * 1024 * 1024) big += sampleArticle + '\n'
    const started = Date.now()
    const params = await client.change(name, big)
    // Too long to check live: one information diagnostic saying so, quickly.
    expect(params.diagnostics).toHaveLength(1)
    expect(params.diagnostics[0].severity).toBe(3)
    expect(params.diagnostics[0].message).toMatch(/too long to check as you type/)
    expect(Date.now() - started).toBeLessThan(15_000)
    // Deleting the paste brings normal checking back.
    const back = await client.change(name, 'The minister claimed it.\n')
    expect(back.diagnostics.every((diagnostic) => !/too long/.test(diagnostic.message))).toBe(true)
    await expectAlive(client)
  })

  it('publishes the latest version last under rapid edits', async () => {
    client = await startClient()
    const name = 'rapid.md'
    const uri = client.uri(name)
    await client.open(name, sampleArticle)
    const edits = 40
    let text = sampleArticle
    for (let version = 2; version <= edits + 1; version++) {
      text = text.replace('told', version % 2 ? 'claimed' : 'told')
      // Not awaited one by one: an editor sends them as the user types.
      void client.connection.sendNotification(DidChangeTextDocumentNotification.type, {
        textDocument: {uri, version},
        contentChanges: [{text: sampleArticle + '\nEdit ' + version + ' claimed.\n'}]
      })
    }

    const last = await client.diagnostics(uri, (params) => params.version === edits + 1, 60_000)
    expect(last.version).toBe(edits + 1)
    // Give late checks a moment to (wrongly) publish an older version.
    await new Promise((resolve) => setTimeout(resolve, 500))
    const versions = client.published.filter((params) => params.uri === uri).map((params) => params.version ?? 0)
    // Never an older version after a newer one: the editor shows the latest findings.
    expect(versions).toEqual([...versions].sort((a, b) => a - b))
    expect(versions.at(-1)).toBe(edits + 1)
    // A burst of edits is not checked one by one: outdated texts are skipped.
    expect(versions.length).toBeLessThan(edits + 1)
    // Outdated checks were skipped, not published as an empty list that
    // would wipe the findings for a moment: every publish has the findings.
    const counts = client.published.filter((params) => params.uri === uri).map((params) => params.diagnostics.length)
    expect(counts.every((count) => count > 0), JSON.stringify(counts)).toBe(true)
    await expectAlive(client)
  })

  it('reports a broken config once, keeps running, and recovers when it is fixed', async () => {
    client = await startClient({files: {'.vouchrc': '{"rules": {"loaded-attribution-verb": "error",}'}})
    const first = await client.open('a.md', 'The minister claimed it.\n')
    expect(first.diagnostics).toHaveLength(1)
    const [problem] = first.diagnostics
    expect(problem.severity).toBe(1)
    expect(problem.message).toMatch(/\.vouchrc/)
    expect(problem.message).not.toMatch(/\n|\s+at\s/)

    await client.change('a.md', 'The minister claimed it again.\n')
    await client.open('b.md', 'Another draft.\n')
    expect(client.shown).toHaveLength(1)
    expect(client.shown[0].type).toBe(1)
    expect(client.shown[0].message).toMatch(/\.vouchrc/)

    fs.writeFileSync(path.join(client.workspace, '.vouchrc'), '{"rules": {"loaded-attribution-verb": "error"}}')
    const fixed = await client.change('a.md', 'The minister claimed it.\n')
    expect(fixed.diagnostics.filter((diagnostic) => diagnostic.code === undefined)).toEqual([])
    await expectAlive(client)
  })

  it('names the file and the rule for an unknown rule in config', async () => {
    client = await startClient({files: {'.vouchrc.json': '{"rules": {"no-such-rule": "off"}}'}})
    const params = await client.open('a.md', 'The minister claimed it.\n')
    expect(params.diagnostics).toHaveLength(1)
    expect(params.diagnostics[0].severity).toBe(1)
    expect(params.diagnostics[0].message).toMatch(/\.vouchrc\.json/)
    expect(params.diagnostics[0].message).toMatch(/no-such-rule/)
    expect(client.shown).toHaveLength(1)
    await expectAlive(client)
  })

  it('survives malformed JSON-RPC', async () => {
    client = await startClient()
    const write = (text: string) =>
      new Promise<void>((resolve) => {
        client!.child.stdin.write(text, () => resolve())
      })
    const body = '{"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": '
    // Invalid JSON body with a correct length.
    await write('Content-Length: ' + Buffer.byteLength(body) + '\r\n\r\n' + body)
    // Valid JSON that is not a JSON-RPC message, and an unknown method.
    const notRpc = '{"hello": "world"}'
    await write('Content-Length: ' + notRpc.length + '\r\n\r\n' + notRpc)
    const unknown = '{"jsonrpc": "2.0", "id": 99, "method": "vouch/nothing", "params": {}}'
    await write('Content-Length: ' + unknown.length + '\r\n\r\n' + unknown)
    // Bad parameters for a real notification.
    await client.connection.sendNotification(DidOpenTextDocumentNotification.type, {} as never)
    await client.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: {uri: client.uri('never-opened.md'), version: 3},
      contentChanges: [{text: 'x'}]
    })
    await client.connection.sendNotification(DidCloseTextDocumentNotification.type, {textDocument: {uri: client.uri('never-opened.md')}})
    await expectAlive(client)
  })

  it('survives documents that are not files', async () => {
    client = await startClient()
    await client.connection.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: {uri: 'untitled:Untitled-1', languageId: 'markdown', version: 1, text: 'The minister claimed it.'}
    })
    await client.connection.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: {uri: 'file:///outside/any/workspace.md', languageId: 'markdown', version: 1, text: 'Hi.'}
    })
    await expectAlive(client)
  })
})
