import {describe, expect, it} from 'vitest'
import {findStatuses} from '../../src/analysis/status/index.js'
import {compileLexicon, readHedgeFile, readStatusFile} from '../../src/analysis/status/lexicon.js'
import {documentOf} from './helpers.js'

describe('status lexicon as data', () => {
  it('lets a user add a phrase without touching code', () => {
    const doc = documentOf('The minister kept schtum about the leak.')
    expect(findStatuses(doc, [])).toEqual([])

    const status = readStatusFile()
    status.phrases.push({kind: 'no-comment', pattern: 'kept|keeps schtum', party: 'subject', claim: 'after'})
    const [stance] = findStatuses(doc, [], compileLexicon(status, readHedgeFile()))
    expect(stance.kind).toBe('no-comment')
    expect(stance.source?.text).toBe('The minister')
    expect(stance.content?.text).toBe('the leak')
  })

  it('lets a user add a hedge word', () => {
    const doc = documentOf('The bridge was putatively closed for repairs.')
    const hedges = readHedgeFile()
    expect(findStatuses(doc, [])).toEqual([])
    hedges.adverbs.push('putatively')
    const [stance] = findStatuses(doc, [], compileLexicon(readStatusFile(), hedges))
    expect(stance).toMatchObject({kind: 'hedged', source: null})
  })
})
