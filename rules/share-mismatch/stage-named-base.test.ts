import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// 资金实际到位A万元，其中中央资金B万元，占到位资金的比例为P%: the base is named by the verb the list's total was stated
// with (到位, 下达, 拨付); it is that total. A verb the total was not stated with names another amount.
ruleTester(rule, {
  valid: [
    {
      why: 'the share agrees with the amount reached',
      code: '2025年项目预算资金3,200万元，实际到位3,200万元，到位率100%。其中中央资金1,600万元，占到位资金的比例为50.0%；省级资金1,600万元。',
    },
    {
      why: 'a base named by another verb than the total was stated with',
      code: '2025年项目资金实际到位3,200万元。其中中央资金1,600万元，占下达资金的40.0%；省级资金1,600万元。',
    },
  ],
  invalid: [
    {
      why: '占到位资金的比例为, after 实际到位 and a 其中 list',
      code: '2025年项目预算资金3,200万元，实际到位3,200万元，到位率100%。其中中央资金1,600万元，占到位资金的比例为56.0%；省级资金1,600万元。',
      errors: [{ message: '中央资金1,600万元占到位资金3,200万元的50.0%，而非所写的56.0%', line: 1, column: 63 }],
    },
    {
      why: '累计拨付, then 占拨付资金的',
      code: '截至年底，市级衔接资金累计拨付8,000万元，其中一般债券资金6,000万元，占拨付资金的80.0%，其他资金2,000万元。',
      errors: [{ message: '一般债券资金6,000万元占拨付资金8,000万元的75.0%，而非所写的80.0%', line: 1, column: 46 }],
    },
  ],
});
