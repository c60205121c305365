/**
 * The `sarif` reporter: SARIF 2.1.0, the format GitHub code scanning (and
 * most CI dashboards) read. One run; its driver lists vouch's rules with
 * their help URIs, so each alert links to the rule's documentation.
 *
 * Files vouch could not check are not results about the text: they are
 * reported as tool execution notifications, and the invocation is marked
 * unsuccessful.
 */
import {pathToFileURL} from 'node:url'
import type {Log, Notification, ReportingDescriptor, Result, Location} from 'sarif'
import type {Position} from 'unist'
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {pathOf, rangeOf, runSource, reportedFiles, reportedMessages, severityOf, type ReporterOptions, type Severity} from './shared.js'

const levels: Record<Severity, Result.level> = {error: 'error', warning: 'warning', info: 'note'}

const schema = 'https://json.schemastore.org/sarif-2.1.0.json'
const srcroot = '%SRCROOT%'

/** The SARIF log for `files`. */
export function toSarif(files: VFile[], options: ReporterOptions = {}): Log {
  const descriptors: ReportingDescriptor[] = []
  const indices = new Map<string, number>()

  const describe = (id: string, url?: string): number => {
    const known = indices.get(id)
    if (known !== undefined) return known
    const descriptor: ReportingDescriptor = {id}
    if (url) descriptor.helpUri = url
    indices.set(id, descriptors.length)
    descriptors.push(descriptor)
    return descriptors.length - 1
  }

  // Every known rule, in the preset's order, whether or not it fired.
  for (const rule of options.rules ?? []) {
    const index = describe(rule.id, rule.url)
    const descriptor = descriptors[index]
    if (rule.description) {
      descriptor.shortDescription = {text: rule.description}
      // What code scanning shows under an alert.
      descriptor.help = rule.url
        ? {text: rule.description + '. See ' + rule.url, markdown: rule.description + '. [About this rule](' + rule.url + ')'}
        : {text: rule.description}
    }

    const level = defaultLevel(rule.severity)
    // A rule that is off by default is listed, but not enabled.
    if (level) descriptor.defaultConfiguration = level === 'none' ? {enabled: false, level} : {level}
  }

  const results: Result[] = []
  const notifications: Notification[] = []

  for (const file of reportedFiles(files, options)) {
    for (const message of reportedMessages(file, options)) {
      if (message.source === runSource) {
        notifications.push({
          level: levels[severityOf(message)],
          message: {text: message.reason},
          locations: [locationOf(file, message)]
        })
        continue
      }

      const result: Result = {
        level: levels[severityOf(message)],
        message: {text: message.reason},
        locations: [locationOf(file, message)]
      }
      const related = relatedLocations(file, message)
      if (related.length > 0) result.relatedLocations = related
      if (message.ruleId) {
        result.ruleId = qualifiedId(message)
        result.ruleIndex = describe(result.ruleId, message.url)
      }

      results.push(result)
    }
  }

  const run: Log['runs'][number] = {
    tool: {
      driver: {
        name: 'vouch',
        ...(options.version ? {version: options.version, semanticVersion: options.version} : {}),
        rules: descriptors
      }
    },
    columnKind: 'utf16CodeUnits',
    results,
    invocations: [
      {
        executionSuccessful: !notifications.some((notification) => notification.level === 'error'),
        toolExecutionNotifications: notifications
      }
    ]
  }

  if (options.cwd) {
    run.originalUriBaseIds = {[srcroot]: {uri: pathToFileURL(options.cwd).href.replace(/\/?$/, '/')}}
  }

  return {$schema: schema, version: '2.1.0', runs: [run]}
}

/**
 * Rule ids as users write them in config: the bare id for vouch's own rules;
 * other sources (inline control warnings, plugins) keep theirs apart.
 */
function qualifiedId(message: VFileMessage): string {
  const id = message.ruleId ?? ''
  return !message.source || message.source === 'vouch' || message.source === 'retext-vouch' ? id : message.source + ':' + id
}

function locationOf(file: VFile, message: VFileMessage): Location {
  const range = rangeOf(message)
  const location: Location = {
    physicalLocation: {
      artifactLocation: {uri: artifactUri(file), uriBaseId: srcroot}
    }
  }

  if (range && range.line >= 1) {
    location.physicalLocation!.region = {
      startLine: range.line,
      startColumn: Math.max(1, range.column),
      ...(range.endLine !== undefined && range.endColumn !== undefined && range.endLine >= range.line
        ? {endLine: range.endLine, endColumn: Math.max(1, range.endColumn)}
        : {})
    }
  }

  return location
}

/**
 * The other places a finding involves (`message.related`, set by vouch's
 * rules: the attribution that asserts an unconfirmed claim, …).
 */
function relatedLocations(file: VFile, message: VFileMessage): Location[] {
  const related = (message as VFileMessage & {related?: Array<{place?: Position; message?: string}>}).related
  if (!Array.isArray(related)) return []
  const locations: Location[] = []
  for (const item of related) {
    const start = item.place?.start
    if (!start || typeof start.line !== 'number' || start.line < 1) continue
    const end = item.place?.end
    locations.push({
      id: locations.length,
      physicalLocation: {
        artifactLocation: {uri: artifactUri(file), uriBaseId: srcroot},
        region: {
          startLine: start.line,
          startColumn: Math.max(1, start.column),
          ...(end && end.line >= start.line ? {endLine: end.line, endColumn: Math.max(1, end.column)} : {})
        }
      },
      ...(item.message ? {message: {text: item.message}} : {})
    })
  }

  return locations
}

function artifactUri(file: VFile): string {
  return pathOf(file).split(/[\\/]/).map((part) => encodeURIComponent(part)).join('/')
}

function defaultLevel(severity: string | undefined): Result.level | undefined {
  if (severity === 'error') return 'error'
  if (severity === 'warn' || severity === 'warning') return 'warning'
  if (severity === 'info') return 'note'
  if (severity === 'off') return 'none'
  return undefined
}

/** Reporter: the SARIF log, pretty-printed (these files are read by people too). */
export default function reporterSarif(files: VFile[], options?: ReporterOptions): string {
  return JSON.stringify(toSarif(files, options), null, 2) + '\n'
}
