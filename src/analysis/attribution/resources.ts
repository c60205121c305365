/**
 * Locate the data files that ship with the package (`data/`, `models/`).
 * This module runs from `src/analysis/attribution/` under vitest and from
 * `dist/src/analysis/attribution/` once built, so the package root is three
 * or four levels up: try both rather than guess.
 */
import fs from 'node:fs'
import {fileURLToPath} from 'node:url'

const roots = ['../../../', '../../../../']

/** Absolute path of `relative` (e.g. `models/attribution.json`) in the package. */
export function packageFile(relative: string): string {
  for (const root of roots) {
    const candidate = fileURLToPath(new URL(root + relative, import.meta.url))
    if (fs.existsSync(candidate)) return candidate
  }

  throw new Error('vouch: cannot find `' + relative + '` in the package')
}

/** Read and parse a JSON file of the package. */
export function readPackageJson<T>(relative: string): T {
  return JSON.parse(fs.readFileSync(packageFile(relative), 'utf8')) as T
}
