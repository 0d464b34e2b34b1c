import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A document named by its issuer and year, then its summing of the units whose accounts it holds (X县2024年度“三公”经费
// 决算已汇总县级部门的支出数据), is the document saying what it is made of: under a 2025年度 title of that name, the year is
// the title's. Another year's document named to compare (与上年, 比, a change in the units) says nothing of it. Snippets
// written for these tests.
const TITLE = '青杉县2025年度县级“三公”经费决算情况说明\n\n';
const TAIL = '\n\n2025年度县级“三公”经费财政拨款支出826.40万元，完成年初预算的92.1%。\n';

ruleTester(rule, {
  valid: [
    { why: 'the title’s year', code: `${TITLE}青杉县2025年度“三公”经费决算已汇总县级部门（单位）的财政拨款支出数据。${TAIL}` },
    { why: 'last year’s summing, compared', code: `${TITLE}与2024年度“三公”经费决算汇总的单位相比，本年增加3个。${TAIL}` },
    { why: 'the units changed since last year', code: `${TITLE}2024年度“三公”经费决算共汇总61个单位，本年新增2个。${TAIL}` },
    { why: 'units taken into another document, not its issuer', code: `${TITLE}纳入2024年度“三公”经费决算汇总的单位共61个。${TAIL}` },
  ],
  invalid: [
    {
      why: 'the issuer, 已汇总',
      code: `${TITLE}青杉县2024年度“三公”经费决算已汇总县级部门（单位）的财政拨款支出数据。${TAIL}`,
      errors: [{ message: '标题为2025年三公决算，正文此处却写作2024年三公决算', line: 3, column: 4 }],
    },
    {
      why: '本县, 共汇总…单位',
      code: `${TITLE}本县2024年度“三公”经费决算共汇总县级预算单位61个。${TAIL}`,
      errors: [{ message: '标题为2025年三公决算，正文此处却写作2024年三公决算', line: 3, column: 3 }],
    },
    {
      why: 'no issuer, 汇总了…部门, after a heading',
      code: `${TITLE}（一）汇总范围\n\n2024年度县级“三公”经费决算汇总了61家部门和单位的支出数据。${TAIL}`,
      errors: [{ message: '标题为2025年三公决算，正文此处却写作2024年三公决算', line: 5, column: 1 }],
    },
  ],
});
