import { describe, expect, it } from 'vitest';
import { parseText } from './parse-text.ts';
import { isTocEntry, splitLines } from './text-lines.ts';
import type { Block } from './types.ts';

const paragraphs = (source: string) => parseText(source).blocks.filter((b) => b.kind === 'paragraph').map((b) => b.text);
const kinds = (source: string) => parseText(source).blocks.map((b) => [b.kind, b.text] as const);
const sourceOf = (source: string, b: Block) => {
  const r = b.map.range(0, b.text.length);
  return source.slice(r.start, r.end);
};

// A page about 38 ideographs wide, as pdftotext gives it: full lines stop mid-sentence, paragraphs end short.
const PAGE = [
  '2025年全县一般公共预算收入完成86,420万元，为调整预算的101.3%，比上年增长',
  '6.8%，其中税收收入52,310万元，非税收入34,110万元，税收占比达到60.5%，收入',
  '质量稳步提升。',
  '全县一般公共预算支出完成312,560万元，比上年下降2.1%，主要是上年一次性',
  '项目支出较多，今年按照过紧日子的要求压减一般性支出，重点保障基层“三保”',
  '支出需要。',
  '全县政府性基金预算收入完成41,200万元，比上年下降18.6%，主要是国有土地使',
  '用权出让收入减少，房地产市场持续调整，土地成交面积和成交价格均有所回落',
  '。',
  '全县国有资本经营预算收入完成1,260万元，全部为国有企业上缴利润，按规定调',
  '入一般公共预算统筹使用，国有资本经营预算支出主要用于国有企业退休人员社会',
  '化管理补助和解决历史遗留问题。',
];
const PARAGRAPHS = [PAGE.slice(0, 3).join(''), PAGE.slice(3, 6).join(''), PAGE.slice(6, 9).join(''), PAGE.slice(9).join('')];

describe('page furniture', () => {
  it('drops page numbers in their usual shapes and reads the paragraph on across them', () => {
    for (const furniture of ['- 4 -', '— 3 —', '－12－', '第 1 页 共 2 页', '第2页', '共3页 第1页', '===== PAGE 7 =====', '12', '3 / 9']) {
      const lines = [...PAGE.slice(0, 2), furniture, ...PAGE.slice(2)];
      expect(paragraphs(lines.join('\n')), furniture).toEqual(PARAGRAPHS);
    }
  });

  it('keeps a number set on its own line when the text runs on through it', () => {
    expect(paragraphs('全县一般公共预算收入比上年增长\n12\n%，主要是税收收入增加。')).toEqual(['全县一般公共预算收入比上年增长12%，主要是税收收入增加。']);
    expect(paragraphs('“三公”经费支出合计\n86\n万元，比上年减少。')).toEqual(['“三公”经费支出合计86万元，比上年减少。']);
  });

  it('keeps the page break transparent even with blank lines around the marker', () => {
    const lines = [...PAGE.slice(0, 4), '', '===== PAGE 2 =====', '', ...PAGE.slice(4)];
    expect(paragraphs(lines.join('\n'))).toEqual(PARAGRAPHS);
  });

  it('drops a running header repeated at every page break, even in the middle of a paragraph', () => {
    const head = '某某县2025年预算执行情况的报告';
    const lines = [
      ...PAGE.slice(0, 2),
      '- 1 -',
      head,
      ...PAGE.slice(2, 5),
      '- 2 -',
      head,
      ...PAGE.slice(5, 8),
      '- 3 -',
      head,
      ...PAGE.slice(8),
    ];
    expect(paragraphs(lines.join('\n'))).toEqual(PARAGRAPHS);
    // Printed once, the same line is the text's own.
    expect(paragraphs([head, ...PAGE].join('\n'))[0]).toBe(head);
  });

  it('drops the title printed again at the top of later pages, after two page breaks, even inside a sentence', () => {
    const title = '某某区2024年政府债务情况说明';
    const cut = [title, ...PAGE.slice(0, 3), '- 1 -', title, ...PAGE.slice(3, 7), '— 2 —', title, ...PAGE.slice(7)];
    expect(paragraphs(cut.join('\n'))).toEqual([title, ...PARAGRAPHS]);
    const department = '某某局2025年部门预算';
    const pages = [department, ...PAGE.slice(0, 5), '第 1 页', department, ...PAGE.slice(5, 8), '第 2 页', department, ...PAGE.slice(8)];
    expect(paragraphs(pages.join('\n'))).toEqual([department, ...PARAGRAPHS]);
    // Any other short line beside only two page breaks is the text's own.
    const other = '以下为具体情况';
    expect(paragraphs([title, ...PAGE.slice(0, 3), '- 1 -', other, ...PAGE.slice(3, 7), '- 2 -', other, ...PAGE.slice(7)].join('\n'))).toContain(other);
  });

  it('drops a line naming a document of a year beside each of only two page breaks (a few pages copied from a viewer)', () => {
    for (const head of ['白河区市场监督管理局2024年度部门决算', '某某县2025年“三公”经费预算说明', '某某街道2024年度预算执行情况报告']) {
      // the page number before or after the head, the break inside a sentence or a figure
      const footerFirst = [...PAGE.slice(0, 2), '— 6 —', head, ...PAGE.slice(2, 7), '— 7 —', head, ...PAGE.slice(7)];
      const headFirst = [...PAGE.slice(0, 4), head, '第 2 页', ...PAGE.slice(4, 7), head, '第 3 页', ...PAGE.slice(7)];
      expect(paragraphs(footerFirst.join('\n')), head).toEqual(PARAGRAPHS);
      expect(paragraphs(headFirst.join('\n')), head).toEqual(PARAGRAPHS);
    }
    expect(paragraphs(['全年国内公务接待86批次，接待人次1,0', '— 7 —', '白河区市场监督管理局2024年度部门决算', '24人次，主要是上级检查。', '— 8 —', '白河区市场监督管理局2024年度部门决算', '完。'].join('\n'))[0]).toBe(
      '全年国内公务接待86批次，接待人次1,024人次，主要是上级检查。',
    );
    // A line beside only some of the breaks, or one that names no document, is the text's own.
    const once = [...PAGE.slice(0, 2), '— 6 —', '某某县2025年部门预算', ...PAGE.slice(2, 7), '— 7 —', ...PAGE.slice(7)];
    expect(paragraphs(once.join('\n')).join('')).toContain('某某县2025年部门预算');
    const plain = [...PAGE.slice(0, 2), '— 6 —', '以下为具体情况', ...PAGE.slice(2, 7), '— 7 —', '以下为具体情况', ...PAGE.slice(7)];
    expect(paragraphs(plain.join('\n')).join('')).toContain('以下为具体情况');
  });

  it('drops lines of dot leaders left by a contents page', () => {
    const source = ['目', '录', '一、部门主要职能', '……………………………………………', '二、部门机构设置', '··················', '三、名词解释'].join('\n');
    expect(paragraphs(source)).toEqual(['目录', '一、部门主要职能', '二、部门机构设置', '三、名词解释']);
  });
});

describe('joining wrapped lines', () => {
  it('joins a page wrapped at its width and keeps paragraph ends', () => {
    expect(paragraphs(PAGE.join('\n'))).toEqual(PARAGRAPHS);
  });

  it('joins a break inside a number, before a %, a unit or a closing bracket, whatever the width', () => {
    const cases: Array<[string, string]> = [
      ['其中专项转移支付7.', '39亿元，主要用于农业生产发展。'],
      ['年末政府债务余额为1,2', '86.40亿元，控制在限额以内。'],
      ['“三公”经费支出比上年下降12.5', '%，主要是公务接待批次减少。'],
      ['机关运行经费支出为171.01', '万元，比上年有所减少。'],
      ['主要用于因公出国（境', '）团组的国际旅费和住宿费。'],
      ['全年共完成绩效评价项目38个，涉及资金2.6亿元', '。'],
      ['本年收入合计2,946.25万元，其中：财政拨款收入2,940.05万元，占99.79%', '；其他收入6.20万元，占0.21%。'],
    ];
    for (const [a, b] of cases) expect(paragraphs(`${a}\n${b}`), a).toEqual([a + b]);
  });

  it('joins a break inside a word of the genre in a line of prose (决算⏎数, 社⏎会保障)', () => {
    const cases: Array<[string, string]> = [
      ['住房保障支出（类）全年预算410.50万元，决算数410.50万元，决算数与全年预算', '数持平。'],
      ['一般公共预算财政拨款支出1,862.30万元，主要用于以下方面：社', '会保障和就业支出（类）326.72万元。'],
      ['公务用车购置及运行维护费支出35.14万元，主要用', '于公务用车燃料费、维修费和保险费。'],
      ['一般公共预算财政拨款基本支出5,842.17万元，其中人员经费5,106.38万元，公用经', '费735.79万元。'],
    ];
    for (const [a, b] of cases) expect(paragraphs(`${a}\n${b}`), a).toEqual([a + b]);
  });

  it('joins a line that stops on a copula, a comma or an open quotation', () => {
    const cases: Array<[string, string]> = [
      ['1、公共安全支出（类）司法（款）行政运行（项）1,434.89万元。2025年当年预算执行数为', '1,690.69万元，2026年预算安排1,434.89万元。'],
      ['与上年相比，一般公共预算财政拨款支出减少63.14万元，', '下降2.10%，主要是项目支出进度放缓。'],
      ['四、其他收入：指单位取得的除“财政拨款收入”、“事业收', '入”等以外的收入。'],
      ['“三公”经费支出决算数比上年减少（如持平作', '持平表述）。'],
    ];
    for (const [a, b] of cases) expect(paragraphs(`${a}\n${b}`), a).toEqual([a + b]);
  });

  it('joins a list wrapped over several lines, up to its 合计', () => {
    const lines = [
      '2025年区级“三公”经费预算合计386万元，其中：因公出国（境）费42万元，公务用车购置',
      '费60万元，公务用车运行维护费188万元，公务',
      '接待费96万元，与上年相比减少14万元，合计386万元。',
    ];
    expect(paragraphs(lines.join('\n'))).toEqual([lines.join('')]);
    // A line that ran to the margin goes on after its ；, a short one is an item set on its own line.
    const wrapped = [
      ...PAGE.slice(0, 6),
      '一般公共预算财政拨款支出2,940.05万元，主要用于以下方面：一般公共服务支',
      '出（类）2,106.66万元，占71.65%；社会保障和就业支出（类）326.72万元；',
      '卫生健康支出（类）60.99万元，占2.07%；住房保障支出（类）445.69万元，占',
      '15.16%。',
      ...PAGE.slice(6),
    ];
    expect(paragraphs(wrapped.join('\n'))).toContain(wrapped.slice(6, 10).join(''));
    const itemPerLine = ['本年支出合计1,236.92万元，其中：', '基本支出718.64万元，占58.10%；', '项目支出518.28万元，占41.90%。'];
    expect(paragraphs(itemPerLine.join('\n'))).toEqual([itemPerLine.slice(0, 2).join(''), itemPerLine[2]]);
    // Copy-pasted at random widths: the break falls inside an item's name.
    const pasted = ['全年转移支付收入146.82亿元，其中返还性收入8.64亿元，一般性转移', '支付117.36亿元，专项转移支付20.82亿元。'];
    expect(paragraphs(pasted.join('\n'))).toEqual([pasted.join('')]);
  });

  it('keeps a title ending on its number apart from a line starting with one', () => {
    expect(paragraphs('附件2\n2025年部门预算表')).toEqual(['附件2', '2025年部门预算表']);
    expect(paragraphs('表3\n2024年一般公共预算支出决算表')).toEqual(['表3', '2024年一般公共预算支出决算表']);
  });

  it('keeps numbered items, 一是… items and finished sentences on their own', () => {
    const source = [
      '2025年重点做好以下工作：',
      '一是严格执行人大批准的预算。',
      '二是加快支出进度。',
      '（一）强化预算约束',
      '1、严把绩效目标关口，目标编制更加细化。',
      '2、推进重点项目评价，评价范围继续扩大。',
    ].join('\n');
    expect(paragraphs(source)).toEqual(source.split('\n'));
  });

  it('does not glue a title to the paragraph under it, even when the title is long', () => {
    const lines = [
      ...PAGE,
      '九、国有资本经营预算财政拨款收入支出决算情况说明情况',
      '国有资本经营预算财政拨款收入120.00万元，支出120.00万元，具体情况如下：',
      '1、国有资本经营预算支出（类）其他国有资本经营预算支出（款）。主要用',
      '于：国有企业退休人员社会化管理补助。',
      '第三部分上海市某某区某某街道社区事务受理服务中心2024年度部门决算情况',
      '说明',
      '一、收入支出决算总体情况说明',
    ];
    const got = paragraphs(lines.join('\n'));
    expect(got).toContain('九、国有资本经营预算财政拨款收入支出决算情况说明情况');
    expect(got).toContain('1、国有资本经营预算支出（类）其他国有资本经营预算支出（款）。主要用于：国有企业退休人员社会化管理补助。');
    expect(got).toContain('一、收入支出决算总体情况说明');
    // A numbered title running to the margin goes on with the short rest of its name.
    expect(got).toContain('第三部分上海市某某区某某街道社区事务受理服务中心2024年度部门决算情况说明');
  });

  it('maps every joined character back to its own source character', () => {
    const source = PAGE.join('\r\n');
    for (const b of parseText(source).blocks) {
      for (let t = 0; t < b.text.length; t++) expect(source[b.map.toSource(t)]).toBe(b.text[t]);
    }
  });
});

describe('flattened tables', () => {
  // A two-column income/expenditure table as pdftotext flattens it: one cell a line, labels interleaved.
  const TWO_COLUMN = [
    '2025年部门财务收支预算总表',
    '编制部门：某某区某某街道办事处',
    '单位：元',
    '本年收入',
    '项目',
    '本年支出',
    '预算数',
    '一、财政拨款收入',
    '98,316,200 一、一般公共服务支出',
    '3,120,400',
    '1. 一般公共预算资金',
    '98,316,200 二、公共安全支出',
    '1,205,000',
    '2. 政府性基金',
    '三、教育支出',
    '180,000',
    '二、事业收入',
    '四、社会保障和就业支出',
    '12,730,500',
    '三、其他收入',
    '五、城乡社区支出',
    '81,080,300',
    '收入总计',
    '98,316,200',
    '支出总计',
    '98,316,200',
  ];

  it('reads a table flattened one cell a line as table rows, with its labels and numbers', () => {
    const source = [...PAGE.slice(0, 6), ...TWO_COLUMN, ...PAGE.slice(6)].join('\n');
    const doc = parseText(source);
    const rows = doc.blocks.filter((b) => b.kind === 'table-row').map((b) => b.text);
    expect(rows).toEqual(TWO_COLUMN);
    expect(paragraphs(source)).toEqual(PARAGRAPHS);
  });

  it('reads rows of a label and several numbers as table rows', () => {
    const table = ['表3 一般公共预算财政拨款支出决算表', '单位：万元', '科目名称 年初预算 全年预算 决算数', '农林水支出 9,460.00 10,836.42 10,204.18', '卫生健康支出 215.60 221.80 219.36', '合计 9,675.60 11,058.22 10,423.54'];
    const source = ['一、一般公共预算财政拨款支出决算情况', ...table, '农林水支出（类）10,204.18万元，主要用于农田建设。'].join('\n');
    expect(kinds(source)).toEqual([
      ['paragraph', '一、一般公共预算财政拨款支出决算情况'],
      ...table.map((t) => ['table-row', t] as const),
      ['paragraph', '农林水支出（类）10,204.18万元，主要用于农田建设。'],
    ]);
  });

  it('reads a table pasted from a spreadsheet or a web page (a tab between cells, empty cells kept) with its cells', () => {
    const cellsOf = (source: string) =>
      parseText(source)
        .blocks.filter((b) => b.cells)
        .map((b) => b.cells!.map((c) => b.text.slice(c.start, c.end)));
    // trailing empty cells (the line's end trimmed), an empty cell inside, an indented 其中 row
    const a = ['单位：万元', '项目\t2025年预算数\t2024年预算数\t增减额\t增减率', '合计\t42.80\t46.50\t-3.70\t-8.0%', '因公出国（境）费\t0.00\t0.00\t0.00\t', '公务用车购置费\t\t5.00\t-5.00\t', '      公务用车运行维护费\t30.40\t33.60\t-3.20\t-9.5%'];
    expect(cellsOf(a.join('\n'))).toEqual([
      ['项目', '2025年预算数', '2024年预算数', '增减额', '增减率'],
      ['合计', '42.80', '46.50', '-3.70', '-8.0%'],
      ['因公出国（境）费', '0.00', '0.00', '0.00', ''],
      ['公务用车购置费', '', '5.00', '-5.00', ''],
      ['公务用车运行维护费', '30.40', '33.60', '-3.20', '-9.5%'],
    ]);
    const t = parseText(a.join('\n')).blocks.find((b) => b.table?.header);
    expect(t?.table?.unit).toBe('万元');
    // full-width digits and decimal points (a page in a Chinese font)
    const w = ['項目\t２０２５年預算數\t２０２４年預算數\t增減額', '合計\t３６．５０\t３８．６０\t－２．１０', '因公出國（境）費\t２．００\t２．００\t０．００', '公務接待費\t１３．２０\t１４．６０\t－１．４０'];
    expect(cellsOf(w.join('\n'))[1]).toEqual(['合計', '３６．５０', '３８．６０', '－２．１０']);
    // a web table of three columns, the last row short by one (its empty cell at the end)
    const b = ['项目名称\t资金（万元）\t自评得分', '农村道路养护\t126.50\t92.5', '村级文化活动\t48.00\t85.0', '小型水利维修\t210.00'];
    expect(cellsOf(b.join('\n'))).toEqual([
      ['项目名称', '资金（万元）', '自评得分'],
      ['农村道路养护', '126.50', '92.5'],
      ['村级文化活动', '48.00', '85.0'],
      ['小型水利维修', '210.00', ''],
    ]);
  });

  it('leaves a heading before a table, and the heading after it, out of the table', () => {
    const source = ['三、政府采购情况', '单位：万元', '货物', '12.50', '服务', '30.00', '合计', '42.50', '四、国有资产占用情况', '截至2024年底，本部门共有车辆3辆。'].join('\n');
    const got = kinds(source);
    expect(got[0]).toEqual(['paragraph', '三、政府采购情况']);
    expect(got.filter(([k]) => k === 'table-row').map(([, t]) => t)).toEqual(['单位：万元', '货物', '12.50', '服务', '30.00', '合计', '42.50']);
    expect(got.slice(-2)).toEqual([
      ['paragraph', '四、国有资产占用情况'],
      ['paragraph', '截至2024年底，本部门共有车辆3辆。'],
    ]);
  });

  it('reads a table of one cell a line the same whether its rates are set in ASCII or in full-width digits', () => {
    // A performance table copied from a web page, each cell a line; a web copy sets every digit and % full-width.
    const rows = ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '产出指标', '质量指标', '村卫生室标准化建设达标率', '≥90%', '100%', '效益指标', '社会效益指标', '家庭医生签约服务覆盖率', '≥75%', '78.5%'];
    const wide = (l: string) => l.replace(/[0-9.%]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
    const ascii = kinds(['表2 2025年度绩效指标完成情况', ...rows].join('\n'));
    const full = kinds(['表2 2025年度绩效指标完成情况', ...rows.map(wide)].join('\n'));
    expect(ascii.filter(([k]) => k === 'table-row')).toHaveLength(rows.length + 1);
    expect(full.map(([k, t]) => [k, t.replace(/[０-９．％]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))])).toEqual(ascii);
  });

  it('tells a section heading numbered like the rows from a row label, before and after the table', () => {
    const rows = ['一、财政拨款收入', '1,200.00 一、一般公共服务支出', '860.00', '二、其他收入', '二、教育支出', '340.00'];
    const before = ['三、部门收支预算总表说明', '单位：万元', ...rows];
    expect(kinds(before.join('\n'))[0]).toEqual(['paragraph', '三、部门收支预算总表说明']);
    const byProse = [...rows, '四、其他相关情况说明', '2025年“三公”经费预算数为3.10万元。'];
    expect(kinds(byProse.join('\n')).slice(-2)).toEqual([
      ['paragraph', '四、其他相关情况说明'],
      ['paragraph', '2025年“三公”经费预算数为3.10万元。'],
    ]);
    const bySubheading = [...rows, '五、其他相关情况说明', '（一）“三公”经费预算情况', '2025年“三公”经费预算数为3.10万元。'];
    expect(kinds(bySubheading.join('\n')).slice(-3).map(([k]) => k)).toEqual(['paragraph', 'paragraph', 'paragraph']);
    // An empty last row stays in its table.
    const emptyLast = [...rows, '三、城乡社区支出', '四、住房保障支出'];
    expect(kinds(emptyLast.join('\n')).every(([k]) => k === 'table-row')).toBe(true);
  });

  it('keeps the numbered categories of a table inside it, even where one is skipped', () => {
    const source = ['（二）政府采购预算情况', '一、货物', '7.80', '三、服务', '30.40', '合计', '38.20', '（三）绩效目标设置情况'].join('\n');
    const got = kinds(source);
    expect(got.filter(([k]) => k === 'table-row').map(([, t]) => t)).toEqual(['一、货物', '7.80', '三、服务', '30.40', '合计', '38.20']);
    expect(got[0][0]).toBe('paragraph');
    expect(got[got.length - 1]).toEqual(['paragraph', '（三）绩效目标设置情况']);
  });

  it('does not take the last line of a sentence into the table that follows', () => {
    const source = ['从预算单位构成看，本部门决算包括本级决算和下属单位决算，纳入编制范围的单', '位包括：', '序号 单位名称', '1 某某区财政局（本级）', '2 某某区国库收付中心', '3 某某区财政投资评审中心'].join('\n');
    expect(paragraphs(source)[0]).toBe('从预算单位构成看，本部门决算包括本级决算和下属单位决算，纳入编制范围的单位包括：');
  });

  it('reads sentences with a figure and its unit as prose, never as table rows', () => {
    const source = ['年初预算为 1560.05 万元', '支出决算为 1511.89 万元', '纳入 2024 年度决算编制范围'].join('\n');
    expect(parseText(source).blocks.every((b) => b.kind !== 'table-row')).toBe(true);
  });
});

/**
 * Smallest CPU time of several runs: CPU time leaves out the time other
 * processes on a shared machine take, and the minimum the runs a collection
 * or a recompilation disturbed.
 */
function minTime(f: () => void, runs = 5): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const t0 = process.cpuUsage();
    f();
    const t = process.cpuUsage(t0);
    best = Math.min(best, t.user + t.system);
  }
  return best;
}

/** Time on 4n over time on n, each the best of interleaved runs after a warm-up. */
function quadruplingRatio(f: (n: number) => void, n: number): number {
  f(n);
  f(4 * n);
  let small = Infinity;
  let big = Infinity;
  for (let i = 0; i < 5; i++) {
    small = Math.min(small, minTime(() => f(n), 1));
    big = Math.min(big, minTime(() => f(4 * n), 1));
  }
  return big / small;
}

describe('reading time grows linearly', () => {
  // Linear work takes 4 times as long on 4 times the input; quadratic work 16 times.
  it('joins a paragraph of thousands of lines ending in ， in linear time (quadrupling ratio)', () => {
    const line = '按照过紧日子的要求压减一般性支出，';
    const make = (n: number) => Array.from({ length: n }, () => line).join('\n');
    const texts = new Map([5000, 20_000].map((n) => [n, make(n)]));
    expect(quadruplingRatio((n) => parseText(texts.get(n)!), 5000)).toBeLessThan(9);
    expect(parseText(texts.get(20_000)!).blocks).toHaveLength(1);
  });

  it('reads a long run of spaces without backtracking (quadrupling ratio)', () => {
    const make = (n: number) => `一、收入情况${' '.repeat(n)}合计`;
    const texts = new Map([20_000, 80_000].map((n) => [n, make(n)]));
    expect(quadruplingRatio((n) => splitLines(texts.get(n)!), 20_000)).toBeLessThan(9);
    expect(isTocEntry(`一、收入情况${' '.repeat(8000)}3`)).toBe(false);
    expect(isTocEntry(`一、收入情况${' '.repeat(8)}3`)).toBe(true);
  });

  it('reads a table-of-contents line by its end: leaders, then a page number', () => {
    expect(isTocEntry('一、收支总体情况........................3')).toBe(true);
    expect(isTocEntry('二、三公经费情况 ………… 5')).toBe(true);
    expect(isTocEntry('三、政府债务情况······12')).toBe(true);
    expect(isTocEntry('全县收入合计27.54亿元。')).toBe(false);
    expect(isTocEntry('........12')).toBe(false);
    // Leaders run across the page: the line is long, its title is not.
    expect(isTocEntry(`第四部分 名词解释${'.'.repeat(120)}24`)).toBe(true);
    expect(isTocEntry(`第四部分 名词解释${'.'.repeat(120)}24`, true)).toBe(true);
    expect(isTocEntry('一、收入情况        3', true)).toBe(false);
  });
});

describe('source positions', () => {
  it('maps table rows and paragraphs back to their exact source text', () => {
    const source = ['\uFEFF　　2025年全县一般公共预算收入完成86,420万元，', '比上年增长6.8%。  ', '', '合计 9,675.60 11,058.22', '农林水支出 9,460.00 10,836.42', '  - 2 -  '].join('\r\n');
    for (const b of parseText(source).blocks) expect(sourceOf(source, b).replace(/\r\n/g, '')).toBe(b.text);
  });
});
