/**
 * Reads LSP messages (`Content-Length: N` headers, a blank line, N bytes of
 * JSON) from a stream, and survives bad frames.
 *
 * `vscode-jsonrpc`'s own reader, on a header without `Content-Length`,
 * reports an error and keeps the body in its buffer: every later message is
 * then read as part of a broken header, and the server hears nothing again.
 * Here a bad frame is reported and skipped — up to the next
 * `Content-Length:` — and a body that is not JSON is reported and dropped,
 * so one bad write from a client (or a stray `print` in an editor plugin)
 * costs one message, not the session.
 */
import type {Readable} from 'node:stream'
import {AbstractMessageReader, Disposable, type DataCallback, type Message, type MessageReader} from 'vscode-languageserver/node.js'

/** Longest header block: past this without a blank line, the input is not LSP framing. */
const maxHeader = 8 * 1024
/** Largest message body accepted (a 5 MB draft is about 5 MB of JSON). */
const maxBody = 256 * 1024 * 1024
const marker = Buffer.from('content-length:')

export class FramedMessageReader extends AbstractMessageReader implements MessageReader {
  private buffer = Buffer.alloc(0)
  /** Dropping bytes until the next `Content-Length:`. */
  private skipping = false
  private callback: DataCallback | undefined

  constructor(private readonly stream: Readable) {
    super()
  }

  listen(callback: DataCallback): Disposable {
    this.callback = callback
    const onData = (chunk: Buffer | string) => {
      this.buffer = Buffer.concat([this.buffer, typeof chunk === 'string' ? Buffer.from(chunk) : chunk])
      this.drain()
    }

    const onError = (error: Error) => this.fireError(error)
    const onClose = () => this.fireClose()
    this.stream.on('data', onData)
    this.stream.on('error', onError)
    this.stream.on('end', onClose)
    this.stream.on('close', onClose)
    return Disposable.create(() => {
      this.callback = undefined
      this.stream.off('data', onData)
      this.stream.off('error', onError)
      this.stream.off('end', onClose)
      this.stream.off('close', onClose)
    })
  }

  private drain(): void {
    for (;;) {
      if (this.skipping && !this.resync(0)) return

      const headerEnd = this.buffer.indexOf('\r\n\r\n')
      if (headerEnd === -1) {
        if (this.buffer.length > maxHeader) this.skip('a header longer than ' + maxHeader + ' bytes')
        else return
        continue
      }

      const length = contentLength(this.buffer.toString('latin1', 0, headerEnd))
      if (length === undefined || length > maxBody) {
        this.skip(length === undefined ? 'a header without a valid `Content-Length`' : 'a message of ' + length + ' bytes')
        continue
      }

      const start = headerEnd + 4
      if (this.buffer.length < start + length) return
      const body = this.buffer.toString('utf8', start, start + length)
      this.buffer = this.buffer.subarray(start + length)

      let message: Message
      try {
        message = JSON.parse(body) as Message
      } catch {
        this.fireError(new Error('vouch: skipped a message whose body is not JSON'))
        continue
      }

      this.callback?.(message)
    }
  }

  /** Report a bad frame and drop input up to the next header. */
  private skip(what: string): void {
    this.fireError(new Error('vouch: skipped ' + what))
    this.skipping = true
    // The bad frame's own first header does not count: look past it.
    this.resync(1)
  }

  /** Drop bytes before the next `Content-Length:` (from `from`); whether one was found. */
  private resync(from: number): boolean {
    const found = indexOfIgnoringCase(this.buffer, from)
    if (found === -1) {
      // Keep a tail that may be the start of a split `Content-Length:`.
      this.buffer = this.buffer.subarray(Math.max(0, this.buffer.length - marker.length + 1))
      return false
    }

    this.buffer = this.buffer.subarray(found)
    this.skipping = false
    return true
  }
}

/** `Content-Length` of a header block, if it has exactly one valid one. */
function contentLength(header: string): number | undefined {
  let length: number | undefined
  for (const line of header.split('\r\n')) {
    const colon = line.indexOf(':')
    if (colon === -1) return undefined
    if (line.slice(0, colon).trim().toLowerCase() !== 'content-length') continue
    const value = line.slice(colon + 1).trim()
    if (!/^\d{1,12}$/.test(value) || length !== undefined) return undefined
    length = Number(value)
  }

  return length
}

function indexOfIgnoringCase(buffer: Buffer, from: number): number {
  for (let index = buffer.indexOf(':', from); index !== -1; index = buffer.indexOf(':', index + 1)) {
    const start = index - marker.length + 1
    if (start < from) continue
    let same = true
    for (let offset = 0; offset < marker.length && same; offset++) {
      const byte = buffer[start + offset]
      same = (byte >= 65 && byte <= 90 ? byte + 32 : byte) === marker[offset]
    }

    if (same) return start
  }

  return -1
}
