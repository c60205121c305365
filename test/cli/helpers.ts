/**
 * Run the built `vouch` executable as a subprocess, as a user or CI would,
 * on files in a temporary folder.
 */
import {spawn, spawnSync} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

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

export function runVouch(args: string[], options: RunOptions): Promise<Result> {
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
