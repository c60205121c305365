/**
 * The `github` reporter: GitHub Actions workflow commands, one per message,
 * which the runner turns into annotations on the pull request's diff:
 *
 *     ::warning file=drafts/a.md,line=3,col=5,endLine=3,endColumn=12,title=vouch(unconfirmed-claim)::Claim …
 *
 * Printed on stdout (the runner reads commands there).
 */
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {pathOf, rangeOf, reportedFiles, reportedMessages, severityOf, type ReporterOptions} from './shared.js'

const commands = {error: 'error', warning: 'warning', info: 'notice'} as const

/** Escape a command's message (GitHub's `escapeData`). */
export function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

/** Escape a command property (GitHub's `escapeProperty`). */
export function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C')
}

/** The workflow command for one message. */
export function toCommand(file: VFile, message: VFileMessage): string {
  const properties: string[] = []
  if (file.path) properties.push('file=' + escapeProperty(pathOf(file)))
  const range = rangeOf(message)
  if (range) {
    properties.push('line=' + range.line, 'col=' + range.column)
    if (range.endLine !== undefined && range.endColumn !== undefined) {
      properties.push('endLine=' + range.endLine, 'endColumn=' + range.endColumn)
    }
  }

  const title = (message.source ?? 'vouch') + (message.ruleId ? '(' + message.ruleId + ')' : '')
  properties.push('title=' + escapeProperty(title))
  const text = message.reason + (message.url ? ' (' + message.url + ')' : '')
  return '::' + commands[severityOf(message)] + ' ' + properties.join(',') + '::' + escapeData(text)
}

/** Reporter: one workflow command per line. */
export default function reporterGithub(files: VFile[], options?: ReporterOptions): string {
  const lines: string[] = []
  for (const file of reportedFiles(files, options)) {
    for (const message of reportedMessages(file, options)) lines.push(toCommand(file, message))
  }

  return lines.length > 0 ? lines.join('\n') + '\n' : ''
}
