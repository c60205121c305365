#!/usr/bin/env node
/**
 * The `vouch` executable. Everything is in `main`; this only wires the
 * process in and the exit code out, and makes sure that whatever goes wrong
 * is one line, never a stack trace.
 */
import {main} from './main.js'

main(process.argv.slice(2), {
  cwd: process.cwd(),
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr
}).then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    const reason = error instanceof Error ? error.message : String(error)
    process.stderr.write('vouch: internal error (please report it): ' + reason.split(/\r?\n/, 1)[0] + '\n')
    if (process.env.VOUCH_DEBUG) process.stderr.write(String(error instanceof Error ? error.stack : error) + '\n')
    process.exitCode = 2
  }
)
