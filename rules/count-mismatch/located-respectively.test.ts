import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A count, then where each one is (分别位于, 分别设在): one place per counted thing.
// Snippets written for these tests; none is copied from a real disclosure.
ruleTester(rule, {
  valid: [
    { why: 'three stations, three places', code: '全年新建三个农村客运候车亭，分别位于桃源镇、清溪镇和石门乡，每个补助8万元。\n' },
    { why: 'the places left open with 等', code: '全年新建五个便民服务点，分别设在桃源镇、清溪镇等地。\n' },
    { why: '等单位 leaves the list open', code: '涉及五个部门，即区财政局、区教育局等单位，均已完成整改。\n' },
    { why: 'no 分别: the places are where, not one each', code: '全年新建三个便民服务点，位于桃源镇、清溪镇。\n' },
  ],
  invalid: [
    {
      why: 'three stations, two places, one each',
      code: '全年新建三个农村客运候车亭，分别位于桃源镇、清溪镇，每个补助8万元。\n',
      errors: [{ message: '所述“三个农村客运候车亭”，但其后只列举了2项', line: 1, column: 5 }],
    },
  ],
});
