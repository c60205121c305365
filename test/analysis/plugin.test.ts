import {describe, expect, it} from 'vitest'
import {unified} from 'unified'
import retextEnglish from 'retext-english'
import {VFile} from 'vfile'
import type {Root} from 'nlcst'
import {retextVouchLedger} from '../../src/index.js'
import {createProcessor} from '../../src/processor.js'

const text = 'The minister said on Monday that the talks had failed. “We will try again,” she added.'

describe('the ledger plugin', () => {
  it('leaves the tree of another parser as it was', async () => {
    const processor = unified().use(retextEnglish).use(retextVouchLedger)
    const file = new VFile({path: 'a.txt', value: text})
    const tree = processor.parse(file) as Root
    const before = tree.children.length
    await processor.run(tree, file)
    expect(before).toBeGreaterThan(0)
    expect(tree.children).toHaveLength(before)
    expect(file.data.ledger?.stances.length).toBeGreaterThan(0)
  })

  it('empties the vouch processor’s own tree once indexed, and the ledger is whole', async () => {
    const processor = createProcessor()
    const file = new VFile({path: 'a.txt', value: text})
    const tree = processor.parse(file) as Root
    expect(tree.children.length).toBeGreaterThan(0)
    await processor.run(tree, file)
    expect(tree.children).toHaveLength(0)
    const ledger = file.data.ledger!
    expect(ledger.stances.map((stance) => stance.cue.text)).toEqual(['said', 'added'])
    expect(ledger.parties.map((party) => party.name)).toContain('The minister')
  })
})
