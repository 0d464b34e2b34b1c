import { describe, expect, it } from 'vitest';
import { execAtEnd } from './text-end.ts';

// The same match as the pattern on the whole subject, whatever comes before the reach.
const VERB = /(增加|增长|增|减少|减)了?(?:支出|收入)?(?:额|为)?[\s\u3000]*$/;
const cases = [
  '其中一般公共预算支出比上年增加',
  '其中一般公共预算支出比上年增加了 \u3000 ',
  '项目支出较上年减少支出额',
  '增',
  '',
  '增加增加增加增加增加增加增加增加增加增加增加减少了',
  '没有动词的很长的一段文字没有动词的很长的一段文字',
  '同比增长\n',
];

describe('execAtEnd', () => {
  it('finds what the pattern finds on the whole text, at the same index', () => {
    for (const s of cases) {
      const whole = VERB.exec(s);
      const end = execAtEnd(VERB, s, 7);
      expect(end?.index, s).toBe(whole?.index);
      expect(end?.[0], s).toBe(whole?.[0]);
      expect(end?.[1], s).toBe(whole?.[1]);
    }
  });

  it('searches only the reach: a long subject costs no more than a short one', () => {
    let tried = 0;
    const counting = { exec: (t: string) => ((tried += t.length), VERB.exec(t)) } as unknown as RegExp;
    execAtEnd(counting, `${'一般公共预算支出'.repeat(5000)}增加`, 7);
    expect(tried).toBeLessThanOrEqual(7);
  });
});
