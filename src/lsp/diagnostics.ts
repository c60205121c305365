/**
 * vouch's messages as LSP diagnostics, and the quick fixes they carry:
 * the rule id as `code`, the rule's page as `codeDescription`, the
 * configured severity (error / warning / information for `error` / `warn` /
 * `info`), the other end of a finding as `relatedInformation`, and the
 * replacement a rule suggests (`expected`) as `data`, which a code action
 * applies.
 */
import {
  CodeAction,
  CodeActionKind,
  DiagnosticSeverity,
  TextEdit,
  type Diagnostic,
  type Range
} from 'vscode-languageserver/node.js'
import type {TextDocument} from 'vscode-languageserver-textdocument'
import type {MessageData} from '../check/job.js'
import {rangeOf, relatedInformation} from './related.js'

/** A message of a check of `uri` as a diagnostic. */
export function toDiagnostic(uri: string, message: MessageData): Diagnostic {
  const diagnostic: Diagnostic = {
    range: rangeOf(message.place),
    message: message.note ? message.reason + '\n' + message.note : message.reason,
    severity:
      message.fatal === true ? DiagnosticSeverity.Error : message.fatal === false ? DiagnosticSeverity.Warning : DiagnosticSeverity.Information,
    source: message.source ?? 'vouch'
  }
  if (message.ruleId) diagnostic.code = message.ruleId
  if (message.url) diagnostic.codeDescription = {href: message.url}
  if (message.expected) diagnostic.data = {expected: message.expected}
  const related = relatedInformation(uri, message)
  if (related.length > 0) diagnostic.relatedInformation = related
  return diagnostic
}

/**
 * Why a document was not checked (a broken config, a draft over the time
 * limit), as one diagnostic at its start: an error, or information for what
 * is no fault (too long to check as you type).
 */
export function problemDiagnostic(reason: string, severity: DiagnosticSeverity = DiagnosticSeverity.Error, range?: Range): Diagnostic {
  return {range: range ?? rangeOf(undefined), message: reason, severity, source: 'vouch'}
}

/** Quick fixes for the diagnostics the editor asks about: one per replacement in their `data.expected`. */
export function quickFixes(document: TextDocument, diagnostics: Diagnostic[]): CodeAction[] {
  const actions: CodeAction[] = []
  for (const diagnostic of diagnostics) {
    const expected = (diagnostic.data as {expected?: unknown} | undefined)?.expected
    if (!Array.isArray(expected)) continue
    const {start, end} = diagnostic.range
    const actual = document.getText(diagnostic.range)
    for (const replacement of expected) {
      if (typeof replacement !== 'string') continue
      const title = replacement
        ? start.line === end.line && start.character === end.character
          ? 'Insert `' + replacement + '`'
          : 'Replace `' + actual + '` with `' + replacement + '`'
        : 'Remove `' + actual + '`'
      const action = CodeAction.create(
        title,
        {changes: {[document.uri]: [TextEdit.replace(diagnostic.range, replacement)]}},
        CodeActionKind.QuickFix
      )
      if (expected.length === 1) action.isPreferred = true
      actions.push(action)
    }
  }

  return actions
}
