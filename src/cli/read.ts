/**
 * Reading a draft safely. Drafts are untrusted, and so are their names and
 * the links beside them (a pull request, a checkout):
 *
 * - the size is known before anything is read (`--max-size`), so a 600 MB
 *   file is refused, not loaded; a device or FIFO is not a draft at all;
 * - a symbolic link is followed only to a draft inside a folder being
 *   checked: a link named `story.md` to `.git/config` or `~/.ssh/id_rsa`
 *   must not end up in a report (`--follow-symlinks` lifts this);
 * - the bytes decide the encoding: UTF-8, or UTF-16 with or without a byte
 *   order mark (as Windows editors save); anything else is refused.
 */
import fs from 'node:fs/promises'
import {constants} from 'node:fs'
import path from 'node:path'
import {isUtf8} from 'node:buffer'
import type {Readable} from 'node:stream'
import {hasMagic} from 'glob'
import {location} from 'vfile-location'
import {extensions} from '../formats/kind.js'
import {displayPath} from '../reporters/shared.js'
import {binaryFile, megabytes} from './guard.js'
import {describeErrno} from './problems.js'

export interface ReadOptions {
  cwd: string
  /** Largest draft, in bytes. */
  maxBytes: number
  /** Follow symbolic links wherever they lead. */
  followSymlinks: boolean
  /** Real paths of the folders being checked, the working folder's first (see {@link folderRoots}). */
  roots: string[]
}

/** A draft's text, or why it was not read (and where, for a bad byte). */
export type Read = {text: string; reason?: undefined} | {reason: string; place?: {line: number; column: number}; text?: undefined}

const draftExtensions = new Set(extensions.map((extension) => '.' + extension))

/**
 * The folders a symbolic link may lead into: the working folder, each
 * folder given, the folder of each file given, and the fixed part of each
 * glob. The working folder is taken as the user has it (its real path);
 * a folder given is taken as named — if it is itself a link (a checkout's
 * `drafts` → `~/.ssh`), its target is not a folder being checked.
 */
export async function folderRoots(inputs: string[], cwd: string): Promise<string[]> {
  const roots = new Set<string>()
  try {
    roots.add(await fs.realpath(cwd))
  } catch {
    roots.add(path.resolve(cwd))
  }

  for (const input of inputs) {
    const resolved = path.resolve(cwd, hasMagic(input, {windowsPathsNoEscape: false}) ? globBase(input) : input)
    let folder = resolved
    try {
      if (!(await fs.lstat(resolved)).isDirectory()) folder = path.dirname(resolved)
    } catch {
      folder = path.dirname(resolved)
    }

    roots.add(await named(folder))
  }

  return [...roots]
}

/** `folder` with the folders above it resolved, but not `folder` itself. */
async function named(folder: string): Promise<string> {
  const parent = path.dirname(folder)
  if (parent === folder) return folder
  try {
    return path.join(await fs.realpath(parent), path.basename(folder))
  } catch {
    return folder
  }
}

/** The leading segments of a glob that have no magic in them (`drafts/2024` of `drafts/2024/**\/*.md`). */
function globBase(pattern: string): string {
  const fixed: string[] = []
  for (const segment of pattern.split('/')) {
    if (hasMagic(segment, {windowsPathsNoEscape: false})) break
    fixed.push(segment)
  }

  return fixed.join('/') || '.'
}

/** Read the draft at `filePath` (relative to `cwd`). */
export async function readDraft(filePath: string, options: ReadOptions): Promise<Read> {
  const absolute = path.resolve(options.cwd, filePath)
  if (!options.followSymlinks) {
    let real: string
    try {
      real = await fs.realpath(absolute)
    } catch (error) {
      return {reason: describeErrno(error as NodeJS.ErrnoException)}
    }

    // The path as given, with only the working folder's own links resolved
    // (`/tmp` → `/private/tmp` is the user's): if the real path differs, a
    // link in the checkout leads somewhere.
    const given = path.join(options.roots[0] ?? options.cwd, path.relative(options.cwd, absolute))
    if (real !== given) {
      let itself = false
      try {
        itself = (await fs.lstat(absolute)).isSymbolicLink()
      } catch {
        // Gone: opening it says so below.
      }

      const refused = linkProblem(real, itself, options)
      if (refused) return {reason: refused}
    }
  }

  let handle: fs.FileHandle
  try {
    // Without blocking: opening a FIFO must not wait for a writer.
    handle = await fs.open(absolute, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0))
  } catch (error) {
    return {reason: describeErrno(error as NodeJS.ErrnoException)}
  }

  try {
    const stats = await handle.stat()
    if (stats.isDirectory()) return {reason: 'Is a folder, not a file'}
    if (!stats.isFile()) return {reason: 'Not a regular file (a device, pipe or socket), not a draft: not read'}
    if (stats.size > options.maxBytes) return {reason: tooLarge(stats.size, options.maxBytes)}
    const bytes = await readCapped(handle, options.maxBytes)
    if (bytes === undefined) return {reason: tooLarge(options.maxBytes + 1, options.maxBytes)}
    return decodeDraft(bytes)
  } catch (error) {
    return {reason: describeErrno(error as NodeJS.ErrnoException)}
  } finally {
    await handle.close()
  }
}

/** Read at most `limit` bytes; `undefined` if there are more (the file grew). */
async function readCapped(handle: fs.FileHandle, limit: number): Promise<Buffer | undefined> {
  const chunks: Buffer[] = []
  let length = 0
  for (;;) {
    const buffer = Buffer.allocUnsafe(Math.min(1024 * 1024, limit + 1 - length))
    const {bytesRead} = await handle.read(buffer, 0, buffer.length, null)
    if (bytesRead === 0) break
    chunks.push(buffer.subarray(0, bytesRead))
    length += bytesRead
    if (length > limit) return undefined
  }

  return Buffer.concat(chunks, length)
}

/**
 * Why a draft reached through a symbolic link (the draft `itself`, or a
 * folder on its path) to `real` is not read, if it is not.
 */
function linkProblem(real: string, itself: boolean, options: ReadOptions): string | undefined {
  const root = options.roots.find((folder) => real === folder || real.startsWith(folder.endsWith(path.sep) ? folder : folder + path.sep))
  const shown = displayPath(root && real.startsWith(options.cwd + path.sep) ? path.relative(options.cwd, real) : real)
  const hint = ' (give `--follow-symlinks` to read it)'
  if (!root) return 'Not read: a symbolic link to `' + shown + '`, outside the folders being checked' + hint
  if (real.slice(root.length).split(path.sep).includes('.git')) {
    return 'Not read: a symbolic link to `' + shown + '`, inside a `.git` folder' + hint
  }

  if (itself && !draftExtensions.has(path.extname(real).toLowerCase())) {
    return 'Not read: a symbolic link to `' + shown + '`, which is not a draft (no draft extension)' + hint
  }

  return undefined
}

/**
 * Read a draft from `stream` (stdin), at most `maxBytes`: past that it is
 * refused without keeping the rest.
 */
export function readStream(stream: Readable, maxBytes: number): Promise<Read> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = []
    let length = 0
    let done = false
    const finish = (read: Read) => {
      if (done) return
      done = true
      stream.off('data', onData)
      stream.off('end', onEnd)
      stream.off('error', onError)
      resolve(read)
    }

    const onData = (chunk: Buffer | string) => {
      const bytes = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk)
      length += bytes.length
      if (length > maxBytes) {
        finish({reason: tooLarge(length, maxBytes) + ' (stdin was read no further)'})
        stream.destroy()
        return
      }

      chunks.push(bytes)
    }

    const onEnd = () => finish(decodeDraft(Buffer.concat(chunks, length), 'send'))
    const onError = (error: Error) => finish({reason: 'Cannot read stdin: ' + error.message.split(/\r?\n/, 1)[0]})
    stream.on('data', onData)
    stream.on('end', onEnd)
    stream.on('error', onError)
  })
}

/** The text of a draft's bytes, or why they are not a draft (`verb`: what to do about bad UTF-8). */
export function decodeDraft(bytes: Buffer, verb: 'save' | 'send' = 'save'): Read {
  const utf16 = utf16Of(bytes)
  if (utf16) {
    // Keep the byte order mark, as for UTF-8: offsets count it.
    return {text: new TextDecoder(utf16, {ignoreBOM: true}).decode(bytes)}
  }

  if (bytes.includes(0)) return {reason: binaryFile}
  if (!isUtf8(bytes)) {
    const point = location(bytes.toString('utf8')).toPoint(firstBadOffset(bytes))
    return {
      reason: 'Invalid UTF-8 (first bad byte near this point): ' + verb + ' the draft as UTF-8',
      place: point ? {line: point.line, column: point.column} : undefined
    }
  }

  return {text: bytes.toString('utf8')}
}

/** `utf-16le` or `utf-16be` if the bytes are UTF-16: by byte order mark, else by where the NULs of ASCII text fall. */
function utf16Of(bytes: Buffer): 'utf-16le' | 'utf-16be' | undefined {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le'
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be'
  if (bytes.length < 4 || bytes.length % 2 !== 0) return undefined
  const sample = Math.min(bytes.length, 4096)
  let even = 0
  let odd = 0
  for (let index = 0; index < sample; index++) {
    if (bytes[index] === 0) {
      if (index % 2 === 0) even++
      else odd++
    }
  }

  // Latin text in UTF-16 has a NUL in every other byte, and only there.
  if (odd >= sample / 4 && even === 0) return 'utf-16le'
  if (even >= sample / 4 && odd === 0) return 'utf-16be'
  return undefined
}

/** The UTF-16 offset, in the decoded text, of the first byte that is not UTF-8. */
function firstBadOffset(bytes: Buffer): number {
  let index = 0
  while (index < bytes.length) {
    const byte = bytes[index]
    const [length, low, high] =
      byte < 0x80 ? [0, 0, 0] :
      byte >= 0xc2 && byte <= 0xdf ? [1, 0x80, 0xbf] :
      byte === 0xe0 ? [2, 0xa0, 0xbf] :
      byte === 0xed ? [2, 0x80, 0x9f] :
      byte >= 0xe1 && byte <= 0xef ? [2, 0x80, 0xbf] :
      byte === 0xf0 ? [3, 0x90, 0xbf] :
      byte >= 0xf1 && byte <= 0xf3 ? [3, 0x80, 0xbf] :
      byte === 0xf4 ? [3, 0x80, 0x8f] : [-1, 0, 0]
    if (length < 0 || index + length >= bytes.length) break
    // The second byte has the tightest range (no overlong forms, no surrogates).
    if (length > 0 && (bytes[index + 1] < low || bytes[index + 1] > high)) break
    let continuation = 2
    while (continuation <= length && (bytes[index + continuation] & 0xc0) === 0x80) continuation++
    if (continuation <= length) break
    index += length + 1
  }

  return bytes.subarray(0, index).toString('utf8').length
}

function tooLarge(bytes: number, limit: number): string {
  return 'File too large to be a draft (' + megabytes(bytes) + ', limit ' + megabytes(limit) + '): raise the limit with `--max-size`'
}
