/**
 * What the editor has open right now, as far as vouch needs to know: the
 * latest version and text of each document.
 *
 * `unified-language-server` checks a document on every change and does not
 * cancel a check that a newer edit has made pointless. While a reporter types
 * (or after a 5 MB paste) that queues one full check per keystroke, and each
 * one ends by publishing diagnostics for a version the editor has already
 * left behind. Knowing the latest text lets the processor skip the work for
 * an outdated text, and knowing the latest version lets the connection drop
 * the outdated publish, so the editor only ever sees the newest findings.
 */

export interface OpenDocument {
  version: number
  text: string
}

const open = new Map<string, OpenDocument>()

/** Remember the text the editor sent for `uri` (on open and on every change). */
export function rememberDocument(uri: string, version: number, text: string) {
  open.set(uri, {version, text})
}

/** The editor closed `uri`. */
export function forgetDocument(uri: string) {
  open.delete(uri)
}

/** The latest version and text the editor sent for `uri`, if it is open. */
export function openDocument(uri: string): OpenDocument | undefined {
  return open.get(uri)
}

/**
 * Whether checking `text` for `uri` would be wasted work: the editor has sent
 * a newer, different text since. Unknown documents are never stale (the
 * processor is also used outside the server, e.g. in tests).
 */
export function isOutdatedText(uri: string | undefined, text: string): boolean {
  if (uri === undefined) return false
  const latest = open.get(uri)
  // Same string object in the common case: a cheap identity check first.
  return latest !== undefined && latest.text !== text
}

/**
 * Whether diagnostics computed for `version` of `uri` are outdated: the
 * document is closed (a check finished after the editor closed it), or a
 * newer version has arrived since.
 */
export function isOutdatedVersion(uri: string, version: number | undefined): boolean {
  const latest = open.get(uri)
  if (latest === undefined) return true
  return version !== undefined && version < latest.version
}
