import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A table whose 总计 row stands under rows that are themselves broken down: 一般公共预算收入 over 税收收入 and 非税收入,
// and 税收收入 over 其中：增值税 and 企业所得税 (some of it). Where the 其中 rows end is not marked; the table adds up
// read without them and without the breakdowns, so it contradicts nothing.
const table = (total: string) =>
  `表1　收入调整情况表（单位：万元）\n\n| 项目 | 2024年决算数 | 调整后预算 |\n| --- | ---: | ---: |\n| 一般公共预算收入 | 846,200 | 880,000 |\n| 税收收入 | 612,400 | 640,000 |\n| 其中：增值税 | 238,600 | 251,000 |\n| 企业所得税 | 84,300 | 90,500 |\n| 非税收入 | 233,800 | 240,000 |\n| 上级补助收入 | 286,100 | 301,400 |\n| 调入资金 | 61,500 | 55,000 |\n| 收入总计 | ${total} | 1,236,400 |`;

ruleTester(rule, {
  valid: [{ why: '846,200 + 286,100 + 61,500 = 1,193,800, and 880,000 + 301,400 + 55,000 = 1,236,400', code: table('1,193,800') }],
  invalid: [
    {
      why: 'no reading adds up: 846,200 + 286,100 + 61,500 = 1,193,800, stated 1,198,800',
      code: table('1,198,800'),
      errors: [
        {
          message: '表中收入总计行“2024年决算数”列1,198,800万元，但分项之和为1193800万元（846200 + 286100 + 61500），相差5000万元',
          line: 12,
          column: 10,
        },
      ],
    },
  ],
});
