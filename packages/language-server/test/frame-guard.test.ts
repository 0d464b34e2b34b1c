import { describe, expect, it } from 'vitest';
import { FrameGuard } from '../src/frame-guard.ts';

const frame = (body: string) => `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;

async function run(chunks: Array<string | Buffer>): Promise<{ out: string; dropped: string[] }> {
  const dropped: string[] = [];
  const g = new FrameGuard((r) => dropped.push(r));
  const parts: Buffer[] = [];
  g.on('data', (d: Buffer) => parts.push(d));
  for (const c of chunks) g.write(typeof c === 'string' ? Buffer.from(c) : c);
  g.end();
  await new Promise((r) => g.on('end', r));
  return { out: Buffer.concat(parts).toString(), dropped };
}

describe('FrameGuard', () => {
  const a = frame('{"jsonrpc":"2.0","method":"a","params":{"t":"合计31.62亿元"}}');
  const b = frame('{"jsonrpc":"2.0","id":1,"method":"b"}');

  it('passes well-framed messages through, however the bytes are split', async () => {
    const all = a + b;
    const bytes = Buffer.from(all);
    for (const cut of [1, 7, 20, 40, bytes.length - 1]) {
      const dropped: string[] = [];
      const g = new FrameGuard((r) => dropped.push(r));
      const parts: Buffer[] = [];
      g.on('data', (d: Buffer) => parts.push(d));
      g.write(bytes.subarray(0, cut));
      g.write(bytes.subarray(cut));
      g.end();
      await new Promise((r) => g.on('end', r));
      expect(Buffer.concat(parts).toString()).toBe(all);
      expect(dropped).toEqual([]);
    }
  });

  it('drops headers without a usable Content-Length and goes on in the same chunk', async () => {
    const r = await run([`X-Garbage: 1\r\n\r\n${a}Content-Length: lots\r\n\r\n${b}`]);
    expect(r.out).toBe(a + b);
    expect(r.dropped).toHaveLength(2);
  });

  it('resynchronises after stray bytes', async () => {
    const r = await run([`\r\n}}garbage{{${a}`, `\n\n${b}`]);
    expect(r.out).toBe(a + b);
    expect(r.dropped).toHaveLength(2);
  });

  it('rebuilds the header from the accepted length, and drops bodies that are not JSON-RPC messages', async () => {
    const typed = `Content-Type: application/vscode-jsonrpc; charset=utf-8\r\nContent-Length: 2\r\n\r\n{}`;
    const bad = frame('{"jsonrpc":');
    const r = await run([typed + bad + b]);
    expect(r.out).toBe(frame('{}') + b);
    expect(r.dropped).toHaveLength(1);
  });

  // Each malformed header is followed by a valid message that must come through, alone and cleanly framed.
  const body = '{"jsonrpc":"2.0","id":7,"method":"x","params":{"n":12}}';
  const MALFORMED: Record<string, string> = {
    'two Content-Length headers': `Content-Length: 2\r\nContent-Length: ${body.length}\r\n\r\n${body}`,
    'two equal Content-Length headers': `Content-Length: ${body.length}\r\ncontent-length: ${body.length}\r\n\r\n${body}`,
    'a header line without a colon': `Content-Length: ${body.length}\r\nX-Garbage\r\n\r\n${body}`,
    'a non-numeric length': `Content-Length: lots\r\n\r\n${body}`,
    'a negative length': `Content-Length: -5\r\n\r\n${body}`,
    'a huge length': `Content-Length: 99999999999999999999\r\n\r\n${body}`,
    'a length too long for its body': `Content-Length: 900000\r\n\r\n${body}`,
    'a length too short for its body': `Content-Length: 9\r\n\r\n${body}`,
    'a length of zero': `Content-Length: 0\r\n\r\n${body}`,
    'no Content-Length at all': `Content-Type: application/json\r\n\r\n${body}`,
    'garbage bytes': `\u0000\u00ff}{garbage\r\n\r\n${body}`,
    'a header cut short by garbage': `Content-Len\u0000gth: 5\r\n\r\n${body}`,
  };
  for (const [name, malformed] of Object.entries(MALFORMED)) {
    it(`skips ${name} and passes the next message, in one chunk or byte by byte`, async () => {
      const whole = await run([malformed + b]);
      expect(whole.out).toBe(b);
      expect(whole.dropped.length).toBeGreaterThan(0);
      const bytes = Buffer.from(malformed + b);
      const split = await run(Array.from(bytes, (x) => Buffer.from([x])));
      expect(split.out).toBe(b);
    });
  }

  it('gives up on an endless header', async () => {
    const r = await run([`Content-Length: 1${'1'.repeat(9000)}`, a]);
    expect(r.dropped).toContain('header too long');
  });
});

describe('FrameGuard on a large message', () => {
  it('passes a 4 MB body sent in 1 KB chunks intact, after a malformed frame', async () => {
    const text = '一般公共预算支出合计3万元。'.repeat(100_000);
    const body = JSON.stringify({ jsonrpc: '2.0', method: 'textDocument/didOpen', params: { text } });
    const good = `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
    const bytes = Buffer.from(`Content-Length: 5\r\nContent-Length: 6\r\n\r\n{"a":1}${good}`);
    const chunks: Buffer[] = [];
    for (let i = 0; i < bytes.length; i += 1024) chunks.push(bytes.subarray(i, i + 1024));
    const dropped: string[] = [];
    const g = new FrameGuard((r) => dropped.push(r));
    const parts: Buffer[] = [];
    g.on('data', (d: Buffer) => parts.push(d));
    for (const c of chunks) g.write(c);
    g.end();
    await new Promise((r) => g.on('end', r));
    expect(parts).toHaveLength(1);
    expect(parts[0].equals(Buffer.from(good))).toBe(true);
    expect(dropped.length).toBeGreaterThan(0);
  });
});
