/**
 * End to end in a real editor: headless Neovim (Debian's, 0.7+) starts the
 * server with its built-in LSP client, opens a Markdown draft, and writes
 * the diagnostics it received as JSON. `vim.lsp.start` is 0.8+; Debian 12
 * ships 0.7.2, so the init uses `vim.lsp.start_client` and
 * `vim.lsp.buf_attach_client`, which both have.
 *
 * Neovim is found on PATH or at `NVIM_PATH`; without it the tests are
 * skipped with one line saying what to install, except in CI, where they fail.
 */
import {execFileSync, spawnSync} from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {findProgram, neovimSpec} from '../programs/find.js'
import {makeWorkspace, serverBin} from './client.js'

const init = String.raw`
-- vouch end-to-end test: start the server, open the draft, dump diagnostics.
vim.cmd('edit ' .. vim.fn.fnameescape(vim.env.VOUCH_DRAFT))
local buf = vim.api.nvim_get_current_buf()
local client_id = vim.lsp.start_client({
  name = 'vouch',
  cmd = {vim.env.VOUCH_NODE, vim.env.VOUCH_SERVER, '--stdio'},
  root_dir = vim.env.VOUCH_ROOT,
})
vim.lsp.buf_attach_client(buf, client_id)

local function has_finding()
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    local lsp = d.user_data and d.user_data.lsp or {}
    if lsp.code == 'loaded-attribution-verb' then return true end
  end
  return false
end

local received = vim.wait(30000, has_finding, 50)
local diagnostics = {}
for _, d in ipairs(vim.diagnostic.get(buf)) do
  local lsp = d.user_data and d.user_data.lsp or {}
  table.insert(diagnostics, {
    lnum = d.lnum, col = d.col, end_lnum = d.end_lnum, end_col = d.end_col,
    severity = d.severity, message = d.message, source = d.source,
    code = lsp.code, href = lsp.codeDescription and lsp.codeDescription.href or vim.NIL,
  })
end
local file = io.open(vim.env.VOUCH_OUT, 'w')
file:write(vim.fn.json_encode({received = received, diagnostics = diagnostics}))
file:close()
vim.lsp.stop_client(client_id)
vim.cmd('qa!')
`

const nvim = findProgram(neovimSpec)
if (nvim.skip) console.warn(nvim.missing)

/** The program, or the test fails saying what to install (in CI). */
function program(): string {
  if (!nvim.path) throw new Error(nvim.missing)
  return nvim.path
}

describe.skipIf(nvim.skip)('Neovim (headless, built-in LSP client)', () => {
  it('is Neovim 0.7 or later', () => {
    const version = spawnSync(program(), ['--version'], {encoding: 'utf8'})
    expect(version.error).toBeUndefined()
    expect(version.stdout).toMatch(/NVIM v(?:0\.(?:[7-9]|\d{2,})|[1-9])/)
  })

  it('shows vouch findings on a Markdown draft', () => {
    const workspace = makeWorkspace({
      'drafts/border.md': '# Troops\n\nThe defence minister claimed on Monday that the troops had withdrawn.\n'
    })
    const initFile = path.join(workspace, 'init.lua')
    const out = path.join(workspace, 'diagnostics.json')
    fs.writeFileSync(initFile, init)
    execFileSync(program(), ['--headless', '--clean', '-u', initFile], {
      cwd: workspace,
      env: {...process.env, VOUCH_NODE: process.execPath, VOUCH_SERVER: serverBin, VOUCH_ROOT: workspace, VOUCH_OUT: out, VOUCH_DRAFT: path.join(workspace, 'drafts/border.md')},
      timeout: 60_000,
      stdio: 'ignore'
    })
    const raw = fs.readFileSync(out, 'utf8')
    fs.rmSync(workspace, {recursive: true, force: true})
    const result = JSON.parse(raw) as {
      received: boolean
      diagnostics: Array<{lnum: number; col: number; end_col: number; severity: number; code: string; source: string; href: string}>
    }
    expect(result.received, raw).toBe(true)
    const finding = result.diagnostics.find((diagnostic) => diagnostic.code === 'loaded-attribution-verb')
    expect(finding).toBeDefined()
    // Line 3 of the draft (0-based 2), on the word itself.
    expect(finding!.lnum).toBe(2)
    expect('The defence minister claimed on Monday'.slice(finding!.col, finding!.end_col)).toBe('claimed')
    expect(finding!.severity).toBe(2) // vim.diagnostic.severity.WARN
    expect(finding!.source).toBe('vouch')
    expect(finding!.href).toMatch(/loaded-attribution-verb\.md$/)
  }, 90_000)
})
