import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// The document stating the whole year its own figures cover (本说明涉及的决算数据口径为…1月1日至…12月31日) names the year its title
// names. A period of last year's figures it also lists (上年数, re-stated) says nothing of it. Snippets written for these
// tests; none is copied from a real disclosure.
const ACCOUNTS = (note: string) =>
  `青石县实验小学2025年度单位决算公开说明\n\n第一部分  单位概况\n\n    青石县实验小学是县教育局所属公益一类事业单位，现有教学班36个。${note}\n\n第二部分  2025年度单位决算情况说明\n\n    2025年度本单位本年收入3,862.40万元，本年支出3,846.20万元。\n`;

ruleTester(rule, {
  valid: [
    { why: 'the title’s year', code: ACCOUNTS('本说明涉及的决算数据口径为2025年1月1日至2025年12月31日。') },
    { why: 'last year’s figures it lists for comparison', code: ACCOUNTS('本说明涉及的上年数据口径为2024年1月1日至2024年12月31日。') },
    { why: 'a period of something else (an audit)', code: ACCOUNTS('县审计局对本单位2024年1月1日至2024年12月31日的财务收支进行了审计。') },
  ],
  invalid: [
    {
      why: '口径为, both dates written with their year',
      code: ACCOUNTS('本说明涉及的决算数据口径为2024年1月1日至2024年12月31日。'),
      errors: [{ message: '标题为2025年单位决算，正文此处却写作2024年单位决算', line: 5, column: 50 }],
    },
    {
      why: '统计期间是, the second date without its year',
      code: '白鹭区文化和旅游局2025年度部门决算\n\n一、部门基本情况\n\n本部门内设科室6个，下属事业单位2个。本报告所列数据的统计期间是2024年1月1日至12月31日，金额单位为万元。\n',
      errors: [{ message: '标题为2025年部门决算，正文此处却写作2024年部门决算', line: 5, column: 33 }],
    },
  ],
});
