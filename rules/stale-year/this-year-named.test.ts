import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A document defining its own 本年 (所称“本年”指…, “本年”均为…) names its title's year; another year there was kept from an
// earlier text. When the same sentence defines 上年 as the year before that 本年, the 本年 is the one finding. 本年 used in a
// statement (本年为2020年以来最高) defines nothing. Snippets written for these tests; none is copied from a real disclosure.
const ACCOUNTS = (note: string) => `青峰县林业局2025年度部门决算情况说明\n\n一、部门职责\n\n青峰县林业局负责全县森林资源保护。${note}\n`;
ruleTester(rule, {
  valid: [
    { why: '本年 as the title’s year', code: ACCOUNTS('除特别注明外，本说明所称“本年”均指2025年1月1日至12月31日。') },
    { why: 'a statement, no definition', code: ACCOUNTS('本年造林面积为2020年以来最多。') },
    { why: '本年 and 上年 both right', code: ACCOUNTS('本说明中“本年”指2025年度，“上年”指2024年度。') },
  ],
  invalid: [
    {
      why: 'quoted 本年 defined as the year before',
      code: ACCOUNTS('除特别注明外，本说明所称“本年”均指2024年1月1日至12月31日。'),
      errors: [{ message: '标题为2025年部门决算，本年应为2025年，此处却写作2024年', line: 5, column: 36 }],
    },
    {
      why: '所称本年度 unquoted',
      code: ACCOUNTS('本说明所称本年度为2024年度。'),
      errors: [{ message: '标题为2025年部门决算，本年应为2025年，此处却写作2024年', line: 5, column: 27 }],
    },
    {
      why: '本年 and 上年 a year behind together: one finding, the 本年',
      code: ACCOUNTS('本说明中“本年”指2024年度，“上年”指2023年度。'),
      errors: [{ message: '标题为2025年部门决算，本年应为2025年，此处却写作2024年', line: 5, column: 27 }],
    },
  ],
});
