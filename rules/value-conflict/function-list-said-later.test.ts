import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A list by function (按功能分类：A支出…；B支出…) and, a few paragraphs on in the same section (on other classes, the
// economic split), one of its items said again by its name alone: one fact, while only prose paragraphs naming no other
// fund stand between. Snippets written for these tests.
const TITLE = '青石镇2025年度财政决算情况说明\n\n二、支出决算情况\n\n';
const LIST =
  '2025年全镇一般公共预算支出决算数为5,284.60万元，完成年度预算的96.8%。按功能分类：一般公共服务支出1,246.30万元；教育支出864.20万元；农林水支出2,108.50万元，所占比重39.9%；卫生健康支出412.70万元；城乡社区支出652.90万元。';
const BETWEEN = '教育支出864.20万元，主要用于中小学校舍维修。\n\n按经济分类：基本支出2,862.40万元，项目支出2,422.20万元；基本支出中，人员经费2,406.80万元，公用经费455.60万元。';

ruleTester(rule, {
  valid: [
    { why: 'said again as the list has it', code: `${TITLE}${LIST}\n\n${BETWEEN}\n\n农林水支出2,108.50万元，主要用于高标准农田建设。` },
    { why: 'a paragraph on another fund between', code: `${TITLE}${LIST}\n\n政府性基金预算支出决算数为1,320.00万元，主要用于移民扶持。\n\n农林水支出1,018.50万元，主要用于大中型水库移民后期扶持。` },
    { why: 'a title between', code: `${TITLE}${LIST}\n\n${BETWEEN}\n\n三、结转结余情况\n\n农林水支出2,180.50万元，主要用于高标准农田建设。` },
  ],
  invalid: [
    {
      why: 'two paragraphs on, after the economic split',
      code: `${TITLE}${LIST}\n\n${BETWEEN}\n\n一般公共服务支出1,264.30万元，主要用于机关工资福利和日常运转。`,
      errors: [{ message: '2025年一般公共服务支出在前文为1,246.30万元，此处却为1,264.30万元', line: 11, column: 9 }],
    },
    {
      why: 'one paragraph on, the item said with its use first',
      code: `${TITLE}${LIST}\n\n${BETWEEN.split('\n\n')[1]}\n\n卫生健康支出421.70万元，主要用于基层医疗卫生机构运转保障。`,
      errors: [{ message: '2025年卫生健康支出在前文为412.70万元，此处却为421.70万元', line: 9, column: 7 }],
    },
  ],
});
