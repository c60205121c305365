import {parseEnglish} from '../../src/parse/english.js'
import {buildDocument, type Document} from '../../src/analysis/document.js'
import {findStatuses} from '../../src/analysis/status/index.js'
import type {FoundStance} from '../../src/analysis/types.js'

export function documentOf(text: string): Document {
  return buildDocument(parseEnglish(text), text)
}

/** The status stances of `text`, as plain records that are easy to compare. */
export function statuses(text: string, attributions: FoundStance[] = []) {
  return findStatuses(documentOf(text), attributions).map((stance) => ({
    kind: stance.kind,
    cue: stance.cue.text,
    source: stance.source?.text ?? null,
    content: stance.content?.text ?? null,
    self: stance.self ?? false
  }))
}
