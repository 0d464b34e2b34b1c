import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// Counts that count something else than the list before them: 涉及12个部门 after a 其中 list of kinds of project (its
// items name the kind before the figure, 教育类4个; this one names what it counts after its counter), and an amount after
// a 包括 whose names close with 等 (问题主要包括A、B等，涉及12个部门). Neither is one more part. Snippets written for these tests.
ruleTester(rule, {
  valid: [
    {
      why: 'a selection of kinds short of the total (4 + 3 + 5 = 12 of 15); 12个部门 is no fourth kind',
      code: '重点评价项目共15个（含部门评价项目），其中：教育类4个、卫生类3个、城建类5个。评价发现的问题主要包括绩效目标设置不够细化、部分项目支出进度偏慢等，涉及12个部门等。\n',
    },
    {
      why: 'the next sentence alone: 涉及 counts 部门',
      code: '重点评价项目共15个，其中：教育类4个、卫生类3个、城建类5个。涉及12个部门。\n',
    },
    {
      why: '包括 names closed by 等, then a count of something else: no part of the 5个 before',
      code: '新增项目5个。主要包括老旧小区改造、背街小巷整治等，涉及8个。\n',
    },
  ],
  invalid: [
    {
      why: 'a 其中 list set out after a colon goes on in the next sentence when its items name their kind first: 6 + 5 + 6 = 17 against 16',
      code: '共有车辆16辆，其中：执法执勤用车6辆、特种专业技术用车5辆。其他用车6辆。\n',
      errors: [{ message: '共有车辆合计16辆，但分项之和为17辆（6 + 5 + 6），相差1辆', line: 1, column: 5 }],
    },
  ],
});

// A 其中 list of counts opening its own sentence, after a sentence that states a count and then the money its clause
// adds (涉及资金…，占…): the list details the count, not the money.
ruleTester(rule, {
  valid: [
    { why: '5 + 13 = 18', code: '2025年部门共18个项目纳入绩效目标管理，涉及资金13,574.94万元，占项目支出的100%。其中新增项目5个，延续项目13个。\n' },
    { why: 'two counts before the money: which one the list details is not said', code: '对3个部门和18个项目开展评价，涉及资金13,574.94万元。其中良的5个，中的14个。\n' },
  ],
  invalid: [
    {
      why: '5 + 14 = 19 against 18',
      code: '2025年部门共18个项目纳入绩效目标管理，涉及资金13,574.94万元，占项目支出的100%。其中新增项目5个，延续项目14个。\n',
      errors: [{ message: '部门合计18个，但其中所列分项之和已达19个（5 + 14），超出1个', line: 1, column: 9 }],
    },
  ],
});
