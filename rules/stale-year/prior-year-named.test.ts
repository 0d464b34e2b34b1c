import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// Whatever a document is, its 上年 is the year before the one its title names: a 2025年度 决算 defining 上年 as 2023 (上年数为
// 2023年度决算数, “上年”指2023年, 上年（2023年）) kept the definition from an earlier text. A title of two years (决算 and 上半年
// 执行) has no one 上年. Snippets written for these tests; none is copied from a real disclosure.
const ACCOUNTS = (note: string) =>
  `石门乡2025年度财政决算公开说明\n\n一、收入决算情况\n\n2025年全乡一般公共预算收入决算数为2,486.30万元，比上年增长3.2%。${note}\n`;

ruleTester(rule, {
  valid: [
    { why: '上年 named as the year before the title’s', code: ACCOUNTS('本说明所称上年数为2024年度决算数。') },
    { why: 'a bracketed 上年 of the year before', code: ACCOUNTS('一般性转移支付收入比上年（2024年）增加46.20万元。') },
    { why: '以上 then 年度, no 上年', code: ACCOUNTS('以上年度数据为2023年度决算数，仅供参考。') },
    { why: 'another year named after 上年 but not as it', code: ACCOUNTS('上年结转资金已于2023年全部安排使用完毕。') },
    {
      why: 'a title of two years has no one 上年',
      code: '关于石门县2024年财政决算和2025年上半年预算执行情况的报告\n\n一、2024年财政决算情况\n\n本报告所称上年数为2023年决算数。\n',
    },
    {
      why: 'a budget’s 上年 is the year before its own',
      code: '青石县教育局2026年部门预算公开说明\n\n一、收支预算总体情况\n\n2026年收支总预算12,846.20万元，比上年增加2.1%。本说明所称“上年”指2025年度。\n',
    },
  ],
  invalid: [
    {
      why: '所称上年数为, the year of two years before',
      code: ACCOUNTS('本说明所称上年数为2023年度决算数。'),
      errors: [{ message: '标题为2025年决算，上年应为2024年，此处却写作2023年', line: 5, column: 50 }],
    },
    {
      why: '“上年”指, in a 部门预算',
      code: '青石县教育局2026年部门预算公开说明\n\n一、收支预算总体情况\n\n2026年收支总预算12,846.20万元，比上年增加2.1%。本说明所称“上年”指2024年度。\n',
      errors: [{ message: '标题为2026年部门预算，上年应为2025年，此处却写作2024年', line: 5, column: 43 }],
    },
    {
      why: '上年（…）, bracketed after a comparison',
      code: ACCOUNTS('一般性转移支付收入比上年（2023年）增加46.20万元。'),
      errors: [{ message: '标题为2025年决算，上年应为2024年，此处却写作2023年', line: 5, column: 54 }],
    },
  ],
});
