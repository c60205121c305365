#!/usr/bin/env node
/**
 * The `vouch` executable. Everything is in `main`; this only wires the
 * process in and the exit code out, and makes sure that whatever goes wrong
 * is one line, never a stack trace.
 */
import {prestartWorker} from '../check/pool.js'

const argv = process.argv.slice(2)
// Checking runs in a worker thread (`src/check/pool.ts`): start it now, so it
// loads the parsers while this thread loads the rest of the CLI.
if (!argv.some((arg) => /^(?:-h|--help|-v|--version)$/.test(arg)) && argv[0] !== 'lsp') prestartWorker()

const {main} = await import('./main.js')

main(argv, {
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
