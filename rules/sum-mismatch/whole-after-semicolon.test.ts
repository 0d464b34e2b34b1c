import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// 收入总计包括A和B；支出总计包括C和D: after a ；, a clause that names its own whole before its list is about that
// whole; the amount the clause before ends on is another's, and the list is no part of it.
// Snippets written for these tests.
ruleTester(rule, {
  valid: [
    {
      why: 'income and spending totals each set out after their own 包括, the second naming no amount of its own',
      code: '收入总计包括本年收入合计4,560.00万元和年初结转和结余252.36万元；支出总计包括本年支出合计4,598.14万元和年末结转和结余214.22万元。\n',
    },
    {
      why: 'the same in a PDF’s text, the line wrapped after the second 包括',
      code: '    收入总计包括本年收入合计3,118.40万元和年初结转和结余96.72万元；支出总计包括\n本年支出合计3,140.06万元和年末结转和结余75.06万元。\n',
    },
    {
      why: 'a budget’s two sides after an ASCII semicolon, the spending parts adding to more than the income part before',
      code: '2026年收入预算总计包括一般公共预算拨款收入1,280.00万元和上年结转86.40万元;支出预算总计包括基本支出902.60万元和项目支出463.80万元。\n',
    },
  ],
  invalid: [
    {
      why: 'a list under a whole stated in its own clause still adds up against it',
      code: '收入总计包括本年收入合计4,560.00万元和年初结转和结余252.36万元；支出总计4,812.36万元，包括本年支出合计4,598.14万元和年末结转和结余241.22万元。\n',
      errors: [{ message: '支出合计4,812.36万元，但其中所列分项之和已达4839.36万元（4598.14 + 241.22），超出27.00万元', line: 1, column: 44 }],
    },
  ],
});
