import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A change stating only its amount and rate (法律援助经费比上年增加18.00万元，增长15.2%) right after the sentence that states its
// item's level under another kind word (1.法律援助项目126.00万元): that level is its current, and the prior is the level less
// the amount. Only the sentence right before, only one amount of the item in it, of the change's year. Snippets written for
// these tests; none is copied from a real disclosure.
const DOC = (body: string) => `青溪县司法局2026年部门预算\n\n（三）主要项目支出说明\n\n${body}\n`;

ruleTester(rule, {
  valid: [
    {
      why: '12.00 on 84.00 = 14.29%',
      code: DOC('1.社区矫正项目96.00万元，主要用于社区矫正对象教育帮扶和电子监管。2026年社区矫正经费比上年增加12.00万元，增长14.3%。'),
    },
    {
      why: 'the sentence before is of another item',
      code: DOC('2.人民调解项目64.80万元，主要用于调解员补贴。法律援助经费比上年增加18.00万元，增长15.2%。'),
    },
    {
      why: 'two amounts of the item before: which is the level is open',
      code: DOC('1.法律援助项目126.00万元，另安排法律援助专项资金20.00万元。法律援助经费比上年增加18.00万元，增长15.2%。'),
    },
    {
      why: 'the level before is of another year',
      code: DOC('2025年法律援助项目支出126.00万元，办理案件1,180件。2026年法律援助经费比上年增加18.00万元，增长15.2%。'),
    },
    {
      why: 'a sentence between',
      code: DOC('1.法律援助项目126.00万元，主要用于律师办案补贴。全年计划办理法律援助案件1,300件。法律援助经费比上年增加18.00万元，增长15.2%。'),
    },
  ],
  invalid: [
    {
      why: '12.00 on 96.00 − 12.00 = 84.00 is 14.29%, said 12.5%',
      code: DOC('1.社区矫正项目96.00万元，主要用于社区矫正对象教育帮扶和电子监管。2026年社区矫正经费比上年增加12.00万元，增长12.5%。'),
      errors: [{ message: '社区矫正经费96.00万元，按增加12.00万元计，上年为84.00万元，增幅应为14.29%，而非所写的12.5%', line: 5, column: 63 }],
    },
    {
      why: '专项经费 then 资金, a fall: 7.20 on 72.00 is 10.00%, said 下降8.5%',
      code: DOC('（二）人民调解专项经费64.80万元，主要用于人民调解员以案定补。人民调解资金较上年减少7.20万元，下降8.5%，主要是调解员培训改为线上。'),
      errors: [{ message: '人民调解资金64.80万元，按减少7.20万元计，上年为72.00万元，降幅应为10.00%，而非所写的8.5%', line: 5, column: 54 }],
    },
    {
      why: 'the level ends the paragraph before: 30.00 on 180.00 is 16.67%, said 18.0%',
      code: DOC('3、司法所运转经费210.00萬元，保障12个司法所日常运转。\n\n司法所运转项目比上年增加30.00萬元，增长18.0%。'),
      errors: [{ message: '司法所运转项目210.00萬元，按增加30.00萬元计，上年为180.00万元，增幅应为16.67%，而非所写的18.0%', line: 7, column: 23 }],
    },
  ],
});
