/**
 * The report's messages: listed first, in the order they occur in the text,
 * each a link to the passage it is about, which the text marks and numbers
 * (so a finding with no highlight of its own, such as a quotation nobody
 * says, is marked too), and each mark a link back to its message.
 */
import {location} from 'vfile-location'
import {escapeHtml, type MarkRange} from './markup.js'

/** A message to list beside the text (a lint finding). */
export interface ReportMessage {
  reason: string
  ruleId?: string | null
  source?: string | null
  severity: 'error' | 'warning' | 'info'
  line?: number | null
  column?: number | null
  endLine?: number | null
  endColumn?: number | null
  url?: string | null
}

/** A message with its number on the page and the part of the text it is about. */
export interface PlacedMessage {
  message: ReportMessage
  /** 1-based, in text order. */
  number: number
  /** Offsets into the text, `end` exclusive; none for a message about the whole file. */
  range?: {start: number; end: number}
}

/** Messages in text order (those about the whole file last), numbered, with their offsets. */
export function placeMessages(text: string, messages: ReportMessage[]): PlacedMessage[] {
  const place = location(text)
  const placed = messages.map((message) => ({message, range: rangeIn(text, place, message)}))
  placed.sort((a, b) => (a.range?.start ?? Infinity) - (b.range?.start ?? Infinity) || (a.range?.end ?? 0) - (b.range?.end ?? 0))
  return placed.map((item, index) => ({...item, number: index + 1}))
}

function rangeIn(text: string, place: ReturnType<typeof location>, message: ReportMessage): PlacedMessage['range'] {
  if (!message.line || text.length === 0) return undefined
  const start = place.toOffset({line: message.line, column: message.column ?? 1})
  if (start === undefined) return undefined
  const end = message.endLine ? place.toOffset({line: message.endLine, column: message.endColumn ?? 1}) : undefined
  if (end !== undefined && end > start) return {start, end}
  // A point: mark the word there (or the last character of the text).
  const from = Math.min(start, text.length - 1)
  return {start: from, end: from + Math.max(1, /^\S*/.exec(text.slice(from))![0].length)}
}

/** Id of a message's mark in the text, and of its item in the list. */
function markId(prefix: string, number: number): string {
  return prefix + '-m' + number
}

function itemId(prefix: string, number: number): string {
  return prefix + '-message-' + number
}

/** Marks for the messages' passages in the text, each followed by its number linking back. */
export function messageRanges(placed: PlacedMessage[], prefix: string): MarkRange[] {
  return placed.flatMap(({message, number, range}) => {
    if (!range) return []
    const attributes = ' class="flag severity-' + message.severity + '" data-message="' + number + '" title="' + escapeHtml(number + '. ' + message.reason) + '"'
    return [
      {
        start: range.start,
        end: range.end,
        open: '<span' + attributes + '>',
        openFirst: '<span id="' + markId(prefix, number) + '"' + attributes + '>',
        close: '</span>',
        after: '<sup class="ref severity-' + message.severity + '"><a href="#' + itemId(prefix, number) + '" aria-label="Message ' + number + '">' + number + '</a></sup>',
        // Outside the claims and sources it covers.
        rank: -0.5
      }
    ]
  })
}

/** The list of messages, each a link to its passage. */
export function messageList(placed: PlacedMessage[], prefix: string): string {
  const heading = '<h3>Messages' + (placed.length > 0 ? ' <span class="count">' + placed.length + '</span>' : '') + '</h3>'
  if (placed.length === 0) return heading + '<p class="empty">No messages.</p>'
  const items = placed.map(({message, number, range}) => {
    const where = message.line ? message.line + ':' + (message.column ?? 1) : 'file'
    const body =
      '<span class="num">' + number + '</span> <span class="where">' + where + '</span> ' +
      '<span class="severity">' + message.severity + '</span> <span class="reason">' + escapeHtml(message.reason) + '</span>'
    const rule = message.ruleId
      ? ' ' + (message.url
        ? '<a class="rule" href="' + escapeHtml(message.url) + '" title="What this rule checks, and how to fix it">' + escapeHtml(message.ruleId) + '</a>'
        : '<span class="rule">' + escapeHtml(message.ruleId) + '</span>')
      : ''
    return (
      '<li class="message severity-' + message.severity + '" id="' + itemId(prefix, number) + '">' +
      (range ? '<a class="go" href="#' + markId(prefix, number) + '">' + body + '</a>' : '<span class="go">' + body + '</span>') +
      rule + '</li>'
    )
  })
  return heading + '<ol class="messages">' + items.join('') + '</ol>'
}
