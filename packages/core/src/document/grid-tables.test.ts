import { describe, expect, it } from 'vitest';
import { parseMarkdown } from './parse-markdown.ts';

const rows = (source: string) =>
  parseMarkdown(source)
    .blocks.filter((b) => b.kind === 'table-row')
    .map((b) => [b.table!.header, b.cells!.map((c) => b.text.slice(c.start, c.end))]);

describe('pandoc grid tables', () => {
  it('reads a row per pair of borders, cells joined across the lines of a row, the rows above += as the header', () => {
    const source = [
      '单位：万元',
      '',
      '+--------------+----------+--------+',
      '| 科目         | 决算数   | 完成年 |',
      '|              |          | 初预算 |',
      '|              |          | %      |',
      '+==============+==========+========+',
      '| 社会保障和就 | 8,468.32 | 104.2  |',
      '| 业支出       |          |        |',
      '+--------------+----------+--------+',
      '| 合计         | 8,942.56 | 104.0  |',
      '+--------------+----------+--------+',
    ].join('\n');
    expect(rows(source)).toEqual([
      [true, ['科目', '决算数', '完成年初预算%']],
      [false, ['社会保障和就业支出', '8,468.32', '104.2']],
      [false, ['合计', '8,942.56', '104.0']],
    ]);
    const doc = parseMarkdown(source);
    for (const b of doc.blocks.filter((x) => x.kind === 'table-row')) {
      expect(b.table!.unit).toBe('万元');
      // every character of a cell points at its own character in the source
      for (const c of b.cells!) for (let t = c.start; t < c.end; t++) expect(source[b.map.toSource(t)]).toBe(b.text[t]);
    }
  });

  it('reads a grid without a += border: a first row of words only is the header, and Latin words join with a space', () => {
    const source = [
      '+----------------+-----------+',
      '| 项目名称       | 预算数    |',
      '+----------------+-----------+',
      '| 智慧校园       | 286.00    |',
      '| Wi-Fi 6 升级   |           |',
      '+----------------+-----------+',
      '| ERP system     | 12.40     |',
      '| upgrade        |           |',
      '+----------------+-----------+',
    ].join('\n');
    expect(rows(source)).toEqual([
      [true, ['项目名称', '预算数']],
      [false, ['智慧校园Wi-Fi 6 升级', '286.00']],
      [false, ['ERP system upgrade', '12.40']],
    ]);
  });

  it('without a += border, a first row with a figure is a body row', () => {
    const source = ['+------------+----------+', '| 基本支出   | 2,100.00 |', '+------------+----------+', '| 项目支出   | 1,320.00 |', '+------------+----------+'].join('\n');
    expect(rows(source)).toEqual([
      [false, ['基本支出', '2,100.00']],
      [false, ['项目支出', '1,320.00']],
    ]);
  });

  it('leaves to the Markdown parser what is not a whole grid: a row with a | in a cell, a border of another width', () => {
    const pipeInCell = ['+------+------+', '| a|b  | 1.00 |', '+------+------+'].join('\n');
    expect(rows(pipeInCell)).toEqual([]);
    const widths = ['+------+------+', '| 合计 | 1.00 |', '+------+------+------+'].join('\n');
    expect(rows(widths)).toEqual([]);
    const trailing = ['+------+------+', '| 合计 | 1.00 |', '+------+------+', '注：单位为万元。'].join('\n');
    expect(rows(trailing)).toEqual([]);
  });
});

describe('pandoc multiline tables', () => {
  const table = (rows: string[]) =>
    ['----------------------------------------', '  科目           年初预算     决算数', '                 数', '-------------- ------------ ------------', ...rows, '----------------------------------------'].join('\n');

  it('reads a row per run of lines between blank lines, each character in the column whose dash run stands over it (an ideograph two columns wide)', () => {
    const source = ['单位：万元', '', table(['  社会保障和就     8,126.40     8,468.32', '  业支出', '', '  合计             8,312.60     8,650.96'])].join('\n');
    expect(rows(source)).toEqual([
      [true, ['科目', '年初预算数', '决算数']],
      [false, ['社会保障和就业支出', '8,126.40', '8,468.32']],
      [false, ['合计', '8,312.60', '8,650.96']],
    ]);
    for (const b of parseMarkdown(source).blocks.filter((x) => x.kind === 'table-row')) {
      expect(b.table!.unit).toBe('万元');
      for (const c of b.cells!) for (let t = c.start; t < c.end; t++) expect(source[b.map.toSource(t)]).toBe(b.text[t]);
    }
  });

  it('keeps the paragraphs around the table apart from it', () => {
    const source = ['说明如下。', '', table(['  卫生健康支出       186.20       182.64', '', '  合计               186.20       182.64']), '', '其中卫生健康支出182.64万元。'].join('\n');
    const doc = parseMarkdown(source);
    expect(doc.blocks.map((b) => b.kind)).toEqual(['paragraph', 'table-row', 'table-row', 'table-row', 'paragraph']);
  });

  it('leaves dash rules that are no table alone: a thematic break, a character between two columns', () => {
    expect(rows(['上文。', '', '----------------', '', '下文。'].join('\n'))).toEqual([]);
    const between = table(['  卫生健康支出X     186.20       182.64', '', '  合计               186.20       182.64']);
    expect(rows(between)).toEqual([]);
  });
});
