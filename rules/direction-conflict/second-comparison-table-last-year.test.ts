import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A level compared twice in one statement: first against the budget with its amount, then against last year in words alone
// (较年初预算减少2.40万元，较上年决算有所增加). The second comparison takes its prior from the row's 上年决算 column, of the same
// measure as the level (决算 against 决算); the 年初预算 column is the first comparison's base, not the second's.
// Snippets written for these tests; none is copied from a real disclosure.
const TABBED = '表4\t“三公”经费支出决算表（单位：万元）\n项目\t年初预算\t决算\t上年决算\t较上年增减（%）\n合计\t40.00\t35.60\t33.20\t7.2\n公务用车运行维护费\t26.00\t23.60\t21.40\t10.3\n公务接待费\t14.00\t12.00\t11.80\t1.7\n';
const PIPE = '单位：万元\n\n| 项目 | 预算数 | 决算数 | 上年决算数 |\n| --- | --- | --- | --- |\n| 办公费 | 18.00 | 16.20 | 17.40 |\n| 差旅费 | 9.00 | 8.40 | 7.10 |\n\n';

ruleTester(rule, {
  valid: [
    { why: 'a rise, as the row says', code: `${TABBED}（一）公务用车运行维护费23.60万元，较年初预算减少2.40万元，较上年决算有所增加。\n` },
    { why: 'a fall, as the pipe row says', format: 'markdown', code: `${PIPE}办公费16.20万元，比预算数减少1.80万元，比上年决算数有所减少。\n` },
    {
      why: 'the second comparison states its own amount: the sentence is read as it stands',
      format: 'markdown',
      code: `${PIPE}差旅费8.40万元，比预算数减少0.60万元，比上年决算数增加1.30万元。\n`,
    },
    {
      why: 'a budget named in the second comparison: the table has no budget of last year',
      code: `${TABBED}公务接待费12.00万元，较年初预算减少2.00万元，较上年预算有所增加。\n`,
    },
    { why: 'another item’s figure: no row is the sentence’s', code: `${TABBED}会议费23.60万元，较年初预算减少2.40万元，较上年决算有所下降。\n` },
  ],
  invalid: [
    {
      why: '有所下降 while the row’s 上年决算 is lower',
      code: `${TABBED}（一）公务用车运行维护费23.60万元，较年初预算减少2.40万元，较上年决算有所下降，主要用于巡查车辆。\n`,
      errors: [{ message: '公务用车运行维护费23.60万元大于上年决算21.40万元，却写作“下降”', line: 6, column: 42 }],
    },
    {
      why: '增加 while the pipe row’s 上年决算数 is higher',
      format: 'markdown',
      code: `${PIPE}办公费16.20万元，比预算数减少1.80万元，比上年决算数增加。\n`,
      errors: [{ message: '办公费16.20万元小于上年决算数17.40万元，却写作“增加”', line: 8, column: 31 }],
    },
  ],
});
