/**
 * A sentence that states one 科目 of a 功能分类 table (科目编码 | 科目名称 | 合计 | 基本支出 | 项目支出)
 * against that row's total, in a Markdown table and in the lines pdftotext -layout leaves; found on
 * heldout12. Several wordings and layouts, and the cases that must stay silent.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../document/index.ts';
import { ExtractContext } from '../reading/context.ts';
import { extractConflicts } from '../relations/conflicts.ts';

const conflicts = (src: string, format: 'markdown' | 'text') =>
  extractConflicts(new ExtractContext(parseDocument(src, format))).map((c) => `${c.first.raw}/${c.second.raw}`);

const MD_TABLE = [
  '表3 一般公共预算拨款支出表',
  '',
  '单位：万元',
  '',
  '| 科目编码 | 科目名称 | 合计 | 基本支出 | 项目支出 |',
  '|---|---|--:|--:|--:|',
  '| 2010301 | 行政运行 | 1,106.20 | 1,106.20 | |',
  '| 2120501 | 城乡社区环境卫生 | 584.60 | 160.00 | 424.60 |',
  '| 2130705 | 对村民委员会和村党支部的补助 | 236.10 | | 236.10 |',
  '| | 合计 | 1,926.90 | 1,266.20 | 660.70 |',
].join('\n');

describe('a 科目 stated in the text against its row in a Markdown 功能分类 table', () => {
  it.each([
    ['分科目看，城乡社区环境卫生支出548.60万元，主要用于道路保洁和垃圾分类收运；行政运行支出1,106.20万元，保障机关正常运转。', '584.60万元/548.60万元'],
    ['从支出功能分类看，行政运行支出1,106.20万元；城乡社区环境卫生支出548.60万元，用于环卫作业。', '584.60万元/548.60万元'],
    ['城乡社区环境卫生支出548.60万元，主要用于道路保洁、垃圾分类收运和公厕运维。', '584.60万元/548.60万元'],
    ['按科目分，行政运行支出1,160.20万元，主要用于机关运转；城乡社区环境卫生支出584.60万元。', '1,106.20万元/1,160.20万元'],
  ])('%s', (sentence, pair) => {
    const src = `# 临河街道2025年部门预算\n\n## 四、一般公共预算拨款支出情况\n\n${sentence}\n\n${MD_TABLE}\n`;
    expect(conflicts(src, 'markdown').map((x) => x.replace(/万元/g, ''))).toEqual([pair.replace(/万元/g, '')]);
  });

  it('stays silent when the text agrees, is in another section, or names another year', () => {
    for (const [head, sentence] of [
      ['## 四、一般公共预算拨款支出情况', '分科目看，城乡社区环境卫生支出584.60万元，主要用于道路保洁。'],
      ['## 二、收支总体情况', '分科目看，城乡社区环境卫生支出548.60万元，主要用于道路保洁。\n\n## 四、一般公共预算拨款支出情况'],
      ['## 四、一般公共预算拨款支出情况', '2024年城乡社区环境卫生支出548.60万元，主要用于道路保洁。'],
    ]) {
      const src = `# 临河街道2025年部门预算\n\n${head}\n\n${sentence}\n\n${MD_TABLE}\n`;
      expect(conflicts(src, 'markdown')).toEqual([]);
    }
  });

  it('stays silent when two tables of the section give the row two totals (by source of funds)', () => {
    const all = MD_TABLE.replace('表3 一般公共预算拨款支出表', '表2 支出预算总表').replace('584.60 | 160.00 | 424.60', '548.60 | 160.00 | 388.60').replace('1,926.90 | 1,266.20 | 660.70', '1,890.90 | 1,266.20 | 624.70');
    const src = `# 临河街道2025年部门预算\n\n## 四、支出预算情况\n\n分科目看，城乡社区环境卫生支出548.60万元，主要用于道路保洁。\n\n${all}\n\n${MD_TABLE}\n`;
    expect(conflicts(src, 'markdown')).toEqual([]);
  });

  it('a sentence after a colon frame is not one row (地方收入按科目分：…)', () => {
    const src = `# 临河街道2025年部门预算\n\n## 四、一般公共预算拨款支出情况\n\n主要支出按科目分：行政运行支出1,106.20万元；城乡社区环境卫生支出548.60万元。\n\n${MD_TABLE}\n`;
    expect(conflicts(src, 'markdown')).toEqual([]);
  });
});

describe('the same in the lines pdftotext -layout leaves', () => {
  const layout = (rowName: string[], sentence: string) =>
    [
      '              石岭县卫生健康委员会2024年度部门决算',
      '',
      '一、支出决算情况说明',
      `  ${sentence}`,
      '',
      '               表3 2024年度一般公共预算财政拨款支出决算表',
      '                                                         单位：万元',
      '',
      '     科目编码                   科目名称                     本年支出合计             基本支出          项目支出',
      '',
      '       2100101 行政运行                                          1,284.60      1,284.60',
      '',
      ...rowName,
      '',
      '       2101102 事业单位医疗                                         512.30        512.30',
      '',
      '合计                                                          4,703.65      3,757.25       946.40',
      '',
      '二、绩效评价情况',
      '  本部门对乡镇卫生院能力提升项目开展了绩效自评。',
      '',
    ].join('\n');

  it('a row on one line, the head padded wide', () => {
    const src = layout(['       2100302 乡镇卫生院                                         2,906.75      1,960.35       946.40'], '分科目看，行政运行支出1,284.60万元，保障机关运转；乡镇卫生院支出2,960.75万元，主要用于11所乡镇卫生院运转。');
    expect(conflicts(src, 'text').map((x) => x.replace(/万元/g, ''))).toEqual(['2,906.75/2,960.75']);
  });

  it('a row whose name wrapped over the lines above and below its figures', () => {
    const src = layout(
      ['               乡镇卫生院（含基层医疗卫生机构能力提升和', '       2100302                           2,906.75      1,960.35       946.40', '               家庭医生签约服务）'],
      '分科目看，乡镇卫生院支出2,960.75万元，主要用于乡镇卫生院运转。',
    );
    expect(conflicts(src, 'text').map((x) => x.replace(/万元/g, ''))).toEqual(['2,906.75/2,960.75']);
  });

  it('stays silent when the row agrees', () => {
    const src = layout(['       2100302 乡镇卫生院                                         2,906.75      1,960.35       946.40'], '分科目看，乡镇卫生院支出2,906.75万元，主要用于乡镇卫生院运转。');
    expect(conflicts(src, 'text')).toEqual([]);
  });
});
