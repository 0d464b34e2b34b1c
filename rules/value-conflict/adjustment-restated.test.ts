import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A 预算调整方案 lists where the added spending goes and then states an item's adjustment again in a paragraph of its own:
// within one part of the plan (one book), an item's 调增 or 调减 is one figure. Snippets written for these tests.
const TITLE = '岚江市2025年市本级预算调整方案（草案）\n\n二、一般公共预算调整情况\n\n';
const LIST = '调增支出主要投向：教育支出调增6,400万元；卫生健康支出调增3,200万元；农林水支出调增9,800万元；交通运输支出调增2,600万元。\n\n';

ruleTester(rule, {
  valid: [
    { why: 'the item restated with its figure', code: `${TITLE}${LIST}农林水支出调增9,800万元，主要用于高标准农田建设。\n` },
    {
      why: 'another book’s item of the same name in another part of the plan',
      code: `${TITLE}${LIST}三、政府性基金预算调整情况\n\n农林水支出调增8,900万元，主要用于大中型水库移民后期扶持。\n`,
    },
    { why: 'an earlier adjustment is another figure', code: `${TITLE}${LIST}此前第一次预算调整中，农林水支出调增8,900万元。\n` },
    { why: 'a fall is not a rise', code: `${TITLE}${LIST}农林水支出调减8,900万元，主要是部分项目延至下年实施。\n` },
    { why: 'an approximate figure', code: `${TITLE}${LIST}农林水支出调增约1亿元，主要用于高标准农田建设。\n` },
    { why: 'a narrower item (其中 part) has a name of its own', code: `${TITLE}${LIST}其中农田建设支出调增8,900万元。\n` },
    {
      why: 'each source’s part of an item’s adjustment, under its own heading and lead',
      code: `${TITLE}（一）上级补助资金安排的支出\n\n上级补助资金安排：农林水支出调增5,000万元，教育支出调增2,000万元。\n\n（二）新增债券安排的支出\n\n新增一般债券安排：农林水支出调增3,000万元，交通运输支出调增1,200万元。\n`,
    },
    {
      why: 'two sources in one part, each naming its own',
      code: `${TITLE}${LIST}其中新增一般债券安排农林水支出调增4,800万元。\n`,
    },
  ],
  invalid: [
    {
      why: 'the item’s own paragraph after the list, two digits swapped',
      code: `${TITLE}${LIST}农林水支出调增8,900万元，主要用于高标准农田建设和水利设施修复。\n`,
      errors: [{ message: '农林水支出调增在前文为9,800万元，此处却为8,900万元', line: 7, column: 8 }],
    },
    {
      why: 'restated with its level after (调增…万元后为), a 收入 item first in a sentence of its own',
      code: `${TITLE}上级补助收入调增12,600万元，其中一般性转移支付调增4,800万元。\n\n上级补助收入调增12,060万元后为186,400万元。\n`,
      errors: [{ message: '上级补助收入调增在前文为12,600万元，此处却为12,060万元', line: 7, column: 9 }],
    },
    {
      why: 'the paragraph first, the list after it',
      code: `${TITLE}交通运输支出调增2,800万元，主要用于农村公路养护。\n\n${LIST}`,
      errors: [{ message: '交通运输支出调增在前文为2,800万元，此处却为2,600万元', line: 7, column: 63 }],
    },
  ],
});
