import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A sentence naming its subject with the measure of the row's current column (基本支出决算) is that row:
// the row's 预算数 is the base its 比预算数多/少 is against. Snippets written for these tests.
const TABLE = '# 青川县水务局2024年度部门决算\n\n单位：万元\n\n| 项目 | 预算数 | 决算数 | 增减 |\n|---|---:|---:|---:|\n| 基本支出 | 1,880.60 | 1,820.40 | -60.20 |\n| 项目支出 | 900.00 | 950.00 | 50.00 |\n| 公用经费 | 335.00 | 320.00 | -15.00 |\n\n';
ruleTester(rule, {
  valid: [
    {
      why: 'the direction agrees with the row',
      format: 'markdown',
      code: `${TABLE}基本支出决算1,820.40万元，比预算数少60.20万元，主要是人员调出。`,
    },
    {
      why: 'the value is not the row’s: no row is the sentence’s, and it states no base of its own',
      format: 'markdown',
      code: `${TABLE}基本支出决算1,800.00万元，比预算数多60.20万元，主要是人员调出。`,
    },
  ],
  invalid: [
    {
      why: '多 where the outturn is below the row’s budget',
      format: 'markdown',
      code: `${TABLE}基本支出决算1,820.40万元，比预算数多60.20万元，主要是人员调出。`,
      errors: [{ message: '基本支出决算1,820.40万元小于预算数1,880.60万元，却写作“多”', line: 11, column: 22 }],
    },
    {
      why: '减少 where the outturn is above (决算数 named with 数)',
      format: 'markdown',
      code: `${TABLE}项目支出决算数950.00万元，比预算数减少50.00万元，主要是新增项目。`,
      errors: [{ message: '项目支出决算数950.00万元大于预算数900.00万元，却写作“减少”', line: 11, column: 21 }],
    },
    {
      why: '较预算数增加 where the outturn is below',
      format: 'markdown',
      code: `${TABLE}公用经费决算320.00万元，较预算数增加15.00万元。`,
      errors: [{ message: '公用经费决算320.00万元小于预算数335.00万元，却写作“增加”', line: 11, column: 20 }],
    },
  ],
});
