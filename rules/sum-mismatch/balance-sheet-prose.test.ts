import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A balance sheet stated in prose: 资产总额, then 负债总额 and 净资产 (所有者权益 for an enterprise) in one sentence. Assets are
// liabilities and net assets together. Each 资产总额 opens its own group. Snippets written for these tests.
ruleTester(rule, {
  valid: [
    { why: '24.24 + 461.96 = 486.20, and 62.18 + 716.48 = 778.66', code: '全市行政单位资产总额486.20亿元，负债总额24.24亿元，净资产461.96亿元；事业单位资产总额778.66亿元，负债总额62.18亿元，净资产716.48亿元。' },
    { why: 'an enterprise: 298.74 + 187.58 = 486.32, changes between', code: '2024年末，县属国有企业资产总额486.32亿元，比上年增长7.2%；负债总额298.74亿元，比上年增加18.62亿元；所有者权益187.58亿元。' },
    { why: 'fixed assets are a part of the assets, not the net assets', code: '资产总额126.84亿元，其中固定资产41.28亿元，流动资产32.46亿元。' },
  ],
  invalid: [
    {
      why: 'the second group: 62.18 + 706.48 = 768.66, not 778.66',
      code: '全市行政单位资产总额486.20亿元，负债总额24.24亿元，净资产461.96亿元；事业单位资产总额778.66亿元，负债总额62.18亿元，净资产706.48亿元。',
      errors: [{ message: '资产总额778.66亿元，但分项之和为768.66亿元（62.18 + 706.48），相差10.00亿元', line: 1, column: 52 }],
    },
    {
      why: '8.62 + 117.22 = 125.84, not 126.84',
      code: '2024年末，全县行政事业性国有资产总额126.84亿元，比上年增长6.8%；负债总额8.62亿元，净资产117.22亿元。',
      errors: [{ message: '资产总额126.84亿元，但分项之和为125.84亿元（8.62 + 117.22），相差1.00亿元', line: 1, column: 21 }],
    },
    {
      why: 'an enterprise’s 所有者权益: 298.74 + 178.58 = 477.32',
      code: '县属国有企业资产总额486.32亿元，负债总额298.74亿元，所有者权益178.58亿元。',
      errors: [{ message: '资产总额486.32亿元，但分项之和为477.32亿元（298.74 + 178.58），相差9.00亿元', line: 1, column: 11 }],
    },
  ],
});
