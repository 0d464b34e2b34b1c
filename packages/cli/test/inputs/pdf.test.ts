import { describe, expect, it } from 'vitest';
import { deflateRawSync, deflateSync, constants } from 'node:zlib';
import { lint, parseDocument } from '@budgetlint/core';
import { rules } from '@budgetlint/rules';
import { InputError, placeAt, readSource } from '../../src/inputs/index.ts';
import { garbled, readPdf } from '../../src/inputs/pdf.ts';
import { flow, writePdf, type PageSpec, type Run } from './pdf-writer.ts';

// PDFs are generated here by a small writer (pdf-writer.ts) in a CJK font read through
// pdf.js's bundled cmaps, so nothing binary is committed and every shape is explicit.

const WRAPPED =
  '2025年，本部门收入预算合计15621.11万元，其中：财政拨款收入15621.11万元，比2024年预算减少876.75万元；事业收入0.00万元；其他收入0.00万元。';

/** A table drawn cell by cell: labels left-aligned at their column, figures right-aligned. */
function tableRuns(rows: string[][], cols: Array<{ x: number; right?: boolean; w?: number }>, top: number, pitch = 20, size = 10.5): Run[] {
  const runs: Run[] = [];
  rows.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (!cell) return;
      const col = cols[c];
      const x = col.right ? col.x + (col.w ?? 80) - Array.from(cell).length * size : col.x;
      runs.push({ x, y: top + r * pitch, text: cell, size });
    }),
  );
  return runs;
}

const lintText = (src: { text: string; format: 'markdown' | 'text' }) => lint(src.text, { filePath: 'x.pdf', format: src.format, rules }).findings;

describe('readSource: .pdf', () => {
  it('joins a paragraph wrapped at the right margin and starts another at an indented line', async () => {
    const { runs } = flow([WRAPPED, '财政拨款收入支出减少的主要原因是项目调整，相关经费按实际需要安排。', '以上为本部门预算编制说明。']);
    const src = await readSource('说明.pdf', writePdf([{ runs }]));
    expect(src).toMatchObject({ kind: 'pdf', format: 'markdown', encoding: 'pdf' });
    expect(src.text).toBe(`${WRAPPED}\n\n财政拨款收入支出减少的主要原因是项目调整，相关经费按实际需要安排。\n\n以上为本部门预算编制说明。\n`);
    expect(parseDocument(src.text, 'markdown').blocks.map((b) => b.kind)).toEqual(['paragraph', 'paragraph', 'paragraph']);
  });

  it('ends a paragraph at a line that stops short of the margin, with no indentation to tell', async () => {
    const { runs } = flow(
      ['其中：一般公共预算拨款支出预算3200.00万元，比上年预算增加120.00万元，主要用于保障机构正常运转和重点项目实施。', '政府性基金拨款支出预算0.00万元，与上年预算持平，国有资本经营预算拨款支出预算0.00万元。'],
      { indent: 0 },
    );
    const src = await readSource('a.pdf', writePdf([{ runs }]));
    expect(src.text.trim().split('\n\n')).toHaveLength(2);
  });

  it('drops running headers, footers and page numbers, and joins a paragraph carried over a page break', async () => {
    const long = `${'本年度一般公共预算财政拨款支出主要用于保障机构运转、履行部门职能和完成重点工作任务，'.repeat(3)}相关支出均按规定程序安排。`;
    const pages: PageSpec[] = [1, 2, 3].map((n) => ({
      runs: [
        { x: 200, y: 40, text: '某区2025年部门预算', size: 9 },
        { x: 280, y: 810, text: `- ${n} -`, size: 9 },
      ],
    }));
    // Page 1 ends in the middle of the long paragraph; page 2 goes on with it.
    const a = flow([long], { top: 740 });
    const onFirst = a.runs.filter((r) => r.y < 780);
    pages[0].runs.push(...onFirst);
    pages[1].runs.push(...a.runs.slice(onFirst.length).map((r, i) => ({ ...r, y: 100 + i * 18 })), ...flow(['第二页的另一段文字。'], { top: 200 }).runs);
    const chars = Array.from(long);
    pages[2].runs.push(...flow(['第三页收入合计100.00万元。'], { top: 100 }).runs);
    const src = await readSource('p.pdf', writePdf(pages));
    expect(src.text).not.toMatch(/某区2025年部门预算|- \d -/);
    const paras = src.text.trim().split('\n\n');
    expect(onFirst.length).toBeGreaterThan(0);
    expect(paras[0]).toBe(long);
    expect(paras.slice(1)).toEqual(['第二页的另一段文字。', '第三页收入合计100.00万元。']);
    expect(src.places?.map((p) => p.page)).toEqual([1, 2, 3]);
    const pageOf = (needle: string) => src.places!.find((p) => p.start <= src.text.indexOf(needle) && src.text.indexOf(needle) < p.end)?.page;
    expect(pageOf('第二页')).toBe(2);
    expect(pageOf('第三页')).toBe(3);
    expect(pageOf(chars.slice(-8).join(''))).toBe(2);
  });

  it('rebuilds a two-column table with 一、…二十四、 row labels as a table whose labels are never headings', async () => {
    const left = ['一、一般公共预算财政拨款收入', '二、政府性基金预算财政拨款收入', '三、国有资本经营预算财政拨款收入', '四、上级补助收入', '五、事业收入', '六、经营收入', '七、附属单位上缴收入', '八、其他收入'];
    const right = Array.from({ length: 24 }, (_, i) => `${'一二三四五六七八九十'[i % 10] === undefined ? '' : ''}${cn(i + 1)}、第${i + 1}类支出`);
    const rows: string[][] = [['项目', '决算数', '项目', '决算数']];
    for (let i = 0; i < 24; i++) rows.push([left[i] ?? '', i < left.length ? (i === 0 ? '307.82' : '') : '', right[i], i % 5 === 0 ? '12.50' : '']);
    rows.push(['本年收入合计', '307.82', '本年支出合计', '307.82']);
    const page: PageSpec = {
      runs: [
        { x: 220, y: 60, text: '收入支出决算总表', size: 14 },
        { x: 460, y: 80, text: '单位：万元', size: 10.5 },
        ...tableRuns(rows, [{ x: 40 }, { x: 220, right: true, w: 60 }, { x: 300 }, { x: 480, right: true, w: 60 }], 100, 20),
      ],
    };
    const src = await readSource('t.pdf', writePdf([page]));
    const doc = parseDocument(src.text, 'markdown');
    const tableRows = doc.blocks.filter((b) => b.kind === 'table-row');
    expect(tableRows).toHaveLength(26);
    expect(tableRows[0].table?.unit).toBe('万元');
    expect(tableRows.find((b) => b.text.includes('二十四、'))?.text).toBe('\t\t二十四、第24类支出\t');
    expect(lintText(src).filter((f) => f.ruleId === 'heading-sequence')).toEqual([]);
  });

  it('checks a PDF table’s 合计 row like a Markdown table’s, and the finding names its page', async () => {
    const rows = [
      ['项目', '本年预算', '上年预算'],
      ['一、一般公共服务支出', '120.50', '110.00'],
      ['二、教育支出', '80.25', '75.00'],
      ['三、卫生健康支出', '40.00', '38.00'],
      ['合计', '250.75', '223.00'],
    ];
    const pages: PageSpec[] = [
      { runs: flow(['一、部门预算编制说明', '本部门2025年支出预算情况见下表，表中数字均按四舍五入列示。']).runs },
      { runs: [{ x: 460, y: 80, text: '单位：万元', size: 10.5 }, ...tableRuns(rows, [{ x: 60 }, { x: 300, right: true }, { x: 420, right: true }], 110, 22)] },
    ];
    const src = await readSource('表.pdf', writePdf(pages, { compress: true }));
    const found = lintText(src).filter((f) => f.ruleId === 'sum-mismatch');
    expect(found).toHaveLength(1);
    expect(found[0].message).toContain('250.75');
    const at = src.text.indexOf('250.75');
    expect(src.places!.find((p) => p.start <= at && at < p.end)?.page).toBe(2);
  });

  it('keeps Markdown syntax in the text from changing the document (escapes, list markers)', async () => {
    const paras = ['1. 收入预算合计100万元，其中*财政拨款*80万元。', '# 不是标题的一行文字', '- 也不是列表项，只是以连字符开头的文字'];
    const { runs } = flow(paras, { indent: 0 });
    const src = await readSource('m.pdf', writePdf([{ runs }]));
    const blocks = parseDocument(src.text, 'markdown').blocks;
    expect(blocks.map((b) => b.kind)).toEqual(['paragraph', 'paragraph', 'paragraph']);
    expect(blocks.map((b) => b.text.replace(/\u00a0/g, ' '))).toEqual(paras);
  });
});

describe('readSource: bad .pdf files end in one InputError line', () => {
  const fails = async (bytes: Uint8Array, re: RegExp) => {
    const e = await readSource('bad.pdf', bytes).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(InputError);
    expect((e as Error).message).toMatch(re);
    expect((e as Error).message).not.toMatch(/\n|\bat .*\.m?js/);
  };
  const page = { runs: flow(['收入预算合计100.00万元。']).runs };

  it('empty, not a PDF, truncated', async () => {
    await fails(new Uint8Array(), /empty file/);
    await fails(new TextEncoder().encode('收入预算合计100万元'), /not a PDF/);
    const whole = writePdf([page]);
    await fails(whole.subarray(0, Math.floor(whole.byteLength * 0.6)), /truncated/);
  });

  it('encrypted with a password', async () => {
    await fails(writePdf([page], { encrypt: true }), /encrypted/);
  });

  it('scanned: pages without a text layer', async () => {
    await fails(writePdf([{ runs: [], image: true }, { runs: [], image: true }]), /no text layer on any of its 2 pages/);
  });

  it('a compressed-object bomb is refused before it is inflated', async () => {
    // 1 MiB of zeros deflated once, its blocks repeated: a content stream claiming gigabytes.
    const block = deflateRawSync(Buffer.alloc(1 << 20), { finishFlush: constants.Z_SYNC_FLUSH });
    const parts = [Buffer.from([0x78, 0x9c]), ...Array(2048).fill(block), Buffer.from([0x03, 0x00])];
    const data = new Uint8Array(Buffer.concat(parts));
    await fails(writePdf([page, page], { rawContent: { page: 2, data } }), /compressed-object bomb/);
  });

  it('text from fonts without a Unicode mapping (private-use symbols) is refused, real text is not', () => {
    expect(garbled('\ue001\ue002\ue003\ue004'.repeat(10))).toBe(true);
    expect(garbled(`${WRAPPED}\ue001`)).toBe(false);
    expect(garbled('\ufffd\ufffd')).toBe(false);
  });

  it('damaged structure', async () => {
    const junk = new TextEncoder().encode('%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
    const e = await readSource('bad.pdf', junk).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(InputError);
  });
});

describe('readPdf: limits', () => {
  const bytes = () => writePdf([{ runs: flow(['收入预算合计100.00万元，其中财政拨款收入100.00万元。']).runs }]);
  const limits = { maxPages: 100, timeoutMs: 60_000, maxHeapMb: 512, maxBytes: 1 << 26 };

  it('a reader that runs out of time or memory ends in one line, and the next file is read again', async () => {
    await expect(readPdf(bytes(), { ...limits, timeoutMs: 1 })).rejects.toThrow(/^PDF took longer than 1 s to read/);
    await expect(readPdf(bytes(), { ...limits, maxHeapMb: 2 })).rejects.toThrow(/^refusing PDF: reading it needs more than 2 MB|^cannot read PDF/);
    await expect(readPdf(bytes(), { ...limits, maxBytes: 100 })).rejects.toThrow(/larger than the 0 MB limit/);
    expect((await readPdf(bytes(), limits)).text).toContain('100.00万元');
  }, 60_000);

  it('flipped bytes in a PDF are read or refused in one line, never anything else', async () => {
    const good = writePdf([{ runs: flow([WRAPPED]).runs }, { runs: flow(['第二页的文字。']).runs }], { compress: true });
    let seed = 7;
    const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % n);
    for (let k = 0; k < 25; k++) {
      const b = good.slice();
      for (let f = 0; f < 1 + rand(6); f++) b[rand(b.length - 8)] = rand(256);
      try {
        const r = await readSource('f.pdf', b);
        expect(typeof r.text).toBe('string');
      } catch (e) {
        expect(e).toBeInstanceOf(InputError);
        expect((e as Error).message).not.toMatch(/[\r\n]/);
      }
    }
  }, 120_000);

  it('reads a 200-page PDF; refuses more pages than its limit', async () => {
    const pages = Array.from({ length: 200 }, (_, i) => ({ runs: flow([`第${i + 1}页：本页一般公共预算财政拨款支出合计${i + 1}.00万元，主要用于保障机构正常运转和完成日常工作任务所需的各项支出。`], { top: 150 }).runs }));
    const bytes = writePdf(pages, { compress: true });
    const r = await readPdf(bytes);
    expect(r.pageCount).toBe(200);
    expect(r.text.trim().split('\n\n')).toHaveLength(200);
    const { places } = await readSource('x.pdf', bytes);
    expect(placeAt(places, r.text.indexOf('第137页'))?.page).toBe(137);
    await expect(readPdf(bytes, { maxPages: 50, timeoutMs: 60_000, maxHeapMb: 512, maxBytes: 1 << 26 })).rejects.toThrow(/200 pages \(limit 50\)/);
  }, 60_000);
});

function cn(n: number): string {
  const d = '零一二三四五六七八九';
  if (n < 10) return d[n];
  if (n < 20) return `十${n % 10 ? d[n % 10] : ''}`;
  return `${d[Math.floor(n / 10)]}十${n % 10 ? d[n % 10] : ''}`;
}

// deflateSync is kept for writers of compressed fixtures elsewhere.
void deflateSync;
