import { Transform, type TransformCallback } from 'node:stream';

const HEADER_END = Buffer.from('\r\n\r\n');
const MAX_HEADER = 8 * 1024;

/**
 * Sits between stdin and the JSON-RPC reader and passes on only well-framed
 * messages (`Content-Length: N` headers followed by N bytes). vscode-jsonrpc
 * stops reading the current chunk at a bad header, so a request arriving in
 * the same chunk as garbage would wait for the next message; here the
 * garbage is dropped (and reported) and reading goes on.
 */
export class FrameGuard extends Transform {
  private buffer: Buffer = Buffer.alloc(0);
  private bodyLength = -1;
  private header: Buffer = Buffer.alloc(0);

  constructor(private readonly onDrop: (reason: string) => void = () => undefined) {
    super();
  }

  override _transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback): void {
    this.buffer = this.buffer.length ? Buffer.concat([this.buffer, chunk]) : chunk;
    try {
      this.drain();
    } catch (e) {
      this.onDrop(`framing: ${(e as Error).message}`);
      this.buffer = Buffer.alloc(0);
      this.bodyLength = -1;
    }
    done();
  }

  private drain() {
    for (;;) {
      if (this.bodyLength < 0) {
        if (!this.buffer.length) return;
        // Resynchronise on stray bytes before a header (a header name cut short by the chunk is fine).
        if (!/^[A-Za-z][A-Za-z0-9-]*(?::|$)/.test(this.buffer.subarray(0, 64).toString('latin1'))) {
          const next = this.buffer.indexOf('Content-Length:', 1, 'latin1');
          this.onDrop('bytes outside any message');
          if (next < 0) {
            this.buffer = Buffer.alloc(0);
            return;
          }
          this.buffer = this.buffer.subarray(next);
        }
        const end = this.buffer.indexOf(HEADER_END);
        if (end < 0) {
          if (this.buffer.length > MAX_HEADER) {
            this.onDrop('header too long');
            this.buffer = Buffer.alloc(0);
          }
          return;
        }
        const header = this.buffer.subarray(0, end + HEADER_END.length);
        this.buffer = this.buffer.subarray(end + HEADER_END.length);
        const m = /^content-length:[ \t]*(\d+)[ \t]*$/im.exec(header.toString('latin1'));
        if (!m) {
          this.onDrop(`header without a valid Content-Length: ${JSON.stringify(header.toString('latin1').slice(0, 200))}`);
          continue;
        }
        this.bodyLength = Number(m[1]);
        this.header = header;
      }
      if (this.buffer.length < this.bodyLength) return;
      const body = this.buffer.subarray(0, this.bodyLength);
      this.buffer = this.buffer.subarray(this.bodyLength);
      this.bodyLength = -1;
      this.push(Buffer.concat([this.header, body]));
    }
  }
}
