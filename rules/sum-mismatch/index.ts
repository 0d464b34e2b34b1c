import { Decimal } from 'decimal.js';
import {
  add,
  defineRule,
  formatIn,
  formatTerms,
  intervalOf,
  maxPrecision,
  meets,
  neg,
  sum,
  baseValue,
  type Interval,
  type FindingInput,
  type SumClaim,
  type TableNeighbour,
} from '@budgetlint/core';

// Run searches are quadratic in the number of components; beyond this a list
// is a table column, where only the whole sum is meaningful.
const MAX_RUN_SEARCH = 64;

function prefixSums(parts: Interval[]): Interval[] {
  const out: Interval[] = [{ lo: new Decimal(0), hi: new Decimal(0) }];
  for (const p of parts) out.push(add(out[out.length - 1], p));
  return out;
}

/** parts[i..j) from prefix sums, without the widening that subtracting intervals would add. */
const runSum = (pre: Interval[], i: number, j: number): Interval => ({ lo: pre[j].lo.minus(pre[i].lo), hi: pre[j].hi.minus(pre[i].hi) });

/** Can the components be cut, in order, into runs that each add up to the total? (two splits of one total) */
export function splitsAddUp(parts: Interval[], total: Interval): boolean {
  // The whole list is one run: when it adds up, no split need be tried (most sums add up, and
  // sum() of unchanged figures is remembered from the last lint, so this costs an editor nothing).
  if (meets(sum(parts), total)) return true;
  if (parts.length > MAX_RUN_SEARCH) return false;
  const pre = prefixSums(parts);
  const ok: boolean[] = [true];
  for (let j = 1; j <= parts.length; j++) {
    ok[j] = false;
    for (let i = 0; i < j && !ok[j]; i++) if (ok[i] && meets(runSum(pre, i, j), total)) ok[j] = true;
  }
  return ok[parts.length];
}

/**
 * Where a run of components adds up to the total, what lies outside it must be
 * a subset or a partial second split: each remaining group at most the total.
 * Returns 'ok' when such a run exists, the first remaining group that exceeds
 * the total when only that spoils it (a second split that does not add up),
 * or undefined when no run adds up at all.
 */
export function runWithRemainder(parts: Interval[], total: Interval): 'ok' | { start: number; end: number } | undefined {
  if (parts.length > MAX_RUN_SEARCH) return undefined;
  const pre = prefixSums(parts);
  let spoiled: { start: number; end: number } | undefined;
  for (let i = 0; i < parts.length; i++) {
    for (let j = i + 1; j <= parts.length; j++) {
      if (!meets(runSum(pre, i, j), total)) continue;
      const before = { start: 0, end: i };
      const after = { start: j, end: parts.length };
      const over = [before, after].find((g) => g.end > g.start && runSum(pre, g.start, g.end).lo.gt(total.hi));
      if (!over) return 'ok';
      spoiled ??= over;
    }
  }
  return spoiled;
}

export function describeSum(claim: SumClaim, components = claim.components) {
  const figs = components.map((c) => c.figure);
  const exact = components.reduce((a, c) => (c.negative ? a.minus(baseValue(c.figure)) : a.plus(baseValue(c.figure))), new Decimal(0));
  const places = Math.max(maxPrecision(figs), claim.total.precision);
  const sameUnit = figs.every((f) => f.unit === claim.total.unit);
  // A part taken away (a roll-forward's spending) is shown with its minus.
  const terms = components.some((c) => c.negative)
    ? components.map((c, i) => `${c.negative ? '- ' : i > 0 ? '+ ' : ''}${sameUnit ? formatTerms([c.figure]) : c.figure.raw}`).join(' ')
    : sameUnit
      ? formatTerms(figs)
      : figs.map((f) => f.raw).join(' + ');
  return {
    exact,
    text: formatIn(exact, claim.total, places),
    terms,
    gap: formatIn(baseValue(claim.total).minus(exact).abs(), claim.total, places),
  };
}

// The stages of money carried over, said as the drafter says them; any other statement by its own labels.
const CARRY_STAGES = ['年初结转和结余', '本年收入', '本年支出'];
function takenWords(claim: SumClaim): string {
  if (claim.components.every((c) => CARRY_STAGES.includes(c.label))) return '年初加本年收入减本年支出';
  const words = claim.components.map((c, i) => `${i === 0 ? '' : c.negative ? '减' : '加'}${c.label}`).join('');
  return claim.components.every((c) => c.label) && words.length <= 40 ? words : '所列各项加减';
}

/**
 * What the message calls the total: what it is of ("税收返还和转移支付合计…"), or, in a table, the
 * row or column. A subject that is itself a total word (合计, 总计, 总额) or ends with one is not given another.
 */
function headOf(claim: Pick<SumClaim, 'subject' | 'shape'>): string {
  if (claim.shape === 'table-row' || claim.shape === 'table-column') return `表中${claim.subject}`;
  return /(?:合计|总计|共计|小计|总额)$/.test(claim.subject) ? claim.subject : `${claim.subject}合计`;
}

/** rounding: "strict": a complete list whose printed figures do not add up exactly, within rounding. */
function roundingHint(ctx: { report: (f: FindingInput) => void }, claim: SumClaim): void {
  const d = describeSum(claim);
  if (d.exact.eq(baseValue(claim.total))) return;
  ctx.report({
    message: `${headOf(claim)}${claim.total.raw}，分项之和为${d.text}（${d.terms}），相差${d.gap}，在各数四舍五入的误差之内`,
    range: claim.total.range,
    related: claim.components.map((c, i) => ({ range: c.figure.range, label: `分项（${i + 1}）${c.label ? `${c.label} ` : ''}${c.figure.raw}` })),
    severity: 'info',
    fingerprint: `rounding:${claim.total.raw}=${claim.components.map((c) => c.figure.raw).join('+')}`,
  });
}

export default defineRule(
  {
    id: 'sum-mismatch',
    family: 'sum',
    title: '合计与分项之和不符',
    description: '合计数与其分项之和不符',
    defaultSeverity: 'error',
    // Each claim on its own: while a draft is edited, unchanged claims keep their findings.
    eachClaim: ['sum'],
  },
  (ctx) => {
    for (const claim of ctx.of('sum')) {
      const v = verdict(claim);
      if (v === 'adds-up') {
        if (ctx.rounding === 'strict' && claim.complete) roundingHint(ctx, claim);
        continue;
      }
      if (!v || v === 'split-adds-up') continue;
      // One misprinted cell of a table breaks its row and its column by one gap: said once, by the first of them in
      // speaking order, the others named beside it.
      const alike = (claim.neighbours ?? []).flatMap((n) => {
        const vn = verdict(n);
        return typeof vn === 'object' && sameGap(vn, v) ? [{ n, vn }] : [];
      });
      if (alike.some(({ n }) => speaksBefore(n, claim))) continue;
      const heard = alike.map(({ n, vn }) => ({ range: n.total.range, label: `同一差额：${headOf(n)}${n.total.raw}，分项之和为${vn.d.text}` }));
      const { shown, d, run, taken, over } = v;
      const head = headOf(claim);
      ctx.report({
        message: taken
          ? `${claim.subject}${claim.total.raw}，但按${takenWords(claim)}计算应为${d.text}（${d.terms}），相差${d.gap}`
          : claim.complete || run
            ? `${head}${claim.total.raw}，但分项之和为${d.text}（${d.terms}），相差${d.gap}`
            : `${head}${claim.total.raw}，但其中所列分项之和已达${d.text}（${d.terms}），${over ? '超出' : '相差'}${d.gap}`,
        range: claim.total.range,
        related: [
          ...shown.map((c, i) => ({
            range: c.figure.range,
            label: `分项（${i + 1}）${c.label ? `${c.label} ` : ''}${c.figure.raw}`,
          })),
          ...heard,
        ],
        fix: claim.complete && !run ? { title: `将合计改为${d.text}`, range: claim.total.range, text: d.text } : undefined,
        fingerprint: `${claim.total.raw}=${claim.components.map((c) => c.figure.raw).join('+')}`,
      });
    }
  },
);

const signed = (c: SumClaim['components'][number]): Interval => (c.negative ? neg(intervalOf(c.figure)) : intervalOf(c.figure));

interface Verdict {
  /** The components the message shows: a split that does not add up, or all. */
  shown: SumClaim['components'];
  d: ReturnType<typeof describeSum>;
  run?: { start: number; end: number };
  taken: boolean;
  /** The parts' sum is above the total's interval. */
  over: boolean;
  /** The total less every component, exactly, without its sign: a cell's misprint shows as one gap in each sum it is in. */
  gap: Decimal;
}

/** Whether a sum adds up ('adds-up', or 'split-adds-up' when a run of its parts does), proves nothing (undefined: a partial list short of its total), or fails, and how. */
function verdict(claim: SumClaim | TableNeighbour): Verdict | 'adds-up' | 'split-adds-up' | undefined {
  const total = intervalOf(claim.total);
  const parts = claim.components.map(signed);
  if (splitsAddUp(parts, total)) return 'adds-up';
  const all = sum(parts);
  // A partial "of which" list may leave a remainder; only a known-complete one must add up.
  if (!claim.complete && all.hi.lt(total.lo)) return undefined;
  // A table's columns after 合计 are one split of it (基本支出 | 项目支出), and so are the members of a known
  // partition (优、良、中): a run of them equal to the total leaves no room for the rest.
  const taken = claim.components.some((c) => c.negative);
  const run = claim.shape === 'table-column' || claim.partition || taken ? undefined : runWithRemainder(parts, total);
  if (run === 'ok') return 'split-adds-up';
  // One split adds up and another does not: name the one that does not.
  const shown = run ? claim.components.slice(run.start, run.end) : claim.components;
  const d = describeSum(claim as SumClaim, shown);
  const exact = shown === claim.components ? d.exact : describeSum(claim as SumClaim).exact;
  const gap = baseValue(claim.total).minus(exact).abs();
  return { shown, d, run, taken, over: all.lo.gt(total.hi), gap };
}

function sameGap(a: Verdict, b: Verdict): boolean {
  return a.gap.eq(b.gap) && !a.gap.isZero();
}

/**
 * Of a table's sums failing by one gap (or of one total's two readings), which speaks: the lowest (a 项 row's own sum before its 款's, a 小计 before the
 * 合计 row: the sum nearest the misprinted cell); then a row's own sum (its 合计 against its columns, shape table-column)
 * before one down a column; then the first in the document. One order for the whole table, so that one of them speaks.
 */
function speaksBefore(a: TableNeighbour, b: TableNeighbour): boolean {
  if ((a.level ?? 0) !== (b.level ?? 0)) return (a.level ?? 0) < (b.level ?? 0);
  const order = (c: TableNeighbour) => (c.shape === 'table-column' ? 0 : 1);
  if (order(a) !== order(b)) return order(a) < order(b);
  if (a.total.range.start !== b.total.range.start) return a.total.range.start < b.total.range.start;
  if (a.total.range.end !== b.total.range.end) return a.total.range.end < b.total.range.end;
  // One total read with two sets of parts (收入总计 with the amounts added to make it, and with 支出总计 and the 结转 it
  // leaves): the parts stated first speak.
  return firstPart(a) < firstPart(b);
}
const firstPart = (c: TableNeighbour) => Math.min(...c.components.map((p) => p.figure.range.start));
