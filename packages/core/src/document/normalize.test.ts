import { describe, expect, it } from 'vitest';
import { normalizeChars, normalizeBlock, skippedRanges } from './normalize.ts';
import { parseDocument } from './index.ts';
import type { Block } from './types.ts';
import { lint } from '../engine/lint.ts';

const read = (source: string, format: 'text' | 'markdown' = 'text') => parseDocument(source, format);
const sourceOf = (source: string, b: Block, start = 0, end = b.text.length) => {
  const r = b.map.range(start, end);
  return source.slice(r.start, r.end);
};

describe('traditional characters read as simplified', () => {
  it('converts the words the extractors look for, character for character', () => {
    const cases: Array<[string, string]> = [
      ['與上年相比減少58.49萬元，降低3.71%', '与上年相比减少58.49萬元，降低3.71%'],
      ['同比增長19.1%，決算數大於預算數', '同比增长19.1%，决算数大于预算数'],
      ['一般公共預算財政撥款支出總計1741.75萬元', '一般公共预算财政拨款支出总计1741.75萬元'],
      ['地方政府債券發行和債務餘額情況', '地方政府债券发行和债务余额情况'],
      ['稅收收入3511萬元，占年初預算8465萬元的41.5%', '税收收入3511萬元，占年初预算8465萬元的41.5%'],
    ];
    for (const [from, to] of cases) {
      const got = normalizeChars(from);
      expect(got).toBe(to);
      expect(got.length).toBe(from.length);
    }
  });

  it('reads Taiwan and Hong Kong variants (為, 裡) as simplified too', () => {
    expect(normalizeChars('主要原因為業務量增加，裡面包括')).toBe('主要原因为业务量增加，里面包括');
  });

  it('leaves simplified text and the units of figures as written', () => {
    const simplified = '2024年全区一般公共预算收入27.54亿元，比上年增长5.2%，其中税收收入18.3亿元。';
    expect(normalizeChars(simplified)).toBe(simplified);
    expect(normalizeChars('合计4.5億元，其中3.2萬元')).toBe('合计4.5億元，其中3.2萬元');
  });

  it('keeps every position of a traditional document on its own source character', () => {
    const source = '(一)收入情況。1-5月,全縣完成財政總收入4348萬元,同比下降6.5%。\n其中:稅收收入3511萬元;非稅收入837萬元。';
    const doc = read(source);
    for (const b of doc.blocks) {
      expect(b.text.length).toBe(sourceOf(source, b).length);
      for (let t = 0; t < b.text.length; t++) expect(b.map.toSource(t)).toBe(b.map.range(0, b.text.length).start + t);
    }
    const b = doc.blocks[0];
    const at = b.text.indexOf('下降6.5%');
    expect(sourceOf(source, b, at, at + 2)).toBe('下降');
    expect(b.text).toContain('全县完成财政总收入4348萬元，同比下降6.5%');
  });
});

describe('ASCII and full-width punctuation read alike', () => {
  it('reads full-width digits as ASCII ones, with the point and the thousands comma between them', () => {
    expect(normalizeChars('２０２４年支出１，２６８．４０万元，增长３．５％，共１２个，其中：一、二')).toBe('2024年支出1,268.40万元，增长3.5％，共12个，其中：一、二');
    // A full-width comma that does not group three digits is a clause mark; a point not between digits stays.
    expect(normalizeChars('分别为１，２，３项．')).toBe('分别为1，2，3项．');
    expect(normalizeChars('１２，３４５６')).toBe('12，3456');
  });

  it('reads ASCII punctuation in Chinese text as the full-width mark', () => {
    expect(normalizeChars('2024年,本部门收入(含结转)合计120万元;其中:财政拨款100万元!')).toBe('2024年，本部门收入（含结转）合计120万元；其中：财政拨款100万元！');
    expect(normalizeChars('政府债务情况。(二)债券发行情况')).toBe('政府债务情况。（二）债券发行情况');
    expect(normalizeChars('其中，因公出国(境)费0万元')).toBe('其中，因公出国（境）费0万元');
  });

  it('reads corner quotes as the quotation marks of simplified text', () => {
    expect(normalizeChars('自评结果为「优」的7个、「良」的4个，落实『过紧日子』要求')).toBe('自评结果为“优”的7个、“良”的4个，落实‘过紧日子’要求');
  });

  it('keeps thousands separators, times, URLs and Latin text as they are', () => {
    expect(normalizeChars('收入合计1,234,567.89元')).toBe('收入合计1,234,567.89元');
    expect(normalizeChars('会议于9:30召开')).toBe('会议于9:30召开');
    expect(normalizeChars('详见 http://www.example.gov.cn/a?b=1 (附件)')).toBe('详见 http://www.example.gov.cn/a?b=1 （附件）');
    expect(normalizeChars('[bookmark: _GoBack]2、厉行节约')).toBe('[bookmark: _GoBack]2、厉行节约');
  });
});

describe('spaced-out words and glosses', () => {
  it('reads characters a PDF set apart as one word, whatever the spacing', () => {
    for (const [spaced, word] of [
      ['决 算 数', '决算数'],
      ['目　录', '目录'],
      ['说  明', '说明'],
      ['一 般 公 共 预 算', '一般公共预算'],
    ]) {
      const doc = read(spaced);
      expect(doc.blocks[0].text).toBe(word);
      // The word still spans its source characters, spaces included.
      expect(sourceOf(spaced, doc.blocks[0])).toBe(spaced);
    }
  });

  it('keeps the spaces between words and between figures', () => {
    for (const text of ['项目 合计 预算数', 'A 类 项目', '合计 13,763.90 17,170.87', '年初预算 1,560.05 决算 1,498.20', '2024 合计']) {
      expect(skippedRanges(text)).toEqual([]);
    }
  });

  it('reads the gap Word sets between Chinese and digits (kept by a PDF\'s text) as no gap', () => {
    for (const [spaced, unspaced] of [
      ['与 2023 年度相比，收入支出总计增加 307.82 万元，增长 12.5%。', '与2023年度相比，收入支出总计增加307.82万元，增长12.5%。'],
      ['纳入本部门 2025 年部门预算编制范围的单位共 6 个，包括局本级和 5 个所属事业单位。', '纳入本部门2025年部门预算编制范围的单位共6个，包括局本级和5个所属事业单位。'],
      ['年初预算为 1560.05 万元，执行率 98.6 %', '年初预算为1560.05万元，执行率98.6%'],
      ['单位 2024 年新成立，编制 12  人', '单位2024年新成立，编制12人'],
    ]) {
      const b = read(spaced).blocks[0];
      expect(b.text).toBe(unspaced);
      // Every figure still spans its own source characters.
      const at = b.text.search(/[0-9]/);
      expect(sourceOf(spaced, b, at, at + 4)).toBe(b.text.slice(at, at + 4));
    }
  });

  it('keeps a gap that parts a code from its name, a list number from its heading, or two cells', () => {
    for (const text of ['30310 个人农业生产补贴 0.00', '1 项目概况', '基本支出 1,200.00  项目支出 800.00', '项目 合计 预算数']) {
      const b = read(text).blocks[0];
      expect(b.text.includes(' ') || b.text === text, text).toBe(true);
    }
    expect(read('30310 个人农业生产补贴').blocks[0].text).toBe('30310 个人农业生产补贴');
    expect(read('1 项目概况').blocks[0].text).toBe('1 项目概况');
    expect(read('1 年度预算执行情况').blocks[0].text).toBe('1 年度预算执行情况');
  });

  it('reads the gap before a unit as no gap when an amount opens the line (a wrapped line of a PDF\'s text)', () => {
    expect(skippedRanges('1.10 万元，水电费3.30 万元')).toEqual([{ start: 4, end: 5 }, { start: 15, end: 16 }]);
    expect(skippedRanges('12 %，主要是')).toEqual([{ start: 2, end: 3 }]);
    expect(skippedRanges('3 个项目')).toEqual([]);
  });

  it('reads 上年度, 上一年度 and 上一年 as 上年, each character still on its own source', () => {
    for (const [written, read0] of [
      ['比上年度预算数减少6.60万元', '比上年预算数减少6.60万元'],
      ['为上一年度执行数的93.5%', '为上年执行数的93.5%'],
      ['由上一年的3,300万元调整为3,420万元', '由上年的3,300万元调整为3,420万元'],
      ['上年度末滚存结余1,280万元', '上年末滚存结余1,280万元'],
    ]) {
      const b = read(written).blocks[0];
      expect(b.text).toBe(read0);
      const at = b.text.search(/[0-9]/);
      expect(sourceOf(written, b, at, b.text.length)).toBe(written.slice(written.search(/[0-9]/)));
    }
    // 上年 itself, and 年度 after a year, are as written.
    expect(read('比上年增长5%，2024年度决算').blocks[0].text).toBe('比上年增长5%，2024年度决算');
  });

  it('reads 去年 as 上年, but not the 去 of 减去 or 除去 before 年初 or 年终', () => {
    expect(read('比去年增加12万元，为去年同期的108%').blocks[0].text).toBe('比上年增加12万元，为上年同期的108%');
    expect(read('收入合计减去年初结余').blocks[0].text).toBe('收入合计减去年初结余');
    expect(read('除去年终结转资金').blocks[0].text).toBe('除去年终结转资金');
  });

  it('skips a pinyin gloss after a character and maps the rest back', () => {
    const source = '一般公共預(yù)算財政撥款收入，決算數(shù)大於預(yù)算數(shù)';
    const b = read(source).blocks[0];
    expect(b.text).toBe('一般公共预算财政拨款收入，决算数大于预算数');
    const at = b.text.indexOf('预算财政');
    expect(sourceOf(source, b, at, at + 2)).toBe('預(yù)算');
    for (let t = 0; t < b.text.length; t++) expect(normalizeChars(source[b.map.toSource(t)])).toBe(b.text[t]);
  });

  it('changes no Markdown table row: cells stay ranges of the row', () => {
    const source = '| 项 目 | 預算數 |\n|---|---|\n| 合 计 | 1,200 |\n';
    const rows = read(source, 'markdown').blocks.filter((b) => b.kind === 'table-row');
    expect(rows.map((r) => r.cells!.map((c) => r.text.slice(c.start, c.end)))).toEqual([
      ['项 目', '预算数'],
      ['合 计', '1,200'],
    ]);
  });

  it('joins a figure a converter hard-wrapped over two lines of one paragraph, and nothing else', () => {
    for (const [source, figure] of [
      ['# 说明\n\n支出预算2,640.00万元，其中基本支出1,827.50万\n元，项目支出812.50万元。\n', '1,827.50万元'],
      ['# 说明\n\n“三公”经费支出决算为126.4\n5万元，完成预算的90.3%。\n', '126.45万元'],
      ['# 说明\n\n比上年减少18.35万元，下降1\n1.8%，主要是压减车辆运行费用。\n', '11.8%'],
      ['# 说明\n\n全年接待1,\n024人次，均按标准执行，支出12.50万元。\n', '1,024人次'],
    ]) {
      const b = read(source, 'markdown').blocks.find((x) => x.kind === 'paragraph')!;
      expect(b.text).toContain(figure);
      const at = b.text.indexOf(figure);
      // The figure still spans its source characters, the line break included.
      expect(sourceOf(source, b, at, at + figure.length).replace('\n', '')).toBe(figure);
    }
    // Short lines are the writer's own: breaks between words, after a clause, or after a figure's unit stay.
    for (const text of ['收入预算2,640.00万元，比上\n年减少86.40万元', '共3个项目。\n2024年完成', '支出12万元\n其中', '增长\n6.9%']) {
      expect(skippedRanges(text)).toEqual([]);
    }
  });

  it('reads a paragraph hard-wrapped at the page width as unbroken prose, mapped back to its own characters', () => {
    for (const [source, words] of [
      ['# 说明\n\n2025年本部门机关运行经费预算执行数为312.40万元，2026年机\n关运行经费预算安排298.60万元。\n', '2026年机关运行经费'],
      ['# 说明\n\n2026年本部门“三公”经费财政拨款预算58.20万元，比上年预算增\n加2.40万元。\n', '增加2.40万元'],
      ['# 说明\n\n运行维护费343.50万元，上年决算数为358.20万元，同比下降4.1%\n，主要是车辆保有量减少。\n', '4.1%，主要'],
      ['# 说明\n\n评价结果划分为四个等级：总分90分（含）以上为A级，65分以下为\nD级。\n', '65分以下为D级'],
      ['# 说明\n\n2024年末全县政府债务余额86.30亿元，其中一般债务余额为 \n 31.20亿元。\n', '一般债务余额为31.20亿元'],
    ]) {
      const b = read(source, 'markdown').blocks.find((x) => x.kind === 'paragraph')!;
      expect(b.text).toContain(words);
      const at = b.text.indexOf(words);
      expect(sourceOf(source, b, at, at + words.length).replace(/\s+/g, '')).toBe(words);
    }
    // What the writer broke on purpose stays: a line that ends its clause, a line too short to reach the page's
    // edge, an item of a list set out a line each.
    for (const text of [
      '2025年本部门一般公共预算财政拨款支出预算为2,468.30万元；\n其中基本支出1,862.10万元',
      '部门主要职责\n负责全区机关事务管理',
      '本部门2025年重点做好以下三项工作，一是加强预算管理，\n二是推进绩效评价，三是完善资产管理',
      '本部门2025年重点做好以下几项工作，着力提高资金使用效益\n（一）加强预算管理',
      '本部门2025年重点做好以下几项工作，着力提高资金使用效益\n1．加强预算管理',
    ]) {
      expect(skippedRanges(text), text).toEqual([]);
    }
  });

  it('returns the same block when nothing is to change', () => {
    const b = read('全区收入合计27.54亿元。').blocks[0];
    expect(normalizeBlock(b)).toBe(b);
  });
});

describe('every extractor sees the normal form', () => {
  it('reads the same claims from a traditional copy with ASCII punctuation as from the simplified original', () => {
    const simplified = '2024年“三公”经费支出120万元，比上年减少30万元，下降20%。政府性基金收入969万元，同比增长14.6%。';
    const traditional = '2024年“三公”經費支出120萬元,比上年減少30萬元,下降20%。政府性基金收入969萬元,同比增長14.6%。';
    const a = lint(simplified, { rules: [], format: 'text' });
    const b = lint(traditional, { rules: [], format: 'text' });
    expect(a.claims.filter((c) => c.kind === 'change').length).toBeGreaterThan(0);
    expect(b.claims.map((c) => c.kind)).toEqual(a.claims.map((c) => c.kind));
    // Same figures, at the same places: the two texts are as long as each other.
    expect(b.figures.map((f) => [f.value.toString(), f.range])).toEqual(a.figures.map((f) => [f.value.toString(), f.range]));
  });
});

describe('normalizeChars: bracket pairs', () => {
  it('reads a pair of ASCII brackets in one width when either half stands beside Chinese', () => {
    expect(normalizeChars('| 增减率(%) |')).toBe('| 增减率（%） |');
    expect(normalizeChars('(%)增幅')).toBe('（%）增幅');
    // Brackets inside Latin text stay as they are, and so does an unpaired one.
    expect(normalizeChars('see (a) and 增加)')).toBe('see (a) and 增加）');
    expect(normalizeChars('f(x) = 1')).toBe('f(x) = 1');
  });
});
