import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A whole said to come in so many occasions (分两批下达, 分三次拨付, 分为两期实施), then its occasions numbered 第一批,
// 第二批… in the same sentence: the numbered occasions are its list. One numbered past the count contradicts it; fewer
// named may leave the rest to a later sentence. Snippets written for these tests; none is copied from a real disclosure.
ruleTester(rule, {
  valid: [
    {
      why: 'three batches said, three numbered',
      code: '上级下达我县的转移支付资金分三批下达，第一批6,400万元、第二批5,200万元、第三批3,100万元，已全部分解到预算单位。\n',
    },
    {
      why: 'three sittings said, two numbered in this sentence: the third may follow',
      code: '项目资金分三次拨付，第一次于4月拨付1,200万元，第二次于8月拨付900万元。第三次待竣工验收后拨付。\n',
    },
    {
      why: 'no 分 before the count: two batches already sent, then the batches of the year numbered on',
      code: '截至9月底已下达两批，第一批4,100万元、第二批3,600万元、第三批2,200万元将于四季度下达。\n',
    },
    {
      why: 'numbering that skips (第一批…第三批) proves nothing sure',
      code: '新增一般债券资金分两批下达，第一批3,000万元，第三批1,500万元。\n',
    },
  ],
  invalid: [
    {
      why: '分两批 then three batches numbered, set off by 、',
      code: '年度执行中上级下达我区新增债券资金15,600万元，分两批下达，第一批7,200万元、第二批5,100万元、第三批3,300万元。\n',
      errors: [{ message: '所述数量为“两批”，但其后列举了3项', line: 1, column: 28 }],
    },
    {
      why: '分为三期 then four phases numbered, set off by ；',
      code: '城区污水管网改造工程分为三期实施：第一期改造主干管网12公里；第二期改造支管网18公里；第三期建设泵站2座；第四期实施雨污分流。\n',
      errors: [{ message: '城区污水管网改造工程所述数量为“三期”，但其后列举了4项', line: 1, column: 13 }],
    },
    {
      why: '分2次 in Arabic numerals, the occasions numbered 第1次…',
      code: '市级补助资金分2次拨付到位，第1次拨付800万元，第2次拨付600万元，第3次拨付400万元。\n',
      errors: [{ message: '市级补助资金所述数量为“2次”，但其后列举了3项', line: 1, column: 8 }],
    },
  ],
});
