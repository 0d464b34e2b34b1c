import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// Final accounts state the issuer's holdings at the close of their own year: 截至2024年12月31日，本院共有车辆… in a 2025年度
// 决算 was kept from last year's text. A budget states the holdings it starts from (last year's close); a statement of a
// change from that close names it as a base. Snippets written for these tests; none is copied from a real disclosure.
const ACCOUNTS = (assets: string) =>
  `南坪县中医医院2025年度单位决算公开说明\n\n一、收入支出决算总体情况\n\n2025年度本院本年收入合计18,624.30万元，本年支出合计18,402.16万元。\n\n二、国有资产占用情况\n\n${assets}\n`;

ruleTester(rule, {
  valid: [
    { why: 'the close of the title’s year', code: ACCOUNTS('截至2025年12月31日，本院共有车辆4辆，其中救护车2辆；单价50万元以上的设备9台（套）。') },
    { why: 'last year’s close as the base of a change', code: ACCOUNTS('截至2024年12月31日，本院共有车辆5辆，本年报废1辆，年末保有量4辆。') },
    {
      why: 'a budget states the holdings it starts from',
      code: '南坪县中医医院2026年单位预算公开说明\n\n一、国有资产占用情况\n\n截至2025年12月31日，本院共有车辆4辆，其中救护车2辆。\n',
    },
    { why: 'another body’s holdings', code: ACCOUNTS('截至2024年12月31日，县卫生健康系统共有救护车46辆，本院承担其中的调度任务。') },
  ],
  invalid: [
    {
      why: '12月31日, the issuer as 本院',
      code: ACCOUNTS('截至2024年12月31日，本院共有车辆4辆，其中救护车2辆；单价50万元以上的设备9台（套）。'),
      errors: [{ message: '标题为2025年单位决算，正文此处却写作2024年单位决算', line: 9, column: 3 }],
    },
    {
      why: '截止…年末, 本部门 in a 部门决算',
      code: '清河县水利局2025年度部门决算\n\n一、部门决算收支情况\n\n2025年度本部门收入总计6,284.60万元，支出总计6,284.60万元。\n\n二、其他重要事项\n\n截止2024年末，本部门资产总额12,486.20万元，其中固定资产8,642.30万元。\n',
      errors: [{ message: '标题为2025年部门决算，正文此处却写作2024年部门决算', line: 9, column: 3 }],
    },
  ],
});
