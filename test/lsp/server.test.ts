/**
 * The language server as an editor sees it: a subprocess driven over stdio
 * by a real LSP client (`./client.ts`).
 */
import path from 'node:path'
import {afterEach, describe, expect, it} from 'vitest'
import {
  CodeActionRequest,
  CodeActionResolveRequest,
  DocumentFormattingRequest,
  type CodeAction,
  type Diagnostic,
  type PublishDiagnosticsParams
} from 'vscode-languageserver-protocol/node'
import {runCheck} from '../../src/check/job.js'
import {rangeOf} from '../../src/lsp/related.js'
import {relatedOf} from '../../src/lsp/related-source.js'
import {ruleUrl} from '../../src/rule.js'
import {repoRoot, sampleArticle, closeClient, startClient, type Client} from './client.js'

const draft = [
  '# Troops at the border',
  '',
  'The defence minister claimed on Monday that the troops had withdrawn.',
  '',
  'The ministry did not respond to a request for comment.',
  ''
].join('\n')

const loaded = (params: PublishDiagnosticsParams) =>
  params.diagnostics.filter((diagnostic) => diagnostic.code === 'loaded-attribution-verb')

let client: Client | undefined

afterEach(async () => {
  await closeClient(client)
  client = undefined
})

describe('vouch-language-server over stdio', () => {
  it('initializes with full sync, formatting (a no-op) and quick fixes', async () => {
    client = await startClient()
    const {capabilities} = client.initializeResult
    expect(capabilities.textDocumentSync).toBe(1) // Full
    expect(capabilities.documentFormattingProvider).toBe(true)
    expect(capabilities.codeActionProvider).toMatchObject({codeActionKinds: ['quickfix']})
  })

  it('checks the sample article (plain text), with rule ids, doc links and severities', async () => {
    client = await startClient()
    const params = await client.open('north-korean-missiles-unsc.txt', sampleArticle)
    expect(params.version).toBe(1)
    for (const diagnostic of params.diagnostics) {
      expect(diagnostic.source).toBe('vouch')
      expect(diagnostic.code).toMatch(/^[a-z]+(-[a-z]+)*$/)
      expect(diagnostic.codeDescription?.href).toBe(ruleUrl(String(diagnostic.code)))
      expect([1, 2, 3]).toContain(diagnostic.severity)
      expect(diagnostic.range.start.line).toBeLessThanOrEqual(diagnostic.range.end.line)
      // Every range lies inside the article.
      expect(diagnostic.range.end.line).toBeLessThan(sampleArticle.split('\n').length)
    }

    // Related places point into the same document.
    for (const related of params.diagnostics.flatMap((diagnostic) => diagnostic.relatedInformation ?? [])) {
      expect(related.location.uri).toBe(client.uri('north-korean-missiles-unsc.txt'))
      expect(related.message.length).toBeGreaterThan(0)
    }

    // The same findings, with the same related places, as vouch's checks
    // give in process: nothing lost between the message and the editor.
    const {messages} = await runCheck({text: sampleArticle, path: path.join(client.workspace, 'north-korean-missiles-unsc.txt'), cwd: client.workspace, mode: 'check'})
    const expected = messages.map((message) => [message.ruleId, rangeOf(message.place), relatedOf(message).length])
    const received = params.diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.range, diagnostic.relatedInformation?.length ?? 0])
    expect(received).toEqual(expected)
  })

  it('checks a Markdown draft, updates on edit, offers the quick fix, and never formats', async () => {
    client = await startClient()
    const name = 'drafts/border.md'
    const first = await client.open(name, draft)
    const [claimed] = loaded(first)
    expect(claimed, JSON.stringify(first.diagnostics)).toBeDefined()
    // `claimed` is on line 3 (0-based 2), where the draft has it.
    expect(claimed.range.start.line).toBe(2)
    const lines = draft.split('\n')
    expect(lines[2].slice(claimed.range.start.character, claimed.range.end.character)).toBe('claimed')
    expect(claimed.severity).toBe(2) // warning, the rule's default
    expect(claimed.codeDescription?.href).toMatch(/loaded-attribution-verb/)

    // Edit: the verb is fixed; the finding goes away in that version's diagnostics.
    const fixed = draft.replace('claimed', 'said')
    const second = await client.change(name, fixed)
    expect(second.version).toBe(2)
    expect(loaded(second)).toEqual([])

    // Edit again: a loaded verb in another tense comes back, with its own fix.
    const again = fixed.replace('said on Monday', 'insisted on Monday')
    const third = await client.change(name, again)
    const [insisted] = loaded(third)
    expect(insisted, JSON.stringify(third.diagnostics)).toBeDefined()

    const actions = (await client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: {uri: client.uri(name)},
      range: insisted.range,
      context: {diagnostics: [insisted]}
    })) as CodeAction[]
    expect(actions.length).toBeGreaterThan(0)
    const [action] = actions
    expect(action.kind).toBe('quickfix')
    const edits = action.edit?.changes?.[client.uri(name)] ?? []
    expect(edits).toEqual([{range: insisted.range, newText: 'said'}])
    // The server advertises `resolveProvider`: resolving gives the action back whole.
    expect(await client.connection.sendRequest(CodeActionResolveRequest.type, action)).toEqual(action)

    const formatting = await client.connection.sendRequest(DocumentFormattingRequest.type, {
      textDocument: {uri: client.uri(name)},
      options: {tabSize: 2, insertSpaces: true}
    })
    expectNoRewrite(formatting, again)

    expect(await client.stop()).toBe(0)
  })

  it('maps any `expected` on a diagnostic to a quick fix (hand-made diagnostic)', async () => {
    client = await startClient()
    const name = 'fix.md'
    await client.open(name, 'Officials claimed it.\n')
    const diagnostic: Diagnostic = {
      range: {start: {line: 0, character: 10}, end: {line: 0, character: 17}},
      message: 'Loaded attribution verb',
      code: 'loaded-attribution-verb',
      data: {expected: ['said']}
    }
    const actions = (await client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: {uri: client.uri(name)},
      range: diagnostic.range,
      context: {diagnostics: [diagnostic]}
    })) as CodeAction[]
    expect(actions).toHaveLength(1)
    expect(actions[0].title).toBe('Replace `claimed` with `said`')
    expect(actions[0].isPreferred).toBe(true)
    expect(actions[0].edit?.changes?.[client.uri(name)]).toEqual([{range: diagnostic.range, newText: 'said'}])

    // A diagnostic without `expected` offers nothing.
    const none = await client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: {uri: client.uri(name)},
      range: diagnostic.range,
      context: {diagnostics: [{...diagnostic, data: undefined}]}
    })
    expect(none).toEqual([])
  })

  it('checks HTML drafts, with positions in the HTML source', async () => {
    client = await startClient()
    const html = '<!doctype html>\n<article>\n  <h1>Troops</h1>\n  <p>The defence <b>minister</b> claimed on Monday that the troops had withdrawn.</p>\n</article>\n'
    const [claimed] = loaded(await client.open('draft.html', html))
    expect(claimed).toBeDefined()
    const line = html.split('\n')[claimed.range.start.line]
    expect(line.slice(claimed.range.start.character, claimed.range.end.character)).toBe('claimed')
  })

  it('formatting is a no-op for Markdown, HTML and plain text', async () => {
    client = await startClient()
    const documents: Record<string, string> = {
      'a.md': '*   one\n*   two\n\nThe minister  claimed it.\n',
      'b.html': '<p>The minister   claimed it.</p>\n<!-- vouch disable -->\n',
      'c.txt': 'Spaces   and\ttabs  stay.  \n\n\n'
    }
    for (const [name, text] of Object.entries(documents)) {
      await client.open(name, text)
      const formatting = await client.connection.sendRequest(DocumentFormattingRequest.type, {
        textDocument: {uri: client.uri(name)},
        options: {tabSize: 4, insertSpaces: true}
      })
      expectNoRewrite(formatting, text)
    }
  })

  it('applies `.vouchrc` rule settings: severity and off', async () => {
    client = await startClient({
      files: {
        '.vouchrc': JSON.stringify({rules: {'loaded-attribution-verb': 'error'}}),
        'quiet/.vouchrc': JSON.stringify({rules: {'loaded-attribution-verb': 'off'}}),
        'info/.vouchrc.json': JSON.stringify({rules: {'loaded-attribution-verb': 'info'}})
      }
    })
    const error = loaded(await client.open('loud.md', draft))
    expect(error.map((diagnostic) => diagnostic.severity)).toEqual([1])
    expect(loaded(await client.open('quiet/still.md', draft))).toEqual([])
    const info = loaded(await client.open('info/note.md', draft))
    expect(info.map((diagnostic) => diagnostic.severity)).toEqual([3])
  })

  it('honours inline control comments and the ignore file', async () => {
    client = await startClient({files: {'.vouchignore': 'archive/\n'}})
    const disabled = '<!-- vouch disable loaded-attribution-verb -->\n\n' + draft
    expect(loaded(await client.open('controlled.md', disabled))).toEqual([])
    const ignored = await client.open('archive/old.md', draft)
    expect(ignored.diagnostics).toEqual([])
  })

  it('is also what `vouch lsp` starts', async () => {
    client = await startClient({args: [path.join(repoRoot, 'dist/src/cli/bin.js'), 'lsp', '--stdio']})
    expect(client.initializeResult.capabilities.documentFormattingProvider).toBe(true)
    expect(loaded(await client.open('draft.md', draft))).toHaveLength(1)
    expect(await client.stop()).toBe(0)
  })

  it('uses its own processor even when the workspace has a `vouch` package', async () => {
    // A workspace copy of `vouch` whose default export is not a processor.
    client = await startClient({
      files: {
        'node_modules/vouch/package.json': JSON.stringify({name: 'vouch', type: 'module', main: 'index.js'}),
        'node_modules/vouch/index.js': 'export default function broken() { throw new Error("workspace vouch") }\n'
      }
    })
    const params = await client.open('draft.md', draft)
    expect(loaded(params)).toHaveLength(1)
    expect(JSON.stringify(params.diagnostics)).not.toMatch(/workspace vouch/)
  })
})

/** Formatting must not change the text: no edits, or one edit that gives back the same text. */
function expectNoRewrite(result: unknown, text: string) {
  if (result === null || result === undefined) return
  expect(Array.isArray(result)).toBe(true)
  const edits = result as Array<{newText: string}>
  for (const edit of edits) expect(edit.newText).toBe(text)
}
