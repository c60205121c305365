#!/usr/bin/env node
/**
 * `vouch-language-server --stdio`: vouch's findings in any editor that
 * speaks the Language Server Protocol. See `docs/editors.md`.
 */
import fs from 'node:fs'
import process from 'node:process'
import {hasTransport, startLanguageServer} from './server.js'

const argv = process.argv.slice(2)

const help = `Usage: vouch-language-server --stdio

vouch's language server: shows vouch's findings in an editor as you type.
Editors start it themselves; see docs/editors.md for VS Code, Neovim, Helix
and Emacs.

Options:
  --stdio             talk LSP over stdin/stdout (what editors use)
  --node-ipc          talk LSP over Node IPC
  --socket=PORT       talk LSP over a TCP socket
  --pipe=NAME         talk LSP over a named pipe
  -h, --help          show this help
  -v, --version       show the version
`

if (argv.includes('--help') || argv.includes('-h')) {
  process.stdout.write(help)
} else if (argv.includes('--version') || argv.includes('-v')) {
  const pkg = JSON.parse(fs.readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as {version: string}
  process.stdout.write(pkg.version + '\n')
} else if (hasTransport(argv)) {
  startLanguageServer()
} else {
  process.stderr.write('vouch-language-server: missing transport (e.g. `--stdio`)\n\n' + help)
  process.exitCode = 2
}
