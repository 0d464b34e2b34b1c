import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// 负增长X%: growth below zero is a fall, in tax analyses and revenue reports alike. Snippets written for these
// tests; none is copied from a real disclosure.
ruleTester(rule, {
  valid: [
    {
      why: '减收 2,710 and 负增长3.4% both say the tax fell (2,710 / 79,540 = 3.4%)',
      code: '企业所得税1—9月完成76,830万元，同比减收2,710万元，负增长3.4%，下拉税收收入增幅0.7个百分点。',
    },
    {
      why: '比上年同期减少 and 负增长 agree',
      code: '全县契税收入21,830万元，比上年同期减少1,200万元，负增长5.2%，主要是房地产市场交易量下降。',
    },
  ],
  invalid: [
    {
      why: '增加120 with 负增长3.6%: the amount rose, the rate says it fell',
      code: '印花税1—9月完成3,420万元，比上年同期增加120万元，负增长3.6%。',
      errors: [{ message: '印花税1—9月比上年同期增加120万元，却写作“负增长3.6%”', line: 1, column: 31 }],
    },
  ],
});
