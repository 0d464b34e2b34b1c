import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { InputError, readSource } from '../../src/inputs/index.ts';

/** Whatever the bytes, readSource either reads them or says why in one line: never another exception. */
async function readsOrExplains(name: string, bytes: Uint8Array): Promise<boolean> {
  try {
    const src = await readSource(name, bytes);
    return typeof src.text === 'string';
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    expect(e.message).not.toMatch(/[\r\n]/);
    return true;
  }
}

describe('readSource never fails with anything but a one-line InputError', () => {
  it('random bytes as .txt and .docx', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 300 }), async (bytes) => {
        expect(await readsOrExplains('a.txt', bytes)).toBe(true);
        expect(await readsOrExplains('a.docx', bytes)).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it('a real .docx with bytes flipped or cut', async () => {
    const p = (t: string) => new Paragraph({ children: [new TextRun(t)] });
    const doc = new Document({
      sections: [{ children: [p('一般公共预算收入100万元。'), new Table({ rows: [new TableRow({ children: [new TableCell({ children: [p('合计')] }), new TableCell({ children: [p('1')] })] })] })] }],
    });
    const good = new Uint8Array(await Packer.toBuffer(doc));
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ at: fc.nat({ max: good.length - 1 }), value: fc.integer({ min: 0, max: 255 }) }), { minLength: 1, maxLength: 8 }),
        fc.option(fc.nat({ max: good.length }), { nil: undefined }),
        async (flips, cut) => {
          const bytes = good.slice(0, cut ?? good.length);
          for (const f of flips) if (f.at < bytes.length) bytes[f.at] = f.value;
          expect(await readsOrExplains('x.docx', bytes)).toBe(true);
        },
      ),
      { numRuns: 120 },
    );
  }, 60_000);
});
