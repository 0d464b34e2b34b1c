import { describe, expect, it } from 'vitest';
import { parseText } from './parse-text.ts';
import { LineIndex } from './line-index.ts';
import { readFigures } from '../reading/figures/read-figures.ts';
import type { Block } from './types.ts';

const sourceOf = (source: string, b: Block, start = 0, end = b.text.length) => {
  const r = b.map.range(start, end);
  return source.slice(r.start, r.end);
};

// A PDF page about 35 characters wide: full lines are 34–38 UTF-16 units (half-width digits), paragraphs end short.
const pad = (s: string) => {
  if (s.length < 34 || s.length > 38) throw new Error(`line of ${s.length}: ${s}`);
  return s;
};
const PDF_LINES = [
  pad('二〇二四年全区一般公共预算收入执行情况良好，上级补助收入合计27.54亿'),
  pad('元，其中：返还性收入1.3亿元，一般性转移支付13.40亿元，专项转移支7.'),
  pad('39亿元，主要用于保障基本民生支出和重点项目支出，资金全部按时拨付。全区'),
  '政府性基金收入情况良好。',
  pad('三公经费支出情况总体良好，严格控制因公出国境经费和公务接待费用支出规'),
  pad('模，持续压减一般性支出，切实落实过紧日子的要求，确保经费合理使用，保障'),
  '单位正常运转。',
  pad('一、一般公共预算收支情况说明，请各单位认真阅读并对照本单位执行情况进行'),
  pad('自查，发现问题及时整改，确保预算执行进度和执行质量符合要求，切实提高资'),
  '金使用效益。',
];

describe('parseText', () => {
  const DRAFT = [
    '2024年，全区一般公共预算收入完成27.54亿元，比上年增长5.2%，主要是税收收入增长较快。',
    '其中：返还性收入1.3亿元，一般性转移支付13.40亿元，专项转移支付7.39亿元。',
    '三公经费支出合计152.5万元，比上年减少30万元，下降16.4%。',
    '政府债务余额28.5亿元，控制在限额以内。',
    '全年共开展绩效评价十二项，涉及资金约5亿元，评价结果全部为优良。',
    '一般公共预算支出完成31.62亿元，比上年增长3.1%，民生支出保障有力。',
    '政府性基金预算收入完成8.2亿元，比上年下降12.4%，主要是土地出让收入减少。',
    '国有资本经营预算收入完成0.35亿元，全部为利润收入，已调入一般公共预算。',
    '社会保险基金预算收入完成45.6亿元，比上年增长6.8%，收支平衡略有结余。',
  ];

  it('keeps paragraph-per-line drafts apart', () => {
    const doc = parseText(DRAFT.join('\n'));
    expect(doc.blocks.map((b) => b.text)).toEqual(DRAFT);
    expect(doc.blocks.every((b) => b.kind === 'paragraph')).toBe(true);
  });

  // A draft typed a paragraph per line, with lines of similar length, is not a wrapped page:
  // one line that lacks its final 。 stays its own paragraph.
  it('keeps paragraph-per-line drafts apart when a line lacks its final 。', () => {
    const lines = DRAFT.map((l, i) => (i === 6 ? l.slice(0, -1) : l));
    const doc = parseText(lines.join('\n'));
    expect(doc.blocks.map((b) => b.text)).toEqual(lines);
  });

  it('joins PDF-wrapped lines of similar width into one paragraph', () => {
    const source = PDF_LINES.join('\n');
    const doc = parseText(source);
    expect(doc.blocks.map((b) => b.text)).toEqual([
      PDF_LINES.slice(0, 4).join(''),
      PDF_LINES.slice(4, 7).join(''),
      PDF_LINES.slice(7, 10).join(''),
    ]);
  });

  it('joins a traditional copy where its simplified original joins (執行數為⏎1,690.69萬元)', () => {
    const simplified = PDF_LINES.join('\n');
    const traditional = simplified.replace(/预算/g, '預算').replace(/执行/g, '執行').replace(/资金/g, '資金').replace(/为/g, '為').replace(/万元/g, '萬元').replace(/亿元/g, '億元');
    expect(parseText(traditional).blocks.map((b) => b.text.length)).toEqual(parseText(simplified).blocks.map((b) => b.text.length));
    const two = ['2026年預算安排1,434.89萬元，2025年當年預算執行數為', '1,690.69萬元。'].join('\n');
    expect(parseText(two).blocks).toHaveLength(1);
  });

  it('joins where a PDF that keeps Word\'s gap before a unit (624.18 万元) joins without it', () => {
    const lines = [
      '全镇重点支出1,164.13万元，其中：农林水支出624.18万元，社会保障',
      '和就业支出318.90万元，城乡社区支出251.05万元。',
      '机关运行经费支出18.60万元，其中：办公费5.20万元，印刷费',
      '1.10万元，水电费3.30万元，差旅费2.40万元，其他6.60万元。',
    ];
    const plain = lines.join('\n');
    for (const spaced of [plain.replace(/(\d)万元/g, '$1 万元'), plain.replace(/(\d)万元/g, '$1  万元'), plain.replace(/([\u4e00-\u9fff])(\d[\d.,]*)万元/g, '$1 $2 万元')]) {
      expect(parseText(spaced).blocks.map((b) => b.kind)).toEqual(parseText(plain).blocks.map((b) => b.kind));
      expect(parseText(spaced).blocks).toHaveLength(2);
    }
  });

  it('joins an inline list wrapped so that its next item opens a line, in every numbering style', () => {
    for (const [a, b] of [
      ['本年度重点推进三项工作：（一）完善预算绩效目标管理；', '（二）强化绩效运行监控；（三）扩大重点评价范围。'],
      ['主要采取了以下措施：1.压减一般性支出；2.规范公务接待；', '3.严控会议和培训规模。'],
      ['资金主要用于三个方面：⑴农村道路日常养护；⑵小型水利设施维修；', '⑶村级公益事业奖补。'],
    ]) {
      expect(parseText(`${a}\n${b}`).blocks.map((x) => x.text)).toEqual([`${a}${b}`]);
    }
    // An item that opens the line above is a list laid out a line an item: each stays a paragraph.
    expect(parseText('（一）完善预算绩效目标管理；\n（二）强化绩效运行监控。').blocks).toHaveLength(2);
  });

  it('maps a figure split across a join back to both lines', () => {
    const source = PDF_LINES.join('\r\n');
    const doc = parseText(source);
    const b = doc.blocks[0];
    const figs = readFigures(b.text);
    expect(figs.map((f) => f.raw)).toEqual(['27.54亿元', '1.3亿元', '13.40亿元', '7.39亿元']);
    const lines = new LineIndex(source);
    const [total, , , last] = figs;
    const r1 = b.map.range(total.start, total.end);
    expect(source.slice(r1.start, r1.end)).toBe('27.54亿\r\n元');
    expect(lines.position(r1.start)).toEqual({ line: 1, column: PDF_LINES[0].indexOf('27.54') + 1 });
    expect(lines.position(r1.end)).toEqual({ line: 2, column: 2 });
    const r2 = b.map.range(last.start, last.end);
    expect(source.slice(r2.start, r2.end)).toBe('7.\r\n39亿元');
    expect(lines.position(r2.start).line).toBe(2);
    expect(lines.position(r2.end - 1).line).toBe(3);
  });

  it('joins a title of two documents set over two lines, the second opening with the 和 (及, 暨) that joins them', () => {
    for (const [first, second] of [
      ['岷江市2025年市级国有资本经营预算执行情况', '和2026年市级国有资本经营预算（草案）的说明'],
      ['关于青川县2025年预算执行情况', '暨2026年预算草案的报告'],
      ['河口区2025年社会保险基金预算执行情况', '及2026年社会保险基金预算草案'],
    ]) {
      const blocks = parseText(`${first}\n${second}\n\n河口区财政局`).blocks;
      expect(blocks.map((b) => b.text)).toEqual([first + second, '河口区财政局']);
    }
    // A line of prose opening with 和 after a title stays apart: it holds a clause.
    expect(parseText('某县2025年预算执行情况\n和上年相比，收入增长较快，支出结构持续优化。').blocks).toHaveLength(2);
  });

  // A draft that lists a table right under the sentence announcing it, cells parted by tabs: the sentence ends in a
  // colon, which leaves it open, but a line of tab-parted cells is the table's head, not the sentence's last words.
  it('reads a tab-separated table\'s head right under a sentence that ends in a colon as the head, whatever the sentence announcing it says', () => {
    for (const intro of ['2026年一般公共预算支出8,642.30万元，按功能分类科目列示如下（单位：万元）：', '本年度项目支出安排情况如下：', '各项支出预算的增减变化见下表:']) {
      const doc = parseText([intro, '科目\t2025年预算数\t2026年预算数\t增减额', '教育支出\t6,120.40\t6,342.10\t221.70', '住房保障支出\t2,180.00\t2,300.20\t120.20', '合计\t8,300.40\t8,642.30\t341.90', '以上支出均按规定程序编报。'].join('\n'));
      expect(doc.blocks.map((b) => b.text)[0]).toBe(intro);
      const head = doc.blocks.find((b) => b.text.startsWith('科目'));
      expect(head?.kind).toBe('table-row');
      expect(head?.table?.header).toBe(true);
      expect(doc.blocks.filter((b) => b.kind === 'table-row' && b.table && !b.table.header)).toHaveLength(3);
    }
  });

  it('does not join a numbered item into the line above it', () => {
    const doc = parseText(PDF_LINES.join('\n'));
    expect(doc.blocks[2].text.startsWith('一、')).toBe(true);
  });

  it('reads a paragraph on across a page marker, and splits paragraphs at blank lines', () => {
    const lines = [...PDF_LINES.slice(0, 2), '', '===== PAGE 3 =====', ...PDF_LINES.slice(2)];
    const doc = parseText(lines.join('\n'));
    expect(doc.blocks[0].text).toBe(PDF_LINES.slice(0, 4).join(''));
    expect(doc.blocks.some((b) => /PAGE/.test(b.text))).toBe(false);
    const blank = parseText(['第一段。', '', '第二段。'].join('\n'));
    expect(blank.blocks.map((b) => b.text)).toEqual(['第一段。', '第二段。']);
  });

  it('reads a paragraph on across the furniture of a page break, however it is printed', () => {
    const title = '青禾县2024年度财政决算说明';
    const breaks = [
      ['\f'], // pdftotext's form feed opening the next page, nothing else
      ['', '- 3 -', '\f'],
      ['第 3 页 共 12 页', '\f'],
      ['第 3 頁 共 12 頁', '\f'], // a traditional-character repost's
      ['', '— 3 —', '', `\f${title}`, ''], // the title printed again at the top of the page
    ];
    for (const brk of breaks) {
      const lines = [title, ...PDF_LINES.slice(0, 2), ...brk];
      // The form feed opens the first line of the next page unless the break gave it a line of its own.
      if (lines[lines.length - 1] === '\f') lines[lines.length - 1] = `\f${PDF_LINES[2]}`;
      else lines.push(PDF_LINES[2]);
      lines.push(...PDF_LINES.slice(3));
      const source = lines.join('\n');
      const doc = parseText(source);
      expect(doc.blocks.map((b) => b.text).slice(0, 2), JSON.stringify(brk)).toEqual([title, PDF_LINES.slice(0, 4).join('')]);
      for (const b of doc.blocks) expect(sourceOf(source, b, 0, b.text.length).replace(/[\f\n]|- 3 -|第 3 [页頁] 共 12 [页頁]|— 3 —|青禾县2024年度财政决算说明/g, '')).toBe(b.text === title ? '' : b.text);
    }
  });

  it('reads a running head that names the unit out of the text: beside every break, or inside a sentence at the one break of a short copy', () => {
    const head = '青禾县人民政府办公室';
    const twoBreaks = [...PDF_LINES.slice(0, 2), '- 1 -', `\f${head}`, ...PDF_LINES.slice(2, 6), '- 2 -', `\f${head}`, ...PDF_LINES.slice(6)];
    const oneBreak = [...PDF_LINES.slice(0, 2), '', '第1页，共2页', `\f${head}`, ...PDF_LINES.slice(2)];
    for (const lines of [twoBreaks, oneBreak]) {
      const doc = parseText(lines.join('\n'));
      expect(doc.blocks.map((b) => b.text)).toEqual([PDF_LINES.slice(0, 4).join(''), PDF_LINES.slice(4, 7).join(''), PDF_LINES.slice(7, 10).join('')]);
    }
    // After a sentence has ended, a name after the one break may be the title of what follows: it stays.
    const ended = parseText([...PDF_LINES.slice(0, 4), '- 1 -', `\f${head}`, ...PDF_LINES.slice(4)].join('\n'));
    expect(ended.blocks.map((b) => b.text)).toContain(head);
  });

  it('reads a double-spaced copy (a blank line after every line) as the same copy without them; two blank lines still part paragraphs', () => {
    const expected = [PDF_LINES.slice(0, 4).join(''), PDF_LINES.slice(4, 7).join(''), PDF_LINES.slice(7, 10).join('')];
    expect(parseText(PDF_LINES.join('\n\n')).blocks.map((b) => b.text)).toEqual(expected);
    const parted = [...PDF_LINES.slice(0, 4), '', ...PDF_LINES.slice(4)].join('\n\n');
    expect(parseText(parted).blocks.map((b) => b.text)).toEqual(expected);
    // Written a paragraph a line with a blank line between each, it reads as it did.
    const draft = ['一、收支预算总体情况', '2025年本部门收支预算总额1,840.50万元。', '二、财政拨款支出预算情况', '财政拨款支出预算1,702.30万元，', '主要用于保障机构运转。', '三、其他事项', '本部门无政府采购预算。', '本部门无国有资产占用。'];
    expect(parseText(draft.join('\n\n')).blocks.map((b) => b.text)).toEqual(parseText(draft.join('\n')).blocks.map((b) => b.text));
  });

  it('reads a paragraph on across one blank line inside a sentence (pdftotext -layout on wide line spacing): inside a number, a word, a clause', () => {
    const expected = [PDF_LINES.slice(0, 4).join(''), PDF_LINES.slice(4, 7).join(''), PDF_LINES.slice(7, 10).join('')];
    // After 支7. (a number broken), after 规 (a word broken), after 资 (one more word), each a line that ran to the margin.
    const gaps = [...PDF_LINES.slice(0, 2), '', ...PDF_LINES.slice(2, 5), '', ...PDF_LINES.slice(5, 9), '', PDF_LINES[9]];
    expect(parseText(gaps.join('\n')).blocks.map((b) => b.text)).toEqual(expected);
    // The same indented as -layout prints a paragraph's first line.
    const indented = gaps.map((l, i) => (i === 0 || l === PDF_LINES[4] || l === PDF_LINES[7] ? `    ${l}` : l));
    expect(parseText(indented.join('\n')).blocks.map((b) => b.text)).toEqual(expected);
    // A clause left open at the margin (…总计增加⏎⏎307.82万元，…) reads on; its figure keeps its place in the source.
    const open = [...PDF_LINES, '', pad('本单位当年财政拨款收支总计307.82万元。与2023年度相比，总计增加'), '', '307.82万元，增长100.00%。主要原因是单位于2024年成立。'].join('\n');
    const doc = parseText(open);
    expect(doc.blocks).toHaveLength(4);
    const last = doc.blocks[3];
    const at = last.text.lastIndexOf('307.82');
    expect(sourceOf(open, last, at, at + 6)).toBe('307.82');
    expect(last.map.range(at, at + 6).start).toBe(open.lastIndexOf('307.82'));
  });

  it('still parts paragraphs at a blank line after a sentence, a short line, a ；or a ：, and before a numbered item', () => {
    // After the paragraphs of PDF_LINES, so the page's right margin is known.
    const parts = (lines: string[]) => parseText([...PDF_LINES, '', ...lines].join('\n')).blocks.slice(3).map((b) => b.text);
    // A line that ended its sentence at the margin.
    expect(parts([PDF_LINES[2], PDF_LINES[3].replace('。', ''), '', PDF_LINES[4]])).toHaveLength(2);
    expect(parts([pad('财政拨款支出预算1,702.30万元，主要用于保障机构正常运转和履职需要。'), '', PDF_LINES[4]])).toHaveLength(2);
    // A line ending on ；or ：at the margin: the items below may be set apart on purpose.
    expect(parts([pad('全年财政拨款支出主要用于以下方面：一般公共服务支出126.30万元；'), '', pad('教育支出88.10万元；卫生健康支出56.20万元，占全年支出的百分之十五。')])).toHaveLength(2);
    // The next numbered heading.
    expect(parts([pad('持续压减一般性支出，切实落实过紧日子的要求，确保经费合理使用，并保障'), '', '二、政府性基金预算支出情况'])).toHaveLength(2);
  });

  it('reads table-of-contents lines as toc blocks', () => {
    const source = ['目录', '一、收支总体情况........................3', '二、三公经费情况 ………… 5', '三、政府债务情况······12', '一、收支总体情况', '全区收入合计27.54亿元。'].join('\n');
    const doc = parseText(source);
    expect(doc.blocks.map((b) => b.kind)).toEqual(['paragraph', 'toc', 'toc', 'toc', 'paragraph', 'paragraph']);
  });

  it('strips indentation, trailing spaces and a BOM, mapping back exactly', () => {
    const source = '\uFEFF　　合计27.54亿元。  \r\n    其中返还性收入1.3亿元。';
    const doc = parseText(source);
    expect(doc.blocks.map((b) => b.text)).toEqual(['合计27.54亿元。', '其中返还性收入1.3亿元。']);
    for (const b of doc.blocks) expect(sourceOf(source, b)).toBe(b.text);
  });

  it('handles lone \\r line ends', () => {
    const source = '第一行合计1亿元。\r第二行合计2亿元。\r';
    const doc = parseText(source);
    expect(doc.blocks.map((b) => sourceOf(source, b))).toEqual(['第一行合计1亿元。', '第二行合计2亿元。']);
  });

  it('gives an empty document no blocks', () => {
    expect(parseText('').blocks).toEqual([]);
    expect(parseText('\n\r\n  \n').blocks).toEqual([]);
  });
});

describe('parseText: tables flattened one row a line', () => {
  const src = [
    '表2  支出预算表',
    '单位：万元',
    '项目              2024年执行数    2025年预算数    增减额    增减率',
    '一般公共服务支出      1,286          1,342          56      4.4%',
    '社会保障和就业支出      946          1,018          72      7.6%',
    '合计                  2,232          2,360         128      5.7%',
    '2025年支出预算2,360万元，较上年执行数增长5.7%。',
  ].join('\n');

  it('reads the header and rows into cells, with the unit of the caption', () => {
    const rows = parseText(src).blocks.filter((b) => b.table);
    expect(rows.map((b) => b.cells!.map((c) => b.text.slice(c.start, c.end)))).toEqual([
      ['项目', '2024年执行数', '2025年预算数', '增减额', '增减率'],
      ['一般公共服务支出', '1,286', '1,342', '56', '4.4%'],
      ['社会保障和就业支出', '946', '1,018', '72', '7.6%'],
      ['合计', '2,232', '2,360', '128', '5.7%'],
    ]);
    expect(rows.map((b) => [b.table!.row, b.table!.header, b.table!.unit])).toEqual([
      [0, true, '万元'],
      [1, false, '万元'],
      [2, false, '万元'],
      [3, false, '万元'],
    ]);
  });

  it('reads a rate cell whose % a converter set apart ("5.7 %", "5.7 ％", a tab-laid "5.7 %") as one cell, as the same table without the gap', () => {
    const variants = [
      (r: string) => r.replace(/(\d)%/g, '$1 %'),
      (r: string) => r.replace(/(\d)%/g, '$1 ％'),
      (r: string) => r.replace(/ {2,}/g, '\t').replace(/(\d)%/g, '$1 %'),
    ];
    const cellsOf = (text: string) => parseText(text).blocks.filter((b) => b.table).map((b) => b.cells!.map((c) => b.text.slice(c.start, c.end).replace(/[\s\u3000]/g, '').replace('％', '%')));
    const written = cellsOf(src);
    expect(written).toHaveLength(4);
    for (const v of variants) {
      const lines = src.split('\n');
      const text = [...lines.slice(0, 2), ...lines.slice(2, 6).map(v), lines[6]].join('\n');
      expect(cellsOf(text)).toEqual(written);
    }
  });

  it('keeps a spaced number and its % in a line of prose out of any table', () => {
    const prose = ['项目支出比上年增长 5.7 %', '基本支出比上年下降 2.1 %', '2025年支出预算2,360万元。'].join('\n');
    expect(parseText(prose).blocks.filter((b) => b.table)).toEqual([]);
  });

  it('takes a table laid out one cell a line in the unit noted above it across a blank line or two, as a table one row a line does', () => {
    for (const gap of [[], [''], ['', '']]) {
      const lines = ['2024年“三公”经费支出决算情况见下表，单位：万元。', ...gap, '项目', '预算数', '决算数', '因公出国（境）费', '0.00', '0.00', '公务接待费', '12.00', '9.86', '合计', '12.00', '9.86'];
      const rows = parseText(lines.join('\n')).blocks.filter((b) => b.table);
      expect(rows.length, JSON.stringify(gap)).toBe(4);
      expect(rows.map((b) => b.table!.unit)).toEqual(['万元', '万元', '万元', '万元']);
    }
  });

  it('takes an indicator table laid out one cell a line (指标 | 分值 | 得分, 评价指标 | 权重 | 自评得分)', () => {
    for (const [item, weight, score] of [['指标', '分值', '得分'], ['评价指标', '权重', '自评得分'], ['一级指标', '标准分', '评分']]) {
      const lines = ['表1 绩效评价指标评分表', item, weight, score, '决策', '20', '18.5', '项目立项', '8', '7.5', '绩效目标', '12', '11.0', '合计', '20', '18.5', '', '评价组认为项目总体完成了年度目标。'];
      const rows = parseText(lines.join('\n')).blocks.filter((b) => b.table);
      expect(rows.map((b) => b.cells!.map((c) => b.text.slice(c.start, c.end))), item).toEqual([[item, weight, score], ['决策', '20', '18.5'], ['项目立项', '8', '7.5'], ['绩效目标', '12', '11.0'], ['合计', '20', '18.5']]);
    }
  });

  it('reads on a table a page break cuts, its head printed again on the next page (under 续表 or not)', () => {
    for (const sep of ['\t', '    ']) {
      const row = (...c: string[]) => c.join(sep);
      const head = row('项目', '2024年执行数', '2025年预算数');
      for (const again of [[head], ['续表', head], ['表2（续）', head]]) {
        const lines = ['表2 支出预算表', '单位：万元', head, row('合计', '2,232', '2,360'), row('一般公共服务支出', '1,286', '1,342'), '', '- 4 -', '', ...again.map((l, i) => (i === 0 ? `\f${l}` : l)), row('社会保障和就业支出', '946', '1,018'), '全年支出预算2,360万元。'];
        const rows = parseText(lines.join('\n')).blocks.filter((b) => b.table);
        expect(rows.map((b) => [b.table!.row, b.text.slice(b.cells![0].start, b.cells![0].end)]), `${JSON.stringify(sep)} ${again.join('|')}`).toEqual([
          [0, '项目'],
          [1, '合计'],
          [2, '一般公共服务支出'],
          [3, '社会保障和就业支出'],
        ]);
        expect(new Set(rows.map((b) => b.table!.id)).size).toBe(1);
      }
    }
  });

  it('reads a row of fewer cells than the head by where its cells stand: the heads over none are its empty cells', () => {
    const ragged = src.replace('946          1,018          72      7.6%', '946          1,018');
    const rows = parseText(ragged).blocks.filter((b) => b.table);
    expect(rows[2].cells!.map((c) => rows[2].text.slice(c.start, c.end))).toEqual(['社会保障和就业支出', '946', '1,018', '', '']);
    // Cells that stand under no head of their own (a figure between two columns) leave the table unread.
    const astray = src.replace('946          1,018          72      7.6%', '       946     1,018');
    expect(parseText(astray).blocks.filter((b) => b.table)).toEqual([]);
  });

  it('reads a caption whose year a PDF set apart (河阳市 2024 年…表) as the caption, not as a sentence', () => {
    const spaced = src.replace('表2  支出预算表', '表2  河阳市 2025 年支出预算表');
    const rows = parseText(spaced).blocks.filter((b) => b.table);
    expect(rows).toHaveLength(4);
    expect(rows[0].table!.unit).toBe('万元');
    // As the caption without the gaps is read.
    expect(parseText(spaced).blocks.map((b) => b.kind)).toEqual(parseText(src.replace('表2  支出预算表', '表2  河阳市2025年支出预算表')).blocks.map((b) => b.kind));
  });

  it('takes the unit of a note in the line before the table across a blank line or two', () => {
    const rows = (text: string) => parseText(text).blocks.filter((b) => b.table);
    const table = '功能分类\t预算数\t占比\n社会保障和就业支出\t19,842.30\t83.8%\n卫生健康支出\t612.45\t2.6%\n合计\t20,454.75\t86.4%';
    expect(rows(`按功能分类，2025年支出预算如下（单位：万元）：\n\n${table}`)[0].table!.unit).toBe('万元');
    const spaced = table.replace(/\t/g, '      ');
    expect(rows(`2025年支出预算按功能分类列示（单位：亿元）\n\n\n${spaced}`)[0].table!.unit).toBe('亿元');
  });

  it('takes the unit of a note at the foot of a page for the table that opens the next page', () => {
    const rows = (text: string) => parseText(text).blocks.filter((b) => b.table);
    const table = '科目名称\t年初预算\t决算数\n教育支出\t4,862.40\t4,806.15\n卫生健康支出\t1,218.60\t1,242.05\n合计\t6,081.00\t6,048.20';
    const note = '2025年度一般公共预算财政拨款支出6,048.20万元，分功能科目情况如下（单位：万元）：';
    // A form feed alone, a page number before it, a blank line on either side.
    expect(rows(`${note}\n\f${table}`)[0].table!.unit).toBe('万元');
    expect(rows(`${note}\n\n- 3 -\n\n\f${table}`)[0].table!.unit).toBe('万元');
    // The document's name printed again over the new page, as a running head, between them too.
    const head = '江岚区教育局2025年度部门决算';
    const pages = (t: string) => `${head}\n\n${note}\n\n\n— 1 —\n\f${head}\n\n${t}\n\n— 2 —\n\f${head}\n\n（二）其他说明\n本部门无政府性基金预算财政拨款支出。`;
    expect(rows(pages(table))[0].table!.unit).toBe('万元');
    const spaced = table.replace(/\t/g, '        ');
    expect(rows(`${note.replace('万元）', '亿元）')}\n\n第 2 页 共 9 页\n\f${spaced}`)[0].table!.unit).toBe('亿元');
    // A paragraph that ends the page names no unit: the table keeps none.
    expect(rows(`本部门2025年度无政府性基金预算财政拨款支出，相关表格为空表。\n\f${table}`)[0].table!.unit).toBeUndefined();
  });

  it('takes the unit of a caption a hard wrap cut before its last bracket or inside its unit', () => {
    const rows = (text: string) => parseText(text).blocks.filter((b) => b.table);
    const table = '科目名称\t年初预算\t决算数\n科学技术支出\t4,620.00\t4,986.30\n社会保障和就业支出\t420.00\t412.60\n合计\t5,040.00\t5,398.90';
    const caption = '表1  青岚市农业科学研究所2025年度一般公共预算财政拨款支出决算表';
    expect(rows(`${caption}（单位：万元\n）\n${table}`)[0].table!.unit).toBe('万元');
    expect(rows(`${caption}（单位：万\n元）\n${table}`)[0].table!.unit).toBe('万元');
    expect(rows(`${caption}（单位：亿元\n）\n\n${table}`)[0].table!.unit).toBe('亿元');
    // A bracket closing a sentence's aside is no unit's tail.
    expect(rows(`本所财政拨款支出按功能分类列示（不含上年结转\n）\n${table}`)[0].table!.unit).toBeUndefined();
  });

  it('reads a head cell\'s own unit (资金（万元）) for its column only, as a Markdown table does', () => {
    const rows = parseText('序号\t项目名称\t资金（万元）\t得分\n1\t道路养护\t481.00\t92.0\n2\t水库除险\t236.50\t86.5\n3\t文化活动\t58.20\t78.0').blocks.filter((b) => b.table);
    expect(rows[1].table!.columns).toEqual([undefined, undefined, '万元', undefined]);
    const spaced = parseText('项目名称        年初预算（亿元）    执行数（亿元）    执行率（%）\n教育支出        12.40               11.86             95.6\n卫生健康支出    6.20                6.05              97.6\n合计            18.60               17.91             96.3').blocks.filter((b) => b.table);
    expect(spaced[0].table!.columns).toEqual([undefined, '亿元', '亿元', '%']);
  });

  it('reads a row whose text cell groups thousands (管护面积12,000亩) as a row when the line is laid out in cells', () => {
    const cellsOfRows = (text: string) => parseText(text).blocks.filter((b) => b.table).map((b) => b.cells!.map((c) => b.text.slice(c.start, c.end))[0]);
    const tabbed = '表2 重点项目绩效目标（单位：万元）\n项目名称\t预算金额\t主要产出指标\n人居环境整治\t620.00\t整治自然村18个\n农田管护\t415.50\t管护面积12,000亩\n物资储备\t86.00\t储备点位5处\n合计\t1,121.50\t—';
    expect(cellsOfRows(tabbed)).toEqual(['项目名称', '人居环境整治', '农田管护', '物资储备', '合计']);
    const spaced = '项目名称        预算金额    主要产出指标\n道路养护        481.00      养护里程1,260公里\n水库除险        236.50      除险水库3座\n合计            717.50      —';
    expect(cellsOfRows(spaced)).toEqual(['项目名称', '道路养护', '水库除险', '合计']);
    // A line of prose with a single space or none stays prose: its comma may be all that tells it.
    expect(parseText('全年管护面积12,000亩 完成年度目标\n合计 1,121.50\n其中 620.00').blocks[0].kind).toBe('paragraph');
  });

  it('reads a traditional copy\'s 單位：萬元 as the table\'s unit', () => {
    for (const note of ['單位：萬元', '单位：萬元', '（單位：億元）']) {
      const rows = parseText(src.replace('单位：万元', note)).blocks.filter((b) => b.table);
      expect(rows[0].table!.unit).toBe(note.includes('億') ? '亿元' : '万元');
    }
  });

  it('reads a two-column table when a tab parts its cells, and columns of names and grades beside the numbers', () => {
    const two = parseText('功能科目\t决算数\n一般公共服务支出\t28,416\n公共安全支出\t9,872\n教育支出\t61,305\n合计\t99,593').blocks;
    expect(two.filter((b) => b.table).map((b) => b.cells!.length)).toEqual([2, 2, 2, 2, 2]);
    // Spaces may part two words of a line of prose: two cells apart by spaces are no table.
    expect(parseText('功能科目    决算数\n一般公共服务支出    28,416\n公共安全支出    9,872\n教育支出    61,305').blocks.some((b) => b.table)).toBe(false);
    const graded = parseText('序号  项目名称        主管部门      得分    等级\n1     农村公路养护    县交通局      92.5    优\n2     校舍维修        县教育局      78.5    良\n3     城乡医保补助    县医保局      86.0    良').blocks;
    expect(graded.filter((b) => b.table).map((b) => b.cells!.map((c) => b.text.slice(c.start, c.end)))[2]).toEqual(['2', '校舍维修', '县教育局', '78.5', '良']);
    // A column of grades alone beside the names is a list, not a table of figures.
    expect(parseText('项目名称\t主管部门\t等级\n农村公路养护\t县交通局\t优\n校舍维修\t县教育局\t良\n城乡医保补助\t县医保局\t良').blocks.some((b) => b.table)).toBe(false);
  });

  it('reads a row whose name holds a 、 (股利、股息收入) as a row, not as a line of prose', () => {
    const t = parseText(['项目                    预算数    决算数    完成预算%', '利润收入                8,600     9,124     106.1', '股利、股息收入          2,400     2,186     91.1', '产权转让收入            1,500     1,830     122.0', '合计                    12,500    13,140    105.1'].join('\n'));
    expect(t.blocks.filter((b) => b.table).map((b) => b.text.slice(b.cells![0].start, b.cells![0].end))).toEqual(['项目', '利润收入', '股利、股息收入', '产权转让收入', '合计']);
    // Without a number a line naming things apart by 、 is prose.
    expect(parseText('主要包括办公费、差旅费和会议费\n收入支出总表').blocks[0].kind).toBe('paragraph');
  });

  it('a row of figures after a wide gap is a table row, not a contents entry', () => {
    const kinds = parseText(['项目        年初预算数      决算数      增减额', '税收收入      12,600        13,184        584', '非税收入       4,200         3,962       -238', '合计          16,800        17,146        346'].join('\n')).blocks.map((b) => b.kind);
    expect(kinds).toEqual(['table-row', 'table-row', 'table-row', 'table-row']);
  });
});

describe('parseText: a table head set over several lines (pdftotext -layout)', () => {
  /** A line with each text set at its column, as pdftotext -layout places it; a negative column ends a text flush right there. */
  const place = (...items: Array<[number, string]>) => {
    let line = '';
    for (const [at, text] of items) {
      const start = at < 0 ? -at - text.length : at;
      line = line.padEnd(start, ' ') + text;
    }
    return line;
  };
  const heads = (source: string) => {
    const head = parseText(source).blocks.find((b) => b.table?.header);
    return head ? head.cells!.map((c) => head.text.slice(c.start, c.end)) : undefined;
  };
  const tableRows = (source: string) => parseText(source).blocks.filter((b) => b.table && !b.table.header);

  // Rows with a blank line after each, as -layout prints a table of tall rows.
  const budget = [
    '表3 2025年部门支出预算表',
    place([40, '单位：万元']),
    place([23, '2025年预算'], [63, '比上年']),
    place([44, '2024年预']),
    place([0, '项目名称'], [69, '增减率']),
    place([15, '合计'], [24, '基本支出'], [35, '项目支出'], [47, '算'], [55, '增减额']),
    place([69, '（%）']),
    place([0, '教育支出'], [-20, '412.60'], [-31, '300.20'], [-41, '112.40'], [-51, '398.00'], [-60, '14.60'], [-73, '3.7']),
    '',
    place([0, '卫生健康支出'], [-20, '86.40'], [-31, '62.10'], [-41, '24.30'], [-51, '80.00'], [-60, '6.40'], [-73, '8.0']),
    '',
    place([0, '合计'], [-20, '499.00'], [-31, '362.30'], [-41, '136.70'], [-51, '478.00'], [-60, '21.00'], [-73, '4.4']),
    '',
    '2025年支出预算499.00万元。',
  ].join('\n');

  it('reads a head wrapped in its boxes (2024年预 / 算) under a group head, a blank line after every row, as a Markdown table names it', () => {
    expect(heads(budget)).toEqual(['项目名称', '合计', '2025年预算 基本支出', '项目支出', '2024年预算', '比上年 增减额', '增减率 （%）']);
    const rows = tableRows(budget);
    expect(rows.map((b) => b.cells!.map((c) => b.text.slice(c.start, c.end))[0])).toEqual(['教育支出', '卫生健康支出', '合计']);
    expect(rows.every((b) => b.table!.unit === '万元' && b.cells!.length === 7)).toBe(true);
    // The head's pieces map back to where each stands in the source.
    const head = parseText(budget).blocks.find((b) => b.table?.header)!;
    expect(head.map.toSource(head.cells![4].start)).toBe(budget.indexOf('2024年预'));
    expect(head.map.toSource(head.cells![4].end - 1)).toBe(budget.indexOf('算', budget.indexOf('项目支出')));
    // The caption and the unit note above the head are no part of it.
    expect(parseText(budget).blocks.slice(0, 2).map((b) => [b.text, b.table])).toEqual([
      ['表3 2025年部门支出预算表', undefined],
      ['单位：万元', undefined],
    ]);
  });

  it('reads a 序 / 号 and a 资金（万 / 元） wrapped in their boxes: the serial column, the column\'s own unit, the grades', () => {
    const graded = [
      place([26, '资金（万']),
      place([0, '序号'], [12, '项目名称'], [36, '自评得分'], [46, '等级']),
      place([28, '元）']),
      place([0, '1'], [10, '道路养护工程'], [-34, '420.50'], [-42, '92.5'], [47, '优']),
      place([0, '2'], [10, '河道清淤'], [-34, '86.20'], [-42, '84.0'], [47, '良']),
      place([0, '3'], [10, '路灯改造'], [-34, '130.00'], [-42, '91.0'], [47, '优']),
    ].join('\n');
    expect(heads(graded)).toEqual(['序号', '项目名称', '资金（万元）', '自评得分', '等级']);
    expect(tableRows(graded)[0].table!.columns).toEqual([undefined, undefined, '万元', undefined, undefined]);
    expect(tableRows(graded).map((b) => b.text.slice(b.cells![4].start, b.cells![4].end))).toEqual(['优', '良', '优']);
    const serial = [
      '单位：万元',
      place([0, '序'], [40, '完成率']),
      place([14, '项目名称'], [26, '年初预算'], [35, '决算数']),
      place([0, '号'], [40, '（%）']),
      place([0, '1'], [10, '村级组织运转'], [-31, '186.00'], [-40, '180.40'], [-46, '97.0']),
      place([0, '2'], [10, '河道保洁'], [-31, '24.00'], [-40, '22.80'], [-46, '95.0']),
      place([0, '3'], [10, '森林防火'], [-31, '18.00'], [-40, '17.46'], [-46, '97.0']),
    ].join('\n');
    expect(heads(serial)).toEqual(['序号', '项目名称', '年初预算', '决算数', '完成率 （%）']);
    expect(tableRows(serial)).toHaveLength(3);
  });

  it('reads a group head over a 小计 and its parts (公务用车购置及运行费 over 小计 | 购置费 | 运行费) as a Markdown table names it', () => {
    const sangong = [
      place([17, '因公出国'], [25, '公务用车购置及运行费']),
      place([3, '项目'], [10, '合计'], [56, '公务接待费']),
      place([17, '（境）费'], [28, '小计'], [36, '购置费'], [46, '运行费']),
      place([0, '2024年预算数'], [-15, '48.50'], [-23, '6.00'], [-31, '32.00'], [-40, '12.00'], [-50, '20.00'], [-60, '10.50']),
      place([0, '2024年决算数'], [-15, '41.30'], [-23, '0.00'], [-31, '31.40'], [-40, '12.00'], [-50, '19.40'], [-60, '9.90']),
      place([0, '2023年决算数'], [-15, '44.80'], [-23, '3.80'], [-31, '30.60'], [-40, '10.00'], [-50, '20.60'], [-60, '10.40']),
    ].join('\n');
    expect(heads(sangong)).toEqual(['项目', '合计', '因公出国 （境）费', '公务用车购置及运行费 小计', '购置费', '运行费', '公务接待费']);
    expect(tableRows(sangong)).toHaveLength(3);
  });

  it('leaves rows unread whose k-th cells stand under different columns (a row with an empty 人员经费, another with an empty 公用经费)', () => {
    const coded = [
      place([0, '经济分类']),
      place([6, '经济分类科目名称'], [24, '合计（元）'], [40, '人员经费（元）'], [58, '公用经费（元）']),
      place([0, '科目编码']),
      place([0, '30101 基本工资'], [-34, '2,846,520.00'], [-52, '2,846,520.00']),
      place([0, '30102 津贴补贴'], [-34, '3,120,480.00'], [-52, '3,120,480.00']),
      place([0, '30201 办公费'], [-34, '186,000.00'], [-70, '186,000.00']),
      place([0, '30205 水费'], [-34, '24,000.00'], [-70, '24,000.00']),
    ].join('\n');
    expect(heads(coded)).toBeUndefined();
  });

  it('reads the 合计 row of a table numbered in a 序号 column, which has no number, with 合计 first and its name cell empty, in every layout', () => {
    const cellsOfRows = (source: string) => tableRows(source).map((b) => b.cells!.map((c) => b.text.slice(c.start, c.end)));
    const oneLine = [
      '序号    项目名称        年初预算    决算数    完成率',
      '1       道路养护          68.00      66.42     97.7',
      '2       河道保洁          24.00      22.80     95.0',
      '合计                      92.00      89.22     97.0',
    ].join('\n');
    expect(cellsOfRows(oneLine).at(-1)).toEqual(['合计', '', '92.00', '89.22', '97.0']);
    // Under a head over three lines, its two wide figures one space apart as -layout prints them.
    const stackedRows = [
      place([0, '序'], [40, '完成率']),
      place([14, '项目名称'], [26, '年初预算'], [35, '决算数']),
      place([0, '号'], [40, '（%）']),
      place([0, '1'], [10, '村级组织运转'], [-31, '1,186.00'], [-40, '1,180.40'], [-46, '99.5']),
      place([0, '2'], [10, '河道保洁'], [-31, '24.00'], [-40, '22.80'], [-46, '95.0']),
      place([0, '合计'], [-31, '1,210.00'], [-41, '1,203.20'], [-46, '99.4']),
    ].join('\n');
    expect(cellsOfRows(stackedRows).at(-1)).toEqual(['合计', '', '1,210.00', '1,203.20', '99.4']);
    // Dashes where the 合计 row has no score or grade.
    const graded = [
      '序号    项目名称          资金（万元）    自评得分    等级',
      '1       道路养护工程        420.50          92.5       优',
      '2       河道清淤             86.20          84.0       良',
      '合 计                      506.70           —         —',
    ].join('\n');
    expect(cellsOfRows(graded).at(-1)).toEqual(['合 计', '', '506.70', '—', '—']);
  });

  it('reads heads set one space apart over more columns of figures as one head a word (决算数 完成预算% 上年决算数)', () => {
    const capital = [
      '项目                          预算数    决算数 完成预算% 上年决算数     增长%',
      '利润收入                      30,800    32,460     105.4    30,180       7.6',
      '产权转让收入                   4,400     4,860     110.5     4,420      10.0',
      '收入合计                      35,200    37,320     106.0    34,600       7.9',
    ].join('\n');
    expect(heads(capital)).toEqual(['项目', '预算数', '决算数', '完成预算%', '上年决算数', '增长%']);
    const budget = [
      '科目名称              本年预算 上年预算 增减额    增减%',
      '一般公共服务支出      1,286.40  1,198.20    88.20     7.4',
      '教育支出                620.00    640.00   -20.00    -3.1',
      '合计                  1,906.40  1,838.20    68.20     3.7',
    ].join('\n');
    expect(heads(budget)).toEqual(['科目名称', '本年预算', '上年预算', '增减额', '增减%']);
    const fund = [
      '险种          年初预算数 调整预算数 决算数 完成率%',
      '职工养老保险     82,400     84,600   85,120   100.6',
      '城乡居民养老     12,300     12,300   12,046    97.9',
      '合计             94,700     96,900   97,166   100.3',
    ].join('\n');
    expect(heads(fund)).toEqual(['险种', '年初预算数', '调整预算数', '决算数', '完成率%']);
    // A sub-column's head with its 其中： (其中:专项债务余额) is one word too.
    const debt = [
      '县区 债务限额 债务余额 其中:专项债务余额',
      '市本级                            486.20          472.38          298.64',
      '青岩县                            168.80          171.26          104.42',
      '合计                              655.00          643.64          403.06',
    ].join('\n');
    expect(heads(debt)).toEqual(['县区', '债务限额', '债务余额', '其中:专项债务余额']);
    // A year and its word one space apart stay one head (2024 年预算), as words do that make no more heads than the rows have cells.
    expect(heads(['项目    2024 年预算    2025 年预算', '教育支出    1,200.00    1,320.00', '合计    1,200.00    1,320.00'].join('\n'))).toEqual(['项目', '2024 年预算', '2025 年预算']);
  });

  it('keeps a row of one cell fewer that is no 合计 out of the table, and a figure and a word one space apart in one cell', () => {
    const rows = [
      '序号    项目名称        年初预算    决算数    完成率',
      '1       道路养护          68.00      66.42     97.7',
      '2       河道保洁          24.00      22.80     95.0',
      '备注                      92.00      89.22     97.0',
    ].join('\n');
    expect(tableRows(rows).map((b) => b.text.slice(b.cells![0].start, b.cells![0].end))).toEqual(['1', '2']);
    expect(heads(['项目    2024 年预算    2025 年预算', '教育支出    1,200.00    1,320.00', '科技支出    300.00    310.00', '合计    1,500.00    1,630.00'].join('\n'))).toEqual(['项目', '2024 年预算', '2025 年预算']);
  });
  describe('tables laid out with spaces, as pdftotext -layout prints them (columns counted on the page: an ideograph two)', () => {
    const cols = (...items: Array<[number, string]>) => {
      let line = '';
      let w = 0;
      for (const [at, text] of items) {
        line += ' '.repeat(Math.max(1, at - w)) + text;
        w = Math.max(w + 1, at) + [...text].reduce((a, c) => a + (c.charCodeAt(0) >= 0x2e80 ? 2 : 1), 0);
      }
      return line.replace(/^ /, '');
    };
    const cellsOfRow = (b: Block) => b.cells!.map((c) => b.text.slice(c.start, c.end));

    it('reads a row whose empty cells left nothing under the heads its cells stand nearest: in the middle and at the end', () => {
      const source = [
        '表1　国有资本收益预算表',
        cols([0, '企业名称'], [30, '利润收入'], [44, '股利、股息收入'], [64, '产权转让收入'], [82, '合计']),
        cols([0, '合计'], [31, '5,280'], [49, '1,860'], [68, '980'], [82, '8,120']),
        cols([0, '县城市建设投资集团有限公司'], [31, '2,460'], [50, '820'], [82, '3,280']),
        cols([0, '县粮食储备有限公司'], [32, '300'], [84, '300']),
        cols([0, '县文化旅游发展有限公司'], [32, '480'], [50, '260']),
        cols([0, '县交通投资发展有限公司'], [31, '1,180'], [50, '460'], [68, '980'], [82, '2,620']),
      ].join('\n');
      expect(tableRows(source).map(cellsOfRow)).toEqual([
        ['合计', '5,280', '1,860', '980', '8,120'],
        ['县城市建设投资集团有限公司', '2,460', '820', '', '3,280'],
        ['县粮食储备有限公司', '300', '', '', '300'],
        ['县文化旅游发展有限公司', '480', '260', '', ''],
        ['县交通投资发展有限公司', '1,180', '460', '980', '2,620'],
      ]);
    });

    it('reads a second column of labels the head left unnamed (小计 beside a group, its parts set under 小计): every row has its cells', () => {
      // The 三公 table: 合计 first, one group split into 小计 and its parts in a second label column.
      const sanGong = [
        cols([0, '项目'], [50, '2025年预算数'], [66, '2026年预算数'], [82, '增减额'], [92, '增减率']),
        cols([0, '合计'], [50, '24.80'], [66, '24.40'], [82, '-0.40'], [92, '-1.6%']),
        cols([0, '因公出国（境）费'], [50, '0.00'], [66, '0.00'], [82, '0.00'], [92, '—']),
        cols([0, '公务用车购置及运行维护费'], [28, '小计'], [50, '18.00'], [66, '18.00'], [82, '0.00'], [92, '0.0%']),
        cols([28, '公务用车购置费'], [50, '0.00'], [66, '0.00'], [82, '0.00'], [92, '—']),
        cols([28, '公务用车运行维护费'], [50, '18.00'], [66, '18.00'], [82, '0.00'], [92, '0.0%']),
        cols([0, '公务接待费'], [50, '6.80'], [66, '6.40'], [82, '-0.40'], [92, '-5.9%']),
      ].join('\n');
      expect(heads(sanGong)).toEqual(['项目', '', '2025年预算数', '2026年预算数', '增减额', '增减率']);
      expect(tableRows(sanGong).map(cellsOfRow)).toEqual([
        ['合计', '', '24.80', '24.40', '-0.40', '-1.6%'],
        ['因公出国（境）费', '', '0.00', '0.00', '0.00', '—'],
        ['公务用车购置及运行维护费', '小计', '18.00', '18.00', '0.00', '0.0%'],
        ['', '公务用车购置费', '0.00', '0.00', '0.00', '—'],
        ['', '公务用车运行维护费', '18.00', '18.00', '0.00', '0.0%'],
        ['公务接待费', '', '6.80', '6.40', '-0.40', '-5.9%'],
      ]);
      // A 收入 table whose 财政拨款收入 splits by fund, the group named in the first column and 合计 last.
      const income = [
        cols([0, '收入项目'], [36, '2025年预算数'], [52, '2026年预算数']),
        cols([0, '财政拨款收入'], [18, '小计'], [38, '1,206.10'], [54, '1,260.40']),
        cols([18, '一般公共预算'], [38, '1,146.10'], [54, '1,180.40']),
        cols([18, '政府性基金预算'], [40, '60.00'], [56, '80.00']),
        cols([0, '事业收入'], [40, '92.00'], [56, '96.00']),
        cols([0, '合计'], [38, '1,298.10'], [54, '1,356.40']),
      ].join('\n');
      expect(tableRows(income).map(cellsOfRow)).toEqual([
        ['财政拨款收入', '小计', '1,206.10', '1,260.40'],
        ['', '一般公共预算', '1,146.10', '1,180.40'],
        ['', '政府性基金预算', '60.00', '80.00'],
        ['事业收入', '', '92.00', '96.00'],
        ['合计', '', '1,298.10', '1,356.40'],
      ]);
      // Without a row labelled twice, a row set further in is only indented: no column is added.
      const indented = [
        cols([0, '项目'], [30, '2025年决算数'], [46, '2024年决算数']),
        cols([0, '基本支出'], [32, '812.35'], [48, '796.10']),
        cols([2, '人员经费'], [32, '701.15'], [48, '688.40']),
        cols([2, '公用经费'], [32, '111.20'], [48, '107.70']),
      ].join('\n');
      expect(heads(indented)).toEqual(['项目', '2025年决算数', '2024年决算数']);
    });

    it('reads a 收支总表 laid side by side (收    入 | 预算数 | 支    出 | 预算数), its second label column a column of names', () => {
      const spaced = [
        cols([0, '收    入'], [36, '预算数'], [46, '支    出'], [80, '预算数']),
        cols([0, '一、一般公共预算拨款收入'], [34, '90,620.36'], [46, '一、科学技术支出'], [80, '1,120.00']),
        cols([0, '二、事业收入'], [36, '6,862.40'], [46, '二、农林水支出'], [78, '96,362.76']),
        cols([0, '收入总计'], [34, '97,482.76'], [46, '支出总计'], [78, '97,482.76']),
      ].join('\n');
      expect(tableRows(spaced).map(cellsOfRow)).toEqual([
        ['一、一般公共预算拨款收入', '90,620.36', '一、科学技术支出', '1,120.00'],
        ['二、事业收入', '6,862.40', '二、农林水支出', '96,362.76'],
        ['收入总计', '97,482.76', '支出总计', '97,482.76'],
      ]);
      // Tab-separated, the rows past the income side's last open with tabs: those cells are the empty income side.
      const tabbed = ['收入\t预算数\t支出\t预算数', '一、财政拨款收入\t2,186.42\t一、一般公共服务支出\t862.36', '二、其他收入\t12.50\t二、公共安全支出\t48.20', '\t\t三、社会保障和就业支出\t1,288.36', '收入合计\t2,198.92\t支出合计\t2,198.92'].join('\n');
      expect(tableRows(tabbed).map(cellsOfRow)).toEqual([
        ['一、财政拨款收入', '2,186.42', '一、一般公共服务支出', '862.36'],
        ['二、其他收入', '12.50', '二、公共安全支出', '48.20'],
        ['', '', '三、社会保障和就业支出', '1,288.36'],
        ['收入合计', '2,198.92', '支出合计', '2,198.92'],
      ]);
      // A third wording: 支出项目 heads the second side.
      const items = ['收入项目\t预算数\t支出项目\t预算数', '财政拨款收入\t960.00\t基本支出\t720.00', '\t\t项目支出\t240.00', '合计\t960.00\t合计\t960.00'].join('\n');
      expect(tableRows(items).map(cellsOfRow)[1]).toEqual(['', '', '项目支出', '240.00']);
    });

    it('reads a code and its name printed in one cell under the code’s head, the name’s head over nothing: its figures stay under theirs', () => {
      const source = [
        cols([1, '科目编码'], [27, '科目名称'], [46, '合计'], [59, '基本支出'], [75, '项目支出']),
        cols([5, '2070101 行政运行'], [43, '812.35'], [57, '812.35']),
        cols([5, '2070104 图书馆'], [43, '436.20'], [57, '298.40'], [73, '173.80']),
      ].join('\n');
      expect(tableRows(source).map(cellsOfRow)).toEqual([
        ['2070101 行政运行', '', '812.35', '812.35', ''],
        ['2070104 图书馆', '', '436.20', '298.40', '173.80'],
      ]);
    });

    it('reads a code column laid out with spaces (科目编码 | 科目名称 | …), sub-rows indented, and a 合计 spread over the code and name cells', () => {
      const source = [
        cols([0, '科目编码'], [10, '科目名称'], [36, '2024年预算数'], [50, '2025年预算数'], [66, '增减额'], [76, '增减幅度（%）']),
        cols([0, '201'], [10, '一般公共服务支出'], [39, '8,420.00'], [53, '8,906.30'], [66, '486.30'], [80, '5.8']),
        cols([0, '20103'], [12, '政府办公厅及相关机构事务'], [39, '6,180.00'], [53, '6,412.50'], [66, '232.50'], [80, '3.8']),
        cols([0, '2010301'], [14, '行政运行'], [39, '4,260.00'], [53, '4,398.10'], [66, '138.10'], [80, '3.2']),
        cols([0, '合'], [5, '计'], [39, '8,420.00'], [53, '8,906.30'], [66, '486.30'], [80, '5.8']),
      ].join('\n');
      expect(tableRows(source).map(cellsOfRow)).toEqual([
        ['201', '一般公共服务支出', '8,420.00', '8,906.30', '486.30', '5.8'],
        ['20103', '政府办公厅及相关机构事务', '6,180.00', '6,412.50', '232.50', '3.8'],
        ['2010301', '行政运行', '4,260.00', '4,398.10', '138.10', '3.2'],
        ['合  计', '', '8,420.00', '8,906.30', '486.30', '5.8'],
      ]);
    });

    it('reads a word whose characters the page spread over its cell (科  目 | 项    目 | 金  额 | 合  计) as one cell', () => {
      const spaced = (first: string, last = '增减(%)') =>
        [
          cols([0, first], [32, '2024年预算数'], [47, '2025年预算数'], [62, last]),
          cols([0, '一般公共服务支出'], [37, '3,860'], [52, '3,942'], [66, '2.1']),
          cols([0, '卫生健康支出'], [39, '412'], [54, '436'], [66, '8.5']),
          cols([0, '城乡社区支出'], [37, '3,080'], [52, '3,214'], [66, '4.4']),
        ].join('\n');
      expect(heads(spaced('科  目'))).toEqual(['科  目', '2024年预算数', '2025年预算数', '增减(%)']);
      expect(heads(spaced('项    目'))).toEqual(['项    目', '2024年预算数', '2025年预算数', '增减(%)']);
      const withTotal = `${spaced('项  目', '金  额')}\n${cols([0, '合  计'], [37, '7,352'], [52, '7,592'], [66, '3.3'])}`;
      expect(heads(withTotal)).toEqual(['项  目', '2024年预算数', '2025年预算数', '金  额']);
      expect(tableRows(withTotal).map(cellsOfRow)[3]).toEqual(['合  计', '7,352', '7,592', '3.3']);
      expect(tableRows(spaced('科  目')).map(cellsOfRow)[1]).toEqual(['卫生健康支出', '412', '436', '8.5']);
    });

    it('reads a head laid out with tabs as a head, though a cell names two things with 、', () => {
      const source = ['企业名称\t利润收入\t股利、股息收入\t合计', '合计\t5,280\t1,860\t7,140', '县城投集团\t2,460\t820\t3,280', '县交投公司\t2,820\t1,040\t3,860'].join('\n');
      expect(heads(source)).toEqual(['企业名称', '利润收入', '股利、股息收入', '合计']);
    });
  });

  it('reads on into a line that opens with an amount and its unit, where the line above stopped inside a clause short of the margin', () => {
    const body = '全市一般公共预算收入完成86.42亿元，为调整预算85.30亿元的101.3%，比上年增长4.8%。其中，税收收入62.18亿元，增长3.6%，非税收入24.24亿元，主要是国有资源有偿使用收入增加。全市一般公共预算支出完成132.60亿元，为调整预算135.60亿元的97.8%，下降2.1%，主要是一次性支出减少。';
    // Wrapped 36 characters a line, the first stopping short after 为调整预算 (as a hand-wrapped copy may).
    const lines = ['　　（一）一般公共预算。全市一般公共预算收入完成86.42亿元，为调整预算'];
    for (let at = body.indexOf('85.30'); at < body.length; at += 36) lines.push(body.slice(at, at + 36));
    const text = lines.join('\n');
    const para = parseText(text).blocks.find((b) => b.text.includes('86.42'))!;
    expect(para.text).toContain('为调整预算85.30亿元的101.3%');
    // The same with the commas and brackets typed half-width: the lines measure as wide.
    const half = text.replace(/，/g, ',').replace(/（/g, '(').replace(/）/g, ')');
    expect(parseText(half).blocks.find((b) => b.text.includes('86.42'))!.text).toContain('为调整预算85.30亿元');
  });
  it('ends a title as wide as the page at the blank line after it, though no stop closes it', () => {
    const body = '根据我街道2023年度部门决算，现将“三公”经费、会议费和培训费支出情况说明如下，全年各项支出均按规定标准执行，未超过年初预算安排。';
    const lines = ['北湖街道办事处2024年度部门决算“三公”经费、会议费和培训费支出情况说明', ''];
    for (let at = 0; at < body.length; at += 37) lines.push(body.slice(at, at + 37));
    lines.push('', '一、“三公”经费财政拨款支出决算情况', '2024年度“三公”经费财政拨款支出决算为12.86万元，较年初预算15.20万元减少2.34万元，下降15.4%，主要是', '压减公务接待。');
    const blocks = parseText(lines.join('\n')).blocks;
    expect(blocks[0].text).toBe('北湖街道办事处2024年度部门决算“三公”经费、会议费和培训费支出情况说明');
  });
});

describe('a table’s title printed again over the next page', () => {
  const title = '                    表3  2024年度重点项目绩效自评结果表';
  const head = '    项目名称              预算数      执行数     执行率     得分';
  const rows = ['    教学质量提升工程    3,260.00    3,186.42     97.7%      93.5', '    学科建设专项        4,800.00    4,312.60     89.8%      88.6', '    学生资助资金        5,426.80    5,426.80    100.0%      96.0'];
  it('is page furniture: the rows after it go on the table', () => {
    const src = [title, head, rows[0], '', '- 2 -', '\f' + title, rows[1], rows[2], ''].join('\n');
    const doc = parseText(src);
    const tables = new Set(doc.blocks.filter((b) => b.table).map((b) => b.table!.id));
    expect(tables.size).toBe(1);
    expect(doc.blocks.filter((b) => b.table).length).toBe(4);
    expect(doc.blocks.filter((b) => b.text.includes('自评结果表')).length).toBe(1);
  });
});
