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

function labelIn(band: GradeBand, written: string, stated: boolean): string {
  // A document's own standard names each band with its first word.
  if (stated) return band.labels[0];
  const set = LABEL_SETS.find((s) => s.includes(written));
  return set?.find((l) => band.labels.includes(l)) ?? band.labels[0];
}

const LEAD_MARKS = '-*•·，,；;、：:';
const TAIL_MARKS = '，,；;、：:';
const isSpace = (c: string) => /\s/.test(c);
/** `s` without list marks and spaces before it and punctuation and spaces after it (loops: the
 * pattern /^[…]+|[…]+$/g retried a trailing run from each of its characters). */
function trimMarks(s: string): string {
  let start = 0;
  while (start < s.length && (isSpace(s[start]) || LEAD_MARKS.includes(s[start]))) start++;
  let end = s.length;
  while (end > start && (isSpace(s[end - 1]) || TAIL_MARKS.includes(s[end - 1]))) end--;
  return s.slice(start, end);
}

const SCORE_WORDS = ['综合', '评价', '自评', '绩效', '整体', '考核'];
/** `s` without a trailing (综合|评价|…)*(得分|评分)?: a loop from the end, as no word ends like another. */
function withoutScoreTail(s: string): string {
  let end = s.length;
  if (s.endsWith('得分') || s.endsWith('评分')) end -= 2;
  for (;;) {
    const w = SCORE_WORDS.find((x) => end >= x.length && s.startsWith(x, end - x.length));
    if (!w) return s.slice(0, end);
    end -= w.length;
  }
}

// The project or unit the score is of, as the text names it; nothing when the text names none.
function subjectOf(subject: string): string {
  const s = withoutScoreTail(trimMarks(subject.replace(/[“”"‘’「」]/g, '')));
  // A pronoun (该项目) or a bare word (绩效) names nothing the reader can find.
  if (!s || /^(?:该|此|本|其)?(?:项目|单位|部门)?$/.test(s) || s.length > 30) return '';
  return s;
}

export default defineRule(
  {
    id: 'grade-score-mismatch',
    family: 'grade',
    title: '得分与等级不符',
    description: '评价得分与所写等级不符',
    defaultSeverity: 'error',
    // Each claim on its own: while a draft is edited, unchanged claims keep their findings.
    eachClaim: ['grade'],
  },
  (ctx) => {
    for (const claim of ctx.of('grade')) {
      // A standard the document states is the one its grades were given by.
      const bands = claim.bands ?? ctx.domain.gradeBands;
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
      const should = actual ? `应为“${labelIn(actual, written, !!claim.bands)}”（${describe(actual)}）` : '不在任何等级的分数段内';
      const score = claim.score.raw.replace(/[\s\u3000]+/g, '');
      ctx.report({
        message: `${subjectOf(claim.subject)}得分${score}${should}，却写作“${written}”（${describe(band)}${claim.bands ? '，按文中所列评价标准' : ''}）`,
        range: claim.grade.range,
        related: [{ range: claim.score.range, label: `得分${score}` }],
        fingerprint: `${score}|${written}`,
      });
    }
  },
);
