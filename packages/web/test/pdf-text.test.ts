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

  it('a line that stops short of the margin by the width of the next line\'s first number was wrapped too', () => {
    // 12 pt type, text column 56–770: the first line ends 4 em short, because "230.00万" did not fit.
    const p: PdfPage = {
      width: 842,
      height: 595,
      items: [
        { str: '2025年度项目总预算960.00万，其中支持企业技术改造410.00万，支持企业数字化转型320.00万，支持企业绿色化发展', x: 86, y: 300, w: 636, size: 12 },
        { str: '230.00万，合计960.00万。', x: 56, y: 315, w: 170, size: 12 },
        { str: '七、绩效目标', x: 62, y: 330, w: 72, size: 12 },
        { str: '根据专项资金管理办法，制定实施流程和细则，明确申报指南，发布项目申报通知，组织项目审核、跟踪和评估工作，', x: 86, y: 345, w: 684, size: 12 },
        { str: '按程序落实拨付。', x: 56, y: 360, w: 96, size: 12 },
      ],
    };
    expect(layoutText([p]).text.split('\n')).toEqual([
      '2025年度项目总预算960.00万，其中支持企业技术改造410.00万，支持企业数字化转型320.00万，支持企业绿色化发展230.00万，合计960.00万。',
      '七、绩效目标',
      '根据专项资金管理办法，制定实施流程和细则，明确申报指南，发布项目申报通知，组织项目审核、跟踪和评估工作，按程序落实拨付。',
    ]);
  });

  it('a line indented past the margin starts a paragraph, even after a full line', () => {
    const p = page([
      ['附件：2025年区级部门预算收支总表、财政拨款收支总表及一般公共预算支出表', 90, 100, 415],
      ['2025年区级部门收入预算合计18.30亿元。', 111, 116, 220],
    ]);
    expect(layoutText([p]).text.split('\n')).toHaveLength(2);
  });

  it('table rows that span the page stay one row each', () => {
    const row = (y: number, cells: string[]): Array<[string, number, number, number]> =>
      cells.map((c, i): [string, number, number, number] => [c, 90 + i * 100, y, c.length * 6]);
    const p = page([
      ...row(100, ['201 38', '市场监督管理事务', '135,200', '135,200', '0']),
      ...row(116, ['204', '公共安全支出', '1,633,000', '1,633,000', '0']),
    ]);
    expect(layoutText([p]).text).toBe('201 38 市场监督管理事务 135,200 135,200 0\n204 公共安全支出 1,633,000 1,633,000 0');
  });

  it('a contents list whose entries run to the margin keeps one entry a line', () => {
    const p = page([
      ['目 录', 280, 80, 31.5],
      ['八、政府性基金预算财政拨款收入支出决算情况说明及相关附表', 90, 100, 410],
      ['九、国有资本经营预算财政拨款收入支出决算情况说明及附表', 90, 116, 405],
      ['（十）预算绩效管理情况及重点项目绩效评价结果与应用说明', 90, 132, 410],
      ['第三部分 上海市某区某局2024年度部门决算情况说明与附表目录', 90, 148, 412],
    ]);
    expect(layoutText([p]).text.split('\n')).toHaveLength(5);
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
