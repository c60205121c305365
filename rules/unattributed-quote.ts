/**
 * `unattributed-quote`: a quotation of someone's words that no one in the
 * text says. Quoted words are a promise that someone said exactly this;
 * without a speaker the reader cannot tell who, and the quotation cannot be
 * checked.
 *
 * Reads `ledger.quotations`: the analysis ties each quotation to the stance
 * of its speaker (`stance`) and tells terms, titles and slogans in quotation
 * marks from someone's words (`term`); this rule reports the rest.
 */
import {quoted, vouchRule} from '../src/rule.js'

export interface Options {
  /**
   * Quotations shorter than this many words are left alone (default: `1`,
   * none: the analysis already leaves terms and scare quotes aside).
   */
  minimumWords?: number
}

const unattributedQuote = vouchRule<Options>(
  {
    id: 'unattributed-quote',
    severity: 'warn',
    description: 'A direct quotation with no one in the text who says it',
    options: {
      minimumWords: {type: 'integer', minimum: 1, description: 'Quotations shorter than this many words are left alone (default: 1)'}
    }
  },
  function ({ledger, report, options}) {
    const quotations = ledger.quotations ?? []
    if (quotations.length === 0) return
    const minimumWords = options?.minimumWords ?? 1
    const stanceIds = new Set(ledger.stances.map((stance) => stance.id))

    for (const quotation of quotations) {
      if (quotation.term || (quotation.stance && stanceIds.has(quotation.stance))) continue
      const words = quotation.text.replace(/[\p{Pi}\p{Pf}"«»]/gu, ' ').trim().split(/\s+/).filter(Boolean)
      if (words.length < minimumWords) continue
      report('Unattributed quotation ' + quoted((quotation.words ?? quotation.text).replace(/^[\p{Pi}"'«]+|[\p{Pf}"'»]+$/gu, '')) + ': who said it?', quotation, {
        note: quotation.unopened
          ? 'The quotation closes here but never opens: mark where it starts, and name the speaker.'
          : 'Name the speaker, or paraphrase if the words are not someone’s.'
      })
    }
  }
)

export default unattributedQuote
