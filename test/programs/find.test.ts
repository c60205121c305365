/**
 * Finding the programs some tests drive: the environment variable first,
 * then `PATH`; when missing, one line naming the Debian package, and a skip
 * only outside CI.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {findProgram, isCi, type ProgramSpec} from './find.js'

const spec: ProgramSpec = {title: 'Thing', variable: 'THING_PATH', commands: ['thing', 'thing-alt'], debian: 'thing-pkg', tests: 'the thing tests'}

/** A folder with an executable `name` (and a non-executable `plain`). */
function folderWith(name: string): string {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'vouch-programs-'))
  fs.writeFileSync(path.join(folder, name), '#!/bin/sh\n', {mode: 0o755})
  fs.writeFileSync(path.join(folder, 'plain'), '', {mode: 0o644})
  return folder
}

describe('findProgram', () => {
  it('finds a program on PATH, in the order of its names, else at its variable', () => {
    const first = folderWith('thing-alt')
    const second = folderWith('thing')
    expect(findProgram(spec, {PATH: [first, second].join(path.delimiter)})).toEqual({path: path.join(first, 'thing-alt'), missing: '', skip: false})
    const given = path.join(second, 'thing')
    expect(findProgram(spec, {PATH: first, THING_PATH: given}).path).toBe(given)
  })

  it('outside CI, skips with one line naming the Debian package', () => {
    const empty = folderWith('other')
    const found = findProgram(spec, {PATH: empty})
    expect(found.skip).toBe(true)
    expect(found.path).toBeUndefined()
    expect(found.missing).toMatch(/^Skipping the thing tests: no Thing .* on PATH: install Debian’s `thing-pkg` \(apt-get install thing-pkg\), or set THING_PATH$/)
    expect(found.missing).not.toContain('\n')
  })

  it('in CI, does not skip: the tests run and fail', () => {
    const empty = folderWith('other')
    for (const CI of ['true', '1']) expect(findProgram(spec, {PATH: empty, CI}).skip, CI).toBe(false)
    expect(findProgram(spec, {PATH: empty, CI: 'true'}).missing).toMatch(/^no Thing .*thing-pkg/)
  })

  it('refuses a variable that is not an executable file, and says so', () => {
    const folder = folderWith('thing')
    for (const value of [path.join(folder, 'plain'), folder, path.join(folder, 'nothing')]) {
      const found = findProgram(spec, {PATH: folder, THING_PATH: value})
      expect(found.path, value).toBeUndefined()
      expect(found.missing, value).toContain('THING_PATH=' + value + ' is not an executable file')
    }
  })

  it('reads CI as CI providers set it', () => {
    expect([undefined, '', 'false', '0', 'FALSE'].map((CI) => isCi({CI}))).toEqual([false, false, false, false, false])
    expect(['true', '1', 'yes'].map((CI) => isCi({CI}))).toEqual([true, true, true])
  })
})
