import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// 收支相抵，年终结余X: a sentence stating only what is left nets the 支出总计 ending the sentence before and the
// nearest 收入总计 before it (the same paragraph, or the one before, across one title).
ruleTester(rule, {
  valid: [
    {
      why: '108.58 - 104.32 = 4.26',
      code: '加上上级补助收入1.26亿元、上年结余3.18亿元，收入总计108.58亿元。\n\n二、支出决算情况\n\n政府性基金预算支出94.72亿元，加上调出资金9.60亿元，支出总计104.32亿元。收支相抵，年终结余4.26亿元。',
    },
    {
      why: 'one paragraph, 万元: 26,830 - 25,410 = 1,420',
      code: '全县政府性基金收入总计26,830万元。基金支出22,910万元，加上调出资金2,500万元，支出总计25,410万元。收支相抵后，结转下年1,420万元。',
    },
    {
      why: 'the sentence before ends with a 支出 that is no 总计: 收入 − 支出 leaves out transfers, nothing to check',
      code: '全县政府性基金收入总计26,830万元。基金支出22,910万元。收支相抵，年终结余1,240万元。',
    },
    {
      why: 'two titles between the income total and the spending: too far to be one account',
      code: '收入总计108.58亿元。\n\n二、支出决算情况\n\n（一）基金支出\n\n基金支出94.72亿元，加上调出资金9.60亿元，支出总计104.32亿元。收支相抵，年终结余5.26亿元。',
    },
  ],
  invalid: [
    {
      why: '108.58 - 104.32 = 4.26, stated 4.62 (across a title)',
      code: '加上上级补助收入1.26亿元、上年结余3.18亿元，收入总计108.58亿元。\n\n二、支出决算情况\n\n政府性基金预算支出94.72亿元，加上调出资金9.60亿元，支出总计104.32亿元。收支相抵，年终结余4.62亿元。',
      errors: [{ message: '收入合计108.58亿元，但分项之和为108.94亿元（104.32 + 4.62），相差0.36亿元', line: 1, column: 31 }],
    },
    {
      why: 'one paragraph: 26,830 - 25,410 = 1,420, stated 结转下年1,240',
      code: '全县政府性基金收入总计26,830万元。基金支出22,910万元，加上调出资金2,500万元，支出总计25,410万元。收支相抵后，结转下年1,240万元。',
      errors: [{ message: '政府性基金收入合计26,830万元，但分项之和为26650万元（25410 + 1240），相差180万元', line: 1, column: 12 }],
    },
    {
      why: 'a wrapped line breaks 年终结余: 3,960 - 3,720 = 240, stated 420',
      code: '全年收入总计3,960万元。基金支出3,520万元，加上债务还本支出200万元，支出总计3,720万元。收支相抵，年终结\n余420万元。',
      errors: [{ message: '全年收入合计3,960万元，但分项之和为4140万元（3720 + 420），相差180万元', line: 1, column: 7 }],
    },
  ],
});
