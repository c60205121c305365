import {describe, expect, it} from 'vitest'
import {parseEnglish} from '../../src/parse/english.js'
import {buildDocument, textSpan} from '../../src/analysis/document.js'
import {addChannels} from '../../src/analysis/attribution/channels.js'
import type {FoundStance} from '../../src/analysis/types.js'

describe('channels', () => {
  it('names the outlet of “in a statement carried by …”', () => {
    const text =
      'In a statement carried by the official Korean Central News Agency on Thursday, an unnamed spokesman said talks had failed.'
    const doc = buildDocument(parseEnglish(text), text)
    const at = (value: string) => textSpan(doc, text.indexOf(value), text.indexOf(value) + value.length)
    const stance: FoundStance = {
      kind: 'asserts',
      cue: at('said'),
      source: at('an unnamed spokesman'),
      content: at('talks had failed')
    }
    addChannels(doc, [stance], new Set(['carried']))
    expect(stance.channel?.text).toBe('the official Korean Central News Agency')
  })

  it('leaves a stance said directly without channel', () => {
    const text = 'The minister said talks had failed.'
    const doc = buildDocument(parseEnglish(text), text)
    const at = (value: string) => textSpan(doc, text.indexOf(value), text.indexOf(value) + value.length)
    const stance: FoundStance = {kind: 'asserts', cue: at('said'), source: at('The minister'), content: at('talks had failed')}
    addChannels(doc, [stance], new Set(['carried']))
    expect(stance.channel).toBeNull()
  })
})

describe('quotations', () => {
  it('lists every quotation, continued ones as one, unclosed ones to the paragraph end', async () => {
    const {findQuotations} = await import('../../src/analysis/attribution/index.js')
    const text = 'The talks collapsed.\n\n“We will not negotiate under fire.”\n\nShe said: “First part.\n\n“Second part,” she added. He said “never'
    const doc = buildDocument(parseEnglish(text), text)
    expect(findQuotations(doc).map((q) => q.text)).toEqual([
      '“We will not negotiate under fire.”',
      '“First part.\n\n“Second part,”',
      '“never'
    ])
  })
})
