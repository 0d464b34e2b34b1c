import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A rate printed truncated keeps its magnitude's digits: a fall of 5.37% truncated is -5.3, as a rise of 5.37% is 5.3.
// Snippets written for these tests; none is copied from a real disclosure.
const TABLE = (rate: string) =>
  `# 某区2025年1—9月税收收入完成情况\n\n单位：万元、%\n\n| 税种 | 1—9月累计 | 上年同期 | 增减额 | 增幅 |\n| --- | --- | --- | --- | --- |\n| 增值税 | 16,842 | 15,236 | 1,606 | 10.5 |\n| 城镇土地使用税 | 986 | 1,042 | -56 | ${rate} |\n| 房产税 | 1,864 | 1,798 | 66 | 3.6 |\n`;
ruleTester(rule, {
  valid: [
    { why: '-56 / 1,042 = -5.37%, printed rounded', code: TABLE('-5.4'), format: 'markdown' },
    { why: '-56 / 1,042 = -5.37%, printed truncated', code: TABLE('-5.3'), format: 'markdown' },
  ],
  invalid: [
    {
      why: '-56 / 1,042 = -5.37%, printed -5.2',
      code: TABLE('-5.2'),
      format: 'markdown',
      errors: [{ message: '城镇土地使用税986万元，按减少56万元计，上年同期为1,042万元，降幅应为5.37%，而非所写的-5.2%', line: 8, column: 33 }],
    },
  ],
});
