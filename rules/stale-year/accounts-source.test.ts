import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// An evaluation of one year (or the accounts of one) draws its figures from that year's 决算: 本报告数据来源于2024年度部门决算报表
// under a 2025年度 自评 was kept from last year's report, however the source is worded (取自, 均来自, 所用数据主要来源于). A budget
// citing last year's 决算, figures set beside the year's own (上年, 对比), or a source naming the year's own 决算 as well say
// nothing of it. Snippets written for these tests; none is copied from a real disclosure.
const SELF_EVALUATION = (source: string) =>
  `青溪县农业农村局2025年度部门整体支出绩效自评报告\n\n一、部门基本情况\n\n我局内设机构6个，下属事业单位2个。\n\n二、其他需要说明的情况\n\n${source}\n`;
const ACCOUNTS = (source: string) =>
  `青溪县文化旅游局2025年度部门决算\n\n第一部分 部门概况\n\n我局内设机构4个。\n\n第二部分 其他说明\n\n${source}\n`;
const BUDGET = (source: string) =>
  `青溪县文化旅游局2026年部门预算\n\n第一部分 部门概况\n\n我局内设机构4个。\n\n第二部分 其他说明\n\n${source}\n`;

ruleTester(rule, {
  valid: [
    { why: 'the year’s own accounts', code: SELF_EVALUATION('本报告数据来源于2025年度部门决算报表和财务核算系统。') },
    { why: 'a budget citing last year’s accounts', code: BUDGET('本预算基础数据来源于2025年度部门决算报表。') },
    { why: 'last year’s figures set beside', code: SELF_EVALUATION('上年对比数据来源于2024年度部门决算报表。') },
    { why: 'the year’s own accounts with last year’s for comparison', code: SELF_EVALUATION('本报告数据来源于2025年度和2024年度部门决算报表。') },
    { why: 'a source that is not accounts', code: SELF_EVALUATION('本报告数据来源于2024年度农业普查公报。') },
  ],
  invalid: [
    {
      why: '数据来源于, a self-evaluation',
      code: SELF_EVALUATION('本报告数据来源于2024年度部门决算报表和县农业农村信息平台统计数据。'),
      errors: [{ message: '标题为2025年部门整体支出绩效自评，数据来源的决算应为2025年，此处却写作2024年', line: 9, column: 9 }],
    },
    {
      why: '所用数据主要取自, a self-evaluation',
      code: SELF_EVALUATION('本次自评所用数据主要取自2024年部门决算数据。'),
      errors: [{ message: '标题为2025年部门整体支出绩效自评，数据来源的决算应为2025年，此处却写作2024年', line: 9, column: 13 }],
    },
    {
      why: '以上数据均来自, accounts',
      code: ACCOUNTS('以上数据均来自2024年度单位决算报表。'),
      errors: [{ message: '标题为2025年部门决算，数据来源的决算应为2025年，此处却写作2024年', line: 9, column: 8 }],
    },
  ],
});

// The source may name whose accounts they are, the issuer's own (取自柏塘县实验小学2024年度部门决算报表), and open a note after
// its colon (注：本说明所列数据…): the accounts are still the document's own. Another body's accounts are a source of another kind.
const SCHOOL = (note: string) =>
  `柏塘县实验小学2025年度部门决算\n\n一、部门基本情况\n\n学校有教学班24个。\n\n二、其他重要事项的情况说明\n\n${note}\n`;
ruleTester(rule, {
  valid: [
    { why: 'the title’s year', code: SCHOOL('注：本说明所列数据均取自柏塘县实验小学2025年度部门决算报表。') },
    { why: 'another body’s accounts', code: SCHOOL('注：本说明所列数据均取自柏塘县教育局2024年度部门决算报表。') },
    { why: 'last year’s figures, said so', code: SCHOOL('注：上年数据取自柏塘县实验小学2024年度部门决算报表。') },
  ],
  invalid: [
    {
      why: 'after 注：, the issuer named before the year',
      code: SCHOOL('注：本说明所列数据均取自柏塘县实验小学2024年度部门决算报表，因四舍五入，个别合计数存在尾差。'),
      errors: [{ message: '标题为2025年部门决算，数据来源的决算应为2025年，此处却写作2024年', line: 9, column: 20 }],
    },
    {
      why: 'the issuer’s short form, after 说明：',
      code: SCHOOL('说明：以上数据来源于实验小学2024年度单位决算报表。'),
      errors: [{ message: '标题为2025年部门决算，数据来源的决算应为2025年，此处却写作2024年', line: 9, column: 15 }],
    },
  ],
});
