import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A document's own bands, in the wordings drafters state them (a lead-out after the last band, a bound in a note, a
// band as a floor and a ceiling, a table of bands), grade every score of the document: under bands whose 中 starts at
// 70, a 68.5 called 中 is wrong though the default bands (中 from 60) would pass it. Snippets written for these tests.
const leadOut = '2025年，区财政局对所属单位开展整体支出绩效评价，评价结果按90分（含）以上为优、80分（含）至90分为良、70分（含）至80分为中、70分以下为差四个等级确定。';
const floorCeiling =
  '评价等级标准：得分在90分以上（含90分）的为优，得分在80分以上（含80分）、90分以下的为良，得分在70分以上（含70分）、80分以下的为中，得分在70分以下的为差。';
const note = '本次评价综合得分90分以上（含90分）为优、80—90分（含80分）为良、70—80分（含70分）为中、70分以下为差。';
const bandTable = ['表4 绩效评价等级划分', '', '| 评价等级 | 得分区间 |', '| --- | --- |', '| 优 | 90分（含）以上 |', '| 良 | 80分（含）至90分 |', '| 中 | 70分（含）至80分 |', '| 差 | 70分以下 |', ''].join('\n');

ruleTester(rule, {
  valid: [
    { why: 'a score on the bound: 70.0 is 中 under bands from 70', code: `${leadOut}区机关事务服务中心得分70.0分，评价结果为中。` },
    { why: 'a score on the upper bound: 80.0 is 良, not 中', code: `${floorCeiling}区档案馆得分80.0分，评价结果为良。` },
    { why: 'the note form: 69.5 is 差 under bands from 70', code: `${note}区城市管理局得分69.5分，评价结果为差。` },
    {
      why: 'bands out of 10 for one indicator do not grade the document: 68.5 is 中 under the default bands',
      code: '单项指标按得分率评定：9分（含）以上为优，8分（含）至9分为良，7分（含）至8分为中，7分以下为差。区园林绿化局整体支出得分68.5分，评价结果为中。',
    },
    { why: 'no bands stated: 68.5 is 中 under the default bands', code: '区园林绿化局整体支出绩效评价得分68.5分，评价结果为中。' },
    { why: 'the table of bands: its own bounds are no scores, and 72.0 is 中', code: `${bandTable}\n区民政局得分72.0分，评价结果为中。\n`, format: 'markdown' },
  ],
  invalid: [
    {
      why: 'the bands closed by 四个等级确定: 68.5 is 差 under them, called 中',
      code: `${leadOut}区文化和旅游局得分68.5分，评价结果为中。`,
      errors: [{ message: '区文化和旅游局得分68.5分应为“差”（70分以下），却写作“中”（70分至80分，按文中所列评价标准）', line: 1, column: 103, text: '中' }],
    },
    {
      why: 'bands as a floor and a ceiling: 79.5 is 中 under them, called 良',
      code: `${floorCeiling}区退役军人事务局得分79.5分，评价结果为良。`,
      errors: [{ message: '区退役军人事务局得分79.5分应为“中”（70分至80分），却写作“良”（80分至90分，按文中所列评价标准）', line: 1, column: 107, text: '良' }],
    },
    {
      why: 'the bound in a note: 65.0 is 差 under them, called 中',
      code: `${note}区体育局得分65.0分，评价结果为中。`,
      errors: [{ message: '区体育局得分65.0分应为“差”（70分以下），却写作“中”（70分至80分，按文中所列评价标准）', line: 1, column: 78, text: '中' }],
    },
    {
      why: 'a table of bands: 66.0 is 差 under it, called 中',
      code: `${bandTable}\n区民政局得分66.0分，评价结果为中。\n`,
      format: 'markdown',
      errors: [{ message: '区民政局得分66.0分应为“差”（70分以下），却写作“中”（70分至80分，按文中所列评价标准）', line: 10, column: 18, text: '中' }],
    },
  ],
});
