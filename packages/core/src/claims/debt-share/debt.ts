import { DEBT_VOCABULARY, type DebtVocabulary } from '../../domain/tables.ts';
import type { ExtractContext, Sentence } from '../context.ts';
import { labelBefore } from '../labels.ts';
import type { DebtClaim, DebtKind, DebtMeasure, DocFigure } from '../types.ts';
import { flowDate, readDates, stockDate } from './dates.ts';

/** What a figure's own clause says about it. */
interface Reading {
  /** The clause names debt (债). */
  debt: boolean;
  /** Hidden debt, guarantees, 分别…: nothing to check. */
  excluded: boolean;
  /** undefined: no measure named; null: two measures that exclude each other, or a quota (新增债务限额). */
  measure: DebtMeasure | null | undefined;
  /** undefined: no kind named; null: both kinds named. */
  kind: Exclude<DebtKind, 'total'> | null | undefined;
  scope?: string;
  estimate: boolean;
}

/** The figure a 其中 list hangs from, and what it is. */
interface Head {
  figure: DocFigure;
  /** null: not a debt figure (a quota, 合计 of mixed measures, 区本级资金…): its components are not debt figures either. */
  measure: DebtMeasure | null;
  kind: DebtKind;
  scope: string;
  date: string;
  estimate: boolean;
}

const STOCKS: DebtMeasure[] = ['balance', 'limit', 'opening-balance'];

export function readClause(label: string, v: DebtVocabulary = DEBT_VOCABULARY): Reading {
  const debt = v.debt.test(label);
  const excluded = v.exclude.test(label);
  let measure: DebtMeasure | null | undefined;
  const named = v.measures.filter((m) => m.pattern.test(label));
  if (named.some((m) => m.measure === 'interest') && named.some((m) => m.measure === 'repayment')) measure = null; // 还本付息
  else if (named.length) {
    const m = named[0];
    measure = m.unless && m.unless.test(label) ? null : m.measure;
  }
  const kinds = v.kinds.filter((k) => k.pattern.test(label));
  const kind = kinds.length > 1 ? null : kinds[0]?.kind;
  const scopes = new Set(label.match(new RegExp(v.scope.source, 'g')) ?? []);
  const scope = scopes.size ? [...scopes][0] : v.place.exec(label)?.[1];
  // 市本级和区县政府债务余额: two scopes together are neither.
  return { debt, excluded: excluded || scopes.size > 1, measure, kind, scope, estimate: v.estimate.test(label) };
}

/** A 其中 follows the figure before the next one: it heads a list of its own. */
function opensList(s: Sentence, f: DocFigure): boolean {
  // The next figure by binary search: a scan of the sentence's figures per figure was quadratic.
  let lo = 0;
  let hi = s.figures.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (s.figures[mid].start < f.end) lo = mid + 1;
    else hi = mid;
  }
  const next = s.figures[lo];
  return /其中/.test(s.block.text.slice(f.end, next ? next.start : s.end));
}

/** Whether a 其中 lies wholly in [from, to), given the sorted offsets of every 其中 of the block. */
function ofWhichBetween(at: readonly number[], from: number, to: number): boolean {
  let lo = 0;
  let hi = at.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (at[mid] < from) lo = mid + 1;
    else hi = mid;
  }
  return lo < at.length && at[lo] + 2 <= to;
}

const CLAUSE_MARKS = '，,；;。';

/** What dateOf reads once per sentence: its leading dates, where 当年/本年… first stands. */
interface SentenceDates {
  lead: ReturnType<typeof readDates>;
  same: RegExpExecArray | null;
}
const sentenceDates = new WeakMap<Sentence, SentenceDates>();
function datesOf(s: Sentence): SentenceDates {
  let d = sentenceDates.get(s);
  if (!d) {
    const first = s.figures[0];
    d = {
      lead: readDates(s.block.text.slice(s.start, first ? first.start : s.end)),
      same: /(?:当|本|同)年(末|底|初)?|年内|全年/.exec(s.text),
    };
    sentenceDates.set(s, d);
  }
  return d;
}

const isAmount = (f: DocFigure) => f.dimension === 'money' && (f.role === 'amount' || f.role === 'new-value');

/**
 * The date a figure is at, normalised for stocks or flows: a date in its own
 * clause, else the sentence's leading one (截至2023年底，…), which governs every
 * clause after it ("…，2022年末为48.6亿元，债务限额为50亿元": the limit is 2023's).
 */
function dateOf(s: Sentence, f: DocFigure, measure: DebtMeasure, lastYear: number | undefined): { date: string; start: boolean } {
  const text = s.block.text;
  // The clause's start, searched back from the figure no further than the sentence: lastIndexOf
  // of a mark the sentence lacks ran back through the whole block, for every figure.
  let clauseStart = f.start;
  while (clauseStart > s.start && !CLAUSE_MARKS.includes(text[clauseStart - 1])) clauseStart--;
  const own = readDates(text.slice(clauseStart, f.start));
  // Read once per sentence: the text before its first figure, and its first 当年/本年….
  const { lead, same: sameInSentence } = datesOf(s);
  let d = own[own.length - 1]?.date ?? lead[lead.length - 1]?.date;
  // 当年发行…, 当年末余额…: the year the paragraph last named.
  const same = sameInSentence && s.start + sameInSentence.index + sameInSentence[0].length <= f.start ? sameInSentence : null;
  if (!d && same && lastYear !== undefined) d = { year: lastYear, at: same[1] ? (same[1] === '初' ? 'start' : 'end') : 'year' };
  if (!d) return { date: '', start: false };
  return { date: STOCKS.includes(measure) ? stockDate(d) : flowDate(d), start: d.at === 'start' };
}

/**
 * Debt claims: balances and limits by kind, scope and date, issuance,
 * refinancing, repayment, interest and opening balances. A figure is a debt
 * figure when its clause names debt and a measure ("全区政府债务余额87452万元"),
 * or when it follows 其中 under such a figure and names a kind or a scope
 * ("其中：一般债务余额37752万元"). Components that name neither (安排再融资
 * 债券资金6600万元, 区本级资金101万元 under a repayment) split the total another
 * way and are left out.
 */
export function extractDebts(ctx: ExtractContext): DebtClaim[] {
  const v = DEBT_VOCABULARY;
  const claims: DebtClaim[] = [];
  const limitElsewhere = ctx.doc.blocks.some((b) => v.noLimit.test(b.text));
  for (const block of ctx.doc.blocks) {
    if (block.kind === 'toc' || block.kind === 'table-row') continue;
    if (!v.debt.test(block.text)) continue;
    let head: Head | undefined;
    // What earlier sentences of the paragraph said: the scopes they named, the last year they gave.
    const blockScopes = new Set<string>();
    let lastYear: number | undefined;
    // Every 其中 of the block: "is there a 其中 between the head and this figure" by binary search.
    const ofWhichAt: number[] = [];
    for (let i = block.text.indexOf('其中'); i >= 0; i = block.text.indexOf('其中', i + 2)) ofWhichAt.push(i);
    for (const s of ctx.sentences(block)) {
      // A 其中 that opens a sentence still hangs from the last sentence's figure.
      if (!/^[\s\u3000]*其中/.test(s.text)) head = undefined;
      // Scopes named so far in the sentence: an unnamed one is theirs only when they agree.
      const scopes = new Set<string>();
      let debtSeen = false;
      // Where the first estimate word ends (the vocabulary's words: the first found is the first to end);
      // testing the text from the sentence's start to each figure was quadratic in a long sentence.
      const est = v.estimate.exec(s.text);
      const estimateEnd = est ? s.start + est.index + est[0].length : Infinity;
      const estimateBefore = (f: DocFigure) => estimateEnd <= f.start;
      for (const f of s.figures) {
        if (!isAmount(f)) continue;
        const label = labelBefore(block.text, f.start, s.start);
        const r = readClause(label, v);
        const ofWhich = !!head && ofWhichBetween(ofWhichAt, head.figure.end, f.start);
        const differs =
          r.measure !== undefined &&
          head?.measure !== r.measure &&
          !(head?.measure === 'total-issuance' && (r.measure === 'issuance' || r.measure === 'refinancing'));
        // 拟安排再融资债券资金2266万元 under a repayment: where the money comes from, not a measure of its own.
        // A figure that heads its own 其中, names its own scope, or is a stock after flows (or a flow after stocks) starts anew.
        if (ofWhich && head && differs) {
          const startsAnew =
            opensList(s, f) || !!r.scope || (!!r.measure && head.measure !== null && STOCKS.includes(r.measure) !== STOCKS.includes(head.measure));
          if (!startsAnew) continue;
        }
        if (ofWhich && head && !differs) {
          // A component: it takes the head's measure, and must name a kind or a scope of its own.
          // 其中市本级212.6亿元: a scope alone, under a debt figure, is that debt's.
          const scopeOnly = !!r.scope && /^(?:地方)?(?:政府)?$/.test(label.replace(r.scope, ''));
          if (!head.measure || (!r.debt && !scopeOnly) || r.excluded || f.approximate) continue;
          if (r.kind === null || (r.kind === undefined && r.scope === undefined)) continue;
          const measure = r.measure ?? head.measure;
          claims.push({
            kind: 'debt',
            measure,
            debtKind: r.kind ?? head.kind,
            scope: r.scope ?? head.scope,
            date: head.date,
            figure: f,
            label,
            ...(head.estimate || r.estimate ? { estimate: true } : {}),
            ...(limitElsewhere ? { limitElsewhere } : {}),
          });
          continue;
        }
        if (r.scope) scopes.add(r.scope);
        // 年末余额为41.2亿元 after debt figures in the same sentence: still the debt's.
        const debt = r.debt || (debtSeen && !!r.measure && r.measure !== 'limit');
        if (!debt || r.excluded || !r.measure || r.kind === null || f.approximate) {
          head = { figure: f, measure: null, kind: 'total', scope: '', date: '', estimate: false };
          continue;
        }
        if (!r.scope && scopes.size > 1) {
          head = { figure: f, measure: null, kind: 'total', scope: '', date: '', estimate: false };
          continue;
        }
        let measure = r.measure;
        const { date, start } = dateOf(s, f, measure, lastYear);
        let at = date;
        // 2023年初债务余额: an opening balance of 2023.
        if (measure === 'balance' && start) {
          measure = 'opening-balance';
          at = date.replace(/初$/, '');
        } else if (measure === 'opening-balance') at = date.replace(/(?:初|末)$/, '');
        // 2024年…年末余额41.2亿元: the year's end.
        else if (measure === 'balance' && /^\d{4}年$/.test(date) && /年末|年底/.test(label)) at = `${date}末`;
        head = {
          figure: f,
          measure,
          kind: r.kind ?? 'total',
          // A sentence that names no scope keeps the paragraph's, when the paragraph named one.
          scope: r.scope ?? [...scopes][0] ?? (blockScopes.size === 1 ? [...blockScopes][0] : ''),
          date: at,
          estimate: r.estimate || estimateBefore(f),
        };
        debtSeen = true;
        claims.push({
          kind: 'debt',
          measure,
          debtKind: head.kind,
          scope: head.scope,
          date: head.date,
          figure: f,
          label,
          ...(head.estimate ? { estimate: true } : {}),
          ...(limitElsewhere ? { limitElsewhere } : {}),
        });
      }
      for (const sc of scopes) blockScopes.add(sc);
      const dates = readDates(s.text);
      if (dates.length) lastYear = dates[dates.length - 1].date.year;
    }
  }
  return claims;
}
