/**
 * Word salad through the processor: short drafts drawn at random from the
 * words the analysis keys on (reporting verbs, status words, names, marks,
 * prepositions, line breaks), in any order, in Markdown, HTML and plain
 * text. Real drafts are not like this, but a pasted fragment, a half-typed
 * sentence in the editor or a draft that opens mid-sentence ("on Tuesday,
 * …" once threw in the referent index) is; the analysis must build a
 * ledger for each, never throw. Seeded, so a failure reproduces.
 */
import {describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import {createProcessor} from '../../src/processor.js'

/** A small linear congruential generator: reproducible draws. */
function random(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0
    return state / 4294967296
  }
}

const words = (
  'on for of in the a said says told officials he she they it who which that according to Reuters “ ” " \'\' , . : ; ( ) — – - ' +
  'denied confirmed reportedly Mr. Smith Kim Jong Un KCNA spokesman sources familiar with matter not would may did no comment ' +
  'claimed without evidence 40 percent % and or but # * > [x](y) <b> </b> &amp; ' +
  // Words of session 10's steps: conjoined and fronted verbs, slogans,
  // demands, poll shares, generic cases, determiners, institutions.
  'claiming allegiance chanted call demanding when one question Percentage polled anyone through state media ' +
  'Commission European campaign university later allegedly charged failed refused WASHINGTON Calif. $10bn'
).split(' ')

describe('word salad', () => {
  it('builds a ledger for every draft, in every format, without throwing', () => {
    const lint = createProcessor()
    const next = random(17)
    const failures: string[] = []
    for (let draft = 0; draft < 250; draft++) {
      let text = ''
      const length = 1 + Math.floor(next() * 25)
      for (let index = 0; index < length; index++) {
        text += words[Math.floor(next() * words.length)]
        const gap = next()
        text += gap < 0.75 ? ' ' : gap < 0.85 ? '\n' : gap < 0.9 ? '\n\n' : ''
      }

      for (const path of ['draft.txt', 'draft.md', 'draft.html']) {
        const file = new VFile({value: text, path})
        try {
          lint.runSync(lint.parse(file), file)
          if (!file.data.ledger) failures.push(path + ': no ledger: ' + JSON.stringify(text))
        } catch (error) {
          failures.push(path + ': ' + String(error) + ': ' + JSON.stringify(text))
        }
      }
    }

    expect(failures).toEqual([])
  })
})
