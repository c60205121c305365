/**
 * Run `vouch` on files in a temporary folder, two ways:
 *
 * - `runVouch`: in this process, through `main(argv, io)` — the function the
 *   executable calls with the process's streams — with in-memory streams.
 *   Most tests use it: a new Node process per run costs a second or two of
 *   start-up, and the behaviour under test is the same.
 * - `runVouchProcess`: the built executable in a new Node process, as a user
 *   or CI runs it, for what only a process shows: the exit status, a piped
 *   stdin, a process without the right to read a file.
 */
import {spawn, spawnSync} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {Readable, Writable} from 'node:stream'
import {fileURLToPath} from 'node:url'
import {main} from '../../src/cli/main.js'

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url))
export const bin = path.join(repoRoot, 'dist/src/cli/bin.js')
export const sampleArticle = fs.readFileSync(path.join(repoRoot, 'test/fixtures/north-korean-missiles-unsc.txt'), 'utf8')

export interface Result {
  code: number | null
  stdout: string
  stderr: string
}

export interface RunOptions {
  cwd: string
  /** Written to stdin (else stdin is empty and closed). */
  input?: string | Buffer
}

export interface ProcessOptions extends RunOptions {
  /**
   * Run without the power to read files regardless of their mode: for root,
   * drop CAP_DAC_OVERRIDE and CAP_DAC_READ_SEARCH with `setpriv` (root still
   * owns and reads the repo, but a `chmod 000` file is unreadable to it).
   */
  unprivileged?: boolean
}

/** Fail clearly when the build is missing (`npm test` builds first). */
export function assertBuilt(): void {
  if (!fs.existsSync(bin)) throw new Error('Missing ' + bin + ': build first with `npx tsc -p .`')
}

/** Run `vouch` in this process, as the executable does but with in-memory streams. */
export async function runVouch(args: string[], options: RunOptions): Promise<Result> {
  const stdout = collector()
  const stderr = collector()
  const stdin = Readable.from(options.input === undefined || options.input.length === 0 ? [] : [Buffer.from(options.input)], {objectMode: false})
  const code = await main(args, {cwd: options.cwd, stdin, stdout: stdout.stream, stderr: stderr.stream})
  return {code, stdout: stdout.text(), stderr: stderr.text()}
}

/** Run the built `vouch` executable in a new Node process. */
export function runVouchProcess(args: string[], options: ProcessOptions): Promise<Result> {
  assertBuilt()
  let command = process.execPath
  let argv = [bin, ...args]
  if (options.unprivileged && isRoot()) {
    argv = [...dropReadCapabilities, command, ...argv]
    command = 'setpriv'
  }

  return new Promise((resolve, reject) => {
    const child = spawn(command, argv, {cwd: options.cwd, env: {...process.env, NO_COLOR: '1', FORCE_COLOR: '0'}})
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk))
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
    child.on('error', reject)
    child.on('close', (code) => resolve({code, stdout, stderr}))
    child.stdin.end(options.input ?? '')
  })
}

/** A stream that keeps what is written to it, as text. */
function collector(): {stream: Writable; text: () => string} {
  const chunks: Buffer[] = []
  const stream = new Writable({
    write(chunk: Buffer | string, _encoding, callback) {
      chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk))
      callback()
    }
  })
  return {stream, text: () => Buffer.concat(chunks).toString('utf8')}
}

/** A fresh temporary folder. */
export function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'vouch-cli-'))
}

/** Write files (path → content) under `root`, creating folders. */
export function writeFiles(root: string, files: Record<string, string | Buffer>): void {
  for (const [name, value] of Object.entries(files)) {
    const target = path.join(root, name)
    fs.mkdirSync(path.dirname(target), {recursive: true})
    fs.writeFileSync(target, value)
  }
}

const dropReadCapabilities = ['--bounding-set=-dac_override,-dac_read_search', '--inh-caps=-dac_override,-dac_read_search']

export function isRoot(): boolean {
  return process.getuid?.() === 0
}

/** Whether `setpriv` can drop root's power to read any file here. */
export function canDropPrivileges(): boolean {
  return spawnSync('setpriv', [...dropReadCapabilities, 'true']).status === 0
}

/** Lines of `text`, without the empty last one. */
export function lines(text: string): string[] {
  return text.split('\n').filter((line) => line !== '')
}

/** Messages of the `json` reporter, flattened with their file's path. */
export function jsonMessages(stdout: string): Array<{path: string; reason: string; ruleId: string | null; line: number | null; column: number | null; severity: string}> {
  const files = JSON.parse(stdout) as Array<{path: string; messages: Array<{reason: string; ruleId: string | null; line: number | null; column: number | null; severity: string}>}>
  return files.flatMap((file) => file.messages.map((message) => ({...message, path: file.path})))
}
