// Seeded fuzz of lint(): documents built from pieces of the genre (budget sentences written for
// this test, list words, markers, table rows) mixed with random punctuation, digits, units and
// brackets. Whatever comes in, lint() must not throw, no extractor or rule may fail, and every
// range it reports must lie inside the document. A few thousand runs, cut off after a time limit
// so a slow machine makes the run shorter, not red.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lint, type LintResult } from '../../packages/core/src/index.ts';
import { rules } from '../../rules/index.ts';

const SEED = 8_112_024;
const RUNS = 3000;
const TIME_LIMIT_MS = 90_000;

// Sentences of the genre, each complete or cut where drafts cut them.
const SENTENCES = [
  '2024年全县一般公共预算收入合计58,316万元，比上年增加2,114万元，增长3.8%。',
  '其中：税收收入41,207万元，非税收入17,109万元。',
  '一般公共预算支出完成年初预算的96.42%，',
  '“三公”经费支出合计86.5万元，较上年减少12.3万元，下降12.45%，其中：因公出国（境）费0万元，公务用车购置及运行维护费61.2万元，公务接待费25.3万元。',
  '截至2023年底，全区政府债务余额92.18亿元，其中一般债务余额40.06亿元，专项债务余额52.12亿元，控制在限额96.5亿元以内。',
  '当年发行新增债券8.6亿元，还本3.25亿元，付息2.71亿元。',
  '机关运行经费预算为132.08万元，与上年持平。',
  '项目支出预算1,846.9万元，占本年支出合计的37.52%，主要用于以下方面：',
  '教育支出305.6万元，占16.55%；卫生健康支出211.2万元，占11.44%；',
  '组织对三个项目开展重点评价，即乡村道路养护、学校校舍改造、社区卫生服务。',
  '评价得分92.5分，评价等级为“优”。',
  '主要做好三方面工作：一是压减一般性支出；二是盘活存量资金；三是强化绩效管理。',
  '本部门2025年部门预算公开说明',
  '（一）收入预算情况\n（二）支出预算情况\n3. 其他说明',
  '决算数大于年初预算数，主要原因是追加了专项资金。',
  '共设立5个专项、十二项补助，覆盖1.2万户。',
];
const PIECES = [
  '其中', '其中：', '合计', '共计', '总额', '比上年', '较上年', '同比', '增加', '减少', '增长', '下降', '持平', '占', '为上年的',
  '主要用于', '一是', '二是', '即', '分别是', '当年', '年末', '年初', '预计', '拟', '债务余额', '限额', '发行', '还本',
  '一、', '（二）', '3.', '（4）', '⑤', '第一部分', '\n', '\n\n', '\r\n', '|', '| --- |', '<!-- budgetlint-disable -->', '# ', '- ', '> ',
];
const PUNCTUATION = [...'，。；：、,.;:!?！？“”‘’"\'…—-～~/／%％·　 \t'];
const BRACKETS = [...'（）()[]【】〔〕《》「」{}<>'];
const UNITS = ['元', '万元', '亿元', '万亿元', '千元', '%', '％', '个百分点', '百分点', '个', '项', '家', '人', '户', '分', '年', '月', '日', '万', '亿', '多', '余', '左右'];
const DIGITS = [...'0123456789０１２３４５６７８９零〇一二两三四五六七八九十百千万亿'];

const number = fc
  .tuple(fc.constantFrom('', '-', '负', '约', '近'), fc.array(fc.constantFrom(...DIGITS), { minLength: 1, maxLength: 9 }), fc.constantFrom('', '.', '．', ',', '，'), fc.array(fc.constantFrom(...DIGITS), { maxLength: 3 }), fc.constantFrom('', ...UNITS))
  .map(([sign, a, sep, b, unit]) => `${sign}${a.join('')}${sep}${b.join('')}${unit}`);

const piece = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...SENTENCES) },
  { weight: 4, arbitrary: fc.constantFrom(...PIECES) },
  { weight: 4, arbitrary: number },
  { weight: 3, arbitrary: fc.constantFrom(...PUNCTUATION) },
  { weight: 2, arbitrary: fc.constantFrom(...BRACKETS) },
  { weight: 1, arbitrary: fc.string({ maxLength: 3 }) },
);
const document = fc.array(piece, { maxLength: 80 }).map((a) => a.join(''));
const format = fc.constantFrom<'text' | 'markdown'>('text', 'markdown');

function check(source: string, r: LintResult): void {
  expect(r.ruleFailures).toEqual([]);
  const inside = (x: { start: number; end: number }) =>
    Number.isInteger(x.start) && Number.isInteger(x.end) && x.start >= 0 && x.start <= x.end && x.end <= source.length;
  for (const f of [...r.findings, ...r.suppressed]) {
    expect(inside(f.range), `${f.ruleId} ${JSON.stringify(f.range)}`).toBe(true);
    for (const rel of f.related) expect(inside(rel.range), `${f.ruleId} related ${JSON.stringify(rel.range)}`).toBe(true);
    expect(f.message.length).toBeGreaterThan(0);
  }
  for (const fig of r.figures) expect(inside(fig.range), `figure ${fig.raw}`).toBe(true);
}

describe('fuzz: lint() on genre fragments mixed with noise', () => {
  it('never throws, never fails a rule, keeps every range inside the document', () => {
    let runs = 0;
    fc.assert(
      fc.property(document, format, (source, fmt) => {
        runs++;
        check(source, lint(source, { rules, format: fmt }));
      }),
      { seed: SEED, numRuns: RUNS, interruptAfterTimeLimit: TIME_LIMIT_MS, markInterruptAsFailure: false },
    );
    // Even a slow machine gets through a good share of the runs.
    expect(runs).toBeGreaterThan(200);
  }, TIME_LIMIT_MS + 60_000);
});
