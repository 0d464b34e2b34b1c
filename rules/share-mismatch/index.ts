import { Decimal } from 'decimal.js';
import { baseValue, defineRule, div, intervalOf, meets, scale, sum, type DocFigure, type Interval, type ShareClaim } from '@budgetlint/core';

export interface ShareMismatchOptions {
  /** Check shares whose total is named after 占 (占本年支出合计的100.00%). */
  namedTotals: boolean;
  /** Check the items of "X万元，主要用于以下方面：A…，占…%；B…，占…%" when they add up to X. */
  purposeLists: boolean;
  /**
   * Also when the list runs over several paragraphs (text taken from PDFs
   * breaks paragraphs at a line ending in ；). The items must still add up to
   * the amount, which proves it is their total: on by default.
   */
  purposeListsAcrossParagraphs: boolean;
}

const plainRaw = (f: DocFigure) => f.raw.replace(/[\s\u3000]/g, '');

/** part / total × 100, as drafters write it: to the share's places, one more when that would read the same. */
function computedText(c: ShareClaim): string {
  const exact = baseValue(c.part).div(baseValue(c.total)).times(100);
  let places = c.share.precision;
  let text = exact.toFixed(places, Decimal.ROUND_HALF_UP);
  while (new Decimal(text).eq(c.share.value) && places < 4) text = exact.toFixed(++places, Decimal.ROUND_HALF_UP);
  return `${text}%`;
}

/**
 * Totals whose shares are all wrong, yet agree among themselves on another
 * base (each part ÷ its share gives the same amount): the percentages are of
 * something the text does not state (上级补助, 全市…), not of this total.
 */
function sharedOtherBase(claims: ShareClaim[], wrong: (c: ShareClaim) => boolean): Set<number> {
  const byTotal = new Map<number, ShareClaim[]>();
  // Pushed, not copied per claim: a long list of shares of one total made the copies quadratic.
  for (const c of claims) {
    const group = byTotal.get(c.total.id);
    if (group) group.push(c);
    else byTotal.set(c.total.id, [c]);
  }
  const out = new Set<number>();
  for (const [id, group] of byTotal) {
    if (group.length < 2 || !group.every(wrong)) continue;
    const bases = group.map((c) => div(intervalOf(c.part), scale(intervalOf(c.share), new Decimal('0.01'))));
    if (bases.some((b) => !b)) continue;
    if (bases.every((a) => bases.every((b) => meets(a!, b!)))) out.add(id);
  }
  return out;
}

export default defineRule<ShareMismatchOptions>(
  {
    id: 'share-mismatch',
    family: 'share',
    title: '占比与金额不符',
    description: '“占比”与金额除以合计不符',
    defaultSeverity: 'error',
    defaults: { namedTotals: true, purposeLists: true, purposeListsAcrossParagraphs: true },
    optionsSchema: (z) => z.object({ namedTotals: z.boolean(), purposeLists: z.boolean(), purposeListsAcrossParagraphs: z.boolean() }).partial().strict(),
  },
  (ctx) => {
    const checked = ctx.of('share').filter(
      (c) =>
        !(c.via === 'named' && !ctx.options.namedTotals) &&
        !(c.via === 'purpose-list' && (!ctx.options.purposeLists || (c.across && !ctx.options.purposeListsAcrossParagraphs))),
    );
    // A total that its complete list of parts does not add up to (余额179.25亿元，其中一般债务58.11亿元、专项债务121.41
    // 亿元): the text states two values of it, and a share that fits the parts' sum is not proven wrong by the total.
    const partsSum = new Map<number, Interval[]>();
    for (const s of ctx.of('sum')) {
      if (!s.complete || s.components.some((x) => x.negative)) continue;
      if (!s.components.length) continue;
      const parts = sum(s.components.map((x) => intervalOf(x.figure)));
      if (meets(parts, intervalOf(s.total))) continue;
      (partsSum.get(s.total.id) ?? partsSum.set(s.total.id, []).get(s.total.id)!).push(parts);
    }
    // The share's interval already reaches up a whole last digit: rounded or truncated, both pass.
    const fits = (c: ShareClaim, total: Interval) => {
      const q = div(intervalOf(c.part), total);
      return !q || meets(scale(q, 100), intervalOf(c.share));
    };
    const wrong = (c: ShareClaim) => !fits(c, intervalOf(c.total)) && !(partsSum.get(c.total.id) ?? []).some((sum) => fits(c, sum));
    const otherBase = sharedOtherBase(checked, wrong);
    for (const c of checked) {
      if (!wrong(c) || otherBase.has(c.total.id)) continue;
      const partLabel = c.partLabel ?? '';
      const totalLabel = c.totalLabel || '合计';
      ctx.report({
        message: `${partLabel}${plainRaw(c.part)}占${totalLabel}${plainRaw(c.total)}的${computedText(c)}，而非所写的${plainRaw(c.share)}`,
        range: c.share.range,
        related: [
          { range: c.part.range, label: `部分 ${partLabel}${plainRaw(c.part)}` },
          { range: c.total.range, label: `总数 ${totalLabel}${plainRaw(c.total)}` },
        ],
        fingerprint: `${plainRaw(c.part)}/${plainRaw(c.total)}=${plainRaw(c.share)}`,
      });
    }
  },
);
