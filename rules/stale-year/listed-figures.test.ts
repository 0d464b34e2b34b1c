import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// The document pointing at the figures it lists (本说明所列2024年决算数据…为准) names their year, the title's year, with no
// owner before it; a statement about another year's figures it lists (上年数, 对比, figures re-stated to a new 口径) says nothing
// of it. Snippets written for these tests; none is copied from a real disclosure.
const ACCOUNTS = (closing: string) =>
  `松岗镇2025年财政决算公开说明\n一、一般公共预算收支决算情况\n2025年，全镇一般公共预算收入完成1,682.40万元，为调整预算的101.3%，主要是契税和耕地占用税增收。\n二、其他需要说明的事项\n${closing}\n`;

ruleTester(rule, {
  valid: [
    { why: 'the listed figures of the title’s year', code: ACCOUNTS('本说明所列2025年决算数据均以县财政局批复的决算报表为准，如有出入以批复数为准。') },
    { why: 'last year’s figures the document lists, to compare with', code: ACCOUNTS('本说明所列2024年决算数为上年数，仅作对比之用，均以县财政局批复的上年决算为准。') },
    { why: 'last year’s figures re-stated to this year’s 口径', code: ACCOUNTS('本说明所列2024年决算数已按2025年政府收支分类科目口径进行调整，与上年公开数略有差异。') },
    {
      why: 'a budget figure listed in a 决算: another class',
      code: ACCOUNTS('本说明所列2025年预算数为经镇人大审议批准的调整预算数，决算数以县财政局批复为准。'),
    },
  ],
  invalid: [
    {
      why: 'a closing note of a 财政决算, the listed figures dated the year before',
      code: ACCOUNTS('本说明所列2024年决算数据均以县财政局批复的决算报表为准，若与其他渠道公开的数据存在差异，以本说明为准。'),
      errors: [{ message: '标题为2025年决算，正文此处却写作2024年决算', line: 5, column: 6 }],
    },
    {
      why: 'a 部门决算 naming its listed figures with 列示的',
      code: '兰沟县市场监督管理局2025年度部门决算\n一、部门基本情况\n本部门内设股室9个，下设市场监管所12个，纳入本部门2025年度决算编报的单位共13个。\n二、其他重要事项\n本报告列示的2024年度部门决算数据，已经县财政局审核批复，所涉金额单位除特别注明外均为万元。\n',
      errors: [{ message: '标题为2025年部门决算，正文此处却写作2024年部门决算', line: 5, column: 7 }],
    },
    {
      why: 'a 政府决算 note pointing at its figures with 所述',
      code: '云溪区2025年政府决算公开说明\n一、全区一般公共预算收支决算\n全区一般公共预算收入完成18,642.00万元，完成调整预算的100.6%。\n四、有关说明\n本文所述2024年政府决算数据为区人大常委会审查批准的数据，相关表格以批准稿为准。\n',
      errors: [{ message: '标题为2025年政府决算，正文此处却写作2024年政府决算', line: 5, column: 5 }],
    },
  ],
});
