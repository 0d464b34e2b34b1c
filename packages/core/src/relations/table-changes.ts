import { Decimal } from 'decimal.js';
import type { Block } from '../document/types.ts';
import { readMarker } from '../document/markers.ts';
import type { ExtractContext } from '../reading/context.ts';
import type { ChangeClaim, Claim, DocFigure } from './types.ts';
import { normalSubject, sameSubject } from '../reading/names.ts';
import { columnHeads } from '../reading/column-heads.ts';
import { unspaced } from '../reading/labels.ts';
import { ADJUST_TABLE_HEADS, CHANGE_SUB_RATE, DEGREE_WORDS, DIRECTION_ONLY, alternation } from '../domain/lexicon.ts';
import { bareFigure, inUnitOf, isClassCode, withoutClassCode } from './code-table-rows.ts';
import { otherScope, scopeOf, tableCaptionScopes } from './earlier-base.ts';
import { titleYear } from '../facts/facts.ts';

// Column headers: two periods of one measure, the change between them and its rate.
const YEAR_COLUMN = /^(?:([0-9]{4})年度?|(上年|本年|当年))[^%％率比]*$/;
// 决算比上年增减: the measure compared may be named before 比上年.
// A unit in brackets after it (增减（万元）) keeps it an amount; （%） makes it the rate.
// 比上年增减 金额: a group head over 金额 | % that the page put above its first column only.
const DELTA_COLUMN = /^(?:增减额|增减|增减数|增减金额|变动额|(?:决算|预算|执行)?(?:数)?[比较]上年增减|[比较]上年增减(?:额|金额|数)|增加额)(?:[（(](?![%％])[^）)]*[）)])?$/;
const RATE_COLUMN = /^(?:增减率|增长率|增减幅度|增幅|变动率|增减%|增减[（(]%[）)]|比上年增减%|增减比例)(?:[（(][%％][）)])?$/;
// The same with the percent sign after the word (增幅% | 增长% | 同比% | 比上年执行增长（%）), and 同比 / 环比
// standing for the rate: what the rate is against is said by 同比 (the same period last year),
// 环比 (the period before) or 比上年… (last year's, of the measure it names).
// Brackets of either width, mixed too: text normalisation may widen an opening bracket and not its close.
const PERCENT_MARK = /(?:%|％|[（(][%％][）)])$/;
const RATE_HEAD = /^(?:(?:决算|预算|执行)?[比较]上年(?:决算|预算|执行)?数?|同比|环比)?(?:增减率|增长率|增减幅度|增幅|变动率|增减比例|增减变动|增减变化|增减|增长|增幅|变动)?$/;
const isRateColumn = (h: string) => RATE_COLUMN.test(h) || (PERCENT_MARK.test(h) && RATE_HEAD.test(h.replace(PERCENT_MARK, '')) && h.replace(PERCENT_MARK, '') !== '');
const MONTH_ON_MONTH = /^环比/;
// 2025年预算（万元）: the column's unit, no part of what it measures.
const UNIT_IN_HEAD = /[（(](?:万元|元|亿元|千元)[）)]$/;
// 完成调整预算% | 为年初预算的% | 完成预算（%）: the outturn as a percentage of the budget the head names; the
// outturn may be named first (决算数为调整预算数的%, 执行数占预算数%).
const COMPLETION_COLUMN = /^(?:(?:决算|执行|实际|完成)数?)?(?:完成|为|占)(年初|调整|全年|年度)?预算(?:数)?的?(?:%|％|[（(][%％][）)]|比例)$/;
// 执行率 | 预算执行率 | 完成率: the same ratio named by what it measures; against the one budget column.
// 完成% | 执行（%） | 完成比例%: the same ratio named by its verb alone, with the percent its head or its note gives.
const RATE_OF_COMPLETION = /^(?:预算)?(?:执行|完成)(?:率(?:%|％|[（(][%％][）)])?|(?:比例|比率|程度)?(?:%|％|[（(][%％][）)]))$/;
// In a table with a completion column, the outturn and the budget may be named with what they are of:
// 全年执行数, 实际支出, 预算资金.
const ACTUAL_OF_COMPLETION = /^(?:全年|年度|本年|当年)?(?:决算|执行|实际|完成)(?:数|额|支出|收入|金额)?(?:（[^）]*）)?$/;
const BUDGET_OF_COMPLETION = /^(?:年初|调整后?|全年|年度)?预算(?:数|额|资金|金额|安排)?(?:（[^）]*）)?$/;
// A period of months (7-9月, 4-6月, 本月, 上月): the later one is the current of a 环比.
const MONTHS = /^(?:([0-9]{1,2})(?:[-－—~～至]([0-9]{1,2}))?月|(本月|上月|本季度|上季度))(?:完成数?|数|额|金额)?(?:（[^）]*）)?$/;

const ACTUAL_COLUMN = /^(?:决算|执行|实际|完成)(?:数|额)?(?:（[^）]*）)?$/;
const BUDGET_COLUMN = /^(?:年初|调整后?|全年|年度)?预算(?:数|额)?(?:（[^）]*）)?$/;
const LAST_YEAR = /^上年/;
// A report's running period against the same period last year: 1-11月累计 | 上年同期, 本月 | 去年同期.
const FROM_JANUARY = /^1[-－—~～至][0-9]{1,2}月/;
const THIS_PERIOD = /^(?:本年|本期|当年|本月|[0-9]{1,2}(?:[-－—~～至][0-9]{1,2})?月)(?:累计)?(?:数|额|完成数?|执行数|金额)?(?:（[^）]*）)?$|^累计(?:完成)?(?:数|额)?$/;
const SAME_PERIOD_LAST_YEAR = /^(?:上年同期|去年同期|同期)(?:累计)?(?:数|额|完成数?|执行数|金额)?(?:（[^）]*）)?$/;
// 2024年执行数 | 2025年预算数: a budget is set against last year's outturn, a measure apart.
const BUDGET_MEASURE = /^(?:预算|执行|决算)(?:数|额)?(?:（[^）]*）)?$/;

/**
 * 1-11月累计 | 上年同期 | 增减额 | 增减率: exactly one column of each. Beside other periods
 * (7-9月 | 4-6月 | 环比% | 1-9月累计 | 上年同期 | 同比%), the one running total (累计), or else the
 * period right before 上年同期, is what 上年同期 is the same period of.
 */
function againstSamePeriod(heads: string[], changeCols: number[] = []): { prior: { c: number; name: string }; current: { c: number; name: string } } | undefined {
  const cols = heads.map((name, c) => ({ c, name })).filter((x) => x.c > 0);
  let current = cols.filter((x) => THIS_PERIOD.test(x.name));
  const prior = cols.filter((x) => SAME_PERIOD_LAST_YEAR.test(x.name));
  if (prior.length !== 1) return undefined;
  if (current.length > 1 && changeCols.some((c) => c > prior[0].c)) {
    const running = current.filter((x) => /累计/.test(x.name));
    current = running.length === 1 ? running : current.filter((x) => x.c === prior[0].c - 1);
  }
  return current.length === 1 ? { prior: prior[0], current: current[0] } : undefined;
}

/**
 * 2024年预算 | 2024年执行 | 2025年预算 | 比上年执行增长%: a change column naming last year's measure
 * (比上年执行, 比上年决算数) is the latest year's one column against that measure of the year before.
 */
function againstNamedLastYear(
  periods: Array<{ c: number; rank: number; name: string }>,
  measure: (p: { name: string }) => string,
  changeHeads: string[],
): { prior: { c: number; name: string }; current: { c: number; name: string } } | undefined {
  const named = changeHeads.map((h) => /^比上年(决算|预算|执行)/.exec(h)?.[1]).find(Boolean);
  if (!named || periods.length < 2 || periods.some((p) => p.rank < 1000)) return undefined;
  const latest = periods.reduce((a, p) => Math.max(a, p.rank), 0);
  const current = periods.filter((p) => p.rank === latest);
  const prior = periods.filter((p) => p.rank === latest - 1 && measure(p).startsWith(named));
  return current.length === 1 && prior.length === 1 ? { prior: prior[0], current: current[0] } : undefined;
}

type TableCell = (row: Block, c: number) => DocFigure | undefined;
type ExtraClaims = (rows: readonly Block[], cell: TableCell) => ChangeClaim[];

/** A cell's one figure, when it holds exactly one and it is not approximate. */
export function tableCell(ctx: ExtractContext, row: Block, c: number): DocFigure | undefined {
  const cl = row.cells?.[c];
  if (!cl) return undefined;
  const figs = ctx.figuresByBlock[row.index].filter((f) => f.start >= cl.start && f.end <= cl.end);
  return figs.length === 1 && !figs[0].approximate ? figs[0] : undefined;
}

// 序号 | 项目名称 | …: a row's first cell may only number it; the name is in the next.
export const rowLabel = (row: Block) => {
  const first = unspaced(head(row, 0).replace(/^[\s\u3000]*其中[：:]?/, '').trim());
  // 科目编码 | 科目名称 | …: a classification code (21201) is named by the cell after it too.
  return (/^[0-9０-９]{1,3}$/.test(first) || isClassCode(first)) && row.cells && row.cells.length > 2 ? head(row, 1) || first : first;
};

/**
 * 年初预算 | 调整预算 | 决算数 | 完成调整预算%: in every row, the outturn as a percentage of the budget
 * the head names — the one budget column of that kind, or the one budget column when it names none.
 */
function completionOf(heads: string[], col: number): ExtraClaims | undefined {
  if (col < 0) return undefined;
  const kind = COMPLETION_COLUMN.exec(heads[col])?.[1] ?? '';
  // (完成（%）, the completion column itself, is no outturn.)
  let actual = heads.map((name, c) => ({ c, name })).filter((x) => x.c > 0 && x.c !== col && ACTUAL_COLUMN.test(x.name));
  if (actual.length === 0) actual = heads.map((name, c) => ({ c, name })).filter((x) => x.c > 0 && ACTUAL_OF_COMPLETION.test(x.name));
  // A monthly report's outturn is its running total: 1-3月累计 | … | 年度预算 | 完成年度预算%; a period from
  // January (1—9月完成) runs from the year's start as 累计 does.
  if (actual.length === 0) actual = heads.map((name, c) => ({ c, name })).filter((x) => x.c > 0 && THIS_PERIOD.test(x.name) && (/累计/.test(x.name) || FROM_JANUARY.test(x.name)));
  // 2023年执行数 | 调整预算数 | 2024年执行数 | 完成调整预算%: the outturn of the latest year the heads name.
  if (actual.length === 0) {
    const dated = heads.map((name, c) => ({ c, name, year: Number(/^([0-9]{4})年度?/.exec(name)?.[1]) })).filter((x) => x.c > 0 && x.year && ACTUAL_COLUMN.test(x.name.replace(/^[0-9]{4}年度?/, '')));
    const latest = Math.max(...dated.map((x) => x.year));
    actual = dated.filter((x) => x.year === latest);
  }
  let budgets = heads.map((name, c) => ({ c, name })).filter((x) => x.c > 0 && BUDGET_COLUMN.test(x.name) && (!kind || x.name.startsWith(kind)));
  if (budgets.length === 0) budgets = heads.map((name, c) => ({ c, name })).filter((x) => x.c > 0 && BUDGET_OF_COMPLETION.test(x.name) && (!kind || x.name.startsWith(kind)));
  // 2024年决算数 | 2025年年初预算 | 2025年决算数: the budget of the outturn's own year.
  const year = actual.length === 1 ? /^[0-9]{4}年度?/.exec(actual[0].name)?.[0] : undefined;
  if (budgets.length === 0 && year) {
    budgets = heads
      .map((name, c) => ({ c, name: name.slice(year.length) }))
      .filter((x) => x.c > 0 && heads[x.c].startsWith(year) && BUDGET_COLUMN.test(x.name) && (!kind || x.name.startsWith(kind)));
  }
  if (actual.length !== 1 || budgets.length !== 1) return undefined;
  const current = actual[0];
  const prior = budgets[0];
  return (rows, cell) => {
    const out: ChangeClaim[] = [];
    for (const row of rows) {
      if (row.table!.header || !row.cells) continue;
      const cur = cell(row, current.c);
      const pri = cell(row, prior.c);
      const ratio = asPercent(row, col, cell(row, col));
      if (!cur || !pri || !ratio || cur.dimension !== pri.dimension || cur.dimension === 'percent' || ratio.dimension !== 'percent') continue;
      // The head's unit note (预算数（万元）) is no part of the budget's name.
      out.push({ kind: 'change', subject: rowLabel(row), current: cur, base: prior.name.replace(/（[^）]*）$/, ''), prior: pri, ratio });
    }
    return out;
  };
}

/** 7-9月 | 4-6月 | 环比%: the two periods right before a 环比 column, the later one against the earlier. */
function monthOnMonthOf(heads: string[], col: number): ExtraClaims | undefined {
  if (col < 3) return undefined;
  const a = MONTHS.exec(heads[col - 2]);
  const b = MONTHS.exec(heads[col - 1]);
  if (!a || !b) return undefined;
  const end = (m: RegExpExecArray) => (m[3] ? (/^本/.test(m[3]) ? 2 : 1) : Number(m[2] ?? m[1]));
  const ea = end(a);
  const eb = end(b);
  if (ea === eb || Boolean(a[3]) !== Boolean(b[3])) return undefined;
  const [prior, current] = ea < eb ? [col - 2, col - 1] : [col - 1, col - 2];
  return (rows, cell) => {
    const out: ChangeClaim[] = [];
    for (const row of rows) {
      if (row.table!.header || !row.cells) continue;
      const cur = cell(row, current);
      const pri = cell(row, prior);
      const rate = asPercent(row, col, cell(row, col));
      if (!cur || !pri || !rate || cur.dimension !== pri.dimension || cur.dimension === 'percent' || rate.dimension !== 'percent') continue;
      out.push({ kind: 'change', subject: rowLabel(row), current: cur, base: heads[prior], prior: pri, rate, rateWord: { text: '增长', range: rate.range } });
    }
    return out;
  };
}

/**
 * No two periods of one measure: the change columns are of an actual column
 * (决算数, 执行数) against the one other column they can be against — last
 * year's of the same measure when the change column says 比上年, else the one
 * budget column. Two candidates, or none, read nothing.
 */
function againstBudgetOrLastYear(heads: string[], deltaCol: number, rateCol: number, completion: boolean): { prior: { c: number; name: string }; current: { c: number; name: string } } | undefined {
  const actual = heads.map((h, c) => ({ c, name: h })).filter((x) => x.c > 0 && ACTUAL_COLUMN.test(x.name));
  if (actual.length !== 1) return undefined;
  const current = actual[0];
  const changeHeads = [deltaCol, rateCol].filter((c) => c >= 0).map((c) => heads[c]);
  // 同比增减% says against the same period of last year, as 比上年 does: never against a budget column beside it.
  const lastYear = changeHeads.length > 0 && changeHeads.every((h) => /上年|去年|同比/.test(h));
  // 决算数 | 上年决算: one measure whether a head ends in 数 or not.
  const bare = (name: string) => name.replace(/数$/, '');
  const lastYears = heads.map((h, c) => ({ c, name: h })).filter((x) => x.c > 0 && x.c !== current.c && LAST_YEAR.test(x.name) && bare(x.name.replace(LAST_YEAR, '')) === bare(current.name));
  const budgets = heads.map((h, c) => ({ c, name: h })).filter((x) => x.c > 0 && x.c !== current.c && BUDGET_COLUMN.test(x.name));
  // 决算数 | 上年决算数 | 增减额 | 增长%: with no budget column, a bare change is against last year's column of the same measure.
  // 预算数 | 执行数 | 完成预算% | 上年执行数 | 增长%: the outturn against the budget has its own column, so a bare
  // change beside both is against last year's; without that column, either could be meant, and nothing is read.
  const priors = lastYear || budgets.length === 0 ? lastYears : lastYears.length === 0 ? budgets : completion ? lastYears : [];
  return priors.length === 1 ? { prior: priors[0], current } : undefined;
}

/**
 * A bare number under a 增减% header in a table captioned 单位：万元 was read in
 * the table's unit; the header says it is a percentage.
 */
export function asPercent(row: Block, c: number, f: DocFigure | undefined): DocFigure | undefined {
  if (!f || f.dimension === 'percent') return f;
  const cl = row.cells![c];
  const written = row.text.slice(cl.start, cl.end).trim();
  if (!/^[-−－+]?[0-9０-９][0-9０-９.,，]*$/.test(written)) return f;
  return { ...f, raw: `${written}%`, unit: '%', dimension: 'percent', scale: new Decimal(1) };
}

/**
 * 2023年决算 | 2024年预算 | 2024年决算 | 决算比上年增减: more than two period columns, of which
 * exactly two are one measure in two years (the 决算 of each year): the change is between them.
 * Only when a change column says it is against last year (比上年), and of which measure when it
 * names one: a bare 增减 beside a budget column may be the outturn against the budget.
 */
function onePairOfMeasure(
  periods: Array<{ c: number; rank: number; name: string }>,
  measure: (p: { name: string }) => string,
  changeHeads: string[],
): { prior: { c: number; name: string }; current: { c: number; name: string } } | undefined {
  if (periods.length < 3) return undefined;
  const against = changeHeads.find((h) => /[比较]上年/.test(h));
  if (!against) return undefined;
  const named = /^(决算|预算|执行)/.exec(against)?.[1];
  const pairs: Array<[typeof periods[number], typeof periods[number]]> = [];
  for (let i = 0; i < periods.length; i++)
    for (let j = i + 1; j < periods.length; j++)
      if (periods[i].rank !== periods[j].rank && measure(periods[i]) && measure(periods[i]) === measure(periods[j]) && (!named || measure(periods[i]).startsWith(named)))
        pairs.push([periods[i], periods[j]]);
  if (pairs.length !== 1) return undefined;
  const [a, b] = pairs[0];
  return a.rank < b.rank ? { prior: a, current: b } : { prior: b, current: a };
}

export const head = (h: Block, c: number) => (h.cells?.[c] ? h.text.slice(h.cells[c].start, h.cells[c].end).trim() : '');

/**
 * Table rows as changes: a table whose header names two periods of one
 * measure (2024年预算数 | 2025年预算数, 上年数 | 本年数) and the change
 * between them (增减额, 增减率) states, in every row, a prior, a current value,
 * a signed delta and a signed rate of that row's subject.
 */
export function extractTableChanges(ctx: ExtractContext): ChangeClaim[] {
  const claims: ChangeClaim[] = [];
  // A table's changes follow from its rows alone: those of unchanged tables are reused while a draft is edited.
  for (const rows of ctx.tables()) for (const c of ctx.memoTable('table-changes', rows, (own) => tableChanges(ctx, own))) claims.push(c);
  return claims;
}

function tableChanges(ctx: ExtractContext, rows: readonly Block[]): ChangeClaim[] {
  const claims: ChangeClaim[] = [];
  {
    const header = rows.find((r) => r.table!.header);
    if (!header?.cells) return claims;
    // A two-level head set as one row (上年预算数 | 合计 | 本年预算数 基本支出 | 项目支出 | 本年比上年增减 增减额 | 增减%):
    // each column is named with its group (本年预算数合计), and a change column is known by its own words too.
    const grouped = columnHeads(header.cells.map((_, c) => head(header, c)));
    const heads = grouped.full.map((h) => h.replace(/[\s\u3000]/g, ''));
    const periods: Array<{ c: number; rank: number; name: string }> = [];
    let deltaCol = -1;
    let rateCol = -1;
    let monthOnMonth = -1;
    let completion = -1;
    heads.forEach((h, c) => {
      if (c === 0) return;
      const change = grouped.group[c]?.kind === 'change';
      if (DELTA_COLUMN.test(h) || (change && !CHANGE_SUB_RATE.test(grouped.own[c]))) deltaCol = c;
      else if (isRateColumn(h) && MONTH_ON_MONTH.test(h)) monthOnMonth = c;
      else if (isRateColumn(h) || change) rateCol = c;
      else if (COMPLETION_COLUMN.test(h) || RATE_OF_COMPLETION.test(h)) completion = c;
      else {
        const m = YEAR_COLUMN.exec(h);
        if (m) periods.push({ c, rank: m[1] ? Number(m[1]) : m[2] === '上年' ? 0 : 1, name: h.replace(UNIT_IN_HEAD, '') });
      }
    });
    // …and the bare % right after it is the change's rate.
    // (An empty column a PDF's layout left between them, headless, is passed over.)
    if (deltaCol > 0 && rateCol < 0) {
      let k = deltaCol + 1;
      while (k < heads.length && heads[k] === '') k++;
      if (/^[%％]$/.test(heads[k] ?? '')) rateCol = k;
    }
    // A rate cell on a row with no name (a sign on one line, its digits on the next): the page split
    // the column's rows, and which rate is whose is unknown. The amounts stay readable.
    if (rateCol > 0 && rows.some((r) => !r.table!.header && r.cells && !head(r, 0).trim() && head(r, rateCol).trim())) rateCol = -1;
    // 本年预算数合计: the whole of a group of columns is the group's measure.
    const measure = (p: { name: string }) => p.name.replace(/^(?:[0-9]{4}年度?|上年|本年|当年)/, '').replace(/(?<=数|算)(?:合计|小计)$/, '');
    // Exactly two periods of the same measure (2024年预算数 / 2025年预算数), ranked apart;
    // else a budget and an actual column (预算数 | 决算数 | 增减), or an actual and last year's (决算数 | 上年决算数 | 比上年增减%).
    let pair: { prior: { c: number; name: string }; current: { c: number; name: string } } | undefined;
    const sameMeasure = (a: { name: string }, b: { name: string }) =>
      measure(a) === measure(b) || (BUDGET_MEASURE.test(measure(a)) && BUDGET_MEASURE.test(measure(b)));
    if (periods.length === 2 && periods[0].rank !== periods[1].rank && sameMeasure(periods[0], periods[1])) {
      const [p0, p1] = periods[0].rank < periods[1].rank ? periods : [periods[1], periods[0]];
      pair = { prior: p0, current: p1 };
    } else
      pair =
        againstNamedLastYear(periods, measure, [deltaCol, rateCol].filter((c) => c >= 0).map((c) => heads[c])) ??
        againstBudgetOrLastYear(heads, deltaCol, rateCol, completion > 0) ??
        againstSamePeriod(heads, [deltaCol, rateCol]) ??
        onePairOfMeasure(periods, measure, [deltaCol, rateCol].filter((c) => c >= 0).map((c) => heads[c]));
    for (const extra of [completionOf(heads, completion), monthOnMonthOf(heads, monthOnMonth)]) if (extra) claims.push(...extra(rows, (row, c) => tableCell(ctx, row, c)));
    if (!pair || (deltaCol < 0 && rateCol < 0)) return claims;
    const { prior, current } = pair;
    // 2024年末 | 资产总额 2023年末 | 增长% | 负债总额 2024年末 | 2023年末: a change column between the two periods paired
    // compares columns next to it, of a group the page's head lost; which two is not known.
    const lo = Math.min(prior.c, current.c);
    const hi = Math.max(prior.c, current.c);
    if ([deltaCol, rateCol].some((c) => c > lo && c < hi)) return claims;
    for (const row of rows) {
      if (row.table!.header || !row.cells) continue;
      const cell = (c: number): DocFigure | undefined => tableCell(ctx, row, c);
      const cur = cell(current.c);
      const pri = cell(prior.c);
      // 2025年预算（万元） | 2024年预算（万元） | 增减额: a change cell read in another unit than the
      // values (its head names none) is left out; the rate still holds.
      const stated = deltaCol >= 0 ? cell(deltaCol) : undefined;
      const delta = stated && cur && stated.dimension === cur.dimension ? stated : undefined;
      const rate = rateCol >= 0 ? asPercent(row, rateCol, cell(rateCol)) : undefined;
      if (!cur || !pri || cur.dimension !== pri.dimension || (!delta && !rate)) continue;
      if (rate && rate.dimension !== 'percent') continue;
      const label = rowLabel(row);
      // The column states a signed change: 增加 with its sign (−97 is a fall).
      const word = (f: DocFigure) => ({ text: f.dimension === 'percent' ? '增长' : '增加', range: f.range });
      claims.push({
        kind: 'change',
        subject: label,
        current: cur,
        base: prior.name,
        prior: pri,
        ...(delta ? { delta, deltaWord: word(delta) } : {}),
        ...(rate ? { rate, rateWord: word(rate) } : {}),
      });
    }
  }
  return claims;
}

// What a change is against, by kind: the budget, or an earlier period (上年, 2024年执行数, 上年同期).
// 比年初预算增加 is not against a 调整预算 column: when both name which budget, they must name the same.
const budgetKind = (base: string) => /(年初|调整|全年|年度)/.exec(base)?.[1];
const sameBudgetKind = (a: string, b: string) => !budgetKind(a) || !budgetKind(b) || budgetKind(a) === budgetKind(b);
const againstBudget = (base: string) => /(?:年初|调整|全年)?预算(?:数)?$/.test(base) && !/[0-9]{4}年|上年|去年|同期/.test(base);

// | 二、非税收入 | 39.42 | …: a row's number (and a 其中： opening it) is no part of the name the text says.
// (2130101行政运行: nor is the classification code the row's label opens with.)
const rowName = (label: string) => {
  const s = withoutClassCode(label.replace(/^[\s\u3000]*其中[：:]?/, ''));
  const m = readMarker(s);
  return m ? s.slice(m.length) : s;
};

// 市交通投资集团上缴利润8,180万元 with the row 市交通投资集团 | 8,620 | 8,180 of a table by unit: the text names the row's
// unit, then the measure the table is of (上缴利润, 营业收入, 资产总额). A name of some length, and a short measure after it:
// with the value equal too, the row is the text's (a longer tail names something else, 市交通投资集团所属路桥公司).
const MEASURE_AFTER_ROW = 6;
function namesRowThenMeasure(row: string, subject: string): boolean {
  const r = normalSubject(row);
  const own = normalSubject(subject);
  return r.length >= 4 && own.length > r.length && own.length - r.length <= MEASURE_AFTER_ROW && own.startsWith(r);
}

// 基本支出决算2,871.58万元，比预算数多…: the measure the text names is the row's current column, no part of its name.
const withoutOwnMeasure = (subject: string) => subject.replace(/(?:决算|预算|执行)数?$/, '');

// …公共卫生（款）基本公共卫生服务（项）：支出决算数为486.20万元, …（款）行政运行（项）7,126.50万元: a statement naming its 科目 by
// the path of 类, 款 and 项 right before its figure is of the last of them, at that level; the names before it are its parents'
// (a 项 often bears its 款's name, and the two rows then read alike). The measure may follow the path (：支出决算数为, 预算安排).
// (The level and what follows it as one pattern, the name walked back from it: a pattern opening on the name's run of
// characters was polynomial, and the ReDoS check could not finish on it.)
const PATH_TAIL = /（(类|款|项)）[”"]?[\s\u3000]*(?:[：:][\s\u3000]*)?(?:支出)?((?:年初|调整后?)?预算|决算)?(?:数|安排)?(?:为|是)?$/;
const PATH_NAME_CHAR = /[^，。；;：:、“”"（）()\s\u3000]/;
const PATH_NAME_MAX = 40;
// How far back from its figure a path may start.
const PATH_BACK = 90;
// A 功能分类 code's length is its level.
const CODE_LEVEL: Record<number, string> = { 3: '类', 5: '款', 7: '项' };
const ROW_CODE = /^[\s\u3000]*([0-9]{3}(?:[0-9]{2}){0,2})(?![0-9.,，．])/;

interface ItemPath {
  /** The 科目 the path ends on, without its level. */
  name: string;
  level: string;
  /** The measure named after the path (：支出决算数为), if any. */
  measure?: string;
}

/** The 科目 a statement names by its path right before the figure `f`, or undefined. */
function pathBefore(ctx: ExtractContext, f: DocFigure): ItemPath | undefined {
  const text = ctx.doc.blocks[f.block]?.text;
  if (!text) return undefined;
  const piece = text.slice(Math.max(0, f.start - PATH_BACK), f.start);
  const statement = piece.slice(Math.max(...[...'。；;！？'].map((c) => piece.lastIndexOf(c))) + 1);
  const m = PATH_TAIL.exec(statement);
  if (!m) return undefined;
  let from = m.index;
  while (from > 0 && m.index - from < PATH_NAME_MAX && PATH_NAME_CHAR.test(statement[from - 1])) from--;
  if (m.index - from < 2) return undefined;
  const written = statement.slice(from, m.index);
  // (5．工程建设管理（项）: the list's number is no part of the name.)
  const name = written.slice(readMarker(written)?.length ?? 0);
  return normalSubject(name).length >= 2 ? { name, level: m[1], ...(m[2] ? { measure: m[2] } : {}) } : undefined;
}

/** A row's 功能分类 code, from its code cell or the label it opens (2120601建设市场管理与监督), or undefined. */
function rowCode(row: Block): string | undefined {
  return ROW_CODE.exec(head(row, 0))?.[1];
}

/**
 * Whether a row is the 科目 a path names: by its name, and by its level when the row bears a code (a 款 and its one 项 of the
 * same name are two rows; a path ending on the 项 is the 项's).
 */
function rowOfPath(path: ItemPath, row: Block): boolean {
  const code = rowCode(row);
  return sameSubject(rowName(rowLabel(row)), path.name) && (!code || CODE_LEVEL[code.length] === path.level);
}

// What a base or a column measures: a budget, or an outturn (决算, 执行, 完成); undefined when it names neither.
const measureNamed = (s: string) => (/预算/.test(s) ? 'budget' : /决算|执行|完成|实际/.test(s) ? 'outturn' : undefined);

/**
 * A change stated in the text with no prior ("公共安全支出226万元，与上年执行数持平",
 * "非税收入15,778万元，比上年同期有所下降", "…1,018万元，较上年执行数增长9.6%", "…102万元，比上年减少6万元") whose
 * subject and value are a row of a change table: the row's prior is the text's too.
 * Both the name and the value must agree, and the two bases be of one kind.
 */
export function extractTextTableChanges(ctx: ExtractContext, earlier: readonly Claim[]): ChangeClaim[] {
  const rows = earlier.filter((c): c is ChangeClaim => c.kind === 'change' && !!c.prior && !!c.current && ctx.doc.blocks[c.current.block]?.kind === 'table-row');
  const adjusted = rows.length ? [] : adjustedBases(ctx, earlier);
  const out = rows.length ? fromChangeRows(ctx, earlier, rows) : adjusted;
  const filled = new Set(out.map((c) => `${c.current!.id}|${c.deltaWord?.range.start ?? ''}`));
  for (const c of lastYearColumnPriors(ctx, earlier)) if (!filled.has(`${c.current!.id}|${c.deltaWord?.range.start ?? ''}`)) out.push(c);
  return out;
}

function fromChangeRows(ctx: ExtractContext, earlier: readonly Claim[], rows: readonly ChangeClaim[]): ChangeClaim[] {
  const out: ChangeClaim[] = [];
  for (const c of earlier) {
    // 区农业农村委重点项目实际支出8,742万元，完成预算的78.3%, with the row 区农业农村委 | 10,010 | 8,742 | 87.3% of a
    // table with a completion column: the text's subject opens with the row's name, its outturn is the row's, so
    // the row's budget is the ratio's base.
    if (c.kind === 'change' && c.ratio && c.current && !c.prior && !c.delta && c.subject && ctx.doc.blocks[c.current.block]?.kind !== 'table-row') {
      const value = c.current.value.times(c.current.scale);
      const own = normalSubject(c.subject);
      const found = rows.filter(
        (r) =>
          !!r.ratio &&
          r.current!.dimension === c.current!.dimension &&
          r.current!.value.times(r.current!.scale).eq(value) &&
          normalSubject(r.subject).length >= 3 &&
          (sameSubject(rowName(r.subject), c.subject) || own.startsWith(normalSubject(rowName(r.subject)))) &&
          // The row's budget column (预算资金, 年初预算数) and the text's 预算 are one kind of base.
          /预算/.test(r.base) &&
          !/[0-9]{4}年|上年|去年|同期/.test(r.base) &&
          sameBudgetKind(r.base, c.base),
      );
      if (found.length === 1) out.push({ ...c, prior: found[0].prior, base: found[0].base });
      continue;
    }
    // 公共安全支出102万元，比上年减少6万元 with the row 96 | 102: an amount of change stated alone is
    // checked against the row too. With a rate beside it, the text checks itself (one finding, not two).
    if (c.kind !== 'change' || !c.current || c.prior || c.ratio || !c.subject || (c.delta && c.rate)) continue;
    if (ctx.doc.blocks[c.current.block]?.kind === 'table-row') continue;
    if (!c.rate && !c.flat && !c.deltaWord && !c.delta) continue;
    const cur = c.current;
    const value = cur.value.times(cur.scale);
    // A table whose unit the reader took from nowhere (单位：万元 printed under it) holds bare numbers: a row restates the
    // text's figure when its cell reads the same digits, and its cells are then in the text's unit.
    const bareRow = (r: ChangeClaim) => !cur.scale.eq(1) && bareFigure(r.current!) && bareFigure(r.prior!) && r.current!.value.eq(cur.value);
    const path = pathBefore(ctx, cur);
    const found = rows.filter(
      (r) =>
        ((r.current!.value.times(r.current!.scale).eq(value) && r.current!.dimension === cur.dimension) || bareRow(r)) &&
        (path
          ? rowOfPath(path, ctx.doc.blocks[r.current!.block]) &&
            // 比上年决算 is not against a column of last year's budget: a path's row is read only against the measure named.
            (!measureNamed(c.base) || !measureNamed(r.base) || measureNamed(c.base) === measureNamed(r.base))
          : sameSubject(rowName(r.subject), c.subject) || sameSubject(rowName(r.subject), withoutOwnMeasure(c.subject)) || namesRowThenMeasure(rowName(r.subject), c.subject)) &&
        againstBudget(r.base) === againstBudget(c.base) &&
        sameBudgetKind(r.base, c.base),
    );
    if (found.length !== 1) continue;
    const prior = bareRow(found[0]) ? inUnitOf(found[0].prior!, cur) : found[0].prior;
    out.push({ ...c, ...(path ? { subject: `${path.name}（${path.level}）` } : {}), prior, base: found[0].base });
  }
  return out;
}

// 比上年, 较上年执行数, 比2024年完成数: last year's level of the measure named (any, when none is).
const LAST_YEAR_WORDS_BASE = /^(?:上年|去年|([0-9]{4})年度?)(?:的)?(预计执行|预计完成|执行|完成|决算|实际|(?:年初|调整后?)?预算)?(?:数|额)?$/;
// A column of one year's level: 2025年预计执行数, 上年完成数, 执行数, 2026年预算数 (not a change, a rate or a completion).
const LEVEL_HEAD = /^(?:([0-9]{4})年度?|(上年|去年)|(本年|当年|今年))?((?:年初|调整后?|全年)?预算|预计执行|预计完成|执行|完成|决算|实际)(?:数|额)?$/;
// An outturn, expected or final, against a budget: the two kinds of level a year's column states.
const measureKind = (m: string) => (/预算/.test(m) ? 'budget' : 'outturn');

// The statement a level stands in, up to it: from its sentence's start (or the ； before it), a bounded stretch back.
const clauseOf = (text: string, at: number) => {
  const piece = text.slice(Math.max(0, at - 60), at);
  return piece.slice(Math.max(...[...'。；;！？'].map((c) => piece.lastIndexOf(c))) + 1);
};

interface LevelColumn {
  c: number;
  head: string;
  /** The year, or -1 for last year's (上年), 0 for a column naming no year or this year's. */
  year: number;
  kind: 'budget' | 'outturn';
}

/**
 * The prior of a level stated in a table's column: the one column of the year before it, of the kind (budget or outturn)
 * the base names, or of the current column's own kind when it names none. 执行数 | 上年执行数, 2025年预计执行数 |
 * 2024年执行数; 2026年预算数 against the 2025年预计执行数 a 比上年预计执行数 names. Two candidates, or none, read nothing.
 */
function priorColumn(cols: readonly LevelColumn[], current: LevelColumn, base: RegExpExecArray, ownYear?: number): LevelColumn | undefined {
  const named = base[1] ? Number(base[1]) : undefined;
  const before = cols.filter((p) => {
    if (p === current) return false;
    if (current.year > 0) return p.year === current.year - 1 && (named === undefined || named === p.year);
    // 决算数 | 上年决算数 in a 2025 决算, and the text's 比2024年决算数: the year before the document's is the 上年 column's.
    return current.year === 0 && p.year === -1 && (named === undefined || (ownYear !== undefined && named === ownYear - 1));
  });
  // A bare 上年 beside two columns of the year before (its budget and its outturn) names neither.
  const found = base[2] ? before.filter((p) => p.kind === measureKind(base[2])) : before.length === 1 && before[0].kind === current.kind ? before : [];
  return found.length === 1 ? found[0] : undefined;
}

/**
 * "土地增值税22.60亿元，较上年有所增长" beside a table 项目 | 2025年预计执行数 | 2024年执行数 whose row 土地增值税 reads 22.60 |
 * 25.84: a direction in words with no figure, against last year, whose subject and level are a row's cell in a column of
 * one year, takes as its prior the row's cell in the column of the year before (of the measure the base names, or the
 * current column's own). The table needs no change column: its year columns say which is last year's. One row in all the
 * tables, or nothing is read. The same holds for an amount of change stated alone ("公务接待费13.56万元，较2024年度决算数减少
 * 1.69万元" beside 2025年度决算数 | 2024年度决算数): the sentence leaves its base unstated, and the table states it.
 */
function lastYearColumnPriors(ctx: ExtractContext, earlier: readonly Claim[]): ChangeClaim[] {
  const wanting = earlier.filter(
    (c): c is ChangeClaim =>
      c.kind === 'change' &&
      !!c.current &&
      !c.prior &&
      !!c.deltaWord &&
      // (With a rate beside the amount the sentence checks itself: one finding, not two.)
      !c.rate &&
      !c.ratio &&
      !c.flat &&
      !!c.subject &&
      ctx.doc.blocks[c.current.block]?.kind === 'paragraph' &&
      LAST_YEAR_WORDS_BASE.test(openingBase(c.base)),
  );
  const taken = new Set(wanting.map((c) => `${c.current!.id}|${c.deltaWord!.range.start}`));
  for (const c of secondComparisons(ctx, earlier)) if (!taken.has(`${c.current!.id}|${c.deltaWord!.range.start}`)) wanting.push(c);
  if (!wanting.length) return [];
  // Each table's level cells by value: a lookup for each claim, not a scan of every row.
  const cells = new Map<string, Array<{ row: Block; col: LevelColumn; cols: readonly LevelColumn[]; f: DocFigure }>>();
  for (const table of ctx.tables()) {
    const header = table.find((r) => r.table!.header);
    if (!header?.cells) continue;
    const heads = columnHeads(header.cells.map((_, c) => head(header, c))).full.map((h) => h.replace(/[\s\u3000]/g, '').replace(UNIT_IN_HEAD, ''));
    const cols: LevelColumn[] = [];
    heads.forEach((h, c) => {
      const m = c > 0 ? LEVEL_HEAD.exec(h) : null;
      if (m) cols.push({ c, head: h, year: m[1] ? Number(m[1]) : m[2] ? -1 : 0, kind: measureKind(m[4]) });
    });
    if (cols.length < 2) continue;
    for (const row of table) {
      if (row.table!.header || !row.cells) continue;
      for (const col of cols) {
        const f = tableCell(ctx, row, col.c);
        if (!f || (f.dimension !== 'money' && !bareFigure(f))) continue;
        const key = f.value.times(f.scale).toString();
        const list = cells.get(key);
        const cell = { row, col, cols, f };
        if (list) list.push(cell);
        else cells.set(key, [cell]);
      }
    }
  }
  if (!cells.size) return [];
  const captionScope = tableCaptionScopes(ctx);
  // The year the document is of: its tables' columns that name none (决算数, 本年预算数) are that year's.
  const title = titleYear(ctx);
  const ownYear = title.length === 1 ? Number(title[0]) : undefined;
  const out: ChangeClaim[] = [];
  for (const c of wanting) {
    const base = LAST_YEAR_WORDS_BASE.exec(openingBase(c.base))!;
    // 市本级罚没收入…比上年有所增加 beside a table captioned 全市…: a row of another scope is another figure.
    const scope = scopeOf(clauseOf(ctx.doc.blocks[c.current!.block].text, c.current!.start));
    const cur = c.current!;
    // A table of bare numbers (its unit noted nowhere the reader takes it from) restates the text's figure when its cell
    // reads the same digits; its cells are then in the text's unit.
    const inText = cells.get(cur.value.times(cur.scale).toString()) ?? [];
    const bare = cur.scale.eq(1) ? [] : (cells.get(cur.value.toString()) ?? []).filter((x) => bareFigure(x.f));
    const path = pathBefore(ctx, cur);
    const found = [...inText.filter((x) => !bareFigure(x.f)), ...bare].filter((x) => {
      // (…（项）：支出决算数为: the figure is the row's cell of that measure.)
      if (path) return rowOfPath(path, x.row) && (!path.measure || measureKind(path.measure) === x.col.kind);
      const name = rowName(rowLabel(x.row));
      return normalSubject(name).length >= 2 && (sameSubject(name, c.subject) || sameSubject(name, withoutOwnMeasure(c.subject)) || namesRowThenMeasure(name, c.subject));
    });
    // The level in one column of one row: the same figure in two columns (a row held level) says nothing of which.
    if (found.length !== 1) continue;
    const { row, col, cols } = found[0];
    if (otherScope(scope, captionScope(row.index))) continue;
    const p = priorColumn(cols, col, base, ownYear);
    const cell = p && tableCell(ctx, row, p.c);
    if (!p || !cell) continue;
    const prior = bareFigure(found[0].f) ? (bareFigure(cell) ? inUnitOf(cell, cur) : undefined) : cell;
    if (!prior || prior.dimension !== cur.dimension) continue;
    out.push({ ...c, ...(path ? { subject: `${path.name}（${path.level}）` } : {}), base: p.head, prior });
  }
  return out;
}

// ，较上年决算有所下降 right after a change's last figure: a second comparison of the same level, against last year's, in words.
const SECOND_AGAINST_LAST_YEAR = /^(?:万元|亿元|萬元|億元|元|%|％)?[\s\u3000]*[，,][\s\u3000]*[比较]((?:上年|去年|[0-9]{4}年度?)(?:的)?(?:预计执行|预计完成|执行|完成|决算|实际|(?:年初|调整后?)?预算)?(?:数|额)?)/;
const FIGURE_NEXT = /^[\s\u3000]*了?[\s\u3000]*[-−+0-9０-９]/;

/**
 * "公务用车运行维护费34.12万元，较年初预算减少3.88万元，较上年决算有所下降": a level compared twice, the second time against last
 * year's in words alone. The second comparison is a change of the same subject and level, against the base it names; it is
 * read only here, where a table's column of the year before may give its prior (nothing is said of it otherwise).
 */
function secondComparisons(ctx: ExtractContext, earlier: readonly Claim[]): ChangeClaim[] {
  const out: ChangeClaim[] = [];
  for (const c of earlier) {
    if (c.kind !== 'change' || !c.current || c.prior || c.flat || !c.subject || !(c.delta || c.rate)) continue;
    // The first comparison is against something else than last year (the budget): the same base twice is one comparison.
    if (LAST_YEAR_WORDS_BASE.test(openingBase(c.base))) continue;
    const block = ctx.doc.blocks[c.current.block];
    if (block?.kind !== 'paragraph') continue;
    const last = [c.delta, c.rate].reduce<DocFigure | undefined>((a, f) => (f && f.block === block.index && (!a || f.end > a.end) ? f : a), undefined);
    if (!last) continue;
    const rest = block.text.slice(last.end, last.end + 40);
    const m = SECOND_AGAINST_LAST_YEAR.exec(rest);
    if (!m) continue;
    // (有所, 略有 before the word are read with it.)
    const after = rest.slice(m[0].length);
    const d = DIRECTION_ONLY.exec(after);
    if (!d || FIGURE_NEXT.test(after.slice(d[0].length))) continue;
    const at = last.end + m[0].length + d[0].length - d[1].length;
    out.push({ kind: 'change', subject: c.subject, current: c.current, base: m[1], deltaWord: ctx.word(block, at, at + d[1].length) });
  }
  return out;
}

// 比年初预算, 较调整前: a change against the level an adjustment started from.
const OPENING_BASE = /^(?:年初|调整前)(?:预算)?(?:数)?$/;
// 较年初预算有所压减: the degree word before a direction word alone is no part of the base's name.
const DEGREE_TAIL = new RegExp(`(?:${alternation(DEGREE_WORDS)})$`);
const openingBase = (base: string) => base.replace(/[\s\u3000]/g, '').replace(/^[比较]/, '').replace(DEGREE_TAIL, '');
// 教育支出调整后, 一般公共预算支出调整后预算数: the stage a level is of, no part of its item's name.
const AFTER_STAGE = /调整后(?:预算)?(?:数)?$/;
// A statement's start: its sentence's, or its ；-clause's.
const STATEMENT_MARK = /[。！？!?；;]/;
// How far back a statement's opening name is looked for.
const STATEMENT_BACK = 120;

/**
 * 预算调整方案: "教育支出调整后为61,320万元，比年初预算增长5.9%", "一般公共服务支出调增420万元，调整后为33,100万元，较年初预算
 * 有所压减", beside a table 年初预算 | 调整数 | 调整后预算 whose row of the item reads 58,460 | 2,860 | 61,320: a change against
 * the 年初预算 that states the level after the adjustment but not the one before takes the row's 年初预算 as its prior. The
 * row must be the statement's item by name (the subject, or the name the statement opens with) and its 调整后 cell the
 * level stated; one such row, or nothing is read.
 */
function adjustedBases(ctx: ExtractContext, earlier: readonly Claim[]): ChangeClaim[] {
  const wanting = earlier.filter(
    (c): c is ChangeClaim =>
      c.kind === 'change' &&
      !!c.current &&
      !c.prior &&
      !c.flat &&
      !!(c.rate || c.ratio || c.deltaWord || c.delta) &&
      !(c.delta && (c.rate || c.ratio)) &&
      OPENING_BASE.test(openingBase(c.base)) &&
      ctx.doc.blocks[c.current.block]?.kind === 'paragraph',
  );
  if (!wanting.length) return [];
  // The rows by their 调整后 value: a lookup for each change, not a scan of every row.
  const stages = new Map<string, Array<{ label: string; name: string; before: DocFigure; after: DocFigure }>>();
  for (const table of ctx.tables()) {
    const header = table.find((r) => r.table!.header);
    if (!header?.cells) continue;
    const heads = header.cells.map((_, c) => head(header, c).replace(/[\s\u3000]/g, ''));
    const before = heads.flatMap((h, c) => (c > 0 && ADJUST_TABLE_HEADS.before.test(h) ? [c] : []));
    const after = heads.flatMap((h, c) => (c > 0 && ADJUST_TABLE_HEADS.after.test(h) ? [c] : []));
    if (before.length !== 1 || after.length !== 1) continue;
    for (const row of table) {
      if (row.table!.header || !row.cells) continue;
      const b = tableCell(ctx, row, before[0]);
      const a = tableCell(ctx, row, after[0]);
      const label = rowName(rowLabel(row));
      if (!a || !b || a.dimension !== 'money' || b.dimension !== 'money' || normalSubject(label).length < 3 || /^(?:合计|总计|小计)$/.test(label)) continue;
      const key = a.value.times(a.scale).toString();
      const list = stages.get(key);
      const stage = { label, name: normalSubject(label), before: b, after: a };
      if (list) list.push(stage);
      else stages.set(key, [stage]);
    }
  }
  if (!stages.size) return [];
  const out: ChangeClaim[] = [];
  for (const c of wanting) {
    const candidates = stages.get(c.current!.value.times(c.current!.scale).toString());
    if (!candidates) continue;
    const block = ctx.doc.blocks[c.current!.block];
    let from = c.current!.start;
    while (from > 0 && c.current!.start - from < STATEMENT_BACK && !STATEMENT_MARK.test(block.text[from - 1])) from--;
    const opening = normalSubject(block.text.slice(from, c.current!.start).replace(/[\s\u3000]/g, ''));
    const own = c.subject.replace(AFTER_STAGE, '');
    const found = candidates.filter((r) => (own.length >= 3 && sameSubject(r.label, own)) || opening.startsWith(r.name));
    if (found.length !== 1) continue;
    out.push({ ...c, subject: own.length >= 3 ? own : found[0].label, base: openingBase(c.base), prior: found[0].before });
  }
  return out;
}
