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

  it('takes titles and names in quote marks for no quotation, but keeps words in sentence case', () => {
    const text =
      'Her book “A Choice, Not an Echo” sold well. He hosts “The Nightly Show with Larry Wilmore.” ' +
      'The mayor said “It’s not new in Virginia” and “You’re No Match for Us!”'
    expect(quotations(text)).toEqual(['“It’s not new in Virginia”', '“You’re No Match for Us!”'])
  })

  it('leaves single apostrophes and possessives alone', () => {
    expect(quotations("The mayor's plan, the 'big idea', failed.")).toEqual([])
  })
})
