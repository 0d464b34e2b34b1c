import { describe, expect, it } from 'vitest';
import { deflateRawSync } from 'node:zlib';
import { readSource } from '../../cli/src/inputs/index.ts';
import { DraftError, PDF_UNSUPPORTED, readDraft, registerPdfReader } from '../src/read.ts';
import { inflateRawSync } from '../src/shims/zlib.ts';
import { decode } from '../src/shims/iconv-lite.ts';
import { docxDraft, TXT_LINES } from './drafts.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('the page reads drafts as the CLI does', () => {
  it('a .docx: same text, format and positions as `budgetlint`', async () => {
    const bytes = await docxDraft();
    const page = await readDraft('说明.docx', bytes);
    const cli = await readSource('说明.docx', bytes);
    expect(page).toMatchObject({ text: cli.text, format: cli.format, kind: 'docx', encoding: 'docx' });
    expect(page.text).toContain('| 合计 | 2460 |');
  });

  it('UTF-8 with a BOM, UTF-16 and GB18030 .txt drafts decode to the same text', async () => {
    const text = TXT_LINES.join('\r\n');
    const le = new Uint8Array([0xff, 0xfe, ...new Uint8Array(Buffer.from(text, 'utf16le'))]);
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(text)]);
    for (const [bytes, encoding] of [
      [utf8(text), 'utf-8'],
      [bom, 'utf-8-bom'],
      [le, 'utf-16le'],
    ] as const) {
      const d = await readDraft('说明.txt', bytes);
      expect(d).toMatchObject({ text, encoding, format: 'text', kind: 'text' });
    }
  });

  it('the GB18030 shim decodes what iconv-lite decodes, with U+FFFD for bytes it cannot map', () => {
    // "预算收入" in GBK: what Chinese Windows saves as "ANSI".
    const gbk = new Uint8Array([0xd4, 0xa4, 0xcb, 0xe3, 0xca, 0xd5, 0xc8, 0xeb]);
    expect(decode(gbk, 'gb18030')).toBe('预算收入');
    expect(decode(new Uint8Array([0xd4, 0xa4, 0xff]), 'gb18030')).toContain('\uFFFD');
  });

  it('.md is Markdown, .txt is plain text', async () => {
    expect((await readDraft('a.md', utf8('# 标题\n'))).format).toBe('markdown');
    expect((await readDraft('a.TXT', utf8('标题\n'))).format).toBe('text');
  });

  it('unreadable files get one Chinese line naming the problem', async () => {
    const doc = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    await expect(readDraft('旧稿.docx', doc)).rejects.toThrow(/旧版 Word（\.doc）/);
    await expect(readDraft('坏.docx', utf8('这不是一个 docx 文件'))).rejects.toThrow(/不是 \.docx/);
    await expect(readDraft('二进制.txt', new Uint8Array([0x41, 0, 0x42, 0x43, 0, 0x01, 0x02]))).rejects.toThrow(/不是文本文件/);
    await expect(readDraft('图片.png', utf8('x'))).rejects.toThrow(/不支持的文件类型/);
    await expect(readDraft('旧稿.doc', utf8('x'))).rejects.toThrow(/另存为” \.docx/);
    await expect(readDraft('草稿.wps', utf8('x'))).rejects.toThrow(/WPS 文字格式/);
    await expect(readDraft('附表.xlsx', utf8('x'))).rejects.toThrow(/表格文件/);
    const err = await readDraft('a.docx', utf8('PK')).catch((e) => e);
    expect(err).toBeInstanceOf(DraftError);
    expect(err.file).toBe('a.docx');
    expect(err.message).not.toMatch(/\n/);
  });

  it('a .pdf without a registered reader says so; with one, its text is linted like any draft', async () => {
    await expect(readDraft('说明.pdf', utf8('%PDF-1.7'))).rejects.toThrow(PDF_UNSUPPORTED);
    registerPdfReader(async (bytes) => ({ text: `读到${bytes.length}字节`, format: 'text' }));
    try {
      expect(await readDraft('说明.PDF', utf8('%PDF-1.7'))).toMatchObject({ text: '读到8字节', kind: 'pdf', encoding: 'pdf', format: 'text' });
    } finally {
      registerPdfReader(undefined);
    }
  });
});

describe('the browser inflate shim (the .docx zip-bomb guard)', () => {
  const data = utf8('<w:p>预算</w:p>'.repeat(20_000));
  const packed = new Uint8Array(deflateRawSync(data));

  it('inflates raw DEFLATE exactly', () => {
    expect(Buffer.from(inflateRawSync(packed, { maxOutputLength: data.length })).equals(Buffer.from(data))).toBe(true);
  });

  it('stops with Node\'s RangeError as soon as the output passes the limit', () => {
    let err: unknown;
    try {
      inflateRawSync(packed, { maxOutputLength: 1000 });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(RangeError);
    expect((err as { code?: string }).code).toBe('ERR_BUFFER_TOO_LARGE');
  });

  it('garbage is an error, not a hang', () => {
    expect(() => inflateRawSync(new Uint8Array([0xff, 0xff, 0xff, 0xff]))).toThrow();
  });
});
