import { describe, expect, it } from 'vitest';
import { parseText } from './parse-text.ts';
import type { Block } from './types.ts';

// Coded tables as pdftotext prints them without -layout. Snippets written for these tests.
const cellsOf = (b: Block) => b.cells!.map((c) => b.text.slice(c.start, c.end));
const flatRows = (source: string) => parseText(source).blocks.filter((b) => b.table?.flat);

describe('flat coded rows', () => {
  it('reads each row as 类 | 款 | 项 | 名称 | 合计, a wrapped name joined, a page marker skipped, every cell mapped back to the source', () => {
    const source = [
      '支出决算表',
      '单位：万元',
      '项目 本年支出合计 基本支出 项目支出',
      '科目编码 科目名称',
      '合计 516.40 402.10 114.30',
      '212 城乡社区支出 516.40 402.10 114.30',
      '21201 城乡社区管理事务 516.40 402.10 114.30',
      '2120101 行政运行 402.10 402.10',
      '2120104 城管执',
      '法',
      '',
      '===== PAGE 4 =====',
      '114.30 114.30',
      '注：本表反映本年度支出情况。',
    ].join('\n');
    const rows = flatRows(source);
    expect(rows.map(cellsOf)).toEqual([
      ['合计', '', '', '', '516.40'],
      ['212', '', '', '城乡社区支出', '516.40'],
      ['212', '01', '', '城乡社区管理事务', '516.40'],
      ['212', '01', '01', '行政运行', '402.10'],
      ['212', '01', '04', '城管执法', '114.30'],
    ]);
    expect(rows.every((b) => b.table!.unit === '万元' && b.table!.id === rows[0].table!.id)).toBe(true);
    const last = rows[4];
    expect(last.text).toBe('2120104 城管执法 114.30 114.30');
    const at = (b: Block, c: number) => b.map.range(b.cells![c].start, b.cells![c].end);
    expect(source.slice(at(last, 4).start, at(last, 4).end)).toBe('114.30');
    expect(source.indexOf('114.30 114.30')).toBe(at(last, 4).start);
    expect(source.slice(at(last, 1).start, at(last, 1).end)).toBe('01');
  });

  it('reads codes spread over tokens (201 06 01) and a 合计 row behind 类 款 项', () => {
    const rows = flatRows(
      ['收入决算表', '单位：万元', '项目 本年收入合', '计', '财政拨款收入 其他收入', '类 款 项 合计 88.60 80.00 8.60', '206 科学技术支出 88.60 80.00 8.60', '206 01 科学技术管理事务 88.60 80.00 8.60', '206 01 01 行政运行 80.00 80.00', '206 01 99 其他科学技术管理事务支出 8.60 8.60'].join('\n'),
    );
    expect(rows.map(cellsOf)).toEqual([
      ['合计', '', '', '', '88.60'],
      ['206', '', '', '科学技术支出', '88.60'],
      ['206', '01', '', '科学技术管理事务', '88.60'],
      ['206', '01', '01', '行政运行', '80.00'],
      ['206', '01', '99', '其他科学技术管理事务支出', '8.60'],
    ]);
  });

  it('leaves unread a table whose first figure is not known to be a 合计, or with figures under no row', () => {
    const noTotal = ['支出预算表', '单位：万元', '科目编码 科目名称 2024年预算数 2025年预算数', '207 文化旅游体育与传媒支出 60.00 64.00', '20701 文化和旅游 60.00 64.00', '2070101 行政运行 60.00 64.00'].join('\n');
    expect(flatRows(noTotal)).toEqual([]);
    const halfRow = ['支出决算表', '单位：万元', '科目编码 科目名称 合计 基本支出 项目支出', '207 文化旅游体育与传媒支出 60.00 60.00', '20701 文化和旅游 60.00 60.00', '2070101 行政运行 45.00', '15.00', '2070199 其他文化和旅游支出 15.00 15.00'].join('\n');
    expect(flatRows(halfRow)).toEqual([]);
  });
});
