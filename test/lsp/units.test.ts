/**
 * The language server's own pieces, in process: related information,
 * diagnostics and quick fixes, and the message reader that survives bad
 * frames.
 */
import {PassThrough} from 'node:stream'
import {describe, expect, it} from 'vitest'
import {TextDocument} from 'vscode-languageserver-textdocument'
import type {Message} from 'vscode-languageserver/node.js'
import {runCheck} from '../../src/check/job.js'
import {quickFixes, toDiagnostic} from '../../src/lsp/diagnostics.js'
import {FramedMessageReader} from '../../src/lsp/reader.js'
import {relatedInformation} from '../../src/lsp/related.js'
import {relatedOf} from '../../src/lsp/related-source.js'
import {sampleArticle} from './client.js'

const uri = 'file:///drafts/a.md'

describe('related information', () => {
  const asserted = {
    place: {start: {line: 19, column: 1, offset: 100}, end: {line: 19, column: 30, offset: 129}},
    message: 'asserted here by US officials'
  }

  it('turns `message.related` into LSP related information in the same document', () => {
    expect(relatedInformation(uri, {related: [asserted]})).toEqual([
      {
        location: {uri, range: {start: {line: 18, character: 0}, end: {line: 18, character: 29}}},
        message: 'asserted here by US officials'
      }
    ])
  })

  it('skips malformed related entries', () => {
    expect(relatedOf({related: [{message: 'no place'}, {place: {start: {line: 1}}, message: 'bad'}, 'text', asserted]})).toEqual([asserted])
    expect(relatedOf({related: 'not a list'})).toEqual([])
  })

  it('carries every finding’s related places, rule, link and fix into its diagnostic (sample article)', async () => {
    const {messages} = await runCheck({text: sampleArticle, path: '/nowhere/sample.txt', cwd: '/nowhere', mode: 'check'})
    expect(messages.length).toBeGreaterThan(0)
    for (const message of messages) {
      const diagnostic = toDiagnostic(uri, message)
      expect(diagnostic.relatedInformation?.length ?? 0).toBe(relatedOf(message).length)
      expect(diagnostic.code).toBe(message.ruleId)
      expect(diagnostic.codeDescription?.href).toBe(message.url)
      expect(diagnostic.message.startsWith(message.reason)).toBe(true)
    }
  })
})

describe('quick fixes', () => {
  it('replaces, inserts or removes, one action per expected text', () => {
    const document = TextDocument.create(uri, 'markdown', 1, 'Officials claimed it.\n')
    const range = {start: {line: 0, character: 10}, end: {line: 0, character: 17}}
    const empty = {start: {line: 0, character: 0}, end: {line: 0, character: 0}}
    const actions = quickFixes(document, [
      {range, message: 'x', data: {expected: ['said']}},
      {range, message: 'y', data: {expected: ['', 'told']}},
      {range: empty, message: 'z', data: {expected: ['Yes, ']}},
      {range, message: 'no data'}
    ])
    expect(actions.map((action) => [action.title, action.isPreferred ?? false])).toEqual([
      ['Replace `claimed` with `said`', true],
      ['Remove `claimed`', false],
      ['Replace `claimed` with `told`', false],
      ['Insert `Yes, `', true]
    ])
  })
})

describe('the message reader', () => {
  function frame(body: string, header = 'Content-Length: ' + Buffer.byteLength(body)): string {
    return header + '\r\n\r\n' + body
  }

  async function read(chunks: string[]): Promise<{messages: Message[]; errors: number}> {
    const stream = new PassThrough()
    const reader = new FramedMessageReader(stream)
    const messages: Message[] = []
    let errors = 0
    reader.onError(() => errors++)
    reader.listen((message) => messages.push(message))
    for (const chunk of chunks) stream.write(chunk)
    await new Promise((resolve) => setImmediate(resolve))
    return {messages, errors}
  }

  const ping = (id: number) => JSON.stringify({jsonrpc: '2.0', id, method: 'ping'})

  it('reads messages split anywhere, and several in one chunk', async () => {
    const all = frame(ping(1)) + frame(ping(2)) + frame('{"jsonrpc":"2.0","method":"é"}')
    const split = [...all].map((_, index) => (index % 7 === 0 ? all.slice(index, index + 7) : '')).filter(Boolean)
    const {messages, errors} = await read(split)
    expect(messages.map((message) => (message as {id?: number}).id)).toEqual([1, 2, undefined])
    expect(errors).toBe(0)
  })

  it('skips a frame without Content-Length and reads the next ones', async () => {
    const {messages, errors} = await read([frame(ping(1), 'Content-Type: application/json'), frame(ping(2)), frame(ping(3))])
    expect(messages.map((message) => (message as {id?: number}).id)).toEqual([2, 3])
    expect(errors).toBe(1)
  })

  it('skips a body that is not JSON, and garbage between frames', async () => {
    const {messages, errors} = await read([frame('{"jsonrpc": '), 'garbage\r\n\r\n', frame(ping(2))])
    expect(messages.map((message) => (message as {id?: number}).id)).toEqual([2])
    expect(errors).toBe(2)
  })
})
