/**
 * `vouch lsp` hands over to the language server: it answers `initialize`
 * over stdio and leaves on `shutdown` + `exit`.
 */
import {spawn} from 'node:child_process'
import {beforeAll, expect, it} from 'vitest'
import {assertBuilt, bin, tempDir} from './helpers.js'

beforeAll(assertBuilt)

function frame(message: object): string {
  const body = JSON.stringify({jsonrpc: '2.0', ...message})
  return 'Content-Length: ' + Buffer.byteLength(body) + '\r\n\r\n' + body
}

it('starts the language server on stdio', async () => {
  const child = spawn(process.execPath, [bin, 'lsp', '--stdio'], {cwd: tempDir()})
  let buffer = ''
  const responses: Array<{id?: number; result?: {capabilities?: Record<string, unknown>}}> = []
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    buffer += chunk
    for (;;) {
      const match = /^Content-Length: (\d+)\r\n(?:[^\r\n]+\r\n)*\r\n/.exec(buffer)
      if (!match || Buffer.byteLength(buffer) < match[0].length + Number(match[1])) break
      const body = Buffer.from(buffer.slice(match[0].length)).subarray(0, Number(match[1])).toString()
      buffer = buffer.slice(match[0].length + body.length)
      responses.push(JSON.parse(body) as (typeof responses)[number])
    }
  })

  const exited = new Promise<number | null>((resolve) => child.on('close', resolve))
  const answer = (id: number) =>
    new Promise<(typeof responses)[number]>((resolve, reject) => {
      const started = Date.now()
      const timer = setInterval(() => {
        const found = responses.find((response) => response.id === id)
        if (found) {
          clearInterval(timer)
          resolve(found)
        } else if (Date.now() - started > 20_000) {
          clearInterval(timer)
          reject(new Error('no answer to request ' + id))
        }
      }, 20)
    })

  child.stdin.write(frame({id: 1, method: 'initialize', params: {processId: null, rootUri: null, capabilities: {}, workspaceFolders: null}}))
  const initialized = await answer(1)
  expect(initialized.result?.capabilities).toHaveProperty('textDocumentSync')

  child.stdin.write(frame({id: 2, method: 'shutdown'}))
  await answer(2)
  child.stdin.write(frame({method: 'exit'}))
  expect(await exited).toBe(0)
})
