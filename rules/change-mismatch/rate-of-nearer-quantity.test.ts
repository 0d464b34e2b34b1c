import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A rate belongs to the nearest level it follows: a money level compared with last year, then (after a comma) a count of
// visits or pupils with its own rate, leaves the second rate to the count. Read as the money's, it was a false alarm.
// Snippets written for these tests; none is copied from a real disclosure.
ruleTester(rule, {
  valid: [
    {
      why: 'both rates right, each of its own level',
      code: '按支出功能分类，卫生健康支出38,640.20万元，比上年增长5.0%（上年36,800.00万元），主要是诊疗量增加，全年出院患者3.15万人次，比上年增长5.0%（上年3.00万人次）。\n',
    },
    {
      why: 'the count’s rate with no prior stated: nothing to check, and no rate of the money',
      code: '教育支出12,480.00万元，比上年增长4.0%（上年12,000.00万元），全年资助家庭经济困难学生2,860人次，比上年增长9.2%。\n',
    },
    {
      why: 'the count’s prior before its rate (比上年的…增长)',
      code: '文化旅游体育与传媒支出2,100.00万元，比上年增长5.0%（上年2,000.00万元），全年接待游客12.60万人次，比上年的12.00万人次增长5.0%。\n',
    },
  ],
  invalid: [
    {
      why: 'the count’s rate wrong, the money’s right: only the count is reported',
      code: '卫生健康支出38,640.20万元，比上年增长5.0%（上年36,800.00万元），全年门急诊服务36.40万人次，比上年增长6.0%（上年35.00万人次）。\n',
      errors: [{ message: '全年门急诊服务36.40万人，按增加计，上年为35.00万人，增幅应为4.00%，而非所写的6.0%', line: 1, column: 65 }],
    },
    {
      why: 'the money’s rate wrong, the count’s right: only the money is reported',
      code: '卫生健康支出38,640.20万元，比上年增长6.0%（上年36,800.00万元），主要是药品支出随诊疗量增加，全年门急诊服务36.40万人次，比上年增长4.0%（上年35.00万人次）。\n',
      errors: [{ message: '卫生健康支出38,640.20万元，按增加计，上年为36,800.00万元，增幅应为5.00%，而非所写的6.0%', line: 1, column: 24 }],
    },
  ],
});
