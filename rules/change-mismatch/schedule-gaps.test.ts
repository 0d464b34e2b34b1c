import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A monthly or quarterly report sets a completion rate against the calendar (序时进度: ten months are 83.3% of the year,
// a half year 50%) and states the gap in points: 快于序时进度1.5个百分点, 较83.3%的序时进度低2.7个百分点, 超序时进度（50%）
// 2.4个百分点. The gap is the rate less the 序时进度, as stated, or, when it is not, the stretch's months over twelve.
// Snippets written for these tests; none is copied from a real disclosure.
ruleTester(rule, {
  valid: [
    { why: '84.8 − 83.3 = 1.5 (the 序时进度 stated)', code: '1—10月，全县一般公共预算收入累计完成42.36亿元，完成年度预算的84.8%，快于83.3%的序时进度1.5个百分点。' },
    { why: '52.7 − 50 = 2.7 (上半年, stated in brackets)', code: '上半年，全区完成财政总收入36.20亿元，完成年度预算的52.7%，超序时进度（50%）2.7个百分点。' },
    { why: '79.6 against ten months’ 83.33: 3.7 points behind (not stated)', code: '1—10月，全市一般公共预算支出累计完成81.06亿元，完成年度预算的79.6%，较序时进度低3.7个百分点。' },
    {
      why: 'the title’s stretch (前三季度, 75%) for a sentence naming none: 71.2 is 3.8 behind',
      code: '2025年前三季度柳塘县预算执行情况\n\n税收收入完成年度预算的71.2%，低于序时进度3.8个百分点，主要是留抵退税集中办理。',
    },
    {
      why: 'a stretch compared with (增幅较一季度回落) is not the sentence’s: 54.7 − 50 = 4.7 for 1-6月',
      code: '1-6月，全区一般公共预算收入累计完成31.46亿元，增幅较一季度回落1.2个百分点；完成年度预算的54.7%，高于序时进度4.7个百分点。',
    },
    {
      why: 'a gap against last year, not the calendar: another claim',
      code: '1—10月，全县一般公共预算收入完成年度预算的84.8%，比上年同期提高1.5个百分点。',
    },
  ],
  invalid: [
    {
      why: '79.6 is 3.7 points behind the stated 83.3, not 2.7',
      code: '1—10月，全区一般公共预算支出77.05亿元，完成年度预算96.80亿元的79.6%，较83.3%的序时进度低2.7个百分点。',
      errors: [{ message: '完成年度预算96.80亿元的79.6%比序时进度83.3%低2.7个百分点，但两者实际相差3.7个百分点', line: 1, column: 57 }],
    },
    {
      why: '51.4 is 1.4 points ahead of a half year (50%, not stated), not 2.4',
      code: '2025年上半年青山县预算执行情况\n\n从收入进度看，税收收入完成年度预算的51.4%，超序时进度2.4个百分点。',
      errors: [{ message: '税收收入完成年度预算的51.4%比序时进度50.0%超2.4个百分点，但两者实际相差1.4个百分点', line: 3, column: 30 }],
    },
    {
      why: 'nine months (1至9月) are 75%: 69.8 is 5.2 behind, written 4.2',
      code: '1至9月，全县政府性基金预算收入完成年度预算的69.8%，落后于时间进度4.2个百分点。',
      errors: [{ message: '全县政府性基金预算收入完成年度预算的69.8%比序时进度75.0%落后于4.2个百分点，但两者实际相差5.2个百分点', line: 1, column: 37 }],
    },
  ],
});
