/**
 * The analysis layer as a unified plugin: builds the sourcing ledger of the
 * nlcst tree and puts it on `file.data.ledger`, so rules and tools read it
 * without parsing again.
 */
import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import {buildDocument} from './document.js'
import {analyse} from './ledger.js'
import type {Ledger} from './types.js'

export type * from './types.js'
export {buildDocument} from './document.js'
export type {Document, Token, Sentence, Paragraph} from './document.js'
export {analyse} from './ledger.js'
export {toLedgerJson} from './json.js'
export type {LedgerJson} from './json.js'

declare module 'vfile' {
  interface DataMap {
    /** The sourcing ledger of the file, set by `retextVouchLedger`. */
    ledger: Ledger
  }
}

/** Trees that only the ledger reads: see `consumedByLedger`. */
const consumable = new WeakSet<Root>()

/**
 * Mark a tree that nothing after the ledger will read (the vouch
 * processor's own parse: its rules read the ledger, its compiler gives the
 * draft back as it was). The ledger plugin empties such a tree once it is
 * indexed, so a large draft's tree is not held through the analysis: at
 * 16 MB of text it is about 1.7 GB, and collecting garbage around it was a
 * third of the run. A tree from any other parser is left as it is.
 */
export function consumedByLedger(tree: Root): Root {
  consumable.add(tree)
  return tree
}

/** Build the ledger for the tree and store it on `file.data.ledger`. */
export default function retextVouchLedger() {
  return function (tree: Root, file: VFile) {
    const doc = buildDocument(tree, String(file.value ?? ''))
    if (consumable.has(tree)) tree.children = []
    file.data.ledger = analyse(doc)
  }
}
