/**
 * Programs some tests drive — Chromium for the report, Neovim for the
 * editor — found at an environment variable or on `PATH`. Outside CI a
 * missing program skips its tests with one line saying what to install; in
 * CI (`CI=true`) they run and fail, so a CI machine without it cannot pass.
 */
import fs from 'node:fs'
import path from 'node:path'

export interface ProgramSpec {
  /** What it is, for people: `Chromium`. */
  title: string
  /** Environment variable that may give its path: `CHROME_PATH`. */
  variable: string
  /** Names to look for on `PATH`, in order: `chromium`, … */
  commands: string[]
  /** The Debian package that provides it: `chromium`. */
  debian: string
  /** Which tests need it, for the skip line: `the report in a browser`. */
  tests: string
}

export interface Program {
  /** Absolute path of the program, when found. */
  path?: string
  /** One line: what is missing and how to get it (empty when found). */
  missing: string
  /** Skip its tests: not found, and not in CI. */
  skip: boolean
}

/** Whether the environment says this is CI (`CI` set, and not to `false` or `0`). */
export function isCi(env: NodeJS.ProcessEnv = process.env): boolean {
  const value = (env.CI ?? '').trim().toLowerCase()
  return value !== '' && value !== 'false' && value !== '0'
}

/** Find `spec`'s program in `env` (its variable, then `PATH`). */
export function findProgram(spec: ProgramSpec, env: NodeJS.ProcessEnv = process.env): Program {
  const install = 'install Debian’s `' + spec.debian + '` (apt-get install ' + spec.debian + ')'
  const given = env[spec.variable]
  let missing: string
  if (given) {
    if (isExecutable(given)) return {path: path.resolve(given), missing: '', skip: false}
    missing = spec.variable + '=' + given + ' is not an executable file: fix it, or unset it and ' + install
  } else {
    for (const folder of (env.PATH ?? '').split(path.delimiter).filter(Boolean)) {
      for (const command of spec.commands) {
        const candidate = path.join(folder, command)
        if (isExecutable(candidate)) return {path: path.resolve(candidate), missing: '', skip: false}
      }
    }

    missing = 'no ' + spec.title + ' (' + spec.commands.join(', ') + ') on PATH: ' + install + ', or set ' + spec.variable
  }

  const ci = isCi(env)
  return {missing: (ci ? '' : 'Skipping ' + spec.tests + ': ') + missing, skip: !ci}
}

function isExecutable(file: string): boolean {
  try {
    fs.accessSync(file, fs.constants.X_OK)
    return fs.statSync(file).isFile()
  } catch {
    return false
  }
}

/** Chromium, for the report in a browser. */
export const chromiumSpec: ProgramSpec = {
  title: 'Chromium',
  variable: 'CHROME_PATH',
  commands: ['chromium', 'chromium-browser', 'google-chrome-stable', 'google-chrome'],
  debian: 'chromium',
  tests: 'the report tests in Chromium'
}

/**
 * Neovim, for the editor test. Not `$NVIM`: Neovim sets that in its own
 * terminals to its server's address, so tests run there would take a
 * socket for the program.
 */
export const neovimSpec: ProgramSpec = {
  title: 'Neovim',
  variable: 'NVIM_PATH',
  commands: ['nvim'],
  debian: 'neovim',
  tests: 'the Neovim editor tests'
}
