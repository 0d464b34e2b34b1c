import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sameSubject, subjectCore } from './names.ts';

// Pieces names in these documents are made of: places, years, quotes, totals, measure words.
const PIECES = ['全区', '本级', '2024年', '2025年度', '本年', '“', '”', '一般', '公共', '预算', '转移支付', '性', '财政拨款', '收入', '支出', '经费', '费用', '资金', '合计', '总额', '的', '三公', '（类）', ' ', '教育', '卫生'];
const name = fc.array(fc.constantFrom(...PIECES), { minLength: 0, maxLength: 6 }).map((a) => a.join(''));

describe('subjectCore', () => {
  it('two names sameSubject accepts have the same core (the change-sum index relies on it)', () => {
    fc.assert(
      fc.property(name, name, (a, b) => {
        if (sameSubject(a, b)) expect(subjectCore(a)).toBe(subjectCore(b));
      }),
      { numRuns: 20000 },
    );
    // With and without the measure word, with a year and a scope in front.
    expect(sameSubject('2024年全区一般性转移支付收入', '一般性转移支付')).toBe(true);
    expect(subjectCore('2024年全区一般性转移支付收入')).toBe(subjectCore('一般性转移支付'));
  });
});
