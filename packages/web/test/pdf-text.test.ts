import { describe, expect, it } from 'vitest';
import { layoutText, unifyRadicals, type PdfItem, type PdfPage } from '../src/pdf-text.ts';

/** A page of runs: each [text, x, y, width]; 10.5 pt type, an A4-like page. */
function page(runs: Array<[string, number, number, number]>, size = 10.5): PdfPage {
  return { width: 595, height: 842, items: runs.map(([str, x, y, w]): PdfItem => ({ str, x, y, w, size })) };
}

describe('PDF text in the page: reading order from positioned runs', () => {
  it('joins the runs of one baseline left to right, and lines top to bottom', () => {
    const p = page([
      ['亿元。', 300, 100.2, 31.5],
      ['全区一般公共预算收入为28.60', 90, 100, 210],
      ['二、支出情况', 90, 130, 63],
    ]);
    expect(layoutText([p]).text).toBe('全区一般公共预算收入为28.60亿元。\n二、支出情况');
  });

  it('re-joins a paragraph the page wrapped (also across a page break), keeps short lines and indented starts apart', () => {
    const first = page([
      ['一、收入情况', 90, 80, 63],
      ['    2025年全区一般公共预算收入28.60亿元，比上年增长', 90, 100, 415],
      ['5.2%；其中税收收入21.30亿元，非税收入7.30亿元。', 90, 116, 300],
      ['    2025年全区政府性基金预算收入12.40亿元，比上年下', 90, 132, 415],
    ]);
    const second = page([['降3.1%。', 90, 80, 50]]);
    expect(layoutText([first, second]).text.split('\n')).toEqual([
      '一、收入情况',
      '2025年全区一般公共预算收入28.60亿元，比上年增长5.2%；其中税收收入21.30亿元，非税收入7.30亿元。',
      '2025年全区政府性基金预算收入12.40亿元，比上年下降3.1%。',
    ]);
  });

  it('a line indented past the margin starts a paragraph, even after a full line', () => {
    const p = page([
      ['附件：2025年区级部门预算收支总表、财政拨款收支总表及一般公共预算支出表', 90, 100, 415],
      ['2025年区级部门收入预算合计18.30亿元。', 111, 116, 220],
    ]);
    expect(layoutText([p]).text.split('\n')).toHaveLength(2);
  });

  it('a line that ends a sentence at the margin ends its paragraph', () => {
    const p = page([
      ['2025年“三公”经费财政拨款预算为95.6万元，比上年减少4.4万元。', 90, 100, 415],
      ['（一）因公出国（境）费用20.0万元。', 90, 116, 200],
    ]);
    expect(layoutText([p]).text.split('\n')).toHaveLength(2);
  });

  it('drops page numbers', () => {
    for (const n of ['- 4 -', '— 12 —', '第 3 页 共 9 页', '7 / 20', '15']) {
      expect(layoutText([page([['正文。', 90, 100, 31.5], [n, 280, 800, 30]])]).text).toBe('正文。');
    }
    // A figure inside a sentence is not a page number.
    expect(layoutText([page([['合计', 90, 100, 21], ['15', 130, 100, 12]])]).text).toBe('合计 15');
  });

  it('gives radicals that PDF writers map glyphs to their ideographs, one unit for one', () => {
    const raw = '⼀般性转移⽀付⽐上年增加，部⻔预算收⼊，⻓期债务';
    const fixed = unifyRadicals(raw);
    expect(fixed).toBe('一般性转移支付比上年增加，部门预算收入，长期债务');
    expect(fixed.length).toBe(raw.length);
    expect(unifyRadicals('预算收入100万元（2.5%）')).toBe('预算收入100万元（2.5%）');
  });
});
