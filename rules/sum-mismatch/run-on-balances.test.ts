import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A budget report's run-on sentences: the two totals each after their own parts, joined by ；, then 收支相抵，结转下年
// (支出) what they leave; and a fund's budget income, spending and balance with 预算 in their names. Snippets written
// for these tests; none is copied from a real disclosure.
ruleTester(rule, {
  valid: [
    {
      why: '365.52 - 353.56 = 11.96, both totals after their parts, ； between',
      code: '全市一般公共预算收入215.36亿元，加上级补助收入96.42亿元、上年结转收入53.74亿元，收入总计365.52亿元；一般公共预算支出326.54亿元，加上解上级支出4.62亿元、债务还本支出22.40亿元，支出总计353.56亿元；收支相抵，结转下年支出11.96亿元。',
    },
    {
      why: 'a 支出 that is no 总计 before the carry-over: 收入 − 支出 leaves out transfers, nothing to check',
      code: '收入总计365.52亿元；一般公共预算支出326.54亿元；收支相抵，结转下年支出12.96亿元。',
    },
    {
      why: 'another 总计 between the income total and the spending total: which income the carry-over is of is not said',
      code: '一般公共预算收入总计365.52亿元，政府性基金收入总计88.20亿元；一般公共预算支出326.54亿元，加上解上级支出27.02亿元，支出总计353.56亿元；收支相抵，结转下年12.96亿元。',
    },
    {
      why: '预算 in the names: 168.40 - 156.20 = 12.20',
      code: '全市社会保险基金收入预算168.40亿元，支出预算156.20亿元，当年收支结余12.20亿元，年末滚存结余预计达到214.60亿元。',
    },
  ],
  invalid: [
    {
      why: '365.52 - 353.56 = 11.96, stated 结转下年支出12.96',
      code: '全市一般公共预算收入215.36亿元，加上级补助收入96.42亿元、上年结转收入53.74亿元，收入总计365.52亿元；一般公共预算支出326.54亿元，加上解上级支出4.62亿元、债务还本支出22.40亿元，支出总计353.56亿元；收支相抵，结转下年支出12.96亿元。',
      errors: [{ message: '收入合计365.52亿元，但分项之和为366.52亿元（353.56 + 12.96），相差1.00亿元', line: 1, column: 53 }],
    },
    {
      why: '万元 and 结转下年 without 支出: 48,620 - 46,380 = 2,240, stated 2,420',
      code: '全县一般公共预算收入21,400万元，加上级补助收入27,220万元，收入总计48,620万元；本级支出40,120万元，加上解支出6,260万元，支出总计46,380万元；收支相抵，结转下年2,420万元。',
      errors: [{ message: '收入合计48,620万元，但分项之和为48800万元（46380 + 2420），相差180万元', line: 1, column: 40 }],
    },
    {
      why: '收入预算 and 支出预算: 168.40 - 156.20 = 12.20, stated 11.20',
      code: '全市社会保险基金收入预算168.40亿元，支出预算156.20亿元，当年收支结余11.20亿元，年末滚存结余预计达到214.60亿元。',
      errors: [{ message: '社会保险基金收入预算合计168.40亿元，但分项之和为167.40亿元（156.20 + 11.20），相差1.00亿元', line: 1, column: 13 }],
    },
    {
      why: '预算数 in the names, 万元: 42,680 - 39,450 = 3,230, stated 3,320',
      code: '2025年全县社会保险基金收入预算数42,680万元，支出预算数39,450万元，当年收支结余3,320万元。',
      errors: [{ message: '社会保险基金收入预算数合计42,680万元，但分项之和为42770万元（39450 + 3320），相差90万元', line: 1, column: 19 }],
    },
  ],
});
