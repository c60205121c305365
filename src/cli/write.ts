/**
 * Writing report pages without following symbolic links.
 *
 * The report folder is usually inside the checkout being checked, and the
 * checkout is untrusted: a symbolic link committed at
 * `vouch-report/drafts/story.md.html` (or at `vouch-report` itself) would
 * have `vouch report` overwrite whatever it points to — a file outside the
 * folder, or a draft. So every folder from the trusted base down to the
 * page must be a real folder (made here if missing), and the page is opened
 * with `O_NOFOLLOW`: an existing link in its place is an error, not a
 * target.
 */
import fs from 'node:fs/promises'
import {constants} from 'node:fs'
import path from 'node:path'

/** Why a page could not be written, as one sentence. */
export class WriteError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'WriteError'
  }
}

/**
 * Write `data` to `target`, creating folders below `base` as needed, never
 * through a symbolic link at or below `base` (the folders above `base` are
 * the user's own, say `/tmp` → `/private/tmp`).
 */
export async function writeWithoutLinks(target: string, data: string, base: string): Promise<void> {
  const relative = path.relative(base, path.dirname(target))
  if (relative.startsWith('..') || path.isAbsolute(relative)) throw new WriteError('is outside `' + base + '`')

  let folder = base
  for (const part of relative === '' ? [] : relative.split(path.sep)) {
    folder = path.join(folder, part)
    let stats
    try {
      stats = await fs.lstat(folder)
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
      await fs.mkdir(folder)
      continue
    }

    if (stats.isSymbolicLink()) throw new WriteError('`' + path.relative(base, folder) + '` is a symbolic link: not writing through it')
    if (!stats.isDirectory()) throw new WriteError('`' + path.relative(base, folder) + '` is not a folder')
  }

  try {
    if ((await fs.lstat(target)).isSymbolicLink()) throw new WriteError('is a symbolic link: not writing through it')
  } catch (error) {
    if (error instanceof WriteError || (error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
  }

  let handle: fs.FileHandle
  try {
    // Not blocking either: a FIFO in its place must not hold the run.
    const flags = constants.O_WRONLY | constants.O_CREAT | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0)
    handle = await fs.open(target, flags, 0o666)
  } catch (error) {
    // A link made since the check above.
    if ((error as NodeJS.ErrnoException).code === 'ELOOP') throw new WriteError('is a symbolic link: not writing through it')
    throw error
  }

  try {
    if (!(await handle.stat()).isFile()) throw new WriteError('is not a regular file: not writing to it')
    await handle.truncate(0)
    await handle.writeFile(data)
  } finally {
    await handle.close()
  }
}
