/**
 * Where the benchmarks find `../shared` (the ground-truth corpora), which a
 * user's clone does not have: resolve it from the repository root, allow an
 * override, and say clearly when it is missing.
 */
import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

/** The repository root, from `bench/` in src or `dist/bench/` when built. */
export const repoRoot = findRoot(path.dirname(fileURLToPath(import.meta.url)))

function findRoot(from: string): string {
  let dir = from
  while (!fs.existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir)
    if (parent === dir) return from
    dir = parent
  }

  return dir
}

/** Resolve `relative` inside `../shared`, or exit with a clear message when it is missing. */
export function sharedPath(relative: string, override?: string): string {
  const target = override ? path.resolve(override) : path.resolve(repoRoot, '..', 'shared', relative)
  if (!fs.existsSync(target)) {
    console.error(
      `vouch bench: ${target} not found. The benchmarks read the ground-truth corpora in ../shared ` +
        '(beside the repository), which a plain clone does not have; pass a path to use another copy.'
    )
    process.exit(2)
  }

  return target
}
