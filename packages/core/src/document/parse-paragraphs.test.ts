import { describe, expect, it } from 'vitest';
import { parseDocument } from './index.ts';

// A .docx is read one Word paragraph a line: no rule may join two paragraphs, and a
// finding's line is the paragraph's number in the document.
describe("the 'paragraphs' format", () => {
  const text = [
    '某区2025年区级预算相关事项的说明',
    '',
    '2025年区级“三公”经费预算安排1,028万元，其中因公出国（境）费46万元，',
    '公务用车购置及运行维护费612万元，公务接待费370万元。',
    '<!-- budgetlint-disable-next-line sum-mismatch -->',
    '单位：万元',
    '| 项目 | 预算数 |',
    '| --- | --- |',
    '| 工资福利支出 | 100 |',
    '| 合计 | 160 |',
    '1. 以上数据为预算数。',
  ].join('\n');
  const doc = parseDocument(text, 'paragraphs');

  it('makes every non-empty line a block of its own, however wrapped the lines look', () => {
    const paras = doc.blocks.filter((b) => b.kind !== 'table-row').map((b) => b.text);
    expect(paras).toContain('2025年区级“三公”经费预算安排1,028万元，其中因公出国（境）费46万元，');
    expect(paras).toContain('公务用车购置及运行维护费612万元，公务接待费370万元。');
    expect(paras[paras.length - 1]).toMatch(/以上数据为预算数。$/);
    expect(doc.blocks).toHaveLength(8);
  });

  it('reads a run of | lines as one table, with the unit line before it', () => {
    const rows = doc.blocks.filter((b) => b.kind === 'table-row');
    expect(rows.map((r) => r.table?.row)).toEqual([0, 1, 2]);
    expect(rows.every((r) => r.table?.unit === '万元')).toBe(true);
  });

  it('keeps offsets on the source and reads directives from comment lines', () => {
    for (const b of doc.blocks) {
      const start = b.map.toSource(0);
      expect(text.slice(start, start + 2)).toBe(b.text.slice(0, 2));
    }
    expect(doc.directives).toHaveLength(1);
  });
});
