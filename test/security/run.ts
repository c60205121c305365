/**
 * Run the `vouch` command in process, through `main(argv, io)` — the entry
 * the executable uses — with captured output, on files in a temporary folder.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {PassThrough, Writable} from 'node:stream'
import {main} from '../../src/cli/main.js'

export interface Run {
  code: number
  stdout: string
  stderr: string
}

/** Run `vouch` with `argv` in `cwd`; `input` is piped to stdin (else stdin is empty). */
export async function vouch(argv: string[], cwd: string, input: string | Buffer = ''): Promise<Run> {
  let stdout = ''
  let stderr = ''
  const stdin = new PassThrough()
  stdin.end(input)
  const sink = (append: (text: string) => void) =>
    new Writable({
      write(chunk: Buffer | string, _encoding, done) {
        append(String(chunk))
        done()
      }
    })
  const code = await main(argv, {
    cwd,
    stdin,
    stdout: sink((text) => (stdout += text)),
    stderr: sink((text) => (stderr += text))
  })
  return {code, stdout, stderr}
}

/** A fresh temporary folder with `files` (path → content) in it. */
export function folder(files: Record<string, string | Buffer> = {}): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'vouch-security-'))
  for (const [name, value] of Object.entries(files)) {
    const target = path.join(root, name)
    fs.mkdirSync(path.dirname(target), {recursive: true})
    fs.writeFileSync(target, value)
  }

  return root
}

/** Messages of the `json` reporter, flattened with their file's path. */
export function messagesOf(stdout: string): Array<{path: string; reason: string; ruleId: string | null; line: number | null; column: number | null; endLine: number | null; endColumn: number | null; severity: string}> {
  const files = JSON.parse(stdout) as Array<{path: string; messages: Array<Record<string, unknown>>}>
  return files.flatMap((file) => file.messages.map((message) => ({...message, path: file.path}) as never))
}
