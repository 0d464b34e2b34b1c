import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A total after a 其中 list that counts its parts (四项…合计): the parts the count names are its components, however
// the list's amounts are written (亿元 beside 万元). Snippets written for these tests; none is copied from a real disclosure.
ruleTester(rule, {
  valid: [
    {
      why: '6.12 + 4.86 + 3.26 + 5.48 = 19.72, 48,600万元 scaled',
      code: '全县一般公共预算支出完成30.72亿元，其中：教育支出6.12亿元、社会保障和就业支出48,600万元、卫生健康支出3.26亿元、农林水支出5.48亿元，四项民生支出合计19.72亿元。',
    },
    {
      why: 'the count is not the number of amounts listed: which of them it counts is not said',
      code: '全县一般公共预算支出完成30.72亿元，其中：教育支出6.12亿元、社会保障和就业支出4.86亿元、卫生健康支出3.26亿元、农林水支出5.48亿元，三项重点支出合计14.46亿元。',
    },
  ],
  invalid: [
    {
      why: '6.12 + 4.86 + 3.26 + 5.48 = 19.72, stated 四项民生支出合计20.54 (48,600万元 beside 亿元)',
      code: '全县一般公共预算支出完成30.72亿元，其中：教育支出6.12亿元、社会保障和就业支出48,600万元、卫生健康支出3.26亿元、农林水支出5.48亿元，四项民生支出合计20.54亿元。',
      errors: [{ message: '民生支出合计20.54亿元，但分项之和为19.72亿元（6.12亿元 + 48,600万元 + 3.26亿元 + 5.48亿元），相差0.82亿元', line: 1, column: 86 }],
    },
    {
      why: '四项合计 with no name: 19.72, stated 20.54',
      code: '全县一般公共预算支出完成30.72亿元，其中：教育支出6.12亿元、社会保障和就业支出4.86亿元、卫生健康支出3.26亿元、农林水支出5.48亿元，四项合计20.54亿元。',
      errors: [{ message: '四项合计20.54亿元，但分项之和为19.72亿元（6.12 + 4.86 + 3.26 + 5.48），相差0.82亿元', line: 1, column: 80 }],
    },
    {
      why: '3个 and 共计, 万元: 1,260 + 846 + 392 = 2,498, stated 2,598',
      code: '2025年项目支出3,560万元，其中：校舍维修1,260万元，设备购置846万元，信息化建设392万元，上述3个项目共计2,598万元。',
      errors: [{ message: '项目合计2,598万元，但分项之和为2498万元（1260 + 846 + 392），相差100万元', line: 1, column: 62 }],
    },
  ],
});
