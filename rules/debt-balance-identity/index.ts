import { add, baseValue, defineRule, intervalOf, meets, sub, type DebtClaim, type DebtMeasure, type FindingInput } from '@budgetlint/core';
import { formatDiff, KIND_NAMES, plainRaw } from '../debt-over-limit/index.ts';

export interface DebtBalanceIdentityOptions {
  /** Take an unstated 再融资债券 as 0 (by default the identity is checked only when it is stated). */
  assumeNoRefinancing: boolean;
}

const yearOf = (date: string, suffix: '' | '末') => {
  const m = new RegExp(`^(\\d{4})年${suffix}$`).exec(date);
  return m ? Number(m[1]) : undefined;
};

/**
 * The one value a measure has for a debt in a year; undefined when not stated
 * or stated twice with different values (a correction, two bases: unclear).
 */
function only(claims: DebtClaim[]): DebtClaim | undefined {
  if (!claims.length) return undefined;
  const v = baseValue(claims[0].figure);
  return claims.every((c) => baseValue(c.figure).eq(v)) ? claims[0] : undefined;
}

/** A flow of the closing balance's kind of statement: both outcomes or both forecasts; an opening balance may be an outcome either way. */
const alike = (measure: DebtMeasure, close: DebtClaim, d: DebtClaim) => (measure === 'opening-balance' ? !d.estimate || !!close.estimate : !!d.estimate === !!close.estimate);

export default defineRule<DebtBalanceIdentityOptions>(
  {
    id: 'debt-balance-identity',
    family: 'debt',
    title: '债务余额前后不衔接',
    description: '年末余额不等于年初余额加发行减还本',
    defaultSeverity: 'warning',
    defaults: { assumeNoRefinancing: false },
    optionsSchema: (z) => z.object({ assumeNoRefinancing: z.boolean() }).partial().strict(),
  },
  (ctx) => {
    const debts = ctx.of('debt');
    // Flows and the closing balance must be alike (all outcomes, or all forecasts); the opening balance may be an outcome either way.
    // Debt figures by measure, date, scope and kind: each lookup meets only its candidates.
    const index = new Map<string, DebtClaim[]>();
    const keyOf = (measure: DebtMeasure, date: string, scope: string, kind: string) => `${measure}|${date}|${scope}|${kind}`;
    for (const d of debts) {
      const key = keyOf(d.measure, d.date, d.scope, d.debtKind);
      const list = index.get(key);
      if (list) list.push(d);
      else index.set(key, [d]);
    }
    // Each answer depends on the key and on whether the closing balance is a forecast only: kept,
    // so a document stating one debt at one date many times is not read again for each statement.
    const answers = new Map<string, DebtClaim | undefined>();
    const of = (close: DebtClaim, measure: DebtMeasure, date: string) => {
      const key = keyOf(measure, date, close.scope, close.debtKind);
      const memo = `${key}|${close.estimate ? 1 : 0}`;
      if (answers.has(memo)) return answers.get(memo);
      const found = only(
        (index.get(key) ?? []).filter((d) =>
          measure === 'opening-balance' || measure === 'balance' ? !d.estimate || !!close.estimate : !!d.estimate === !!close.estimate,
        ),
      );
      answers.set(memo, found);
      if (found || !close.estimate || measure === 'opening-balance' || measure === 'balance') return found;
      // 年初余额A，今年新增债券B、再融资C，偿还本金D，预计年末余额E: one sentence of a year not yet over tells
      // the flows it plans and then the balance they lead to; 预计 standing before the balance only does not make
      // them outcomes. Flows of the same paragraph before the forecast balance, when no forecast flow is stated.
      return only((index.get(key) ?? []).filter((d) => !d.estimate && d.figure.block === close.figure.block && d.figure.start < close.figure.start));
    };
    // A swap of 0 (未发行置换债券，发行额为0) swaps nothing.
    const reports = new Map<string, { distance: number; report: FindingInput }>();
    const swapDates = new Set(debts.filter((d) => d.measure === 'swap' && !baseValue(d.figure).isZero()).map((d) => d.date));
    // Debt claims by block and by debt (kind, scope, estimate or outcome), in text order, for a roll-forward
    // told within one paragraph.
    const byBlock = new Map<string, DebtClaim[]>();
    const blockKey = (d: DebtClaim) => `${d.figure.block}|${d.debtKind}|${d.scope}|${d.estimate ? 1 : 0}`;
    for (const d of debts) {
      const list = byBlock.get(blockKey(d));
      if (list) list.push(d);
      else byBlock.set(blockKey(d), [d]);
    }
    for (const list of byBlock.values()) list.sort((a, b) => a.figure.start - b.figure.start);
    const ownInBlock = (close: DebtClaim) => byBlock.get(blockKey(close)) ?? [];
    const ownStated = new Map<string, DebtClaim[]>();
    for (const close of debts) {
      if (close.measure !== 'balance') continue;
      const year = yearOf(close.date, '末');
      if (year === undefined) {
        const mid = midYear(close);
        if (mid && !swapDates.has('')) check(close, mid.opening, mid.issued, mid.repayment, undefined);
        continue;
      }
      const flow = `${year}年`;
      // 置换债券 in the year: debt swapped in and out, the identity no longer adds up.
      if (swapDates.has(flow) || swapDates.has('')) continue;
      // The opening balance: 年初余额 of the year, or the balance at the end of the year before.
      // "区本级年初余额281.40亿元，当年发行42.50亿元，偿还26.75亿元，年末余额为296.15亿元": flows
      // that name no year are the year's whose end closes them in the same paragraph.
      // Undated figures of the measure elsewhere (a part by 期限 read as the year's issuance) do not hide the one
      // the balance's own paragraph states.
      const here = (measure: DebtMeasure) => {
        const c = of(close, measure, '');
        if (c) return c.figure.block === close.figure.block ? c : undefined;
        return only((index.get(keyOf(measure, '', close.scope, close.debtKind)) ?? []).filter((d) => d.figure.block === close.figure.block && alike(measure, close, d)));
      };
      // 年初余额A，本年发行新增债券B、再融资债券C，偿还本金D，年末余额E in one paragraph: its own figures are what it
      // rolls from, whatever another statement of a flow (a table's row) says; the other is another finding's.
      const own = (measure: DebtMeasure) => {
        // (Only when the paragraph states it once: 偿还本金6000万元…，经审计调整为5000万元 leaves which one unknown.) Kept by
        // paragraph, measure and year: a paragraph restating many balances is not filtered again for each of them.
        const memo = `${blockKey(close)}|${measure}|${flow}`;
        let stated = ownStated.get(memo);
        if (!stated) {
          stated = ownInBlock(close).filter((d) => d.measure === measure && (d.date === flow || d.date === '') && alike(measure, close, d));
          ownStated.set(memo, stated);
        }
        return stated.length === 1 && stated[0].figure.start < close.figure.start ? stated[0] : undefined;
      };
      const opening = own('opening-balance') ?? of(close, 'opening-balance', flow) ?? of(close, 'balance', `${year - 1}年末`) ?? here('opening-balance');
      const repayment = own('repayment') ?? of(close, 'repayment', flow) ?? here('repayment');
      if (!opening || !repayment) continue;
      const whole = own('total-issuance') ?? of(close, 'total-issuance', flow) ?? here('total-issuance');
      const fresh = own('issuance') ?? of(close, 'issuance', flow) ?? here('issuance');
      const refi = own('refinancing') ?? of(close, 'refinancing', flow) ?? here('refinancing');
      const split = fresh && (refi || ctx.options.assumeNoRefinancing || wholeWithoutRefinancing(close, opening, fresh, repayment)) ? [fresh, ...(refi ? [refi] : [])] : [];
      // 年初余额A，加上当年发行的新增债券B和再融资债券C，减去…，年末余额E: the flows stated with the opening or the
      // closing balance are what it rolls from; a total issuance stated in another paragraph (and perhaps mistyped
      // there, where its own parts tell against it) yields to them.
      const inOwn = (c: DebtClaim) => c.figure.block === close.figure.block || c.figure.block === opening.figure.block;
      const issued: DebtClaim[] = whole && !(split.length && !inOwn(whole) && split.every(inOwn)) ? [whole] : split;
      if (!issued.length) continue;
      check(close, opening, issued, repayment, year);
    }
    /**
     * 年初债务余额A，当年新增债券B，偿还到期本金C，年末余额D: a paragraph that tells the year's roll from its opening
     * balance (named as such, 年初/上年末余额) through its flows to the closing balance, in that order, in a document that
     * names refinancing nowhere, has told every flow there was: no 再融资 is left to assume. A balance at the end of
     * the year before (截至2022年底…) is another statement, not the opening of a roll, and leaves the default. The flows
     * may come first and the balance they moved after them, opening and close in one phrase (余额由年初的A增至年末的D).
     */
    function wholeWithoutRefinancing(close: DebtClaim, opening: DebtClaim, fresh: DebtClaim, repayment: DebtClaim): boolean {
      if (!close.refinancingUnnamed || opening.measure !== 'opening-balance') return false;
      const block = close.figure.block;
      if (![opening, fresh, repayment].every((c) => c.figure.block === block)) return false;
      const at = (c: DebtClaim) => c.figure.start;
      if (at(opening) < at(fresh) && at(opening) < at(repayment) && Math.max(at(fresh), at(repayment)) < at(close)) return true;
      // 新增发行B，偿还本金C，余额由年初的A增至年末的D: the flows told first, then the balance they moved, from its
      // opening straight to its close in one phrase (no other figure of this debt between the two).
      return (
        Math.max(at(fresh), at(repayment)) < at(opening) &&
        at(opening) < at(close) &&
        !ownInBlock(close).some((d) => at(d) > at(opening) && at(d) < at(close))
      );
    }
    function check(close: DebtClaim, opening: DebtClaim, issued: DebtClaim[], repayment: DebtClaim, year: number | undefined): void {
      const computed = sub(issued.reduce((acc, c) => add(acc, intervalOf(c.figure)), intervalOf(opening.figure)), intervalOf(repayment.figure));
      const stated = intervalOf(close.figure);
      if (meets(computed, stated)) return;
      // The same closing balance stated twice (the section's 余额 line, then a roll-forward sentence): said once, nearest its opening balance.
      const key = `${close.date}|${close.scope}|${close.debtKind}|${!!close.estimate}|${baseValue(close.figure).toString()}`;
      const d = Math.abs(close.figure.block - opening.figure.block) * 1e6 + Math.abs(close.figure.range.start - opening.figure.range.start);
      const seen = reports.get(key);
      if (seen && seen.distance <= d) return;
      const exact = issued.reduce((acc, c) => acc.plus(baseValue(c.figure)), baseValue(opening.figure)).minus(baseValue(repayment.figure));
      const figs = [opening, ...issued, repayment].map((c) => c.figure);
      const places = Math.max(close.figure.precision, ...figs.map((f) => (f.unit === close.figure.unit ? f.precision : 0)));
      const name = (c: DebtClaim) =>
        c.measure === 'opening-balance' ? '年初余额' : c.measure === 'balance' ? `${year! - 1}年末余额` : c.measure === 'total-issuance' ? '发行债券' : c.measure === 'issuance' ? '新增债券' : '再融资债券';
      const terms = [`${name(opening)}${plainRaw(opening.figure)}`, ...issued.map((c) => `+ ${name(c)}${plainRaw(c.figure)}`), `- 还本${plainRaw(repayment.figure)}`];
      const computedText = formatDiff(exact, { ...close.figure, precision: places }, close.figure);
      const diff = formatDiff(baseValue(close.figure).minus(exact).abs(), { ...close.figure, precision: places }, close.figure);
      reports.set(key, {
        distance: d,
        report: {
        message: `${close.estimate ? '预计' : ''}${close.date}${close.scope}${KIND_NAMES[close.debtKind]}余额${plainRaw(close.figure)}，但${terms.join(' ')} = ${computedText}，相差${diff}`,
        range: close.figure.range,
        related: [opening, ...issued, repayment].map((c) => ({
          range: c.figure.range,
          label: `${c.measure === 'repayment' ? '还本' : name(c)} ${plainRaw(c.figure)}`,
        })),
        fingerprint: `${plainRaw(close.figure)}=${figs.map(plainRaw).join('|')}`,
        },
      });
    }
    for (const { report } of reports.values()) ctx.report(report);

    /**
     * "一般债务上年末余额365.02亿元，上半年发行24.50亿元，偿还8.25亿元，6月末余额381.27亿元": a balance at a
     * month's end (or at a date the text does not give) after, in one paragraph, its opening balance and
     * then the issuance and repayment since, none of them dated otherwise. The flows of a whole year never
     * close a month; only what the paragraph tells in that order is read.
     */
    function midYear(close: DebtClaim): { opening: DebtClaim; issued: DebtClaim[]; repayment: DebtClaim } | undefined {
      if (close.date && !/月末$/.test(close.date)) return undefined;
      // The paragraph's figures of this debt before this balance, read back from it to its opening balance:
      // a stock in between ends the search (a paragraph of many roll-forwards is not read once per balance).
      const own = ownInBlock(close);
      const between: DebtClaim[] = [];
      let opening: DebtClaim | undefined;
      let lo = 0;
      let hi = own.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (own[mid].figure.start < close.figure.start) lo = mid + 1;
        else hi = mid;
      }
      for (let k = lo - 1; k >= 0 && !opening; k--) {
        const d = own[k];
        if (d.measure === 'opening-balance') opening = d;
        // Between the opening balance and this one: no other balance, and the flows dated as this balance is, or not at all.
        else if (d.measure === 'balance' || d.measure === 'swap') return undefined;
        else between.push(d);
      }
      if (!opening) return undefined;
      // 2025年初…余额…，上半年发行…，6月末余额…: flows dated by the year only (the sentence's 2025年) are the ones between.
      const year = /^(\d{4})年/.exec(close.date)?.[1];
      const flows = between.filter((d) => d.date === '' || d.date === close.date || (year !== undefined && d.date === `${year}年`));
      const one = (m: DebtMeasure) => {
        const list = flows.filter((d) => d.measure === m);
        return list.length === 1 ? list[0] : undefined;
      };
      const repayment = one('repayment');
      const whole = one('total-issuance');
      const fresh = one('issuance');
      const refi = one('refinancing');
      const issued = whole ? [whole] : fresh && (refi || ctx.options.assumeNoRefinancing) ? [fresh, ...(refi ? [refi] : [])] : [];
      return repayment && issued.length ? { opening, issued, repayment } : undefined;
    }
  },
);
