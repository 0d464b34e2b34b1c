import type { Block } from '../document/types.ts';
import type { ExtractContext, Sentence } from '../reading/context.ts';
import type { ChangeClaim, DocFigure, Word } from './types.ts';
import { clauseBefore, labelBefore, subjectBefore } from '../reading/labels.ts';
import { normalSubject } from '../reading/names.ts';
import { ADJUST_DELTA_VERBS, BUDGET_BASE_NAME, DEGREE_WORDS, DELTA_VERBS, DELTA_VERB_ALT, NEW_VALUE_SUFFIXES, NEW_VALUE_VERBS, DIRECTION_ONLY, POINTS_VERBS, FLAT_NOT_A_PRIOR, FLAT_HEDGE, FLAT_HEDGE_BEFORE, gapAmountAt, RATE_NOUN_ALT, VERSUS_BUDGET_VERBS, alternation } from '../domain/lexicon.ts';
import { firstFrom, firstOffsetFrom } from './first-from.ts';
import { baseValue, intervalOf } from '../reading/figures/interval-of.ts';
import { Decimal } from 'decimal.js';
import { abs, add, div, meets, scale, sub } from '../interval.ts';
import { statedDirection } from '../reading/words.ts';

const VERSUS_ALT = alternation(VERSUS_BUDGET_VERBS.map(([w]) => w));
// 比上年少收1,280万元, 比调整预算少支出5,880万元: what was collected or spent less may follow the verb.
// 比年初预算结余15.82万元: 结余/超支 are read as a change only where the figure's role is already a delta.
const DIRECTION_BEFORE = new RegExp(`(${RATE_NOUN_ALT}|${DELTA_VERB_ALT}|${VERSUS_ALT})了?(?:支出|收入|安排|收|支)?(?:幅度)?(?:额|为|达)?[\\s\\u3000]*$`);
// (与2025年预算（13.20万元）持平: the base may carry its figure in brackets.)
const FLAT = new RegExp(`(?:与|和|同|较|比)([^，。；,（(]{0,12}?(?:[（(][^（）()，。；]{1,16}[）)])?)(?:相比)?(${FLAT_HEDGE}(?:保持)?)?持平`, 'g');
const BASE_AFTER_COMPARE = new RegExp(`(?:比|较|与|同|和)([^，。；,]{0,16}?)(?:相比|比较|基本持平|持平|${DELTA_VERB_ALT}|${VERSUS_ALT}|${RATE_NOUN_ALT}|[，,]|$)`);
const BASE_OF_RATIO = /(?:为|是|相当于)([^，。；,为]{1,12}?)的[\s\u3000]*$/;
// Figures inside a base ("比预算数202万元") are not part of its name; years are ("较2023年").
const FIGURE_IN_BASE = /[-−－]?[0-9０-９][0-9０-９.,，．]*(?:万亿元|萬億元|亿元|億元|万元|萬元|千元|元|亿|億|万|萬|人次|人|名|个|家|项|辆|台|套|户|所|件|次)|[-−－]?[0-9０-９][0-9０-９.,，．]*(?![0-9０-９]*\s*[年月])/g;

const RATIO_AFTER = /^[\s\u3000]*的/;
// A rate named as last year's: 上年为88.5%, 由上年的88.5%, 比上年88.5%; a stock's rate at last year's end (较上年末的85.3%,
// 比去年底的85.3%) is last year's as well.
const PRIOR_YEAR_BEFORE = /(?:上年|去年)度?(同期|末|底)?(?:的|为|是)?[\s\u3000]*$/;
const YEAR_AT = /^[0-9０-９]{4}年度?/;
const FIGURE_NEXT = /^了?[\s\u3000]*[-−0-9０-９]/;

/**
 * 比上年同期有所下降，…: a comparison, at most ten characters naming its base, and a direction word
 * with no figure after it. Read from each 比/较 by a bounded walk (one unanchored pattern with a lazy
 * free run was quadratic on a run of 较).
 */
function wordsOnlyAfter(text: string, p: number, end: number): { at: number; len: number } | undefined {
  let j = p + 1;
  const y = YEAR_AT.exec(text.slice(j, j + 7));
  if (y) j += y[0].length;
  for (let k = 0; k <= 10 && j + k < end; k++) {
    if (k > 0 && /[，。；,;0-9０-９]/.test(text[j + k - 1])) return undefined;
    const m = DIRECTION_ONLY.exec(text.slice(j + k, j + k + 6));
    if (!m) continue;
    const after = j + k + m[0].length;
    if (FIGURE_NEXT.test(text.slice(after, after + 4))) return undefined;
    return { at: after - m[1].length, len: m[1].length };
  }
  return undefined;
}
// "，为6,318.90万元" / "，达到9,858.16万元": a level stated right after the change.
// 减少346.20万元（下降6.2%），为6,318.90万元: the change's last part may be in brackets.
const LEVEL_AFTER = /^[\s\u3000]*(?:[）)][\s\u3000]*)?[，,][\s\u3000]*(?:为|达到|达|是)[\s\u3000]*$/;
/** Between a rate and the amount of the same change after it: a comma, or the amount in brackets (增长5.2%（增加23.16万元）). */
const RATE_THEN_AMOUNT = /^[\s\u3000]*[，,（(][\s\u3000]*$/;

/** Where a clause ends: the change's rate must be in the same or the next clause. */
const CLAUSE_BREAK = /[。；;！？]/;
/** A bracket opened right before a figure (比上年（586.20万元）), and its close right after. */
const BRACKET_OPENED_BEFORE = /[（(][\s\u3000]*$/;
const BRACKET_CLOSE_AFTER = /^[\s\u3000]*[）)]/;
// 在上年…的基础上(，)(实现|继续): the close of a base phrase, before the move it states.
const ON_BASE_CLOSED = /^[\s\u3000]*的?[\s\u3000]*基础上[\s\u3000，,]*(?:实现了?|继续|进一步)?/;
// After a base phrase the move may be said by 增收/减收, with no amount after it (an amount makes it a change).
const ON_BASE_MOVE = new RegExp(`^[\\s\\u3000]?(?:${alternation(DEGREE_WORDS)})?((?:增收|减收)(?![\\s\\u3000]*[0-9０-９]))`);
const COMPARISON_CLOSED = /^[\s\u3000]*(?:相比|相较|比较)(?:而言)?[\s\u3000，,]*/;
/** A statement opening with its own subject, then its comparison and change word (社会保障和就业支出比上年预算减少). */
const OWN_SUBJECT_THEN_COMPARISON = /^[\s\u3000]*[\u4e00-\u9fa5“”（）()]{2,24}?(?:比|较|同比|与)[^，,；;。]{0,16}$/;
const OWN_STATEMENT_REACH = 60;
// 比重为69.2%，比上年同期的67.4%…; 增长3.8%，增幅比上年的3.2%…: a rate, then last year's of the same thing.
const RATE_THEN_LAST_YEAR = /^[\s\u3000]*[，,][\s\u3000]*(?:其)?(?:增幅|增速|降幅|比重|占比|比例)?(?:比|较)(?:上年|去年)(?:同期)?(?:的|为)?[\s\u3000]*$/;
// 99.6%，较上年（ / 99.6%，较上年的: a rate, then last year's of the same thing, bare or in brackets.
// 65.0%，较上年末的58.0%: a rate at last year's end (a progress or a ratio of stocks) is last year's too.
const RATE_THEN_LAST_YEAR_LEVEL = /^[\s\u3000，,]*(?:比|较)[\s\u3000]*(?:上年|去年)度?(同期|末|底)?(?:的)?[\s\u3000]*([（(])?[\s\u3000]*$/;
// 1.86%，比上年同期发行的同期限一般债券利率（: a comparison with last year opened after a rate, last year's rate in brackets.
const BRACKETED_PRIOR = /^[\s\u3000]*[，,][\s\u3000]*(?:比|较)(?:上年|去年)(?:同期)?[^，,。；;：:0-9０-９%％]{0,24}[（(][\s\u3000]*$/;
// …67.4%提高1.2个百分点: the points' word right after last year's rate.
const POINTS_RIGHT_AFTER = /^[\s\u3000]*(?:有所|共|了)?[\s\u3000]*$/;
// 3.94%，上年为3.92%，提高0.02个百分点 / 上年同期是…，下降…: last year's rate stated in a clause of its own right after this
// year's, the points in the clause right after it, whatever other rates the clause goes on to name (距4%的目标). Tested
// on text with its spaces taken out.
const RATE_THEN_LAST_YEAR_STATED = /^[，,](?:上年|去年)(?:同期)?(?:为|是)$/;
const POINTS_NEXT_CLAUSE = /^[，,](?:比上年|较上年)?(?:有所)?$/;

// 提升1.6个百分点: a move said in points only, right before its figure.
const POINTS_VERB_BEFORE = new RegExp(`(${alternation(POINTS_VERBS)})了?[\\s\\u3000]*$`);
/** The points-only verb right before a figure in points the reading left unclaimed. */
function pointsWordBefore(ctx: ExtractContext, s: Sentence, f: DocFigure): FoundWord | undefined {
  return wordEndingAt(ctx, s, f, POINTS_VERB_BEFORE, 6);
}

interface FoundWord {
  word: Word;
  /** Block-text offset of the word. */
  start: number;
}

function wordBefore(ctx: ExtractContext, s: Sentence, f: DocFigure): FoundWord | undefined {
  return wordEndingAt(ctx, s, f, DIRECTION_BEFORE, 8);
}

/** The word (group 1 of `pattern`, anchored at the end) within `reach` characters before a figure, in its sentence. */
function wordEndingAt(ctx: ExtractContext, s: Sentence, f: DocFigure, pattern: RegExp, reach: number): FoundWord | undefined {
  const before = s.block.text.slice(Math.max(s.start, f.start - reach), f.start);
  const m = pattern.exec(before);
  if (!m) return undefined;
  const start = f.start - before.length + m.index;
  return { word: ctx.word(s.block, start, start + m[1].length), start };
}

// “三公”经费支出决算比年初预算减少…: with no level in its sentence, the words before the delta run on into the comparison; the
// budget compared with is the base, not part of the item's name (the item's level is then looked for by that name before).
const BUDGET_COMPARISON_TAIL = /(?:比|较|与|同)(?:年初|全年|年度|调整后?的?|当年)?(?:预算|计划)(?:数|额)?$/;
const withoutBudgetComparison = (subject: string) => {
  const cut = subject.replace(BUDGET_COMPARISON_TAIL, '');
  return cut.length >= 2 ? cut : subject;
};

export function baseOf(raw: string): string {
  const text = raw.replace(/[\s\u3000]+/g, '');
  if (/同比/.test(text)) return '上年同期';
  // 环比: against the period before (the last quarter, the last month), not last year.
  if (/环比/.test(text)) return '上期';
  // 为调整预算192,300万元的: the base's own figure is not part of its name.
  const m = BASE_AFTER_COMPARE.exec(text) ?? BASE_OF_RATIO.exec(text.replace(FIGURE_IN_BASE, ''));
  if (!m) return '上年';
  // 比2025年预算（2.80万元）增加: the bracket that held the base's figure is no part of its name either.
  return m[1].replace(FIGURE_IN_BASE, '').replace(/[（(][）)]/g, '').replace(/的$/, '').replace(/^([0-9０-９]{4})年度?$/, '$1年') || '上年';
}

const isSpace = (c: string | undefined) => c !== undefined && /\s/.test(c);
/**
 * What /(?:为|是|相当于|完成)(?:了)?\s*([^，。；,;为是]{2,12}?)\s*$/ captures in `s`, found by trying its
 * choices in the order the pattern does (that pattern was polynomial on a run of spaces, which both its
 * space runs and its name may take). `s` is 16 characters at most, so the tries stay few.
 */
function ratioBaseCapture(s: string): string | undefined {
  for (let i = 0; i < s.length; i++) {
    const lead = ['为', '是', '相当于', '完成'].find((w) => s.startsWith(w, i));
    if (!lead) continue;
    const afterLead = i + lead.length;
    for (const le of s[afterLead] === '了' ? [1, 0] : [0]) {
      const p = afterLead + le;
      let spaces = 0;
      while (isSpace(s[p + spaces])) spaces++;
      for (let l = spaces; l >= 0; l--) {
        const from = p + l;
        for (let n = 1; n <= 12 && from + n <= s.length; n++) {
          if ('，。；,;为是'.includes(s[from + n - 1])) break;
          if (n < 2) continue;
          let e = from + n;
          while (isSpace(s[e])) e++;
          if (e === s.length) return s.slice(from, from + n);
        }
      }
    }
  }
  return undefined;
}

/** The base a ratio's stated base figure is named as: 为调整预算192,300万元的 → 调整预算. */
function ratioBaseName(text: string, x: DocFigure): string | undefined {
  const name = ratioBaseCapture(text.slice(Math.max(0, x.start - 16), x.start));
  return name !== undefined ? baseKey(name) : undefined;
}

/**
 * Whether a 持平's base is the change's before it: the same words, or the bare year (上年, 去年) repeating a
 * base the change named with its measure (较上年预算减少…，与上年持平: 上年 is 上年预算 said again).
 */
const sameBase = (change: string, flat: string) => change === flat || (/^(?:上年|去年)$/.test(flat) && change.startsWith(flat) && /^(?:预算|决算|执行)数?$/.test(change.slice(flat.length)));
const baseKey = (s: string) => s.replace(/[\s\u3000]/g, '').replace(/当年|本年|全年|度|的/g, '').replace(/(?:为|是|达)$/, '');

/**
 * "2025年当年预算执行数为P万元，2026年预算安排C万元，比2025年预算执行数增加R%":
 * the base named after 比 is a figure stated earlier in the sentence under that name.
 */
function namedPrior(text: string, before: DocFigure[], rate: DocFigure, base: string): DocFigure | undefined {
  if (!/[0-9]{4}年|上年|预算|决算|执行/.test(base)) return undefined;
  const key = baseKey(base);
  if (key.length < 3) return undefined;
  const found = before.filter((x) => x.end <= rate.start && x.dimension === 'money' && !x.approximate && (x.role === 'amount' || x.role === 'prior') && namesBase(baseKey(labelBefore(text, x.start)), key, text, before, x));
  return found.length === 1 ? found[0] : undefined;
}

/**
 * 年初预算为326.00万元，支出决算为318.20万元，比年初预算增加7.80万元: a budget stated by name, then the outturn against
 * it, then the change on the budget named again: the budget is the prior though it comes first. Only a budget before
 * an outturn (决算, 执行, 实际, 完成), in one clause run.
 */
function namedBeforeActual(text: string, named: DocFigure, current: DocFigure): boolean {
  if (!/预算/.test(labelBefore(text, named.start)) || !/决算|执行|实际|完成/.test(labelBefore(text, current.start))) return false;
  return !CLAUSE_BREAK.test(text.slice(named.end, current.start));
}

/**
 * A label names the base when it is the base ("2025年预算执行数为"), or the
 * base's year and measure around the subject the sentence compares
 * ("2025年当年机关运行经费预算执行数为" against 2025年预算执行数, when the
 * current value is 机关运行经费's too).
 */
function namesBase(label: string, key: string, text: string, figs: DocFigure[], x: DocFigure): boolean {
  if (label === key) return true;
  const m = /^([0-9]{4}年)(.{3,})$/.exec(key);
  if (!m || !label.startsWith(m[1]) || !label.endsWith(m[2])) return false;
  // 2025年本部门机关运行经费预算执行数为: the writer's own scope (本部门, 全县) is no part of the subject's name.
  const subject = normalSubject(label.slice(m[1].length, label.length - m[2].length));
  if (subject.length < 2) return false;
  // The subject must be the one of another figure in the sentence, before or after: the value compared with this base.
  return figs.some((y) => y !== x && normalSubject(labelBefore(text, y.start)).includes(subject));
}

// ，为上年(同期)?(X万元)?的: the ratio's base is last year's, not a budget.
const LAST_YEAR_RATIO = /^[\s\u3000]*[，,][\s\u3000]*(?:为|是|相当于)(?:上年|去年|上年同期|去年同期)(?:决算数?|执行数?|实际数?)?[^，。；,;预]{0,16}的[\s\u3000]*$/;

// 由X减至Y / 从X提高到Y: X is where the level moved from.
// 由11辆, 从年初的8,420万元, 由年初预算的38,600万元: where a move starts (the stage it starts from may be named).
const FROM_TO = /(?:由|从)[\s\u3000]*(?:(?:[0-9０-９]{4}[\s\u3000]*年度?|上年|年初|原)(?:预算数?|执行数|决算数)?(?:的)?)?[\s\u3000]*$/;
const MOVED_TO = /^[\s\u3000]*(?:(?:减少|下降|降低|压减|缩减|增加|增长|提高|上升|扩大|降|减|增|升)(?:至|到)|(?:调整|调)(?:为|至|到))[\s\u3000]*$/;
// 收入年初预算64.20亿元，调整后为61.50亿元，减少2.70亿元: the budget before its adjustment, then the one after.
const OPENING_BUDGET = /年初(?:预算)?(?:数)?(?:为|是)?[\s\u3000]*$/;
const THEN_ADJUSTED = /^[\s\u3000]*[，,][\s\u3000]*调整后(?:预算)?(?:数)?(?:为|是)?[\s\u3000]*$/;
// 调增7,400万元，调整后为40,200万元 | 压减1,400万元，调整为47,200万元: the amount a change arrived at, stated right after it.
const ADJUST_VERB_HEAD = /^[调追核压]$/;
// What an adjustment's change is against: the budget before it (比年初预算), not last year's outturn (比上年执行数).
const OPENING_BUDGET_NAME = /^(?:年初|原)?(?:预算|计划)(?:数|额)?$/;
// 调增幅度为, 调减比例, 调整幅度: a rate (or an amount) the words say is the adjustment's own.
const ADJUSTMENT_RATE = /调[增减整]|核[增减]|追[加减]/;
// 年初预算X万元，(本次)调增: nothing but the clause break between the opening budget and the adjustment's verb.
const OPENING_STEP = /^[\s\u3000]*[，,][\s\u3000]*(?:本次|此次|年中)?$/;
const ARRIVED_AT = /^[\s\u3000]*[，,][\s\u3000]*(?:调整后(?:预算)?(?:数)?(?:为|是|达)?|调整为|变更为|增至|减至|增加到|减少到|降至|达到)[\s\u3000]*$/;

// …减至9辆，减少3辆: the amount of the move stated right after it, naming nothing else.
// 由38,400万元调整为32,200万元，调减6,200万元: an adjustment's own verb states the amount of the move as well.
const DELTA_RIGHT_AFTER = new RegExp(
  `^[\\s\\u3000]*[，,]?[\\s\\u3000]*(?:比上年|较上年|同比|比原来|共计?)?(?:${alternation(ADJUST_DELTA_VERBS.map(([w]) => w))}|减少|下降|降低|压减|缩减|增加|增长|提高|上升|扩大|降|减|增|升)了?[\\s\\u3000]*$`,
);

const isCurrent = (x: DocFigure) => x.role === 'amount' || x.role === 'new-value';
// 由上年预算的240万元降至186万元, 从8,420万元增加到9,060万元: where a move starts, the stage named (group 1), and the verb
// that takes it to the level reached (group 1 of MOVE_VERB_TO, with its 至/到).
const MOVED_FROM_NAMED = /(?:由|从)[\s\u3000]*((?:[0-9０-９]{4}[\s\u3000]*年度?|上年|年初|原)?(?:预算数?|执行数|决算数)?)(?:的)?[\s\u3000]*$/;
const MOVE_VERB_TO = new RegExp(
  `^[\\s\\u3000]*((?:${alternation([...DELTA_VERBS, ...NEW_VALUE_VERBS].map(([w]) => w).filter((w) => /^[\u4e00-\u9fa5]+$/.test(w) && w !== '多' && w !== '少'))})(?:${alternation(NEW_VALUE_SUFFIXES)}))[\\s\\u3000]*$`,
);
// 余额187.64亿元，控制在限额194.00亿元以内，比上年末增加15.18亿元: a ceiling the level is held within (…以内, 未超过…) is no
// level that changed; the change is of the level before it.
const BOUND_AFTER = /^[\s\u3000]*(?:以内|之内)/;
const BOUND_BEFORE = /(?:未超过|不超过|没有超过|未突破)[^，,。；;0-9０-９]{0,16}$/;
const isBound = (text: string, x: DocFigure) => BOUND_AFTER.test(text.slice(x.end, x.end + 4)) || BOUND_BEFORE.test(text.slice(Math.max(0, x.start - 20), x.start));
// 完成预算278.00亿元的103.0%，超收8.42亿元，比上年的270.72亿元增长5.8%: the gap to a plan (超收, 短收, 节约资金) is
// no level that changed on last year; the level is the amount stated before it.
const isGap = (text: string, x: DocFigure) => gapAmountAt(text, x.start);

// How many figures back a change's current value and prior are looked for: they stand in the
// change's own clause or the one before. Unbounded, a long run of changes was quadratic.
const LOOK_BACK = 32;

/** The last figure before index `i` that `ok` accepts, at most LOOK_BACK figures back. */
// 完成预算的89.5%，年初预算为32.00万元 / 为预算的86.5%（预算为102.30亿元）: the budget a completion ratio was taken of,
// named right after it.
const BUDGET_LABEL = /^(?:年初|全年|年度|调整后?)?预算(?:数)?(?:为|是)?$/;
// 决算为64.35万元，年初预算为70.00万元，完成预算的91.9%；比上年增加…: the budget named right before the
// completion ratio taken of it, after the figure it is the budget of.
const COMPLETION_AFTER = /^[\s\u3000]*[，,][\s\u3000]*完成(?:年初|全年|年度|调整后?)?预算(?:数)?的[\s\u3000]*$/;
function budgetAfterRatio(text: string, figs: readonly DocFigure[], x: DocFigure): boolean {
  // By binary search (figures are in order): this is asked of every candidate of every change.
  const k = firstFrom(figs, x.start);
  const before = k > 0 ? figs[k - 1] : undefined;
  const after = figs[k + 1];
  if (before && after && after.role === 'ratio' && COMPLETION_AFTER.test(text.slice(x.end, after.start)) && isCurrent(before) && before.dimension === x.dimension) {
    const between = text.slice(before.end, x.start).replace(/[\s\u3000]+/g, '');
    if (/^[，,]/.test(between) && BUDGET_LABEL.test(between.slice(1))) return true;
  }
  if (!before || before.role !== 'ratio') return false;
  // …，年初预算为32.00万元 / …（预算51.00万元）: in its own clause or in brackets after the ratio.
  const between = text.slice(before.end, x.start).replace(/[\s\u3000]+/g, '');
  return /^[，,（(]/.test(between) && BUDGET_LABEL.test(between.slice(1));
}

const FROM_TAIL = /(?:由|从)(?:[0-9０-９]{4}年度?|上年|年初|原)?(?:预算数?|安排数?|调整前)?(?:的)?$/;
// 由年初预算的62.85亿元调整为67.13亿元: the stage the level moved from, named: the change's base.
const FROM_STAGE = /(?:由|从)(年初预算|原预算|调整前|年初)(?:数)?(?:的)?$/;

/** 由上年的2,140.80万元增加到2,186.20万元: the prior a level arrives from, stated before it in its clause. */
function arrivesFrom(text: string, prior: DocFigure, current: DocFigure): boolean {
  return current.role === 'new-value' && prior.end <= current.start && !CLAUSE_BREAK.test(text.slice(prior.end, current.start));
}

function lastBefore(figs: readonly DocFigure[], i: number, ok: (x: DocFigure) => boolean): DocFigure | undefined {
  for (let k = i - 1; k >= 0 && k >= i - LOOK_BACK; k--) if (ok(figs[k])) return figs[k];
  return undefined;
}

/**
 * 比上年增长3.1%，上年为1,902.50万元 / 为年初预算的98.0%，年初预算为5.00亿元: the level the change is against,
 * stated right after it under the base's own name (or 上年, 去年 for last year's). The next figure of the
 * sentence, of the current's dimension, with nothing between but a comma, the base's name and its measure.
 */
function priorAfter(text: string, figs: readonly DocFigure[], last: DocFigure, current: DocFigure, base: string): DocFigure | undefined {
  const k = firstFrom(figs, last.end);
  const next = figs[k];
  if (!next || next.dimension !== current.dimension || next.approximate || next === current) return undefined;
  const m = PRIOR_NAMED_AFTER.exec(text.slice(last.end, next.start));
  if (!m) return undefined;
  return sameYearBase(m[1], base) ? next : undefined;
}
// ，上年为 / ，上年支出 / ，年初预算数为 / ，上年同期是 / （上年同期30.24亿元）: a base's name and measure, then its figure.
const PRIOR_NAMED_AFTER = /^[\s\u3000]*(?:[）)][\s\u3000]*)?(?:[，,]|[（(])[\s\u3000]*((?:上年|去年)(?:同期)?|(?:年初|全年|年度|调整后?)?(?:预算|计划))(?:数|额)?(?:实际)?(?:支出|收入|完成|得分|金额)?(?:数|额)?(?:为|是|达)?[\s\u3000]*$/;

const DEGREE_BEFORE_DIRECTION = new RegExp(`(?:${alternation(DEGREE_WORDS)})$`);
// ，上年为 / ，去年同期是: last year's level in a clause of its own, named by its year alone.
const PRIOR_CLAUSE = /^[\s\u3000]*([，,]|[（(])[\s\u3000]*((?:上年|去年)(?:同期)?)(?:实际)?(?:数|额)?(?:为|是|达)?[\s\u3000]*$/;

/**
 * 追回资金2,386万元，上年为2,640万元，比上年有所增加: the level, then last year's in a clause of its own, then the
 * comparison right after it (only a comma between): both values are stated, the direction in words. Undefined
 * unless the two figures before `at` are exactly these.
 */
function priorClauseBefore(text: string, figs: readonly DocFigure[], upTo: number, at: number): { current: DocFigure; prior: DocFigure; base: string } | undefined {
  const prior = figs[upTo - 1];
  const current = figs[upTo - 2];
  if (!prior || !current || prior.role !== 'prior' || prior.approximate || !isCurrent(current) || current.approximate) return undefined;
  if (current.dimension !== prior.dimension || prior.end > at) return undefined;
  const m = PRIOR_CLAUSE.exec(text.slice(current.end, prior.start));
  // （上年为2,640万元），比上年…: a bracketed prior is closed before the comparison; after a comma, 为 is needed.
  const bracketed = m?.[1] === '（' || m?.[1] === '(';
  if (!m || (!bracketed && !/(?:为|是|达)[\s\u3000]*$/.test(m[0]))) return undefined;
  if (!(bracketed ? /^[\s\u3000]*[）)][\s\u3000]*[，,]?[\s\u3000]*同?$/ : /^[\s\u3000]*[，,][\s\u3000]*同?$/).test(text.slice(prior.end, at))) return undefined;
  return { current, prior, base: m[2] };
}

/**
 * 比上年下降（上年2,486万元） / 比上年减少，上年为78,960万元: a direction in words whose base's level follows it, in brackets
 * or a clause of its own, under the base's name (上年, 去年同期, 年初预算). Only the next figure, close after the words, of the
 * current's dimension and unit; a level named as another base (上年预算 after 比上年, 年初预算 after 比上年) is no prior.
 */
function wordsPriorAfter(text: string, figs: readonly DocFigure[], end: number, current: DocFigure, base: string): DocFigure | undefined {
  const x = figs[firstFrom(figs, end)];
  if (!x || x.approximate || x.dimension !== current.dimension || x.unit !== current.unit || x.start - end > WORDS_PRIOR_REACH) return undefined;
  const m = PRIOR_NAMED_AFTER.exec(text.slice(end, x.start));
  if (!m || !(sameYearBase(m[1], base) || sameBase(baseKey(base), baseKey(m[1])))) return undefined;
  // （上年2,486万元）: a bracket opened is closed right after its figure.
  if (/[（(]/.test(text.slice(end, x.start)) && !BRACKET_CLOSE_AFTER.test(text.slice(x.end, x.end + 3))) return undefined;
  return x;
}
const WORDS_PRIOR_REACH = 12;

// ，调整为 / ，调整后为 / ，调整后预算数: the level an adjustment arrived at, right after the one it started from.
const ADJUSTED_TO = /^[\s\u3000]*[，,][\s\u3000]*(?:调整后(?:预算)?(?:数)?(?:为|是)?|调整(?:为|至|到)|变更为)[\s\u3000]*$/;
const OPENING_TAIL = /(?:年初|原)(?:预算)?(?:数)?(?:为|是)?$/;

/**
 * 非税收入年初预算85,000万元，调整为85,800万元，较年初预算有所减少: the level before the adjustment stated by its name, the one
 * after it next, then the direction against the opening budget in words: the opening level is the prior. Only a base naming
 * the budget the adjustment started from (年初预算, 原预算, 调整前), not another year's.
 */
function openingBeforeAdjusted(text: string, figs: readonly DocFigure[], k: number, from: number, base: string): DocFigure | undefined {
  const current = figs[k];
  const x = k > 0 ? figs[k - 1] : undefined;
  if (!x || x.approximate || x.start < from || x.dimension !== current.dimension || x.unit !== current.unit) return undefined;
  if (!OPENING_BUDGET_NAME.test(baseKey(base)) && !/^调整前(?:预算)?(?:数)?$/.test(baseKey(base))) return undefined;
  if (/^(?:预算|计划)(?:数|额)?$/.test(baseKey(base))) return undefined;
  if (!OPENING_BUDGET.test(text.slice(Math.max(from, x.start - 8), x.start)) || !ADJUSTED_TO.test(text.slice(x.end, current.start))) return undefined;
  return x;
}

// ，达到7.33亿元 / ，为 / ，增至: the level a rate stated first arrived at.
const REACHED = /^[\s\u3000]*[，,][\s\u3000]*(?:达到|达|为|增至|升至|降至|减至|至)[\s\u3000]*$/;

const COMPARED_IN_CLAUSE = /比|较|同比|相比/;
/** The clause a figure stands in, up to the figure: from the last comma or clause end before it, 24 characters at most. */
function clauseUpTo(text: string, at: number): string {
  const from = Math.max(0, at - 24);
  const piece = text.slice(from, at);
  const cut = Math.max(...[...'，,；;。：:'].map((c) => piece.lastIndexOf(c)));
  return cut >= 0 ? piece.slice(cut + 1) : piece;
}

/** Bases that are one: the same words, or last year's said as 上年, 去年, 同比 (上年同期). */
function sameYearBase(a: string, b: string): boolean {
  const lastYear = (x: string) => /^(?:上年|去年)(?:同期)?$/.test(baseKey(x));
  // 环比增长7.7%，比二季度增支1.13亿元: the period before, said as 环比 and by its name.
  const lastPeriod = (x: string) => x === '上期' || /^(?:[一二三四1-4]季度?|上季度?|上月|[0-9一二三四五六七八九十]{1,3}月(?:份)?)$/.test(baseKey(x));
  return baseKey(a) === baseKey(b) || (lastYear(a) && lastYear(b)) || ((a === '上期' || b === '上期') && lastPeriod(a) && lastPeriod(b));
}

/** Two figures of one sentence in neighbouring clauses: no clause end and no figure between them but the level they share. */
function adjacentClauses(text: string, figs: readonly DocFigure[], x: DocFigure, y: DocFigure, level: DocFigure): boolean {
  const [p, q] = x.start < y.start ? [x, y] : [y, x];
  // （年初预算为36.50亿元，年中调增3.62亿元），比上年增长2.9%: a change inside a bracket is the note's own.
  if (CLAUSE_BREAK.test(text.slice(p.end, q.start)) || /[（）()]/.test(text.slice(p.end, q.start))) return false;
  // One of them names the comparison (比上年, 同比, 较…); with none, an amount moved (年中调增) may be no change on last year.
  if (![p, q].some((f) => COMPARED_IN_CLAUSE.test(clauseUpTo(text, f.start)))) return false;
  let k = firstFrom(figs, p.end);
  if (figs[k] === level) k++;
  return figs[k] === q;
}

// Every 比 or 较 of a sentence, in one pass: looking for each from the last one with indexOf
// scanned to the sentence's end for a 较 that never came, once per 比 (a paragraph of 100,000
// "比上年增加" grew with the square of its length: 8 MB took 31 s).
const COMPARISON = /[比较]/g;

/**
 * The start (in the block) of the last 其中 of the sentence that starts by `to`, or -1. Each sentence's 其中 are found
 * once, into `seen` (one block's, dropped with it): searched back from each part through the whole block, a paragraph
 * of thousands of changes and no 其中 was read once per change (4 MB took 13 s here).
 */
function lastOfWhich(seen: Map<Sentence, number[]>, s: Sentence, to: number): number {
  let at = seen.get(s);
  if (!at) {
    at = [];
    for (let i = s.text.indexOf('其中'); i >= 0; i = s.text.indexOf('其中', i + 2)) at.push(s.start + i);
    seen.set(s, at);
  }
  let lo = 0;
  let hi = at.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (at[mid] <= to) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? at[lo - 1] : -1;
}

/** The whole a 其中 list that `part` ends is of: the amount of the same kind right before 其中, in the sentence. */
function wholeBeforeOfWhich(seen: Map<Sentence, number[]>, s: Sentence, part: DocFigure): DocFigure | undefined {
  const text = s.block.text;
  const figs = s.figures;
  const at = lastOfWhich(seen, s, part.start);
  if (at < 0) return undefined;
  let whole: DocFigure | undefined;
  // The amount right before 其中: a few figures back at most (a sentence of thousands stays linear).
  const upTo = firstFrom(figs, at);
  for (let k = upTo - 1; k >= 0 && k >= upTo - LOOK_BACK && !whole; k--) {
    const g = figs[k];
    if (g.end <= at && g.role === 'amount' && g.dimension === part.dimension && !g.approximate) whole = g;
  }
  return whole && !/[。；;]/.test(text.slice(whole.end, at)) ? whole : undefined;
}

const HUNDRED = new Decimal(100);
const COMPARISON_WORD = /[比较]/;

/**
 * Whether the text from `from` up to a point closes a bracket it did not open (what stood at `from` was an aside
 * in brackets). Asked at points further and further on, the text is read once.
 */
function bracketScan(text: string, from: number): { closedBy: (to: number) => boolean } {
  let at = from;
  let depth = 0;
  let closed = false;
  return {
    closedBy(to: number) {
      for (; at < to && !closed; at++) {
        const c = text[at];
        if (c === '（' || c === '(') depth++;
        else if (c === '）' || c === ')') {
          if (depth === 0) closed = true;
          else depth--;
        }
      }
      return closed;
    },
  };
}

// A clause naming the year it speaks of first: 上年收支预算总额为, 2024年…为 (the subject between, or none).
const YEAR_CLAUSE = /^[\s\u3000]*(上年|去年|今年|本年|当年|[0-9]{4}年度?)([^，,；;。0-9０-９]{0,16}?)(?:为|是|达到?)[\s\u3000]*$/;
// 2025年安排48.47万元，2024年安排44.85万元: a clause opening with its year and stating the level with a verb of the
// budget or its outturn, the subject left to the sentence (or named between).
const YEAR_LEVEL_CLAUSE = /^[\s\u3000]*(上年|去年|今年|本年|当年|[0-9]{4}年度?)([^，,；;。0-9０-９]{0,16}?)(?:为|是|达到?|(?:预算)?安排(?:数)?(?:为)?|预算数?(?:为)?|决算数?(?:为)?|执行数?(?:为)?|完成(?:数)?(?:为)?)[\s\u3000]*$/;
const SUBJECT_BEFORE_YEAR = /^[^，,；;。0-9０-９]{1,20}?(?=[0-9]{4}年|今年|本年|当年)/;
const oneYearApart = (earlier: string, later: string) =>
  /^[0-9]/.test(earlier) && /^[0-9]/.test(later) ? Number(later.slice(0, 4)) - Number(earlier.slice(0, 4)) === 1 : /^(?:上年|去年)$/.test(earlier) && /^(?:今年|本年|当年)$/.test(later);

/**
 * 2025年安排48.47万元，2024年安排44.85万元，增加3.62万元: the later year's level stated first and the year before's in
 * the clause right after it; the last level before the change is then its prior. Returns the level stated first (the
 * current) and the prior's year as the base.
 */
function laterYearFirst(text: string, figs: readonly DocFigure[], last: DocFigure, from: number): { current: DocFigure; base: string } | undefined {
  const own = clauseBefore(text, last.start, from);
  const then = YEAR_LEVEL_CLAUSE.exec(own);
  if (!then) return undefined;
  const k = firstFrom(figs, last.start) - 1;
  const first = k >= 0 ? figs[k] : undefined;
  if (!first || first.approximate || first.dimension !== last.dimension || first.unit !== last.unit || first.start < from) return undefined;
  if (!/^[\s\u3000]*[，,；;][\s\u3000]*$/.test(text.slice(first.end, last.start - own.length))) return undefined;
  // 机关服务支出2024年决算数为…: the first clause may name the subject before its year.
  const now = YEAR_LEVEL_CLAUSE.exec(clauseBefore(text, first.start, from).replace(SUBJECT_BEFORE_YEAR, ''));
  if (!now || !oneYearApart(then[1], now[1])) return undefined;
  // The later clause names the subject again, or leaves it out.
  if (then[2].trim() && then[2].trim() !== now[2].trim()) return undefined;
  return { current: first, base: then[1] };
}
/**
 * 2024年收支预算总额为3,410.72万元，2025年为3,582.16万元，增长2.3%: the current level stated in a clause opening with its
 * year (今年, 2025年), right after a clause stating the year before's level of the same subject (上年…, 2024年…; the
 * later clause may leave the subject out): that level is the prior.
 */
function yearBefore(text: string, figs: readonly DocFigure[], i: number, current: DocFigure, from: number): { prior: DocFigure; subject: string; base: string } | undefined {
  const now = YEAR_CLAUSE.exec(clauseBefore(text, current.start, from));
  if (!now) return undefined;
  // The current is one of the LOOK_BACK figures before the rate at i (lastBefore found it there).
  let k = i - 1;
  while (k >= 0 && k >= i - LOOK_BACK && figs[k] !== current) k--;
  const prior = k > 0 && figs[k] === current ? figs[k - 1] : undefined;
  if (!prior || prior.approximate || prior.dimension !== current.dimension || prior.start < from) return undefined;
  // Nothing but the two clauses between them: the prior's clause ends where the current's begins.
  if (!/^[\s\u3000]*[，,；;][\s\u3000]*$/.test(text.slice(prior.end, current.start - clauseBefore(text, current.start, from).length))) return undefined;
  const then = YEAR_CLAUSE.exec(clauseBefore(text, prior.start, from));
  if (!then) return undefined;
  const a = then[1];
  if (!oneYearApart(a, now[1])) return undefined;
  const subject = then[2].trim();
  // The later clause names the subject again, or leaves it out.
  if (now[2].trim() && now[2].trim() !== subject) return undefined;
  if (!subject) return undefined;
  return { prior, subject, base: a };
}
/** Whether `level`, changed by `delta` in direction `dir`, gives the stated rate (delta / prior) or ratio (level / prior). */
function changeFits(level: DocFigure, delta: DocFigure, dir: 'up' | 'down', rate?: DocFigure, ratio?: DocFigure): boolean {
  const d = abs(intervalOf(delta));
  const prior = dir === 'down' ? add(intervalOf(level), d) : sub(intervalOf(level), d);
  const r = rate ? div(d, prior) : div(intervalOf(level), prior);
  if (!r) return false;
  return meets(scale(r, HUNDRED), abs(intervalOf((rate ?? ratio)!)));
}

/**
 * Change claims: "X，比上年(预算数)?减少Y，下降Z%", "为上年的Z%", "与上年持平".
 * The current value is the last amount before the change in its sentence;
 * the rate or ratio is the next one after the delta, before any other amount.
 */
export function extractChanges(ctx: ExtractContext): ChangeClaim[] {
  const all: ChangeClaim[] = [];
  for (const block of ctx.doc.blocks) {
    if (block.kind === 'toc' || block.kind === 'table-row') continue;
    // A block's changes are read from its own sentences alone: while a draft is edited, those
    // of unchanged blocks are reused (engine/incremental.ts).
    for (const c of ctx.memoBlock('changes', block, '', () => blockChanges(ctx, block))) all.push(c);
  }
  return all;
}

function blockChanges(ctx: ExtractContext, block: Block): ChangeClaim[] {
  const claims: ChangeClaim[] = [];
  const ofWhich = new Map<Sentence, number[]>();
  // (The loop keeps the indentation it had inside the loop over blocks.)
  {
    for (const s of ctx.sentences(block)) {
      const figs = s.figures;
      const taken = new Set<number>();
      const firstClaim = claims.length;
      figs.forEach((f, i) => {
        if (f.role !== 'delta' || f.approximate || taken.has(f.id) || f.dimension === 'points') return;
        const found = wordBefore(ctx, s, f);
        if (!found) return;
        // 户均增收2,860元，较上年2,480元增长13.3%: an amount named by a change word with no comparison before it, then
        // compared with last year's of the same unit, is a level of its own (what a household gained this year).
        const asLevel = changeWordLevel(block.text, figs, i, found.start);
        if (asLevel) {
          claims.push({ kind: 'change', subject: subjectBefore(block.text, f.start, s.start), current: f, base: asLevel.base, prior: asLevel.prior, rate: asLevel.rate, rateWord: wordBefore(ctx, s, asLevel.rate)?.word });
          taken.add(f.id);
          taken.add(asLevel.prior.id);
          taken.add(asLevel.rate.id);
          return;
        }
        // A ratio's base is not the level that changed, whether stated inside the ratio
        // (完成年度预算58,600万元的89.3%) or right after it (完成预算的89.5%，年初预算为32.00万元).
        const level = (x: DocFigure) => isCurrent(x) && x.dimension === f.dimension && !taken.has(x.id) && !isGap(block.text, x) && !RATIO_AFTER.test(block.text.slice(x.end, x.end + 3)) && !budgetAfterRatio(block.text, figs, x) && !isBound(block.text, x);
        // …与2025年预算数（389.40万元）持平；社会保障和就业支出比上年预算减少18.60万元: a statement after a ； that names its
        // own subject before its comparison takes no level from the statement before it. (Looked for within a bounded
        // stretch before the change, not back through the sentence.)
        let floor = -1;
        for (let at = f.start - 1; at >= Math.max(s.start, f.start - OWN_STATEMENT_REACH); at--) {
          const c = block.text[at];
          if (c === '；' || c === ';') {
            if (OWN_SUBJECT_THEN_COMPARISON.test(block.text.slice(at + 1, f.start))) floor = at;
            break;
          }
        }
        const inStatement = (x: DocFigure) => x.start > floor && level(x);
        let current = lastBefore(figs, i, inStatement);
        // A ratio's base (为年初预算数X的91.0%) is not what a change is against. With no level, the base
        // is named within the change's own window of figures, not anywhere back to the sentence's start.
        const windowStart = i > LOOK_BACK ? figs[i - LOOK_BACK - 1].end : s.start;
        let base = baseOf(block.text.slice(current ? current.end : windowStart, f.start));
        // 比年初预算下降8.0%，比上年减收0.45亿元: a change after another of the same level, in a clause that names
        // its own comparison, is against the base that clause names.
        const earlier = current && lastBefore(figs, i, (x) => x.start > current!.end && (x.role === 'rate' || x.role === 'delta' || x.role === 'ratio'));
        const ownClause = earlier && COMPARISON_WORD.test(block.text.slice(earlier.end, f.start));
        if (ownClause) base = baseOf(block.text.slice(earlier.end, f.start));
        // …18.46万元，比年初预算21.00万元节约2.54万元，比上年减少1.24万元: the budget is the prior of the change before; this
        // one's prior, if it names one, stands in its own comparison clause.
        let priorFrom = ownClause ? earlier!.end : -1;
        const ownPrior = (x: DocFigure) => x.start > priorFrom || sameYearBase(baseOf(block.text.slice(current ? current.end : s.start, x.start)), base);
        // 2025年当年预算执行数为P万元，2026年预算安排比2025年预算执行数增加D万元: the last amount is the
        // base the change names; the level is the one before it.
        const named = current ? namedPrior(block.text, figs.slice(Math.max(0, i - LOOK_BACK), i), f, base) : undefined;
        if (named && named === current) current = lastBefore(figs, i, (x) => level(x) && x.end <= named.start);
        // 支出决算1,268.34万元，…比年初预算结余181.66万元；与2023年度决算1,392.18万元相比，减少123.84万元: one figure
        // compared with its budget and then with a prior stated by name is the current of both changes.
        const nearest = lastBefore(figs, i, (x) => isCurrent(x) && x.dimension === f.dimension);
        if (nearest && nearest !== current && taken.has(nearest.id)) {
          const stated = lastBefore(figs, i, (x) => x.role === 'prior' && x.dimension === f.dimension && x.start > nearest.start && !RATIO_AFTER.test(block.text.slice(x.end, x.end + 3)));
          // …，比年初预算21.00万元节约2.54万元，比上年减少1.24万元: a change between them, and this one's own comparison
          // after it: the prior was that change's; this one is against the base its clause names.
          const between = stated && lastBefore(figs, i, (x) => x.start > stated.end && (x.role === 'rate' || x.role === 'delta' || x.role === 'ratio'));
          if (between && COMPARISON_WORD.test(block.text.slice(between.end, f.start)) && !CLAUSE_BREAK.test(block.text.slice(stated!.end, f.start))) {
            current = nearest;
            base = baseOf(block.text.slice(between.end, f.start));
            priorFrom = between.end;
          } else if (stated && !CLAUSE_BREAK.test(block.text.slice(stated.end, f.start))) {
            current = nearest;
            // The last clause mark between the two: searched back from the prior only as far as the level
            // (lastIndexOf over the whole sentence, for every change, was quadratic in a long run of them).
            const stretch = block.text.slice(nearest.end, stated.start);
            const cut = Math.max(...[...'，,；;'].map((c) => stretch.lastIndexOf(c)));
            base = baseOf(block.text.slice(cut >= 0 ? nearest.end + cut + 1 : nearest.end, f.start).replace(FIGURE_IN_BASE, ''));
          }
        }
        let prior =
          lastBefore(
            figs,
            i,
            (x) => x.role === 'prior' && x.dimension === f.dimension && (!current || x.start > current.start) && ownPrior(x) && !RATIO_AFTER.test(block.text.slice(x.end, x.end + 3)),
          ) ??
          // 为调整预算192,300万元的96.9%，…，比调整预算少支出5,880万元: the ratio's base is the base the change names.
          lastBefore(
            figs,
            i,
            (x) => x.role === 'prior' && x.dimension === f.dimension && (!current || x.start > current.start) && RATIO_AFTER.test(block.text.slice(x.end, x.end + 3)) && ratioBaseName(block.text, x) === baseKey(base),
          );
        // 2025年安排48.47万元，2024年安排44.85万元，增加3.62万元: the last level is the year before's.
        const swapped = !prior && current && !named ? laterYearFirst(block.text, figs, current, s.start) : undefined;
        if (swapped) {
          prior = current;
          current = swapped.current;
          base = swapped.base;
        }
        let movedFrom = false;
        // 由11辆减至9辆，减少3辆: the level it moved from stands before the new value.
        if (!prior && current && current.role === 'new-value') {
          const k = firstFrom(figs, current.start) - 1;
          const x = k >= 0 ? figs[k] : undefined;
          if (
            x &&
            x.dimension === current.dimension &&
            x.unit === current.unit &&
            !x.approximate &&
            FROM_TO.test(block.text.slice(Math.max(s.start, x.start - 12), x.start)) &&
            MOVED_TO.test(block.text.slice(x.end, current.start)) &&
            // …由0万元增加到8.38万元，公务接待费减少1.26万元: a change of another subject is not this move's.
            DELTA_RIGHT_AFTER.test(block.text.slice(current.end, f.start))
          ) {
            prior = x;
            movedFrom = true;
          }
        }
        let adjusted = false;
        if (!prior && current) {
          const k = firstFrom(figs, current.start) - 1;
          const x = k >= 0 ? figs[k] : undefined;
          if (
            x &&
            x.dimension === current.dimension &&
            !x.approximate &&
            x.start >= s.start &&
            OPENING_BUDGET.test(block.text.slice(Math.max(s.start, x.start - 8), x.start)) &&
            THEN_ADJUSTED.test(block.text.slice(x.end, current.start)) &&
            DELTA_RIGHT_AFTER.test(block.text.slice(current.end, f.start))
          ) {
            prior = x;
            adjusted = true;
          }
        }
        // 支出预算54,718.46万元，其中一般公共预算52,318.46万元，基金2,400.00万元，比2024年预算51,902.30万元增加
        // 2,816.16万元: after a 其中 list the change may be the whole's or the last part's. The one whose
        // gap to the stated prior is the delta is meant; when neither is, which was meant is unknown.
        if (current && prior && !prior.approximate) {
          const head = wholeBeforeOfWhich(ofWhich, s, current);
          if (head) {
            const gap = (x: DocFigure) => meets(sub(intervalOf(x), intervalOf(prior)), intervalOf(f)) || meets(sub(intervalOf(prior), intervalOf(x)), intervalOf(f));
            current = gap(current) ? current : gap(head) ? head : undefined;
          }
        }
        const claim: ChangeClaim = {
          kind: 'change',
          subject: movedFrom ? subjectBefore(block.text, prior!.start).replace(FROM_TO, '') : adjusted ? subjectBefore(block.text, prior!.start).replace(/年初(?:预算)?(?:数)?(?:为|是)?$/, '') : current ? subjectBefore(block.text, current.start) : withoutBudgetComparison(subjectBefore(block.text, found.start, s.start)),
          current: current && !current.approximate ? current : undefined,
          base: movedFrom ? '原来的' : adjusted ? '年初预算' : base,
          prior: prior && !prior.approximate ? prior : named && named !== current && current && (named.start > current.start || namedBeforeActual(block.text, named, current)) ? named : undefined,
          delta: f,
          deltaWord: found.word,
        };
        // A rate or ratio after the delta, before the next amount or clause break. The text
        // between is tested piece by piece as the search moves on, not again from the delta.
        let tested = f.end;
        const aside = bracketScan(block.text, f.end);
        for (let k = i + 1; k < figs.length; k++) {
          const g = figs[k];
          if (g.role === 'amount' || g.role === 'delta' || g.role === 'new-value') break;
          if (CLAUSE_BREAK.test(block.text.slice(tested, g.start))) break;
          // 比年初预算超收2.82亿元，较上年的61.10亿元增长6.1%: a prior named after a comparison of another base opens
          // that comparison; the rate after it is against that base, not this change's.
          if (g.role === 'prior' && g.dimension === f.dimension && COMPARISON_WORD.test(block.text.slice(f.end, g.start)) && !sameYearBase(baseOf(block.text.slice(f.end, g.start)), claim.base)) break;
          // （年初预算为36.50亿元，年中调增3.62亿元），比上年增长2.9%: a delta inside brackets is the aside's; a rate
          // after the bracket closes is of the sentence's own change.
          if (aside.closedBy(g.start)) break;
          // 增收7,702万元，完成年初预算的91.5%: a completion ratio is against the budget, not this change's base.
          if (g.role === 'ratio' && /完成/.test(block.text.slice(f.end, g.start))) break;
          tested = Math.max(tested, g.start);
          if (g.role === 'rate' && !claim.rate) {
            claim.rate = g;
            claim.rateWord = wordBefore(ctx, s, g)?.word;
          } else if (g.role === 'ratio' && !claim.ratio) claim.ratio = g;
        }
        // 较上年下降11.2%，减少1.3万元 / 增长5.2%（增加23.16万元）: the rate may come first, its amount right after it.
        if (!claim.rate && !claim.ratio && i > 0) {
          const r = figs[i - 1];
          if (r.role === 'rate' && !r.approximate && !taken.has(r.id) && (!current || r.start > current.end) && RATE_THEN_AMOUNT.test(block.text.slice(r.end, found.start))) {
            const rateWord = wordBefore(ctx, s, r);
            claim.rate = r;
            claim.rateWord = rateWord?.word;
            // 非税收入下降6.3%，减少38万元: with no level, what changed is named before the rate.
            if (!current) claim.subject = subjectBefore(block.text, rateWord?.start ?? r.start, s.start);
          }
        }
        // 预算6.80万元，其中运行维护费4.30万元、接待费2.50万元，比上年减少0.40万元，下降5.6%: with no prior
        // stated, the change after a 其中 list may be the whole's or the last part's. The one its delta and
        // rate fit is meant. When neither fits, it is wrong whichever was meant: it is read as the last part's,
        // the amount it stands after.
        if (current && !claim.prior && (claim.rate || claim.ratio)) {
          const head = wholeBeforeOfWhich(ofWhich, s, current);
          if (head && !head.approximate) {
            const dir = statedDirection(found.word.text, f.value);
            const fits = (x: DocFigure) => dir !== undefined && changeFits(x, f, dir, claim.rate, claim.ratio);
            const meant = fits(current) || !fits(head) ? current : head;
            if (meant !== current) {
              current = meant;
              claim.current = meant;
              claim.subject = subjectBefore(block.text, (meant ?? found).start, meant ? undefined : s.start);
            }
          }
        }
        // 比上年减少346.20万元，下降5.2%，为6,318.90万元: the level may close the change it is the result of.
        if (!current) {
          const last = claim.rate && claim.rate.start > f.start ? claim.rate : claim.ratio && claim.ratio.start > f.start ? claim.ratio : f;
          const next = figs[firstFrom(figs, last.end + 1)];
          if (next && isCurrent(next) && next.dimension === f.dimension && !next.approximate && LEVEL_AFTER.test(block.text.slice(last.end, next.start))) {
            claim.current = next;
            taken.add(next.id);
          }
        }
        if (claim.rate) taken.add(claim.rate.id);
        if (claim.ratio) taken.add(claim.ratio.id);
        if (current) taken.add(current.id);
        taken.add(f.id);
        claims.push(claim);
      });
      // 执行率93.7%，较上年提高4.2个百分点（上年为88.5%）; 由上年的88.5%提高到93.7%，提高4.2个百分点: a change in
      // percentage points, claimed when its clause (up to 。；) states two rates and names one of them last
      // year's. The difference of the two rates is the delta.
      let semis: number[] | undefined;
      figs.forEach((f, k) => {
        if ((f.role !== 'delta' && f.role !== 'other') || f.dimension !== 'points' || f.approximate || taken.has(f.id)) return;
        const found = f.role === 'delta' ? wordBefore(ctx, s, f) : pointsWordBefore(ctx, s, f);
        if (!found) return;
        const text = block.text;
        // The clause's bounds from the sentence's ； marks, found once: searching the text from each
        // change for the next and the last mark was quadratic in a long run of changes in points.
        semis ??= semicolonsIn(text, s.start, s.end);
        const after = firstOffsetFrom(semis, f.end);
        const lo = after > 0 ? Math.max(s.start, semis[after - 1] + 1) : s.start;
        const hi = after < semis.length ? semis[after] : s.end;
        // The clause's rates, from an index; more than two (or a clause of many figures) make no claim.
        const rates: DocFigure[] = [];
        for (let k = firstFrom(figs, lo), seen = 0; k < figs.length && figs[k].start < hi && seen < 16 && rates.length <= 2; k++, seen++) {
          if (figs[k].dimension === 'percent' && figs[k].end <= hi) rates.push(figs[k]);
        }
        let prior: DocFigure | undefined;
        let current: DocFigure | undefined;
        if (rates.length === 2 && !rates.some((x) => x.approximate)) {
          const priors = rates.filter((x) => PRIOR_YEAR_BEFORE.test(text.slice(Math.max(lo, x.start - 8), x.start)));
          // 1.86%，比上年（2.06%）/ 比上年同期发行的同期限债券利率（2.06%）下降0.30个百分点: last year's in brackets, the
          // comparison opened right after the current rate and the points right after the bracket.
          const bracketed = priors.length === 0 && rates[1] === figs[k - 1] && BRACKETED_PRIOR.test(text.slice(rates[0].end, rates[1].start)) && /^[\s\u3000]*[）)][\s\u3000]*$/.test(text.slice(rates[1].end, found.start));
          if (priors.length !== 1 && !bracketed) return;
          prior = bracketed ? rates[1] : priors[0];
          current = rates.find((x) => x !== prior)!;
        } else {
          // A run-on clause of many rates (收入完成…，完成预算的…，比重为69.2%，比上年同期的67.4%提高1.2个百分点):
          // only the rates the change is written between: last year's right before the points, and the
          // rate right before that, joined to it by nothing but 比上年(同期)的 (and the name of the rate).
          const p = figs[k - 1];
          const c = figs[k - 2];
          if (!p || !c || p.dimension !== 'percent' || c.dimension !== 'percent' || p.approximate || c.approximate) return;
          const squeezed = (from: number, to: number) => (to - from > 24 ? '' : text.slice(from, to).replace(/[\s\u3000]+/g, ''));
          const stated = RATE_THEN_LAST_YEAR_STATED.test(squeezed(c.end, p.start)) && POINTS_NEXT_CLAUSE.test(squeezed(p.end, found.start));
          if (!stated) {
            if (!PRIOR_YEAR_BEFORE.test(text.slice(Math.max(lo, p.start - 8), p.start)) || !RATE_THEN_LAST_YEAR.test(text.slice(c.end, p.start))) return;
            if (!POINTS_RIGHT_AFTER.test(text.slice(p.end, found.start))) return;
          }
          prior = p;
          current = c;
        }
        if (!prior || !current) return;
        const subject = subjectBefore(text, Math.min(current.start, prior.start)).replace(/(?:由|从|比|较)?(?:上年|去年)(?:同期)?(?:的|为|是)?$/, '');
        // 较上年末的85.3%: the base named as the year's end, as the text names it.
        const atEnd = /[末底]/.test(PRIOR_YEAR_BEFORE.exec(text.slice(Math.max(lo, prior.start - 8), prior.start))?.[1] ?? '');
        claims.push({ kind: 'change', subject, current, base: atEnd ? '上年末' : '上年', prior, delta: f, deltaWord: found.word });
        taken.add(f.id);
      });
      // The changes of this sentence that state a gap and nothing more, by their current figure.
      const gapsByCurrent = new Map<number, ChangeClaim[]>();
      for (let k = firstClaim; k < claims.length; k++) {
        const c = claims[k];
        if (!c.current || !c.delta || c.prior || c.rate || c.ratio) continue;
        const list = gapsByCurrent.get(c.current.id);
        if (list) list.push(c);
        else gapsByCurrent.set(c.current.id, [c]);
      }
      // 为上年的13.89% with no delta stated; 增长21.69% with no delta.
      figs.forEach((g, i) => {
        if (taken.has(g.id) || (g.role !== 'ratio' && g.role !== 'rate')) return;
        // 由上年的2,140.80万元增加到2,186.20万元，增长2.1%: the level a change arrives at is its current too.
        let current = lastBefore(figs, i, (x) => isCurrent(x) && x.dimension === 'money' && !isGap(block.text, x) && !budgetAfterRatio(block.text, figs, x));
        // 完成年初预算的95%: a completion ratio (relations/compare.ts). Only a 完成 after the current figure
        // says so: 房产税完成12,850万元，是上年同期的1.6倍 is a ratio to last year.
        // 收入完成42.18亿元，为上年40.26亿元的106.2%: a ratio naming last year after the figure is to last year,
        // whatever verb the figure was stated with.
        const toLastYear = !!current && LAST_YEAR_RATIO.test(block.text.slice(current.end, g.start));
        if (g.role === 'ratio' && !toLastYear && /完成/.test(block.text.slice(Math.max(0, current && g.dimension === 'multiple' ? current.end : 0, g.start - 24), g.start))) return;
        // 2026年预算数为C，2025年执行数为P，较2025年执行数增长R%: the last amount is the base itself.
        const named = current && namedPrior(block.text, figs.slice(Math.max(0, i - LOOK_BACK), i), g, baseOf(block.text.slice(current.end, g.start)));
        if (named && named === current) current = lastBefore(figs, i, (x) => x.role === 'amount' && x.dimension === 'money' && x.end <= named.start);
        // 为上年决算数1,402.30万元的93.8%: the base stated inside the ratio is the ratio's own.
        let prior = lastBefore(
          figs,
          i,
          (x) => x.role === 'prior' && x.dimension === 'money' && (!RATIO_AFTER.test(block.text.slice(x.end, x.end + 3)) || (g.role === 'ratio' && x === figs[i - 1])),
        );
        // 非税收入增长了10.2%，达到7.33亿元: a rate that opens its sentence, the level it reached right after it.
        let reachedAfter = false;
        if (g.role === 'rate' && !current && !g.approximate) {
          const next = figs[i + 1];
          if (next && isCurrent(next) && next.dimension === 'money' && REACHED.test(block.text.slice(g.end, next.start)) && subjectBefore(block.text, g.start, s.start)) {
            current = next;
            reachedAfter = true;
          }
        }
        // 支出46,820.36万元，比上年增长6.4%，…，门急诊42.68万人次，比上年增长4.1%: a rate is of the nearest level it follows. A
        // count or quantity stated after the money level, with no sentence break before the rate, is what the rate measures:
        // read as that quantity's change, or not at all (it is no rate of the money).
        const nearer = current && !reachedAfter ? lastBefore(figs, i, (x) => x.start > current!.end && x.role === 'amount' && (x.dimension === 'count' || x.dimension === 'other')) : undefined;
        if (nearer && !CLAUSE_BREAK.test(block.text.slice(nearer.end, g.start))) current = undefined;
        // 门急诊128.64万人次，比上年的120.49万人次增长6.2%: a count or a quantity with last year's stated in the same unit.
        if (!current && g.role === 'rate' && !g.approximate) {
          const counted = quantityChange(block.text, figs, i) ?? quantityChangeRateFirst(block.text, figs, i);
          if (counted) {
            claims.push({ kind: 'change', subject: subjectBefore(block.text, counted.current.start, s.start), current: counted.current, base: counted.base, prior: counted.prior, rate: g, rateWord: wordBefore(ctx, s, g)?.word });
            taken.add(g.id);
            return;
          }
        }
        if (!current || current.approximate || g.approximate) return;
        if (reachedAfter) {
          claims.push({ kind: 'change', subject: subjectBefore(block.text, g.start, s.start), current, base: baseOf(block.text.slice(s.start, g.start)), rate: g, rateWord: wordBefore(ctx, s, g)?.word });
          taken.add(g.id);
          return;
        }
        if (CLAUSE_BREAK.test(block.text.slice(current.end, g.start))) return;
        // 付息支出28,460万元，其中一般债务利息11,240万元、专项债务利息17,220万元，比上年的26,180万元增长7.4%: after a 其中
        // list the level compared with the prior stated after it is the whole's or the last part's; the one nearer the prior.
        if (prior && !prior.approximate && prior.start > current.end) {
          const head = wholeBeforeOfWhich(ofWhich, s, current);
          const off = (x: DocFigure) => baseValue(x).div(baseValue(prior!)).minus(1).abs();
          if (head && !baseValue(prior).isZero() && off(head).lt(off(current))) current = head;
        }
        // 比上年执行数下降4.0%，比上年年初预算增长1.9%: a rate after another rate of the same figure names its own base;
        // so does one after another change's amount (比年初预算超收2.82亿元，较上年的61.10亿元增长6.1%).
        const between = lastBefore(figs, i, (x) => x.start > current.end && (x.dimension === 'percent' || x.role === 'delta'));
        const ownClause = between ? block.text.slice(between.end, g.start) : '';
        const ownComparison = !!between && COMPARISON_WORD.test(ownClause);
        const base = named ? baseOf(block.text.slice(named.end, g.start)) : ownComparison ? baseOf(ownClause) : baseOf(block.text.slice(current.end, g.start));
        // …比2024年决算数118.36亿元增长3.7%，调整后的收入预算比年初预算下降3.0%: the figure the rate before compared with is
        // that rate's base, not this one's.
        if (ownComparison && prior && prior.start < between!.end) prior = undefined;
        // 2023年为23.26亿元，2024年为24.68亿元，…，为预算的102.3%: a ratio that names a budget as its base is a
        // completion of that budget (stated right after it, or nowhere), whatever levels of other years stand before.
        const ownBase = g.role === 'ratio' && !named ? ratioBaseCapture(block.text.slice(Math.max(0, g.start - 16), g.start)) : undefined;
        if (ownBase !== undefined && BUDGET_BASE_NAME.test(baseKey(ownBase))) {
          const stated = priorAfter(block.text, figs, g, current, ownBase);
          claims.push({ kind: 'change', subject: subjectBefore(block.text, current.start), current, base, ...(stated ? { prior: stated } : {}), ratio: g });
          taken.add(g.id);
          if (stated) taken.add(stated.id);
          return;
        }
        // 为年初预算的80.2%，比年初预算结余15.82万元: a ratio and a gap to one base, of one figure, are one claim.
        const gap =
          g.role === 'ratio' && !named
            ? gapsByCurrent.get(current.id)?.find((c) => !c.ratio && c.delta!.start > g.end && baseKey(c.base) === baseKey(ratioBaseCapture(block.text.slice(Math.max(0, g.start - 16), g.start)) ?? ''))
            : undefined;
        if (gap && !CLAUSE_BREAK.test(block.text.slice(g.end, gap.delta!.start))) {
          gap.ratio = g;
          taken.add(g.id);
          return;
        }
        // 交通运输支出调增7,400万元，调整后为40,200万元，比年初预算增长18.4%: the change's amount stated before the level it
        // arrived at is this rate's, against the level before the change (the rate is of 7,400 on 32,800). Only a rate
        // against the opening budget: 调整为55.80亿元，比上年执行数下降8.2% compares with another year.
        // 年初预算1,286,400万元，调增38,600万元，调整后为1,325,000万元，调增幅度为3.6%: a rate the clause names as the
        // adjustment's own (调增幅度, 调减幅度, 调整幅度), no base named, is of the adjustment against the level before it.
        const ownAdjustment = !named && ADJUSTMENT_RATE.test(block.text.slice(current.end, g.start)) && !COMPARISON_WORD.test(block.text.slice(current.end, g.start));
        if (!prior && !named && g.role === 'rate' && (OPENING_BUDGET_NAME.test(baseKey(base)) || ownAdjustment)) {
          const k = firstFrom(figs, current.start) - 1;
          const d = k >= 0 ? figs[k] : undefined;
          if (d && d.role === 'delta' && d.dimension === current.dimension && !d.approximate && d.start >= s.start && ARRIVED_AT.test(block.text.slice(d.end, current.start)) && !CLAUSE_BREAK.test(block.text.slice(current.end, g.start).replace(/^[\s\u3000]*[，,]/, ''))) {
            const found = wordBefore(ctx, s, d);
            // 调增 | 追减 | 核减 | 压减: the verb's first character is no part of the subject.
            const at = found && ADJUST_VERB_HEAD.test(block.text[found.start - 1] ?? '') ? found.start - 1 : found?.start;
            // (An adjustment's own rate follows an adjustment's own amount: 调增38,600万元, not 增加.)
            if (found && at !== undefined && (!ownAdjustment || OPENING_BUDGET_NAME.test(baseKey(base)) || ADJUSTMENT_RATE.test(block.text.slice(at, d.start)))) {
              // 支出年初预算1,286,400万元，调增…: the subject named before the budget the adjustment starts from.
              const opening = k >= 1 ? figs[k - 1] : undefined;
              const startsFrom = opening && opening.start >= s.start && OPENING_BUDGET.test(block.text.slice(Math.max(s.start, opening.start - 8), opening.start)) && OPENING_STEP.test(block.text.slice(opening.end, at));
              const subject = startsFrom ? subjectBefore(block.text, opening.start).replace(/年初(?:预算)?(?:数)?(?:为|是)?$/, '') : subjectBefore(block.text, at, s.start);
              claims.push({ kind: 'change', subject, current, base: OPENING_BUDGET_NAME.test(baseKey(base)) ? base : '年初预算', delta: d, deltaWord: found.word, rate: g, rateWord: wordBefore(ctx, s, g)?.word });
              taken.add(g.id);
              return;
            }
          }
        }
        const from = prior && !prior.approximate && arrivesFrom(block.text, prior, current);
        // 上年…为3,410.72万元，今年为3,582.16万元，增长2.3%: last year's level stated first, in a clause of its own.
        const first = !(prior && !prior.approximate && (prior.start > current.start || from)) && !named ? yearBefore(block.text, figs, i, current, s.start) : undefined;
        if (first) {
          claims.push({ kind: 'change', subject: first.subject, current, base: first.base, prior: first.prior, ...(g.role === 'rate' ? { rate: g, rateWord: wordBefore(ctx, s, g)?.word } : { ratio: g }) });
          taken.add(g.id);
          return;
        }
        claims.push({
          kind: 'change',
          // 基本支出由上年的…增加到…: the subject stands before where the change starts from.
          subject: from ? subjectBefore(block.text, prior!.start).replace(FROM_TAIL, '') : subjectBefore(block.text, current.start),
          current,
          base: (from && FROM_STAGE.exec(block.text.slice(Math.max(s.start, prior!.start - 10), prior!.start).replace(/[\s\u3000]/g, ''))?.[1]) || base,
          prior:
            prior && !prior.approximate && (prior.start > current.start || from)
              ? prior
              : named && named !== current
                ? named
                : undefined,
          ...(g.role === 'rate' ? { rate: g, rateWord: wordBefore(ctx, s, g)?.word } : { ratio: g }),
        });
        taken.add(g.id);
      });
      // 收入9.82亿元，同比下降了12.6%，比上年多收1.41亿元: a rate and an amount of change of one level against one
      // base, in clauses side by side, are one change (read as two, neither could contradict the other).
      // The rate-only claims of this sentence by their level: looked up, not searched for, per change (a paragraph of
      // thousands of changes stays linear).
      const rateOnly = new Map<number, ChangeClaim[]>();
      for (let k = firstClaim; k < claims.length; k++) {
        const o = claims[k];
        if (o.current && !o.prior && !o.delta && !o.ratio && o.rate) (rateOnly.get(o.current.id) ?? rateOnly.set(o.current.id, []).get(o.current.id)!).push(o);
      }
      const merged = new Set<ChangeClaim>();
      for (let k = firstClaim; k < claims.length; k++) {
        const a = claims[k];
        if (!a.current || a.prior || !a.delta || a.rate || a.ratio || merged.has(a)) continue;
        const b = rateOnly.get(a.current.id)?.find((o) => !merged.has(o) && sameYearBase(a.base, o.base) && adjacentClauses(block.text, figs, a.delta!, o.rate!, a.current!));
        if (!b) continue;
        a.rate = b.rate;
        if (!a.subject) a.subject = b.subject;
        if (b.rateWord) a.rateWord = b.rateWord;
        merged.add(b);
      }
      if (merged.size) {
        let w = firstClaim;
        for (let k = firstClaim; k < claims.length; k++) if (!merged.has(claims[k])) claims[w++] = claims[k];
        claims.length = w;
      }
      // 机关运行经费1,826.40万元，比上年增长3.1%，上年为1,902.50万元: the prior stated after the change.
      const levels = new Set<number>();
      for (let k = firstClaim; k < claims.length; k++) if (claims[k].current) levels.add(claims[k].current!.id);
      for (let k = firstClaim; k < claims.length; k++) {
        const c = claims[k];
        if (!c.current || c.prior) continue;
        const said = [c.delta, c.rate, c.ratio].filter((x): x is DocFigure => x !== undefined && x.start > c.current!.end);
        if (!said.length) continue;
        const last = said.reduce((a, b) => (b.end > a.end ? b : a));
        const stated = priorAfter(block.text, figs, last, c.current, c.base);
        if (stated && !taken.has(stated.id) && !levels.has(stated.id)) {
          c.prior = stated;
          taken.add(stated.id);
        }
      }
      // 比上年的13.02亿元有所上升: both values stated, the direction in words only.
      figs.forEach((p, i) => {
        if (p.role !== 'prior' || p.approximate || claims.some((c) => c.prior?.id === p.id)) return;
        // 比上年（586.20万元）有所下降: last year's figure in brackets right after the comparison; the direction follows
        // the bracket's close.
        let after = BRACKET_OPENED_BEFORE.test(block.text.slice(Math.max(s.start, p.start - 3), p.start)) ? (BRACKET_CLOSE_AFTER.exec(block.text.slice(p.end, p.end + 3))?.[0].length ?? -1) : 0;
        if (after < 0) return;
        // 与上年执行数28,460万元相比有所上升 / 与上年（26.90万元）相比，有所减少: the comparison closed by 相比 before its
        // direction.
        after += COMPARISON_CLOSED.exec(block.text.slice(p.end + after, p.end + after + 8))?.[0].length ?? 0;
        // 在上年52,680万元的基础上实现增收: the base phrase closed, the move may be said by 增收/减收 with no amount.
        const onBase = ON_BASE_CLOSED.exec(block.text.slice(p.end + after, p.end + after + 10));
        if (onBase) after += onBase[0].length;
        const said = block.text.slice(p.end + after, Math.min(s.end, p.end + after + 8));
        const m = (onBase && ON_BASE_MOVE.exec(said)) || DIRECTION_ONLY.exec(said);
        if (!m) return;
        const current = figs.slice(0, i).reverse().find((x) => isCurrent(x) && x.dimension === p.dimension && !taken.has(x.id));
        if (!current || current.approximate || CLAUSE_BREAK.test(block.text.slice(current.end, p.start))) return;
        const at = p.end + after + m.index + m[0].length - m[1].length;
        claims.push({
          kind: 'change',
          subject: subjectBefore(block.text, current.start),
          current,
          base: baseOf(block.text.slice(current.end, p.start).replace(BRACKET_OPENED_BEFORE, '')),
          prior: p,
          deltaWord: ctx.word(block, at, at + m[1].length),
        });
      });
      // 合格率99.6%，较上年（99.8%）有所提高 / 较上年的99.8%有所下降: two rates, last year's named right after this
      // year's, the direction in words only. Only a rate joined to the one before it by the comparison alone.
      // (The levels and priors the sentence's claims already state are looked up, not searched for, per pair.)
      let inClaims: { priors: Set<number>; currents: Set<number> } | undefined;
      figs.forEach((p, i) => {
        const c = figs[i - 1];
        // 优等级项目占比41.7%，较上年（45.5%）有所上升: this year's rate may be a share (占比), last year's the same measure.
        if (!c || p.dimension !== 'percent' || c.dimension !== 'percent' || p.role !== 'amount' || (c.role !== 'amount' && c.role !== 'share') || p.approximate || c.approximate || taken.has(p.id) || taken.has(c.id)) return;
        const joined = RATE_THEN_LAST_YEAR_LEVEL.exec(block.text.slice(c.end, p.start));
        if (!joined) return;
        let after = p.end;
        if (joined[2]) {
          const close = /^[\s\u3000]*[）)]/.exec(block.text.slice(p.end, p.end + 4));
          if (!close) return;
          after += close[0].length;
        }
        const m = DIRECTION_ONLY.exec(block.text.slice(after, Math.min(s.end, after + 8)));
        // 提高0.2个百分点: a change with its figure is the points reading's.
        if (!m || /^[\s\u3000]*了?[\s\u3000]*[-−0-9０-９]/.test(block.text.slice(after + m.index + m[0].length, after + m.index + m[0].length + 4))) return;
        inClaims ??= statedOf(claims, firstClaim);
        if (inClaims.priors.has(p.id) || inClaims.currents.has(c.id)) return;
        const at = after + m.index + m[0].length - m[1].length;
        taken.add(p.id);
        taken.add(c.id);
        inClaims.priors.add(p.id);
        inClaims.currents.add(c.id);
        claims.push({ kind: 'change', subject: subjectBefore(block.text, c.start), current: c, base: joined[1] === '同期' ? '上年同期' : joined[1] ? '上年末' : '上年', prior: p, deltaWord: ctx.word(block, at, at + m[1].length) });
      });
      // 非税收入15,778万元，比上年同期有所下降: a direction with no figure at all; the prior may be stated elsewhere
      // (a table row of the same subject and value), so the claim is kept with its word.
      const stated = new Set<number>();
      for (let k = firstClaim; k < claims.length; k++) if (claims[k].current) stated.add(claims[k].current!.id);
      COMPARISON.lastIndex = 0;
      for (let m = COMPARISON.exec(s.text); m; m = COMPARISON.exec(s.text)) {
        const at = s.start + m.index;
        const w = wordsOnlyAfter(block.text, at, s.end);
        if (!w) continue;
        const upTo = firstFrom(figs, at);
        const both = priorClauseBefore(block.text, figs, upTo, at);
        // 比上年有所增加: the degree word (有所, 略有) before the direction is no part of the base's name.
        const named = both && baseOf(block.text.slice(both.prior.end, w.at).replace(DEGREE_BEFORE_DIRECTION, ''));
        if (both && named && !stated.has(both.current.id) && !taken.has(both.prior.id) && sameYearBase(both.base, named)) {
          stated.add(both.current.id);
          taken.add(both.prior.id);
          claims.push({
            kind: 'change',
            subject: subjectBefore(block.text, both.current.start),
            current: both.current,
            base: named,
            prior: both.prior,
            deltaWord: ctx.word(block, w.at, w.at + w.len),
          });
          continue;
        }
        const current = upTo > 0 ? figs[upTo - 1] : undefined;
        if (!current || !isCurrent(current) || current.dimension !== 'money' || current.approximate || stated.has(current.id)) continue;
        if (CLAUSE_BREAK.test(block.text.slice(current.end, at))) continue;
        stated.add(current.id);
        const base = baseOf(block.text.slice(current.end, w.at).replace(DEGREE_BEFORE_DIRECTION, ''));
        // 比上年下降（上年2,486万元） / 比上年减少，上年为78,960万元: the base's level named right after the words.
        const after = wordsPriorAfter(block.text, figs, w.at + w.len, current, base);
        // 年初预算85,000万元，调整为85,800万元，较年初预算有所减少: the level the adjustment started from, stated first.
        const opening = after ? undefined : openingBeforeAdjusted(block.text, figs, upTo - 1, s.start, base);
        const prior = after ?? opening;
        if (prior) taken.add(prior.id);
        claims.push({
          kind: 'change',
          subject: opening ? subjectBefore(block.text, opening.start).replace(OPENING_TAIL, '') : subjectBefore(block.text, current.start),
          current,
          base,
          ...(prior ? { prior } : {}),
          deltaWord: ctx.word(block, w.at, w.at + w.len),
        });
      }
      // 公务用车购置费由上年预算的240.00万元降至186.00万元: a move stated by its verb alone, from one level to the other, no
      // amount or rate of it: the verb's direction is the change's, between the two levels.
      let moved: Set<number> | undefined;
      figs.forEach((cur, i) => {
        const from = figs[i - 1];
        if (cur.role !== 'new-value' || cur.approximate || !from || from.role !== 'prior' || from.approximate || from.dimension !== cur.dimension) return;
        if (taken.has(cur.id) || taken.has(from.id) || from.start < s.start) return;
        const verb = MOVE_VERB_TO.exec(block.text.slice(from.end, cur.start));
        const named = verb && MOVED_FROM_NAMED.exec(block.text.slice(Math.max(s.start, from.start - 12), from.start));
        if (!verb || !named) return;
        if (!moved) {
          moved = new Set();
          for (let k = firstClaim; k < claims.length; k++) for (const x of [claims[k].current, claims[k].prior]) if (x) moved.add(x.id);
        }
        if (moved.has(cur.id) || moved.has(from.id)) return;
        moved.add(cur.id);
        moved.add(from.id);
        const at = from.end + verb[0].indexOf(verb[1]);
        claims.push({
          kind: 'change',
          subject: subjectBefore(block.text, from.start).replace(FROM_TO, ''),
          current: cur,
          base: named[1].replace(/[\s\u3000]/g, '') || '原来的',
          prior: from,
          deltaWord: ctx.word(block, at, at + verb[1].length),
        });
      });
      // 与上年持平: a change of zero. 基本持平 is kept in the word: it tolerates a small change.
      FLAT.lastIndex = 0;
      for (let m = FLAT.exec(s.text); m; m = FLAT.exec(s.text)) {
        // 完成年度预算的50.0%，与序时进度持平: level with the calendar, not with last year.
        if (FLAT_NOT_A_PRIOR.test(m[1])) continue;
        const at = s.start + m.index;
        const end = at + m[0].length;
        let current: DocFigure | undefined;
        let currentAt = -1;
        const upTo = firstFrom(figs, at);
        for (let k = upTo - 1; k >= 0 && k >= upTo - LOOK_BACK; k--) {
          if (figs[k].end <= at && isCurrent(figs[k])) {
            current = figs[k];
            currentAt = k;
            break;
          }
        }
        // The hedge may stand before the comparison (基本与年初预算持平): the word then runs from it, so it is read as hedged.
        const lead = FLAT_HEDGE_BEFORE.exec(s.text.slice(Math.max(0, m.index - 4), m.index));
        const hedged = m[2] !== undefined || lead !== null;
        const word = lead ? ctx.word(block, at - lead[0].length, end) : ctx.word(block, end - (m[2]?.length ?? 0) - 2, end);
        // 其中A0万元、B18.40万元、C10.20万元，与上年预算持平（上年28.60万元）: a 持平 said after a list of items is about
        // the list's whole (or it is not known which): the last item's level is no current of it.
        const ofList = current !== undefined && lastOfList(block.text, figs, currentAt, s.start);
        // …总额增加6,644.60万元，政府性基金预算拨款与上年持平: a 持平 whose own clause names a subject is said of that subject,
        // not of the figure or change of another clause before it.
        const prev = upTo > 0 ? figs[upTo - 1] : undefined;
        const own = flatSubject(block.text, at - (lead ? lead[0].length : 0), prev && prev.end > s.start ? prev.end : s.start);
        if (own && current && !sameSubject(own, subjectBefore(block.text, current.start))) current = undefined;
        // A change stated right after 持平 belongs to it, up to the next amount or 其中 list.
        let delta: DocFigure | undefined;
        let tested = end;
        for (let k = firstFrom(figs, end); k < figs.length; k++) {
          const x = figs[k];
          // Tested piece by piece as the search moves on (a 其中 may span two pieces).
          const between = block.text.slice(Math.max(end, tested - 1), x.start);
          tested = x.start;
          if (CLAUSE_BREAK.test(between) || /其中/.test(between) || isCurrent(x)) break;
          if (x.role === 'delta' || x.role === 'rate') {
            // 因公出国（境）费与上年持平，公务用车运行维护费减少4.20万元: a clause that names an item of its own states that item's change.
            if (!subjectBefore(block.text, x.start, end)) delta = x;
            break;
          }
        }
        // 较上年减少1.70万元，与上年持平: a change stated just before 持平, against the same base, belongs to it too.
        // (基本持平 allows a change: nothing to tie.)
        if (!delta && current && !hedged) {
          const k = firstFrom(figs, at) - 1;
          const x = k >= 0 ? figs[k] : undefined;
          if (x && (x.role === 'delta' || x.role === 'rate') && x.start > current.end && !x.approximate && !CLAUSE_BREAK.test(block.text.slice(x.end, at)) && (!own || sameSubject(own, subjectBefore(block.text, x.start) || subjectBefore(block.text, current.start)))) {
            if (sameBase(baseKey(baseOf(block.text.slice(current.end, x.start))), baseKey(baseOf(m[0])))) delta = x;
          }
        }
        // 与上年持平（上年为9,640万元）/ 与上年持平，上年为…: last year's figure named right after 持平 is its prior.
        // 与2025年预算（13.20万元）持平: the base's own figure, in brackets inside the clause, is its prior.
        const inside = !delta && current && !hedged && !ofList ? bracketedBase(block.text, figs, at, end, current) : undefined;
        const open = !delta && current && !hedged && !ofList;
        const named = inside
          ? { prior: inside, base: baseOf(m[0].replace(/[（(][^（）()]*[）)]/, '')) }
          : open && current
            ? (priorAfterFlat(block.text, figs, end, current, baseOf(m[0])) ?? priorBeforeFlat(block.text, figs, currentAt, at, baseOf(m[0])))
            : undefined;
        claims.push({
          kind: 'change',
          subject: own || (current ? subjectBefore(block.text, current.start) : ''),
          current: current && !current.approximate && !ofList ? current : undefined,
          base: named?.base ?? baseOf(m[0]),
          ...(named ? { prior: named.prior } : {}),
          flat: word,
          ...(delta
            ? delta.role === 'rate'
              ? { rate: delta, rateWord: wordBefore(ctx, s, delta)?.word }
              : { delta, deltaWord: wordBefore(ctx, s, delta)?.word }
            : {}),
        });
      }
    }
  }
  return claims;
}

// Words a 持平's clause may open with that name no subject: 基本, 总体, 均, 也, 则, 仍…; nor does a measure that restates
// the figure before it (决算数与预算数持平, 本年数与上年持平, 两者持平).
const FLAT_NO_SUBJECT = /^(?:基本上?|总体上?|整体上?|大体|总的来看|均|也|则|都|全部|仍然?|继续|保持|但|而|同时|其余|其他|两者|二者|两项|该项|此项|上述|以上|各项|(?:本年|今年|当年|全年|年度|实际)?(?:决算|预算|执行|支出|收入|完成)?数(?:据|额)?)*$/;

/** The subject a 持平's own clause names before its comparison (政府性基金预算拨款与上年持平), or '' when it names none. */
function flatSubject(text: string, at: number, from: number): string {
  const own = subjectBefore(text, at, from);
  return own.length >= 2 && !FLAT_NO_SUBJECT.test(own) ? own : '';
}

/** One subject written twice, whole or in part (公务接待费预算 … 公务接待费, 一般公共预算财政拨款支出 … 财政拨款支出). */
function sameSubject(a: string, b: string): boolean {
  return a.includes(b) || b.includes(a);
}

// The joint between two listed items' levels: 、 or 和/及/以及 (A3.00万元、B5.00万元 / A3.00万元和B5.00万元).
const LIST_JOINT = /^[\s\u3000]*(?:[、]|和|及|以及)/;
// A list opened by 其中/分别为/包括 and run on with commas (其中A3.00万元，B5.00万元，C2.00万元).
const LIST_OPENER = /其中|分别为|分别是|包括/;
const LIST_MAX_GAP = 24;

/**
 * Whether the current level is the last of a list of items' levels (the one before it joined to it by 、/和, or a
 * 其中 list of two or more bare levels, none with a change of its own): what follows is said of the list as a whole.
 */
function lastOfList(text: string, figs: readonly DocFigure[], k: number, sentenceStart: number): boolean {
  const current = figs[k];
  const before = k > 0 ? figs[k - 1] : undefined;
  if (!before || before.start < sentenceStart || before.dimension !== current.dimension || current.start - before.end > LIST_MAX_GAP) return false;
  const gap = text.slice(before.end, current.start);
  if (CLAUSE_BREAK.test(gap) || !isCurrent(before)) return false;
  if (LIST_JOINT.test(gap)) return true;
  // Commas only: a list when a 其中 opens it just before its first item (bounded: a few items back).
  for (let j = k - 1; j >= 0 && j >= k - 8; j--) {
    const item = figs[j + 1];
    const x = figs[j];
    const from = Math.max(x.end, sentenceStart);
    if (item.start - from > LIST_MAX_GAP) return false;
    const between = text.slice(from, item.start);
    if (CLAUSE_BREAK.test(between)) return false;
    if (LIST_OPENER.test(between)) return j + 1 < k;
    if (x.start < sentenceStart || !isCurrent(x) || x.dimension !== current.dimension) return false;
  }
  return false;
}

/** The one figure in brackets inside a 与…持平 clause (与2025年预算（13.20万元）持平), of the current's kind. */
function bracketedBase(text: string, figs: readonly DocFigure[], at: number, end: number, current: DocFigure): DocFigure | undefined {
  // (From an index, only as far as the clause goes: a copy of the rest of the sentence for each 持平 grew with its square.)
  const inClause: DocFigure[] = [];
  for (let k = firstFrom(figs, at); k < figs.length && figs[k].start < end && inClause.length < 2; k++) if (figs[k].end <= end) inClause.push(figs[k]);
  if (inClause.length !== 1) return undefined;
  const f = inClause[0];
  if (f.approximate || f.dimension !== current.dimension || f.unit !== current.unit) return undefined;
  return /[（(][^（）()]*$/.test(text.slice(at, f.start)) ? f : undefined;
}

/** The figure named as the flat change's base right after 持平 (（上年为9,640万元）), when it is of the same kind of base. */
function priorAfterFlat(text: string, figs: readonly DocFigure[], end: number, current: DocFigure, flatBase: string): { prior: DocFigure; base: string } | undefined {
  const x = figs[firstFrom(figs, end)];
  // Right after 持平 or not at all: a figure far on is no note of it (and a slice to it, for each 持平, would grow).
  if (!x || x.approximate || x.dimension !== current.dimension || x.start - end > 24) return undefined;
  const m = PRIOR_NAMED_AFTER.exec(text.slice(end, x.start));
  if (!m) return undefined;
  // 与上年持平（上年…）, 同比持平（上年同期…）; a budget only after a 持平 with a budget.
  const budget = (b: string) => /预算|计划/.test(b);
  if (budget(m[1]) === budget(flatBase)) return { prior: x, base: m[1] };
  // 与上年预算持平（上年12.60万元）: the bare year repeats the base the 持平 named with its measure.
  const flatKey = baseKey(flatBase);
  return sameBase(flatKey, baseKey(m[1])) && flatKey !== baseKey(m[1]) ? { prior: x, base: flatBase } : undefined;
}

// 4,260万元，上年4,380万元，与上年持平: last year's level in a clause of its own between the current and the 持平, the
// 持平's clause opening right after it.
const FLAT_RIGHT_AFTER_PRIOR = /^[\s\u3000]*[，,][\s\u3000]*$/;

/** The figure named as the flat change's base in a clause between its current and the 持平 (，上年4,380万元，与上年持平). */
function priorBeforeFlat(text: string, figs: readonly DocFigure[], currentAt: number, at: number, flatBase: string): { prior: DocFigure; base: string } | undefined {
  const current = figs[currentAt];
  const x = figs[currentAt + 1];
  if (!current || !x || x.end > at || x.approximate || x.dimension !== current.dimension) return undefined;
  const m = PRIOR_NAMED_AFTER.exec(text.slice(current.end, x.start));
  if (!m || !FLAT_RIGHT_AFTER_PRIOR.test(text.slice(x.end, at))) return undefined;
  // The clause's year and the 持平's must name one base (上年 and 上年; 上年 and 上年预算 only when the 持平 says which).
  const budget = (b: string) => /预算|计划/.test(b);
  if (budget(m[1]) !== budget(flatBase) || !sameBase(baseKey(flatBase), baseKey(m[1]))) return undefined;
  return { prior: x, base: m[1] };
}

// ，比上年的 / ，较上年同期的: last year's level named right after the current one, in the change's own clause.
// (The unit's last character the figure reader left, 次 of 万人次, stands after both levels alike.)
const QUANTITY_BASE = /^([次])?[\s\u3000]*[，,]?[\s\u3000]*(?:比|较)[\s\u3000]*((?:上年|去年)(?:同期)?)的?[\s\u3000]*$/;
const QUANTITY_VERB = /^([次])?[\s\u3000]*(?:增长|增加|下降|减少|提高|降低|上升)了?[\s\u3000]*$/;

/**
 * A rate between two levels that are no money, stated in one unit: 128.64万人次，比上年的120.49万人次增长6.2%. Only the
 * shape with both levels written right before the rate, nothing between them but the base's name and the verb.
 */
function quantityChange(text: string, figs: readonly DocFigure[], i: number): { current: DocFigure; prior: DocFigure; base: string } | undefined {
  const [current, prior] = [figs[i - 2], figs[i - 1]];
  if (!current || !prior || current.dimension === 'money' || current.dimension === 'percent' || current.approximate || prior.approximate) return undefined;
  if (current.dimension !== prior.dimension || current.unit !== prior.unit || current.role !== 'amount') return undefined;
  const base = QUANTITY_BASE.exec(text.slice(current.end, prior.start));
  const verb = base && QUANTITY_VERB.exec(text.slice(prior.end, figs[i].start));
  return base && verb && base[1] === verb[1] ? { current, prior, base: base[2] } : undefined;
}

/** The priors and the levels the claims from `first` on state, by figure. */
function statedOf(claims: readonly ChangeClaim[], first: number): { priors: Set<number>; currents: Set<number> } {
  const priors = new Set<number>();
  const currents = new Set<number>();
  for (let k = first; k < claims.length; k++) {
    if (claims[k].prior) priors.add(claims[k].prior!.id);
    if (claims[k].current) currents.add(claims[k].current!.id);
  }
  return { priors, currents };
}

// ，较上年 / ，比去年同期的: last year's level right after an amount, in a clause of its own.
const LAST_YEAR_LEVEL_AFTER = /^[\s\u3000]*[，,][\s\u3000]*(?:比|较)[\s\u3000]*((?:上年|去年)(?:同期)?)的?[\s\u3000]*$/;
const RATE_VERB_RIGHT_AFTER = /^[\s\u3000]*(?:增长|增加|下降|减少|提高|降低|上升)了?[\s\u3000]*$/;

/**
 * An amount a change word names (增收, 节约) that is itself compared with last year's amount and a rate: 户均增收2,860元，
 * 较上年2,480元增长13.3%. Only when nothing in its clause before the word compares (比上年增收… is a change), and
 * last year's figure and the rate follow right after, in the amount's unit.
 */
function changeWordLevel(text: string, figs: readonly DocFigure[], i: number, wordAt: number): { prior: DocFigure; rate: DocFigure; base: string } | undefined {
  const [f, prior, rate] = [figs[i], figs[i + 1], figs[i + 2]];
  if (!prior || !rate || prior.approximate || rate.approximate || prior.role !== 'prior' || rate.role !== 'rate') return undefined;
  if (prior.dimension !== f.dimension || prior.unit !== f.unit) return undefined;
  // (A thousands comma is no clause mark: 比年初预算4,080万元增收206万元 compares.)
  if (COMPARED_IN_CLAUSE.test(clauseBefore(text, wordAt, Math.max(0, wordAt - 32)))) return undefined;
  const base = LAST_YEAR_LEVEL_AFTER.exec(text.slice(f.end, prior.start));
  return base && RATE_VERB_RIGHT_AFTER.test(text.slice(prior.end, rate.start)) ? { prior, rate, base: base[1] } : undefined;
}

// 6.84万人次，同比增长5.9%（上年6.52万人次）: the comparison and its rate first, last year's level in brackets after.
const QUANTITY_RATE_FIRST = /^([次])?[\s\u3000]*[，,]?[\s\u3000]*(?:同比|(?:比|较)(?:上年|去年)(?:同期)?)[\s\u3000]*(?:增长|增加|下降|减少|提高|降低|上升)了?[\s\u3000]*$/;
const QUANTITY_PRIOR_BRACKETED = /^[\s\u3000]*[（(][\s\u3000]*((?:上年|去年)(?:同期)?)(?:为|是)?[\s\u3000]*$/;
const QUANTITY_BRACKET_CLOSE = /^([次])?[\s\u3000]*[）)]/;

/** quantityChange's shape with last year's level in brackets after the rate; the unit's tail the same after both levels. */
function quantityChangeRateFirst(text: string, figs: readonly DocFigure[], i: number): { current: DocFigure; prior: DocFigure; base: string } | undefined {
  const [current, prior] = [figs[i - 1], figs[i + 1]];
  if (!current || !prior || current.dimension === 'money' || current.dimension === 'percent' || current.approximate || prior.approximate) return undefined;
  if (current.dimension !== prior.dimension || current.unit !== prior.unit || current.role !== 'amount') return undefined;
  const verb = QUANTITY_RATE_FIRST.exec(text.slice(current.end, figs[i].start));
  const base = verb && QUANTITY_PRIOR_BRACKETED.exec(text.slice(figs[i].end, prior.start));
  const close = base && QUANTITY_BRACKET_CLOSE.exec(text.slice(prior.end, prior.end + 4));
  return verb && base && close && verb[1] === close[1] ? { current, prior, base: /同比/.test(text.slice(current.end, figs[i].start)) ? '上年同期' : base[1] } : undefined;
}

/** Where ； or ; stands in text[from, to), in order. */
function semicolonsIn(text: string, from: number, to: number): number[] {
  const out: number[] = [];
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xff1b || c === 0x3b) out.push(i);
  }
  return out;
}

