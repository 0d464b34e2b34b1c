import { Decimal } from 'decimal.js';
import { baseValue, defineRule, DEBT_KIND_NAMES, formatIn, intervalOf, type DebtClaim, type DocFigure } from '@budgetlint/core';

export const KIND_NAMES = DEBT_KIND_NAMES;

/** Same date: equal, or a year's limit against that year's year-end balance ("2024年" and "2024年末"). */
const dateKey = (s: string) => /^(\d{4})年(?:末)?$/.exec(s)?.[1] ?? s;

/**
 * How many blocks apart a balance and a limit may stand and still be one debt's when the balance
 * names neither its scope nor its date: only a limit stated right beside it is its own.
 */
const NEAR_BLOCKS = 3;

export const plainRaw = (f: DocFigure) => f.raw.replace(/[\s\u3000]/g, '');

/** A difference of two figures, in the first one's unit, to the places the figures are written with. */
export function formatDiff(diff: Decimal, a: DocFigure, b: DocFigure): string {
  const inUnit = diff.div(a.scale);
  const places = a.unit === b.unit ? Math.max(a.precision, b.precision) : Math.min(Math.max(inUnit.decimalPlaces(), a.precision), 4);
  return formatIn(diff, a, places);
}

export default defineRule(
  {
    id: 'debt-over-limit',
    family: 'debt',
    title: '债务余额超过限额',
    description: '债务余额超过同口径、同时点的债务限额',
    defaultSeverity: 'error',
  },
  (ctx) => {
    const debts = ctx.of('debt');
    // Limits by kind, scope and date, so each balance meets only its own candidates.
    const limits = new Map<string, DebtClaim[]>();
    for (const d of debts) {
      if (d.measure !== 'limit') continue;
      const key = `${d.debtKind}|${d.scope}|${dateKey(d.date)}`;
      const list = limits.get(key);
      if (list) list.push(d);
      else limits.set(key, [d]);
    }
    // The largest limit of a group, once: a balance is over only when it is above every limit of its debt.
    // The first of the largest limits in a list (later equal ones do not replace it).
    const largest = (list: DebtClaim[]) => list.reduce((a, x) => (intervalOf(x.figure).hi.gt(intervalOf(a.figure).hi) ? x : a));
    const highest = new Map<DebtClaim[], DebtClaim>();
    const highestOf = (list: DebtClaim[]) => {
      let top = highest.get(list);
      if (!top) {
        top = largest(list);
        highest.set(list, top);
      }
      return top;
    };
    // An unnamed balance meets only the limits within NEAR_BLOCKS blocks of it: its group's
    // limits by block, each block's largest once, so a paragraph of thousands of balances, each with
    // its limit, does not compare every balance with every limit.
    const byBlock = new Map<DebtClaim[], Map<number, DebtClaim[]>>();
    const order = new Map<DebtClaim, number>();
    const highestNear = (group: DebtClaim[], b: DebtClaim): DebtClaim | undefined => {
      let blocks = byBlock.get(group);
      if (!blocks) {
        blocks = new Map();
        group.forEach((l, i) => {
          order.set(l, i);
          const list = blocks!.get(l.figure.block);
          if (list) list.push(l);
          else blocks!.set(l.figure.block, [l]);
        });
        byBlock.set(group, blocks);
      }
      const tops: DebtClaim[] = [];
      for (let k = b.figure.block - NEAR_BLOCKS; k <= b.figure.block + NEAR_BLOCKS; k++) {
        const list = blocks.get(k);
        if (list) tops.push(highestOf(list));
      }
      // Of equal limits the earliest in the group, as for a named balance.
      tops.sort((x, y) => order.get(x)! - order.get(y)!);
      return tops.length ? largest(tops) : undefined;
    };
    // One balance stated in several places (其中市本级418.27亿元, then 市本级政府债务余额418.27亿元，债务限额…)
    // is one contradiction: said once, where the balance stands nearest its limit.
    const found = new Map<string, { b: DebtClaim; l: DebtClaim; distance: number }>();
    // Measured in the text as read (a block's own offsets): a web copy's soft hyphens and zero-width spaces, in the
    // source only, must not move which statement stands nearer.
    const distance = (a: DocFigure, b: DocFigure) => Math.abs(a.block - b.block) * 1e6 + Math.abs(a.start - b.start);
    for (const b of debts) {
      if (b.measure !== 'balance' || b.limitElsewhere) continue;
      // A balance at a month's end in a year is held to that year's limit too: limits only grow through a year.
      const monthOf = /^(\d{4})年\d{1,2}月末$/.exec(b.date)?.[1];
      const ownDate = limits.get(`${b.debtKind}|${b.scope}|${dateKey(b.date)}`);
      const group = ownDate ?? (monthOf ? limits.get(`${b.debtKind}|${b.scope}|${monthOf}`) : undefined);
      if (!group) continue;
      // Named debts match their whole group; unnamed ones only the limits of their own date stated beside them.
      const l = b.date && b.scope ? highestOf(group) : ownDate && highestNear(ownDate, b);
      if (!l) continue;
      // Two limits stated for one debt, the balance over only one of them: which one holds is unclear.
      if (!intervalOf(b.figure).lo.gt(intervalOf(l.figure).hi)) continue;
      const key = `${b.debtKind}|${b.scope}|${!!b.estimate}|${baseValue(b.figure).toString()}|${baseValue(l.figure).toString()}`;
      const d = distance(b.figure, l.figure);
      const seen = found.get(key);
      if (!seen || d < seen.distance) found.set(key, { b, l, distance: d });
    }
    for (const { b, l } of [...found.values()].sort((x, y) => x.b.figure.range.start - y.b.figure.range.start)) {
      const who = `${b.estimate ? '预计' : ''}${b.date}${b.scope}${KIND_NAMES[b.debtKind]}余额${plainRaw(b.figure)}`;
      const excess = baseValue(b.figure).minus(baseValue(l.figure));
      ctx.report({
        message: `${who}，超过同期${KIND_NAMES[l.debtKind]}限额${plainRaw(l.figure)}，超出${formatDiff(excess, b.figure, l.figure)}`,
        range: b.figure.range,
        related: [{ range: l.figure.range, label: `${KIND_NAMES[l.debtKind]}限额 ${plainRaw(l.figure)}` }],
        fingerprint: `${plainRaw(b.figure)}>${plainRaw(l.figure)}`,
      });
    }
  },
);
