import {describe, expect, it} from 'vitest'
import {parseEnglish} from '../../src/parse/english.js'
import {buildDocument, type Document} from '../../src/analysis/document.js'
import {attributionsFromLabels} from '../../src/analysis/attribution/index.js'
import {tokenAttributes} from '../../src/analysis/attribution/features.js'
import {B_CONTENT, B_CUE, B_SOURCE, I_CONTENT, I_CUE, I_SOURCE, O} from '../../src/analysis/attribution/labels.js'
import {pairQuotes} from '../../src/analysis/attribution/quotes.js'

/**
 * Label a text by marking roles inline: [s …] source, [c …] cue, [t …]
 * content; brackets are removed and the words inside get B/I labels.
 */
function labelled(marked: string): {doc: Document; labels: Uint8Array} {
  const spans: Array<{role: string; start: number; end: number}> = []
  let text = ''
  const stack: Array<{role: string; start: number}> = []
  for (let i = 0; i < marked.length; i++) {
    if (marked[i] === '[' && 'sct'.includes(marked[i + 1]) && marked[i + 2] === ' ') {
      stack.push({role: marked[i + 1], start: text.length})
      i += 2
    } else if (marked[i] === ']' && stack.length > 0) {
      const open = stack.pop()!
      spans.push({role: open.role, start: open.start, end: text.length})
    } else {
      text += marked[i]
    }
  }

  const doc = buildDocument(parseEnglish(text), text)
  const labels = new Uint8Array(doc.tokens.length).fill(O)
  const begin = {s: B_SOURCE, c: B_CUE, t: B_CONTENT} as Record<string, number>
  const inside = {s: I_SOURCE, c: I_CUE, t: I_CONTENT} as Record<string, number>
  // Outer spans first so that nested ones overwrite them.
  spans.sort((a, b) => b.end - b.start - (a.end - a.start))
  for (const span of spans) {
    let first = true
    for (const token of doc.tokens) {
      if (token.start >= span.start && token.end <= span.end) {
        labels[token.index] = first ? begin[span.role] : inside[span.role]
        first = false
      }
    }
  }

  return {doc, labels}
}

function found(marked: string) {
  const {doc, labels} = labelled(marked)
  return attributionsFromLabels(doc, labels, tokenAttributes(doc, new Set()))
}

describe('grouping tags into attributions', () => {
  it('attaches a preceding source and a following that-clause, across an addressee', () => {
    const [stance] = found('[s Jonah Leff] [c told] the UNSC on Wednesday [t that remnants of four missiles were found].')
    expect(stance.kind).toBe('asserts')
    expect(stance.cue.text).toBe('told')
    expect(stance.source?.text).toBe('Jonah Leff')
    expect(stance.content?.text).toBe('that remnants of four missiles were found')
  })

  it('takes the quotation before a postposed cue, up to its opening quote', () => {
    const [stance] = found('“[t This is the first public evidence. It is new],” [s Leff] [c told] the council.')
    expect(stance.source?.text).toBe('Leff')
    expect(stance.content?.text).toBe('“This is the first public evidence. It is new,”')
  })

  it('extends a postposed content to the start of its sentence, nested cues included', () => {
    const stances = found('[t The response [c indicated] [t that ties grew]], [s the official] [c said].')
    const said = stances.find((s) => s.cue.text === 'said')!
    expect(said.content?.text).toBe('The response indicated that ties grew')
    expect(said.source?.text).toBe('the official')
  })

  it('nests: the inner stance is carried by the outer source', () => {
    const stances = found(
      '[s Yonhap] [c reported] [t that [s the NIS] [c said] [t that 100 soldiers have been killed]].'
    )
    const [outer, inner] = stances
    expect(outer.source?.text).toBe('Yonhap')
    expect(outer.content?.text).toBe('that the NIS said that 100 soldiers have been killed')
    expect(outer.channel).toBeNull()
    expect(inner.source?.text).toBe('the NIS')
    expect(inner.content?.text).toBe('that 100 soldiers have been killed')
    expect(inner.channel?.text).toBe('Yonhap')
  })

  it('gives one source to two cues of the same sentence', () => {
    const stances = found('[s She] [c said] [t it was over] and [c added] [t that nobody cared].')
    expect(stances.map((s) => s.source?.text)).toEqual(['She', 'She'])
    expect(stances.map((s) => s.content?.text)).toEqual(['it was over', 'that nobody cared'])
  })
})

describe('quotation marks', () => {
  it('pairs a quotation continued over paragraphs with its final close', () => {
    const text = '“First part,\n\n“second part,\n\n“and the end,” he said.'
    const doc = buildDocument(parseEnglish(text), text)
    const quotes = pairQuotes(doc, tokenAttributes(doc, new Set()))
    const open = doc.tokens.findIndex((t) => t.text === '“')
    const close = doc.tokens.findIndex((t) => t.text === '”')
    expect(quotes.partner[open]).toBe(close)
  })
})

describe('cue boundaries: circumstances after a verb of saying', () => {
  it('cuts "said at one point" back to "said" and keeps the quotation as content', () => {
    const [stance] = found('“[t He has the codes],” [s Mr. Biden] [c said at one point].')
    expect(stance.cue.text).toBe('said')
    expect(stance.source?.text).toBe('Mr. Biden')
    expect(stance.content?.text).toContain('He has the codes')
  })

  it('cuts a half-tagged "said of" back to "said"', () => {
    const [stance] = found('“[t That is like an hour],” [s she] [c said of] her conversation.')
    expect(stance.cue.text).toBe('said')
  })

  it('keeps a lexicon cue phrase whole ("said in a statement")', () => {
    const [stance] = found('[s Obama] [c said in a statement] [t that he was confident].')
    expect(stance.cue.text).toBe('said in a statement')
  })

  it('leaves cues whose head is not a verb of saying ("wary of")', () => {
    const [whole] = found('[s Critics] [c were wary of] [t the plan].')
    expect(whole.cue.text).toBe('were wary of')
  })
})
