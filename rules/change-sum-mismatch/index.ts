import { Decimal } from 'decimal.js';
import {
  abs,
  defineRule,
  statedDirection,
  formatIn,
  statedChange,
  intervalOf,
  meets,
  neg,
  point,
  sum,
  baseValue,
  maxPrecision,
  type ChangeClaim,
  type ChangePart,
  type ChangeSumClaim,
  type DocFigure,
  type Interval,
} from '@budgetlint/core';
import { splitsAddUp } from '../sum-mismatch/index.ts';

interface Signed {
  interval: Interval;
  exact: Decimal;
  text: string;
  figure?: DocFigure;
  claim: ChangeClaim;
}

// Bases named differently (上年 vs 预算数) are different comparisons; 上年 and 上年执行数 are the same year.
const normalizeBase = (b: string) => (/预算/.test(b) ? 'budget' : 'last-year');

function signed(c: ChangeClaim | undefined): Signed | undefined {
  if (!c) return undefined;
  if (c.flat && !c.delta) return { interval: point(0), exact: new Decimal(0), text: '0（持平）', claim: c };
  if (!c.delta || !c.deltaWord) return undefined;
  const d = signedDelta(c.delta, c.deltaWord.text);
  return d && { ...d, claim: c };
}

interface SignedPart {
  interval: Interval;
  exact: Decimal;
  text: string;
  figure?: DocFigure;
}

/** A change figure with its direction word as a signed amount, written as the message shows it (+ 1.85, - 0.90). */
function signedDelta(delta: DocFigure, word: string | undefined): SignedPart | undefined {
  const dir = statedDirection(word, delta.value);
  if (!dir) return undefined;
  // A signed figure (增加-97, a table's 增减额 column) already carries its direction in the word's reading.
  const i = abs(intervalOf(delta));
  const v = baseValue(delta).abs();
  const down = dir === 'down';
  return { interval: down ? neg(i) : i, exact: down ? v.neg() : v, text: `${down ? '- ' : '+ '}${delta.raw.replace(/^[-−－负]/, '')}`, figure: delta };
}

function signedPart(p: ChangePart): SignedPart | undefined {
  if (!p.delta) return p.flat ? { interval: point(0), exact: new Decimal(0), text: '+ 0（持平）' } : undefined;
  return signedDelta(p.delta, p.word?.text);
}

/**
 * "X比上年减少A，但各分项增减之和为减少B（terms），相差C": the parts' changes added up,
 * with as many decimals as the most precise figure, the terms as written (their units
 * only when the changes are not all in the total's unit).
 */
function mismatchMessage(subject: string, base: string, total: SignedPart & { figure: DocFigure }, parts: readonly SignedPart[]): string {
  const exact = parts.reduce((a, p) => a.plus(p.exact), new Decimal(0));
  const figs = parts.filter((p) => p.figure).map((p) => p.figure!);
  const places = Math.max(maxPrecision(figs), total.figure.precision);
  const sameUnit = figs.every((f) => f.unit === total.figure.unit);
  const terms = parts
    .map((p) => (sameUnit && p.figure ? p.text.slice(0, p.text.length - p.figure.unit.length) : p.text))
    .join(' ')
    .replace(/^\+ /, '');
  return `${subject}比${base}${describe(total.exact, total.figure, places)}，但各分项增减之和为${describe(exact, total.figure, places)}（${terms}），相差${formatIn(total.exact.minus(exact).abs(), total.figure, places)}`;
}

/** A total's change against its parts' changes, read as one relation (其中, 增加的X中, 按…分). */
function checkRelation(ctx: { report: (f: any) => void }, c: ChangeSumClaim): boolean {
  if (!c.complete) return false;
  const total = signedPart(c.total);
  const parts = c.parts.map(signedPart);
  if (!total?.figure || parts.some((p) => !p)) return false;
  const all = sum(parts.map((p) => p!.interval));
  if (meets(all, total.interval)) return true;
  const base = c.base === '上年' ? '上年' : c.base;
  ctx.report({
    message: mismatchMessage(c.subject, base, { ...total, figure: total.figure }, parts.map((p) => p!)),
    range: total.figure.range,
    related: parts.map((p, i) => ({
      range: p!.figure?.range ?? c.parts[i].flat!.range,
      label: `分项（${i + 1}）${c.parts[i].label} ${p!.figure ? `${c.parts[i].word!.text}${p!.figure.raw}` : '持平'}`,
    })),
    fingerprint: `${total.figure.raw}|${parts.map((p) => p!.text).join(',')}`,
  });
  return true;
}

const describe = (v: Decimal, unit: DocFigure, places: number) =>
  `${v.isNeg() ? '减少' : v.isZero() ? '变动' : '增加'}${formatIn(v.abs(), unit, places)}`;

export default defineRule(
  {
    id: 'change-sum-mismatch',
    family: 'change-sum',
    title: '分项增减与合计增减不符',
    description: '各分项的增减额之和与合计的增减额不符',
    defaultSeverity: 'error',
  },
  (ctx) => {
    // Relations read as such come first; a total they settle is not checked again through its sum.
    const settled = new Set<number>();
    for (const c of ctx.of('change-sum')) if (checkRelation(ctx, c)) settled.add(c.total.delta.id);
    const changes = ctx.of('change');
    const byCurrent = new Map<number, ChangeClaim>();
    for (const c of changes) if (c.current && !byCurrent.has(c.current.id)) byCurrent.set(c.current.id, c);
    for (const s of ctx.of('sum')) {
      // A roll-forward (年初 + 收入 − 支出 = 年末) is no split whose parts' changes add up.
      if (s.components.some((c) => c.negative)) continue;
      // Only a total with a change of its own can disagree: most sums have none, and are passed
      // before their parts are added up (a tenth of an editor's lint at 200 KB went there).
      const totalChange = byCurrent.get(s.total.id);
      if (!totalChange) continue;
      // The components' changes add up to the total's only when the components are all of the total.
      // A list read after a sentence that names its total (财政拨款收入中，…) adding up proves it whole this year only.
      const complete = s.complete || (!s.named && splitsAddUp([sum(s.components.map((c) => intervalOf(c.figure)))], intervalOf(s.total)));
      if (!complete) continue;
      const total = signed(totalChange);
      if (!total?.figure || settled.has(total.figure.id)) continue;
      const parts = s.components.map((c) => signed(byCurrent.get(c.figure.id)));
      if (parts.some((p) => !p)) continue;
      const base = normalizeBase(total.claim.base);
      if (parts.some((p) => normalizeBase(p!.claim.base) !== base)) continue;
      const all = sum(parts.map((p) => p!.interval));
      if (meets(all, total.interval)) continue;
      ctx.report({
        message: mismatchMessage(s.subject || total.claim.subject || '合计', total.claim.base, { ...total, figure: total.figure }, parts.map((p) => p!)),
        range: total.figure.range,
        related: parts.map((p, i) => ({
          range: p!.figure?.range ?? p!.claim.flat!.range,
          label: `分项（${i + 1}）${s.components[i].label} ${p!.figure ? statedChange(p!.claim.deltaWord, p!.figure) : '持平'}`,
        })),
        fingerprint: `${total.figure.raw}|${parts.map((p) => p!.text).join(',')}`,
      });
    }
  },
);
