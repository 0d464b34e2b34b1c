import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A town's or a county's 财政决算 whose title names no book, of one book only (it says it has none of the others): its
// balance part's 收支相抵后结转下年 and the year-end 结转结余 stated among the other matters are one figure, unless a 结余
// is stated apart from the carry-over. Snippets written for these tests; none is copied from a real disclosure.
const ACCOUNTS = (balance: string, later: string, title = '青溪县石桥镇2025年度财政决算情况说明') =>
  `${title}\n\n一、一般公共预算收支决算情况\n\n2025年全镇一般公共预算收入1,842.30万元，上级补助收入3,906.50万元。\n\n二、收支平衡情况\n\n${balance}\n\n三、其他需要说明的事项\n\n${later}\n`;
const BALANCE = '全镇收入总计5,748.80万元，减去一般公共预算支出5,512.60万元和上解上级支出38.00万元，收支相抵后结转下年198.20万元，均为上级专项资金。';
const NONE = '本镇无政府性基金预算收支和国有资本经营预算收支。';

ruleTester(rule, {
  valid: [
    { why: 'the year-end balance restated with the same figure', code: ACCOUNTS(BALANCE, `截至2025年12月31日，全镇年末结转结余198.20万元，将在下年继续使用。${NONE}`) },
    {
      why: 'a 净结余 stated apart: 结转结余 is more than the carry-over',
      code: ACCOUNTS(BALANCE.replace('，均为上级专项资金', '，净结余9.60万元'), `截至2025年12月31日，全镇年末结转结余207.80万元。${NONE}`),
    },
    {
      why: 'a document of two books leaves the book of the carry-over unknown',
      code: ACCOUNTS(BALANCE, '2025年全镇政府性基金预算收入120.00万元。截至2025年12月31日，全镇年末结转结余189.20万元。'),
    },
    { why: 'another year’s balance', code: ACCOUNTS(BALANCE, `截至2024年12月31日，全镇年末结转结余189.20万元。${NONE}`) },
    { why: 'a project’s part of the balance', code: ACCOUNTS(BALANCE, `其中，道路提升项目年末结转结余89.20万元。${NONE}`) },
    { why: 'a department’s accounts are no jurisdiction’s', code: ACCOUNTS(BALANCE, `本单位年末结转结余189.20万元。${NONE}`, '青溪县石桥镇财政所2025年度部门决算情况说明') },
    { why: 'an approximate figure', code: ACCOUNTS(BALANCE, `全镇年末结转结余约190万元。${NONE}`) },
  ],
  invalid: [
    {
      why: '年末结转结余 with a date and the scope, two digits swapped',
      code: ACCOUNTS(BALANCE, `截至2025年12月31日，全镇年末结转结余189.20万元，将在下年继续使用。${NONE}`),
      errors: [{ message: '2025年一般公共预算结转下年在前文为198.20万元，此处却为189.20万元', line: 13, column: 23 }],
    },
    {
      why: '结转和结余 with the year',
      code: ACCOUNTS(BALANCE, `${NONE}2025年全镇结转和结余为189.20万元，全部为上级专项资金。`),
      errors: [{ message: '2025年一般公共预算结转下年在前文为198.20万元，此处却为189.20万元', line: 13, column: 38 }],
    },
    {
      why: '年终结转 in a township’s report',
      code: ACCOUNTS(BALANCE, `${NONE}全乡年终结转的198.60万元，主要为尚未完工的项目资金。`, '青溪县桂坪乡2025年财政决算情况说明').replace(/全镇/g, '全乡').replace('本镇', '本乡'),
      errors: [{ message: '2025年一般公共预算结转下年在前文为198.20万元，此处却为198.60万元', line: 13, column: 32 }],
    },
  ],
});
