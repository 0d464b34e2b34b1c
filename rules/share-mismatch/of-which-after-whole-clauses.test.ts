import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A bare share (占比为, 占) of a part a 其中 clause opens, after the whole the sentence opened with and its bases
// (完成调整预算…的, 上年…): the part's share of that whole, even when the part's name holds a 、 list of what it is for.
// Snippets written for these tests; none is copied from a real disclosure.
ruleTester(rule, {
  valid: [
    {
      why: '186.40 / 248.20 = 75.10%, stated 75.1%',
      code: '全县一般公共预算支出248.20亿元，完成调整预算256.00亿元的97.0%，其中用于教育、医疗、养老等民生领域的支出186.40亿元，占比为75.1%。\n',
    },
    {
      why: 'a change between the whole and the 其中: the 其中 may be of the change',
      code: '全县一般公共预算支出248.20亿元，比上年增加12.60亿元，其中用于教育、医疗等民生领域的支出9.80亿元，占比为81.0%。\n',
    },
    {
      why: 'another level between them: which whole is not said',
      code: '全县一般公共预算支出248.20亿元，县本级支出132.60亿元，其中用于教育、医疗等民生领域的支出96.40亿元，占比为80.0%。\n',
    },
    {
      why: 'the whole is in the sentence before: not read here',
      code: '全县一般公共预算支出248.20亿元。其中用于教育、医疗等民生领域的支出186.40亿元，占比为70.0%。\n',
    },
  ],
  invalid: [
    {
      why: '186.40 / 248.20 = 75.10%, stated 78.2%, bases between',
      code: '全县一般公共预算支出248.20亿元，完成调整预算256.00亿元的97.0%，增长3.1%（上年240.74亿元），其中用于教育、医疗、养老等民生领域的支出186.40亿元，占比为78.2%。\n',
      errors: [{ message: '养老等民生领域的支出186.40亿元占全县一般公共预算支出248.20亿元的75.1%，而非所写的78.2%', line: 1, column: 92 }],
    },
    {
      why: '万元, 占 alone: 41,280 / 62,450 = 66.10%, stated 61.6%',
      code: '全区政府性基金预算支出62,450万元，为调整预算的94.2%，其中：用于城乡社区建设、棚户区改造的支出41,280万元，占61.6%。\n',
      errors: [{ message: '棚户区改造的支出41,280万元占全区政府性基金预算支出62,450万元的66.1%，而非所写的61.6%', line: 1, column: 63 }],
    },
  ],
});
