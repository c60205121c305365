/**
 * vouch's reporters by name. `default` is the terminal report of the unified
 * ecosystem (`vfile-reporter`); the others are for machines.
 */
import {reporter as vfileReporter} from 'vfile-reporter'
import reporterGithub from './github.js'
import reporterJson from './json.js'
import reporterSarif from './sarif.js'
import type {Reporter} from './shared.js'

export type {Reporter, ReporterOptions, RuleInfo} from './shared.js'

const terminal: Reporter = (files, options = {}) =>
  vfileReporter(files, {
    color: options.color,
    quiet: options.quiet,
    silent: options.silent,
    verbose: options.verbose
  })

/** Every reporter, by the name given to `--reporter`. */
export const reporters = {
  default: terminal,
  json: reporterJson,
  sarif: reporterSarif,
  github: reporterGithub
} satisfies Record<string, Reporter>

export type ReporterName = keyof typeof reporters

/** Other names people type for the same reporters. */
const aliases: Record<string, ReporterName> = {
  terminal: 'default',
  text: 'default',
  stylish: 'default',
  'vfile-reporter': 'default',
  'github-actions': 'github'
}

/** The reporter called `name`, or `undefined`. */
export function reporterNamed(name: string): ReporterName | undefined {
  const key = name.toLowerCase()
  if (key in reporters) return key as ReporterName
  return aliases[key]
}

/** Where a reporter writes: machine formats on stdout, the terminal report on stderr (as the ecosystem does). */
export function reportsToStdout(name: ReporterName): boolean {
  return name !== 'default'
}
