import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// 持平 with last year's figure given right after it, in brackets or its own clause (与上年持平（上年为9,640万元）): the two
// figures must agree within rounding. 基本持平 allows a small change. Snippets written for these tests; none is copied
// from a real disclosure.
ruleTester(rule, {
  valid: [
    { why: 'the same figure', code: '其中：利润收入9,862万元，与上年持平（上年为9,862万元）。\n' },
    { why: 'equal within rounding', code: '股利收入3.20亿元，与上年持平（上年3.2亿元）。\n' },
    { why: '基本持平 allows a small change', code: '利润收入9,862万元，与上年基本持平（上年为9,640万元）。\n' },
    { why: 'a figure after the bracket of another item', code: '利润收入9,862万元，与上年持平；产权转让收入860万元，上年为680万元。\n' },
  ],
  invalid: [
    {
      why: 'a bracket after 持平 with another figure',
      code: '2025年，全市国有资本经营预算收入12,486万元。其中：利润收入9,862万元，与上年持平（上年为9,640万元），股利、股息收入1,764万元。\n',
      errors: [{ message: '利润收入9,862万元与上年9,640万元不等，却写作“持平”', line: 1, column: 46 }],
    },
    {
      why: 'its own clause after 持平, full-width digits',
      code: '国有资本经营预算支出８，６２０万元，与上年持平，上年为８，２６０万元。\n',
      errors: [{ message: '国有资本经营预算支出8,620万元与上年8,260万元不等，却写作“持平”', line: 1, column: 22 }],
    },
    {
      why: 'Markdown, 同比持平 with 上年同期',
      code: '## 二、支出\n\n1—9月，卫生健康支出4.62亿元，同比持平（上年同期4.26亿元）。\n',
      format: 'markdown',
      errors: [{ message: '卫生健康支出4.62亿元与上年同期4.26亿元不等，却写作“持平”', line: 3, column: 21 }],
    },
  ],
});
