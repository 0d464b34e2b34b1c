import { describe, expect, it } from 'vitest';
import { parseText } from './parse-text.ts';

// A 功能分类 table copied from a web page one cell a line, with a column of codes: the code's line, the name's line and
// the figures make each row; the 合计 row has no code.
const cellsOf = (source: string) =>
  parseText(source)
    .blocks.filter((b) => b.cells)
    .map((b) => b.cells!.map((c) => b.text.slice(c.start, c.end)));

describe('a table one cell a line with a code column', () => {
  it('reads each row as its code, its name and its figures, the 合计 row with an empty code cell', () => {
    const lines = [
      '二、一般公共预算支出情况',
      '表3　某某乡2026年一般公共预算支出表',
      '单位：元',
      '科目编码',
      '科目名称',
      '上年预算数',
      '本年预算数',
      '201',
      '一般公共服务支出',
      '5,120,300.00',
      '5,386,000.00',
      '213',
      '农林水支出',
      '2,604,800.00',
      '2,512,600.00',
      '224',
      '灾害防治及应急管理支出',
      '180,000.00',
      '216,000.00',
      '合计',
      '7,905,100.00',
      '8,114,600.00',
      '三、政府性基金预算支出情况',
      '本乡2026年无政府性基金预算支出。',
    ];
    const source = lines.join('\n');
    expect(cellsOf(source)).toEqual([
      ['科目编码', '科目名称', '上年预算数', '本年预算数'],
      ['201', '一般公共服务支出', '5,120,300.00', '5,386,000.00'],
      ['213', '农林水支出', '2,604,800.00', '2,512,600.00'],
      ['224', '灾害防治及应急管理支出', '180,000.00', '216,000.00'],
      ['合计', '', '7,905,100.00', '8,114,600.00'],
    ]);
    const doc = parseText(source);
    const rows = doc.blocks.filter((b) => b.table);
    expect(new Set(rows.map((b) => b.table!.id)).size).toBe(1);
    expect(rows.map((b) => b.table!.row)).toEqual([0, 1, 2, 3, 4]);
    expect(rows.every((b) => b.table!.unit === '元')).toBe(true);
    // Every character of a row, its cells and the tabs between them, maps back into the source.
    for (const b of doc.blocks) for (let t = 0; t < b.text.length; t++) if (b.text[t] !== '\t') expect(source[b.map.toSource(t)]).toBe(b.text[t]);
    expect(doc.blocks[doc.blocks.length - 1]).toMatchObject({ kind: 'paragraph', text: '本乡2026年无政府性基金预算支出。' });
  });

  it('reads one figure column, a 功能分类科目编码 head, codes of 款 and 项, and a row printed with no code', () => {
    const lines = ['单位：万元', '功能分类科目编码', '科目名称', '2026年预算数', '20101', '人大事务', '86.40', '2010101', '行政运行', '72.10', '其他支出', '14.30', '20103', '政府办公厅（室）及相关机构事务', '412.60', '总计', '499.00'];
    expect(cellsOf(lines.join('\n'))).toEqual([
      ['功能分类科目编码', '科目名称', '2026年预算数'],
      ['20101', '人大事务', '86.40'],
      ['2010101', '行政运行', '72.10'],
      ['', '其他支出', '14.30'],
      ['20103', '政府办公厅（室）及相关机构事务', '412.60'],
      ['总计', '', '499.00'],
    ]);
  });

  it('reads no table whose rows lost a cell (every cell after it would shift), and takes no column head for a row label', () => {
    // The third row lost its 上年 figure, as a copy that drops an empty cell leaves it.
    const lines = ['编码', '科目名称', '上年预算数', '本年预算数', '205', '教育支出', '64,000.00', '70,000.00', '208', '社会保障和就业支出', '1,320,000.00', '1,408,500.00', '210', '卫生健康支出', '402,600.00', '212', '城乡社区支出', '980,000.00', '1,012,000.00'];
    expect(cellsOf(lines.join('\n'))).toEqual([]);
    // 合计 | 基本支出 | 项目支出 with the empty 项目 cell of a row left out.
    const dropped = ['科目编码', '科目名称', '合计', '基本支出', '项目支出', '201', '一般公共服务支出', '860.00', '640.00', '220.00', '208', '社会保障和就业支出', '212.40', '212.40', '213', '农林水支出', '530.00', '120.00', '410.00', '合计', '1,602.40', '972.40', '630.00'];
    expect(cellsOf(dropped.join('\n'))).toEqual([]);
    // With one coded row only, the codes do not bear a table out.
    const one = ['编码', '科目名称', '上年预算数', '本年预算数', '205', '教育支出', '64,000.00', '70,000.00', '说明：本表据镇财政所提供数字整理'];
    expect(cellsOf(one.join('\n'))).toEqual([]);
  });

  it('ends the table where the rows end: a note under it stays a line of its own', () => {
    const lines = ['科目编码', '科目名称', '本年预算数', '205', '教育支出', '70,000.00', '208', '社会保障和就业支出', '1,408,500.00', '合计', '1,478,500.00', '注：本表不含政府性基金预算支出'];
    const doc = parseText(lines.join('\n'));
    expect(cellsOf(lines.join('\n'))).toEqual([
      ['科目编码', '科目名称', '本年预算数'],
      ['205', '教育支出', '70,000.00'],
      ['208', '社会保障和就业支出', '1,408,500.00'],
      ['合计', '', '1,478,500.00'],
    ]);
    expect(doc.blocks[doc.blocks.length - 1].text).toBe('注：本表不含政府性基金预算支出');
    expect(doc.blocks[doc.blocks.length - 1].table).toBeUndefined();
  });

  it('takes no column head for a row label in a table without codes', () => {
    // 本年预算数 heads a column the rows do not bear out: it must not open a row of one figure.
    const lines = ['项目', '上年预算数', '本年预算数', '2024', '办公经费', '12.40', '差旅费', '6.20'];
    const got = cellsOf(lines.join('\n'));
    expect(got.some((r) => r[0] === '本年预算数' || r[0] === '上年预算数')).toBe(false);
  });

  it('leaves short lines of codes and names with no figures, and an infographic of labels and figures, unread as such a table', () => {
    const list = ['科目编码', '科目名称', '201', '一般公共服务支出', '204', '公共安全支出', '213', '农林水支出'];
    expect(cellsOf(list.join('\n'))).toEqual([]);
    const pieces = ['2026年收入预算', '3,286.42', '万元', '比上年增长', '3.9%', '一般公共预算拨款', '2,846.26', '万元'];
    expect(cellsOf(pieces.join('\n'))).toEqual([]);
  });
});
