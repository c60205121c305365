/**
 * Messages quote what a reader sees: in Markdown and HTML the claim's words
 * without markup and with character references decoded, while the ledger's
 * JSON keeps the file's own text (spec/ledger.md).
 */
import {describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import {createProcessor} from '../../src/processor.js'
import {toLedgerJson} from '../../src/analysis/json.js'

function lint(path: string, value: string) {
  const file = new VFile({path, value})
  const processor = createProcessor()
  processor.runSync(processor.parse(file), file)
  return file
}

describe('the words a message quotes', () => {
  it('leave Markdown markup out', () => {
    const file = lint('draft.md', 'Experts say **the plan** had [failed badly](https://example.com/report) last year.\n')
    const [message] = file.messages.filter((item) => item.ruleId === 'anonymous-source')
    expect(message.reason).toContain('“the plan had failed badly last year”')
    const claim = toLedgerJson(file.data.ledger!, 'draft.md').claims[0]
    expect(claim.text).toContain('[failed badly](https://example.com/report)')
  })

  it('decode HTML character references and leave tags out', () => {
    const file = lint('draft.html', '<p>Experts say the <a href="/x">troops</a> had withdrawn &amp; left.</p>\n')
    const [message] = file.messages.filter((item) => item.ruleId === 'anonymous-source')
    expect(message.reason).toContain('“the troops had withdrawn & left”')
  })

  it('are the claim itself in plain text', () => {
    const file = lint('draft.txt', 'Experts say the troops had withdrawn.\n')
    expect(file.data.ledger!.claims[0].words).toBeUndefined()
  })
})
