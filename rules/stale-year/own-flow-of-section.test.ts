import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// Final accounts report the owner's flows of their own year: a section of a 2025年度 决算 giving one of them under 2024 only
// (2024年度本部门政府采购支出总额…), comparing nothing, in a document that speaks of its own figures under 2025 elsewhere, was kept
// from last year's text. A section setting last year beside this year's, a comparison, or a budget (which looks back at last
// year) says nothing of it. Snippets written for these tests; none is copied from a real disclosure.
const ACCOUNTS = (section: string, title = '石湖区卫生健康委员会2025年度部门决算公开说明') =>
  `${title}\n\n一、收入支出决算总体情况\n\n2025年度本部门收入总计12,486.30万元，支出总计12,486.30万元。\n\n二、政府采购支出情况\n\n${section}\n\n三、预算绩效管理情况\n\n2025年度本部门对9个项目开展了绩效自评。\n`;

ruleTester(rule, {
  valid: [
    { why: 'the title’s year', code: ACCOUNTS('2025年度本部门政府采购支出总额1,862.40万元，其中货物类1,206.30万元、服务类656.10万元。') },
    { why: 'a comparison', code: ACCOUNTS('2024年度本部门政府采购支出总额1,862.40万元，本年较上年减少126.50万元。') },
    {
      why: 'last year beside this year’s in the section',
      code: ACCOUNTS('2024年度本部门政府采购支出总额1,862.40万元。2025年度政府采购支出总额1,735.90万元，其中货物类1,206.30万元。'),
    },
    {
      why: 'a budget looks back at last year',
      code: '石湖区卫生健康委员会2026年部门预算公开说明\n\n一、收支预算总体情况\n\n2026年本部门收支总预算12,486.30万元。\n\n二、政府采购情况\n\n2025年度本部门政府采购支出总额1,862.40万元，主要为医疗设备。\n',
    },
    { why: 'not the owner’s', code: ACCOUNTS('2024年度全区卫生系统政府采购支出总额18,624.10万元，本部门负责汇总。') },
  ],
  invalid: [
    {
      why: 'the year, then 本部门 and the flow',
      code: ACCOUNTS('2024年度本部门政府采购支出总额1,862.40万元，其中货物类1,206.30万元、服务类656.10万元。'),
      errors: [{ message: '标题为2025年部门决算，正文此处却写作2024年部门决算', line: 9, column: 1 }],
    },
    {
      why: '本单位 first, then the year, in a 单位决算',
      code: ACCOUNTS('本单位2024年机关运行经费支出186.20万元，主要用于办公、水电和差旅支出。', '石湖区疾病预防控制中心2025年度单位决算公开说明'),
      errors: [{ message: '标题为2025年单位决算，正文此处却写作2024年单位决算', line: 9, column: 4 }],
    },
  ],
});
