import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A count whose sentence sends the reader to a table for the things counted (安排项目10个，项目明细见表1; 共6个项目，具体
// 情况详见附表2): the table lists them one a numbered row, over a page break too (续表1). Snippets written for these tests.
const HEAD = ['| 序号 | 项目名称 | 债券资金 | 已支出 |', '| --- | --- | --- | --- |'];
const names = ['城区雨污管网改造', '县中学运动场提升', '镇区集贸市场改造', '农村饮水安全巩固', '工业园区道路延伸', '县医院发热门诊', '城北安置区配套'];
const row = (k: number) => `| ${k} | ${names[k - 1]} | 0.${k}0 | 0.${k}0 |`;
const rows = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => row(from + i));
const table = (n: number, caption = '表1 某县2025年新增专项债券项目情况（单位：亿元）', head = HEAD) => [caption, '', ...head, ...rows(1, n), '| 合计 |  | — | — |'];
const doc = (sentence: string, tbl: string[]) => [sentence, '', ...tbl].join('\n');

ruleTester(rule, {
  valid: [
    { why: 'six counted, six numbered rows', code: doc('新增专项债券安排项目6个，项目明细及资金支出情况见表1。', table(6)), format: 'markdown' },
    {
      why: 'over a page break: rows 1–4, then 续表1 and rows 5–7, seven counted',
      code: doc('全年安排债券项目7个，项目明细见表1。', ['表1 某县2025年新增专项债券项目情况（单位：亿元）', '', ...HEAD, ...rows(1, 4), '', '第 2 页 共 4 页', '', '续表1', '', ...HEAD, ...rows(5, 7), '| 合计 |  | — | — |']),
      format: 'markdown',
    },
    { why: 'the table lists a part of what was counted: 其中重点项目', code: doc('安排项目10个，其中重点项目明细见表1。', table(6)), format: 'markdown' },
    {
      why: 'the table lists the money by source, not the projects counted',
      code: doc('安排项目10个，资金来源情况见表1。', table(3, '表1 资金来源情况（单位：亿元）', ['| 序号 | 资金来源 | 金额 | 占比 |', '| --- | --- | --- | --- |'])),
      format: 'markdown',
    },
    {
      why: 'rows not numbered: no 序号 column',
      code: doc('安排项目10个，项目明细见表1。', table(6, undefined, ['| 项目名称 | 序号 | 债券资金 | 已支出 |', '| --- | --- | --- | --- |'])),
      format: 'markdown',
    },
    { why: 'the table named is not in the document (表2 only)', code: doc('安排项目10个，项目明细见表1。', table(6, '表2 某县2025年新增专项债券项目情况（单位：亿元）')), format: 'markdown' },
    { why: 'two counts in the sentence: which the table lists is not said', code: doc('安排项目10个、涉及乡镇8个，项目明细见表1。', table(6)), format: 'markdown' },
    { why: 'about ten (约): no exact count', code: doc('拟安排项目约10个，项目明细见表1。', table(6)), format: 'markdown' },
  ],
  invalid: [
    {
      why: 'ten counted, six numbered rows in 表1',
      code: doc('新增专项债券安排项目10个，项目明细及资金支出情况见表1。', table(6)),
      format: 'markdown',
      errors: [{ message: '所述“10个项目”，但其后只列举了6项', line: 1, column: 11 }],
    },
    {
      why: '10个项目 counted before its noun, 详见附表2, over a page break (4 + 3 rows under 续表2)',
      code: doc('2025年共实施10个项目，具体情况详见附表2。', [
        '附表2 某县2025年项目实施情况（单位：万元）', '', ...HEAD, ...rows(1, 4), '', '续表2', '', ...HEAD, ...rows(5, 7), '| 合计 |  | — | — |',
      ]),
      format: 'markdown',
      errors: [{ message: '所述“10个项目”，但其后只列举了7项', line: 1, column: 9 }],
    },
    {
      why: 'the table above the sentence: five counted, four rows before it',
      code: [...table(4, '表3 某县2025年项目实施情况（单位：万元）'), '', '全年实施项目5个，项目完成情况见表3。'].join('\n'),
      format: 'markdown',
      errors: [{ message: '所述“5个项目”，但其前只列举了4项', line: 11, column: 7 }],
    },
  ],
});
