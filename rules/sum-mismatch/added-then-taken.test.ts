import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A加B，减去C和D，年终结转下年E: an amount, what is added to it and taken from it, then what is left in a
// clause of its own; the last is the first plus the added less the taken.
ruleTester(rule, {
  valid: [
    {
      why: '13,404 + 620 - 9,384 - 4,020 = 620',
      code: '收入13,404万元加上年结转620万元，减去支出9,384万元和调出资金4,020万元，年终结转下年620万元。',
    },
    {
      why: '加上…再减去…, 亿元: 12.60 + 0.85 - 11.92 = 1.53',
      code: '全年基金收入12.60亿元，加上上年结余0.85亿元，再减去基金支出11.92亿元，年终结余1.53亿元。',
    },
    {
      why: 'nothing taken away: a list of additions is read elsewhere, not here',
      code: '本级收入3,860万元，加上级补助收入1,240万元，年终结余5,100万元。',
    },
    {
      why: 'a figure of another kind in the run (a rate): not an arithmetic statement',
      code: '收入3,860万元，增长4.2%，减去支出3,120万元，年终结余740万元。',
    },
  ],
  invalid: [
    {
      why: '13,404 + 620 - 9,384 - 4,020 = 620, stated 580',
      code: '收入13,404万元加上年结转620万元，减去支出9,384万元和调出资金4,020万元，年终结转下年580万元。',
      errors: [{ message: '年终结转下年580万元，但按收入加上年结转减支出减调出资金计算应为620万元（13404 + 620 - 9384 - 4020），相差40万元', line: 1, column: 52 }],
    },
    {
      why: '12.60 + 0.85 - 11.92 = 1.53, stated 1.35',
      code: '全年基金收入12.60亿元，加上上年结余0.85亿元，再减去基金支出11.92亿元，年终结余1.35亿元。',
      errors: [{ message: '年终结余1.35亿元，但按全年基金收入加上年结余减基金支出计算应为1.53亿元（12.60 + 0.85 - 11.92），相差0.18亿元', line: 1, column: 47 }],
    },
    {
      why: '扣除 and 收支相抵后: 5,000 - 3,200 - 1,500 = 300, stated 500',
      code: '社会保险基金收入5,000万元，扣除基金支出3,200万元、上解支出1,500万元，收支相抵后，年末滚存结余500万元。',
      errors: [{ message: '年末滚存结余500万元，但按社会保险基金收入减基金支出减上解支出计算应为300万元（5000 - 3200 - 1500），相差200万元', line: 1, column: 55 }],
    },
  ],
});
