import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// The document saying what its own figures are (上述数据为X县2024年政府性基金决算数, 以上数字均为本级2024年决算数) names them by
// their year and class: under a 2025 决算 title, a 2024 决算数 was kept from last year's text. Figures of another class (预算数
// in a 决算) or of another year it lists (上年数据, 调整后口径) say nothing of it. Snippets written for these tests; none is
// copied from a real disclosure.
const ACCOUNTS = (note: string) =>
  `柳溪县2025年政府性基金预算决算情况说明\n\n一、收入决算情况\n\n2025年全县政府性基金预算收入完成38,640万元，为调整预算的102.4%。\n\n二、其他需要说明的情况\n\n${note}\n`;

ruleTester(rule, {
  valid: [
    { why: 'the title’s year', code: ACCOUNTS('上述数据为柳溪县2025年政府性基金决算数，已经县人民政府同意。') },
    { why: 'last year’s figures it lists', code: ACCOUNTS('上述数据为2025年决算数，上年数据为2024年决算数。') },
    { why: 'budget figures in a 决算 are another’s', code: ACCOUNTS('表中年初数为2024年政府性基金预算数，仅作参考。') },
    { why: 'another body’s figures', code: ACCOUNTS('上述数据为市财政局2024年政府性基金决算数。') },
    { why: 'a re-stated scope', code: ACCOUNTS('以上数据为2024年决算数，已按调整后口径重述。') },
  ],
  invalid: [
    {
      why: '上述数据为 + the issuer',
      code: ACCOUNTS('上述数据为柳溪县2024年政府性基金决算数，已经县人民政府同意。'),
      errors: [{ message: '标题为2025年预算决算，正文此处却写作2024年预算决算', line: 9, column: 9 }],
    },
    {
      why: '以上数字均为 + the level',
      code: ACCOUNTS('以上数字均为本级2024年决算数据，报县人大常委会审查批准。'),
      errors: [{ message: '标题为2025年预算决算，正文此处却写作2024年预算决算', line: 9, column: 9 }],
    },
    {
      why: '本说明所列数据均为 + nobody named, in a 部门决算',
      code: '青溪县林业局2025年度部门决算公开说明\n\n一、收入支出决算总体情况\n\n2025年度本部门收入总计4,286.40万元。本说明所列数据均为2024年度部门决算数。\n',
      errors: [{ message: '标题为2025年部门决算，正文此处却写作2024年部门决算', line: 5, column: 34 }],
    },
  ],
});
