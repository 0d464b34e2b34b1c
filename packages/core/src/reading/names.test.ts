import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { sameSubject, subjectKey } from './names.ts';

// subjectKey is an index for sameSubject: two names it calls the same must share a key, or a
// lookup by key would miss a match the full comparison would have found.
const PARTS = ['一般性转移支付', '项目', '项目支出', '基本', '三公', '公务接待', '机关运行', '本级', '全区', '2024年', '（类）', ' ', '“', '”'];
const TAILS = ['', '收入', '支出', '经费', '费用', '资金', '合计', '总额', '的'];
const name = fc.tuple(fc.array(fc.constantFrom(...PARTS), { minLength: 1, maxLength: 3 }), fc.array(fc.constantFrom(...TAILS), { maxLength: 2 })).map(([a, b]) => a.join('') + b.join(''));

describe('subjectKey', () => {
  it('gives one key to names sameSubject calls the same', () => {
    fc.assert(
      fc.property(name, name, (a, b) => !sameSubject(a, b) || subjectKey(a) === subjectKey(b)),
      { numRuns: 5000, seed: 20261201 },
    );
  });

  it('takes off every trailing 收入/支出/经费 that sameSubject may strip', () => {
    expect(sameSubject('项目支出', '项目支出经费')).toBe(true);
    expect(subjectKey('项目支出经费')).toBe(subjectKey('项目支出'));
    expect(subjectKey('2024年一般性转移支付收入')).toBe(subjectKey('一般性转移支付'));
    expect(subjectKey('公务接待费')).not.toBe(subjectKey('公务用车运行费'));
  });
});
