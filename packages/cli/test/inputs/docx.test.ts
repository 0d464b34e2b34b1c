import { describe, expect, it } from 'vitest';
import { deflateRawSync } from 'node:zlib';
import { parseDocument } from '@budgetlint/core';
import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { InputError, readSource } from '../../src/inputs/index.ts';
import { readCentralDirectory } from '../../src/inputs/zip.ts';
import { SUM_LINES, lintSource, makeZip, positionOf } from './helpers.ts';

type Child = Paragraph | Table;

async function docxFile(children: Child[]): Promise<Uint8Array> {
  const doc = new Document({ sections: [{ children }] });
  return new Uint8Array(await Packer.toBuffer(doc));
}

const p = (text: string) => new Paragraph({ children: [new TextRun(text)] });
const cell = (text: string, opts: { columnSpan?: number; rowSpan?: number } = {}) =>
  new TableCell({ children: [p(text)], ...opts });
const row = (...cells: TableCell[]) => new TableRow({ children: cells });

describe('readSource: .docx', () => {
  it('reads every Word paragraph as its own block and maps findings back to the paragraph number', async () => {
    const paragraphs = ['2025年预算公开说明', '', ...SUM_LINES];
    const src = await readSource('说明.docx', await docxFile(paragraphs.map(p)));
    expect(src).toMatchObject({ format: 'paragraphs', kind: 'docx', encoding: 'docx' });
    const kept = paragraphs.filter(Boolean);
    // Line k is paragraph k, the empty one included; ¶ counts the non-empty ones, as Word does.
    expect(src.text).toBe(paragraphs.join('\n'));
    expect(src.places?.map((pl) => [pl.paragraph, src.text.slice(pl.start, pl.end)])).toEqual(kept.map((t, i) => [i + 1, t]));
    const [f] = lintSource(src, '说明.docx').filter((x) => x.ruleId === 'sum-mismatch');
    expect(src.text.slice(f.range.start, f.range.end)).toBe('31.62亿元');
    const place = src.places!.find((pl) => pl.start <= f.range.start && f.range.start < pl.end);
    expect(place?.paragraph).toBe(3);
    expect(f.related.map((r) => src.text.slice(r.range.start, r.range.end))).toEqual(['2.4亿元', '13.4亿元', '10.2亿元']);
  });

  it('keeps paragraphs apart when core would take them for wrapped lines', async () => {
    const items = Array.from({ length: 10 }, (_, i) => `第${i}项城乡居民基本医疗保险补助资金安排`);
    const src = await readSource('list.docx', await docxFile(items.map(p)));
    expect(src.format).toBe('paragraphs');
    expect(src.text).toBe(items.join('\n'));
    expect(parseDocument(src.text, src.format).blocks.map((b) => b.text)).toEqual(items);
  });

  it('joins runs and keeps tabs; a line break inside a paragraph becomes a space', async () => {
    const para = new Paragraph({
      children: [new TextRun('一般公共预算'), new TextRun({ text: '收入', bold: true }), new TextRun({ text: '合计', break: 1 }), new TextRun('\t100万元')],
    });
    const src = await readSource('a.docx', await docxFile([para, p('第二段')]));
    expect(src.text).toBe('一般公共预算收入 合计\t100万元\n第二段');
  });

  it('turns tables into Markdown pipe tables that core reads as tables (合计 row checked)', async () => {
    const table = new Table({
      rows: [
        row(cell('项目'), cell('金额（万元）')),
        row(cell('工资福利支出'), cell('100')),
        row(cell('商品和服务支出'), cell('50')),
        row(cell('合计'), cell('160')),
      ],
    });
    const src = await readSource('表.docx', await docxFile([p('三、支出情况'), p('单位：万元'), table, p('以上为支出情况。')]));
    expect(src.format).toBe('paragraphs');
    expect(src.text).toBe(
      [
        '三、支出情况',
        '单位：万元',
        '| 项目 | 金额（万元） |',
        '| --- | --- |',
        '| 工资福利支出 | 100 |',
        '| 商品和服务支出 | 50 |',
        '| 合计 | 160 |',
        '以上为支出情况。',
      ].join('\n'),
    );
    const found = lintSource(src, '表.docx').filter((x) => x.ruleId === 'sum-mismatch');
    expect(found).toHaveLength(1);
    const lines = src.text.split('\n');
    expect(found[0].line).toBe(7);
    expect(lines[6].slice(found[0].column - 1, found[0].endColumn - 1)).toBe('160');
  });

  it('spreads merged cells over the grid and keeps cell text intact', async () => {
    const table = new Table({
      rows: [
        row(cell('科目', { rowSpan: 2 }), cell('2025年', { columnSpan: 2 })),
        row(cell('预算'), cell('执行')),
        row(cell('教育|科技'), cell('10'), cell('9')),
      ],
    });
    const src = await readSource('m.docx', await docxFile([table]));
    expect(src.text.split('\n')).toEqual([
      '| 科目 | 2025年 |  |',
      '| --- | --- | --- |',
      '|  | 预算 | 执行 |',
      '| 教育｜科技 | 10 | 9 |',
    ]);
  });

  it('keeps paragraphs that look like Markdown syntax as paragraphs, same length, same columns', async () => {
    const paras = ['# 不是标题', '1. 一般公共预算收入1亿元', '> 引用', '```', '<div>正文</div>', '---'];
    const table = new Table({ rows: [row(cell('项目'), cell('金额'))] });
    const src = await readSource('s.docx', await docxFile([...paras.map(p), table]));
    const blocks = src.text.split('\n');
    expect(blocks.slice(0, paras.length).map((b) => b.length)).toEqual(paras.map((x) => x.length));
    expect(blocks[1]).toBe('1.\u00a0一般公共预算收入1亿元');
    expect(blocks[3]).toBe('｀｀｀');
  });

  it('honours a budgetlint-disable comment typed into a Word paragraph', async () => {
    const paras = ['<!-- budgetlint-disable-next-line sum-mismatch -- 口径不同 -->', SUM_LINES[1], ...SUM_LINES.slice(2)];
    const src = await readSource('d.docx', await docxFile(paras.map(p)));
    expect(src.format).toBe('paragraphs');
    const { lint } = await import('@budgetlint/core');
    const { rules } = await import('@budgetlint/rules');
    const r = lint(src.text, { format: src.format, rules });
    expect(r.findings.filter((f) => f.ruleId === 'sum-mismatch')).toEqual([]);
    expect(r.suppressed.map((f) => f.ruleId)).toContain('sum-mismatch');
  });

  it('keeps a comment paragraph right above what it governs, tables included', async () => {
    const table = new Table({ rows: [row(cell('项目'), cell('金额')), row(cell('甲'), cell('1')), row(cell('合计'), cell('2'))] });
    const src = await readSource('d.docx', await docxFile([p('说明'), p('<!-- budgetlint-disable-next-line sum-mismatch -->'), table]));
    expect(src.text).toBe('说明\n<!-- budgetlint-disable-next-line sum-mismatch -->\n| 项目 | 金额 |\n| --- | --- |\n| 甲 | 1 |\n| 合计 | 2 |');
    const doc = parseDocument(src.text, src.format);
    expect(doc.directives).toHaveLength(1);
    expect(doc.blocks.filter((b) => b.kind === 'table-row')).toHaveLength(3);
  });

  it('refuses a corrupt or truncated archive with a one-line InputError', async () => {
    const good = await docxFile([p('正文')]);
    const bad = [
      new Uint8Array(Buffer.from('这不是一个 docx 文件')),
      good.subarray(0, Math.floor(good.length / 2)),
      new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22]),
      makeZip([{ name: 'hello.txt', data: Buffer.from('not word') }]),
    ];
    for (const data of bad) {
      const err = await readSource('坏.docx', data).catch((e) => e);
      expect(err).toBeInstanceOf(InputError);
      expect(err.message).not.toMatch(/[\r\n]/);
      expect(err.message).toMatch(/zip|docx|Word/);
    }
  });

  it('refuses an archive whose directory claims a huge uncompressed size', async () => {
    const bomb = makeZip([
      { name: '[Content_Types].xml', data: Buffer.from('<Types/>') },
      { name: 'word/document.xml', data: Buffer.from('<w:document/>'), claimUncompressed: 0xfffffff0 },
    ]);
    const err = await readSource('bomb.docx', bomb).catch((e) => e);
    expect(err).toBeInstanceOf(InputError);
    expect(err.message).toMatch(/more than 50 MB/);
    expect(err.message).not.toMatch(/\n/);
  });

  it('reads ZIP64 sizes: a directory claiming 5 GB in its ZIP64 field is refused', async () => {
    const bomb = makeZip([{ name: 'word/document.xml', data: Buffer.from('<w:document/>'), claimUncompressed: 5 * 1024 ** 3, zip64: true }]);
    expect(readCentralDirectory(bomb)[0]).toMatchObject({ name: 'word/document.xml', uncompressedSize: 5 * 1024 ** 3 });
    const err = await readSource('bomb64.docx', bomb).catch((e) => e);
    expect(err).toBeInstanceOf(InputError);
    expect(err.message).toMatch(/more than 50 MB/);
  });

  it('refuses many entries that only add up to too much, and absurd ratios', async () => {
    const many = makeZip(Array.from({ length: 30 }, (_, i) => ({ name: `word/media/p${i}.xml`, data: Buffer.from('x'), claimUncompressed: 2_000_000, claimCompressed: 1_000_000 })));
    expect((await readSource('many.docx', many).catch((e) => e)).message).toMatch(/more than 50 MB/);
    const ratio = makeZip([{ name: 'word/document.xml', data: Buffer.from('x'), claimUncompressed: 20_000_000 }]);
    expect((await readSource('ratio.docx', ratio).catch((e) => e)).message).toMatch(/compression ratio/);
  });

  it('catches an entry that inflates beyond the size its directory record declares', async () => {
    const zeros = new Uint8Array(8 * 1024 * 1024);
    const compressed = deflateRawSync(zeros);
    expect(compressed.length).toBeLessThan(20_000);
    const liar = makeZip([{ name: 'word/document.xml', data: zeros, claimUncompressed: 4096 }]);
    const err = await readSource('liar.docx', liar).catch((e) => e);
    expect(err).toBeInstanceOf(InputError);
    expect(err.message).toMatch(/expands beyond its declared 4096 bytes/);
  });
});
