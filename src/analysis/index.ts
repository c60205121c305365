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

/** Build the ledger for the tree and store it on `file.data.ledger`. */
export default function retextVouchLedger() {
  return function (tree: Root, file: VFile) {
    file.data.ledger = analyse(buildDocument(tree, String(file.value ?? '')))
  }
}
