import { Decimal } from 'decimal.js';
import { baseValue, defineRule, DEBT_KIND_NAMES, formatIn, intervalOf, type DebtClaim, type DocFigure } from '@budgetlint/core';

export const KIND_NAMES = DEBT_KIND_NAMES;

/** Same date: equal, or a year's limit against that year's year-end balance ("2024年" and "2024年末"). */
const dateKey = (s: string) => /^(\d{4})年(?:末)?$/.exec(s)?.[1] ?? s;
const sameDate = (a: string, b: string) => dateKey(a) === dateKey(b);

/** A balance and a limit are about the same debt: same kind, same scope and date; unnamed ones only close together. */
function sameDebt(b: DebtClaim, l: DebtClaim): boolean {
  if (b.debtKind !== l.debtKind || b.scope !== l.scope) return false;
  if (!sameDate(b.date, l.date)) return false;
  // Neither scope nor date said: only a limit stated right beside the balance is the same debt's.
  if (!b.date || !b.scope) return Math.abs(b.figure.block - l.figure.block) <= 3;
  return true;
}

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
    const highest = new Map<DebtClaim[], DebtClaim>();
    const highestOf = (list: DebtClaim[]) => {
      let top = highest.get(list);
      if (!top) {
        top = list.reduce((a, x) => (intervalOf(x.figure).hi.gt(intervalOf(a.figure).hi) ? x : a));
        highest.set(list, top);
      }
      return top;
    };
    // One balance stated in several places (其中市本级418.27亿元, then 市本级政府债务余额418.27亿元，债务限额…)
    // is one contradiction: said once, where the balance stands nearest its limit.
    const found = new Map<string, { b: DebtClaim; l: DebtClaim; distance: number }>();
    const distance = (a: DocFigure, b: DocFigure) => Math.abs(a.block - b.block) * 1e6 + Math.abs(a.range.start - b.range.start);
    for (const b of debts) {
      if (b.measure !== 'balance' || b.limitElsewhere) continue;
      // A balance at a month's end in a year is held to that year's limit too: limits only grow through a year.
      const monthOf = /^(\d{4})年\d{1,2}月末$/.exec(b.date)?.[1];
      const group =
        limits.get(`${b.debtKind}|${b.scope}|${dateKey(b.date)}`) ?? (monthOf ? limits.get(`${b.debtKind}|${b.scope}|${monthOf}`) : undefined);
      if (!group) continue;
      // Named debts match their whole group; unnamed ones only the limits stated beside them.
      const mine = b.date && b.scope ? group : group.filter((l) => sameDebt(b, l));
      if (!mine.length) continue;
      const l = mine === group ? highestOf(group) : highestOf(mine);
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
