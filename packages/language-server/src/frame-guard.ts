import { Transform, type TransformCallback } from 'node:stream';

const HEADER_END = Buffer.from('\r\n\r\n');
const MAX_HEADER = 8 * 1024;
/** Far above any document an editor sends; a larger length is a corrupt header, not a message to wait for. */
export const MAX_BODY = 512 * 1024 * 1024;
/** Enough of a tail to hold "Content-Length" cut by a chunk boundary. */
const KEEP = 64;

// A header field as RFC 7230 spells it: token ":" value.
const FIELD = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+:[ \t]*[^\r\n]*$/;
const CONTENT_LENGTH = /^content-length:[ \t]*([^\r\n]*?)[ \t]*$/i;
// Where a frame may begin again. The same bytes with a raw CR LF after the
// number can never be part of a JSON body (outside strings the letters are
// not JSON; inside strings raw CR and LF are not allowed), so finding them
// inside a body proves the body's length was wrong.
const RESYNC = /content-length[ \t]*:/gi;
const HEADER_INSIDE_BODY = /content-length[ \t]*:[ \t]*\d+[ \t]*\r\n/gi;

/**
 * Sits between stdin and the JSON-RPC reader and passes on only well-framed
 * messages, each with a header rebuilt from the one length it accepted
 * (`Content-Length: N`), so the reader can never fall out of step:
 * - stray bytes before a header are skipped up to the next `Content-Length:`;
 * - a header block that is not exactly one numeric `Content-Length` among
 *   well-formed fields (two lengths, a line without a colon, `-1`, `lots`,
 *   a length beyond MAX_BODY) is dropped, and with it its body;
 * - a body that turns out to hold the start of the next frame (its length
 *   was too long), or is not a JSON object or array, is dropped, and
 *   reading resumes at the next frame.
 * Every drop is reported once through `onDrop`.
 */
export class FrameGuard extends Transform {
  private buffer: Buffer = Buffer.alloc(0);
  /** Backing store `buffer` grows in, doubling: a body of many chunks is copied O(1) times per byte, not once per chunk. */
  private store: Buffer = Buffer.alloc(0);
  private used = 0;
  private bodyLength = -1;
  /** How far the pending body has been searched for a frame start. */
  private scanned = 0;

  constructor(
    private readonly onDrop: (reason: string) => void = () => undefined,
    private readonly maxBody = MAX_BODY,
  ) {
    super();
  }

  override _transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback): void {
    this.append(chunk);
    try {
      this.drain();
    } catch (e) {
      this.onDrop(`framing: ${(e as Error).message}`);
      this.buffer = Buffer.alloc(0);
      this.bodyLength = -1;
    }
    done();
  }

  private append(chunk: Buffer): void {
    if (!this.buffer.length) {
      this.buffer = chunk;
      return;
    }
    const need = this.buffer.length + chunk.length;
    const off = this.buffer.byteOffset - this.store.byteOffset;
    const atEnd = this.buffer.buffer === this.store.buffer && off >= 0 && off + this.buffer.length === this.used;
    if (atEnd && off + need <= this.store.length) {
      chunk.copy(this.store, this.used);
      this.used += chunk.length;
      this.buffer = this.store.subarray(off, off + need);
      return;
    }
    const store = Buffer.allocUnsafeSlow(Math.max(2 * need, 64 * 1024));
    this.buffer.copy(store, 0);
    chunk.copy(store, this.buffer.length);
    this.store = store;
    this.used = need;
    this.buffer = store.subarray(0, need);
  }

  /**
   * Drops everything before the next `Content-Length:` at or after `from`;
   * without one, keeps only a tail that may be such a header cut short by
   * the chunk. Returns whether a header start was found.
   */
  private resyncFrom(from: number): boolean {
    const text = this.buffer.toString('latin1', from);
    RESYNC.lastIndex = 0;
    const m = RESYNC.exec(text);
    this.bodyLength = -1;
    if (m) {
      this.buffer = this.buffer.subarray(from + m.index);
      return true;
    }
    const tail = Math.max(text.length - KEEP, text.lastIndexOf('C'), text.lastIndexOf('c'));
    const cut = text[tail] === 'C' || text[tail] === 'c' ? tail : text.length;
    this.buffer = this.buffer.subarray(from + cut);
    return false;
  }

  private drain() {
    for (;;) {
      if (this.bodyLength < 0) {
        if (!this.buffer.length) return;
        // A header starts with a field name (one cut short by the chunk is fine).
        if (!/^[A-Za-z][A-Za-z0-9-]*(?::|$)/.test(this.buffer.toString('latin1', 0, 64))) {
          this.onDrop('bytes outside any message');
          if (!this.resyncFrom(1)) return;
          continue;
        }
        const end = this.buffer.indexOf(HEADER_END);
        if (end < 0 || end > MAX_HEADER) {
          if (end < 0 && this.buffer.length <= MAX_HEADER) return;
          this.onDrop('header too long');
          this.resyncFrom(1);
          continue;
        }
        const header = this.buffer.toString('latin1', 0, end);
        const length = this.acceptedLength(header);
        if (length === undefined) {
          // The body of a dropped header is not a message either: skip to the next frame.
          this.buffer = this.buffer.subarray(end + HEADER_END.length);
          this.resyncFrom(0);
          continue;
        }
        this.buffer = this.buffer.subarray(end + HEADER_END.length);
        this.bodyLength = length;
        this.scanned = 0;
      }
      // Does the pending body hold the start of another frame? Then this one's length was wrong.
      const limit = Math.min(this.buffer.length, this.bodyLength);
      if (limit > this.scanned) {
        const from = Math.max(0, this.scanned - KEEP);
        const text = this.buffer.toString('latin1', from, limit);
        HEADER_INSIDE_BODY.lastIndex = 0;
        const m = HEADER_INSIDE_BODY.exec(text);
        if (m) {
          this.onDrop(`a message shorter than its Content-Length (${this.bodyLength})`);
          this.buffer = this.buffer.subarray(from + m.index);
          this.bodyLength = -1;
          continue;
        }
        this.scanned = limit;
      }
      if (this.buffer.length < this.bodyLength) return;
      const body = this.buffer.subarray(0, this.bodyLength);
      this.buffer = this.buffer.subarray(this.bodyLength);
      const length = this.bodyLength;
      this.bodyLength = -1;
      if (!looksLikeJson(body)) {
        this.onDrop(`a body of ${length} bytes that is not a JSON-RPC message`);
        continue;
      }
      this.push(Buffer.concat([Buffer.from(`Content-Length: ${length}\r\n\r\n`, 'latin1'), body]));
    }
  }

  /** The one length a well-formed header block gives, or undefined (reported) when it is malformed. */
  private acceptedLength(header: string): number | undefined {
    const shown = JSON.stringify(header.slice(0, 200));
    const lengths: string[] = [];
    for (const line of header.split('\r\n')) {
      if (!FIELD.test(line)) {
        this.onDrop(`a header line that is not "Name: value": ${shown}`);
        return undefined;
      }
      const m = CONTENT_LENGTH.exec(line);
      if (m) lengths.push(m[1]);
    }
    if (lengths.length !== 1) {
      this.onDrop(`${lengths.length ? 'more than one' : 'no'} Content-Length: ${shown}`);
      return undefined;
    }
    if (!/^\d{1,10}$/.test(lengths[0]) || Number(lengths[0]) > this.maxBody) {
      this.onDrop(`a Content-Length that is not a length up to ${this.maxBody}: ${shown}`);
      return undefined;
    }
    return Number(lengths[0]);
  }
}

const isSpace = (b: number) => b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d;

/** A JSON-RPC message is an object, or an array of them (a batch): the cheap check that catches a misframed body. */
function looksLikeJson(body: Buffer): boolean {
  let i = 0;
  let j = body.length - 1;
  while (i <= j && isSpace(body[i])) i++;
  while (j >= i && isSpace(body[j])) j--;
  if (i > j) return false;
  return (body[i] === 0x7b && body[j] === 0x7d) || (body[i] === 0x5b && body[j] === 0x5d);
}
