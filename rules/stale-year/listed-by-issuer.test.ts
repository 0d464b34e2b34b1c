import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// The document listing its own figures may name its issuer before their year, as its title does (本报告所列石岗市2024年度决算数据):
// the figures are still the title's, of the title's year. A statement about another year's figures it lists (上年, 对比, a
// re-stated 口径) or another body's figures say nothing of it. Snippets written for these tests; none is copied from a real
// disclosure.
const ACCOUNTS = (closing: string) =>
  `石岗市2025年一般公共预算决算情况说明\n\n根据预算法有关规定，现将石岗市2025年一般公共预算决算情况说明如下。${closing}\n\n一、一般公共预算收入决算情况\n\n2025年全市一般公共预算收入286,400万元，完成年初预算的102.1%。\n`;

ruleTester(rule, {
  valid: [
    { why: 'the title’s year', code: ACCOUNTS('本报告所列石岗市2025年度决算数据已经市审计局审计。') },
    { why: 'last year’s figures listed for comparison', code: ACCOUNTS('本报告所列石岗市2024年度决算数据为上年数，仅作对比之用。') },
    { why: 'another issuer’s figures', code: ACCOUNTS('本报告所列青州市2024年度决算数据由省财政厅提供。') },
  ],
  invalid: [
    {
      why: '本报告所列 + issuer + the year before',
      code: ACCOUNTS('本报告所列石岗市2024年度决算数据已经市审计局审计。'),
      errors: [{ message: '标题为2025年一般公共预算决算，所列决算数据应为2025年，此处却写作2024年', line: 3, column: 44 }],
    },
    {
      why: '本说明所述, 决算数',
      code: ACCOUNTS('本说明所述石岗市2024年决算数均以市人大常委会批准数为准。'),
      errors: [{ message: '标题为2025年一般公共预算决算，所列决算数据应为2025年，此处却写作2024年', line: 3, column: 44 }],
    },
  ],
});
