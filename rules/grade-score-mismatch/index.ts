import { defineRule, intervalOf, type GradeBand } from '@budgetlint/core';

// Label sets used together in the genre: the "should be" word is taken from the set the text writes in.
const LABEL_SETS = [
  ['优', '良', '中', '差'],
  ['优秀', '良好', '中等', '较差'],
  ['优', '良', '合格', '不合格'],
  ['优秀', '良好', '合格', '不合格'],
  ['A', 'B', 'C', 'D'],
];

const inBand = (v: number, b: GradeBand) => v >= b.min && (b.maxInclusive ? v <= b.max : v < b.max);
/** Does any score in [lo, hi] fall in the band? */
const meetsBand = (lo: number, hi: number, b: GradeBand) => hi >= b.min && (b.maxInclusive ? lo <= b.max : lo < b.max);

function describe(b: GradeBand): string {
  if (b.min <= 0) return `${b.max}分以下`;
  return `${b.min}分至${b.max}分`;
}

function labelIn(band: GradeBand, written: string): string {
  const set = LABEL_SETS.find((s) => s.includes(written));
  return set?.find((l) => band.labels.includes(l)) ?? band.labels[0];
}

export default defineRule(
  {
    id: 'grade-score-mismatch',
    family: 'grade',
    title: '得分与等级不符',
    description: '评价得分与所写等级不符',
    defaultSeverity: 'error',
  },
  (ctx) => {
    const bands = ctx.domain.gradeBands;
    for (const claim of ctx.of('grade')) {
      const written = claim.grade.text;
      const named = bands.filter((b) => b.labels.includes(written));
      // A word the bands do not define, or one two bands share: nothing to check against.
      if (named.length !== 1) continue;
      const band = named[0];
      const value = claim.score.value.toNumber();
      // A score stands for its rounding interval: 90分 may be 89.6 rounded.
      const { lo, hi } = intervalOf(claim.score);
      if (meetsBand(lo.toNumber(), hi.toNumber(), band)) continue;
      const actual = bands.find((b) => inBand(value, b));
      const should = actual ? `应为“${labelIn(actual, written)}”（${describe(actual)}）` : '不在任何等级的分数段内';
      const score = claim.score.raw.replace(/[\s\u3000]+/g, '');
      ctx.report({
        message: `得分${score}${should}，却写作“${written}”（${describe(band)}）`,
        range: claim.grade.range,
        related: [{ range: claim.score.range, label: `得分${score}` }],
        fingerprint: `${score}|${written}`,
      });
    }
  },
);
