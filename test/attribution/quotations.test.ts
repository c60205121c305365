import {describe, expect, it} from 'vitest'
import {parseEnglish} from '../../src/parse/english.js'
import {buildDocument} from '../../src/analysis/document.js'
import {findQuotations} from '../../src/analysis/attribution/index.js'

function quotations(text: string) {
  return findQuotations(buildDocument(parseEnglish(text), text)).map((span) => span.text)
}

describe('quotations', () => {
  it('pairs curly and straight double quotes', () => {
    expect(quotations('She said: “We will win.” He said: "We will not."')).toEqual(['“We will win.”', '"We will not."'])
  })

  it('reads two apostrophes as a quotation mark both ways (the New York Times’ style)', () => {
    expect(quotations("''We will not back down,'' the mayor said. ''Nobody expected it.''")).toEqual([
      "''We will not back down,''",
      "''Nobody expected it.''"
    ])
  })

  it('leaves single apostrophes and possessives alone', () => {
    expect(quotations("The mayor's plan, the 'big idea', failed.")).toEqual([])
  })
})
