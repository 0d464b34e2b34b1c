import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A table whose column of names is headed 支出功能分类科目 (功能分类科目) lists spendings by what they are for (社区矫正,
// 老年福利), as a table captioned …支出表 does; the text restating a row says 老年福利支出. Snippets written for these tests in
// the genre's shapes; none is copied from a disclosure.
const MD = (said: string, head = '支出功能分类科目') =>
  `# 青岚县民政局2025年度部门决算说明\n\n## 二、一般公共预算财政拨款支出决算情况\n\n2025年度一般公共预算财政拨款支出5,224.90万元，具体见下表。\n\n单位：万元\n\n| ${head} | 2025年决算数 | 2024年决算数 |\n|---|---:|---:|\n| 行政运行 | 612.30 | 598.10 |\n| 老年福利 | 1,486.20 | 1,402.60 |\n| 儿童福利 | 906.40 | 874.00 |\n| 临时救助支出 | 220.00 | 236.50 |\n| 特困人员救助供养支出 | 2,000.00 | 1,950.20 |\n| 合计 | 5,224.90 | 5,061.40 |\n\n${said}\n`;
ruleTester(rule, {
  valid: [
    {
      why: 'each class said with 支出 after its row name, agreeing',
      format: 'markdown',
      code: MD('1．老年福利支出1,486.20万元，主要用于高龄津贴发放。\n\n2．儿童福利支出906.40万元，主要用于县福利中心运转。'),
    },
    {
      why: 'the class said of last year, agreeing with the 2024 column',
      format: 'markdown',
      code: MD('2024年老年福利支出1,402.60万元，2025年有所增加。'),
    },
    {
      why: 'a head over names that is no classification of spending (项目): its rows name no spending, nothing restated',
      format: 'markdown',
      code: MD('1．老年福利支出1,468.20万元，主要用于高龄津贴发放。', '项目'),
    },
  ],
  invalid: [
    {
      why: 'a numbered item restating a class two digits swapped',
      format: 'markdown',
      code: MD('1．老年福利支出1,468.20万元，主要用于高龄津贴发放。\n\n2．儿童福利支出906.40万元，主要用于县福利中心运转。'),
      errors: [{ message: '2025年老年福利支出决算在表中为1,486.20万元，此处却为1,468.20万元', line: 18, column: 9 }],
    },
    {
      why: 'a sentence of its own under 功能分类科目, a plain sentence',
      format: 'markdown',
      code: MD('儿童福利支出960.40万元，主要用于县福利中心运转。', '功能分类科目'),
      errors: [{ message: '2025年儿童福利支出决算在表中为906.40万元，此处却为960.40万元', line: 18, column: 7 }],
    },
  ],
});
