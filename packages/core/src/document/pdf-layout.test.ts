import { describe, expect, it } from 'vitest';
import { parseDocument } from './index.ts';
import { layoutPdf, positionRuns, squeezeLetterSpacing, unifyRadicals, type PageMark, type PdfPage } from './pdf-layout.ts';

/** The page an offset is on: the last mark at or before it. */
const pageAt = (pages: PageMark[], offset: number) => pages.filter((p) => p.offset <= offset).at(-1)?.page;

// The layout of positioned runs, no pdf.js: the CLI (packages/cli/test/inputs/pdf.test.ts reads
// generated PDFs end to end), the web page and the editor all lay a PDF out with layoutPdf.

describe('layoutPdf (positioned runs, no pdf.js)', () => {
  const item = (str: string, x: number, y: number, size = 12) => ({ str, x, y, w: Array.from(str).length * size, size });
  const pageOf = (items: ReturnType<typeof item>[]): PdfPage => ({ width: 595, height: 842, items });

  it('reads runs of one baseline left to right, whatever order they come in', () => {
    const laid = layoutPdf([pageOf([item('万元。', 168, 100), item('收入合计', 72, 100), item('100.00', 120, 100.5)])]);
    expect(laid.text).toBe('收入合计100.00万元。\n');
  });

  // A report printed from a web page: each page opens with the last lines of the one before.
  it('drops the lines a page repeats, in order, from the end of the page before, so a list is read once', () => {
    const duty = (n: number, y: number) => item(`${n}、负责本区第${n}项职能的组织协调和监督管理工作。`, 72, y);
    const laid = layoutPdf([
      pageOf([item('主要职能包括：', 72, 100), duty(1, 120), duty(2, 140), duty(3, 160), duty(4, 180)]),
      pageOf([duty(3, 100), duty(4, 120), duty(5, 140), duty(6, 160)]),
    ]);
    expect([...laid.text.matchAll(/[0-9]、负责/g)].map((m) => m[0][0])).toEqual(['1', '2', '3', '4', '5', '6']);
    expect(pageAt(laid.pages, laid.text.indexOf('5、'))).toBe(2);
  });

  it('keeps a page\'s first line when only that one line is the previous page\'s last, or the lines are not in the same order', () => {
    const line = (t: string, y: number) => item(t, 72, y);
    const one = layoutPdf([pageOf([line('一、部门预算收入情况说明如下。', 100), line('单位：万元', 120)]), pageOf([line('单位：万元', 100), line('二、部门预算支出情况说明如下。', 120)])]);
    expect(one.text.match(/单位：万元/g)).toHaveLength(2);
    const swapped = layoutPdf([
      pageOf([line('甲项工作按计划推进并已全部完成。', 100), line('乙项工作按计划推进并已全部完成。', 120)]),
      pageOf([line('乙项工作按计划推进并已全部完成。', 100), line('甲项工作按计划推进并已全部完成。', 120)]),
    ]);
    expect(swapped.text.match(/按计划推进/g)).toHaveLength(4);
  });

  it('keeps a table that goes on over a page break one table, its repeated header dropped', () => {
    const head = [item('项目', 72, 100), item('金额', 400, 100)];
    const rows = (from: number, n: number, top: number) =>
      Array.from({ length: n }, (_, i) => [item(`${'一二三四五六七八九'[from + i - 1]}、第${from + i}项`, 72, top + i * 20), item(`${from + i}.00`, 400, top + i * 20)]).flat();
    const laid = layoutPdf([pageOf([...head, ...rows(1, 3, 120)]), pageOf([...head.map((h) => ({ ...h })), ...rows(4, 2, 120), item('合计', 72, 160), item('15.00', 400, 160)])]);
    const tableLines = laid.text.split('\n').filter((l) => l.startsWith('|'));
    expect(tableLines).toEqual(['| 项目 | 金额 |', '| --- | --- |', '| 一、第1项 | 1.00 |', '| 二、第2项 | 2.00 |', '| 三、第3项 | 3.00 |', '| 四、第4项 | 4.00 |', '| 五、第5项 | 5.00 |', '| 合计 | 15.00 |']);
    expect(laid.tables).toBe(1);
    expect(pageAt(laid.pages, laid.text.indexOf('第5项'))).toBe(2);
  });

  it('keeps the unit note set on the table’s first line (编制部门 … 单位：元) a paragraph before the table, whose unit it gives', () => {
    const items = [
      item('编制部门：某区某某局', 72, 80),
      item('单位：元', 480, 80),
      item('项目', 72, 110),
      item('预算数', 440, 110),
      item('一、财政拨款收入', 72, 135),
      item('156,211,123', 400, 135),
      item('二、事业收入', 72, 160),
      item('0', 496, 160),
    ];
    const laid = layoutPdf([pageOf(items)]);
    expect(laid.text.split('\n\n')[0]).toBe('编制部门：某区某某局 单位：元');
    const rows = parseDocument(laid.text, 'markdown').blocks.filter((b) => b.kind === 'table-row');
    expect(rows.map((r) => r.text)).toEqual(['项目\t预算数', '一、财政拨款收入\t156,211,123', '二、事业收入\t0']);
    expect(rows[0].table?.unit).toBe('元');
  });

  it('splits a run pdf.js joined across two cells (a figure, then the next column’s row label), and keeps a total row set apart at the table’s foot', () => {
    const run = (str: string, x: number, y: number, w: number) => ({ str, x, y, w, size: 12 });
    // Figures are half an em a character wide.
    const fig = (str: string, x: number, y: number) => run(str, x, y, str.length * 6);
    const items = [
      item('项目', 72, 100),
      item('预算数', 256, 100),
      item('项目', 340, 100),
      item('预算数', 490, 100),
      item('一、财政拨款收入', 72, 125),
      run('91,016,775.35 一、一般公共服务支出', 256, 125, 13 * 6 + 6 + 10 * 12),
      fig('82,096,797.42', 490, 125),
      item('二、事业收入', 72, 150),
      item('二、社会保障和就业支出', 340, 150),
      fig('8,919,977.93', 496, 150),
      item('收入总计', 72, 400),
      fig('91,016,775.35', 256, 400),
      item('支出总计', 340, 400),
      fig('91,016,775.35', 490, 400),
    ];
    const lines = layoutPdf([pageOf(items)]).text.split('\n').filter((l) => l.startsWith('|'));
    expect(lines).toEqual([
      '| 项目 | 预算数 | 项目 | 预算数 |',
      '| --- | --- | --- | --- |',
      '| 一、财政拨款收入 | 91,016,775.35 | 一、一般公共服务支出 | 82,096,797.42 |',
      '| 二、事业收入 |  | 二、社会保障和就业支出 | 8,919,977.93 |',
      '| 收入总计 | 91,016,775.35 | 支出总计 | 91,016,775.35 |',
    ]);
    const prose = layoutPdf([pageOf([run('本年度收入支出总计 307.82 万元，比上年增加 12.50 万元。', 72, 100, 360)])]);
    expect(prose.text).toBe('本年度收入支出总计 307.82 万元，比上年增加 12.50 万元。\n');
  });

  it('splits a run of figures pdf.js joined across columns into one cell each', () => {
    const run = (str: string, x: number, y: number) => ({ str, x, y, w: str.length * 6, size: 12 });
    // A head over two columns, their figures drawn as one text operation: "合计" over the first, "财政拨款" over the second.
    const two = layoutPdf([
      pageOf([
        item('科目名称', 72, 100),
        item('合计', 300, 100),
        item('财政拨款', 384, 100),
        item('行政运行', 72, 125),
        run('12,029,501.84 12,029,501.84', 282, 125),
        item('事业运行', 72, 150),
        run('3,807,295.58 3,807,295.58', 288, 150),
      ]),
    ]);
    expect(two.text.split('\n').filter((l) => l.startsWith('|'))).toEqual([
      '| 科目名称 | 合计 | 财政拨款 |',
      '| --- | --- | --- |',
      '| 行政运行 | 12,029,501.84 | 12,029,501.84 |',
      '| 事业运行 | 3,807,295.58 | 3,807,295.58 |',
    ]);
    // Three columns, figures with decimals and no thousands comma (万元 tables).
    const three = layoutPdf([
      pageOf([
        item('项目', 72, 100),
        item('合计', 250, 100),
        item('基本支出', 300, 100),
        item('项目支出', 360, 100),
        item('一般公共服务支出', 72, 125),
        run('307.82 105.58 202.24', 250, 125),
        item('住房保障支出', 72, 150),
        run('45.20 45.20', 256, 150),
      ]),
    ]);
    expect(three.text).toContain('| 一般公共服务支出 | 307.82 | 105.58 | 202.24 |');
    expect(three.text).toContain('| 住房保障支出 | 45.20 | 45.20 |  |');
    // A figure and its unit in prose, or a figure among words, stays one run.
    const prose = layoutPdf([pageOf([run('支出合计 1,234.56 万元，其中 2024 年 12.50 万元。', 72, 100)])]);
    expect(prose.text).toBe('支出合计 1,234.56 万元，其中 2024 年 12.50 万元。\n');
  });

  it('keeps a total row set apart at the foot in its table when a group head has grown the label column into the next', () => {
    const fig = (str: string, x1: number, y: number) => ({ str, x: x1 - str.length * 6, y, w: str.length * 6, size: 12 });
    // 本年收入（财政拨款） centred over the label and the figure columns, 本年支出… over the other side: the label
    // column, grown to every cell it holds, reaches past the left edge of the figures.
    const table = (right: (y: number) => ReturnType<typeof item>[], foot: ReturnType<typeof item>[]) =>
      layoutPdf([
        pageOf([
          item('本年收入（财政拨款）', 115, 80),
          item('本年支出（财政拨款）', 400, 80),
          item('项目', 72, 100),
          item('预算数', 230, 100),
          item('项目', 330, 100),
          item('一、财政拨款收入', 72, 125),
          fig('8,695,940.34', 278, 125),
          ...right(125),
          item('二、事业收入', 72, 150),
          fig('0.00', 278, 150),
          ...right(150),
          ...foot,
        ]),
      ]).text;
    const oneColumn = (y: number) => (y === 125 ? [item('一、公共安全支出', 330, y), fig('7,918,940.34', 558, y)] : [item('二、住房保障支出', 330, y), fig('777,000.00', 558, y)]);
    expect(table(oneColumn, [item('收入总计', 72, 400), fig('8,695,940.34', 278, 400), item('支出总计', 330, 400), fig('8,695,940.34', 558, 400)])).toContain(
      '| 收入总计 | 8,695,940.34 | 支出总计 | 8,695,940.34 |',
    );
    // The spending side in three columns (合计 | 基本支出 | 项目支出), the total row with all of them.
    const threeColumns = (y: number) =>
      y === 125
        ? [item('一、公共安全支出', 330, y), fig('7,918,940.34', 558, y), fig('1,434,680', 640, y), fig('6,484,260.34', 740, y)]
        : [item('二、住房保障支出', 330, y), fig('777,000.00', 558, y), fig('777,000', 640, y), fig('0.00', 740, y)];
    expect(
      table(threeColumns, [item('收入总计', 72, 400), fig('8,695,940.34', 278, 400), item('支出总计', 330, 400), fig('8,695,940.34', 558, 400), fig('2,211,680', 640, 400), fig('6,484,260.34', 740, 400)]),
    ).toContain('| 收入总计 | 8,695,940.34 | 支出总计 | 8,695,940.34 | 2,211,680 | 6,484,260.34 |');
    // Two cells in one column far below are no row of it: the text after the table.
    expect(table(oneColumn, [item('填报人', 72, 400), item('李某', 140, 400)])).not.toContain('| 填报人');
  });

  it('folds a label wrapped inside its cell into its row', () => {
    const items = [
      item('科目名称', 72, 100),
      item('决算数', 400, 100),
      item('行政运行', 72, 124),
      item('51.32', 400, 124),
      item('机关事业单位基本', 72, 142),
      item('6.18', 400, 148),
      item('养老保险缴费支出', 72, 154),
      item('住房公积金', 72, 172),
      item('17.70', 400, 172),
    ];
    const laid = layoutPdf([pageOf(items)]);
    expect(laid.text).toContain('| 机关事业单位基本养老保险缴费支出 | 6.18 |');
  });

  // A final-accounts form as Word exports it: a note of the form's number and unit in two pieces above it, a head cell
  // wrapped over three lines, a row numbering the columns (栏次 1 2 3 4 5=4/3) centred under the heads, codes and names
  // flush left, figures flush right, and a 合计 row whose label was merged over the code and name columns, its figures
  // set from the name column on.
  const form = (total: Array<ReturnType<typeof item>>) => {
    const right = (s: string, edge: number, y: number) => item(s, edge - Array.from(s).length * 6, y, 12);
    const row = (y: number, code: string, name: string, a: string, b: string, c: string) => [item(code, 72, y), item(name, 150, y), right(a, 400, y), right(b, 490, y), right(c, 575, y)];
    return layoutPdf([
      pageOf([
        item('公开02表', 380, 60),
        item('单位：万元', 480, 60),
        item('决算数为', 512, 96),
        item('科目编码', 80, 104),
        item('科目名称', 200, 104),
        item('年初预算数', 330, 104),
        item('全年决算数', 420, 104),
        item('预算数的%', 510, 112),
        item('1', 100, 136),
        item('2', 230, 136),
        item('3', 355, 136),
        item('4', 445, 136),
        item('5=4/3', 525, 136),
        ...total,
        ...row(180, '201', '一般公共服务支出', '30.00', '27.00', '90.00'),
        ...row(200, '205', '教育支出', '50.00', '45.00', '90.00'),
        ...row(220, '208', '社会保障和就业支出', '20.00', '18.00', '90.00'),
      ]),
    ]).text;
  };

  it('reads a form with its number row and a total row merged over two columns in the columns its heads name', () => {
    const text = form([item('合计', 72, 160), item('100.00', 150, 160), item('90.00', 400 - 30, 160), item('90.00', 490 - 30, 160)]);
    expect(text.split('\n').filter((l) => l.startsWith('|'))).toEqual([
      '| 科目编码 | 科目名称 | 年初预算数 | 全年决算数 | 决算数为预算数的% |',
      '| --- | --- | --- | --- | --- |',
      '| 合计 |  | 100.00 | 90.00 | 90.00 |',
      '| 201 | 一般公共服务支出 | 30.00 | 27.00 | 90.00 |',
      '| 205 | 教育支出 | 50.00 | 45.00 | 90.00 |',
      '| 208 | 社会保障和就业支出 | 20.00 | 18.00 | 90.00 |',
    ]);
    expect(text).toContain('公开02表 单位：万元\n');
  });

  // Figures in 元 too wide for their narrow columns, as a report generator wraps them: the cell breaks after the
  // point (…300. over 00), inside the places (…600.0 over 0) or before the point (…500 over .00), with the row's
  // label on a line of its own between the two halves or beside one of them.
  const wrapped = (lines: Array<[number, string, string, string, string]>) => {
    const at = (s: string, x: number, y: number) => item(s, x, y, 8);
    const right = (s: string, edge: number, y: number) => (s ? [at(s, edge - Array.from(s).length * 8, y)] : []);
    return layoutPdf([
      pageOf([
        at('科目名称', 40, 100),
        at('合计', 228, 100),
        at('基本支出', 368, 100),
        at('项目支出', 508, 100),
        ...lines.flatMap(([y, name, a, b, c]) => [...(name ? [at(name, 40, y)] : []), ...right(a, 260, y), ...right(b, 400, y), ...right(c, 540, y)]),
      ]),
    ]).text.split('\n').filter((l) => l.startsWith('|') && !l.startsWith('| ---'));
  };

  it('joins a figure wrapped inside its cell into its row, the row\'s label between the halves, beside the second or beside the first', () => {
    expect(
      wrapped([
        [124, '行政运行', '1,250,000.00', '1,250,000.00', '0.00'],
        [144, '', '18,742,600.0', '9,371,300.0', '9,371,300.0'],
        [152, '一般行政管理事务', '', '', ''],
        [160, '', '0', '0', '0'],
        [180, '机关服务', '640,000.00', '640,000.00', '0.00'],
        [200, '', '280,638,300.', '137,599,900.', '143,038,400.'],
        [210, '合计', '00', '00', '00'],
        [230, '事业运行', '186,427,500', '186,427,500', '0.00'],
        [240, '', '.00', '.00', ''],
      ]),
    ).toEqual([
      '| 科目名称 | 合计 | 基本支出 | 项目支出 |',
      '| 行政运行 | 1,250,000.00 | 1,250,000.00 | 0.00 |',
      '| 一般行政管理事务 | 18,742,600.00 | 9,371,300.00 | 9,371,300.00 |',
      '| 机关服务 | 640,000.00 | 640,000.00 | 0.00 |',
      '| 合计 | 280,638,300.00 | 137,599,900.00 | 143,038,400.00 |',
      '| 事业运行 | 186,427,500.00 | 186,427,500.00 | 0.00 |',
    ]);
  });

  it('parts figures cut after the point in columns set closer than a cell gap, and joins each with its rest', () => {
    const at = (s: string, x: number, y: number) => item(s, x, y, 8);
    const right = (s: string, edge: number, y: number) => at(s, edge - Array.from(s).length * 8, y);
    const text = layoutPdf([
      pageOf([
        at('科目名称', 40, 100),
        at('合计', 220, 100),
        at('小计', 290, 100),
        at('行政运行', 40, 124),
        right('1,250.00', 260, 124),
        right('1,250.00', 330, 124),
        right('477,000.', 260, 144),
        right('248,000.', 330, 144),
        at('机关服务', 40, 152),
        right('00', 260, 160),
        right('00', 330, 160),
        at('事业运行', 40, 180),
        right('3,400.00', 260, 180),
        right('3,400.00', 330, 180),
      ]),
    ]).text;
    expect(text).toContain('| 机关服务 | 477,000.00 | 248,000.00 |');
  });

  it('reads the first rows of a performance table, whose values carry their units (≥5.2万亩, 3,086人次), as rows, not as its head', () => {
    const at = (s: string, x: number, y: number) => item(s, x, y, 10);
    const row = (y: number, a: string, b: string, c: string, d: string, e: string) => [...(a ? [at(a, 40, y)] : []), at(b, 130, y), at(c, 230, y), at(d, 380, y), at(e, 480, y)];
    const text = layoutPdf([
      pageOf([
        ...row(100, '一级指标', '二级指标', '三级指标', '指标值', '上年完成值'),
        ...row(120, '', '数量指标', '推广面积', '≥5.2万亩', '5.06万亩'),
        ...row(140, '', '数量指标', '培训人次', '≥3,200人次', '3,086人次'),
        ...row(160, '产出指标', '质量指标', '良种覆盖率', '≥95%', '94.2%'),
        ...row(180, '', '成本指标', '补贴标准', '240元/亩', '220元/亩'),
      ]),
    ]).text;
    expect(text.split('\n').filter((l) => l.startsWith('|'))).toEqual([
      '| 一级指标 | 二级指标 | 三级指标 | 指标值 | 上年完成值 |',
      '| --- | --- | --- | --- | --- |',
      '|  | 数量指标 | 推广面积 | ≥5.2万亩 | 5.06万亩 |',
      '|  | 数量指标 | 培训人次 | ≥3,200人次 | 3,086人次 |',
      '| 产出指标 | 质量指标 | 良种覆盖率 | ≥95% | 94.2% |',
      '|  | 成本指标 | 补贴标准 | 240元/亩 | 220元/亩 |',
    ]);
  });

  it('parts two head cells wrapped over two lines and set side by side with hardly a gap, by their baselines', () => {
    // A spreadsheet printed to PDF: each cell's lines centred on their own, so the two cells' first lines sit a little
    // apart in height, 2 pt apart in width; one cell's pieces share a baseline.
    const at = (str: string, x: number, y: number, w: number) => ({ str, x, y, w, size: 9 });
    const row = (y: number, cells: string[]) => [at(cells[0], 46, y, 36), at(cells[1], 223, y, 45), at(cells[2], 358, y, 40), at(cells[3], 441, y, 22), at(cells[4], 503, y, 26)];
    const text = layoutPdf([
      pageOf([
        at('执行数为预算数', 400.7, 121.9, 63),
        at('比上年执行数增', 465.9, 120.4, 63),
        at('项目', 115, 126.9, 18),
        at('上年执行数', 214, 126.9, 45),
        at('执行数', 353, 126.9, 27),
        at('%', 428, 132.6, 8),
        at('长%', 489, 133.4, 17),
        ...row(146.4, ['收入合计', '101,188.00', '86,348.80', '92.85', '-14.66']),
        ...row(160.2, ['土地出让收入', '96,420.00', '81,356.40', '92.45', '-15.62']),
        ...row(174.0, ['配套费收入', '3,210.00', '2,874.10', '82.12', '-10.46']),
      ]),
    ]).text;
    expect(text.split('\n').filter((l) => l.startsWith('|'))[0]).toMatch(/\| 上年执行数 \| 执行数 \| 执行数为预算数 % \| 比上年执行数增 长% \|$/);
    // One cell's words a little off each other's baseline (a superscript-free line of prose) stay one run.
    const prose = layoutPdf([pageOf([at('全县一般公共预算收入完成', 72, 100, 108), at('预算的', 181, 100.6, 27), at('百分之九十二。', 209, 100, 63)])]).text;
    expect(prose.trim()).toBe('全县一般公共预算收入完成预算的百分之九十二。');
  });

  it('keeps a head that names a year (2025年完成值) in the head', () => {
    const at = (s: string, x: number, y: number) => item(s, x, y, 10);
    const text = layoutPdf([
      pageOf([at('指标', 40, 100), at('2026年指标值', 200, 100), at('2025年完成值', 380, 100), at('培训人次', 40, 120), at('3,200人次', 200, 120), at('3,086人次', 380, 120), at('覆盖率', 40, 140), at('95%', 200, 140), at('94.2%', 380, 140)]),
    ]).text;
    expect(text).toContain('| 指标 | 2026年指标值 | 2025年完成值 |\n| --- | --- | --- |\n| 培训人次 | 3,200人次 | 3,086人次 |');
  });

  it('keeps two rows that each name themselves apart, and rows of one place where no figure of the table has two', () => {
    // A rate to one place over a count in the same columns: two rows, each with its label.
    expect(
      wrapped([
        [124, '行政运行', '1,250,000.00', '1,250,000.00', '0.00'],
        [144, '完成率', '98.5', '97.2', '99.1'],
        [164, '项目数', '5', '3', '2'],
        [184, '机关服务', '640,000.00', '640,000.00', '0.00'],
      ]),
    ).toContain('| 项目数 | 5 | 3 | 2 |');
    // A table that writes one place throughout: a bare row of small numbers is a row of its own, not the places of the one above.
    const onePlace = wrapped([
      [124, '行政运行', '125.0', '125.0', '0.0'],
      [144, '机关服务', '64.5', '64.5', '0.0'],
      [164, '', '5', '3', '2'],
    ]);
    expect(onePlace).toContain('| 机关服务 | 64.5 | 64.5 | 0.0 |');
    expect(onePlace.some((l) => l.includes('64.55'))).toBe(false);
  });

  // A town's project self-evaluation as a Word table printed to PDF over two pages: each label wrapped in its cell, its two
  // lines above and below the row's figures (so only the head 项目名称 anchors that column), a grade in the last column, a
  // 合计 merged over 序号 and 项目名称 with its figures set from the name column on, and a running head over both pages that a
  // year starting a run cuts in two.
  const selfEvaluation = () => {
    const at = (s: string, x: number, y: number) => item(s, x, y, 9);
    const head = (y: number) => [at('序号', 70, y), at('项目名称', 160, y), at('预算数', 290, y), at('实际支出', 370, y), at('自评得分', 450, y), at('评价等级', 520, y)];
    const row = (y: number, n: string, name: [string, string], a: string, b: string, score: string, grade: string) => [
      at(n, 72, y),
      at(name[0], 100, y - 6),
      at(name[1], 100, y + 7),
      at(a, 290, y),
      at(b, 370, y),
      at(score, 450, y),
      at(grade, 525, y),
    ];
    const running = (y: number) => [at('河湾镇人民政府', 300, y), at('2025年度项目支出绩效自评报告', 370, y)];
    return layoutPdf([
      pageOf([
        ...running(40),
        at('一、项目支出绩效自评情况如下表。', 72, 100),
        ...head(130),
        ...row(160, '1', ['农村饮水安全巡查维护及水', '质检测经费'], '120.00', '118.20', '92.50', '优'),
        ...row(195, '2', ['村级公益事业一事一议财政', '奖补'], '86.00', '80.10', '85.00', '良'),
        ...row(230, '3', ['集镇道路保洁及绿化养护经', '费'], '64.00', '63.50', '91.00', '优'),
      ]),
      pageOf([
        ...running(40),
        ...head(100),
        ...row(130, '4', ['困难群众临时救助配套资', '金'], '40.00', '39.60', '93.00', '优'),
        ...row(165, '5', ['村史馆陈列布展提升工程', '尾款'], '30.00', '18.00', '58.00', '差'),
        ...row(200, '6', ['镇级河道日常巡查保洁经', '费'], '25.00', '24.80', '90.00', '优'),
        at('合计', 72, 235),
        at('365.00', 100, 235),
        at('344.20', 290, 235),
        at('86.00', 370, 235),
      ]),
    ]).text;
  };

  it('reads a wrapped label\'s short second line into its label, a 合计 merged over two columns in its columns, and drops a running head in two pieces', () => {
    const text = selfEvaluation();
    const rows = text.split('\n').filter((l) => l.startsWith('|') && !l.startsWith('| ---'));
    expect(rows).toEqual([
      '| 序号 | 项目名称 | 预算数 | 实际支出 | 自评得分 | 评价等级 |',
      '| 1 | 农村饮水安全巡查维护及水质检测经费 | 120.00 | 118.20 | 92.50 | 优 |',
      '| 2 | 村级公益事业一事一议财政奖补 | 86.00 | 80.10 | 85.00 | 良 |',
      '| 3 | 集镇道路保洁及绿化养护经费 | 64.00 | 63.50 | 91.00 | 优 |',
      '| 4 | 困难群众临时救助配套资金 | 40.00 | 39.60 | 93.00 | 优 |',
      '| 5 | 村史馆陈列布展提升工程尾款 | 30.00 | 18.00 | 58.00 | 差 |',
      '| 6 | 镇级河道日常巡查保洁经费 | 25.00 | 24.80 | 90.00 | 优 |',
      '| 合计 |  | 365.00 | 344.20 | 86.00 |  |',
    ]);
    expect(text).not.toContain('河湾镇人民政府');
  });

  it('keeps a two-piece line at a page\'s top when the page\'s body follows right under it (a table\'s head, not a running head)', () => {
    const at = (s: string, x: number, y: number) => item(s, x, y, 9);
    const page = (y: number) =>
      pageOf([at('市级部门预算项目绩效目标', 100, 40), at('2025年度申报表汇总情况', 250, 40), at('本表列示各部门申报的项目绩效目标。', 72, 40 + 14), at('项目共计12个，均已审核。', 72, 40 + 28)]);
    const text = layoutPdf([page(40), page(40)]).text;
    expect(text.match(/市级部门预算项目绩效目标/g)).toHaveLength(2);
  });

  it('leaves a total row in the columns it stands in when they are the others\' (its label cell not merged)', () => {
    const text = form([item('合计', 72, 160), item('100.00', 400 - 36, 160), item('90.00', 490 - 30, 160), item('90.00', 575 - 30, 160)]);
    expect(text).toContain('| 合计 |  | 100.00 | 90.00 | 90.00 |');
  });
});

describe('layoutPdf: paragraphs from wrapped lines', () => {
  /** A page of runs: each [text, x, y, width]; 10.5 pt type on an A4-like page. */
  const page = (runs: Array<[string, number, number, number]>, size = 10.5): PdfPage => ({
    width: 595,
    height: 842,
    items: runs.map(([str, x, y, w]) => ({ str, x, y, w, size })),
  });
  const paragraphs = (pages: PdfPage[]) => layoutPdf(pages).text.trim().split('\n\n');

  it('re-joins a paragraph the page wrapped, also across a page break; keeps a heading and an indented start apart', () => {
    const first = page([
      ['一、收入情况', 90, 80, 63],
      ['    2025年全区一般公共预算收入28.60亿元，比上年增长', 111, 100, 394],
      ['5.2%；其中税收收入21.30亿元，非税收入7.30亿元。', 90, 116, 300],
      ['    2025年全区政府性基金预算收入12.40亿元，比上年下', 111, 132, 394],
    ]);
    const second = page([['降3.1%。', 90, 80, 50]]);
    expect(paragraphs([first, second])).toEqual([
      '一、收入情况',
      '2025年全区一般公共预算收入28.60亿元，比上年增长5.2%；其中税收收入21.30亿元，非税收入7.30亿元。',
      '2025年全区政府性基金预算收入12.40亿元，比上年下降3.1%。',
    ]);
  });

  it('a line that stops short of the margin by the width of the next line’s first figure and its unit was wrapped', () => {
    // 12 pt type, text column 56–770 on a landscape page: the first line ends 4 em short, because "230.00万" did not fit.
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
    expect(paragraphs([p])).toEqual([
      '2025年度项目总预算960.00万，其中支持企业技术改造410.00万，支持企业数字化转型320.00万，支持企业绿色化发展230.00万，合计960.00万。',
      '七、绩效目标',
      '根据专项资金管理办法，制定实施流程和细则，明确申报指南，发布项目申报通知，组织项目审核、跟踪和评估工作，按程序落实拨付。',
    ]);
  });

  // Word's 两端对齐 stretches the spaces it sets around a figure (安排 40.57 亿元) to fill the line: wider than the gap that
  // parts a figure's cell from the next, narrower than a cell gap. Each line is laid as runs [text, x, width] on one baseline.
  const justified = (lines: Array<Array<[string, number, number]>>, top = 100) =>
    page(lines.flatMap((runs, k) => runs.map(([str, x, w]): [string, number, number, number] => [str, x, top + 16 * k, w])));
  const unspaced = (pages: PdfPage[]) => paragraphs(pages).map((p) => p.replace(/ /g, ''));

  it('joins the lines of a justified paragraph whose stretched spaces part each figure from its unit (亿元, %, 个百分点, 万人次)', () => {
    const money = justified([
      [['2026年全县一般公共预算收入安排', 111, 180], ['36.82', 298, 27], ['亿元，比上年增长', 332, 84], ['4.6%', 423, 21], ['，其中税收收入', 451, 78]],
      [['25.10', 90, 27], ['亿元、非税收入', 124, 74], ['11.72', 205, 27], ['亿元。全县一般公共预算支出安排', 239, 168], ['52.40', 414, 27], ['亿元，比上年下降', 445, 84]],
      [['3.8%，主要是上年一次性支出不再安排。', 90, 190]],
    ]);
    expect(unspaced([money])).toEqual([
      '2026年全县一般公共预算收入安排36.82亿元，比上年增长4.6%，其中税收收入25.10亿元、非税收入11.72亿元。全县一般公共预算支出安排52.40亿元，比上年下降3.8%，主要是上年一次性支出不再安排。',
    ]);
    const points = justified([
      [['全年项目支出预算执行率为', 111, 126], ['96.4%', 244, 27], ['，比上年提高', 278, 63], ['2.3', 348, 16], ['个百分点，其中基本建设类项目', 371, 158]],
      [['执行率为', 90, 42], ['98.1%', 139, 27], ['，其他项目执行率为', 173, 95], ['94.7%', 275, 27], ['，均高于序时进度。', 309, 95]],
    ]);
    expect(unspaced([points])).toEqual(['全年项目支出预算执行率为96.4%，比上年提高2.3个百分点，其中基本建设类项目执行率为98.1%，其他项目执行率为94.7%，均高于序时进度。']);
    const visits = justified([
      [['全年完成门急诊', 111, 74], ['128.64', 192, 32], ['万人次，比上年增长', 231, 95], ['6.8%', 333, 21], ['，出院病人', 361, 53], ['4.12', 421, 21], ['万人次，平均住院', 449, 80]],
      [['日', 90, 11], ['7.6', 108, 16], ['天。', 131, 21]],
    ]);
    expect(unspaced([visits])).toEqual(['全年完成门急诊128.64万人次，比上年增长6.8%，出院病人4.12万人次，平均住院日7.6天。']);
  });

  it('keeps a table row whose figure and unit stand in two cells: no clause mark, or a cell gap between them', () => {
    // 税收收入 | 25.10 | 亿元: a row of cells, however close, when nothing in it reads as a clause.
    const units = justified([
      [['项目', 90, 21], ['金额', 300, 21], ['单位', 400, 21]],
      [['税收收入', 90, 42], ['25.10', 300, 27], ['亿元', 334, 21]],
      [['非税收入', 90, 42], ['11.72', 300, 27], ['亿元', 334, 21]],
    ]);
    expect(layoutPdf([units]).tables).toBe(1);
    // A purpose cell with a clause mark two ems from the figure: cells still.
    const purposes = justified([
      [['项目名称', 90, 42], ['金额', 300, 21], ['用途', 360, 21]],
      [['道路改造工程', 90, 63], ['1,200.00', 300, 42], ['万元，用于主干道大修', 363, 105]],
      [['管网改造工程', 90, 63], ['860.00', 300, 32], ['万元，用于雨污分流', 353, 95]],
    ]);
    const laid = layoutPdf([purposes]);
    expect(laid.tables).toBe(1);
    expect(laid.text).toContain('| 道路改造工程 | 1,200.00 | 万元，用于主干道大修 |');
  });

  it('a short last line ends its paragraph: the next one starts a new paragraph even at the margin', () => {
    const p = page([
      ['    本部门2025年“三公”经费财政拨款预算为95.6万元，比上年减少4.4万元，主要是', 111, 100, 394],
      ['压减公务接待费。', 90, 116, 84],
      ['2025年机关运行经费财政拨款预算为418.2万元，比上年增加6.3万元，主要是人员', 90, 132, 415],
      ['增加。', 90, 148, 31.5],
    ]);
    expect(paragraphs([p])).toEqual([
      '本部门2025年“三公”经费财政拨款预算为95.6万元，比上年减少4.4万元，主要是压减公务接待费。',
      '2025年机关运行经费财政拨款预算为418.2万元，比上年增加6.3万元，主要是人员增加。',
    ]);
  });

  it('a contents list whose entries run to the margin keeps one entry a paragraph', () => {
    const p = page([
      ['目 录', 280, 80, 31.5],
      ['八、政府性基金预算财政拨款收入支出决算情况说明及相关附表', 90, 100, 410],
      ['九、国有资本经营预算财政拨款收入支出决算情况说明及附表', 90, 116, 405],
      ['（十）预算绩效管理情况及重点项目绩效评价结果与应用说明', 90, 132, 410],
      ['第三部分 上海市某区某局2024年度部门决算情况说明与附表目录', 90, 148, 412],
    ]);
    expect(paragraphs([p])).toHaveLength(5);
  });

  it('drops page numbers of every common shape, and keeps a figure beside its label', () => {
    for (const n of ['- 4 -', '— 12 —', '第 3 页 共 9 页', '7 / 20', '15']) {
      expect(paragraphs([page([['正文。', 90, 100, 31.5], [n, 280, 800, 30]])])).toEqual(['正文。']);
    }
    expect(paragraphs([page([['支出合计', 90, 100, 42], ['15', 134, 100, 12]])])).toEqual(['支出合计15']);
  });

  it('gives radicals that PDF writers map glyphs to their ideographs, one unit for one', () => {
    const raw = '⼀般性转移⽀付⽐上年增加，部⻔预算收⼊，⻓期债务';
    expect(unifyRadicals(raw)).toBe('一般性转移支付比上年增加，部门预算收入，长期债务');
    expect(unifyRadicals(raw).length).toBe(raw.length);
    expect(unifyRadicals('预算收入100万元（2.5%）')).toBe('预算收入100万元（2.5%）');
    expect(paragraphs([page([[raw, 90, 100, 262]])])).toEqual(['一般性转移支付比上年增加，部门预算收入，长期债务']);
  });
});

describe('layoutPdf: a page set in two columns of prose', () => {
  const item = (str: string, x: number, y: number, size = 10) => ({ str, x, y, w: Array.from(str).length * size, size });
  const pageOf = (items: ReturnType<typeof item>[]): PdfPage => ({ width: 595, height: 842, items });
  // Each column 20 characters of 10 points wide: the left from 60 to 260, the right from 300 to 500.
  const column = (x: number, top: number, lines: string[]) => lines.map((t, i) => item(t, x, top + i * 18));

  it('reads the left column, then the right, joining a paragraph wrapped at the gutter and one carried over to the right column', () => {
    // Paragraphs wrapped at 20 characters a line, the first line indented by two; then cut into the two columns.
    const wrap = (p: string, heading = false): Array<[string, boolean]> => {
      const out: Array<[string, boolean]> = [];
      let rest = p;
      for (let first = !heading; rest; first = false) {
        const n = first ? 18 : 20;
        out.push([rest.slice(0, n), first]);
        rest = rest.slice(n);
      }
      return out;
    };
    const all = [
      ...wrap('一、一般公共预算收支执行情况', true),
      ...wrap('上半年全县一般公共预算收入完成较好，为年初预算的一半以上，比上年同期有所增长，其中税收收入增长较快，收入质量进一步提高。'),
      ...wrap('上半年全县一般公共预算支出进度加快，重点支出保障有力，其中教育和社会保障支出增长较快，民生支出占比保持稳定。'),
      ...wrap('二、政府性基金预算收支执行情况', true),
      ...wrap('上半年全县政府性基金预算收入有所下降，主要是国有土地使用权出让收入减少，政府性基金预算支出保持在年初预算范围之内。'),
    ];
    const half = Math.ceil(all.length / 2);
    const place = (x: number, rows: Array<[string, boolean]>) => rows.map(([t, indent], i) => item(t, indent ? x + 20 : x, 100 + i * 18));
    const laid = layoutPdf([pageOf([item('某县2025年上半年财政预算执行情况', 150, 60, 16), ...place(60, all.slice(0, half)), ...place(300, all.slice(half))])]);
    expect(laid.text).toContain('上半年全县一般公共预算收入完成较好，为年初预算的一半以上，比上年同期有所增长，其中税收收入增长较快，收入质量进一步提高。');
    expect(laid.text).toContain('上半年全县一般公共预算支出进度加快，重点支出保障有力，其中教育和社会保障支出增长较快，民生支出占比保持稳定。');
    expect(laid.text.indexOf('二、政府性基金')).toBeGreaterThan(laid.text.indexOf('民生支出占比保持稳定'));
    expect(laid.text).toContain('上半年全县政府性基金预算收入有所下降，主要是国有土地使用权出让收入减少，政府性基金预算支出保持在年初预算范围之内。');
    expect(laid.tables).toBe(0);
  });

  it('keeps a two-column table of names and their notes a table: its labels do not run to the gutter', () => {
    const rows = [
      ['财政拨款收入', '指本级财政当年拨付本部门的资金，含一般公共预算和政府性基金。'],
      ['事业收入', '指事业单位开展专业业务活动及辅助活动所取得的收入合计金额。'],
      ['其他收入', '指除上述财政拨款收入和事业收入以外的各项收入的合计金额。'],
      ['基本支出', '指为保障机构正常运转和完成日常工作任务而发生的各项支出。'],
      ['项目支出', '指在基本支出之外为完成特定行政任务或事业发展目标的支出。'],
      ['三公经费', '指因公出国（境）费、公务用车购置及运行费和公务接待费三项。'],
    ];
    const laid = layoutPdf([pageOf(rows.flatMap(([a, b], i) => [item(a, 60, 100 + i * 18), item(b, 200, 100 + i * 18, 6)]))]);
    expect(laid.text).toContain('| 事业收入 | 指事业单位开展专业业务活动及辅助活动所取得的收入合计金额。 |');
  });
});

describe('layoutPdf: lines that are never wrapped', () => {
  it('a cover title centred over two lines in large type stays two paragraphs', () => {
    const p: PdfPage = {
      width: 595,
      height: 842,
      items: [
        { str: '某市 XX 区财政局', x: 172.5, y: 270, w: 250, size: 36 },
        { str: '2025 年度部门预算', x: 140, y: 334, w: 315, size: 36 },
        { str: '一、部门主要职能', x: 80, y: 420, w: 120, size: 15 },
        { str: '负责全区财政收支的管理和监督，组织编制年度预算草案和决算草案，执行本级人民代表大会批准的预算。', x: 80, y: 440, w: 435, size: 15 },
      ],
    };
    expect(layoutPdf([p]).text.trim().split('\n\n').slice(0, 2)).toEqual(['某市 XX 区财政局', '2025 年度部门预算']);
  });

  it('a contents entry that ends in dot leaders is never joined with the next entry, even one starting 4．2025年', () => {
    const leaders = '…'.repeat(24);
    const entry = (label: string, y: number) => ({ str: `${label} ${leaders}`, x: 98, y, w: 420, size: 14 });
    const p: PdfPage = {
      width: 595,
      height: 842,
      items: [entry('3. 2025年部门支出预算总表', 285), entry('4．2025年部门财政拨款收支预算总表', 306), entry('5．2025年部门一般公共预算支出功能分类预算表', 328)],
    };
    expect(layoutPdf([p]).text.trim().split('\n\n')).toHaveLength(3);
  });
});

describe('positionRuns: pdf.js runs placed on the page', () => {
  // An A4 page at scale 1: pdf.js's viewport flips y so that the origin is the top-left corner.
  const A4 = [1, 0, 0, -1, 0, 841.89];

  it('puts a run at its baseline from the top left, in its font size, with its advance width', () => {
    const [it] = positionRuns(A4, [{ str: '收入合计', transform: [12, 0, 0, 12, 72, 769.89], width: 48 }]);
    expect(it).toEqual({ str: '收入合计', x: 72, y: 72, w: 48, size: 12 });
  });

  it('a page shown at another scale keeps widths in step with positions; condensed type keeps its size', () => {
    const [it] = positionRuns([2, 0, 0, -2, 0, 1683.78], [{ str: '100.00', transform: [6, 0, 0, 12, 300, 769.89], width: 18 }]);
    expect(it).toMatchObject({ x: 600, y: 144, w: 36, size: 24 });
  });

  it('leaves out text turned on its side and empty runs', () => {
    const runs = [
      { str: '内部资料', transform: [0, 12, -12, 0, 560, 400], width: 48 },
      { str: '', transform: [12, 0, 0, 12, 72, 700], width: 0 },
      { str: '正文', transform: [12, 0, 0, 12, 72, 700], width: 24 },
    ];
    expect(positionRuns(A4, runs).map((i) => i.str)).toEqual(['正文']);
  });
});

describe('layoutPdf: tables as browsers and office suites print them (dashes, wrapped heads, merged cells, type sizes)', () => {
  // Figures and dashes are half an em a character wide; CJK one em.
  const w = (s: string, size: number) => Array.from(s).reduce((n, c) => n + (c.charCodeAt(0) < 0x2e80 ? 0.5 : 1), 0) * size;
  const at = (str: string, x: number, y: number, size = 9.5) => ({ str, x, y, w: w(str, size), size });
  /** Right-aligned at `right`. */
  const ra = (str: string, right: number, y: number, size = 9.5) => at(str, right - w(str, size), y, size);
  const page = (items: ReturnType<typeof at>[], width = 595, height = 842): PdfPage => ({ width, height, items });
  const rowsOf = (text: string) => text.split('\n').filter((l) => l.startsWith('|') && !l.startsWith('| ---'));

  it('keeps a row whose cells hold a dash in its table, a cell of its own, one row a line (a dash is no dot leader)', () => {
    const items = [
      at('科目编码', 80, 220), at('科目名称', 220, 220), at('合计', 370, 220), at('基本支出', 420, 220), at('项目支出', 482, 220),
      ...[
        ['2080501', '行政单位离退休', '96.20', '96.20', '-'],
        ['2080505', '机关事业单位基本养老保险缴费支出', '344.19', '344.19', '-'],
        ['2070204', '文物保护', '1,085.56', '-', '1,085.56'],
        ['2070205', '博物馆', '600.00', '412.00', '188.00'],
      ].flatMap(([code, name, a, b, c], i) => [ra(code, 127, 240 + i * 20), at(name, 136, 240 + i * 20), ra(a, 402, 240 + i * 20), ra(b, 465, 240 + i * 20), ra(c, 528, 240 + i * 20)]),
    ];
    expect(rowsOf(layoutPdf([page(items)]).text)).toEqual([
      '| 科目编码 | 科目名称 | 合计 | 基本支出 | 项目支出 |',
      '| 2080501 | 行政单位离退休 | 96.20 | 96.20 | - |',
      '| 2080505 | 机关事业单位基本养老保险缴费支出 | 344.19 | 344.19 | - |',
      '| 2070204 | 文物保护 | 1,085.56 | - | 1,085.56 |',
      '| 2070205 | 博物馆 | 600.00 | 412.00 | 188.00 |',
    ]);
  });

  it('keeps a two-sided table’s row whose one figure is a dash, and its total row after it, in the table', () => {
    const items = [
      at('收入项目', 140, 525), at('预算数', 263, 525), at('支出项目', 371, 525), at('预算数', 489, 525),
      at('四、事业收入', 73, 546), ra('156.12', 302, 546), at('四、住房保障支出', 311, 546), ra('235.48', 528, 546),
      at('五、事业单位经营收入', 73, 566), ra('-', 302, 566),
      at('收入总计', 73, 586), ra('8,436.52', 302, 586), at('支出总计', 311, 586), ra('8,436.52', 528, 586),
    ];
    expect(rowsOf(layoutPdf([page(items)]).text)).toEqual([
      '| 收入项目 | 预算数 | 支出项目 | 预算数 |',
      '| 四、事业收入 | 156.12 | 四、住房保障支出 | 235.48 |',
      '| 五、事业单位经营收入 | - |  |  |',
      '| 收入总计 | 8,436.52 | 支出总计 | 8,436.52 |',
    ]);
  });

  it('still drops a page number drawn as dashes around the figure', () => {
    const body = (n: number) => [at(`第${n}页的正文。`, 72, 100, 12), at('-', 280, 800, 9), at(String(n), 292, 800, 9), at('-', 304, 800, 9)];
    expect(layoutPdf([page(body(1)), page(body(2))]).text).toBe('第1页的正文。\n\n第2页的正文。\n');
  });

  it('ends the table at a line in another type size (the next heading), though it sits inside the first column', () => {
    const items = [
      at('项目', 80, 600), at('预算数', 300, 600),
      at('一、一般公共预算拨款收入', 73, 620), ra('7,915.40', 340, 620),
      at('收入总计', 73, 640), ra('8,436.52', 340, 640),
      at('四、财政拨款收支预算情况', 68, 676, 13),
      at('2025年财政拨款收入预算8,235.40万元，比上年增加330.75万元。', 91, 700, 11.5),
    ];
    const text = layoutPdf([page(items)]).text;
    expect(rowsOf(text)).toHaveLength(3);
    expect(text).toContain('\n\n四、财政拨款收支预算情况\n\n');
  });

  // Word's automatic numbering draws the number, a tab, then the paragraph's text: two runs a gap apart.
  it('ends the table at a heading Word numbered in the table’s type size, its number a run of its own (a cell gap away, or less)', () => {
    const table = [
      at('项目', 80, 600), at('决算数', 300, 600),
      at('一般公共预算财政拨款收入', 73, 620), ra('2,904.18', 340, 620),
      at('收入合计', 73, 640), ra('3,186.42', 340, 640),
    ];
    for (const [num, gap] of [['三、', 14], ['（四）', 9], ['五、', 11]] as const) {
      const items = [...table, at(num, 73, 664), at('财政拨款支出决算情况', 73 + w(num, 9.5) + gap, 664), at('2024年度财政拨款支出3,054.18万元，占本年支出合计的95.9%。', 91, 688)];
      const text = layoutPdf([page(items)]).text;
      expect(rowsOf(text)).toHaveLength(3);
      expect(text).toContain(`\n\n${num} 财政拨款支出决算情况\n\n`);
    }
  });

  it('ends the table at such a heading whose words open with a year, right under the total row', () => {
    const table = [
      at('单位', 80, 600), at('一般债务', 220, 600), at('专项债务', 300, 600),
      at('青石镇', 73, 620), ra('12,860', 260, 620), ra('8,400', 340, 620),
      at('柳湾镇', 73, 640), ra('10,920', 260, 640), ra('6,200', 340, 640),
      at('合计', 73, 660), ra('23,780', 260, 660), ra('14,600', 340, 660),
    ];
    for (const [num, title] of [['七、', '2025年债务还本付息情况'], ['（三）', '2024年度预算执行情况']] as const) {
      const items = [...table, at(num, 73, 684), at(title, 73 + w(num, 9.5) + 11, 684), at('2025年全县到期政府债务本金72,460万元。', 91, 708)];
      const text = layoutPdf([page(items)]).text;
      expect(rowsOf(text)).toHaveLength(4);
      expect(text).toContain(`\n\n${num} ${title}\n\n`);
    }
  });

  it('reads items Word numbered 1. 2. 3. as paragraphs, not as a two-column table, and keeps each item’s wrapped line with it', () => {
    const items = [
      at('1.', 91, 100), at('因公出国（境）费0万元，与上年持平。', 120, 100),
      at('2.', 91, 120), ra('公务用车购置及运行维护费4.30万元，比上年增加0.40万元，主要是车辆维修', 522, 120),
      at('费用增加。', 73, 140), at('另有一段正文写到右边的页边，供量出版心的右边界，再多写几个字。', 73, 180),
      at('另有一段正文写到右边的页边，供量出版心的右边界，再多写几个字。', 73, 200),
      at('（3）', 91, 160), at('“三公”经费中的公务接待费2.22万元。', 125, 160),
    ];
    const text = layoutPdf([page(items)]).text;
    expect(rowsOf(text)).toEqual([]);
    // (the space after 1. is one Markdown does not take for a list)
    expect(text).toMatch(/^1\.\s因公出国（境）费0万元，与上年持平。$/m);
    expect(text).toMatch(/^2\.\s公务用车购置及运行维护费4.30万元，比上年增加0.40万元，主要是车辆维修费用增加。$/m);
    expect(text).toContain('（3） “三公”经费中的公务接待费2.22万元。');
  });

  it('keeps a row of a numbered label and its figure, and a label-only row with a figure after it, in the table', () => {
    const items = [
      at('项目', 80, 600), at('金额', 300, 600),
      at('1.', 73, 620), at('基本支出', 90, 620), ra('1,128.64', 340, 620),
      at('（一）', 73, 640), ra('3,186.42', 340, 640),
      at('合计', 73, 660), ra('4,315.06', 340, 660),
    ];
    expect(rowsOf(layoutPdf([page(items)]).text)).toHaveLength(4);
  });

  // LibreOffice's paragraphs: the right margin at 516; a closing 、 may hang past it; a footnote mark is
  // set in smaller type, raised; an opening bracket is never left at a line's end.
  const body = (str: string, y: number, x = 79.5) => at(str, x, y, 12);
  /** A paragraph's first line (indented two ems) ending at `right`. */
  const toMargin = (str: string, y: number, right = 516) => ({ str, x: 103.5, y, w: right - 103.5, size: 12 });
  const fullLines = (y: number) => [toMargin('本局负责全县农业农村发展规划、耕地质量建设和农产品质量安全监管等工', y), body('作，内设五个股室。', y + 20.6)];

  it('takes the right margin from full lines, not from one whose closing 、 hangs past it, and joins a line stopped short by a figure that would not fit', () => {
    const items = [
      ...fullLines(100),
      toMargin('截至2024年12月31日，本局公务用车保有量7辆，其中执法执勤用车5辆、', 160, 528),
      body('特种专业技术用车2辆。', 180.6),
      toMargin('收入预算42,186.50万元，比上年增加1,806.20万元，增长', 240, 477),
      body('4.5%。收入预算中，一般公共预算拨款收入占92.3%。', 260.6),
      ...fullLines(320),
    ];
    const text = layoutPdf([page(items)]).text;
    expect(text).toContain('增长4.5%。收入预算中');
  });

  it('joins a line that stopped short because the bracketed word after it moves down whole (因公出国 / （境）费)', () => {
    for (const [first, next] of [
      ['“三公”经费财政拨款支出决算28.75万元，其中：因公出国', '（境）费3.20万元，公务接待费8.20万元。'],
      ['按规定整合设立的专项资金共计1,256.00万元，包括', '《项目清单》所列项目和其他项目。'],
    ]) {
      const items = [...fullLines(100), toMargin(first, 160, 490), body(next, 180.6), ...fullLines(240)];
      expect(layoutPdf([page(items)]).text).toContain(first + next);
    }
    // A paragraph that ends far short of the margin still ends there.
    const items = [...fullLines(100), toMargin('其中：因公出国', 160, 300), body('（境）费3.20万元。', 180.6), ...fullLines(240)];
    expect(layoutPdf([page(items)]).text).not.toContain('因公出国（境）');
  });

  it('drops a footnote mark set small and raised between the lines of its paragraph, and the one before the note at the page’s foot', () => {
    const items = [
      ...fullLines(100),
      toMargin('“三公”经费财政拨款支出4.86万元，比上年减少1.14万元，下', 160),
      at('3', 92, 173, 7),
      body('降19.0%。其中：公务接待费1.26万元。', 180.6),
      ...fullLines(240),
      at('3', 79.5, 760, 6),
      at('下降幅度按上年决算数计算。', 86, 764, 9),
    ];
    const text = layoutPdf([page(items)]).text;
    expect(text).toContain('比上年减少1.14万元，下降19.0%。');
    expect(text).not.toMatch(/^3$/m);
    expect(text).toContain('下降幅度按上年决算数计算。');
  });

  it('keeps a lone figure in the type of the lines around it (a number wrapped in a table cell, a short line)', () => {
    const items = [at('合计', 73, 100), ra('2,904.1', 340, 100), ra('8', 340, 112), at('收入合计', 73, 130), ra('3,186.42', 340, 130)];
    expect(layoutPdf([page(items)]).text).toMatch(/\b8\b/);
  });

  it('does not carry a landscape page’s table onto the portrait page after it', () => {
    const wide = page(
      [
        at('科目名称', 170, 124), at('合计', 376, 124), at('基本支出', 440, 124),
        at('2080505 机关事业单位基本养老保险缴费支出', 62, 151), ra('2,647.00', 418, 151), ra('2,647.00', 492, 151),
        at('合计', 62, 171), ra('37,407.35', 418, 171), ra('32,480.02', 492, 171),
      ],
      842,
      595,
    );
    const next = page([at('四、“三公”经费支出决算情况', 68, 80, 9.5), at('2024年度“三公”经费财政拨款支出决算21.46万元。', 91, 104, 9.5)]);
    const text = layoutPdf([wide, next]).text;
    expect(rowsOf(text)).toHaveLength(3);
    expect(text).toContain('\n\n四、“三公”经费支出决算情况\n\n');
  });

  it('reads a head cell wrapped over two lines as one column, its right-aligned figures under it', () => {
    const items = [
      at('本年支出', 367, 118), at('上缴上级', 580, 118), at('对附属单位', 720, 118),
      at('科目编码及名称', 170, 124), at('基本支出', 440, 124), at('经营支出', 649, 124),
      at('合计', 376, 131), at('支出', 590, 131), at('补助支出', 725, 131),
      ...[['205 教育支出', '33,571.79', '28,644.46'], ['2080505 机关事业单位基本养老保险缴费支出', '2,647.00', '2,647.00']].flatMap(([name, a, b], i) => [
        at(name, 62, 151 + i * 20), ra(a, 418, 151 + i * 20), ra(b, 492, 151 + i * 20), ra('0.00', 629, 151 + i * 20), ra('0.00', 780, 151 + i * 20),
      ]),
    ];
    expect(rowsOf(layoutPdf([page(items, 842, 595)]).text)).toEqual([
      '| 科目编码及名称 | 本年支出 合计 | 基本支出 | 上缴上级 支出 | 经营支出 | 对附属单位 补助支出 |',
      '| 205 教育支出 | 33,571.79 | 28,644.46 | 0.00 |  | 0.00 |',
      '| 2080505 机关事业单位基本养老保险缴费支出 | 2,647.00 | 2,647.00 | 0.00 |  | 0.00 |',
    ]);
  });

  it('puts a dash at the edge of a cell under the head centred over that cell, not in a column of its own', () => {
    const items = [
      at('项目', 130, 139), at('合计', 461, 139), at('一般公共预算', 515, 139), at('国有资本经营预算', 694, 139),
      at('一、本年支出', 62, 159), ra('54,718.46', 498, 159), ra('52,318.46', 580, 159),
      at('二、年终结转结余', 62, 179), ra('-', 498, 179), ra('-', 580, 179), ra('-', 780, 179),
      at('支出总计', 62, 199), ra('54,718.46', 498, 199), ra('52,318.46', 580, 199),
    ];
    expect(rowsOf(layoutPdf([page(items, 842, 595)]).text)).toEqual([
      '| 项目 | 合计 | 一般公共预算 | 国有资本经营预算 |',
      '| 一、本年支出 | 54,718.46 | 52,318.46 |  |',
      '| 二、年终结转结余 | - | - | - |',
      '| 支出总计 | 54,718.46 | 52,318.46 |  |',
    ]);
  });

  it('reads 序号 centred over numbers set flush left in its cell, just short of it, as their head, not a column of its own', () => {
    // Word sets the numbers at the cell's left edge and centres the head: 1 … 6 end before 序号 begins.
    const rows = [['1', '城东片区雨污分流改造', '2.10', '1.85'], ['2', '乡镇卫生院标准化建设', '0.90', '0.90'], ['3', '县城应急备用水源', '1.40', '1.12']];
    const items = [
      at('序号', 82, 100), at('项目名称', 186, 100), at('债券资金', 318, 100), at('已支出', 398, 100),
      ...rows.flatMap(([n, name, a, b], i) => [at(n, 75.4, 116 + i * 16), at(name, 113, 116 + i * 16), ra(a, 370, 116 + i * 16), ra(b, 445, 116 + i * 16)]),
    ];
    expect(rowsOf(layoutPdf([page(items)]).text)).toEqual([
      '| 序号 | 项目名称 | 债券资金 | 已支出 |',
      '| 1 | 城东片区雨污分流改造 | 2.10 | 1.85 |',
      '| 2 | 乡镇卫生院标准化建设 | 0.90 | 0.90 |',
      '| 3 | 县城应急备用水源 | 1.40 | 1.12 |',
    ]);
  });

  it('keeps an empty column whose head stands well clear of the numbers before it, and one beside numbers that have a head', () => {
    const rows = [['1', '城东片区雨污分流改造', '2.10'], ['2', '乡镇卫生院标准化建设', '0.90']];
    // 备注 centred in a column no row fills, an em and more right of the amounts.
    const clear = [
      at('序号', 72, 100), at('项目名称', 150, 100), at('金额', 300, 100), at('备注', 352, 100),
      ...rows.flatMap(([n, name, a], i) => [at(n, 75, 116 + i * 16), at(name, 110, 116 + i * 16), ra(a, 330, 116 + i * 16)]),
    ];
    expect(rowsOf(layoutPdf([page(clear)]).text)[0]).toBe('| 序号 | 项目名称 | 金额 | 备注 |');
    // 金额 over its figures: 说明 just right of them heads an empty column of its own.
    const headed = [
      at('序号', 72, 100), at('项目名称', 150, 100), at('金额', 300, 100), at('说明', 334, 100),
      ...rows.flatMap(([n, name, a], i) => [at(n, 75, 116 + i * 16), at(name, 110, 116 + i * 16), ra(a, 330, 116 + i * 16)]),
    ];
    expect(rowsOf(layoutPdf([page(headed)]).text)[0]).toBe('| 序号 | 项目名称 | 金额 | 说明 |');
  });

  it('reads a 合计 centred in a cell merged over the code and name columns as that row’s label, not a column', () => {
    const items = [
      at('功能分类科目编码', 92, 110), at('功能分类科目名称', 269, 110), at('预算数（万元）', 444, 110),
      ...[['212', '城乡社区支出', '5,921.60'], ['21208', '国有土地使用权出让收入安排的支出', '4,100.00'], ['2120803', '城市建设支出', '3,260.00']].flatMap(([c, n, v], i) => [
        ra(c, 187, 130 + i * 20), at(n, 196, 130 + i * 20), ra(v, 528, 130 + i * 20),
      ]),
      at('合计', 120, 190), ra('5,912.60', 528, 190),
    ];
    const rows = rowsOf(layoutPdf([page(items)]).text);
    expect(rows[0]).toBe('| 功能分类科目编码 | 功能分类科目名称 | 预算数（万元） |');
    expect(rows.at(-1)).toBe('| 合计 |  | 5,912.60 |');
  });
});

describe('squeezeLetterSpacing: a line spread by letter spacing, as pdf.js spaces it', () => {
  it('drops the spaces beside CJK characters when most words are one character', () => {
    expect(squeezeLetterSpacing('11 个 项 目 年 初 预 算 合 计 4,935.50 万 元 ， 全 年 执 行 4,737.68 万 元')).toBe('11个项目年初预算合计4,935.50万元，全年执行4,737.68万元');
    expect(squeezeLetterSpacing('行 政 事 业 单 位 养 老 支 出')).toBe('行政事业单位养老支出');
  });

  it('keeps the spaces of text that is not spread: words of several characters, English, a figure set off in prose', () => {
    for (const s of ['本年度收入支出总计 307.82 万元，比上年增加 12.50 万元。', 'Annual budget of the county finance bureau for 2025', '一般公共服务支出 教育支出 科学技术支出 文化旅游体育与传媒支出 社会保障和就业支出 卫生健康支出']) {
      expect(squeezeLetterSpacing(s)).toBe(s);
    }
  });
});
