import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A table of classification codes (科目編碼 科目名稱 合計 …) reposted in traditional characters, pasted with tabs or
// printed one row a line: its head and its 合計 row are read in the normal form, as in the simplified original. Pasted
// with tabs, the head names the columns, and a message names the column too.
// Snippets written for these tests; none is copied from a real disclosure.
const head = ['單位：萬元', '科目編碼\t科目名稱\t合計\t基本支出\t項目支出'];
ruleTester(rule, {
  valid: [
    {
      why: 'every row adds up: 1,310.40 = 1,184.00 + 126.40, 合計 = 1,310.40 + 96.20',
      code: [...head, '210\t衛生健康支出\t1,310.40\t1,184.00\t126.40', '21004\t  公共衛生\t1,204.80\t1,078.40\t126.40', '2100401\t    疾病預防控制機構\t1,204.80\t1,078.40\t126.40', '21011\t  行政事業單位醫療\t105.60\t105.60\t', '208\t社會保障和就業支出\t96.20\t96.20\t', '20805\t  行政事業單位養老支出\t96.20\t96.20\t', '合計\t1,406.60\t1,280.20\t126.40'].join('\n'),
    },
  ],
  invalid: [
    {
      why: 'tabs: 重大公共衛生服務 合計 418.60, its only part 項目支出 481.60',
      code: [...head, '210\t衛生健康支出\t1,612.20\t1,130.60\t481.60', '21004\t  公共衛生\t1,506.60\t1,025.00\t481.60', '2100401\t    疾病預防控制機構\t1,025.00\t1,025.00\t', '2100409\t    重大公共衛生服務\t418.60\t\t481.60', '21011\t  行政事業單位醫療\t105.60\t105.60\t', '合計\t1,612.20\t1,130.60\t481.60'].join('\n'),
      errors: [
        { message: '表中“重大公共卫生服务”行合计418.60万元，但分项之和为481.60万元（481.60），相差63.00万元', line: 6, column: 22 },
      ],
    },
    {
      why: 'one row a line, spaces: 合計 row 1,406.60 against 1,310.40 + 86.20 = 1,396.60 down and 1,270.20 + 126.40 across',
      code: ['單位：萬元', '科目編碼 科目名稱 合計 基本支出 項目支出', '210 衛生健康支出 1,310.40 1,184.00 126.40', '21004 公共衛生 1,204.80 1,078.40 126.40', '21011 行政事業單位醫療 105.60 105.60', '208 社會保障和就業支出 86.20 86.20', '20805 行政事業單位養老支出 86.20 86.20', '合計 1,406.60 1,270.20 126.40'].join('\n'),
      errors: [
        { message: '表中合计行1,406.60万元，但分项之和为1396.60万元（1270.20 + 126.40），相差10.00万元', line: 8, column: 4 },
      ],
    },
  ],
});
