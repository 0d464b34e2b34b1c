import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// Final accounts state the issuer's holdings at the close of their own year, and the date may open the statement with no
// 截至 (2024年末，本单位…): in a 2025年度 决算 it was kept from last year's text. A year-end date inside a sentence, a close
// compared with, or another body's holdings say nothing of it. Snippets written for these tests; none is copied from a real
// disclosure.
const ACCOUNTS = (assets: string) =>
  `东岭县农业农村局2025年度部门决算\n\n一、收入支出决算总体情况\n\n2025年度本部门本年收入合计9,864.20万元，本年支出合计9,712.48万元。\n\n二、国有资产占用情况\n\n${assets}\n`;

ruleTester(rule, {
  valid: [
    { why: 'the close of the title’s year', code: ACCOUNTS('2025年末，本部门及所属单位占有使用国有资产总额24,618.30万元，其中固定资产12,406.50万元。') },
    { why: 'last year’s close as a base', code: ACCOUNTS('2024年末，本部门国有资产总额22,140.60万元，本年增加2,477.70万元，年末为24,618.30万元。') },
    { why: 'another body’s holdings', code: ACCOUNTS('2024年末，县农机服务中心共有大中型拖拉机126台，本部门负责其年检工作。') },
    { why: 'the whole county’s stock, not the issuer’s', code: ACCOUNTS('2024年末，全县共有家庭农场1,260家，其中省级示范家庭农场42家。') },
    { why: 'the date inside a sentence', code: ACCOUNTS('本部门车辆数据以2024年末资产清查结果为基础，本年未新购车辆。') },
    {
      why: 'a budget states the holdings it starts from',
      code: '东岭县农业农村局2026年部门预算\n\n一、国有资产占用情况\n\n2025年末，本部门共有车辆6辆，其中一般公务用车2辆。\n',
    },
  ],
  invalid: [
    {
      why: '年末 with a comma, 本部门',
      code: ACCOUNTS('2024年末，本部门及所属单位占有使用国有资产总额24,618.30万元，其中固定资产12,406.50万元。'),
      errors: [{ message: '标题为2025年部门决算，正文此处却写作2024年部门决算', line: 9, column: 1 }],
    },
    {
      why: '12月31日 after another statement, 本局',
      code: ACCOUNTS('本部门资产按规定登记入账。2024年12月31日，本局共有车辆6辆，其中执法执勤用车4辆、其他用车2辆。'),
      errors: [{ message: '标题为2025年部门决算，正文此处却写作2024年部门决算', line: 9, column: 14 }],
    },
  ],
});
