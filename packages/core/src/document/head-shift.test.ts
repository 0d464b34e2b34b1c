import { describe, expect, it } from 'vitest';
import { parseDocument } from './index.ts';

// A head one column off its figures, as text rebuilt from a PDF leaves it (the head centred, the figures set right).
const heads = (src: string) => {
  const doc = parseDocument(src, 'markdown');
  const h = doc.blocks.find((b) => b.table?.header)!;
  return h.cells!.map((c) => h.text.slice(c.start, c.end).trim());
};

describe('a head set one column off its figures', () => {
  it('moves to the headless column beside it that holds the figures', () => {
    const src = '| 项目 | 2024年预算数 | 2025年预算数 | 比上年增减 金额 | % |  |\n| --- | --- | --- | --- | --- | --- |\n| 一、税收收入 | 3,360 | 3,520 | 160 |  | 4.8 |\n| 二、非税收入 | 640 | 680 | 40 |  | 6.3 |\n';
    expect(heads(src)).toEqual(['项目', '2024年预算数', '2025年预算数', '比上年增减 金额', '', '%']);
  });

  it('moves left as well', () => {
    const src = '| 科目 |  | 支出 项目 | 金额 |\n| --- | --- | --- | --- |\n| 201 | 一般公共服务支出 |  | 8,113.67 |\n| 208 | 社会保障和就业支出 |  | 1,240.00 |\n';
    expect(heads(src)).toEqual(['科目', '支出 项目', '', '金额']);
  });

  it('stays where it is when both neighbours are headless columns with figures, or its own column has any', () => {
    const both = '| 项目 |  | 金额 |  |\n| --- | --- | --- | --- |\n| 甲 | 1 |  | 2 |\n| 乙 | 3 |  | 4 |\n';
    expect(heads(both)).toEqual(['项目', '', '金额', '']);
    const own = '| 项目 | 金额 |  |\n| --- | --- | --- |\n| 甲 | 1 | 2 |\n| 乙 |  | 4 |\n';
    expect(heads(own)).toEqual(['项目', '金额', '']);
  });
});
