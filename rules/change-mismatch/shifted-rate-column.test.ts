import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A table's % column after its 增减 金额 column, with its head set one column off its figures (as a PDF's text leaves
// it) or an empty column between: still the rate of each row's change. Snippets written for these tests; none is
// copied from a real disclosure.
const TABLE = (rate: string, gap: boolean) => {
  const head = gap ? '| 项目 | 2024年预算数 | 2025年预算数 | 比上年增减 金额 |  | % |' : '| 项目 | 2024年预算数 | 2025年预算数 | 比上年增减 金额 | % |  |';
  return `# 某镇2025年一般公共预算收入预算表\n\n单位：万元\n\n${head}\n| --- | --- | --- | --- | --- | --- |\n| 一、税收收入 | 3,360 | 3,520 | 160 |  | 4.8 |\n| 增值税 | 1,680 | 1,760 | 80 |  | 4.8 |\n| 企业所得税 | 960 | 1,000 | 40 |  | ${rate} |\n| 二、非税收入 | 640 | 680 | 40 |  | 6.3 |\n| 收入合计 | 4,000 | 4,200 | 200 |  | 5.0 |\n`;
};
ruleTester(rule, {
  valid: [
    { why: '40 / 960 = 4.17%, stated 4.2 under a head set one column off', code: TABLE('4.2', false), format: 'markdown' },
    { why: 'the same with an empty column between 金额 and %', code: TABLE('4.2', true), format: 'markdown' },
  ],
  invalid: [
    {
      why: '40 / 960 = 4.17%, stated 5.2 under a head set one column off',
      code: TABLE('5.2', false),
      format: 'markdown',
      errors: [{ message: '企业所得税1,000万元，按增加40万元计，2024年预算数为960万元，增幅应为4.17%，而非所写的5.2%', line: 9, column: 33 }],
    },
    {
      why: 'the same with an empty column between 金额 and %',
      code: TABLE('5.2', true),
      format: 'markdown',
      errors: [{ message: '企业所得税1,000万元，按增加40万元计，2024年预算数为960万元，增幅应为4.17%，而非所写的5.2%', line: 9, column: 33 }],
    },
  ],
});
