import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A PDF's text with its prose hard-wrapped at the margin: a title line 关于…的说明 that happens to stop near the
// margin is a whole title, not the first line of the paragraph under it. Its year and the presenting sentence's
// are compared. Snippets written for these tests.
const wrap = (s: string) => s.match(/.{1,38}/g)!.join('\n');
const BODY = [
  '2025年，全县纳入国有资本经营预算编制范围的县属国有企业共9户，国有资本经营预算收入决算3,214万元，完成预算的104.6%，比上年增长8.1%，主要是部分企业利润上缴增加。',
  '加上上级补助收入160万元、上年结转收入92万元，全县国有资本经营预算收入总计3,466万元，支出总计3,466万元，收支平衡，结转下年使用的资金已按规定列示。',
  '2025年，全县社会保险基金收入96,420万元，比上年增收5,180万元，社会保险基金支出88,760万元，本年收支结余7,660万元，年末滚存结余136,540万元。',
]
  .map(wrap)
  .join('\n');
const doc = (title: string, presenting: string) => `柳河县2025年国有资本经营和社会保险基金决算说明\n${title}\n县人大常委会：\n${wrap(presenting)}\n一、国有资本经营预算决算情况\n${BODY}\n`;
ruleTester(rule, {
  valid: [
    {
      why: 'the title line and the presenting sentence name one year',
      code: doc('关于柳河县2025年国有资本经营预算和社会保险基金预算决算情况的说明', '现将柳河县2025年国有资本经营预算和社会保险基金预算决算情况说明如下，请予审查。'),
    },
  ],
  invalid: [
    {
      why: 'the presenting sentence names the year before, under a 关于…的说明 line near the margin',
      code: doc('关于柳河县2025年国有资本经营预算和社会保险基金预算决算情况的说明', '现将柳河县2024年国有资本经营预算和社会保险基金预算决算情况说明如下，请予审查。'),
      errors: [{ message: '标题为2025年预算决算，正文此处却写作2024年预算决算', line: 4, column: 6 }],
    },
    {
      why: 'the same with a 报告 of one book',
      code: doc('关于柳河县2025年度全县国有资本经营预算和社会保险基金预算决算情况的报告', '现将柳河县2024年度国有资本经营预算和社会保险基金预算决算情况报告如下，请予审议。'),
      errors: [{ message: '标题为2025年预算决算，正文此处却写作2024年预算决算', line: 4, column: 6 }],
    },
    {
      why: 'a short 关于 line, the presenting sentence wrapped inside its year',
      code: doc('关于柳河县2025年社会保险基金决算情况的说明', '根据有关规定，现将柳河县2024年社会保险基金决算情况说明如下，请予审查。'),
      errors: [{ message: '标题为2025年决算，正文此处却写作2024年决算', line: 4, column: 13 }],
    },
  ],
});
