/**
 * Which format a draft is in, by its extension: light enough for the CLI's
 * main thread and the language server, which pick drafts and formats but
 * leave parsing to the checking worker (`src/check/`).
 */
import path from 'node:path'
import type {VFile} from 'vfile'

export type Format = 'markdown' | 'html' | 'text'

declare module 'vfile' {
  interface DataMap {
    /** Force a format instead of guessing from the extension. */
    format: Format
  }
}

const markdownExtensions = new Set(['.md', '.markdown', '.mdx', '.mkd', '.mkdn', '.mdown', '.ron'])
const htmlExtensions = new Set(['.html', '.htm', '.xhtml'])

/** The extensions vouch reads when given a folder. */
export const extensions = [...markdownExtensions, ...htmlExtensions, '.txt', '.text'].map((ext) => ext.slice(1))

/** The format of a file at `filePath`, by its extension (anything else, or no path: text). */
export function formatOfPath(filePath: string | undefined): Format {
  const ext = filePath ? path.extname(filePath).toLowerCase() : ''
  if (markdownExtensions.has(ext)) return 'markdown'
  if (htmlExtensions.has(ext)) return 'html'
  return 'text'
}

/** Which format a file is in: `file.data.format`, else by extension, else text. */
export function formatOf(file: VFile): Format {
  return file.data.format ?? formatOfPath(file.path)
}
