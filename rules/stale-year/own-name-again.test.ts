import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// The body naming this very document again by the title's whole name (the issuer before the year, the matter after it)
// with another year: as its own annex (详见附表《…表》, 附件2：…表) or as the document approved (…已经管理委员会审议通过, 经市政府
// 批准). Another year's document named beside this one (与…相比, 上年), or named by part of the title only, is no claim.
// Snippets written for these tests; none is copied from a real disclosure.
const SOE = '岚桥市2025年市级国有资本经营预算执行情况\n\n岚桥市财政局\n\n';
const FUND = '青溪市住房公积金2025年年度报告\n\n青溪市住房公积金管理委员会\n\n';
ruleTester(rule, {
  valid: [
    { why: 'the annex named with the title’s year', code: `${SOE}各企业利润上缴的具体情况详见附表《岚桥市2025年市级国有资本经营预算执行情况表》。\n` },
    { why: 'the report approved under the title’s year', code: `${FUND}青溪市住房公积金2025年年度报告已经青溪市住房公积金管理委员会第三次全体会议审议通过。\n` },
    { why: 'last year’s report set beside this one', code: `${FUND}与青溪市住房公积金2024年年度报告相比，本年度增加了缴存结构分析，上年报告已经管理委员会审议通过。\n` },
    { why: 'last year’s annex cited for its figures', code: `${SOE}上年数据详见附表《岚桥市2024年市级国有资本经营预算执行情况表》，本年口径未作调整。\n` },
    { why: 'another issuer’s report of that year', code: `${FUND}青溪市公积金协会2024年年度报告已经协会理事会审议通过。\n` },
    { why: 'named but neither annexed nor approved', code: `${FUND}青溪市住房公积金2024年年度报告已在市政府门户网站公开，可供查阅。\n` },
  ],
  invalid: [
    {
      why: 'the annex named with last year',
      code: `${SOE}各企业利润上缴的具体情况详见附表《岚桥市2024年市级国有资本经营预算执行情况表》。\n`,
      errors: [{ message: '标题为2025年预算执行，正文此处却写作2024年预算执行', line: 5, column: 21 }],
    },
    {
      why: 'an annex by number and colon, Markdown',
      format: 'markdown',
      code: '# 岚桥市2025年市级国有资本经营预算执行情况\n\n附件2：岚桥市2024年市级国有资本经营预算执行情况表（单位：万元）\n',
      errors: [{ message: '标题为2025年预算执行，正文此处却写作2024年预算执行', line: 3, column: 8 }],
    },
    {
      why: 'the report approved under last year',
      code: `${FUND}青溪市住房公积金2024年年度报告已经青溪市住房公积金管理委员会第三次全体会议审议通过，数据已经审计。\n`,
      errors: [{ message: '标题为2025年年度报告，正文此处却写作2024年年度报告', line: 5, column: 9 }],
    },
  ],
});
