import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A 国有资本经营预算 report names what each company handed up: the company's row, a verb of handing up (上缴, 缴纳, 上交),
// then the column of the treasury's income (利润收入, 股息收入). The verb is neither the row's name nor the column's.
// Snippets written for these tests.
const COMPANIES =
  '\n\n表1 2025年国有资本经营预算收入分企业情况表（单位：万元）\n\n| 企业名称 | 利润收入 | 股息收入 | 合计 |\n| --- | --- | --- | --- |\n| 合计 | 2,140 | 760 | 2,900 |\n| 市城建集团 | 1,126 | 418 | 1,544 |\n| 市燃气公司 | 624 | 212 | 836 |\n| 市旅游集团 | 390 | 130 | 520 |\n';

ruleTester(rule, {
  valid: [
    { why: 'the company’s remitted profit as the table has it', format: 'markdown', code: `市燃气公司上缴利润收入624万元，主要来自管道燃气销售。${COMPANIES}` },
    { why: 'the figure is the row’s other column (股息收入)', format: 'markdown', code: `市燃气公司缴纳利润收入212万元，较上年有所增加。${COMPANIES}` },
    { why: 'a company no row names says nothing of the table', format: 'markdown', code: `市水务集团上缴利润收入642万元，主要来自供水业务。${COMPANIES}` },
    { why: 'last year’s remittance is not the table’s', format: 'markdown', code: `上年市城建集团上缴利润收入1,162万元。${COMPANIES}` },
  ],
  invalid: [
    {
      why: '上缴 between the company and the column, the list run on after it',
      format: 'markdown',
      code: `分企业看，市城建集团收入最多。市燃气公司上缴利润收入642万元，市旅游集团上缴390万元。${COMPANIES}`,
      errors: [{ message: '市燃气公司利润收入在表中为624万元，此处却为642万元', line: 1, column: 27 }],
    },
    {
      why: '缴纳 with 实际 before it',
      format: 'markdown',
      code: `市城建集团实际缴纳利润收入1,162万元，主要是代建管理费收入增加。${COMPANIES}`,
      errors: [{ message: '市城建集团利润收入在表中为1,126万元，此处却为1,162万元', line: 1, column: 14 }],
    },
    {
      why: '上交 before the dividends column',
      format: 'markdown',
      code: `市旅游集团上交股息收入310万元，全部纳入预算管理。${COMPANIES}`,
      errors: [{ message: '市旅游集团股息收入在表中为130万元，此处却为310万元', line: 1, column: 12 }],
    },
  ],
});
