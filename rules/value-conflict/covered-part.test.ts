import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// 纳入绩效自评的项目支出X万元，覆盖全部项目支出: a part of the spending said to cover the whole of its kind is that part's
// level, as the sentence splitting the year's spending into 基本支出 and 项目支出 states it (本院, 本校: a hospital's or a
// school's own unit, as 本单位 is). A part that covers less, or a sentence of another year, says nothing of it. Snippets
// written for these tests; none is copied from a real disclosure.
const HOSPITAL = (said: string) =>
  `青山县中医医院2025年度单位决算公开说明\n\n三、支出决算情况\n\n2025年度本院本年支出合计21,486.30万元，其中：基本支出18,264.10万元，占85.0%；项目支出3,222.20万元，占15.0%，主要用于设备购置。\n\n六、预算绩效管理情况\n\n2025年度本院开展单位整体支出绩效自评，自评得分91.0分。${said}\n`;
ruleTester(rule, {
  valid: [
    { why: 'the covered part as the split states it', code: HOSPITAL('纳入绩效自评的项目支出3,222.20万元，覆盖全部项目支出。') },
    { why: 'a part that covers less than the whole', code: HOSPITAL('纳入绩效自评的项目支出2,910.00万元，占项目支出的90.3%。') },
    { why: 'a sentence of another year', code: HOSPITAL('2024年度纳入绩效自评的项目支出2,986.40万元，覆盖全部项目支出。') },
  ],
  invalid: [
    {
      why: 'a hospital: the covered part with two digits swapped',
      code: HOSPITAL('纳入绩效自评的项目支出3,222.02万元，覆盖全部项目支出。'),
      errors: [{ message: '2025年支出决算中项目支出在前文为3,222.20万元，此处却为3,222.02万元', line: 9, column: 43 }],
    },
    {
      why: 'a school, 涵盖所有, the statement after the split',
      code: '青山县第二中学2025年度单位决算公开说明\n\n二、支出决算情况\n\n2025年度本校支出决算6,126.40万元，其中：基本支出5,264.80万元；项目支出861.60万元。\n\n五、绩效管理情况\n\n本校对全部项目开展绩效自评，纳入自评范围的项目支出816.60万元，涵盖所有项目支出。\n',
      errors: [{ message: '2025年支出决算中项目支出在前文为861.60万元，此处却为816.60万元', line: 9, column: 26 }],
    },
  ],
});
