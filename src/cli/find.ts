/**
 * Which drafts the paths, folders and globs on the command line name.
 *
 * `unified-engine` finds them, as for remark-cli and alex: globs, folders
 * searched for draft extensions, `.vouchignore` files and
 * `--ignore-pattern`. It does not read them. vouch reads each draft itself
 * (`./read.ts`), because a draft is untrusted: its size must be known before
 * it is read (a 600 MB file, a FIFO that never ends), a symbolic link must
 * not carry the read outside the folder being checked, and the bytes decide
 * the encoding.
 *
 * The engine reads each file right after loading its config; a file whose
 * config cannot be loaded is never read. So here the engine is given a
 * config path that is a folder — never readable as a file, and nothing is
 * imported — and every file it finds stops right there, found and unread.
 * (vouch's real config is read by `ConfigFinder`, `src/config.ts`.)
 */
import path from 'node:path'
import {PassThrough} from 'node:stream'
import {fileURLToPath} from 'node:url'
import {unified} from 'unified'
import {engine} from 'unified-engine'
import type {VFile} from 'vfile'
import {extensions} from '../formats/kind.js'
import {ignoreName} from '../config.js'

export interface FindOptions {
  /**
   * Paths, folders and globs (at least one); or files with their text
   * (the language server's open documents), which are only checked against
   * the ignore files.
   */
  files: Array<string | VFile>
  cwd: string
  /** Look for `.vouchignore` files (default `true`). */
  detectIgnore?: boolean
  /** One ignore file to use instead of searching. */
  ignorePath?: string
  /** Extra patterns to ignore. */
  ignorePatterns?: string[]
  /** Resolve the patterns of `ignorePath` from its folder (`dir`, default) or from `cwd`. */
  ignorePathResolveFrom?: 'cwd' | 'dir'
}

/** A folder: the engine's attempt to read it as a config fails, before any draft is read. */
const unreadable = path.dirname(fileURLToPath(import.meta.url))

/** Find the drafts; each comes back unread, or with the engine's problem (no such file). */
export function findDrafts(options: FindOptions): Promise<VFile[]> {
  return new Promise((resolve, reject) => {
    engine(
      {
        processor: unified(),
        cwd: options.cwd,
        files: options.files,
        extensions,
        ignoreName,
        detectIgnore: options.detectIgnore !== false && !options.ignorePath,
        ignorePath: options.ignorePath,
        ignorePatterns: options.ignorePatterns,
        ignorePathResolveFrom: options.ignorePathResolveFrom,
        // A glob or folder may cover ignored files; that is not a failure.
        silentlyIgnore: true,
        rcPath: unreadable,
        out: false,
        output: false,
        reporter: () => '',
        streamError: new PassThrough(),
        streamOut: new PassThrough()
      },
      (error, _code, context) => {
        if (error) {
          reject(error)
          return
        }

        const files = (context?.files ?? []).filter((file) => !file.data.unifiedEngineIgnored)
        // What the engine says of the config it could not read.
        const stopped = 'Cannot read given file `' + path.relative(options.cwd, unreadable) + '`'
        for (const file of files) {
          // Found, stopped before reading: not a problem.
          file.messages = file.messages.filter((message) => !(message.cause instanceof Error && message.cause.message === stopped))
          if (file.value !== undefined && file.value !== null && !options.files.includes(file)) {
            reject(new Error('vouch: unified-engine read `' + file.path + '` while finding drafts'))
            return
          }
        }

        resolve(files)
      }
    )
  })
}

declare module 'vfile' {
  interface DataMap {
    /** Set by `unified-engine` on files it skipped. */
    unifiedEngineIgnored: boolean
  }
}
