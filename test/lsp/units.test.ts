/**
 * The language server's own pieces, in process: related information, the
 * outdated-text bookkeeping, error tidying, and the processor it loads.
 */
import {describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import {VFileMessage} from 'vfile-message'
import type {Diagnostic} from 'vscode-languageserver-protocol/node'
import {tidyProblem} from '../../src/lsp/connection.js'
import {forgetDocument, isOutdatedText, isOutdatedVersion, rememberDocument} from '../../src/lsp/documents.js'
import {processor} from '../../src/lsp/processor.js'
import {rangeOf, recordRelated, relatedInformation, withRelated} from '../../src/lsp/related.js'
import {relatedOf} from '../../src/lsp/related-source.js'
import {sampleArticle} from './client.js'

const uri = 'file:///drafts/a.md'

function finding(reason: string, ruleId: string, line: number, related?: unknown) {
  const message = new VFileMessage(reason, {
    place: {start: {line, column: 1, offset: 0}, end: {line, column: 8, offset: 7}},
    ruleId,
    source: 'vouch'
  })
  if (related !== undefined) (message as {related?: unknown}).related = related
  return message
}

function diagnosticOf(message: VFileMessage, suffix = ''): Diagnostic {
  return {range: rangeOf(message.place ?? undefined), message: message.reason + suffix, code: message.ruleId ?? undefined, severity: 2}
}

describe('related information', () => {
  const asserted = {
    place: {start: {line: 19, column: 1, offset: 100}, end: {line: 19, column: 30, offset: 129}},
    message: 'asserted here by US officials'
  }

  it('turns `message.related` into LSP related information in the same document', () => {
    const message = finding('Unconfirmed', 'unconfirmed-claim', 3, [asserted])
    expect(relatedInformation(uri, message)).toEqual([
      {
        location: {uri, range: {start: {line: 18, character: 0}, end: {line: 18, character: 29}}},
        message: 'asserted here by US officials'
      }
    ])
  })

  it('skips malformed related entries', () => {
    const message = finding('x', 'unconfirmed-claim', 3, [{message: 'no place'}, {place: {start: {line: 1}}, message: 'bad'}, 'text', asserted])
    expect(relatedOf(message)).toEqual([asserted])
    expect(relatedOf(finding('x', 'y', 1, 'not a list'))).toEqual([])
  })

  it('adds recorded related information to the matching diagnostics only', () => {
    const withPlace = finding('Unconfirmed: troops', 'unconfirmed-claim', 3, [asserted])
    const plain = finding('Loaded verb', 'loaded-attribution-verb', 3)
    const sameRangeOtherReason = finding('Denied: troops', 'unconfirmed-claim', 3)
    recordRelated(uri, [withPlace, plain, sameRangeOtherReason])
    const published = withRelated(uri, [
      diagnosticOf(withPlace, '\na note appended by unified-language-server'),
      diagnosticOf(plain),
      diagnosticOf(sameRangeOtherReason)
    ])
    expect(published[0].relatedInformation).toHaveLength(1)
    expect(published[0].relatedInformation?.[0].location.range.start.line).toBe(18)
    expect(published[1].relatedInformation).toBeUndefined()
    expect(published[2].relatedInformation).toBeUndefined()
    // Another document has nothing recorded.
    expect(withRelated('file:///drafts/b.md', [diagnosticOf(withPlace)])[0].relatedInformation).toBeUndefined()
  })
})

describe('outdated texts and versions', () => {
  it('knows when a text or version has been replaced', () => {
    const doc = 'file:///drafts/outdated.md'
    expect(isOutdatedText(doc, 'anything')).toBe(false) // unknown documents are checked
    rememberDocument(doc, 1, 'one')
    expect(isOutdatedText(doc, 'one')).toBe(false)
    rememberDocument(doc, 2, 'two')
    expect(isOutdatedText(doc, 'one')).toBe(true)
    expect(isOutdatedVersion(doc, 1)).toBe(true)
    expect(isOutdatedVersion(doc, 2)).toBe(false)
    forgetDocument(doc)
    expect(isOutdatedVersion(doc, 2)).toBe(true) // closed: nothing more to publish
    expect(isOutdatedText(doc, 'one')).toBe(false)
  })
})

describe('tidyProblem', () => {
  it('keeps what went wrong and drops the stack trace', () => {
    const raw =
      'Cannot process file\nError: Cannot parse file `.vouchrc`\n    at done (file:///x/find-up.js:247:15)\n    at FSReqCallback.readFileAfterClose (node:internal)'
    expect(tidyProblem(raw)).toBe('Cannot process file: Cannot parse file `.vouchrc`')
  })
})

describe('the language server processor', () => {
  it('gives related information for every finding that has related places (sample article)', async () => {
    const file = new VFile({path: '/nowhere/sample.txt', value: sampleArticle, data: {lspDocumentUri: 'file:///nowhere/sample.txt'}})
    const copy = processor()
    await copy.run(copy.parse(file), file)
    recordRelated('file:///nowhere/sample.txt', file.messages)
    const published = withRelated('file:///nowhere/sample.txt', file.messages.map((message) => diagnosticOf(message)))
    file.messages.forEach((message, index) => {
      expect(published[index].relatedInformation?.length ?? 0).toBe(relatedOf(message).length)
    })
    // Its compiler gives the text back unchanged: formatting is a no-op.
    expect(String(await processor().process(new VFile({path: 'x.md', value: '*  a\n\n#  B  \n'})))).toBe('*  a\n\n#  B  \n')
  })
})
