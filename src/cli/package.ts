/**
 * vouch's own package.json (for `--version` and report metadata), found by
 * walking up from this module: it sits at `src/cli/` when run from source
 * and at `dist/src/cli/` when built.
 */
import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

export interface PackageInfo {
  name: string
  version: string
  description?: string
  homepage?: string
}

let cached: PackageInfo | undefined

export function packageInfo(): PackageInfo {
  if (cached) return cached
  let folder = path.dirname(fileURLToPath(import.meta.url))
  for (;;) {
    const candidate = path.join(folder, 'package.json')
    if (fs.existsSync(candidate)) {
      const data = JSON.parse(fs.readFileSync(candidate, 'utf8')) as Partial<PackageInfo>
      if (data.name === 'vouch' && typeof data.version === 'string') {
        cached = data as PackageInfo
        return cached
      }
    }

    const parent = path.dirname(folder)
    if (parent === folder) break
    folder = parent
  }

  cached = {name: 'vouch', version: '0.0.0'}
  return cached
}
