/**
 * The HTML sourcing report, from processed files or from ledgers.
 */
import type {VFile} from 'vfile'
import type {Ledger} from '../analysis/types.js'
import {pathOf} from '../reporters/shared.js'
import {toJsonMessage} from '../reporters/json.js'
import type {ReportDraft} from './html.js'
import {nonProse} from './source.js'

export {renderReport} from './html.js'
export type {ReportDraft, ReportMessage, ReportOptions} from './html.js'
export {summarise} from './summary.js'
export type {ClaimStatus, ClaimSummary, LedgerSummary, PartySummary} from './summary.js'
export {markup, escapeHtml} from './markup.js'
export {nonProse} from './source.js'

const emptyLedger: Ledger = {parties: [], claims: [], stances: []}

/** A report draft from a file the processor ran on (its ledger and messages). */
export function draftFromFile(file: VFile): ReportDraft {
  return {
    path: pathOf(file),
    text: String(file.value ?? ''),
    ledger: file.data.ledger ?? emptyLedger,
    nonProse: nonProse(file),
    messages: file.messages.map(toJsonMessage)
  }
}
