import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// 即困难残疾人生活补贴、重度残疾人护理补贴、残疾人两项补贴: a policy named with a count (残疾人两项补贴, 城乡居民两项保险) may close a
// list whose other items name the counted kind themselves; the count is the last item's name, not the list's number.
ruleTester(rule, {
  valid: [
    {
      why: 'the last item is a policy named with its count, after items that end in the counted noun',
      code: '2025年本单位项目支出主要用于发放各类补贴，即困难残疾人生活补贴、重度残疾人护理补贴、残疾人两项补贴，全年共发放补贴资金326.40万元。\n',
    },
    {
      why: 'the same with 和 before the last item',
      code: '本年度落实惠民政策，包括困难残疾人生活补贴、重度残疾人护理补贴和残疾人两项补贴。\n',
    },
    {
      why: 'two items that end in the noun, then the count naming them again',
      code: '本年度发放补贴，即困难残疾人生活补贴、重度残疾人护理补贴两项补贴，共计218.60万元。\n',
    },
  ],
  invalid: [
    {
      why: 'items that do not name the counted noun, counted short',
      code: '本年度压减支出，包括会议费、培训费、差旅费两项支出，合计下降12.4%。\n',
      errors: [{ message: '所述“两项支出”，但其前列举了3项', line: 1, column: 22 }],
    },
    {
      why: 'items each ending in the noun, counted short again by it',
      code: '本年度发放补贴，即困难残疾人生活补贴、重度残疾人护理补贴、孤儿基本生活补贴两项补贴，共计318.60万元。\n',
      errors: [{ message: '所述“两项补贴”，但其前列举了3项', line: 1, column: 38 }],
    },
  ],
});
