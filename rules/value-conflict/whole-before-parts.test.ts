import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// 在一般公共预算支出…万元中，12月当月支出…: the whole a breakdown opens on is stated as plainly as without 在, and restates
// the table's row of the title's measure. A title issued by a body named for the budget (人大常委会预算工作委员会, 预算委员会)
// names its measure in what it reviews (2025年市级决算), not in the body's name. Silent on last year's whole, a budget
// stated as such, a part (民生支出), an approximate whole, and a title naming two measures.
// Snippets written for these tests; none is copied from a real disclosure.

const REVIEW = (sentence: string, title = '明川市人大常委会预算工作委员会关于2025年市级决算（草案）的审查意见') =>
  [
    `# ${title}`,
    '',
    '## 一、2025年市级决算的总体情况',
    '',
    '市级一般公共预算收入63,180万元，完成调整预算的101.2%，比上年增长4.6%。',
    '',
    '表1 2025年市级决算主要数据（单位：万元）',
    '',
    '| 项目 | 调整预算数 | 决算数 | 完成% |',
    '| --- | --- | --- | --- |',
    '| 一般公共预算收入 | 62,400 | 63,180 | 101.2 |',
    '| 一般公共预算支出 | 148,600 | 145,260 | 97.8 |',
    '| 政府性基金预算支出 | 41,200 | 38,460 | 93.3 |',
    '',
    '## 二、审查中发现的问题',
    '',
    sentence,
    '',
  ].join('\n');

ruleTester(rule, {
  valid: [
    { why: 'the whole restated as the table has it', format: 'markdown', code: REVIEW('一是支出进度不均衡。在一般公共预算支出145,260万元中，12月当月支出31,240万元，占全年支出的21.5%。') },
    { why: 'last year’s whole is another period', format: 'markdown', code: REVIEW('一是支出进度不均衡。在上年一般公共预算支出139,840万元中，12月当月支出29,160万元。') },
    { why: 'the adjusted budget stated as such is no 决算', format: 'markdown', code: REVIEW('一是支出进度不均衡。在一般公共预算支出调整预算150,200万元中，年中追加的占12.4%。') },
    { why: 'a part of the spending is another item', format: 'markdown', code: REVIEW('一是民生投入结构有待优化。在民生支出112,460万元中，一次性补助占比偏高。') },
    { why: 'an approximate whole restates nothing', format: 'markdown', code: REVIEW('一是支出进度不均衡。在一般公共预算支出约14.26亿元中，12月当月支出3.12亿元。') },
    {
      why: 'a title naming 决算 and 预算 beside the body’s name says no one measure of a section naming none',
      format: 'markdown',
      code: REVIEW('一是支出进度不均衡。在一般公共预算支出142,560万元中，12月当月支出31,240万元。', '明川市人大常委会预算工作委员会关于2025年市级决算和2026年预算调整方案的审查意见'),
    },
  ],
  invalid: [
    {
      why: '在…万元中， after a run-in point of the review, against the 决算数 column',
      format: 'markdown',
      code: REVIEW('一是支出进度不均衡。在一般公共预算支出142,560万元中，12月当月支出31,240万元，占全年支出的21.9%。'),
      errors: [{ message: '2025年一般公共预算支出决算在表中为145,260万元，此处却为142,560万元', line: 17, column: 20 }],
    },
    {
      why: 'a year before the whole, then 在…中',
      format: 'markdown',
      code: REVIEW('2025年，在政府性基金预算支出36,840万元中，用于城乡社区建设的占六成以上，项目储备不足的问题仍然存在。'),
      errors: [{ message: '2025年政府性基金预算支出决算在表中为38,460万元，此处却为36,840万元', line: 17, column: 17 }],
    },
    {
      why: 'a title issued by a 预算委员会, the whole said with 中 and a full stop of its breakdown',
      format: 'markdown',
      code: REVIEW('在一般公共预算支出145,620万元中，用于教育、社会保障和就业、卫生健康的支出合计86,940万元。', '明川市人民代表大会预算委员会关于2025年市级决算草案审查结果的报告'),
      errors: [{ message: '2025年一般公共预算支出决算在表中为145,260万元，此处却为145,620万元', line: 17, column: 10 }],
    },
  ],
});
