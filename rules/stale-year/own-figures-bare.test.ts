import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A section's figures pointed at bare right after it gives them (本数据为, 该数据为, 上表资产数据为…) are named by their year
// and class as the document's own: under a 2025年度 决算, 2024年度部门决算数 was kept from last year's text. Last year's
// figures it lists, the title's year, or another class (预算数 in a 决算) say nothing of it. Snippets written for these tests.
const ACCOUNTS = (note: string) =>
  `青川县卫生健康局2025年度部门决算\n\n一、收入支出决算总体情况\n\n2025年度本部门收入总计28,640.50万元，支出总计28,102.30万元。\n\n二、国有资产占用情况\n\n${note}\n`;

ruleTester(rule, {
  valid: [
    { why: 'the title’s year', code: ACCOUNTS('截至2025年12月31日，本部门共有车辆21辆，单价100万元（含）以上设备16台（套）。本数据为2025年度部门决算数。') },
    { why: 'last year’s figures it lists', code: ACCOUNTS('本部门共有车辆21辆，比上年减少2辆。上年数据为2024年度部门决算数。') },
    { why: 'a budget’s figures in a 决算: another class', code: ACCOUNTS('本部门年初共有车辆23辆。该数据为2024年度部门预算数，仅作参考。') },
    { why: 'a capital’s figures: 资本 is no pointer', code: ACCOUNTS('本部门所办企业国有资本数据为2024年度企业财务决算数。') },
  ],
  invalid: [
    {
      why: '本数据为, with the checking that follows',
      code: ACCOUNTS('截至2025年12月31日，本部门共有车辆21辆，其中一般公务用车3辆、特种专业技术用车18辆。本数据为2024年度部门决算数，已经县财政局审核。'),
      errors: [{ message: '标题为2025年部门决算，正文此处却写作2024年部门决算', line: 9, column: 53 }],
    },
    {
      why: '该数据为',
      code: ACCOUNTS('本部门共有房屋建筑面积12,460平方米。该数据为2024年度部门决算数据。'),
      errors: [{ message: '标题为2025年部门决算，正文此处却写作2024年部门决算', line: 9, column: 26 }],
    },
    {
      why: '上表资产数据均为',
      code: ACCOUNTS('本部门资产总额见下表。\n\n上表资产数据均为2024年度部门决算数。'),
      errors: [{ message: '标题为2025年部门决算，正文此处却写作2024年部门决算', line: 11, column: 9 }],
    },
  ],
});
