import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { InputError, readSource } from '../../src/inputs/index.ts';
import { SUM_LINES, lintSource, positionOf } from './helpers.ts';

const TEXT = SUM_LINES.join('\n') + '\n';
const bytes = (b: Buffer | Uint8Array) => new Uint8Array(b);
const utf16be = (s: string) => {
  const b = Buffer.from(s, 'utf16le');
  b.swap16();
  return b;
};

describe('readSource: encodings', () => {
  const cases: Array<[string, Uint8Array, string]> = [
    ['UTF-8', bytes(Buffer.from(TEXT, 'utf8')), 'utf-8'],
    ['UTF-8 with BOM', bytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT, 'utf8')])), 'utf-8-bom'],
    ['UTF-16 LE with BOM', bytes(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TEXT, 'utf16le')])), 'utf-16le'],
    ['UTF-16 BE with BOM', bytes(Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(TEXT)])), 'utf-16be'],
    ['UTF-16 LE without BOM', bytes(Buffer.from(TEXT, 'utf16le')), 'utf-16le'],
    ['UTF-16 BE without BOM', bytes(utf16be(TEXT)), 'utf-16be'],
    ['GB18030', bytes(iconv.encode(TEXT, 'gb18030')), 'gb18030'],
    ['GBK', bytes(iconv.encode(TEXT, 'gbk')), 'gb18030'],
  ];
  for (const [name, data, encoding] of cases) {
    it(`decodes ${name}`, async () => {
      const src = await readSource('draft.txt', data);
      expect(src.encoding).toBe(encoding);
      expect(src.text).toBe(TEXT);
      expect(src.text.charCodeAt(0)).not.toBe(0xfeff);
      expect(src.format).toBe('text');
      expect(src.kind).toBe('text');
    });
  }

  it('decodes GB18030 characters outside GBK (four-byte sequences)', async () => {
    const text = '𠀀年度预算说明：€ 与 ㄦ';
    const src = await readSource('a.txt', bytes(iconv.encode(text, 'gb18030')));
    expect(src).toMatchObject({ text, encoding: 'gb18030' });
  });

  it('keeps the format from the extension', async () => {
    expect((await readSource('报告.md', bytes(Buffer.from('# 标题\n')))).format).toBe('markdown');
    expect((await readSource('报告.MARKDOWN', bytes(Buffer.from('# 标题\n')))).kind).toBe('markdown');
    expect((await readSource('报告.txt', bytes(Buffer.from('# 标题\n')))).format).toBe('text');
  });

  it('reads an empty file', async () => {
    expect(await readSource('empty.md', new Uint8Array())).toMatchObject({ text: '', encoding: 'utf-8' });
    expect(await readSource('bom.md', new Uint8Array([0xef, 0xbb, 0xbf]))).toMatchObject({ text: '', encoding: 'utf-8-bom' });
  });

  it('refuses binary files and undecodable bytes with a one-line InputError', async () => {
    const cases = [
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01, 0xff, 0x13]),
      new Uint8Array([0xe4, 0xb8, 0xad, 0x80, 0xff, 0xfe, 0xfd, 0x20, 0x81]),
      new Uint8Array([0xff, 0xfe, 0x41]), // UTF-16 with an odd byte count
      new Uint8Array([0xef, 0xbb, 0xbf, 0xc3, 0x28]),
    ];
    for (const data of cases) {
      const err = await readSource('x.txt', data).catch((e) => e);
      expect(err).toBeInstanceOf(InputError);
      expect(err.message).not.toMatch(/\n/);
      expect(err.message.length).toBeGreaterThan(10);
    }
  });
});

describe('readSource: positions stay exact', () => {
  const expected = positionOf(SUM_LINES, '31.62亿元');
  const encoders: Array<[string, (s: string) => Uint8Array]> = [
    ['UTF-8 BOM', (s) => bytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(s, 'utf8')]))],
    ['UTF-16 LE', (s) => bytes(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(s, 'utf16le')]))],
    ['GB18030', (s) => bytes(iconv.encode(s, 'gb18030'))],
  ];
  for (const [eol, sep] of [['LF', '\n'], ['CRLF', '\r\n'], ['CR', '\r']] as const) {
    for (const [name, encode] of encoders) {
      it(`${name} + ${eol}: the sum-mismatch finding and its related figures land on the right line and column`, async () => {
        const text = SUM_LINES.join(sep) + sep;
        const src = await readSource('draft.txt', encode(text));
        expect(src.text).toBe(text);
        const [f] = lintSource(src).filter((x) => x.ruleId === 'sum-mismatch');
        expect(f).toBeDefined();
        expect({ line: f.line, column: f.column }).toEqual(expected);
        expect(f.endLine).toBe(expected.line);
        expect(f.endColumn).toBe(expected.column + '31.62亿元'.length);
        expect(src.text.slice(f.range.start, f.range.end)).toBe('31.62亿元');
        expect(f.related.map((r) => src.text.slice(r.range.start, r.range.end))).toEqual(['2.4亿元', '13.4亿元', '10.2亿元']);
      });
    }
  }

  it('the same finding in Markdown read from a UTF-8 BOM + CRLF file', async () => {
    const text = SUM_LINES.join('\r\n\r\n');
    const src = await readSource('draft.md', bytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')])));
    const [f] = lintSource(src, 'draft.md').filter((x) => x.ruleId === 'sum-mismatch');
    // Blank lines between blocks: line 2 of SUM_LINES is line 3 of the file.
    expect({ line: f.line, column: f.column }).toEqual({ line: 3, column: expected.column });
  });
});
