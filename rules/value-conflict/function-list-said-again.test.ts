import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A 决算 说明 lists its spending by function in one sentence (按功能分类：A支出…；B支出…；…) and then takes up one item by its
// name in a statement of its own, right after (the next sentence or paragraph), to say what it was spent on: the two state
// one fact, and a figure printed otherwise in one of them is a slip.
const title = '青石镇2025年度财政决算情况说明\n\n';
const list =
  title +
  '2025年全镇一般公共预算支出决算数为5,284.60万元，完成年度预算的96.8%。按功能分类：一般公共服务支出1,246.30万元，占23.6%；教育支出864.20万元；农林水支出2,108.50万元，占39.9%；卫生健康支出412.70万元；城乡社区支出652.90万元。';

ruleTester(rule, {
  valid: [
    {
      why: 'the item said again as the list has it',
      code: `${list}\n\n农林水支出2,108.50万元，主要用于高标准农田建设和村级水利设施维修。`,
    },
    {
      why: 'the next paragraph is of another book (政府性基金预算): its 农林水支出 is that fund’s',
      code: `${list}\n\n政府性基金预算支出决算数为1,320.00万元。农林水支出1,018.50万元，主要用于大中型水库移民后期扶持。`,
    },
    {
      why: 'two paragraphs on, under its own heading: not read against the list',
      code: `${list}\n\n三、“三公”经费决算情况\n\n农林水支出2,180.50万元，主要用于高标准农田建设。`,
    },
    {
      why: 'a part of the item (其中…) is not the item',
      code: `${list}\n\n其中，农林水支出中的水利支出1,280.50万元，主要用于村级水利设施维修。`,
    },
  ],
  invalid: [
    {
      why: '农林水支出 2,108.50 in the list by function, 2,180.50 in the paragraph after',
      code: `${list}\n\n农林水支出2,180.50万元，主要用于高标准农田建设和村级水利设施维修。`,
      errors: [{ message: '2025年农林水支出在前文为2,108.50万元，此处却为2,180.50万元', line: 5, column: 6 }],
    },
    {
      why: 'the list framed 分科目看 with ；-clauses, the item said again in the same paragraph',
      code: '2025年全镇一般公共预算支出决算数为5,284.60万元。分科目看，教育支出864.20万元；卫生健康支出412.70万元；城乡社区支出652.90万元。卫生健康支出421.70万元，主要用于基层医疗卫生机构运转保障。',
      errors: [{ message: '2025年卫生健康支出在前文为412.70万元，此处却为421.70万元', line: 1, column: 85 }],
    },
    {
      why: '按支出功能分类： with the restated item first in its list',
      code: title + '2025年全镇一般公共预算支出决算数为5,284.60万元。按支出功能分类：一般公共服务支出1,246.30万元；教育支出864.20万元；城乡社区支出652.90万元。\n\n一般公共服务支出1,264.30万元，主要用于机关正常运转和村级组织运转保障。',
      errors: [{ message: '2025年一般公共服务支出在前文为1,246.30万元，此处却为1,264.30万元', line: 5, column: 9 }],
    },
  ],
});
