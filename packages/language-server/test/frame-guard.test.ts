import { describe, expect, it } from 'vitest';
import { FrameGuard } from '../src/frame-guard.ts';

const frame = (body: string) => `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;

async function run(chunks: string[]): Promise<{ out: string; dropped: string[] }> {
  const dropped: string[] = [];
  const g = new FrameGuard((r) => dropped.push(r));
  const parts: Buffer[] = [];
  g.on('data', (d: Buffer) => parts.push(d));
  for (const c of chunks) g.write(Buffer.from(c));
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

  it('keeps other headers (Content-Type) and bodies that are not JSON (the reader reports those)', async () => {
    const typed = `Content-Type: application/vscode-jsonrpc; charset=utf-8\r\nContent-Length: 2\r\n\r\n{}`;
    const bad = frame('{"jsonrpc":');
    const r = await run([typed + bad]);
    expect(r.out).toBe(typed + bad);
    expect(r.dropped).toEqual([]);
  });

  it('gives up on an endless header', async () => {
    const r = await run([`Content-Length: 1${'1'.repeat(9000)}`, a]);
    expect(r.dropped).toContain('header too long');
  });
});
