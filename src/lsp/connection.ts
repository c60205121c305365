/**
 * What vouch adds to the LSP connection of `unified-language-server`.
 *
 * `createUnifiedLanguageServer` makes its connection inside, with
 * `createConnection(ProposedFeatures.all)`, and returns nothing. The one
 * extension point it leaves is the one `vscode-languageserver` itself has:
 * *features*, mixins whose `attach(connection)` is called with the connection
 * before the server registers a handler. vouch registers one such feature
 * ({@link installConnectionFeature}) and, through it, wraps a few methods of
 * that connection ({@link extendConnection}):
 *
 * - `sendDiagnostics`: add related information (the other end of a finding,
 *   `./related.ts`); drop diagnostics for a version the editor has already
 *   replaced or a document it has closed; tidy errors that are not findings
 *   (a broken `.vouchrc`) into one line — no stack trace in the editor — and
 *   show each such error to the user once, not on every keystroke.
 * - `codeAction/resolve`: answered (the actions are complete already).
 * - `onDidOpenTextDocument` / `onDidChangeTextDocument` /
 *   `onDidCloseTextDocument`: note the latest version and text of each
 *   document (`./documents.ts`) before `unified-language-server` sees them.
 *
 * Everything else (processing, code actions, formatting) is
 * `unified-language-server`'s own.
 */
import {
  ProposedFeatures,
  type Connection,
  type Diagnostic,
  type PublishDiagnosticsParams
} from 'vscode-languageserver/node.js'
import {DiagnosticSeverity, MessageType, ShowMessageNotification} from 'vscode-languageserver/node.js'
import {TextDocument} from 'vscode-languageserver-textdocument'
import {forgetDocument, isOutdatedVersion, openDocument, rememberDocument} from './documents.js'
import {forgetRelated, withRelated} from './related.js'

type Remote = {attach(connection: Connection): void}
type RemoteClass = new () => Remote
type Feature = (Base: RemoteClass) => RemoteClass
type Features = {tracer?: Feature}

let installed = false
const extensions: Array<(connection: Connection) => void> = []

/**
 * Have `extend` called with every connection `createConnection(ProposedFeatures.all)`
 * creates from now on. The feature rides on the `tracer` slot, which
 * `ProposedFeatures.all` leaves empty; a factory already there is kept.
 */
export function installConnectionFeature(extend: (connection: Connection) => void) {
  extensions.push(extend)
  if (installed) return
  installed = true
  const features = ProposedFeatures.all as unknown as Features
  const previous = features.tracer
  features.tracer = function (Base) {
    const Inner = previous ? previous(Base) : Base
    return class extends Inner {
      attach(connection: Connection) {
        super.attach(connection)
        for (const extension of extensions) extension(connection)
      }
    }
  }
}

/** Not a finding: an error from reading config or processing (no rule id). */
function isProblem(diagnostic: Diagnostic): boolean {
  return diagnostic.code === undefined && diagnostic.severity === DiagnosticSeverity.Error
}

/**
 * `unified-language-server` appends a failure's whole stack trace to the
 * message; an editor user needs what went wrong, in one line.
 */
export function tidyProblem(message: string): string {
  return message
    .split('\n')
    .filter((line) => line.trim() !== '' && !/^\s+at\s/.test(line))
    .map((line) => line.replace(/^\w*Error: /, ''))
    .join(': ')
}

/** Wrap the methods of `connection` as described above. */
export function extendConnection(connection: Connection) {
  /** Problems shown to the user, per document that still has them. */
  const shown = new Map<string, Set<string>>()
  /** vouch's own copy of each open document, to know its latest text. */
  const copies = new Map<string, TextDocument>()

  const onDidOpen = connection.onDidOpenTextDocument
  connection.onDidOpenTextDocument = (handler) =>
    onDidOpen(function (params) {
      const {uri, languageId, version, text} = params.textDocument
      copies.set(uri, TextDocument.create(uri, languageId, version, text))
      rememberDocument(uri, version, text)
      return handler(params)
    })

  const onDidChange = connection.onDidChangeTextDocument
  connection.onDidChangeTextDocument = (handler) =>
    onDidChange(function (params) {
      const {uri, version} = params.textDocument
      const copy = copies.get(uri)
      if (copy) {
        TextDocument.update(copy, params.contentChanges, version)
        rememberDocument(uri, version, copy.getText())
      }

      return handler(params)
    })

  const onDidClose = connection.onDidCloseTextDocument
  connection.onDidCloseTextDocument = (handler) =>
    onDidClose(function (params) {
      const result = handler(params)
      const {uri} = params.textDocument
      copies.delete(uri)
      forgetDocument(uri)
      forgetRelated(uri)
      shown.delete(uri)
      return result
    })

  // `unified-language-server` advertises `resolveProvider` for code actions
  // but registers no resolve handler; its actions are complete already, so
  // resolving one gives it back (instead of a “method not found” error).
  connection.onCodeActionResolve((action) => action)

  const sendDiagnostics = connection.sendDiagnostics
  connection.sendDiagnostics = async function (params: PublishDiagnosticsParams) {
    const {uri, version} = params
    // Outdated: a newer version is open (even an empty list would wipe the
    // newer findings for a moment), or the document is closed — then only
    // clearing goes through, which is what closing a document sends.
    if (isOutdatedVersion(uri, version) && (params.diagnostics.length > 0 || openDocument(uri))) return

    const diagnostics = withRelated(uri, params.diagnostics).map((diagnostic) =>
      isProblem(diagnostic) ? {...diagnostic, message: tidyProblem(diagnostic.message)} : diagnostic
    )

    // A broken config breaks every draft under it, on every keystroke: tell
    // the user once (a notification, not a request that waits for a click),
    // and again only after it was fixed and broke again.
    const problems = new Set(diagnostics.filter(isProblem).map((diagnostic) => diagnostic.message))
    const known = new Set([...shown.values()].flatMap((set) => [...set]))
    for (const problem of problems) {
      if (!known.has(problem)) {
        void connection.sendNotification(ShowMessageNotification.type, {type: MessageType.Error, message: 'vouch: ' + problem})
      }
    }

    if (openDocument(uri)) shown.set(uri, problems)

    return sendDiagnostics({...params, diagnostics})
  }
}
