import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// 基金收入A，其中：个人缴费B、财政补贴C；基金支出D，本年收支结余E: the income the spending and the balance split is
// the fund's, stated before its list; the list's last part is no income of the fund's own.
// Snippets written for these tests.
ruleTester(rule, {
  valid: [
    {
      why: 'a pension fund’s income broken down, then its spending and balance (A = D + E, not C)',
      code: '（二）机关事业单位基本养老保险基金。基金收入36,240万元，其中单位缴费收入15,860万元、个人缴费收入6,340万元、财政补贴收入14,040万元；基金支出35,120万元，本年收支结余1,120万元。\n',
    },
    {
      why: 'the same with 包括 and a colon, in a PDF text wrapped inside a figure',
      code: '城乡居民医疗保险基金收入12,480万元，包括：个人缴费收入3,96\n0万元、财政补贴收入8,520万元；基金支出11,760万元，本年收支结余720万元。\n',
    },
    {
      why: 'a work-injury fund: the last part is interest income',
      code: '工伤保险基金收入2,860万元，其中单位缴费收入2,790万元、利息收入70万元；基金支出2,410万元，本年收支结余450万元。\n',
    },
  ],
  invalid: [
    {
      why: 'with no list in between, income less spending still has to be the balance',
      code: '工伤保险基金收入2,860万元；基金支出2,410万元，本年收支结余540万元。\n',
      errors: [{ message: '工伤保险基金收入合计2,860万元，但分项之和为2950万元（2410 + 540），相差90万元', line: 1, column: 9 }],
    },
  ],
});
