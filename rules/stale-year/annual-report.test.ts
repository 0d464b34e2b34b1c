import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// An annual report (住房公积金2024年年度报告) is a document of its own kind, dated by its title as a budget is: the body
// presenting it under another year is stale. Another year's report named for comparison is not.
ruleTester(rule, {
  valid: [
    {
      why: 'the same year',
      code: '# 澜川市住房公积金2024年年度报告\n\n根据有关规定，经管理委员会审议通过，现将澜川市住房公积金2024年年度报告公布如下：\n',
      format: 'markdown',
    },
    {
      why: 'last year’s report named for comparison',
      code: '# 澜川市住房公积金2024年年度报告\n\n与2023年年度报告相比，本年度增加了缴存结构分析。\n',
      format: 'markdown',
    },
  ],
  invalid: [
    {
      why: 'presented under 2023',
      code: '# 澜川市住房公积金2024年年度报告\n\n根据有关规定，经管理委员会审议通过，现将澜川市住房公积金2023年年度报告公布如下：\n',
      format: 'markdown',
      errors: [{ message: '标题为2024年年度报告，正文此处却写作2023年年度报告', line: 3, column: 29 }],
    },
    {
      why: 'plain text, the title over two lines',
      code: '青禾市住房公积金管理中心\n2024年年度报告\n\n现将2023年年度报告公布如下：\n',
      errors: [{ message: '标题为2024年年度报告，正文此处却写作2023年年度报告', line: 4, column: 3 }],
    },
  ],
});
