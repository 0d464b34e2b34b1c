import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A group head over two columns (比上年增减 over 金额 | %) comes out of a PDF as "比上年增减 金额" and a bare
// "%": the first is the change, the second its rate. Where the page split rows of the rate column in two
// (a sign on one line, the digits on the next: a row with no name holding only a rate cell), the rates
// cannot be matched to rows and only the amounts are read. Found unread by bench/mutate.mjs.
const head = '单位：万元\n\n| 科目名称 | 2025年预 算数 | 2024年预 算数 | 比上年增减 金额 | % |\n| --- | --- | --- | --- | --- |\n';
ruleTester(rule, {
  valid: [
    {
      why: 'changes and rates that fit: 2,420.00 − 2,180.00 = 240.00, 11.0%; 386.50 − 402.10 = −15.60, −3.9%',
      format: 'markdown',
      code: head + '| 城乡社区支出 | 2,420.00 | 2,180.00 | 240.00 | 11.0 |\n| 农林水支出 | 386.50 | 402.10 | -15.60 | -3.9 |',
    },
    {
      why: 'a rate split over two rows (the sign left on a row of its own): the rate column is not read, so 12.9 on the unnamed row is not taken for the next row’s',
      format: 'markdown',
      code: head + '| 城乡社区支出 | 2,420.00 | 2,180.00 | 240.00 | 11.0 |\n|  |  |  |  | - |\n| 信息化建设 | 820.40 | 942.20 | -121.80 |  |\n|  |  |  |  | 12.9 |\n| 农林水支出 | 386.50 | 402.10 | -15.60 | 5.0 |',
    },
  ],
  invalid: [
    {
      why: 'the change column: 2,420.00 − 2,180.00 = 240.00, stated 290.00',
      format: 'markdown',
      code: head + '| 城乡社区支出 | 2,420.00 | 2,180.00 | 290.00 | 11.0 |\n| 农林水支出 | 386.50 | 402.10 | -15.60 | -3.9 |',
      errors: [{ message: '城乡社区支出2,420.00万元比2024年预算数2,180.00万元增加290.00万元，但两者实际相差240.00万元', line: 5, column: 34 }],
    },
    {
      why: 'the bare % column is the change’s rate: 240.00 / 2,180.00 = 11.0%, stated 13.0%',
      format: 'markdown',
      code: head + '| 城乡社区支出 | 2,420.00 | 2,180.00 | 240.00 | 13.0 |\n| 农林水支出 | 386.50 | 402.10 | -15.60 | -3.9 |',
      errors: [{ message: '城乡社区支出2,420.00万元，按增加240.00万元计，2024年预算数为2,180.00万元，增幅应为11.01%，而非所写的13.0%', line: 5, column: 43 }],
    },
    {
      why: 'rows split in the rate column: the amounts are still read, 942.20 − 820.40 = 121.80, stated −112.80',
      format: 'markdown',
      code: head + '| 城乡社区支出 | 2,420.00 | 2,180.00 | 240.00 | 11.0 |\n|  |  |  |  | - |\n| 信息化建设 | 820.40 | 942.20 | -112.80 |  |\n|  |  |  |  | 12.9 |',
      errors: [{ message: '信息化建设820.40万元比2024年预算数942.20万元减少112.80万元，但两者实际相差121.80万元', line: 7, column: 29 }],
    },
  ],
});
