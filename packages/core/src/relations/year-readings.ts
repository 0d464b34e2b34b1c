import type { Block } from '../document/types.ts';
import type { ExtractContext } from '../reading/context.ts';
import type { DocFigure, Word, YearClaim } from './types.ts';
import { asciiDigits } from '../document/digits.ts';
import { baseValue } from '../reading/figures/interval-of.ts';
import { firstFrom } from './first-from.ts';
import { YEAR_WORDS as W } from '../domain/year-words.ts';

/**
 * Readings of how a report names the year of its own work (本次审计), of its own sources (the self-evaluations it draws on)
 * and of its own stocks (a balance it gives again): each a claim fixed at the title's year. Kept apart from years.ts, which
 * reads the document's name; these read what the document says of itself.
 */

/** A title's year, its words and the year's place: what a fixed claim is measured against. */
export interface TitleYear {
  year: number;
  document: string;
  word: Word;
}

const YEAR_WORD = /^[0-9０-９]{4}[\s\u3000]*年度?/;
const ANY_YEAR = /(?<![0-9０-９])([0-9０-９]{4})[\s\u3000]*年/g;
const yearOf = (s: string) => Number(asciiDigits(s));
const yearWordAt = (ctx: ExtractContext, b: Block, at: number) => ctx.word(b, at, at + YEAR_WORD.exec(b.text.slice(at))![0].length);
const STOPS = '。；;！？';
// How far a statement is looked for each way from a year (a run with no stop is read no further).
const STATEMENT_REACH = 120;

/** The statement `at` stands in, from the last stop before it to the next after it, STATEMENT_REACH each way at most. */
function statementAround(text: string, at: number): string {
  let from = at;
  while (from > 0 && at - from < STATEMENT_REACH && !STOPS.includes(text[from - 1])) from--;
  const ahead = text.slice(at, at + STATEMENT_REACH);
  const stop = ahead.search(/[。；;！？]/);
  return text.slice(from, at) + (stop < 0 ? ahead : ahead.slice(0, stop));
}
const yearsIn = (s: string) => [...s.matchAll(ANY_YEAR)].length;

// 针对此次审计2024年度县本级财政收支中发现的问题, 本次审计的2024年度决算草案: this audit, then the year and matter it audits.
const THIS_AUDIT_BEFORE = new RegExp(`${W.thisAudit}(?:的|所涉及?的|对象为|范围为|内容为)?[\\s\\u3000]*$`);
const AUDITED_AFTER = new RegExp(`^[0-9０-９]{4}[\\s\\u3000]*年度?[^，,。；;：:0-9０-９]{0,16}?(?:${W.auditedMatter})`);
// An audit looking past its year on purpose: carried back (延伸, 追溯) to earlier years, or set beside them.
const AUDIT_REACHES_BACK = /以前年度|上年|去年|往年|历年|延伸|追溯|比|较/;

/**
 * 针对此次审计2024年度县本级财政收支中发现的问题 in the report on the audit of 2025年度县本级预算执行: the audit a report tells of
 * audits the year its title names, so the year this audit is said to cover, dated otherwise, was kept from last year's report.
 * A statement reaching back on purpose (延伸至以前年度, 追溯) or naming another year says nothing of it.
 */
export function thisAuditYear(ctx: ExtractContext, title: TitleYear, b: Block, m: RegExpExecArray, out: YearClaim[]): boolean {
  const year = yearOf(m[1]);
  if (year === title.year || !THIS_AUDIT_BEFORE.test(b.text.slice(Math.max(0, m.index - 12), m.index))) return false;
  if (!AUDITED_AFTER.test(b.text.slice(m.index, m.index + 32))) return false;
  const whole = statementAround(b.text, m.index);
  if (AUDIT_REACHES_BACK.test(whole) || yearsIn(whole) !== 1) return false;
  out.push({ kind: 'year', role: 'body', year, document: '', word: yearWordAt(ctx, b, m.index), fixed: { year: title.year, what: '本次审计的年度', title } });
  return true;
}

// 评价所用数据主要来源于项目实施单位填报的, 本次评价资料取自有关部门提供的: the evaluation's own material, the verb of drawing it
// from somewhere, then who handed it over (…填报的), the source's year right after. (Read in three parts: one pattern with the
// handing-over run optional before its end took the backtracking checker minutes to clear.)
const EVALUATION_MATERIAL = /(?:^|[。；;！？：:\s\u3000])(?:本次|本报告)?(?:评价|自评|评估)?(?:所用|使用|涉及)?的?(?:基础)?(?:数据|资料)(?:主要|均|统一)?$/;
const MATERIAL_FROM = /来源于|来源为|来自于?|取自|出自|源于/g;
const HANDED_OVER = new RegExp(`^[\\s\\u3000]*(?:[\\u4e00-\\u9fa5]{1,10}?(?:${W.submitted})的)?[\\s\\u3000]*$`);
// …the year, then what of it: 2024年度绩效自评表, 2024年度决算数据.
const EVALUATION_SOURCE_AFTER = new RegExp(`^[0-9０-９]{4}[\\s\\u3000]*年度?[^，,。；;、0-9０-９]{0,10}?(?:${W.evaluationSources})`);
// Material of another year named on purpose: last year's, set beside this year's, re-stated.
const SOURCE_OTHER = /上年|去年|上一年|以前年度|往年|历年|对比|比较|同比|调整|追溯|重述/;

/** Whether `near` ends on the evaluation's material, drawn from (the last such verb), and who handed it over at most. */
function drawnFrom(near: string): boolean {
  let verb: RegExpExecArray | undefined;
  MATERIAL_FROM.lastIndex = 0;
  for (let v = MATERIAL_FROM.exec(near); v; v = MATERIAL_FROM.exec(near)) verb = v;
  return !!verb && EVALUATION_MATERIAL.test(near.slice(0, verb.index)) && HANDED_OVER.test(near.slice(verb.index + verb[0].length));
}

/**
 * 评价所用数据主要来源于项目实施单位填报的2024年度绩效自评表 in a 2025年度 evaluation: an evaluation of a year's spending draws on the
 * units' self-evaluations and accounts of that year, so an earlier year's was kept from last year's report. A statement naming
 * another year too (the other for comparison), or last year's material on purpose, says nothing of it.
 */
export function evaluationSource(ctx: ExtractContext, title: TitleYear, b: Block, m: RegExpExecArray, out: YearClaim[]): boolean {
  const year = yearOf(m[1]);
  if (year >= title.year || !drawnFrom(b.text.slice(Math.max(0, m.index - 40), m.index))) return false;
  const s = EVALUATION_SOURCE_AFTER.exec(b.text.slice(m.index, m.index + 32));
  if (!s) return false;
  const whole = statementAround(b.text, m.index);
  if (SOURCE_OTHER.test(whole) || yearsIn(whole) !== 1) return false;
  out.push({ kind: 'year', role: 'body', year, document: '', word: yearWordAt(ctx, b, m.index), fixed: { year: title.year, what: '评价所用资料', title } });
  return true;
}

// 2025年末, 2025年12月31日, 2025年12月底: a year's close, the date a stock is told at.
const YEAR_END = /(?<![0-9０-９])([0-9０-９]{4})[\s\u3000]*年[\s\u3000]*(?:12[\s\u3000]*月[\s\u3000]*(?:31[\s\u3000]*日|末|底)|末|底)/g;
const YEAR_END_AFTER = /^[0-9０-９]{4}[\s\u3000]*年[\s\u3000]*(?:12[\s\u3000]*月[\s\u3000]*(?:31[\s\u3000]*日|末|底)|末|底)[\s\u3000]*[，,]?/;
// 截至2024年末, 截止到2024年12月31日: the stock counted at the date.
const AS_AT_BEFORE = /(?:截至|截止)(?:到)?[\s\u3000]*$/;
// Right before a date, what makes it a base: 比2024年末, 较…, 与…相比.
const BASE_BEFORE = /(?:比|较|与|同)[\s\u3000]*$/;
// Between a date and its amount, what makes the amount no stock at the date: a change, a flow over the year.
const NO_STOCK = /比|较|增|减|下降|上升|偿还|还本|付息|发行|支出|新增|累计/;
// …全市政府债务余额, …地方政府债务余额为: a balance named right before its amount, no clause between.
const BALANCE_BEFORE_AMOUNT = /^[^，,。；;：:0-9０-９]{0,20}?余额(?:为|是|达|共)?[\s\u3000]*$/;
// A statement of a balance set beside another time or moved: the amount at the date is then a base.
const NOT_RESTATED = /比|较|同比|上年|去年|年初|增加|减少|新增|下降|增长|调整/;

/** Each money amount of the prose dated at a year's close, by value: the year and where the amount stands. */
type DatedBalances = Map<string, Array<{ year: number; block: number; start: number }>>;
const datedMemo = new WeakMap<ExtractContext, DatedBalances>();
const valueKey = (g: DocFigure) => `${g.unit}|${baseValue(g).toString()}`;

/**
 * The prose's balances dated at a year's close (截至2025年12月31日，全县地方政府债务余额642,380万元; 余额由2024年末的X增加到
 * 2025年末的Y): each amount of a statement naming 余额 before it, under the nearest year's close before it with no other year
 * between and nothing that makes the amount a change. Read once a document.
 */
function datedBalances(ctx: ExtractContext): DatedBalances {
  let index = datedMemo.get(ctx);
  if (index) return index;
  index = new Map();
  for (const b of ctx.doc.blocks) {
    if (b.kind !== 'paragraph') continue;
    const ends = [...b.text.matchAll(YEAR_END)].filter((d) => !BASE_BEFORE.test(b.text.slice(Math.max(0, d.index! - 3), d.index!)));
    if (ends.length === 0) continue;
    for (const g of ctx.figuresByBlock[b.index]) {
      if (g.dimension !== 'money' || g.approximate) continue;
      let d: RegExpMatchArray | undefined;
      for (const x of ends) if (x.index! + x[0].length <= g.start) d = x;
      if (!d) continue;
      const between = b.text.slice(d.index! + d[0].length, g.start);
      if (between.length > 40 || /[。；;！？]/.test(between) || yearsIn(between) > 0 || NO_STOCK.test(between)) continue;
      // 余额 in the statement before the amount: the date's or a roll forward's (余额由…年末的…).
      let from = d.index!;
      while (from > 0 && d.index! - from < 40 && !STOPS.includes(b.text[from - 1])) from--;
      if (!/余额/.test(b.text.slice(from, g.start))) continue;
      const key = valueKey(g);
      (index.get(key) ?? index.set(key, []).get(key)!).push({ year: yearOf(d[1]), block: b.index, start: g.start });
    }
  }
  datedMemo.set(ctx, index);
  return index;
}

/**
 * 截至2024年末，全县政府债务余额642,380万元 in a 2025 debt statement that gives 642,380 elsewhere as the balance at 2025's
 * close, and never at 2024's: a balance restated at an earlier close than the one the text gives it at was kept from last
 * year's text (the year before's own balance is another amount). A statement comparing or moving the balance says nothing
 * of it, nor an amount the text gives at no other close.
 */
export function balanceRestated(ctx: ExtractContext, title: TitleYear, b: Block, m: RegExpExecArray, out: YearClaim[]): boolean {
  const year = yearOf(m[1]);
  if (year >= title.year) return false;
  const lead = b.text.slice(Math.max(0, m.index - 4), m.index);
  if (!AS_AT_BEFORE.test(lead) && !/(?:^|[。；;！？])[\s\u3000]*$/.test(lead)) return false;
  const date = YEAR_END_AFTER.exec(b.text.slice(m.index, m.index + 20));
  if (!date) return false;
  const figs = ctx.figuresByBlock[b.index];
  const f = figs[firstFrom(figs, m.index + date[0].length)];
  if (!f || f.dimension !== 'money' || f.approximate || !BALANCE_BEFORE_AMOUNT.test(b.text.slice(m.index + date[0].length, f.start))) return false;
  const whole = statementAround(b.text, m.index);
  if (NOT_RESTATED.test(whole) || yearsIn(whole) !== 1) return false;
  const elsewhere = (datedBalances(ctx).get(valueKey(f)) ?? []).filter((x) => x.block !== b.index || x.start !== f.start);
  if (!elsewhere.some((x) => x.year === title.year) || elsewhere.some((x) => x.year === year)) return false;
  out.push({
    kind: 'year',
    role: 'body',
    year,
    document: '',
    word: yearWordAt(ctx, b, m.index),
    fixed: { year: title.year, what: `正文他处所列余额${f.raw}的年末`, title },
  });
  return true;
}
