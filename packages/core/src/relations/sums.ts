import { columnHeads, headRows, stackHeads } from '../reading/column-heads.ts';
import type { Block } from '../document/types.ts';
import { isTitleLine, readMarker, type Marker } from '../document/markers.ts';
import { COUNTED_KINDS, DEBT_VOCABULARY, PRIOR_PERIOD_NOTE, FUND_NAME_END, closedByNamedKinds, closedByOthers, completedByNone, countsSameThings, columnSplit, COLUMN_SPLITS, namesNestedKinds, partitionRun, sameCounter, splitsKnownOf } from '../domain/tables.ts';
import { ADJUST_ADDS, ADJUST_OPENING, ADJUST_RESULT, ADJUST_STEP, ADJUST_TABLE_HEADS, BALANCE_TABLE_HEADS, BUDGET_STAGE_AT_END, CARRY_CLOSING, CARRY_INCOME, CARRY_OPENING, CARRY_SPENDING, STOCK_AT_END, STOCK_AT_START, ROLL_STAGES, type RollStage, LIST_STOP, MEASURE_ONLY, NAMED_PARTS_OPENER, CLASSIFIED_LIST_OPEN, WHOLE_OF_CLASSES, NON_ADDITIVE, TOTAL_WORDS, DELTA_VERB_ALT, gapAmountAt, MEASURE_WORD_AT_END, NAME_SCOPE_LEAD, WHOLE_LIST_CLOSE, WHOLE_LIST_OPEN, MONEY_UNIT_WRITTEN, SERIAL_HEAD, LINE_NUMBER_HEAD, BARE_SUBJECT, alternation } from '../domain/lexicon.ts';
import { normalSubject, sameSubject } from '../reading/names.ts';
import { baseValue, intervalOf } from '../reading/figures/interval-of.ts';
import { add, meets, point, sub, sum, type Interval } from '../interval.ts';
import { Decimal } from 'decimal.js';
import { asciiDigits } from '../document/digits.ts';
import type { ExtractContext, Sentence } from '../reading/context.ts';
import type { Component, DocFigure, SumClaim, TableNeighbour } from './types.ts';
import { clauseBefore, clauseStartBefore, cleanLabel, labelBefore, runInTitle, stripTail, subjectBefore, unspaced } from '../reading/labels.ts';
import { aboveCounted, aboveTotal, membersAfter, totalThenColon } from './sum-lists.ts';
import { CODE_PART, classCode, codeTableRows } from './code-table-rows.ts';
import { firstFrom, lastStartingBy } from './first-from.ts';
import { blank as spacesOnly } from '../reading/text-end.ts';

// Income, then in the next clause its spending, then the year's balance (收支结余, 结余): one subject's.
// 收入预算X，支出预算Y，当年收支结余Z: a budget's balance is its income less its spending too.
const INCOME_LABEL = /收入(?:合计|总计|(?:决算|预算)数?|完成)?(?:为|是|达|完成)?$/;
const SPENDING_CLAUSE = /^[\s\u3000]*[，,；;][\s\u3000]*(?:基金|当年|本年)?支出(?:合计|总计|(?:决算|预算)数?)?(?:为|是|达|完成)?[\s\u3000]*$/;
// …，社会保险基金支出Y: the spending clause may name its fund again; only the income's own fund is the same subject.
const NAMED_SPENDING_CLAUSE = /^[\s\u3000]*[，,；;][\s\u3000]*([\u4e00-\u9fa5]{2,20}?)支出(?:合计|总计|(?:决算|预算)数?)?(?:为|是|达|完成)?[\s\u3000]*$/;
// An indicator table's weight and score columns (weightedIndicators), and the rows such a table may have.
const WEIGHT_HEAD = /^(?:指标)?(?:分值|权重|标准分|满分)(?:[（(]分[）)])?$/;
const SCORE_HEAD = /^(?:自评|评价|考核)?(?:得分|评分)(?:[（(]分[）)])?$/;
const WEIGHTED_ROWS = 200;
// Money made available (安排, 下达, 拨付, 到位, 筹集 …资金), then what of it was spent, then what is left (spentAndLeft).
const MADE_AVAILABLE = /(?:共|累计|全年|当年|本年)?(?:安排|下达|拨付|到位|筹集|落实)(?:各级|各类)?[\u4e00-\u9fa5]{0,12}?(?:资金|经费)?(?:为|共计|合计)?[\s\u3000]*$/;
const SPENT_CLAUSE = /^[\s\u3000]*[，,；;][\s\u3000]*(?:截至[^，,；;。]{1,12}?[，,]?)?(?:累计|实际)?已?(?:支出|使用|支付)(?:资金)?(?:为|是|达)?[\s\u3000]*$/;
// 完成调整后预算 | 完成年初预算 | 为预算的: the outturn as a share of the budget the head names, its percent left to the
// table's note (单位：万元、%); no amount, whatever the note's first unit says.
const COMPLETION_HEAD = /^[\s\u3000]*(?:完成|达到|为|占)(?:年初|调整后?|全年|年度)?预算的?[\s\u3000]*$/;
/** A progress rate stated after the spending (，支出进度93.1%): the figure itself is taken out before this is read. */
const PROGRESS_CLAUSE = /^[\s\u3000]*[，,；;][\s\u3000]*(?:支出|执行|使用)(?:进度|率)(?:为|达)?[\s\u3000]*(?:[0-9０-９.．]+[%％])?/;
const LEFT_CLAUSE = /^[\s\u3000]*[，,；;][\s\u3000]*(?:结余|剩余|尚未支出|未支出)(?:资金|经费)?(?:为|是)?[\s\u3000]*$/;
const BALANCE_CLAUSE = /^[\s\u3000]*[，,；;][\s\u3000]*(?:收支相抵(?:后)?[，,]?)?(?:当年|本年|当期)?(?:收支)?结余(?:为|是|达)?[\s\u3000]*$/;
/** Whether the words between an income and the next amount open its spending: 支出, or the income's fund named again. */
function spendingOf(between: string, beforeIncome: string): boolean {
  if (SPENDING_CLAUSE.test(between)) return true;
  const named = NAMED_SPENDING_CLAUSE.exec(between);
  if (!named) return false;
  const name = named[1];
  const at = beforeIncome.lastIndexOf(name);
  return at >= 0 && INCOME_LABEL.test(beforeIncome.slice(at + name.length)) && /^收入/.test(beforeIncome.slice(at + name.length));
}

/** Whether a 其中 or 包括 opens a list before `at` in its sentence, with no ；/; closing it before `at`. */
function insideList(text: string, start: number, at: number): boolean {
  const lead = text.slice(start, at);
  const j = Math.max(lead.lastIndexOf('其中'), lead.lastIndexOf('包括'));
  return j >= 0 && !/[；;]/.test(lead.slice(j));
}

// 收入总计X，支出总计Y，（收支相抵，）结转下年Z: what the totals leave is carried to next year. Only between
// the two 总计 (a budget's 收入 alone leaves out its transfers in and out, so 收入 − 支出 is no 结转).
const TOTAL_INCOME_LABEL = /收入(?:总计|合计)(?:为|是|达)?$/;
// (收入总计X、支出总计Y: an audit report lists the two totals with 、.)
const TOTAL_SPENDING_CLAUSE = /^[\s\u3000]*[，,；;、][\s\u3000]*(?:当年|本年|全年)?支出(?:总计|合计)(?:为|是|达)?[\s\u3000]*$/;
// An amount added (加上年结转, ，再加上…) or taken away (，减去支出, 扣除…) in an arithmetic statement; what follows
// a run of them with 、和及; what is left at the end (，年终结转下年). Read without white space.
const ADD_OR_TAKE = /^(?:万元|亿元|元)?[，,]?(再?(?:加(?:上(?!年(?!初|末|底)))?|减去?)|扣除)([^，,；;。0-9]{1,14}?)(?:为|是)?$/;
const AND_MORE = /^(?:万元|亿元|元)?[、和及]([^，,；;。0-9]{1,14}?)(?:为|是)?$/;
// 本期结余, 期末结余, 本月结余 (a village's or a fund's board for a quarter or a month): what a period leaves, as 年终结余 is a year's.
const LEFT_OVER = /^(?:万元|亿元|元)?[，,](?:收支相抵(?:后)?[，,]?)?(年终结转下年|年终结转结余|年终结转|年终结余|结转下年(?:使用)?|年末(?:滚存)?结余|年末结转(?:和|及)?结余|(?:本期|期末|本月|本季度?|月末|季末)(?:累计)?结余)(?:为|是|达)?$/;
// 当年收支结余X opening a sentence; the time and the scope a fund's statement may open with (2024年全市).
const YEAR_BALANCE_OPENING = /^(?:收支相抵(?:后)?[，,]?)?(?:当年|本年)(?:收支)?结余(?:为|是|达)?$/;
const FUND_OPENING_TIME = /^(?:[0-9０-９]{4}年度?|本年度?|当年|全年)/;
const FUND_OPENING_SCOPE = /^(?:全(?:省|市|区|县|州|镇|乡)|(?:省|市|区|县|镇|乡)?本级|(?:省|市|区|县|镇|乡)级)/;
// An indicator's weight and the score it got (决策指标权重15分得14.0分, 分值20分，得分17.5分), and the total after them.
// ，已整改8个 / ，部分整改2个 / ；正在整改1个 / ，尚未整改1个: a clause naming only a stage of an action and its count.
const STATUS_REACH = 4;
const STATUS_CLAUSE = /^[^，,；;。]*[，,；;][\s\u3000]*(已|部分|正在|尚未|未|暂未|基本)([\u4e00-\u9fff]{2})(?:完成|到位|完毕)?(?:的)?(?:问题|项目)?(?:为|有|达)?[\s\u3000]*$/;
const WEIGHT_LABEL = /(?:权重|分值|满分)(?:为|是)?$/;
const GOT_SCORE = /^(?:分)?[，,]?(?:实际)?得(?:分)?(?:为|是)?$/;
const SCORE_TOTAL = /(?:总得分|综合得分|自评总分|总分|得分合计|合计得分)(?:为|是|达)?$/;
// 项目自评得分86.0分 | 总得分 | 综合得分为: the total score after its indicators' (scoresThenTotal).
const SCORED_TOTAL = /(?:(?:项目)?自评得分|总得分|综合得分|自评总分|得分合计|合计得分)(?:为|是|达)?$/;
// 预算执行率得8.5分 | 产出指标得分42.5分 | 效益指标得24.0分: an indicator's clause, its name before 得.
const SCORED_CLAUSE = /^([\u4e00-\u9fff]{2,10}?)(?:实际)?得(?:分)?(?:为|是)?$/;
// 收支相抵，年终结余X: a sentence stating only what the totals before it leave.
const NET_OF_TOTALS = /^[\s\u3000]*收支相抵(?:后)?[，,]?[\s\u3000]*(?:年终结余|年终结转结余|年终结转|结转下年(?:使用|支出)?|滚存结余)(?:为|是|达)?[\s\u3000]*$/;
const CARRY_CLAUSE = /^[\s\u3000]*[，,；;][\s\u3000]*(?:收支相抵(?:后)?[，,]?)?(?:结转下年(?:使用|支出)?|年终结转结余|年终结余|年终结转|结转结余)(?:为|是|达)?[\s\u3000]*$/;

// 其中, 包括 and 具体为 (and 主要是：) open a list of parts of the amount before them.
// 用于以下项目： and 主要用于： open a list of the amount's uses, parts of it as much (短 of it when it names only the main ones).
// …and so does 中， right after a count and what it counts: 全县26个专项债券项目中，优的19个、良的6个….
// 评价等级分别为“优”4个、“良”5个…: the grades of the projects counted before them.
// …and 中， right after an amount: 上级补助收入191,320万元中，返还性收入…、一般性转移支付收入….
const OF_WHICH = new RegExp(String.raw`其中[：:，,]?|(?:主要)?用于(?:以下|如下)(?:几个)?(?:方面|领域|项目|内容)?[：:]|主要用于[：:]|(?:具体|分项|明细|各项)(?:情况)?如下[：:]|(?:主要)?包括[：:，,]?|具体(?:为|是)[：:，,]?|主要(?:是|有|为)[：:]|(?<=等级|等次|评级|结果)分别为[：:]?|(?:按[\u4e00-\u9fff]{1,6})?分为(?:[一二两三四五六七八九十0-9０-９]{1,3}(?:类|种|项|个方面|个部分|部分|档|级))?[：:]|分别(?:为|是)[：:]|(?<=[0-9０-９一二三四五六七八九十两][个项家所][\u4e00-\u9fff]{0,12})中[，,：:]|(?<=[0-9０-９]${MONEY_UNIT_WRITTEN})中[，,：:]`, 'g');
// 按功能分类：, 分科目看：: a classifier's frame opens a list too. Matched on its own and merged with OF_WHICH's hits in text
// order (at one place, OF_WHICH's first): in one alternation with the openers above, the automaton recheck builds to
// prove the pattern safe grew past any memory (test/hostile/redos.test.ts).
const CLASSIFIED_OPEN = new RegExp(CLASSIFIED_LIST_OPEN, 'g');
const CLASSIFIED_ANYWHERE = new RegExp(CLASSIFIED_LIST_OPEN);

/**
 * The hits of OF_WHICH and of a classifier's frame in a text, in order, none inside another: each flagged by which. Each
 * pattern's next hit is kept until passed (searched again from the last hit's end only then): searching both again after
 * every hit rescanned the rest of a sentence of thousands of 其中 for a frame it never holds.
 */
function* listOpeners(text: string): Generator<{ index: number; word: string; classified: boolean }> {
  const next = (re: RegExp, from: number) => {
    re.lastIndex = from;
    return re.exec(text);
  };
  let a = next(OF_WHICH, 0);
  let b = next(CLASSIFIED_OPEN, 0);
  while (a || b) {
    const hit = a && (!b || a.index <= b.index) ? { index: a.index, word: a[0], classified: false } : { index: b!.index, word: b![0], classified: true };
    yield hit;
    const at = hit.index + Math.max(1, hit.word.length);
    if (a && a.index < at) a = next(OF_WHICH, at);
    if (b && b.index < at) b = next(CLASSIFIED_OPEN, at);
  }
}

const AMONG_COUNT = new RegExp(String.raw`[0-9０-９一二三四五六七八九十两][个项家所][\u4e00-\u9fff]{0,12}中[，,：:]|[0-9０-９]${MONEY_UNIT_WRITTEN}中[，,：:]`);
// A clause that says what money is for, not what it is made of: the list is over.
const STOP = LIST_STOP;
const PURPOSE_NOTE = /^[\s\u3000]*(?:主要)?用于/;
// 以上四项合计…, 上述3项共计…: what opens a sentence whose total counts the amounts listed before it.
const ABOVE_OPENER = /^[\s\u3000]*(?:以上|上述|上列|前述)$/;
// A clause that states last year's figure: 上年完成…, 去年同期…, 2024年…同期.
const PRIOR_CLAUSE = /^[\s\u3000]*(?:上年|去年|上年度|上年同期|同期)/;
const ANOTHER_BREAKDOWN = /^[\s\u3000]*(?!其中)[\u4e00-\u9fa5“”"]{2,12}中(?:[\s\u3000]*[，,：:]|[\s\u3000]*$)/;
const AND = /^[\s\u3000]*(?:和|及|以及|与)/;
// A bracketed note right after a figure ("（主要包括…）"), with no bracket inside it.
const NOTE = /^[\s\u3000]*[（(][^（）()]*[）)]/;
const TOTAL_ONLY = new RegExp(`^[\\s\\u3000]*(?:${alternation(TOTAL_WORDS)})(?:为|达)?[\\s\\u3000]*$`);
// 四项民生支出合计: the count of a list's parts, what they are, and the total word.
const COUNTED_TOTAL = new RegExp(`^[\\s\\u3000]*[\\u4e00-\\u9fa5“”"]{0,12}?(?:${alternation(TOTAL_WORDS)})(?:为|达)?[\\s\\u3000]*$`);
const TOTAL_WORD = new RegExp(`(?:${alternation(TOTAL_WORDS)})(?:为|达)?[\\s\\u3000]*$`);
const BRACKETED = /[（(][^（()）]*[）)]/g;
// What opens a list of outcomes of what was counted before (自评结果：, 评价结果为：, 评定等级：).
const RESULTS_LEAD = /(?:结果|等级)(?:为|是|如下)?[\s\u3000]*$/;
// A sentence that opens by adding to what was stated before it (加上…, 再加上…, 连同…), also when it opens a
// quotation, after its speaker or not (a press release quoting an official: 局长说：“加上上级补助收入…，可用财力总计…”).
const ADDS_ON = /^[\s\u3000]*(?:[^，,。；;：:“”"]{1,16}[：:][\s\u3000]*(?=[“"「『‘]))?[“"「『‘]*(?:再)?(?:加上|连同|加)/;
const CHANGE_WORD = new RegExp(`比|较|同比|持平|其中|用于|${DELTA_VERB_ALT.split('|').filter((w) => w.length > 1).join('|')}`);
// 调减预算资金共3,260万元，其中不合格项目调减1,480万元…: parts stated with the verb their total was stated with.
const SHARED_VERB = new RegExp(`((?:调|压|核|削)?(?:${DELTA_VERB_ALT}))了?[\\s\\u3000]*$`);
const LEVEL_RANK: Record<Marker['level'], number> = { part: 0, cn: 1, 'paren-cn': 2, num: 3, 'paren-num': 4, circled: 5 };
const OPEN = '（([【';
const CLOSE = '）)]】';

// Money adds across 元/万元/亿元 once scaled; counts only within one classifier (个 is not 项), or two of one kind (家, 所).
const compatible = (a: DocFigure, b: DocFigure) => a.dimension === b.dimension && (a.dimension === 'money' || sameCounter(a.unit, b.unit));
const isAmount = (f: DocFigure) => f.role === 'amount' || f.role === 'new-value';

/**
 * What a fund's income comes to: its spending and what it leaves (a year's balance, the carry-over to next year), as
 * balanceOfYear, carriedAfterTotals, totalIncomeThenCarried and netOfTotalsBefore each find them in their own wording.
 */
const netOfSpending = (subject: string, inc: DocFigure, out: DocFigure, outLabel: string, bal: DocFigure, balLabel: string): SumClaim => ({
  kind: 'sum',
  subject,
  total: inc,
  components: [
    { figure: out, label: outLabel },
    { figure: bal, label: balLabel },
  ],
  complete: true,
  shape: 'of-which',
});
const isDigit = (c: string | undefined) => !!c && /[0-9０-９]/.test(c);

/** Whether `f` follows another figure of its dimension with only 、/和/及 between them: "87.5分、92.0分和69.0分". */
function inBareRun(text: string, figures: readonly DocFigure[], f: DocFigure): boolean {
  const k = figures.indexOf(f);
  const before = k > 0 ? figures[k - 1] : undefined;
  return !!before && before.dimension === f.dimension && /^[\s\u3000]*(?:、|和|及|与|以及)[\s\u3000]*$/.test(text.slice(before.end, f.start));
}

/** Bracket depth before each character of `text` (（其中…） lists live one level down). */
type Depths = Uint8Array | Int32Array;
/** Whether `f` is the last of several amounts listed after a 其中 (or 包括) in its sentence, or of a 、 enumeration of amounts. */
function endsList(text: string, s: Sentence, f: DocFigure): boolean {
  // 主要用于：A 1,200万元、B 420万元、C 86万元等: the last item of a 、 enumeration of amounts, whatever opens it.
  const k = s.figures.indexOf(f);
  const g = k > 0 ? s.figures[k - 1] : undefined;
  if (g && g.start >= s.start && isAmount(g) && g.dimension === f.dimension && ONE_ENUMERATION_GAP.test(text.slice(g.end, f.start))) return true;
  const at = Math.max(text.lastIndexOf('其中', f.start), text.lastIndexOf('包括', f.start));
  if (at < s.start) return false;
  return s.figures.some((g) => g !== f && g.start > at && g.end <= f.start && isAmount(g) && g.dimension === f.dimension);
}

const depthCache = new WeakMap<object, Depths>();
function depths(text: string, owner?: object): Depths {
  const cached = owner && depthCache.get(owner);
  if (cached) return cached;
  const d = computeDepths(text);
  if (owner) depthCache.set(owner, d);
  return d;
}

// A score that bounds a band: 80分（含）至90分, 90分以上, 60分以下.
// (The spaces after （含） inside its group: two optional runs side by side made recheck's analysis run for minutes.)
const BAND_BOUND = /^[\s\u3000]*(?:(?:（含）|\(含\))[\s\u3000]*)?(?:至|到|[~～\-—－]|及?以上|及?以下)/;
// A figure stated as a bound: 控制在限额100.11亿元以内.
const CEILING_AFTER = /^[\s\u3000]*(?:以内|之内)/;

// By char code, from a table of the Basic Multilingual Plane (every bracket is in it): this runs
// over every character of every block, where a string per character (OPEN.includes(text[i]))
// or a Set lookup per character cost more than the rest of the loop.
const BRACKET = new Int8Array(0x10000);
for (const c of OPEN) BRACKET[c.charCodeAt(0)] = 1;
for (const c of CLOSE) BRACKET[c.charCodeAt(0)] = -1;

// A byte per character: the depths of every block with a 其中 are kept to the end of the lint
// (a quarter of the text's size as Int32s, 8 MB in a 10 MB draft); text nested deeper than a
// byte can count is read again into 32-bit depths.
function computeDepths(text: string): Depths {
  return fillDepths(text, new Uint8Array(text.length + 1)) ?? fillDepths(text, new Int32Array(text.length + 1))!;
}

function fillDepths<T extends Depths>(text: string, d: T): T | undefined {
  const max = d instanceof Uint8Array ? 255 : Infinity;
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    d[i] = depth;
    const b = BRACKET[text.charCodeAt(i)];
    if (b === 1) {
      if (++depth > max) return undefined;
    } else if (b === -1 && depth > 0) depth--;
  }
  d[text.length] = depth;
  return d;
}

interface Item {
  start: number;
  end: number;
}

/**
 * Whether a column's head names rates, shares or changes (增长%, 占比, 完成调整后预算), not amounts a row adds up: with
 * `changes` false, a change column (增减, 变动) still counts as amounts.
 */
function rateHead(head: string, changes = true): boolean {
  return (changes ? /[%％]|比|率|增减|变动|幅/ : /[%％]|比|率|幅/).test(head) || COMPLETION_HEAD.test(head);
}
// How far back from a figure its bracket's opening words are looked for: a note is short.
const PRIOR_NOTE_REACH = 24;

/** Whether the figure at `at` stands in a bracket whose words restate an earlier period (（上年1.30万笔、51.28亿元）). */
export function inPriorNote(block: Block, at: number): boolean {
  const text = block.text;
  const d = depths(text, block);
  const level = d[at];
  if (level === 0) return false;
  const stop = Math.max(0, at - PRIOR_NOTE_REACH);
  let o = at - 1;
  while (o >= stop && d[o] >= level) o--;
  return o >= stop && BRACKET[text.charCodeAt(o)] === 1 && PRIOR_PERIOD_NOTE.test(text.slice(o + 1, at));
}

/**
 * The first figure inside [start, end) that `ok` accepts. Found from an index, not by a scan of
 * the sentence's figures: a long list made that scan quadratic.
 */
function findIn(figs: readonly DocFigure[], start: number, end: number, ok: (f: DocFigure) => boolean): DocFigure | undefined {
  for (let k = firstFrom(figs, start); k < figs.length && figs[k].start < end; k++) if (figs[k].end <= end && ok(figs[k])) return figs[k];
  return undefined;
}

// How many figures back the total of a 其中 list is looked for: it stands right before the list,
// after at most a change and its rate. Unbounded, 20,000 其中 in one sentence took 35 s.
const TOTAL_LOOK_BACK = 32;

/**
 * Splits a list into items at ；，、 at the list's own bracket depth. A comma
 * between digits with three digits after it is a thousands separator
 * (1，112.2万元), not a list separator.
 */
function splitItems(text: string, start: number, end: number, depth: Depths, level: number): Item[] {
  const items: Item[] = [];
  let s = start;
  for (let i = start; i < end; i++) {
    const c = text[i];
    if (!'；;，,、'.includes(c) || depth[i] !== level) continue;
    if ((c === '，' || c === ',') && isDigit(text[i - 1]) && /^[0-9０-９]{3}(?![0-9０-９])/.test(text.slice(i + 1, i + 5))) continue;
    items.push({ start: s, end: i });
    s = i + 1;
  }
  items.push({ start: s, end });
  return items.filter((i) => i.end > i.start);
}

/** How far into its sentence a list may open for the words before it to be the whole's name (支出总计包括…). */
const OWN_WHOLE_REACH = 40;

/** A change on last year right after an amount, in its own clause (，比上年增长5.7%，, ，同比下降3.2%): a note on it. */
function noteOnAmount(text: string, amount: DocFigure, f: DocFigure): boolean {
  return (f.role === 'rate' || f.role === 'delta') && amount.role === 'amount' && CHANGE_NOTE.test(text.slice(amount.end, f.start)) && /^[，,]/.test(text.slice(f.end, f.end + 1));
}
const CHANGE_NOTE = /^[，,][\s\u3000]*(?:比|较|同比|与)[^，,。；;0-9０-９]{0,16}?(?:[0-9０-９]{4}年[^，,。；;0-9０-９]{0,10})?(?:增长|增加|下降|减少|提高|降低)$/;

/**
 * The whole a sentence names before its list opens (支出总计 of 支出总计包括…); undefined when it names none: only
 * spaces, marks or a list's own words (其中, 主要), or a word pointing back (上述资金, 以上各项, 这些项目).
 */
function ownWhole(before: string): string | undefined {
  const name = before.replace(/[\s\u3000，,：:]/g, '').replace(/(?:主要|具体|分别|总体|共|均)$/, '');
  if (!name || /^(?:其中|上述|以上|前述|这些|此|该|其|另外|此外|同时)/.test(name)) return undefined;
  return name;
}

// How many claims back a 收入总计 read with its parts is looked for when it is read again against 支出总计 and 结转.
const STATED_REACH = 32;
// How many paragraphs before a list of classes the amount they make exactly may stand.
const EXACT_WHOLE_BACK = 3;
// The time and the area a total's name opens with, and the word that says it is the total: no part of the book it names.
const BOOK_NAME_OPENING = /^(?:[0-9０-９]{4}年度?|今年|当年|本年|全年)?(?:全(?:省|市|区|县|州|旗|镇|乡)|(?:省|市|区|县|镇|乡)?本级|(?:省|市|区|县|镇|乡)级)?(?:地方)?/;
/**
 * 2026年全县一般公共预算收入总计 after a paragraph stating 全县地方一般公共预算收入预计…: the total names the book and measure
 * (four characters or more) of the amount it adds to.
 */
function namesBook(baseLabel: string, totalSubject: string): boolean {
  const core = totalSubject.replace(/[\s\u3000]/g, '').replace(BOOK_NAME_OPENING, '').replace(/(?:总计|合计|总额|共计)(?:为|是|达)?$/, '');
  // (其他国有资本经营预算收入, the last item of a list the paragraph before ends on, is no book's whole.)
  const base = stripTail(baseLabel.replace(/[\s\u3000]/g, '').replace(BOOK_NAME_OPENING, ''), BOOK_AMOUNT_TAIL, false);
  return core.length >= 4 && base === core;
}
// The measure or verb an amount's label may end with: 预计, 完成, 安排, 执行数.
const BOOK_AMOUNT_TAIL = ['预计', '完成', '安排', '实现', '累计', '执行数', '预算数', '决算数', '为', '是', '达'];

/** The measure (收入 or 支出) every label names at its end, if they all name the same one. */
function measureOfAll(labels: readonly string[]): string | undefined {
  const m = labels.map((l) => /(收入|支出)[\s\u3000]*$/.exec(l)?.[1]);
  return m.length && m.every((x) => x && x === m[0]) ? m[0] : undefined;
}
/** Whether classes set out after a frame (按功能分类：) and the amount found for them are of one measure, 收入 or 支出, a whole's. */
function sameMeasure(text: string, total: DocFigure, components: readonly Component[]): boolean {
  const measure = measureOfAll(components.map((c) => c.label));
  const label = subjectBefore(text, total.start);
  if (!measure) return sameFund(label, components);
  return label.includes(measure) && !label.includes(measure === '收入' ? '支出' : '收入') && WHOLE_OF_CLASSES.test(label);
}

// 全市共筹集就业补助资金A。从资金来源看，中央就业补助资金B，省级就业补助资金C…; 项目总投资A，按来源分，财政投资B、社会投资C:
// money that is no budget's 收入 or 支出 (a fund, an investment) split by source or use names every class by the fund's own
// name with what sets it apart before it. The name all share, ending in the money's noun, says the classes are of that amount.
/** Whether the total's label and every class's end in one name of a fund (衔接资金, 资金, 投入), so the classes are of it. */
function sameFund(label: string, components: readonly Component[]): boolean {
  const names = [label, ...components.map((c) => c.label)].map((l) => unspaced(cleanLabel(l)));
  if (names.some((n) => n.length < 3)) return false;
  let k = 0;
  const first = names[0];
  while (k < first.length && names.every((n) => n.length > k && n[n.length - 1 - k] === first[first.length - 1 - k])) k++;
  // Something must set each class apart from the whole and from the others.
  return k >= 2 && FUND_NAME_END.test(first.slice(first.length - k)) && names.every((n) => n.length > k) && new Set(names.slice(1)).size === names.length - 1;
}

/** Where the clause `at` stands in starts after a ； past `from`, searched back at most OWN_WHOLE_REACH characters; -1 if none. */
function clauseAfterSemicolon(text: string, from: number, at: number): number {
  for (let k = at - 1; k >= from && k >= at - OWN_WHOLE_REACH; k--) if (text[k] === '；' || text[k] === ';') return k + 1;
  return -1;
}

// 占一般公共预算支出的比重为, 占本年支出的: the whole a share names.
const SHARE_OF = /占([^，。；,;、0-9０-９]{2,20}?)的?(?:比重|比例|[0-9０-９])/;

// 由本级收入、上级补助收入和上年结余三部分组成, 包括A、B和C, 分为A、B两类: the items a list set out after a colon is opened
// with, named before the colon (the clause before it only).
// The opening word is found first and the names read from just after it to the colon: one pattern doing both, its run of
// names bounded (2 to 80), took the ReDoS check's automaton past 13 GB.
const OPENING_WORD = /由|包括|包含|分为|分成/g;
const OPENING_NAMES = /^([^，,。；;：:由]{2,}?)(?:[两二三四五六七八九十]?(?:个|项|类|部分|方面))?(?:组成|构成)?(?:情况)?(?:如下)?$/;
// How far before an item's amount the colon setting out its list may stand.
const SET_OUT_REACH = 200;
const OPENING_NAME_SEPARATOR = /、|(?<=.{2})(?:和|及|以及|与)(?=.{2})/;

/** The names an opening before a colon lists (the text from `from` to the colon at `colon`); empty when it lists none. */
function itemsNamedBefore(text: string, from: number, colon: number): Set<string> {
  // Trimmed first: a run of spaces in the pattern beside the names' run would be read two ways.
  const before = text.slice(Math.max(from, colon - 100), colon).trimEnd();
  let m: RegExpExecArray | null = null;
  for (const w of before.matchAll(OPENING_WORD)) if ((m = OPENING_NAMES.exec(before.slice(w.index + w[0].length)))) break;
  if (!m) return new Set();
  const names = m[1].split(OPENING_NAME_SEPARATOR).map((n) => unspaced(n).replace(/^(?:以及|和|与|及)/, ''));
  return names.length >= 2 && names.every((n) => n.length >= 2) ? new Set(names) : new Set();
}

/** Two names of one whole: the same, or one inside the other (部门收入 / 2024年部门收入预算). */
function namesSame(a: string, b: string): boolean {
  const x = normalSubject(a);
  const y = normalSubject(b);
  return !x || !y || x.includes(y) || y.includes(x) || sameSubject(a, b);
}

/** For each offset of [start, end), the next ；/; at or after it (end when none): one pass, read by every 包括 of the sentence. */
function semicolonsFrom(text: string, start: number, end: number): Int32Array {
  const out = new Int32Array(end - start + 1);
  out[end - start] = end;
  for (let i = end - 1; i >= start; i--) out[i - start] = text[i] === '；' || text[i] === ';' ? i : out[i + 1 - start];
  return out;
}

// 包括A、B等，: names closed by 等 and a comma, no figure among them.
const KINDS_CLOSED = /^[^0-9０-９]*等[，,]/;
// A word right after a count's counter (12个部门): what it counts, named after it.
const NOUN_NEXT = /[\u4e00-\u9fff]/;

/** The noun right after a count ("46个项目开展…" → 项目, 58家预算单位组成 → 预算单位): what a list of counts further on divides. */
function countedNoun(text: string, total: DocFigure): string {
  return /^[\u4e00-\u9fff]{1,6}?(?=开展|进行|实施|参加|参与|组成|构成|中|的|[，,、：:（(]|$)/.exec(text.slice(total.end, total.end + 12))?.[0] ?? '';
}

/** A sentence that only goes on listing (特定目标类项目259048.8万元。): label and amount clauses, nothing else. */
function listsOnly(text: string, s: Sentence): boolean {
  if (CHANGE_WORD.test(s.text)) return false;
  // 加上补助收入…、调入资金…，收入总计…: a sentence that adds to something or states its own total is no
  // more parts of an earlier list.
  if (ADDS_ON.test(s.text) || s.figures.some((f) => TOTAL_WORD.test(text.slice(Math.max(s.start, f.start - 6), f.start)))) return false;
  const d = depths(text, s.block);
  const items = splitItems(text, s.start, s.end, d, d[s.start]);
  return items.length <= 6 && items.every((it) => s.figures.filter((f) => f.start >= it.start && f.end <= it.end).length === 1);
}

// A part named as an income, and one named as a spending: the two sides of an account.
// 收入合计 | 支出合计: the row closing one side of a table that stacks its income and its spending.
const SIDE_TOTAL_ROW = /(收入|支出)(?:合计|总计)$/;
const INCOME_PART = /收入$/;
const SPENDING_PART = /支出$/;

/** A debt's limit or balance as a label names it (domain/tables.ts's debt measures), else undefined. */
function debtLimitOrBalance(label: string): 'limit' | 'balance' | undefined {
  if (!DEBT_VOCABULARY.debt.test(label)) return undefined;
  for (const m of DEBT_VOCABULARY.measures) {
    if (!m.pattern.test(label) || m.unless?.test(label)) continue;
    return m.measure === 'limit' || m.measure === 'balance' ? m.measure : undefined;
  }
  return undefined;
}

/** A label naming a debt limit after a list's first part that names none, or a balance after one that names a limit. */
function otherDebtMeasure(first: string, label: string): boolean {
  const m = debtLimitOrBalance(label);
  return m !== undefined && (m === 'limit') !== (debtLimitOrBalance(first) === 'limit');
}

/** The figure's label names only a measure of something named before it (年初预算为, 差值为). */
function measureOnly(text: string, f: DocFigure, from: number): boolean {
  return MEASURE_ONLY.test(labelBefore(text, f.start, from));
}

// What stands between a count's noun and its figure: 共, 有, 为 (设置绩效指标共24个, 现有教职工312人).
const COUNT_LEAD = /(?:共计|合计|总计|共有|现有|共|计|有|为|达)$/;

/**
 * 所属学校64所，其中：高级中学3所、初级中学12所、小学47所、特殊教育学校1所 — 设置绩效指标共24个，其中产出指标12个、效益指标8个、
 * 满意度指标3个: three or more kinds of the counted noun (each named with the noun's head, or a kind the domain
 * knows of it), set off by 、 alone in the total's own counter, are the noun divided by kind: the list is the whole
 * of its count, short as well as over. A list of what was done to the counted things (处理机构426家，其中暂停协议
 * 38家、…), of attributes (党员, 女性), of two kinds only (a selection: 行政编制、事业编制 with 工勤 left out), or
 * closed by 等 stays open.
 */
function kindsOfCounted(text: string, total: DocFigure, comps: readonly Component[]): boolean {
  if (total.dimension !== 'count' || comps.length < 3) return false;
  if (comps.some((c) => c.figure.block !== total.block || c.figure.unit !== total.unit)) return false;
  if (!comps.every((c, i) => i === 0 || ONE_ENUMERATION_GAP.test(text.slice(comps[i - 1].figure.end, c.figure.start)))) return false;
  // Closed by 等, or run on with a 、 past what was read (a name cut at the end of a wrapped line): not all the list.
  if (/^[\s\u3000]*[等、]|^[\s\u3000]*$/.test(text.slice(comps[comps.length - 1].figure.end, comps[comps.length - 1].figure.end + 4))) return false;
  const noun = (countedNoun(text, total) || labelBefore(text, total.start)).replace(/[\s\u3000]+/g, '').replace(COUNT_LEAD, '');
  const head = noun.slice(-2);
  if (!/^[\u4e00-\u9fff]{2}$/.test(head)) return false;
  const kind = COUNTED_KINDS.find((k) => k.whole.test(noun));
  return comps.every((c) => {
    const label = c.label.replace(/[\s\u3000]+/g, '');
    return (label.length > head.length && label.endsWith(head)) || !!kind?.part.test(label);
  });
}

/** What sets a list's items apart: each label's last words without the ending all share (行政人员、事业人员 → 行政, 事业). */
function qualifiers(labels: readonly string[]): string[] | undefined {
  const ls = labels.map((l) => l.split(/[^\u4e00-\u9fff]/).pop() ?? '');
  let n = 0;
  while (n < ls[0].length && ls.every((l) => l.length > n + 1 && l[l.length - 1 - n] === ls[0][ls[0].length - 1 - n])) n++;
  return n > 0 ? ls.map((l) => l.slice(0, l.length - n)) : undefined;
}

/** Whether two lists' qualifiers name the same kinds one to one (核定行政 names 行政: a verb may lead the first item). */
function sameKinds(a: readonly string[], b: readonly string[]): boolean {
  const like = (x: string, y: string) => x.endsWith(y) || y.endsWith(x);
  return a.length === b.length && a.every((x) => b.filter((y) => like(x, y)).length === 1) && b.every((y) => a.filter((x) => like(x, y)).length === 1);
}

/**
 * 核定行政编制28名、事业编制36名，共64名；实有在职人员61人，其中行政人员26人、事业人员33人: the paragraph has stated the
 * kinds its counted things divide into (a complete list of counts), so a later 其中 list of counts naming the very same
 * kinds, and no other, is that division too: the whole of its count. Two kinds named on their own may be a selection
 * (编制人数46名，其中行政编制28名、事业编制15名, 工勤 left out); named so after the paragraph closed them, they are not.
 */
function splitAsStated(claims: SumClaim[], from: number): void {
  const closed = claims.slice(from).filter((e) => e.complete && e.total.dimension === 'count' && e.components.length >= 2 && e.components.length <= 8);
  if (closed.length === 0) return;
  for (let i = from; i < claims.length; i++) {
    const c = claims[i];
    if (c.complete || c.shape !== 'of-which' || c.total.dimension !== 'count' || c.components.length < 2 || c.components.length > 8) continue;
    const mine = qualifiers(c.components.map((x) => x.label));
    if (!mine || mine.some((q) => q.length === 0) || c.components.some((x) => x.figure.unit !== c.total.unit)) continue;
    const stated = closed.some((e) => {
      if (e.total.block !== c.total.block || e.total.start >= c.total.start) return false;
      if (!countsSameThings(e.total.unit, c.total.unit)) return false;
      const theirs = qualifiers(e.components.map((x) => x.label));
      return !!theirs && theirs.every((q) => q.length > 0) && sameKinds(theirs, mine);
    });
    if (stated) claims[i] = { ...c, complete: true };
  }
}

/** How far before a list's total and after its last part aroundList reads. */
const AROUND_LIST_REACH = 240;
/** The partition a complete list is when it names a kind with none of it (its own enumeration). */
const LISTED_WITH_NONE = '列举含零项';
/** The partition a list is when its items are set off by 、 alone (one enumeration). */
const ONE_ENUMERATION = '顿号列举';
/** What lies between two items of one enumeration: the unit, 、, the next item's name; no ，；。： */
const ONE_ENUMERATION_GAP = /^[^，,；;。：:（(]*、[^，,；;。：:（(]*$/;

export class SumExtractor {
  readonly claims: SumClaim[] = [];
  constructor(private readonly ctx: ExtractContext) {}

  run(): SumClaim[] {
    for (const block of this.ctx.doc.blocks) {
      if (block.kind === 'toc' || block.kind === 'table-row') continue;
      // A block's sums follow from it and the blocks it looks at (the paragraph before, the
      // items after): while a draft is edited, those of unchanged blocks are reused (engine/incremental.ts).
      const made = this.ctx.memoBlock('sums', block, '', () => {
        const from = this.claims.length;
        const sentences = this.ctx.sentences(block);
        sentences.forEach((s, i) => {
          this.ofWhich(block, sentences, i);
          this.listedThenTotal(s, sentences[i - 1]);
          this.countsAfterColon(s, sentences[i - 1]);
          this.balanceOfYear(s);
          this.spentAndLeft(s);
          this.rollForward(s);
          this.carriedRollForward(s);
          this.totalIncomeThenCarried(s);
          this.netOfTotalsBefore(block, sentences, i);
          this.addedThenTaken(s);
          this.adjusted(s);
          this.balanceAfterSpending(block, sentences, i);
          this.scoresAgainstWeights(s);
          this.scoresThenTotal(s);
          this.scoresAfterOfWhich(s);
          this.scoresInNextSentence(s, sentences[i - 1]);
          this.countsByStatus(s);
          const colon = totalThenColon(this.ctx, s);
          if (colon) this.claims.push(colon);
          const counted = aboveCounted(this.ctx, sentences, i);
          if (counted) this.claims.push(counted);
        });
        const above = block.kind === 'paragraph' ? aboveTotal(this.ctx, block) : undefined;
        if (above) this.claims.push(above);
        const members = block.kind === 'paragraph' ? membersAfter(this.ctx, block) : undefined;
        if (members) this.claims.push(members);
        if (block.kind === 'paragraph') this.measuredMembers(block, sentences, from);
        splitAsStated(this.claims, from);
        return this.claims.splice(from);
      });
      for (const c of made) this.claims.push(c);
    }
    // A member-by-member sum another reading made too (a 其中 opening the next paragraph with the same members): said once.
    // Only the other sums of those totals are compared (most documents have no member-by-member sum at all).
    const measuredTotals = new Set(this.claims.filter((c) => MEASURED.has(c)).map((c) => c.total.id));
    if (measuredTotals.size) {
      const others = this.claims.filter((c) => !MEASURED.has(c) && measuredTotals.has(c.total.id));
      const same = (a: SumClaim, b: SumClaim) => a.total.id === b.total.id && a.components.every((x) => b.components.some((y) => y.figure.id === x.figure.id));
      for (let k = this.claims.length - 1; k >= 0; k--) {
        const c = this.claims[k];
        if (MEASURED.has(c) && others.some((o) => same(c, o))) this.claims.splice(k, 1);
      }
    }
    this.tables();
    for (const c of codeTableRows(this.ctx)) this.claims.push(c);
    return this.claims;
  }

  /**
   * The figure a 其中 list belongs to: the last amount before it, skipping
   * changes, rates and shares, and bare percentages when the list is not of
   * percentages (债务率为86.3%，其中：…).
   */
  private totalBefore(sentences: Sentence[], si: number, at: number, dimension: string | undefined, used: Set<number>, priorParts = true): DocFigure | undefined {
    const d = depths(sentences[si].block.text, sentences[si].block);
    const level = d[at];
    let pastMoney = false;
    const opensOwn = spacesOnly(sentences[si].block.text, sentences[si].start, at);
    // Read only when the search crosses into the sentence before (a sentence of many 其中 never does for most).
    let own: string | undefined | null = null;
    for (let i = si; i >= Math.max(0, si - 1); i--) {
      const figs = sentences[i].figures;
      // The figures that end by `at` (all of them in the sentence before), read backwards.
      let any = false;
      for (let k = (i < si ? figs.length : firstFrom(figs, at)) - 1, n = 0; k >= 0 && n < TOTAL_LOOK_BACK; k--) {
        const f = figs[k];
        if (i === si && f.end > at) continue;
        any = true;
        n++;
        // 本金20亿元（同时支付利息3.2亿元），其中…: a figure in brackets is a note, not the total of a list outside them.
        if (i === si && d[f.start] > level) continue;
        // …52.36亿元，同比增长2.1%（上年51.28亿元）。其中，…: last period's figures restated in brackets in the sentence
        // before compare with this period's; the list details this period's whole, outside them.
        if (i < si && inPriorNote(sentences[i].block, f.start)) continue;
        if (used.has(f.id)) return undefined;
        if (f.dimension === 'percent' && dimension !== 'percent') continue;
        // 支出2.05万元，年初预算为2.95万元，差值为0.9万元。其中：…: the subject's figure, not its other measures.
        if (f.role === 'amount' && measureOnly(sentences[i].block.text, f, sentences[i].start)) continue;
        // …实际完成12.36亿元…；上年完成11.82亿元，同比增长4.6%。其中：税收收入…: last year's amount, stated to compare
        // with, is not what a list of this year's parts details.
        if (f.role === 'amount' && !priorParts && PRIOR_CLAUSE.test(clauseBefore(sentences[i].block.text, f.start, sentences[i].start))) continue;
        // 余额94.82亿元，控制在…债务限额100.11亿元以内。其中：…: a ceiling is not what the list details.
        if (f.role === 'amount' && CEILING_AFTER.test(sentences[i].block.text.slice(f.end, f.end + 4))) continue;
        // 实际采购金额…，节约资金…，节约率5.8%。其中：货物类…: a saving or overrun is a gap, not what the list details.
        if (f.role === 'amount' && gapAmountAt(sentences[i].block.text, f.start, sentences[i].start)) continue;
        // 项目共8个，涉及资金1,246.80万元，其中得分90分以上的项目5个…: a list of counts is of the count before
        // the money its clause adds, in the same sentence.
        // Only when that count is the sentence's one count before the list: 对3个部门和5个项目，涉及资金…，其中：良的5个，
        // 中的3个 grades both.
        // (…，占项目支出的100%。其中新增项目5个，…: or of the sentence before, when the list opens its own.)
        if (f.role === 'amount' && dimension === 'count' && f.dimension === 'money' && (i === si || opensOwn)) {
          pastMoney = true;
          continue;
        }
        if (pastMoney && f.dimension === 'count') {
          // Another count before it, within the same reach (not the whole sentence again for each list).
          for (let j = k - 1; j >= 0 && j >= k - TOTAL_LOOK_BACK; j--) if (figs[j].dimension === 'count' && figs[j].role !== 'delta') return undefined;
        }
        // …年初结转和结余1,365.50万元。支出总计包括…: a sentence that names its own whole before its list is about that
        // whole; the sentence before ends on a figure of another unless it names the same.
        if (i < si && own === null) own = at - sentences[si].start <= OWN_WHOLE_REACH ? ownWhole(sentences[si].block.text.slice(sentences[si].start, at)) : undefined;
        if (i < si && own && !namesSame(subjectBefore(sentences[i].block.text, f.start), own)) return undefined;
        // 收入总计包括A和B；支出总计包括C和D: the same across a ； inside the sentence.
        const clause = i === si ? clauseAfterSemicolon(sentences[si].block.text, f.end, at) : -1;
        if (clause >= 0) {
          const words = sentences[si].block.text.slice(clause, at);
          // Only a clause naming a whole and nothing else (支出总计包括): one with figures of its own is a statement.
          const named = at - clause <= OWN_WHOLE_REACH && !/[0-9０-９]/.test(words) ? ownWhole(words) : undefined;
          if (named && !namesSame(subjectBefore(sentences[si].block.text, f.start), named)) return undefined;
        }
        // 支出调整为65,400万元，其中…: the level an amount was changed to is what the list after it details.
        if (f.role === 'amount' || f.role === 'new-value') return f;
        // 保有量1,236辆，比上年末减少48辆。其中：…: a count's change is not the total of the list.
        if (f.role === 'delta') continue;
        if (f.dimension === 'count' || f.dimension === 'score') return f;
      }
      if (any) return undefined;
    }
    return undefined;
  }

  private ofWhich(block: Block, sentences: Sentence[], si: number): void {
    const s = sentences[si];
    const text = block.text;
    const opener = this.namedOpener(sentences, si);
    const whole = s.text.includes(WHOLE_LIST_OPEN);
    // 还本付息…万元（还本…，付息…）, 产出指标得分48分（数量指标20分、…）: parts in brackets after an amount or a score.
    const bracketed = /[元分][（(]/.test(s.text);
    if (!s.text.includes('其中') && !s.text.includes('包括') && !s.text.includes('具体') && !s.text.includes('如下') && !s.text.includes('分别为') && !s.text.includes('分别是') && !s.text.includes('分为') && !s.text.includes('主要') && !s.text.includes('用于') && !AMONG_COUNT.test(s.text) && !opener && !whole && !bracketed && !CLASSIFIED_ANYWHERE.test(s.text)) return;
    const depth = depths(text, block);
    const hits: Array<{ at: number; after: number; level: number; total?: DocFigure; subject?: string; whole?: boolean; setOut?: boolean; asFollows?: boolean; bracket?: boolean; inner?: number; classified?: boolean; unsure?: boolean }> = [];
    if (opener) hits.push({ at: s.start, after: opener.after, level: depth[s.start], total: opener.total, subject: opener.name });
    let semi: Int32Array | undefined;
    for (const m of listOpeners(s.text)) {
      const at = s.start + m.index;
      // 基本支出具体为：…: the opener's own words open its list.
      if (opener && at < opener.after) continue;
      const after = at + m.word.length;
      // 人员经费…万元，主要包括基本工资、津贴补贴等；公用经费…: a 包括 naming kinds, with no
      // amount before its clause ends, says what a part is made of; the list it stands in goes on.
      if (m.word.includes('包括')) {
        semi ??= semicolonsFrom(text, s.start, s.end);
        const first = findIn(s.figures, after, semi[after - s.start], (f) => isAmount(f) && depth[f.start] === depth[at]);
        if (!first) continue;
        // 问题主要包括目标设置不够细化、进度偏慢等，涉及12个部门: names closed by 等 before any amount are the list; the
        // amount after them states something else.
        if (KINDS_CLOSED.test(text.slice(after, first.start))) continue;
        // 其中：基本支出A，占x%，包括人员经费B、公用经费C；项目支出D: a 包括 inside a 其中 list, its run closed by a ；
        // with more of the list after it, names the part's own parts: its list ends at the ；, and the 其中 list goes on
        // past it.
        const close = semi[after - s.start];
        const outer = hits.filter((h) => h.level === depth[at] && !h.bracket && !h.whole && h.inner === undefined);
        if (close < s.end && outer.length && findIn(s.figures, close, s.end, (f) => isAmount(f) && depth[f.start] === depth[at])) {
          // 其中：A…，包括a…；b…；c…: a 包括 that names one part before the ； has not made a list of it; the parts set off
          // by ；after it may be more of A's or more of the 其中 list's, and neither list is proven.
          const own = findIn(s.figures, first.end, close, (f) => isAmount(f) && depth[f.start] === depth[at]);
          if (!own) {
            for (const h of outer) h.unsure = true;
            continue;
          }
          hits.push({ at, after, level: depth[at], inner: close });
          continue;
        }
      }
      // 更新车辆6辆，分别为：A2辆、B1辆、C2辆: 分别 with a colon sets out the whole, each part in turn.
      // 保有量58辆，分为三类：…; 共11个项目，按领域分为：…: a split said to be of the whole, complete in the same way.
      const respectively = (/^分别(?:为|是)[：:]$/.test(m.word) && !/(?:等级|等次|评级|结果)$/.test(text.slice(Math.max(s.start, at - 2), at))) || /分为[^：:]*[：:]$/.test(m.word);
      hits.push({ at, after, level: depth[at], ...(m.word.includes('如下') ? { asFollows: true } : {}), ...(respectively ? { setOut: true } : {}), ...(m.classified ? { classified: true } : {}) });
    }
    // 还本付息30,680万元（还本20,000万元，付息10,780万元）: amounts in brackets right after an amount, with no
    // 其中, may be its parts; they are read as such only when they make a split the domain knows complete.
    if (bracketed) {
      for (const f of s.figures) {
        if (!isAmount(f) || (f.dimension !== 'money' && f.dimension !== 'score') || !/^[（(]/.test(text.slice(f.end, f.end + 1))) continue;
        const inner = f.end + 1;
        if (/^(?:其中|含|包括|主要|均)/.test(text.slice(inner, inner + 2))) continue;
        // Two amounts inside the bracket at least, looked for from the bracket on (not the whole sentence again
        // for each bracket), before the bracket closes.
        let n = 0;
        for (let k = firstFrom(s.figures, inner); k < s.figures.length && n < 2 && depth[s.figures[k].start] > depth[f.start]; k++) if (isAmount(s.figures[k])) n++;
        if (n < 2) continue;
        hits.push({ at: inner, after: inner, level: depth[inner], bracket: true });
      }
      hits.sort((a, b) => a.at - b.at);
    }
    if (whole) {
      for (const i of wholeListOpenings(s.text)) {
        const at = s.start + i;
        hits.push({ at, after: at + WHOLE_LIST_OPEN.length, level: depth[at], whole: true });
      }
      hits.sort((a, b) => a.at - b.at);
    }
    // Components of an earlier list in this sentence are not the total of a later one.
    const used = new Set<number>();
    // The next hit at the same bracket depth, for each hit (hits are in text order).
    const nextAtLevel: Array<number | undefined> = new Array(hits.length);
    const lastAtLevel = new Map<number, number>();
    for (let k = hits.length - 1; k >= 0; k--) {
      if (hits[k].inner !== undefined) continue;
      nextAtLevel[k] = lastAtLevel.get(hits[k].level);
      lastAtLevel.set(hits[k].level, k);
    }
    const innerRuns = hits.filter((h) => h.inner !== undefined);
    hits.forEach((hit, hk) => {
      if (hit.unsure) return;
      let end = hit.inner ?? s.end;
      // （其中…）: the list ends at its closing bracket.
      if (hit.level > 0) {
        for (let i = hit.after; i < s.end; i++) if (depth[i + 1] < hit.level) { end = i; break; }
      }
      const candidate = nextAtLevel[hk] === undefined || hit.inner !== undefined ? undefined : hits[nextAtLevel[hk]!];
      const next = candidate && candidate.at < end ? candidate : undefined;
      if (next) end = next.at;
      // 由A、B和C组成: the list ends at 组成.
      if (hit.whole) {
        let k = hit.after;
        while (k < end && !WHOLE_LIST_CLOSE.some((w) => text.startsWith(w, k))) k++;
        if (k >= end) return;
        end = k;
      }
      const rest = text.slice(hit.after, end).replace(/[\s\u3000。；;，,]/g, '');
      let components: Component[];
      let beforeSemi: number | undefined;
      let deltaParts: Array<Component & { verb: string }> = [];
      let shape: SumClaim['shape'] = 'of-which';
      if (!rest && !next && si === sentences.length - 1) {
        components = this.subItems(block);
        shape = 'sub-items';
      } else {
        let items = splitItems(text, hit.after, end, depth, hit.level);
        // The runs of a 包括 inside this list are their part's, not this list's.
        if (hit.inner === undefined && innerRuns.length) items = items.filter((it) => !innerRuns.some((r) => r.level === hit.level && it.start >= r.at && it.end <= r.inner!));
        // The clause right before the next 其中 is that list's total, not one of ours.
        if (next && items.length && findIn(s.figures, items[items.length - 1].start, end, (f) => depth[f.start] === hit.level)) {
          items = items.slice(0, -1);
        }
        // Parts separated by ， or 、 end at the first ；: what follows is the next statement
        // ("其中A866万元，B35万元，C68万元；完成基金支出4093万元"). Only separators between
        // items that each state an amount count ("A1.52亿元，占4.93%；B…" is separated by ；).
        // Searched from the item's first figure (not the sentence's): a sentence of 20,000 其中 lists
        // otherwise scans every figure for every item, and grows with the square of its length.
        const amountIn = (it: Item) => findIn(s.figures, it.start, it.end, (f) => isAmount(f) && depth[f.start] === hit.level && !measureOnly(text, f, it.start));
        // An item stating a figure of another kind than the list's first (购置费18.00万元，购置执法用车2辆；
        // 运行维护费…) is a note on the part before it, not a part: it separates nothing.
        const amounts = items.map(amountIn);
        const firstKind = amounts.find(Boolean)?.dimension;
        const carries = amounts.map((a) => a !== undefined && a.dimension === firstKind);
        // What sets each part off from the part before: the strongest mark between them (股利、股息收入 after a ；
        // is set off by the ；, not by the 、 inside its name).
        const seps: Array<{ k: number; c: string }> = [];
        let prevPart = carries.indexOf(true);
        for (let k = prevPart + 1; prevPart >= 0 && k < items.length; k++) {
          if (!carries[k]) continue;
          let c = '、';
          for (let j = prevPart; j < k; j++) {
            const m = text[items[j].end];
            if ('；;'.includes(m)) c = m;
            else if ('，,'.includes(m) && c === '、') c = m;
          }
          seps.push({ k, c });
          prevPart = k;
        }
        const amountItems = carries.filter(Boolean).length;
        if (amountItems > 2 && seps.length && '，,、'.includes(seps[0].c)) {
          const cut = seps.find((x) => '；;'.includes(x.c));
          if (cut) items = items.slice(0, cut.k);
        }
        // The first item after a ；: where an inline list (no colon after 其中) may have ended.
        const semi = seps.find((x) => '；;'.includes(x.c))?.k;
        components = [];
        deltaParts = [];
        // 其中：用于社会福利的…支出A，用于医疗救助的…支出B: a list whose first part is named by what it is for (用于…) and states
        // its amount names its parts so; a 用于 item with an amount is then one more part, not a note ending the list.
        const byPurpose = items.length > 0 && PURPOSE_NOTE.test(text.slice(items[0].start, items[0].end)) && !!amounts[0];
        for (const [ik, item] of items.entries()) {
          if (ik === semi) beforeSemi = components.length;
          if (STOP.test(text.slice(item.start, item.end)) && !(byPurpose && amounts[ik] && PURPOSE_NOTE.test(text.slice(item.start, item.end)))) {
            // 其中：基本支出A，占x%，主要用于…；项目支出B…: what a part is for, said after it with no figure, ends
            // that part, not the list, when a ； sets the next part off.
            if (PURPOSE_NOTE.test(text.slice(item.start, item.end)) && '；;'.includes(text[item.end]) && !findIn(s.figures, item.start, item.end, () => true)) continue;
            break;
          }
          // 其中民生支出11.38亿元；重点支出中，教育支出…、卫生健康支出…: an item opening with "X中" starts another
          // breakdown (of X), whose parts are not this total's.
          if (components.length && ANOTHER_BREAKDOWN.test(text.slice(item.start, item.end))) break;
          // The item's figures, found from its start (a scan of the sentence for each item was quadratic).
          let d: DocFigure | undefined;
          let amount = false;
          for (let k = firstFrom(s.figures, item.start); k < s.figures.length && s.figures[k].start < item.end; k++) {
            const x = s.figures[k];
            if (x.end > item.end) continue;
            if (isAmount(x)) amount = true;
            else if (!d && x.role === 'delta' && depth[x.start] === hit.level) d = x;
          }
          // 其中基本支出增加10万元，项目支出增加20万元，卫生健康支出520万元: a list that opens with changes is a
          // list of changes; the first amount after them starts the next statement, not another part.
          if (amount && !components.length && deltaParts.length) break;
          const v = d && !amount ? SHARED_VERB.exec(text.slice(Math.max(item.start, d.start - 12), d.start)) : null;
          if (d && v) deltaParts.push({ figure: d, label: cleanLabel(text.slice(item.start, d.start - v[0].length)), verb: v[1] });
          // 年初预算为0万元, 差值为0万元: other measures of the part before, not parts.
          const inItem: DocFigure[] = [];
          for (let k = firstFrom(s.figures, item.start); k < s.figures.length && s.figures[k].start < item.end; k++) {
            const x = s.figures[k];
            if (x.end <= item.end && isAmount(x) && depth[x.start] === hit.level) inItem.push(x);
          }
          // 80分（含）至90分的项目2个: the bounds of a band name the part, they are not its figure.
          const f = inItem.find((x) => !measureOnly(text, x, item.start) && !BAND_BOUND.test(text.slice(x.end, x.end + 8)) && !/[至到]$/.test(text.slice(x.start - 1, x.start)));
          // 其中一般债务…、专项债务…，债务限额148.00亿元: a limit after parts of a balance (or a balance after parts of a
          // limit) is another measure of the whole, stated beside the list: it ends the list, it is no part.
          if (f && components.length && otherDebtMeasure(components[0].label, labelBefore(text, f.start, item.start))) break;
          // …专项债务113,560万元，债务余额控制在省核定的限额192,600万元以内: a figure something is kept within is a ceiling
          // stated beside the list, never one more part of it.
          if (f && components.length && CEILING_AFTER.test(text.slice(f.end, f.end + 4))) break;
          if (f) components.push({ figure: f, label: labelBefore(text, f.start, item.start) });
          // 人员经费4,438.18万元和公用经费548.29万元: parts joined by 和/及 inside one item.
          // …552.10万元（主要包括…）和公用经费…: a note in brackets after a part does not end it.
          for (let k = 1; k < inItem.length; k++) {
            const between = text.slice(inItem[k - 1].end, inItem[k].start).replace(NOTE, '');
            if (!AND.test(between)) break;
            components.push({ figure: inItem[k], label: cleanLabel(between.replace(AND, '')) });
          }
        }
      }
      // 其中，年初结转和结余…，本年收入…，本年支出…，年末结转和结余…: the stages of money carried over are
      // no parts of anything (carriedRollForward reads them).
      if (components.some((c) => STOCK_AT_START.test(c.label)) && components.some((c) => STOCK_AT_END.test(c.label))) return;
      // 授予中小企业合同金额…，授予小微企业合同金额…: the second is inside the first, not beside it.
      if (namesNestedKinds(components.map((c) => c.label)) || namesNestedPart(components.map((c) => c.label))) return;
      // …当年收支结余1.56亿元，其中企业职工养老保险基金收入18.20亿元、支出17.90亿元: one account's income and spending
      // (a fund inside the one before, or the two sides of a 收支结余) are not parts of the figure before 其中.
      if (components.some((c) => INCOME_PART.test(c.label)) && components.some((c) => SPENDING_PART.test(c.label))) return;
      const dimension = components[0]?.figure.dimension ?? deltaParts[0]?.figure.dimension;
      // （其中…） belongs to the figure right before the bracket, even when it is a component itself.
      const priorParts = components.some((c) => PRIOR_CLAUSE.test(c.label));
      let total = hit.total ?? this.totalBefore(sentences, si, hit.at, dimension, hit.level > 0 || hit.inner !== undefined ? new Set() : used, priorParts);
      // Items each stating the total's measures (调整预算…，支出决算…) give their amount at the total's measure.
      if (shape === 'sub-items' && total) {
        const measure = measureBefore(this.ctx.doc.blocks[total.block].text, total.start);
        if (measure) components = this.subItems(block, measure);
      }
      // 采购预算A，其中服务类B、货物类C。其中预留给中小企业的份额D: a 其中 opening the next sentence after a list does not
      // break down the list's last item (its parts were closed by the full stop); it speaks of the whole again, or of
      // something the text does not say, and is read as neither.
      if (total && !hit.total && si > 0 && total.block === block.index && total.start < s.start && spacesOnly(text, s.start, hit.at) && endsList(text, sentences[si - 1], total)) total = undefined;
      // 第二产业税收…，其中工业税收…；第三产业税收…: a part named as the total with another ordinal is the total's sibling,
      // the next statement: the list ends before it.
      if (total && components.length) {
        const own = subjectBefore(total.block !== block.index ? this.ctx.doc.blocks[total.block].text : text, total.start);
        const cut = components.findIndex((c) => ordinalSibling(c.label, own));
        if (cut >= 0) components.splice(cut);
      }
      // Parts that are all changes belong to a total stated with the same verb in its own clause.
      if (total && components.length === 0 && deltaParts.length >= 2 && total.block === block.index) {
        const verb = deltaParts[0].verb;
        // Searched back to the sentence's start only: an unbounded lastIndexOf of a mark the text lacks
        // read the whole text before it, once per list.
        let from = total.start;
        while (from > s.start && text[from - 1] !== '，' && text[from - 1] !== '；') from--;
        const own = text.slice(from, total.start);
        if (verb.length > 1 && deltaParts.every((p) => p.verb === verb) && own.includes(verb)) components = deltaParts.map(({ figure, label }) => ({ figure, label }));
      }
      // 其中 opening its own paragraph: the list belongs to the total the paragraph before ends with.
      if (!total && si === 0 && !text.slice(0, hit.at).trim()) {
        const prev = this.previousParagraph(block);
        const last = prev && this.ctx.sentences(prev).at(-1);
        if (last) total = this.totalBefore([last], 0, last.end, dimension, new Set(), priorParts);
        // …得分分别为87.5分、92.0分和69.0分。其中…: the last of a bare run of figures is one
        // of several values, not a total the paragraph ends on.
        if (total && last && inBareRun(prev!.text, last.figures, total)) total = undefined;
        // …其中：货物类156.00万元、工程类1,080.00万元、服务类210.00万元。 / 其中，面向中小企业…: the amount the
        // paragraph before ends with closes a list of its own; it is a part, not a total to break down again.
        if (total && last && endsList(prev!.text, last, total)) total = undefined;
        // …收支相抵，结转下年1.42亿元。 / 其中，民生支出42.16亿元，占一般公共预算支出的比重为79.8%: a part whose share
        // names its whole names what the list is of; another amount the paragraph before ends with is not it.
        const base = total && SHARE_OF.exec(text.slice(hit.after, end))?.[1];
        if (total && base && !namesSame(subjectBefore(prev!.text, total.start), base)) total = undefined;
      }
      // 其中：A a。B b。: a list that has not reached its total may go on in the next sentence.
      if (total && shape === 'of-which' && !next && hit.level === 0 && end === s.end) {
        const listTotal = total;
        // The sum so far is kept, not recomputed for each sentence: a long run of them was quadratic.
        let reached = sum(components.filter((c) => compatible(c.figure, listTotal)).map((c) => intervalOf(c.figure)));
        const inSentence = components.length;
        for (let j = si + 1; j < sentences.length && components.length; j++) {
          if (!reached.hi.lt(intervalOf(listTotal).lo) || !listsOnly(text, sentences[j])) break;
          // 全年预算数A，其中年初预算B，追加C。全年执行数D: a sentence naming only a measure (执行数, 决算数) names
          // another measure of the whole, not one more part of it.
          if (sentences[j].figures.some((f) => isAmount(f) && measureOnly(text, f, sentences[j].start))) break;
          // 其中：教育类4个、卫生类3个、城建类5个。涉及12个部门。: a count naming what it counts after its counter (个部门)
          // counts another thing than a list whose items name theirs before the figure.
          const kindsBefore = components.slice(0, inSentence).every((c) => c.figure.dimension === 'count' && !NOUN_NEXT.test(text[c.figure.end] ?? ''));
          if (kindsBefore && sentences[j].figures.some((f) => f.dimension === 'count' && NOUN_NEXT.test(text[f.end] ?? ''))) break;
          for (const f of sentences[j].figures) {
            if (!isAmount(f)) continue;
            components.push({ figure: f, label: labelBefore(text, f.start, sentences[j].start) });
            if (compatible(f, listTotal)) reached = add(reached, intervalOf(f));
          }
        }
        // Past the full stop, a list opened inline (其中民生支出A。) is only read on while it stays within its
        // total: amounts that overshoot it are another breakdown (…。教育支出B；卫生健康支出C。, parts of 民生支出) or
        // another sentence's figures (年初余额…，加上…). A list set out after a colon (其中：A。B。) is a list of items.
        const setOut = /[：:][\s\u3000]*$/.test(text.slice(hit.at, hit.after)) || /^[\s\u3000]*[：:]/.test(text.slice(hit.after, hit.after + 2));
        if (!setOut && components.length > inSentence && reached.lo.gt(intervalOf(listTotal).hi)) components.splice(inSentence);
      }
      // 在职职工812人，其中卫生技术人员689人；离退休人员236人: a count's list run on from 其中 with no colon may end at
      // a ；, where a staff paragraph goes on to its next group. Only the parts before it are read when the rest would
      // overshoot the total. (Amounts go on past a ；: 其中基本支出…；项目支出… is one list.)
      if (total && beforeSemi && total.dimension === 'count' && /^其中[，,]?$/.test(text.slice(hit.at, hit.after).trim())) {
        const within = (cs: Component[]) => !overshoots(cs, total!);
        // Not a known split (其中基本支出…；项目支出…): its parts are all the total's, whatever sets them apart.
        const totalText = total.block !== block.index ? this.ctx.doc.blocks[total.block].text : text;
        const known = partitionRun(hit.subject ?? subjectBefore(totalText, total.start), components.map((c) => c.label), total.dimension);
        if (!known && !within(components) && within(components.slice(0, beforeSemi))) components.splice(beforeSemi);
      }
      // 收入总计A，由本级收入、上级补助收入和上年结余三部分组成：本级收入B，…，其中税收收入C，占…；上级补助收入D；上年结余E: a
      // 其中 run on inside one item of a list set out after a colon belongs to that item. It ends at the ； that closes the
      // item, or at the next item the opening names (一般性转移支付B，其中…，专项转移支付D): what follows are the outer list's
      // items, not B's parts. Cut only where the whole run overshoots B and what is left of it does not.
      if (total && total.block === block.index && total.start > s.start && components.length > 1 && /^其中[，,]?$/.test(text.slice(hit.at, hit.after).trim())) {
        // Looked for a little way back only: a search to the sentence's start for each 其中 of a long one was quadratic.
        let colon = total.start - 1;
        while (colon >= s.start && colon >= total.start - SET_OUT_REACH && text[colon] !== '：' && text[colon] !== ':') colon--;
        if (colon >= s.start && colon >= total.start - SET_OUT_REACH && (text[colon] === '：' || text[colon] === ':') && depth[colon] === hit.level) {
          const named = itemsNamedBefore(text, s.start, colon);
          let cut = named.size ? components.findIndex((c, k) => k > 0 && named.has(unspaced(cleanLabel(c.label)))) : -1;
          if (beforeSemi && (cut < 0 || beforeSemi < cut)) cut = beforeSemi;
          const within = (cs: Component[]) => !overshoots(cs, total!);
          if (cut > 0 && !within(components) && within(components.slice(0, cut))) components.splice(cut);
        }
      }
      // 按功能分类：A支出…；B支出… after 一般公共预算支出X…: classes of a 支出 (or a 收入) set out the amount before them only when
      // it is of that measure too (a 收入总计 the sentence before ends on is not what spending by class details).
      // The amount is the one its sentence is about, stated first (…支出4,118.60万元，完成年度预算4,260.00万元的96.7%): a
      // later amount of that sentence, or the last item of a list the paragraph before ends on, is no whole of classes.
      if (total && hit.classified && (!sameMeasure(total.block !== block.index ? this.ctx.doc.blocks[total.block].text : text, total, components) || !this.opensSentence(total))) total = undefined;
      // …实际采购金额814,260万元… then 按采购对象分，货物类…；工程类…；服务类…: classes whose amounts make exactly an amount
      // stated a little before are its classes, whatever they are named (printed parts that make a printed amount are no chance).
      if (!total && hit.classified && !hit.total) total = this.exactWhole(block, hit.at, components);
      if (total && shape === 'of-which' && !hit.total) total = this.addingTotal(sentences, si, total, components, used) ?? total;
      // 其中，新建商品房贷款A，占73.8%；首套住房贷款B，占90.2%: parts that overshoot the whole while their own shares of it
      // add past 100% too split it in more than one way (by kind of home, by first home or not); the text says they
      // overlap, and no sum of them is the whole's. (Parts that make the whole keep their list, a misprinted share aside.)
      if (total && shape === 'of-which' && overshoots(components, total) && sharesPastWhole(text, sentences, block.index, components)) return;
      const added = this.add(total, components, shape, total && total.block !== block.index ? this.ctx.doc.blocks[total.block].text : text, hit.subject, hit.whole || hit.setOut);
      // 具体情况如下：（1）…（2）… says less than 其中: the items may detail the sentence before in other
      // ways (收入预算…，支出预算…。具体情况如下：（一）收入…（二）支出…). They are the total's parts only
      // when they are a known partition of it (三公经费: 因公出国（境）费、公务用车…、公务接待费).
      if (added && hit.bracket && (!added.partition || added.partition === LISTED_WITH_NONE || added.partition === ONE_ENUMERATION)) {
        this.claims.splice(this.claims.lastIndexOf(added), 1);
        return;
      }
      if (added && hit.asFollows && !added.partition) {
        this.claims.splice(this.claims.lastIndexOf(added), 1);
        return;
      }
      if (added) added.components.forEach((c) => used.add(c.figure.id));
    });
  }

  /**
   * The text a list's total and parts are stated in, where it may say what else was not spent: from the start of the
   * total's sentence to the end of the sentence after the last part's (each side a few hundred characters at most).
   */
  private aroundList(total: DocFigure, comps: readonly Component[]): string {
    const last = comps[comps.length - 1].figure;
    const own = this.ctx.doc.blocks[total.block].text;
    const stop = /[。！？!?\n]/;
    let from = total.start;
    while (from > 0 && total.start - from < AROUND_LIST_REACH && !stop.test(own[from - 1])) from--;
    const text = this.ctx.doc.blocks[last.block].text;
    let to = last.end;
    for (let ends = 0; to < text.length && to - last.end < AROUND_LIST_REACH; to++) if (stop.test(text[to]) && ++ends === 2) break;
    return last.block === total.block ? own.slice(from, to) : `${own.slice(from, total.end)}。${text.slice(Math.max(0, last.start - AROUND_LIST_REACH), to)}`;
  }

  /**
   * The amount that `components` (two or more amounts of money) add up to exactly, stated before `at` in its block or in the
   * few paragraphs before it (a heading, a title line or a table ends the search), nearest first; none when none does.
   */
  private exactWhole(block: Block, at: number, components: readonly Component[]): DocFigure | undefined {
    const parts = components.map((c) => c.figure);
    if (parts.length < 2 || parts.some((f) => f.dimension !== 'money' || f.approximate)) return undefined;
    const exact = parts.reduce((a, f) => a.plus(baseValue(f)), new Decimal(0));
    const fits = (f: DocFigure) => isAmount(f) && f.dimension === 'money' && !f.approximate && baseValue(f).eq(exact);
    const own = this.ctx.figuresByBlock[block.index];
    for (let k = firstFrom(own, at) - 1, n = 0; k >= 0 && n < TOTAL_LOOK_BACK; k--, n++) if (fits(own[k])) return own[k];
    for (let i = block.index - 1; i >= Math.max(0, block.index - EXACT_WHOLE_BACK); i--) {
      const b = this.ctx.doc.blocks[i];
      if (b.kind !== 'paragraph' || isTitleLine(b.text.trim())) return undefined;
      const figs = this.ctx.figuresByBlock[i];
      for (let k = figs.length - 1, n = 0; k >= 0 && n < TOTAL_LOOK_BACK; k--, n++) if (fits(figs[k])) return figs[k];
    }
    return undefined;
  }

  /** Whether `f` is the first amount of its sentence. */
  private opensSentence(f: DocFigure): boolean {
    const sentences = this.ctx.sentences(this.ctx.doc.blocks[f.block]);
    const s = lastStartingBy(sentences, f.start);
    return !!s && s.figures.find(isAmount)?.id === f.id;
  }

  /**
   * 完成4,286万元，为年初预算4,150万元的103.3%，超收136万元。其中，税收收入3,512万元，非税收入774万元:
   * the last amount before 其中 is a gap, and the parts add up to an amount a little further back.
   * When the parts do not fit the nearest amount but add up to an earlier one in the same reach
   * (this sentence and the two before: 1-9月…完成88,850万元…。9月当月完成9,412万元。其中，…), they
   * are that amount's parts: a list cannot be proved
   * wrong against one figure when it exactly makes another. Exactly: the printed parts add up to
   * the printed amount (a sum that only meets a one-decimal figure within rounding is chance),
   * and the amount is no part of an earlier list of the sentence.
   */
  private addingTotal(sentences: Sentence[], si: number, total: DocFigure, components: Component[], used: Set<number>): DocFigure | undefined {
    const comps = components.filter((c) => compatible(c.figure, total));
    if (comps.length < 2 || comps.some((c) => c.figure.approximate)) return undefined;
    if (meets(sum(comps.map((c) => intervalOf(c.figure))), intervalOf(total))) return undefined;
    if (total.block !== sentences[si].block.index) return undefined;
    const exact = comps.reduce((a, c) => a.plus(c.figure.value.times(c.figure.scale)), comps[0].figure.value.times(0));
    for (let i = si, n = 0; i >= Math.max(0, si - 2); i--) {
      const figs = sentences[i].figures;
      for (let k = firstFrom(figs, total.start) - 1; k >= 0 && n < TOTAL_LOOK_BACK; k--, n++) {
        const f = figs[k];
        if (!isAmount(f) || f.approximate || !compatible(f, total) || used.has(f.id)) continue;
        if (f.value.times(f.scale).eq(exact)) return f;
      }
    }
    return undefined;
  }

  private add(total: DocFigure | undefined, components: Component[], shape: SumClaim['shape'], text: string, named?: string, whole?: boolean): SumClaim | undefined {
    if (!total || components.length === 0) return undefined;
    let comps = components.filter((c) => compatible(c.figure, total));
    // Counts listed after an amount (34832.52万元，其中：良的5个) belong to something unsaid.
    if (comps.length === 0 || comps.length < components.length / 2) return undefined;
    if (total.approximate || comps.some((c) => c.figure.approximate)) return undefined;
    const subject = named ?? ((total.dimension === 'count' && countedNoun(text, total)) || subjectBefore(text, total.start));
    // 平均发行利率2.92%，其中一般债券2.86%: rates, averages and terms do not add.
    if (total.dimension === 'percent' || NON_ADDITIVE.test(labelBefore(text, total.start))) return undefined;
    // 综合得分86分。其中，甲子项目得分91.5分…: a score above the total's is a score of its own (each
    // out of 100), not a part of it.
    if (total.dimension === 'score' && comps.some((c) => c.figure.value.gt(total.value))) return undefined;
    // 其中资金管理10分，得9.2分；组织实施10分，得8.6分: an indicator's weight, then the score it got. Weights and scores
    // read as one list add nothing up (the pairs are scoresAfterOfWhich's).
    if (total.dimension === 'score' && comps.some((c, k) => k + 1 < comps.length && GOT_SCORE.test(text.slice(c.figure.end, comps[k + 1].figure.start).replace(/[\s\u3000]+/g, '')))) return undefined;
    // 其中A年初预算为X，调整后为Y: the parts name more than one stage of the budget (or another than the
    // total's), so they are one item at two stages, or another stage's figures: no split of this total.
    const stages = new Set([labelBefore(text, total.start), ...comps.map((c) => c.label)].map(budgetStage).filter(Boolean));
    if (stages.size > 1) return undefined;
    let found = partitionRun(subject, comps.map((c) => c.label), total.dimension);
    // （三）公务用车购置及运行维护费。全年支出…：其中购置费…，运行维护费…: a bare subject is its paragraph's title's.
    const title = !found && BARE_SUBJECT.test(subject) ? runInTitle(this.ctx.doc.blocks[total.block].text) : undefined;
    if (title) found = partitionRun(title, comps.map((c) => c.label), total.dimension);
    // 产出指标30分，得分27.6分，其中数量指标…: a bare 得分 is the score of the indicator whose weight the clause before
    // states; its 二级指标 split it. Parts that add up to the weight are the sub-indicators' weights, not their scores.
    const indicator = !found && !title && total.dimension === 'score' ? weightedIndicator(text, total.start) : undefined;
    if (indicator) {
      const parts = comps.reduce((a, c) => a.plus(c.figure.value), new Decimal(0));
      if (parts.eq(indicator.weight)) return undefined;
      found = partitionRun(indicator.name, comps.map((c) => c.label), total.dimension);
    }
    // A partition whose lists may leave members out says nothing of items before its run (一般公务用车（含…）418辆,
    // then two kinds it names): only a run that is the whole list is taken as one split.
    if (found?.partition.mayOmit && found.start !== 0) found = undefined;
    // A known partition covered by a run of the list: what lies outside the run is a subset (其中5个为…).
    if (found) comps = comps.slice(found.start, found.end);
    // 由…组成 says the list is the whole; a single part is no list.
    if (whole && !found && comps.length < 2) return undefined;
    // 其中公务用车运行维护费…、公务接待费…，未发生因公出国（境）费和公务用车购置费: the members left out said not spent.
    const byNone = !found && total.dimension === 'money' && comps.length >= 1 ? completedByNone(subject, comps.map((c) => c.label), () => this.aroundList(total, comps)) : undefined;
    const complete =
      !!byNone ||
      (!!found && !found.partition.mayOmit) ||
      !!whole ||
      (closedByOthers(comps.map((c) => c.label), total.dimension === 'count') && !namedOnAfter(this.ctx, comps[comps.length - 1])) ||
      (total.dimension === 'count' && comps.every((c) => c.figure.unit === total.unit) && closedByNamedKinds(subject, comps.map((c) => c.label)) && !namedOnAfter(this.ctx, comps[comps.length - 1])) ||
      (!found && shape === 'of-which' && kindsOfCounted(text, total, comps));
    // 其中：领导用车0辆，机要通信用车1辆，…，其他用车2辆: a list that names a kind only to say there is none of
    // it enumerates every kind, so it is one split of the total: a run of it adding up leaves no room
    // for the rest to be a second split.
    const zeros = complete && comps.length >= 3 && comps.some((c) => c.figure.value.isZero()) && comps.some((c) => !c.figure.value.isZero());
    // 其中一般公务用车1辆、执法执勤用车3辆、其他用车2辆: items set off by 、 alone are one enumeration,
    // one split of the total; a run of it adding up (3 + 2 = 5) leaves no room for the rest to be a
    // subset or a second split, which would be set off by ，or ；. Still only parts above the total
    // contradict it: the list need not be complete.
    const enumeration = comps.length >= 3 && comps.every((c, i) => i === 0 || ONE_ENUMERATION_GAP.test(text.slice(comps[i - 1].figure.end, c.figure.start)));
    const partition = found?.partition.name ?? byNone ?? (zeros ? LISTED_WITH_NONE : enumeration ? ONE_ENUMERATION : undefined);
    const claim: SumClaim = { kind: 'sum', subject: found && indicator ? `${indicator.name}得分` : subject, total, components: comps, complete, partition, shape, ...(named ? { named: true as const } : {}) };
    this.claims.push(claim);
    return claim;
  }

  /**
   * 基本支出中，人员经费…；公用经费…: a sentence that opens with the name of an amount stated just
   * before (earlier in its paragraph, or in the paragraph before) lists that amount's parts. The
   * nearest amount stated under that name is the total; none when the name was not stated there.
   */
  private namedOpener(sentences: Sentence[], si: number): { after: number; total: DocFigure; name: string } | undefined {
    const s = sentences[si];
    const m = NAMED_PARTS_OPENER.exec(s.text);
    if (!m) return undefined;
    const name = m[1];
    // 机关运行经费支出中，其中：办公费…: drafters may say 其中 again after naming the whole; it opens no list of its own
    // (no amount stands between), the opener's list starts after it.
    const again = OF_WHICH_AGAIN.exec(s.text.slice(m[0].length));
    const after = s.start + m[0].length + (again ? again[0].length : 0);
    // Where the amount may stand: earlier in the paragraph, then (for a paragraph's first sentence)
    // the paragraphs before, nearest first; a heading or a table starts something else.
    const reach: Array<{ text: string; figs: readonly DocFigure[]; from: number }> = [];
    // A few sentences back, as for a 其中 list's total: a long paragraph of such sentences stays linear.
    for (let i = si - 1; i >= Math.max(0, si - OPENER_REACH); i--) reach.push({ text: s.block.text, figs: sentences[i].figures.slice(-TOTAL_LOOK_BACK), from: sentences[i].start });
    if (si === 0) {
      for (let i = s.block.index - 1, seen = 0; i >= 0 && seen < OPENER_REACH; i--) {
        const prev = this.ctx.doc.blocks[i];
        if (!prev.text.trim()) continue;
        if (prev.kind !== 'paragraph' || isTitleLine(prev.text)) break;
        seen++;
        reach.push({ text: prev.text, figs: this.ctx.figuresByBlock[prev.index].slice(-TOTAL_LOOK_BACK), from: 0 });
      }
    }
    const usable = (f: DocFigure) => isAmount(f) && !f.approximate;
    for (const r of reach) {
      for (let k = r.figs.length - 1; k >= 0; k--) if (usable(r.figs[k]) && sameName(labelBefore(r.text, r.figs[k].start, r.from), name)) return { after, total: r.figs[k], name };
    }
    // 全县地方政府债务还本支出18,640万元。还本支出中，…: a label that ends with the name, when every such
    // amount in reach states one value (一般债务还本支出 beside 还本支出 would make it two).
    if (name.length < 3) return undefined;
    let found: DocFigure | undefined;
    for (const r of reach) {
      for (const f of r.figs) {
        if (!usable(f) || !normalSubject(labelBefore(r.text, f.start, r.from)).endsWith(normalSubject(name))) continue;
        if (found && !baseValue(found).eq(baseValue(f))) return undefined;
        found ??= f;
      }
    }
    return found && { after, total: found, name };
  }

  /**
   * 2025年“三公”经费预算32.00万元，决算28.60万元。 then each member in a statement of its own, opening with its name and
   * giving the same measures (因公出国（境）费预算0万元，决算0万元。公务用车购置及运行维护费预算…；公务接待费…), set out after
   * 其中, one to a paragraph or run on: one sum for each measure the total states, when the members' names are the whole of
   * a split the domain knows (三公经费, 基本支出). Anything else between the statements (what a member was spent on, a
   * member's own 其中) is passed over, and a name outside the split ends the reading: the split is what proves the list.
   */
  private measuredMembers(block: Block, sentences: Sentence[], from: number): void {
    for (const s of sentences) {
      const total = measuredAmounts(block.text, s, s.start);
      if (!total) continue;
      const subject = total.name;
      if (!splitsKnownOf(subject, 'money')) continue;
      const members: Array<{ name: string; byMeasure: Map<string, DocFigure> }> = [];
      let split: ReturnType<typeof partitionRun>;
      // The statements after the total: the rest of its paragraph, then the paragraphs after it (a title, a table or a
      // numbered heading ends them), each cut at its full stops and semicolons.
      let seen = 0;
      for (const seg of this.segmentsAfter(block, s)) {
        if (++seen > MEASURED_MEMBER_REACH) break;
        const m = measuredAmounts(seg.text, seg, seg.from);
        if (!m) continue;
        // A member of another body's money (本部门… under 全区…) is no part of this total: the reading stops.
        if (m.scope && total.scope && m.scope !== total.scope) break;
        members.push({ name: m.name, byMeasure: m.byMeasure });
        split = partitionRun(subject, members.map((x) => x.name), 'money');
        if (split && split.start === 0 && !split.partition.mayOmit) break;
      }
      if (!split || split.start !== 0 || split.end !== members.length || split.partition.mayOmit) continue;
      for (const [measure, whole] of total.byMeasure) {
        const parts = members.map((x) => x.byMeasure.get(measure));
        if (parts.some((f) => !f || !compatible(f, whole)) || whole.approximate || parts.some((f) => f!.approximate)) continue;
        // Read already, the same whole with as many parts (a list run on in one sentence): said once.
        if (this.claims.slice(from).some((c) => c.total.id === whole.id && c.components.length >= parts.length)) continue;
        const claim: SumClaim = {
          kind: 'sum',
          subject: `${subject}${measure}`,
          total: whole,
          components: parts.map((f, k) => ({ figure: f!, label: `${members[k].name}${measure}` })),
          complete: true,
          partition: split.partition.name,
          shape: 'of-which',
        };
        MEASURED.add(claim);
        this.claims.push(claim);
      }
    }
  }

  /** The statements after sentence `s`: the rest of its paragraph and of the paragraphs after it, cut at 。 and ；. */
  private *segmentsAfter(block: Block, s: Sentence): Generator<{ text: string; figures: readonly DocFigure[]; from: number }> {
    const blocks = this.ctx.doc.blocks;
    for (let i = block.index, paragraphs = 0; i < blocks.length && paragraphs <= MEASURED_MEMBER_PARAGRAPHS; i++) {
      const b = blocks[i];
      if (i > block.index) {
        if (!b.text.trim()) continue;
        if (b.kind !== 'paragraph' || isTitleLine(b.text.trim()) || readMarker(b.text)) return;
        paragraphs++;
      }
      for (const t of this.ctx.sentences(b)) {
        if (i === block.index && t.start <= s.start) continue;
        let at = t.start;
        for (const cut of [...b.text.slice(t.start, t.end).matchAll(/[；;]/g)].map((m) => t.start + m.index! + 1).concat(t.end)) {
          yield { text: b.text, figures: t.figures.filter((f) => f.start >= at && f.end <= cut), from: at };
          at = cut;
        }
      }
    }
  }

  /**
   * （1）…（2）…（3）… items after a block that ends in 其中：, each contributing its first amount; or, given the measure the
   * total is stated at (调整预算为6,023.00万元，支出决算为5,936.20万元。其中：1.…调整预算为…，支出决算为…), each item's amount
   * at that measure: none when an item states amounts at measures and not at that one.
   */
  private subItems(block: Block, measure?: string): Component[] {
    const blocks = this.ctx.doc.blocks;
    const first = blocks[block.index + 1];
    const marker = first && readMarker(first.text);
    if (!marker) return [];
    const rank = LEVEL_RANK[marker.level];
    const components: Component[] = [];
    let expected = 1;
    let i = block.index + 1;
    while (i < blocks.length) {
      const b = blocks[i];
      const m = readMarker(b.text);
      if (!m || m.level !== marker.level || m.ordinal !== expected) break;
      // The item runs until the next marker at its level or above; at most a few blocks.
      let j = i;
      let found: Component | undefined;
      let measured = false;
      do {
        const t = blocks[j].text;
        const first = this.ctx.figuresByBlock[j].find(isAmount);
        const atMeasure = measure
          ? this.ctx.figuresByBlock[j].find((x) => {
              if (!isAmount(x)) return false;
              const own = measureBefore(t, x.start);
              if (own) measured = true;
              return own === measure;
            })
          : undefined;
        const f = atMeasure ?? first;
        // (At a measure, the item's name before its first amount's clause and the measure: 高中教育（项）支出决算, not every
        // stage the item went through on the way to it.)
        const named = atMeasure && first ? `${cleanLabel(t.slice(0, clauseStartBefore(t, first.start)))}${labelBefore(t, atMeasure.start)}` : '';
        if (f && !found) found = { figure: f, label: named || cleanLabel(t.slice(0, f.start)) || cleanLabel(b.text) };
        j++;
      } while (j < blocks.length && j < i + 4 && !this.endsItem(blocks[j], rank));
      if (measure && measured && !found) return [];
      if (found) components.push(found);
      expected++;
      i = j;
    }
    return components;
  }

  private endsItem(b: Block, rank: number): boolean {
    const m = readMarker(b.text);
    return b.kind === 'heading' || (!!m && LEVEL_RANK[m.level] <= rank);
  }

  /**
   * "17个评价对象的评价结果为：优秀4个、良好9个、合格3个、不合格2个": a count,
   * then after a colon counts of a known partition of it (the grades). Only a
   * list that is the whole partition is taken: anything else may be a subset.
   */
  private countsAfterColon(s: Sentence, prev?: Sentence): void {
    const text = s.block.text;
    // 其中, 包括 and N个…中， open their own lists (ofWhich): a sentence that opens with 包括 lists the parts
    // of the count before it, its first count is not the total of the rest.
    if (s.text.includes('其中') || /^[\s\u3000]*(?:主要)?包括/.test(s.text) || AMONG_COUNT.test(s.text)) return;
    // 优的15个、良的6个、中的1个、差的0个；平均得分90.3分: the list ends at the ； after which another kind of
    // figure comes next (a ； between counts goes on with the list).
    let end = s.end;
    const semis = /[；;]/g;
    for (let m = semis.exec(s.text); m; m = semis.exec(s.text)) {
      const next = s.figures[firstFrom(s.figures, s.start + m.index)];
      if (!next) break;
      if (next.dimension !== 'count') {
        end = s.start + m.index;
        break;
      }
    }
    const inList = end === s.end ? s.figures : s.figures.filter((f) => f.end <= end);
    let colon = text.slice(s.start, end).search(/[：:]/);
    // 对26个项目开展绩效自评。自评结果：优秀17个，良好8个，合格2个: results listed after a colon, with no
    // figure before it, are of the one count the sentence before stated.
    const ofPrevious =
      colon >= 0 && !(inList[0]?.end <= s.start + colon) && RESULTS_LEAD.test(text.slice(s.start, s.start + colon)) && !!prev && prev.block === s.block;
    // 七、上年度绩效自评情况：对23个项目…，优的15个…: a colon before every figure ends a lead-in, not a count.
    const lead = colon >= 0 && !ofPrevious && !(inList[0]?.end <= s.start + colon) ? colon : -1;
    if (lead >= 0) colon = -1;
    let at = s.start + colon;
    let guessed = false;
    if (colon < 0) {
      // "对46个项目开展评价，涉及资金18.36亿元，评价结果为优秀的17个、良好的21个…": no colon, the
      // counts that end the sentence after the one count before them (amounts between are not counts).
      const figs = inList;
      let k = figs.length;
      while (k > 0 && figs[k - 1].dimension === 'count') k--;
      // Counts only: the first may be the total of the rest ("评价结果中，“优”3个、“良”4个" has none).
      guessed = k === 0;
      // 车辆按用途分：主要负责人用车0辆、机要通信用车0辆、应急保障用车2辆…: after a lead-in colon, a first count set off
      // from the next by a 、 as the others are is one item of the enumeration, not a total of the rest.
      if (k === 0 && figs.length >= 3 && lead >= 0 && figs.every((f, i) => i === 0 || ONE_ENUMERATION_GAP.test(text.slice(figs[i - 1].end, f.start)))) return;
      if (k === 0 && figs.length >= 3) k = 1;
      if (k === 0 || figs.length - k < 2) return;
      at = figs[k - 1].end;
    }
    let before = inList.filter((f) => f.end <= at);
    if (ofPrevious) before = prev!.figures.filter((f) => f.dimension === 'count');
    const total = colon < 0 ? before.filter((f) => f.dimension === 'count').at(-1) : before[before.length - 1];
    if (!total || total.dimension !== 'count' || total.approximate || before.filter((f) => f.dimension === 'count').length !== 1) return;
    // 优秀（90分及以上）17个: a grade's band in brackets is a note on it, not a figure of the list.
    const depth = depths(text, s.block);
    const after = inList.filter((f) => f.start > at && depth[f.start] === depth[at]);
    if (after.length < 2 || after.some((f) => f.dimension !== 'count' || f.unit !== total.unit || f.approximate)) return;
    // 其余…, …等: the list says it is not all.
    if (/其余|其他|剩余|等/.test(text.slice(after[after.length - 1].end, end))) return;
    const components = after.map((f, k) => ({ figure: f, label: cleanLabel(text.slice(k === 0 ? at + 1 : after[k - 1].end, f.start).replace(BRACKETED, '')) }));
    const subject = subjectBefore(text, total.start, s.start) || cleanLabel(text.slice(total.end, at)) || cleanLabel(text.slice(s.start, total.start));
    const run = partitionRun(subject, components.map((c) => c.label), 'count');
    if (!run || run.start !== 0 || run.end !== components.length) return;
    // Without a colon to bound the list, only one naming every member is taken as the whole; one
    // naming some of the grades may still not hold more than the count (优的6个、良的5个、中的2个 of 12).
    const whole = colon >= 0 || components.length === run.partition.members.length;
    // A first count that is itself one of the grades (评价结果中，“优”3个、“良”4个…) is no total of the rest.
    if (!whole && guessed && run.partition.members.some((m) => m.pattern.test(labelBefore(text, total.start, s.start)))) return;
    // 主要是：执法执勤用车八辆，特种专业技术用车三辆: a colon bounds the list, but one of kinds that may be left out is
    // still not the whole.
    const complete = whole && !run.partition.mayOmit;
    this.claims.push({ kind: 'sum', subject: (colon < 0 || ofPrevious ? countedNoun(text, total) : cleanLabel(text.slice(total.end, at))) || subject, total, components, complete, ...(whole ? { partition: run.partition.name } : {}), shape: 'of-which' });
  }

  /**
   * "社会保险基金收入36.48亿元，支出34.92亿元，当年收支结余1.56亿元": income, spending and the
   * year's balance, one after the other in one sentence, each in a clause of its own: the income
   * is the spending and the balance together. Only that order and nothing else between them.
   */
  private balanceOfYear(s: Sentence): void {
    const text = s.block.text;
    const figs = s.figures;
    let found = false;
    for (let k = 0; k + 2 < figs.length; k++) {
      const [inc, out, bal] = [figs[k], figs[k + 1], figs[k + 2]];
      if (![inc, out, bal].every((f) => isAmount(f) && f.dimension === 'money' && !f.approximate)) continue;
      // The words between the figures first (each stretch read once over the sentence), the label last.
      const between = text.slice(inc.end, out.start);
      const after = text.slice(out.end, bal.start);
      const ofYear = spendingOf(between, text.slice(Math.max(s.start, inc.start - 40), inc.start)) && BALANCE_CLAUSE.test(after) && INCOME_LABEL.test(labelBefore(text, inc.start, s.start));
      const carried = !ofYear && TOTAL_SPENDING_CLAUSE.test(between) && CARRY_CLAUSE.test(after) && TOTAL_INCOME_LABEL.test(text.slice(Math.max(s.start, inc.start - 8), inc.start).trimEnd());
      if (!ofYear && !carried) continue;
      // 基金收入A，其中：个人缴费B、财政补贴C；基金支出D，本年收支结余E: an income after 其中 is a part of the one
      // before the list, not what the spending and the balance split.
      if (insideList(text, s.start, inc.start)) continue;
      this.claims.push(netOfSpending(subjectBefore(text, inc.start, s.start) || cleanLabel(text.slice(s.start, inc.start)), inc, out, carried ? '支出总计' : '支出', bal, carried ? '结转下年' : '结余'));
      // 一般公共预算收入总计…、支出总计…，结转下年…；政府性基金预算收入总计…: a report may state each fund's three
      // in turn in one sentence. Each is its own claim; a fund after the first is looked for past this one's figures.
      found = true;
      k += 2;
    }
    if (!found) this.carriedAfterTotals(s);
  }

  /**
   * "共安排衔接资金32,680万元，截至年末已支出30,412.60万元，支出进度93.1%，结余资金2,167.40万元": money made available,
   * what of it has been spent and what is left, in that order in one sentence, each in a clause of its own and no other
   * amount between them (a progress rate may stand between): the money made available is the two together.
   */
  private spentAndLeft(s: Sentence): void {
    const text = s.block.text;
    const money = s.figures.filter((f) => f.dimension === 'money');
    for (let k = 0; k + 2 < money.length; k++) {
      const [made, spent, left] = [money[k], money[k + 1], money[k + 2]];
      if (![made, spent, left].every((f) => isAmount(f) && !f.approximate)) continue;
      if (!MADE_AVAILABLE.test(text.slice(Math.max(s.start, made.start - 20), made.start))) continue;
      if (!SPENT_CLAUSE.test(text.slice(made.end, spent.start))) continue;
      // Only percentages between them: another figure of any other kind is another statement. (From an index: only
      // the figures between the three are looked at.)
      let other = false;
      for (let j = firstFrom(s.figures, made.end); j < s.figures.length && s.figures[j].start < left.start && !other; j++) {
        const f = s.figures[j];
        if (f !== spent && f.dimension !== 'percent') other = true;
      }
      if (other) continue;
      const afterSpent = text.slice(spent.end, left.start).replace(PROGRESS_CLAUSE, '');
      if (!LEFT_CLAUSE.test(afterSpent)) continue;
      if (insideList(text, s.start, made.start)) continue;
      this.claims.push(netOfSpending(subjectBefore(text, made.start, s.start) || cleanLabel(text.slice(s.start, made.start)), made, spent, '已支出', left, '结余'));
      k += 2;
    }
  }

  /**
   * "…收入总计365.52亿元；一般公共预算支出326.54亿元，加上解上级支出4.62亿元…，支出总计353.56亿元；收支相抵，结转下年
   * 支出12.96亿元": a report's run-on sentence of the two totals, each after its own parts, and what they leave.
   * The carry-over right after 支出总计 is the nearest 收入总计 before it less that total; only totals (收入 − 支出
   * of a budget leaves out its transfers in and out), and no other 总计 between them.
   */
  private carriedAfterTotals(s: Sentence): void {
    const text = s.block.text;
    const figs = s.figures;
    const usable = (f: DocFigure) => isAmount(f) && f.dimension === 'money' && !f.approximate;
    // A wrapped line may break these words: they are read without white space.
    const labelled = (f: DocFigure, re: RegExp) => re.test(text.slice(Math.max(s.start, f.start - 12), f.start).replace(/[\s\u3000]+/g, ''));
    for (let k = 1; k < figs.length; k++) {
      const [out, bal] = [figs[k - 1], figs[k]];
      if (!usable(out) || !usable(bal) || !CARRY_CLAUSE.test(text.slice(out.end, bal.start)) || !labelled(out, /支出总计(?:为|是|达)?$/)) continue;
      // One 收入总计 before it in the sentence: two (a fund's and another's) leave the income unsaid.
      const incomes = figs.slice(0, k - 1).filter((f) => labelled(f, /收入总计(?:为|是|达)?$/));
      const inc = incomes.length === 1 ? incomes[0] : undefined;
      if (!inc || !usable(inc) || figs.slice(figs.indexOf(inc) + 1, k - 1).some((f) => labelled(f, /总计(?:为|是|达)?$/))) continue;
      this.claims.push(netOfSpending(subjectBefore(text, inc.start, s.start) || '收入总计', inc, out, '支出总计', bal, '结转下年'));
      return;
    }
  }

  /**
   * "年初滚存结余46.71亿元，当年收支结余4.47亿元，年末滚存结余51.18亿元" (or the year's balance first,
   * then 加上年初滚存结余…): the closing stock is the opening stock and the year's balance together.
   * Three amounts in a row of one sentence, each in a clause that names only its stage.
   */
  private rollForward(s: Sentence): void {
    const text = s.block.text;
    const figs = s.figures;
    for (let k = 0; k + 2 < figs.length; k++) {
      const [a, b, close] = [figs[k], figs[k + 1], figs[k + 2]];
      if (![a, b, close].every((f) => isAmount(f) && f.dimension === 'money' && !f.approximate)) continue;
      if (stageOf(text.slice(b.end, close.start), false) !== 'closing') continue;
      const second = stageOf(text.slice(a.end, b.start), false);
      if (second !== 'opening' && second !== 'flow' && second !== 'shortfall') continue;
      // The first stage in a clause of its own, or at the end of the sentence's opening clause.
      const before = text.slice(k === 0 ? s.start : figs[k - 1].end, a.start);
      const comma = Math.max(before.lastIndexOf('，'), before.lastIndexOf(','), before.lastIndexOf('；'), before.lastIndexOf(';'));
      const first = comma >= 0 ? stageOf(before.slice(comma), false) : k === 0 ? stageOf(before, true) : undefined;
      if (!first || first === 'closing' || first === second || (first !== 'opening' && second !== 'opening')) continue;
      const label = (st: RollStage) => (st === 'opening' ? '年初滚存结余' : st === 'shortfall' ? '当年收支缺口' : '当年收支结余');
      // 上年末累计结存24.18亿元，当年收支缺口2.62亿元: a shortfall is taken from the stock.
      const part = (f: DocFigure, st: RollStage): Component => ({ figure: f, label: label(st), ...(st === 'shortfall' ? { negative: true as const } : {}) });
      this.claims.push({
        kind: 'sum',
        subject: '年末滚存结余',
        total: close,
        components: [part(a, first), part(b, second)],
        complete: true,
        shape: 'of-which',
      });
      return;
    }
  }

  /**
   * "一般公共预算财政拨款年初结转和结余126.30万元，本年收入2,764.80万元，本年支出2,832.50万元，年末结转和结余
   * 68.60万元": money carried over closes as the opening stock plus the year's income less its spending. Four
   * amounts in a row of one sentence, the first at the end of its clause, each other in a clause naming only its stage.
   */
  private carriedRollForward(s: Sentence): void {
    const text = s.block.text;
    const figs = s.figures;
    for (let k = 0; k + 3 < figs.length; k++) {
      const [a, inc, out, close] = [figs[k], figs[k + 1], figs[k + 2], figs[k + 3]];
      if (![a, inc, out, close].every((f) => isAmount(f) && f.dimension === 'money' && !f.approximate)) continue;
      if (!CARRY_CLOSING.test(text.slice(out.end, close.start))) continue;
      if (!CARRY_INCOME.test(text.slice(a.end, inc.start)) || !CARRY_SPENDING.test(text.slice(inc.end, out.start))) continue;
      const before = text.slice(k === 0 ? s.start : figs[k - 1].end, a.start);
      const cut = Math.max(before.lastIndexOf('，'), before.lastIndexOf(','), before.lastIndexOf('；'), before.lastIndexOf(';'));
      if (!CARRY_OPENING.test(cut >= 0 ? before.slice(cut + 1) : before)) continue;
      this.claims.push({
        kind: 'sum',
        subject: '年末结转和结余',
        total: close,
        components: [
          { figure: a, label: '年初结转和结余' },
          { figure: inc, label: '本年收入' },
          { figure: out, label: '本年支出', negative: true },
        ],
        complete: true,
        shape: 'of-which',
      });
      return;
    }
  }

  /**
   * "财政拨款收入总计3,486.20万元，其中年初结转和结余…、本年财政拨款收入…；财政拨款支出3,302.80万元，年末结转和结余
   * 193.40万元": the total income is the spending and what is carried to next year together, when its own 其中 list
   * stands between them (balanceOfYear reads them with nothing between). Only after 收入总计, which holds the
   * opening stock: 收入合计 may be the year's income alone.
   */
  private totalIncomeThenCarried(s: Sentence): void {
    const text = s.block.text;
    const figs = s.figures;
    for (let k = 0; k + 2 < figs.length; k++) {
      const inc = figs[k];
      if (!isAmount(inc) || inc.dimension !== 'money' || inc.approximate) continue;
      if (!/收入总计(?:为|是|达)?$/.test(text.slice(Math.max(s.start, inc.start - 8), inc.start).trimEnd())) continue;
      if (!/^[\s\u3000]*[，,][\s\u3000]*其中/.test(text.slice(inc.end, inc.end + 4))) continue;
      const semi = text.slice(inc.end, s.end).search(/[；;]/);
      if (semi < 0) return;
      const j = firstFrom(figs, inc.end + semi);
      const [out, bal] = [figs[j], figs[j + 1]];
      if (!out || !bal || ![out, bal].every((f) => isAmount(f) && f.dimension === 'money' && !f.approximate)) return;
      if (!/^[；;][\s\u3000]*(?:财政拨款|本年|当年|全年)?(?:财政拨款)?支出(?:总计|合计)?(?:为|是|达)?[\s\u3000]*$/.test(text.slice(inc.end + semi, out.start))) return;
      const after = text.slice(out.end, bal.start);
      if (!CARRY_CLOSING.test(after) && !CARRY_CLAUSE.test(after)) return;
      this.claims.push(netOfSpending(subjectBefore(text, inc.start, s.start) || cleanLabel(text.slice(s.start, inc.start)), inc, out, '支出', bal, '年末结转和结余'));
      return;
    }
  }

  /**
   * "…收入总计108.58亿元。…，支出总计104.32亿元。收支相抵，年终结余4.26亿元": a sentence that opens with 收支相抵
   * and states only what is left nets the two totals stated before it: the 支出总计 ending the sentence right
   * before, and the nearest 收入总计 before that (in this paragraph or the one before). Only totals: 收入 − 支出
   * of a budget leaves out its transfers in and out.
   */
  private netOfTotalsBefore(block: Block, sentences: Sentence[], i: number): void {
    const s = sentences[i];
    const prev = sentences[i - 1];
    const bal = s.figures[0];
    if (!prev || !bal || !isAmount(bal) || bal.dimension !== 'money' || bal.approximate) return;
    if (!NET_OF_TOTALS.test(block.text.slice(s.start, bal.start).replace(/[\s\u3000]+/g, '')) || s.figures.some((f) => f !== bal && f.dimension === 'money')) return;
    const money = prev.figures.filter((f) => f.dimension === 'money');
    const out = money[money.length - 1];
    if (!out || !isAmount(out) || out.approximate || !/支出总计(?:为|是|达)?$/.test(block.text.slice(Math.max(prev.start, out.start - 12), out.start).replace(/[\s\u3000]+/g, ''))) return;
    if (!/^[\s\u3000]*(?:[。；;][\s\u3000]*)?$/.test(block.text.slice(out.end, s.start))) return;
    // A wrapped line may break any of these words: they are read without white space.
    const isIncomeTotal = (b: Block, f: DocFigure) => /收入总计(?:为|是|达)?$/.test(b.text.slice(Math.max(0, f.start - 12), f.start).replace(/[\s\u3000]+/g, ''));
    let inc: DocFigure | undefined;
    let incBlock: Block = block;
    for (let k = i - 1; k >= 0 && !inc; k--) {
      for (const f of sentences[k].figures) if (f.dimension === 'money' && f.end <= out.start && isIncomeTotal(block, f)) inc = f;
    }
    if (!inc) {
      // The income total may close the section before (一、收入… / 二、支出…): a title between is passed over.
      const before = this.paragraphAcrossTitle(block);
      const last = before ? this.ctx.sentences(before).at(-1) : undefined;
      const f = last?.figures.filter((x) => x.dimension === 'money').at(-1);
      if (before && f && isIncomeTotal(before, f)) {
        inc = f;
        incBlock = before;
      }
    }
    if (!inc || !isAmount(inc) || inc.approximate) return;
    const claim = netOfSpending(subjectBefore(incBlock.text, inc.start) || '收入总计', inc, out, '支出总计', bal, '年终结余');
    // 加上…，收入总计391.00亿元 already read with its parts: a 收入总计 misprinted breaks both sums by one gap, said once, by
    // the parts it was stated with (the rule lets the earlier parts speak).
    // (Looked for among the last claims only: the total's own block and the few after it made them.)
    const stated = this.claims.slice(-STATED_REACH).filter((c) => c.total.id === inc.id && c.complete && c.shape !== 'table-row' && c.shape !== 'table-column');
    if (stated.length) claim.neighbours = stated.map((c): TableNeighbour => ({ subject: c.subject, total: c.total, components: c.components, shape: c.shape, complete: c.complete, ...(c.partition ? { partition: c.partition } : {}) }));
    this.claims.push(claim);
  }

  /**
   * "收入13,404万元加上年结转620万元，减去支出9,384万元和调出资金4,020万元，年终结转下年580万元": an amount, the
   * amounts added to it (加, 加上) and taken from it (减, 减去, 扣除, each run joined by 、和及), then what is left
   * (年终结余, 结转下年, 年末结余…) in a clause of its own: the last is the first plus the added less the taken.
   * Every figure of the sentence up to the result takes part, and something must be taken away.
   */
  private addedThenTaken(s: Sentence): void {
    const text = s.block.text;
    const figs = s.figures;
    if (figs.length < 3) return;
    const squeeze = (a: number, b: number) => text.slice(a, b).replace(/[\s\u3000]+/g, '');
    const components: Component[] = [{ figure: figs[0], label: labelBefore(text, figs[0].start, s.start) }];
    let sign: 'add' | 'take' | undefined;
    let taken = false;
    for (let k = 1; k < figs.length; k++) {
      const f = figs[k];
      if (!isAmount(f) || f.dimension !== 'money' || f.approximate || !isAmount(figs[0]) || figs[0].approximate || figs[0].dimension !== 'money') return;
      const between = squeeze(figs[k - 1].end, f.start);
      const verb = ADD_OR_TAKE.exec(between);
      if (verb) {
        sign = /加/.test(verb[1]) ? 'add' : 'take';
        if (sign === 'take') taken = true;
        components.push({ figure: f, label: verb[2], ...(sign === 'take' ? { negative: true as const } : {}) });
        continue;
      }
      const more = AND_MORE.exec(between);
      if (more && sign) {
        components.push({ figure: f, label: more[1], ...(sign === 'take' ? { negative: true as const } : {}) });
        continue;
      }
      const left = LEFT_OVER.exec(between);
      if (!left || !taken || k !== figs.length - 1 && !/^[。；;]/.test(squeeze(f.end, figs[k + 1].start))) return;
      // A roll-forward of money carried over, read before (carriedRollForward), says it already.
      if (this.claims.some((c) => c.total.id === f.id)) return;
      this.claims.push({ kind: 'sum', subject: left[1], total: f, components, complete: true, shape: 'of-which' });
      return;
    }
  }

  /**
   * 年初预算为A，本次调增B，调减C，调整后预算为D (预算调整方案) and 年初余额A，本次动用B后，余额为D: the stage
   * after an adjustment is the stage before plus what is added less what is taken. Only the verbs of an
   * adjustment make a step (比上年增加 is a change on last year), and the steps stand between the stages.
   */
  private adjusted(s: Sentence): void {
    const text = s.block.text;
    const figs = s.figures;
    const squeeze = (a: number, b: number) => text.slice(a, b).replace(/[\s\u3000]+/g, '');
    const money = (f: DocFigure) => f.dimension === 'money' && !f.approximate && f.role !== 'rate';
    for (let k = 0; k + 2 < figs.length; k++) {
      const opening = ADJUST_OPENING.exec(labelBefore(text, figs[k].start, s.start));
      if (!opening || !isAmount(figs[k]) || !money(figs[k])) continue;
      const components: Component[] = [{ figure: figs[k], label: opening[1] }];
      let j = k + 1;
      for (; j < figs.length; j++) {
        const step = ADJUST_STEP.exec(squeeze(figs[j - 1].end, figs[j].start));
        if (!step || !money(figs[j])) break;
        components.push({ figure: figs[j], label: `${step[1]}数`, ...(ADJUST_ADDS.test(step[1]) ? {} : { negative: true as const }) });
      }
      const total = figs[j];
      const result = total && components.length > 1 ? ADJUST_RESULT.exec(squeeze(figs[j - 1].end, total.start)) : null;
      if (!result || !isAmount(total) || !money(total) || this.claims.some((c) => c.total.id === total.id)) continue;
      const name = labelBefore(text, figs[k].start, s.start).slice(0, -opening[0].length);
      this.claims.push({ kind: 'sum', subject: `${name}${result[1]}`, total, components, complete: true, shape: 'of-which' });
      k = j;
    }
  }

  /**
   * "2024年全市社会保险基金收入386.52亿元，…。…。社会保险基金支出371.26亿元，比上年增长6.3%。当年收支结余15.26亿元":
   * a sentence opening with the year's balance, right after one opening with a fund's spending, nets that
   * spending and the same fund's income stated by a sentence opening with it shortly before (this paragraph
   * or the two before it). The fund must be named alike in both, and nothing else opens with its income between.
   */
  private balanceAfterSpending(block: Block, sentences: Sentence[], i: number): void {
    const s = sentences[i];
    const prev = sentences[i - 1];
    const bal = s.figures[0];
    if (!prev || !bal || !isAmount(bal) || bal.dimension !== 'money' || bal.approximate) return;
    const squeeze = (b: Block, from: number, to: number) => b.text.slice(from, to).replace(/[\s\u3000]+/g, '');
    if (!YEAR_BALANCE_OPENING.test(squeeze(block, s.start, bal.start))) return;
    // What a sentence opens with: its first figure and the words before it, without a year or a scope.
    const opening = (b: Block, x: Sentence) => {
      const f = x.figures[0];
      if (!f || !isAmount(f) || f.dimension !== 'money' || f.approximate) return undefined;
      return { f, label: squeeze(b, x.start, f.start).replace(FUND_OPENING_TIME, '').replace(FUND_OPENING_SCOPE, '') };
    };
    const spent = opening(block, prev);
    const fund = spent && /^(.{2,20}?)(?:预算)?支出(?:决算|预算)?(?:为|是|达|完成)?$/.exec(spent.label)?.[1];
    if (!spent || !fund || /[，,、；;]/.test(fund)) return;
    // The same fund's income: its name, then (预算)收入, then at most a measure and a verb.
    const incomeOf = (label: string) => {
      const core = label.replace(/(?:为|是|达|完成)$/, '').replace(/(?:决算|预算)$/, '');
      return core.endsWith('收入') && core.slice(0, -2).replace(/预算$/, '') === fund;
    };
    const look: Array<{ b: Block; xs: Sentence[] }> = [{ b: block, xs: sentences.slice(0, i - 1) }];
    for (let k = block.index - 1, n = 0; k >= 0 && n < 2; k--) {
      const b = this.ctx.doc.blocks[k];
      if (!b.text.trim()) continue;
      if (b.kind !== 'paragraph' || isTitleLine(b.text.trim())) break;
      look.push({ b, xs: this.ctx.sentences(b) });
      n++;
    }
    for (const { b, xs } of look) {
      for (let k = xs.length - 1; k >= 0; k--) {
        const o = opening(b, xs[k]);
        // A framed opening (按收入来源分，保险费收入…) states a part, not a fund's income.
        if (!o || !/收入/.test(o.label) || /[，,：:]/.test(o.label)) continue;
        if (!incomeOf(o.label)) return;
        this.claims.push({
          kind: 'sum',
          subject: `${fund}收入`,
          total: o.f,
          components: [
            { figure: spent.f, label: '支出' },
            { figure: bal, label: '当年收支结余' },
          ],
          complete: true,
          shape: 'of-which',
        });
        return;
      }
    }
  }

  /**
   * "决策指标权重15分得14.0分，过程指标权重20分得17.5分，…，总得分89.5分": each indicator's weight then the score it
   * got; the total score is the scores' sum (the weights are no parts). Every score figure before the total must
   * be such a pair, and every pair in the same kind of clause.
   */
  private scoresAgainstWeights(s: Sentence): void {
    const text = s.block.text;
    const figs = s.figures;
    const squeeze = (a: number, b: number) => text.slice(a, b).replace(/[\s\u3000]+/g, '');
    const t = figs.findIndex((f, k) => k >= 4 && f.dimension === 'score' && SCORE_TOTAL.test(squeeze(Math.max(s.start, f.start - 10), f.start)));
    if (t < 0 || (t % 2) !== 0) return;
    const total = figs[t];
    const components: Component[] = [];
    for (let k = 0; k < t; k += 2) {
      const [w, g] = [figs[k], figs[k + 1]];
      if (![w, g].every((f) => f.dimension === 'score' && !f.approximate) || total.approximate) return;
      const from = k === 0 ? s.start : figs[k - 1].end;
      const label = squeeze(from, w.start).replace(/^[，,；;：:]/, '');
      if (!WEIGHT_LABEL.test(label) || !GOT_SCORE.test(squeeze(w.end, g.start))) return;
      components.push({ figure: g, label: label.replace(WEIGHT_LABEL, '') });
    }
    if (!/^[，,；;]/.test(squeeze(figs[t - 1].end, total.start))) return;
    this.claims.push({ kind: 'sum', subject: squeeze(figs[t - 1].end, total.start).replace(/^[，,；;]/, '').replace(/(?:为|是|达)$/, ''), total, components, complete: true, shape: 'of-which' });
  }

  /**
   * "预算执行率得8.5分，产出指标得42.5分，效益指标得24.0分，满意度指标得9.0分，项目自评得分86.0分": the first-level
   * indicators' scores, one clause each, then the total score. Only a run of clauses that is a split the domain
   * knows complete (tables.ts PARTITIONS): a list of some indicators says nothing of the total.
   */
  private scoresThenTotal(s: Sentence): void {
    const text = s.block.text;
    const figs = s.figures;
    if (figs.length < 3) return;
    const squeeze = (a: number, b: number) => text.slice(a, b).replace(/[\s\u3000]+/g, '');
    const t = figs.length - 1 - [...figs].reverse().findIndex((f) => f.dimension === 'score' && SCORED_TOTAL.test(squeeze(Math.max(s.start, f.start - 12), f.start)));
    if (t >= figs.length || t < 2) return;
    const total = figs[t];
    if (total.approximate) return;
    const components: Component[] = [];
    for (let k = 0; k < t; k++) {
      const f = figs[k];
      if (f.dimension !== 'score' || f.approximate) return;
      const stretch = squeeze(k === 0 ? s.start : figs[k - 1].end, f.start);
      // The first clause may follow an opening one (经综合评价，决策指标得…); the others follow the score before.
      if (k > 0 && !/^分?[，,；;、]/.test(stretch)) return;
      const m = SCORED_CLAUSE.exec(stretch.slice(Math.max(...[...'，,；;：:、'].map((c) => stretch.lastIndexOf(c))) + 1));
      if (!m) return;
      components.push({ figure: f, label: m[1] });
    }
    if (!/^分?[，,；;]/.test(squeeze(figs[t - 1].end, total.start))) return;
    const found = partitionRun('得分', components.map((c) => c.label), 'score');
    if (!found || found.start !== 0 || found.end !== components.length) return;
    this.claims.push({ kind: 'sum', subject: SCORED_TOTAL.exec(squeeze(Math.max(s.start, total.start - 12), total.start))![0].replace(/(?:为|是|达)$/, ''), total, components, complete: true, partition: found.partition.name, shape: 'listed-then-total' });
  }

  /**
   * 该指标分值30分，得分24.90分，其中经济效益8分得6.40分、社会效益10分得8.60分…: an indicator's weight and score, then
   * its parts' weights and scores in a 其中 list. When the parts' weights make the whole weight, the parts are all of
   * the indicator, and their scores must make its score (the weights themselves are read by the 其中 list).
   */
  private scoresAfterOfWhich(s: Sentence): void {
    const text = s.block.text;
    const figs = s.figures;
    const squeeze = (a: number, b: number) => text.slice(a, b).replace(/[\s\u3000]+/g, '');
    const score = (f: DocFigure | undefined): f is DocFigure => !!f && f.dimension === 'score' && !f.approximate;
    for (let k = 0; k + 5 < figs.length; k++) {
      const [w, g] = [figs[k], figs[k + 1]];
      if (!score(w) || !score(g) || !WEIGHT_LABEL.test(squeeze(Math.max(s.start, w.start - 8), w.start)) || !GOT_SCORE.test(squeeze(w.end, g.start))) continue;
      if (!/^[，,；;]?其中[：:，,]?[^，,；;。：:0-9０-９]{1,16}$/.test(squeeze(g.end, figs[k + 2].start))) continue;
      // The parts' weights only need adding up; their scores are the claim's components.
      let weights = w.value.times(0);
      const scores: Component[] = [];
      let j = k + 2;
      for (; j + 1 < figs.length; j += 2) {
        const [wi, gi] = [figs[j], figs[j + 1]];
        if (!score(wi) || !score(gi) || !GOT_SCORE.test(squeeze(wi.end, gi.start))) break;
        const label = squeeze(j === k + 2 ? g.end : figs[j - 1].end, wi.start).replace(/^[，,；;、]?(?:其中[：:，,]?)?/, '');
        if (j > k + 2 && !/^[、，,；;]/.test(squeeze(figs[j - 1].end, wi.start))) break;
        weights = weights.plus(wi.value);
        scores.push({ figure: gi, label });
      }
      if (scores.length < 2 || !weights.eq(w.value)) continue;
      this.claims.push({ kind: 'sum', subject: `${squeeze(s.start, w.start).replace(WEIGHT_LABEL, '').replace(/^.*[。；;：:]/, '')}得分`.replace(/^[（(][一二三四五六七八九十]+[）)]/, ''), total: g, components: scores, complete: true, shape: 'of-which' });
      k = j - 1;
    }
  }

  /**
   * "过程指标分值20分，得17.8分。其中资金管理10分，得9.2分，主要是…；组织实施10分，得8.6分。": the indicator's weight and score
   * end one sentence, its parts' weights and scores make the next, a note may follow a part. When the parts' weights
   * make the indicator's, the parts are all of it: their scores add up to its score.
   */
  private scoresInNextSentence(s: Sentence, prev: Sentence | undefined): void {
    const text = s.block.text;
    if (!prev || prev.block !== s.block || !/^[\s\u3000]*其中/.test(text.slice(s.start, s.end))) return;
    const squeeze = (a: number, b: number) => text.slice(a, b).replace(/[\s\u3000]+/g, '');
    const score = (f: DocFigure | undefined): f is DocFigure => !!f && f.dimension === 'score' && !f.approximate;
    const [w, g] = prev.figures.slice(-2);
    if (!score(w) || !score(g) || !WEIGHT_LABEL.test(squeeze(Math.max(prev.start, w.start - 8), w.start)) || !GOT_SCORE.test(squeeze(w.end, g.start))) return;
    const figs = s.figures;
    if (figs.length < 4 || figs.length % 2 !== 0) return;
    let weights = w.value.times(0);
    const scores: Component[] = [];
    for (let j = 0; j + 1 < figs.length; j += 2) {
      const [wi, gi] = [figs[j], figs[j + 1]];
      if (!score(wi) || !score(gi) || !GOT_SCORE.test(squeeze(wi.end, gi.start))) return;
      // The part's name: after the last mark before its weight (a note on the part before may stand between).
      const stretch = squeeze(j === 0 ? s.start : figs[j - 1].end, wi.start).replace(/^其中[：:，,]?/, '');
      if (j > 0 && !/[、，,；;]/.test(stretch)) return;
      const label = stretch.slice(Math.max(...[...'、，,；;'].map((c) => stretch.lastIndexOf(c))) + 1);
      if (!/^[\u4e00-\u9fff“”（）()]{2,16}$/.test(label)) return;
      weights = weights.plus(wi.value);
      scores.push({ figure: gi, label });
    }
    if (!weights.eq(w.value)) return;
    this.claims.push({ kind: 'sum', subject: `${squeeze(prev.start, w.start).replace(WEIGHT_LABEL, '').replace(/^.*[。；;：:，,]/, '')}得分`.replace(/^[（(][一二三四五六七八九十]+[）)]/, ''), total: g, components: scores, complete: true, shape: 'of-which' });
  }

  /**
   * 审计查出问题9个，涉及金额4,820万元，已整改8个，部分整改2个: counts set after a count, each naming a stage of one action (已整改,
   * 部分整改, 正在整改, 未整改), split it with no 其中: no item is at two stages. The stages named need not be all of them, so
   * only stages that add up to more than the count contradict it.
   */
  private countsByStatus(s: Sentence): void {
    const text = s.block.text;
    const figs = s.figures;
    for (let k = 0; k + 2 < figs.length; k++) {
      const total = figs[k];
      if (total.dimension !== 'count' || total.approximate || !isAmount(total)) continue;
      const parts: Component[] = [];
      let verb: string | undefined;
      // A stage stands within a few figures of the one before (an amount or a rate may come between): the look ahead is
      // bounded, so a sentence of many counts is read in linear time.
      for (let j = k + 1, last = k; j < figs.length && j - last <= STATUS_REACH; j++) {
        const f = figs[j];
        if (f.dimension !== 'count' || f.unit !== total.unit) continue;
        last = j;
        const clause = text.slice(figs[j - 1].end, f.start);
        const m = STATUS_CLAUSE.exec(clause);
        // A stage named twice (已整改…，已整改…) is no split of one count: a list of statements, read no further.
        if (!m || (verb && m[2] !== verb) || f.approximate || parts.some((p) => p.label === `${m[1]}${m[2]}`)) break;
        verb = m[2];
        parts.push({ figure: f, label: `${m[1]}${m[2]}` });
      }
      if (parts.length < 2) continue;
      this.claims.push({ kind: 'sum', subject: cleanLabel(labelBefore(text, total.start, s.start)) || '总数', total, components: parts, complete: false, shape: 'of-which' });
      return;
    }
  }

  /** The paragraph right before, skipping empty ones and at most one title between (a heading, a numbered title line). */
  private paragraphAcrossTitle(block: Block): Block | undefined {
    let titles = 0;
    for (let i = block.index - 1; i >= 0 && i >= block.index - 4; i--) {
      const b = this.ctx.doc.blocks[i];
      if (!b.text.trim()) continue;
      if (b.kind === 'heading' || (b.kind === 'paragraph' && b.text.length <= 40 && isTitleLine(b.text.trim()))) {
        if (++titles > 1) return undefined;
        continue;
      }
      return b.kind === 'paragraph' && /[。]\s*$/.test(b.text) ? b : undefined;
    }
    return undefined;
  }

  /** The paragraph right before, skipping nothing but empty ones; none across a heading or a table. */
  private previousParagraph(block: Block): Block | undefined {
    for (let i = block.index - 1; i >= 0 && i >= block.index - 2; i--) {
      const b = this.ctx.doc.blocks[i];
      if (!b.text.trim()) continue;
      return b.kind === 'paragraph' && /[。：:]\s*$/.test(b.text) ? b : undefined;
    }
    return undefined;
  }

  /**
   * What a sentence opening with 加上 adds to, stated in the sentence `before` it: that sentence's one amount; or, when it
   * lists parts after 其中 (其中：税收收入…；非税收入…。), the one amount of the sentence before that, whose parts they are.
   */
  private addedTo(before: Sentence): DocFigure | undefined {
    const money = (x: Sentence) => x.figures.filter((f) => f.role !== 'delta' && f.dimension === 'money');
    const amounts = money(before);
    const text = before.block.text;
    // …支出118.36亿元…。其中，专项债券安排的支出42.60亿元，占…。加上…，支出总计…: an amount listed after 其中 is a part
    // of the whole before it, not what the next sentence adds to.
    if (amounts.length === 1 && isAmount(amounts[0]) && !/其中/.test(text.slice(before.start, amounts[0].start))) return amounts[0];
    if (amounts.length < 2 || !/^[\s\u3000]*其中/.test(text.slice(before.start, before.end))) return undefined;
    const sentences = this.ctx.sentences(before.block);
    const head = sentences[sentences.indexOf(before) - 1];
    const whole = head ? money(head) : [];
    if (whole.length !== 1 || !isAmount(whole[0]) || /其中/.test(text.slice(head.start, whole[0].start))) return undefined;
    return amounts.every((f) => compatible(f, whole[0])) ? whole[0] : undefined;
  }

  /** The block goes on a sentence the paragraph before left unfinished (a line cut by a PDF's page width). */
  private continues(block: Block): boolean {
    const prev = this.ctx.doc.blocks[block.index - 1];
    // A numbered title line (三、“三公”经费支出情况) ends nothing, and nothing goes on from it.
    return !!prev && prev.kind === 'paragraph' && !/[。！？!?：:；;]\s*$/.test(prev.text) && !isTitleLine(prev.text);
  }

  /**
   * "…支出30.72亿元，其中：教育支出6.12亿元、社会保障和就业支出48,600万元、卫生健康支出3.26亿元、农林水支出5.48亿元，
   * 四项民生支出合计20.54亿元": a total after a 其中 list that counts its parts (四项…合计) is theirs, when the count
   * is the number of amounts the list states and nothing else stands between them.
   */
  private countedAfterOfWhich(s: Sentence, k: number): void {
    const text = s.block.text;
    const figs = s.figures;
    const t = figs[k];
    const counted = figs[k - 1];
    if (!counted || counted.dimension !== 'count' || counted.approximate || !COUNTED_TOTAL.test(text.slice(counted.end, t.start))) return;
    // The list opens at the last 其中, or at a later "X中，" (重点支出中，…) that opens a breakdown of its own.
    let open = text.lastIndexOf('其中', counted.start) + 2;
    const named = [...text.slice(0, counted.start).matchAll(/(?<!其)中[，,：:]/g)].at(-1);
    if (named && named.index! + named[0].length > open) open = named.index! + named[0].length;
    const items = figs.slice(0, k - 1).filter((f) => f.start >= open);
    if (!items.length || !counted.value.eq(items.length)) return;
    if (items.some((f) => !isAmount(f) || f.dimension !== t.dimension || f.approximate) || t.approximate) return;
    // Only the list's own clauses: a 。； or another 其中 between them is another list.
    if (/[。；;]|其中/.test(text.slice(open, t.start))) return;
    this.claims.push({
      kind: 'sum',
      subject: cleanLabel(text.slice(counted.end, t.start)).replace(/(?:合计|共计|总计|总额|共)(?:为|达)?$/, '') || counted.raw,
      total: t,
      components: items.map((f) => ({ figure: f, label: subjectBefore(text, f.start) })),
      complete: true,
      shape: 'listed-then-total',
    });
  }

  /** 甲3000万元，乙152500万元，丙33120万元，合计188620万元. */
  private listedThenTotal(s: Sentence, prev: Sentence | undefined): void {
    const figs = s.figures;
    // …；卫生健康支出3.17亿元；农林水支出5.03亿元。以上四项合计19.38亿元，约占…: a total opening its sentence that counts
    // the amounts the sentence before lists, as many as it lists, is theirs.
    if (prev && figs.length >= 2 && figs[0].dimension === 'count' && !figs[0].approximate && isAmount(figs[1]) && !figs[1].approximate) {
      const text = s.block.text;
      const [counted, t] = figs;
      if (ABOVE_OPENER.test(text.slice(s.start, counted.start)) && COUNTED_TOTAL.test(text.slice(counted.end, t.start))) {
        const pd = depths(prev.block.text, prev.block);
        const parts = prev.figures.filter((f) => isAmount(f) && pd[f.start] === pd[prev.start] && f.role !== 'delta');
        if (parts.length >= 2 && counted.value.eq(parts.length) && parts.every((f) => !f.approximate && compatible(f, t))) {
          this.claims.push({
            kind: 'sum',
            subject: subjectBefore(text, t.start) || '合计',
            total: t,
            components: parts.map((f) => ({ figure: f, label: subjectBefore(prev.block.text, f.start) })),
            complete: true,
            shape: 'listed-then-total',
          });
          return;
        }
      }
    }
    if (figs.length === 1 && prev) this.totalAfterParts(s, prev);
    // 加上…，合计: the total also counts the amount the sentence before stated, when it stated one alone
    // (收入完成325.6亿元，增长4.1%。加上补助收入…、调入资金…，收入总计595.0亿元).
    let base: DocFigure | undefined;
    // 加上 opening its paragraph adds to what the paragraph before stated (only when the total names that amount's book).
    let across = false;
    if (ADDS_ON.test(s.text)) {
      let before = prev;
      if (!before) {
        const p = this.previousParagraph(s.block);
        before = p && !isTitleLine(p.text) ? this.ctx.sentences(p).at(-1) : undefined;
        across = !!before;
      }
      if (!before) return;
      base = this.addedTo(before);
      if (!base) return;
    }
    for (let k = base ? 1 : 2; k < figs.length; k++) {
      const t = figs[k];
      if (!isAmount(t) || !TOTAL_WORD.test(s.block.text.slice(Math.max(s.start, t.start - 6), t.start))) continue;
      if (/其中/.test(s.block.text.slice(s.start, t.start))) {
        this.countedAfterOfWhich(s, k);
        return;
      }
      // 一般公共预算收入总计X，政府性基金收入总计Y；…支出总计Z: an amount stated as a total closes a list of its own,
      // and is no part of the next one. Such a sentence is left to the readers of its clauses.
      if (figs.slice(0, k).some((f) => TOTAL_WORD.test(s.block.text.slice(Math.max(s.start, f.start - 6), f.start)))) return;
      // 四项合计135,090万元, 以上两项收入合计: the count of the parts named with the total word is not a part. With
      // words between (两项收入), it must count every amount listed: 三项收入合计 after four amounts totals some of them.
      const counting = k >= 1 && figs[k - 1].dimension === 'count' && figs[k - 1].dimension !== t.dimension ? s.block.text.slice(figs[k - 1].end, t.start) : undefined;
      const countWords = counting !== undefined && !TOTAL_ONLY.test(counting) && COUNTED_TOTAL.test(counting);
      // 决策指标18.5分（满分20分）、…，合计89.96分: a figure in brackets is a note on the part before it (its maximum,
      // the same amount in 亿元), no part.
      const depth = depths(s.block.text, s.block);
      // (全县支出48.20亿元，比上年增长5.7%，加上…，支出总计…: a change said of an amount is a note on it, no part.)
      const before = figs
        .slice(0, k)
        .filter((f, i) => depth[f.start] === depth[t.start] && !(i === k - 1 && counting !== undefined && (TOTAL_ONLY.test(counting) || countWords)) && !(base === undefined && i > 0 && noteOnAmount(s.block.text, figs[i - 1], f)));
      if (!before.every((f) => isAmount(f) && f.dimension === t.dimension) || before.length + (base ? 1 : 0) < 2) return;
      if (countWords && !figs[k - 1].value.eq(before.length + (base ? 1 : 0))) return;
      // A sentence that opens with a figure is the tail of one cut by a line break: its first parts are elsewhere.
      if (!/[\u4e00-\u9fa5A-Za-z]/.test(s.block.text.slice(s.start, figs[0].start))) return;
      if (s.start === 0 && this.continues(s.block)) return;
      if (base && t.dimension !== base.dimension) return;
      if (across && !namesBook(labelBefore(this.ctx.doc.blocks[base!.block].text, base!.start), subjectBefore(s.block.text, t.start))) return;
      const components = (base ? [base, ...before] : before).map((f) => ({ figure: f, label: subjectBefore(s.block.text, f.start) }));
      if (t.approximate || components.some((c) => c.figure.approximate)) return;
      // 收入完成28,640万元…。上级补助收入…，上年结转收入…，收入合计45,850万元: with no 加上, a list that falls short
      // of its total may leave out an amount the sentence before stated; it proves only a list that exceeds it.
      // 三项合计8.12亿元: a total that counts its parts, as many as are listed, leaves none out.
      const counted = figs[k - 1];
      const countsAll = counted !== undefined && counted.dimension === 'count' && counted.value.eq(components.length) && COUNTED_TOTAL.test(s.block.text.slice(counted.end, t.start));
      const short = !base && !countsAll && !!prev?.figures.some((f) => isAmount(f) && f.dimension === 'money') && sum(components.map((c) => intervalOf(c.figure))).hi.lt(intervalOf(t).lo);
      this.claims.push({
        kind: 'sum',
        subject: subjectBefore(s.block.text, t.start) || '合计',
        total: t,
        components,
        complete: !short,
        shape: 'listed-then-total',
      });
      return;
    }
  }

  /**
   * 偿还本金62.40亿元，其中…；支付利息26.28亿元。还本付息合计89.68亿元: a sentence stating only a total, whose parts
   * the sentence before lists, one amount each, in a split the domain knows complete (还本付息 = 还本 + 付息). The
   * parts are the sentence before's amounts that are no part of a 其中 list there.
   */
  private totalAfterParts(s: Sentence, prev: Sentence): void {
    const t = s.figures[0];
    const text = s.block.text;
    if (!isAmount(t) || t.approximate || !TOTAL_WORD.test(text.slice(Math.max(s.start, t.start - 6), t.start))) return;
    if (prev.block !== s.block || /其中/.test(text.slice(s.start, t.start))) return;
    const subject = subjectBefore(text, t.start);
    if (!subject) return;
    // The lists read so far in this block only (claims are made block by block), not every claim again.
    const inList = new Set<number>();
    for (let k = this.claims.length - 1; k >= 0 && this.claims[k].total.block === s.block.index; k--) for (const x of this.claims[k].components) inList.add(x.figure.id);
    const parts = prev.figures.filter((f) => isAmount(f) && !inList.has(f.id));
    if (parts.length < 2 || parts.some((f) => f.approximate || !compatible(f, t))) return;
    const components = parts.map((f) => ({ figure: f, label: subjectBefore(text, f.start) }));
    // 偿还政府债务本金 is 偿还本金: the debt named between the verb and the measure is the subject's.
    // 当年全县还本: the time and place that open the clause are the sentence's, not the part's name.
    const bare = (label: string) =>
      label.replace(/^(?:当年|本年|全年|今年|[0-9]{4}年度?)?(?:全市|全县|全区|全省|全镇|市本级|县本级|区本级|本级)?/, '').replace(/(?:地方)?政府债务|政府债券/g, '');
    const found = partitionRun(subject, components.map((c) => bare(c.label)), t.dimension);
    if (!found || found.start !== 0 || found.end !== components.length) return;
    this.claims.push({ kind: 'sum', subject, total: t, components, complete: true, partition: found.partition.name, shape: 'listed-then-total' });
  }

  /** A Markdown table's 合计 row: each numeric column adds up the rows above it. */
  /**
   * | 指标 | 分值 | 得分 |, its rows 决策 20 18.5, 项目立项 8 7.5, 绩效目标 6 5.5, 资金投入 6 5.5, 过程 20 …: an indicator
   * table whose levels the page no longer shows (no numbering, no indent: a table laid one cell a line). The weights
   * show them: a row whose weight the rows right after it make exactly is their 一级 indicator, and every row is
   * one such indicator or one of its parts, the 一级 weights making the 合计 row's. Then each 一级 indicator's score
   * is its parts' scores together. Any row left over, a weight not made exactly, or a 一级 row with one part: no claim.
   */
  private weightedIndicators(body: readonly Block[], header: Block | undefined, cellText: (r: Block, c: number) => string): void {
    if (!header?.cells) return;
    const heads = header.cells.map((_, c) => cellText(header, c).replace(/[\s\u3000]+/g, ''));
    const weightCol = heads.findIndex((h) => WEIGHT_HEAD.test(h));
    const scoreCol = heads.findIndex((h) => SCORE_HEAD.test(h));
    if (weightCol <= 0 || scoreCol <= 0 || weightCol === scoreCol) return;
    const figureAt = (r: Block, c: number): DocFigure | undefined => {
      const cell = r.cells?.[c];
      if (!cell) return undefined;
      const figs = this.ctx.figuresByBlock[r.index].filter((f) => f.start >= cell.start && f.end <= cell.end);
      return figs.length === 1 && !figs[0].approximate && figs[0].dimension !== 'percent' ? figs[0] : undefined;
    };
    const label = (r: Block) => cellText(r, 0).replace(/[\s\u3000]+/g, '');
    const totalRow = body.length && /^(?:合计|总计|总分)$/.test(label(body[body.length - 1])) ? body[body.length - 1] : undefined;
    const rows = totalRow ? body.slice(0, -1) : body;
    if (rows.length < 6 || rows.length > WEIGHTED_ROWS) return;
    const weights = rows.map((r) => figureAt(r, weightCol));
    const scores = rows.map((r) => figureAt(r, scoreCol));
    if (weights.some((w) => !w) || scores.some((x) => !x)) return;
    const exact = (f: DocFigure) => f.value.times(f.scale);
    const groups: Array<{ head: number; parts: number[] }> = [];
    for (let i = 0; i < rows.length; ) {
      const whole = exact(weights[i]!);
      let made = whole.times(0);
      let j = i + 1;
      while (j < rows.length && made.lt(whole)) made = made.plus(exact(weights[j++]!));
      if (!made.eq(whole) || j - i - 1 < 2) return;
      groups.push({ head: i, parts: Array.from({ length: j - i - 1 }, (_, k) => i + 1 + k) });
      i = j;
    }
    if (groups.length < 2) return;
    const heads1 = groups.reduce((a, g) => a.plus(exact(weights[g.head]!)), exact(weights[0]!).times(0));
    if (totalRow) {
      const tw = figureAt(totalRow, weightCol);
      if (!tw || !exact(tw).eq(heads1)) return;
    } else if (!heads1.eq(100)) return;
    for (const g of groups) {
      this.claims.push({
        kind: 'sum',
        subject: `${label(rows[g.head])}行“${heads[scoreCol]}”列`,
        total: scores[g.head]!,
        components: g.parts.map((k) => ({ figure: scores[k]!, label: label(rows[k]) })),
        complete: true,
        shape: 'table-row',
      });
    }
  }

  private tables(): void {
    for (const rows of this.ctx.tables()) {
      // A table's sums follow from its rows alone: those of unchanged tables are reused while a draft is edited.
      const made = this.ctx.memoTable('table-sums', rows, (own) => {
        const from = this.claims.length;
        this.tableSums(own);
        return this.claims.splice(from);
      });
      for (const c of made) this.claims.push(c);
    }
  }

  private tableSums(rows: readonly Block[]): void {
    {
      const header = rows.find((r) => r.table!.header);
      const cellText = (r: Block, c: number) => (r.cells && r.cells[c] ? r.text.slice(r.cells[c].start, r.cells[c].end) : '');
      // 行次 | 栏次: the rows' own numbers (1, 2, … 9 for 本年收入合计), no amounts, whatever unit the table states.
      const serialColumns = new Set<number>();
      header?.cells?.forEach((_, c) => {
        const head = cellText(header, c).replace(/[\s\u3000]+/g, '');
        if (SERIAL_HEAD.test(head) || LINE_NUMBER_HEAD.test(head)) serialColumns.add(c);
      });
      const cellFigure = (r: Block, c: number): DocFigure | undefined => {
        const cell = r.cells?.[c];
        if (!cell || serialColumns.has(c)) return undefined;
        // The cell's figures from an index: filtering the row's figures per cell was quadratic in a wide table.
        const row = this.ctx.figuresByBlock[r.index];
        const figs: DocFigure[] = [];
        for (let k = firstFrom(row, cell.start); k < row.length && row[k].start < cell.end && figs.length < 2; k++) if (row[k].end <= cell.end) figs.push(row[k]);
        return figs.length === 1 && figs[0].role === 'amount' && !figs[0].approximate ? figs[0] : undefined;
      };
      this.totalColumn(rows, header, cellText, cellFigure);
      this.balanceColumns(rows, header, cellText, cellFigure);
      this.balanceRows(rows, header, cellText, cellFigure);
      this.adjustmentColumns(rows, header, cellText, cellFigure);
      const body = rows.filter((r) => !r.table!.header);
      this.codeSubtotals(body, header, cellText, cellFigure);
      this.weightedIndicators(body, header, cellText);
      this.flatRowSums(body, cellText, cellFigure);
      // | 序号 | 项目单位 | … |, then |  | 合计 | … |: in a table numbered in a 序号 column, the 合计 row may leave the
      // number's cell empty and name itself in the next one.
      const serial = !!header && SERIAL_HEAD.test(cellText(header, 0).replace(/[\s\u3000]+/g, ''));
      // 合    计: a word the page spread over its cell is read as the word.
      const nameOf = (r: Block) => unspaced(serial && !cellText(r, 0).trim() ? cellText(r, 1) : cellText(r, 0));
      const opensTotal = (r: Block) => !r.table!.header && /^(?:合计|总计|小计|共计|总额)/.test(nameOf(r).trim());
      // A last row named with 合计 at its end (税收收入合计) totals the rows above it, when no row
      // opens with 合计: in a table of subtotals (本年收入合计 … 收入总计) such rows are parts.
      // Rows after it with no figure at all (说明 | | 某某局, the next sheet's name and the page's head a spreadsheet
      // printed under the table) close nothing.
      let end = body.length;
      while (end > 1 && this.ctx.figuresByBlock[body[end - 1].index].length === 0) end--;
      const last = body[end - 1];
      // Not in a table of two sides (收入总计 | X | 支出总计 | Y): its rows pair two lists, not one.
      const labels = (r: Block) => (r.cells ?? []).filter((_, c) => /[\u4e00-\u9fff]/.test(cellText(r, c)) && !/[0-9０-９]/.test(cellText(r, c))).length;
      const lastTotals = !!last && /(?:合计|总计)$/.test(nameOf(last).trim()) && labels(last) === 1 && !body.some(opensTotal);
      // | 收入合计 | … | then the spending rows | 支出合计 | …: a table of two lists stacked one above the other,
      // each closed by its own side's 合计 (or 总计). The last row adds up only rows after the other side's last
      // total, never the income rows and their total; when the other side has one total row and no other row
      // ends in 合计/总计, that row closes the rows above it and is checked too.
      const sideOf = (r: Block) => (labels(r) === 1 ? SIDE_TOTAL_ROW.exec(nameOf(r).trim())?.[1] : undefined);
      const lastSide = lastTotals ? sideOf(last) : undefined;
      const otherTotals = lastSide ? body.filter((r) => r !== last && sideOf(r) !== undefined && sideOf(r) !== lastSide) : [];
      const sideStart = otherTotals.length ? body.lastIndexOf(otherTotals[otherTotals.length - 1]) + 1 : 0;
      const otherSide =
        otherTotals.length === 1 && sideStart > 1 && body.filter((r) => /(?:合计|总计)$/.test(nameOf(r).trim())).length === 2 ? otherTotals[0] : undefined;
      const isTotal = (r: Block) => opensTotal(r) || (lastTotals && (r === last || r === otherSide));
      // Numbered rows and the rows that detail them, with or without a 合计 row (其中 rows detail the row above).
      const numbered = body.filter((r) => !isTotal(r) && !/^[\s\u3000]*其中/.test(cellText(r, 0)));
      const marks = numbered.map((r) => readMarker(cellText(r, 0)));
      const markRanks = marks.filter(Boolean).map((m) => LEVEL_RANK[m!.level]);
      // Not in a table of two sides either (一、财政拨款收入 | X | 一、公共安全支出 | Y…): the numbers of
      // one side's rows say nothing of the other side's columns.
      if (markRanks.length && !body.some((r) => labels(r) > 1)) this.subtotalRows(numbered, marks, markRanks.reduce((a, b) => Math.min(a, b)), body.find(isTotal), header, cellText, cellFigure);
      // A table of two sides is two lists: a 合计 row opening the row totals its own side's rows only.
      if (body.some((r) => labels(r) > 1) && this.twoSides(body, header, cellText, cellFigure)) return;
      // | 收入合计 | … | then the income rows | 支出合计 | … | then the spending rows: each side's total heading its own
      // rows, as execution tables are often laid out. A side's total opening the table says how every side is laid
      // out: each adds up the rows after it, to the next side's total. A label does not tell a part from a part's
      // own part (税收收入 over 增值税 in a table copied without its indents), so the rows must add up to the total in
      // one column at least before any column is checked.
      if (!body.some(opensTotal) && body.length > 2 && sideOf(body[0]) !== undefined) {
        const heads = body.map((r, k) => (sideOf(r) !== undefined ? k : -1)).filter((k) => k >= 0);
        heads.forEach((k, n) => this.provenTotalRow(body[k], body.slice(k + 1, heads[n + 1] ?? end), header, cellText, cellFigure));
        return;
      }
      let groupStart = 0;
      body.forEach((row, ri) => {
        if (!isTotal(row)) return;
        // Members sit above their 合计 row, or below it when it comes first.
        if (row === last) groupStart = Math.max(groupStart, sideStart);
        let members = body.slice(groupStart, ri);
        if (members.length === 0) {
          const next = body.findIndex((r, k) => k > ri && isTotal(r));
          members = body.slice(ri + 1, next < 0 ? end : next);
        }
        groupStart = ri + 1;
        // 一、…二、…三、… | 本年收入合计 | 年初结转和结余 | 收入总计: a 总计 below a row that already totals the rows above
        // it adds up that row and the rows after it (the carry-over), not the numbered rows again.
        let sub = members.length - 1;
        while (sub >= 0 && !/(?:合计|小计)$/.test(nameOf(members[sub]).trim())) sub--;
        if (sub >= 0 && sub < members.length - 1 && /总计$/.test(nameOf(row).trim())) members = members.slice(sub);
        this.totalRow(row, members, header, cellText, cellFigure);
      });
    }
  }

  /**
   * | 一、财政拨款收入 | X | 一、教育支出 | Y | … | 本年收入合计 | … | 年初结转和结余 | … | 总计 | …: a 收支总表
   * sets two lists side by side, each a label column and the amount columns after it. On each side
   * the first row named …合计/…总计 adds up the rows above it (the top-numbered ones, or all when
   * none is numbered), and a later one adds up the one before it and the rows between (the
   * carry-over). A blank cell is nothing. A side whose rows cannot be told apart (an amount under
   * an unnumbered label among numbered ones, a row with no label, a 其中 or numbered row among the
   * carry-over) is not read: a label the page wrapped onto a second row looks just like that.
   * False when the table is not of that shape (a single list with a notes column).
   */
  private twoSides(
    body: Block[],
    header: Block | undefined,
    cellText: (r: Block, c: number) => string,
    cellFigure: (r: Block, c: number) => DocFigure | undefined,
  ): boolean {
    const isLabel = (t: string) => /[\u4e00-\u9fff]/.test(t) && !/[0-9０-９]/.test(t);
    const width = body.reduce((w, r) => Math.max(w, r.cells?.length ?? 0), 0);
    const labelCols = new Set<number>();
    for (const r of body) for (let c = 0; c < (r.cells?.length ?? 0); c++) if (isLabel(cellText(r, c))) labelCols.add(c);
    const sides = [...labelCols].sort((a, b) => a - b);
    // Two label columns, each with amounts after it; a notes column after the amounts is one side.
    if (sides.length !== 2 || sides[0] !== 0 || sides[1] < 2 || sides[1] >= width - 1) return false;
    // …and a list on the right as long as half the left one at least, not a stray word (见说明) in a cell.
    const named = (c: number) => body.filter((r) => isLabel(cellText(r, c))).length;
    if (named(sides[1]) < 2 || 2 * named(sides[1]) < named(0)) return false;
    const blank = (r: Block, cols: number[]) => cols.every((c) => isNothing(cellText(r, c)));
    const TOTAL_ROW = /(?:合计|总计)$/;
    sides.forEach((l, s) => {
      const cols: number[] = [];
      for (let c = l + 1; c < (sides[s + 1] ?? width); c++) cols.push(c);
      const label = (r: Block) => cellText(r, l).replace(/[\s\u3000]+/g, '');
      const rows = body.filter((r) => label(r) || !blank(r, cols));
      if (rows.some((r) => !label(r))) return;
      const totals = rows.map((r, i) => (TOTAL_ROW.test(label(r)) ? i : -1)).filter((i) => i >= 0);
      if (!totals.length) return;
      const claim = (total: Block, members: Block[], lead?: Block) => {
        for (const c of cols) {
          const whole = cellFigure(total, c);
          if (!whole || whole.dimension !== 'money') continue;
          // A 总计 over a 本年合计 left blank in its column: the page put that amount elsewhere.
          if (lead && !cellFigure(lead, c)) continue;
          let parts = members.filter((r) => !isNothing(cellText(r, c))).map((r) => ({ r, f: cellFigure(r, c) }));
          if (parts.length === 0 || parts.some((x) => !x.f || !compatible(x.f, whole))) continue;
          parts = unlessBreakdowns(parts as Array<{ r: Block; f: DocFigure }>, whole, label, this.ctx.doc.blocks);
          const head = header ? cellText(header, c).trim() : '';
          this.claims.push({
            kind: 'sum',
            subject: `${label(total)}行${head ? `“${head}”列` : ''}`,
            total: whole,
            components: parts.map((x) => ({ figure: x.f!, label: label(x.r) })),
            complete: true,
            shape: 'table-row',
          });
        }
      };
      const above = rows.slice(0, totals[0]);
      const marks = above.map((r) => readMarker(label(r)));
      const ranks = marks.filter(Boolean).map((m) => LEVEL_RANK[m!.level]);
      const top = ranks.length ? ranks.reduce((a, b) => Math.min(a, b)) : undefined;
      const members = top === undefined ? above : above.filter((_, i) => marks[i] && LEVEL_RANK[marks[i]!.level] === top);
      const unplaced = top !== undefined && above.some((r, i) => !marks[i] && !blank(r, cols));
      if (members.length >= 2 && !unplaced && !above.some((r) => /^其中/.test(label(r)))) claim(rows[totals[0]], members);
      for (let k = 1; k < totals.length; k++) {
        const between = rows.slice(totals[k - 1] + 1, totals[k]);
        if (between.some((r) => readMarker(label(r)) || /^其中/.test(label(r)))) break;
        claim(rows[totals[k]], [rows[totals[k - 1]], ...between], rows[totals[k - 1]]);
      }
    });
    return true;
  }

  /** totalRow's claims for a total whose rows are not known to be all of it: kept only when one column adds up. */
  private provenTotalRow(
    row: Block,
    rows: Block[],
    header: Block | undefined,
    cellText: (r: Block, c: number) => string,
    cellFigure: (r: Block, c: number) => DocFigure | undefined,
  ): void {
    const from = this.claims.length;
    this.totalRow(row, rows, header, cellText, cellFigure);
    const made = this.claims.slice(from).filter((c) => c.total.block === row.index);
    if (!made.some((c) => meets(sum(c.components.map((p) => intervalOf(p.figure))), intervalOf(c.total)))) this.claims.splice(from);
  }

  private totalRow(
    row: Block,
    rows: Block[],
    header: Block | undefined,
    cellText: (r: Block, c: number) => string,
    cellFigure: (r: Block, c: number) => DocFigure | undefined,
  ): void {
    // (A 合计 row of a table numbered in a 序号 column may name itself in the second cell.)
    const label = unspaced(cellText(row, 0).trim() || cellText(row, 1).trim());
    // 其中 rows, and the indented rows under them, detail the row above: not members of the 合计.
    const ofWhich = (r: Block) => /^[\s\u3000]*其中/.test(cellText(r, 0));
    const detail = new Set(rows.filter((r) => ofWhich(r) || /^(?:\u3000|[ \u00a0]{2,})/.test(cellText(r, 0).replace(/^ /, ''))));
    // Columns a run of rows can add up in: not rates, shares or ratios.
    const additive = (c: number) => !rateHead(header ? cellText(header, c) : '', false);
    this.detailRuns(rows, row, additive, ofWhich, cellFigure, detail);
    this.partialDetailRuns(rows, row, (c) => !rateHead(header ? cellText(header, c) : ''), ofWhich, cellText, cellFigure, detail);
    const subtotals = this.subtotalRuns(rows, row, additive, cellText, cellFigure, detail);
    for (const g of subtotals) this.totalRow(g.row, g.run, header, cellText, cellFigure);
    let data = rows.filter((r) => !detail.has(r));
    // Rows labelled by classification code (205 教育支出 / 20501 / 2050101, or the code in a column of
    // its own): a 款 or 项 row details the 类 row above it, so the 合计 adds up the rows of the
    // shortest code. Rows some with a code and some without are not read.
    const codes = data.map((r) => classCode(r, cellText));
    if (codes.some(Boolean)) {
      if (!codes.every(Boolean)) return;
      const top = codes.reduce((a, c) => Math.min(a, c!.length), Infinity);
      data = data.filter((_, i) => codes[i]!.length === top);
    }
    const markers = data.map((r) => readMarker(cellText(r, 0)));
    const ranks = markers.filter(Boolean).map((m) => LEVEL_RANK[m!.level]);
    const top = ranks.length ? ranks.reduce((a, b) => Math.min(a, b)) : undefined; // not Math.min(...): a table may have 100,000s of rows
    const members = data.filter((_, i) => top === undefined || (markers[i] && LEVEL_RANK[markers[i]!.level] === top));
    const columns = row.cells?.length ?? 0;
    for (let c = 1; c < columns; c++) {
      const head = header ? cellText(header, c) : '';
      if (rateHead(head)) continue;
      const total = cellFigure(row, c);
      if (!total) continue;
      // A dash (—, -, /) says the row has nothing in this column: no part, not a missing one.
      let comps = members.filter((r) => !NIL_CELL.test(cellText(r, c))).map((r) => ({ r, f: cellFigure(r, c) }));
      if (comps.length === 0 || comps.some((x) => !x.f || x.f.dimension !== total.dimension)) continue;
      comps = unlessBreakdowns(comps as Array<{ r: Block; f: DocFigure }>, total, (r) => cellText(r, 0), this.ctx.doc.blocks);
      this.claims.push({
        kind: 'sum',
        subject: `${label}行${head.trim() ? `“${head.trim()}”列` : ''}`,
        total,
        components: comps.map((x) => ({ figure: x.f!, label: cellText(x.r, 0).trim() })),
        complete: true,
        shape: 'table-row',
      });
    }
  }

  /**
   * | 一、税收收入 | 2,860 | 2,945 | above | 增值税 | 1,120 | 1,186 | …: a numbered row whose unnumbered
   * (or more deeply numbered) rows below it detail it, as 合计 adds up the numbered ones. The rows
   * must add up to it in one column at least — the proof they are all of it, not a selection —
   * and then every column they fill is checked.
   */
  private subtotalRows(
    data: Block[],
    markers: Array<Marker | null | undefined>,
    top: number,
    total: Block | undefined,
    header: Block | undefined,
    cellText: (r: Block, c: number) => string,
    cellFigure: (r: Block, c: number) => DocFigure | undefined,
  ): void {
    const columns = data[0]?.cells?.length ?? 0;
    // A dash (—, -, /) says a row has nothing in this column: it is no part there, not a missing one.
    const filled = (parts: Block[], c: number) => parts.filter((r) => !NIL_CELL.test(cellText(r, c)));
    const check = (whole: Block, parts: Block[]) => {
      const cols: number[] = [];
      for (let c = 1; c < columns; c++) {
        if (header && rateHead(cellText(header, c))) continue;
        const total = cellFigure(whole, c);
        const some = filled(parts, c);
        if (total && total.dimension !== 'percent' && some.length && some.every((r) => cellFigure(r, c) && compatible(cellFigure(r, c)!, total))) cols.push(c);
      }
      const adds = (c: number) => meets(sum(filled(parts, c).map((r) => intervalOf(cellFigure(r, c)!))), intervalOf(cellFigure(whole, c)!));
      if (!cols.some(adds)) return;
      const label = cellText(whole, 0).trim();
      for (const c of cols) {
        const head = header ? cellText(header, c).trim() : '';
        this.claims.push({
          kind: 'sum',
          subject: `${label}行${head ? `“${head}”列` : ''}`,
          total: cellFigure(whole, c)!,
          components: filled(parts, c).map((r) => ({ figure: cellFigure(r, c)!, label: cellText(r, 0).trim() })),
          complete: true,
          shape: 'table-row',
        });
      }
    };
    // | 一般公共预算收入 | … | 一、税收收入 | … | 二、非税收入 | …: an unnumbered first row over numbered ones
    // (a table with no 合计 row, its whole set first under the table's own name) is their total when
    // they add up to it in one column.
    if (total === undefined && data.length > 2 && !markers[0] && markers[1] && LEVEL_RANK[markers[1]!.level] === top) {
      check(data[0], data.filter((_, k) => markers[k] && LEVEL_RANK[markers[k]!.level] === top));
    }
    for (let i = 0; i < data.length; i++) {
      if (!markers[i] || LEVEL_RANK[markers[i]!.level] !== top) continue;
      let j = i + 1;
      while (j < data.length && !(markers[j] && LEVEL_RANK[markers[j]!.level] <= top)) j++;
      const below = data.slice(i + 1, j);
      const ranks = below.map((_, k) => (markers[i + 1 + k] ? LEVEL_RANK[markers[i + 1 + k]!.level] : undefined));
      const numbered = ranks.filter((r): r is number => r !== undefined);
      const level = numbered.length ? numbered.reduce((a, b) => Math.min(a, b)) : undefined;
      const parts = below.filter((_, k) => ranks[k] === level);
      if (parts.length >= 2) check(data[i], parts);
    }
  }

  /**
   * "其中：购置费" marks only the first row of a detail run; the rows after it that are
   * flush left ("运行维护费") belong to the run when, with the 其中 row, they add up to
   * the row above it in every column the 合计 row fills — the parts of one figure, not
   * members of the 合计. Without that proof they stay members.
   */
  /**
   * | 社会保障和就业支出小计 | 14,728.20 | 15,362.80 | then | 民政管理事务 | … | 社会福利 | … |: a row named
   * "…小计" adds up the rows right under it, which a table copied without its indents no longer sets
   * apart. Its run is the shortest one after it (before the next 小计, a dozen rows at most) that adds up
   * to it in some column; those rows are details, not members of the 合计, and the 小计 row is read as
   * the total of its run in every column (where the run does not add up, that is a finding). A 小计
   * no run adds up to in any column cannot be told from its neighbours: the 合计 is then not read.
   */
  private subtotalRuns(
    rows: Block[],
    totalRow: Block,
    additive: (c: number) => boolean,
    cellText: (r: Block, c: number) => string,
    cellFigure: (r: Block, c: number) => DocFigure | undefined,
    detail: Set<Block>,
  ): Array<{ row: Block; run: Block[] }> {
    // | 一般公共服务支出 | 小计 | … | under 类 | 款: the 小计 may stand in a second label column, beside its class.
    const named = (r: Block) => /.小计$/.test((cellText(r, 0) + (cellFigure(r, 1) ? '' : cellText(r, 1))).replace(/[\s\u3000]+/g, ''));
    if (!rows.some(named)) return [];
    const columns = amountColumns(totalRow, additive, cellFigure);
    const out: Array<{ row: Block; run: Block[] }> = [];
    for (let i = 0; i < rows.length; i++) {
      if (!named(rows[i]) || detail.has(rows[i])) continue;
      const parent = rows[i];
      let found: Block[] | undefined;
      for (let k = i + 2; k < Math.min(rows.length, i + 13) && !named(rows[k]); k++) {
        const run = rows.slice(i + 1, k + 1);
        if (columns.some((c) => runAddsUp(parent, run, c, cellFigure))) {
          found = run;
          break;
        }
      }
      if (!found) {
        // Which rows the 小计 stands for is unknown: every row is then a detail, and the 合计 reads nothing.
        for (const r of rows) detail.add(r);
        return [];
      }
      for (const r of found) detail.add(r);
      out.push({ row: parent, run: found });
    }
    return out;
  }

  private detailRuns(
    rows: Block[],
    totalRow: Block,
    additive: (c: number) => boolean,
    ofWhich: (r: Block) => boolean,
    cellFigure: (r: Block, c: number) => DocFigure | undefined,
    detail: Set<Block>,
  ): void {
    const columns = amountColumns(totalRow, additive, cellFigure);
    if (columns.length === 0) return;
    for (let i = 1; i < rows.length; i++) {
      if (!ofWhich(rows[i])) continue;
      let p = i - 1;
      while (p >= 0 && detail.has(rows[p])) p--;
      if (p < 0) continue;
      const parent = rows[p];
      // A run is a handful of rows; looking further would make a long table quadratic.
      for (let k = i + 1; k < Math.min(rows.length, i + 6) && !ofWhich(rows[k]); k++) {
        const run = rows.slice(i, k + 1);
        const adds = columns.every((c) => runAddsUp(parent, run, c, cellFigure));
        if (adds) {
          for (const r of run) detail.add(r);
          break;
        }
      }
    }
  }

  /**
   * | 20805 行政事业单位养老支出 | 612.48 | above | 2080501 … | 2080505 … |: a row labelled by a
   * classification code adds up the rows right under it whose codes extend it by one level (款
   * under 类, 项 under 款), in every column it fills. A blank or "-" cell is nothing. The code may
   * open the label cell (205 教育支出, or | 2050101 | 行政运行 |) or stand in cells of its own, as
   * Shanghai's and Jiangsu's tables print it (| 201 | 06 | 01 | 行政运行 |: 类, 款, 项): those cells
   * are the code, never figures to add.
   */
  private codeSubtotals(
    body: Block[],
    header: Block | undefined,
    cellText: (r: Block, c: number) => string,
    cellFigure: (r: Block, c: number) => DocFigure | undefined,
  ): void {
    const codes = body.map((r) => classCode(r, cellText));
    if (codes.filter(Boolean).length < 3) return;
    // How many cells the code takes: one, or up to three (类 | 款 | 项) when it is spread over cells.
    const codeCells = body.reduce((n, r) => Math.max(n, spreadCodeCells(r, cellText)), 1);
    // Two tables side by side (a code again further right) are not read.
    const codeCell = /^[\s\u3000]*[0-9]{2,7}[\s\u3000]*$/;
    if (body.some((r) => (r.cells ?? []).some((_, c) => c >= codeCells && codeCell.test(cellText(r, c))))) return;
    const spread = codeCells > 1;
    // A 款 or 项 cell that is no two-digit code (a PDF's “2” for 02) makes every code of the table doubtful.
    if (spread && body.some((r, i) => codes[i] && [1, 2].slice(0, codeCells - 1).some((c) => !/^(?:[0-9]{2})?$/.test(cellText(r, c).trim())))) return;
    // Nor where a PDF split a row in two (its figures on a line of their own): which row holds them is unknown.
    if (spread && body.some((r) => halfRow(r, cellText, cellFigure))) return;
    const nothing = (r: Block, c: number) => isNothing(cellText(r, c));
    const columns = header?.cells?.length ?? body[0]?.cells?.length ?? 0;
    // 21004 | 公共卫生 | …: a code in a cell of its own is named with the name after it, as a code and its name in one cell are.
    const label = (r: Block) => (spread ? rowName(r, columns, cellText) : codeCell.test(cellText(r, 0)) ? `${cellText(r, 0).trim()} ${rowName(r, columns, cellText)}` : cellText(r, 0).trim());
    for (let i = 0; i < body.length; i++) {
      const code = codes[i];
      if (!code || code.length >= 7) continue;
      // The rows one level under the code, by index (their codes name them in the message).
      const children: number[] = [];
      let end = i + 1;
      for (; end < body.length; end++) {
        const cj = codes[end];
        if (!cj || !cj.startsWith(code) || cj.length <= code.length) break;
        if (cj.length === code.length + 2) children.push(end);
      }
      if (children.length === 0) continue;
      const name = spread ? `${code} ${label(body[i])}` : label(body[i]);
      const found: Array<{ c: number; head: string; whole: DocFigure; parts: Array<{ j: number; f: DocFigure }> }> = [];
      let firstMoney = -1;
      for (let c = codeCells; c < columns; c++) {
        const head = header ? totalHeadName(cellText(header, c).trim()) : '';
        if (/[%％]|比|率|增减|变动|幅|编码|代码|科目|^[类款项]$/.test(head)) continue;
        const whole = cellFigure(body[i], c);
        if (!whole || whole.dimension !== 'money') continue;
        if (firstMoney < 0) firstMoney = c;
        const parts = children.filter((j) => !nothing(body[j], c)).map((j) => ({ j, f: cellFigure(body[j], c) }));
        if (parts.length === 0 || parts.some((x) => !x.f || !compatible(x.f, whole))) continue;
        found.push({ c, head, whole, parts: parts as Array<{ j: number; f: DocFigure }> });
      }
      if (spread) {
        // Spread codes are how Shanghai's and Jiangsu's PDFs print these tables, which run over pages:
        // the rows under a code are known to be all of it when a row of another code (or the 合计) follows
        // them on the same page, or when they add up to it in one column at least (at a page's end the rest
        // may open the next one, under a repeated head).
        // A 合计 row after them closes the table as well.
        const closed = end < body.length && (!!codes[end] || /^(?:合计|总计)/.test(label(body[end])));
        if (!closed && !found.some((x) => meets(sum(x.parts.map((p) => intervalOf(p.f))), intervalOf(x.whole)))) continue;
        // In those PDFs a figure may land a column off (between 基本支出 and 项目支出): only the row's
        // first money column, its total, is held against the rows under it.
        found.splice(0, found.length, ...found.filter((x) => x.c === firstMoney));
      }
      for (const { head, whole, parts } of found) {
        this.claims.push({
          kind: 'sum',
          subject: `${name}行${head ? `“${head}”列` : ''}`,
          total: whole,
          components: parts.map((x) => ({ figure: x.f, label: spread ? `${codes[x.j]} ${label(body[x.j])}` : label(body[x.j]) })),
          complete: true,
          shape: 'table-row',
        });
      }
    }
  }

  /**
   * A row pdftotext printed with its empty cells dropped (flat-rows.ts), under a head whose money
   * columns after its 合计 are columns of a split the domain knows complete (合计 基本支出 项目支出;
   * 本年收入合计 财政拨款收入 … 其他收入): whichever columns its other figures came from, they add up
   * to its first, the 合计. A row with more figures than the head has columns is not read.
   */
  private flatRowSums(body: Block[], cellText: (r: Block, c: number) => string, cellFigure: (r: Block, c: number) => DocFigure | undefined): void {
    const head = body[0]?.table?.flat?.head;
    if (!head) return;
    const split = columnSplit(head.slice(head.search(/合计|总计/) + 2));
    if (!split) return;
    for (const row of body) {
      const total = cellFigure(row, 4);
      if (!total || total.dimension !== 'money') continue;
      const end = row.cells![4].end;
      const parts = this.ctx.figuresByBlock[row.index].filter((f) => f.start >= end);
      if (parts.length === 0 || parts.length > split.length || parts.some((f) => f.role !== 'amount' || f.approximate || !compatible(f, total))) continue;
      this.claims.push({
        kind: 'sum',
        subject: `${cellText(row, 3).trim() || cellText(row, 0).trim()}行`,
        total,
        components: parts.map((f, k) => ({ figure: f, label: parts.length === split.length ? split[k] : split.join('或') })),
        complete: true,
        shape: 'table-row',
      });
    }
  }

  /**
   * "其中：增值税 | … / 企业所得税 | …" under 税收收入: a 其中 list may be partial, so the flush-left rows
   * after the 其中 row need not add up to the row above. They are still its detail, not members
   * of the 合计, when without them the 合计 adds up in every column it fills: of the two readings
   * of the table, one is consistent, and the text then proves no contradiction. Only in a table
   * whose rows carry no section numbers (numbered rows pick the members by their level).
   */
  private partialDetailRuns(
    rows: Block[],
    totalRow: Block,
    additive: (c: number) => boolean,
    ofWhich: (r: Block) => boolean,
    cellText: (r: Block, c: number) => string,
    cellFigure: (r: Block, c: number) => DocFigure | undefined,
    detail: Set<Block>,
  ): void {
    const starts: number[] = [];
    for (let i = 1; i < rows.length; i++) if (ofWhich(rows[i]) && i + 1 < rows.length && !detail.has(rows[i + 1])) starts.push(i);
    if (starts.length === 0 || rows.some((r) => readMarker(cellText(r, 0)))) return;
    const columns = amountColumns(totalRow, additive, cellFigure);
    if (columns.length === 0) return;
    // Each column's members once (the rows not yet known as detail), then a run is taken off that sum:
    // summing the members again for every candidate run would be quadratic in a long table.
    const whole: Interval[] = [];
    for (const c of columns) {
      const total = cellFigure(totalRow, c)!;
      let acc: Interval | undefined = point(0);
      for (const r of rows) {
        if (detail.has(r)) continue;
        const f = cellFigure(r, c);
        if (!f || !compatible(f, total)) { acc = undefined; break; }
        acc = add(acc, intervalOf(f));
      }
      if (!acc) return;
      whole.push(acc);
    }
    // Already adding up with every row a member: nothing to take off.
    if (columns.every((c, k) => meets(whole[k], intervalOf(cellFigure(totalRow, c)!)))) return;
    for (const i of starts) {
      let run: Interval[] = columns.map(() => point(0));
      for (let k = i + 1; k < Math.min(rows.length, i + 6) && !ofWhich(rows[k]) && !detail.has(rows[k]); k++) {
        run = columns.map((c, n) => add(run[n], intervalOf(cellFigure(rows[k], c)!)));
        const adds = columns.every((c, n) => meets(sub(whole[n], run[n]), intervalOf(cellFigure(totalRow, c)!)));
        if (adds) {
          for (let m = i + 1; m <= k; m++) detail.add(rows[m]);
          this.partialRunClaims(rows, i, k, columns, cellText, cellFigure, detail);
          return;
        }
      }
    }
  }

  /**
   * The run rows[i..k] (a 其中 row and the flush-left rows after it) is known to detail the row above it: a list
   * that may be partial, so its parts prove a contradiction only where they add up to more than that row
   * (其中：税收收入 18.95 | 非税收入 8.45 under 一般公共预算收入 27.10 in one year's column).
   */
  private partialRunClaims(
    rows: Block[],
    i: number,
    k: number,
    columns: number[],
    cellText: (r: Block, c: number) => string,
    cellFigure: (r: Block, c: number) => DocFigure | undefined,
    detail: Set<Block>,
  ): void {
    const parent = rows[i - 1];
    if (!parent || detail.has(parent)) return;
    const run = rows.slice(i, k + 1);
    const name = (r: Block) => cellText(r, 0).trim().replace(/^其中[：:]?/, '');
    for (const c of columns) {
      const whole = cellFigure(parent, c);
      const parts = run.map((r) => cellFigure(r, c));
      if (!whole || parts.some((f) => !f || !compatible(f, whole))) continue;
      this.claims.push({
        kind: 'sum',
        subject: cellText(parent, 0).trim(),
        total: whole,
        components: run.map((r, n) => ({ figure: parts[n]!, label: name(r) })),
        complete: false,
        shape: 'of-which',
      });
    }
  }

  /**
   * 险种 | 收入 | 支出 | 当年收支结余 | 年末滚存结余: in every row the income is the spending and the
   * year's balance together (a negative balance for a fund paying out more). One column of each.
   */
  private balanceColumns(
    rows: readonly Block[],
    header: Block | undefined,
    cellText: (r: Block, c: number) => string,
    cellFigure: (r: Block, c: number) => DocFigure | undefined,
  ): void {
    if (!header?.cells) return;
    const { heads, one } = headColumns(header, cellText);
    const inc = one(BALANCE_TABLE_HEADS.income);
    const out = one(BALANCE_TABLE_HEADS.spending);
    const bal = one(BALANCE_TABLE_HEADS.balance);
    if (inc < 0 || out < 0 || bal < 0) return;
    const isTotal = (r: Block) => /^(?:合计|总计)|(?:合计|总计)$/.test(cellText(r, 0).replace(/[\s\u3000]+/g, ''));
    for (const [k, row] of rows.entries()) {
      if (row.table!.header) continue;
      const [i, o, b] = [cellFigure(row, inc), cellFigure(row, out), cellFigure(row, bal)];
      if (!i || !o || !b || i.dimension !== 'money' || o.dimension !== 'money' || b.dimension !== 'money') continue;
      if (isTotal(row) && this.columnExplains(rows.slice(0, k), [inc, out, bal], [i, o, b], cellText, cellFigure)) continue;
      this.claims.push({
        kind: 'sum',
        subject: `“${cellText(row, 0).trim()}”行${heads[inc]}`,
        total: i,
        components: [
          { figure: o, label: heads[out] },
          { figure: b, label: heads[bal] },
        ],
        complete: true,
        shape: 'table-column',
      });
    }
  }

  /**
   * A 合计 row whose income is not its spending plus its balance, where one of the three is not the sum of its column
   * either, and that sum would make the row balance: one wrong cell, which the column's own total reports where it
   * stands. Said again by the row's balance, it would be blamed on the income.
   */
  private columnExplains(
    above: readonly Block[],
    columns: readonly number[],
    cells: readonly DocFigure[],
    cellText: (r: Block, c: number) => string,
    cellFigure: (r: Block, c: number) => DocFigure | undefined,
  ): boolean {
    const body = above.filter((r) => !r.table!.header && !/^[\s\u3000]*其中/.test(cellText(r, 0)));
    if (body.length < 2) return false;
    const value = cells.map((f) => intervalOf(f));
    if (meets(value[0], add(value[1], value[2]))) return false;
    return columns.some((c, n) => {
      const figs = body.map((r) => cellFigure(r, c));
      if (figs.some((f) => !f || !compatible(f, cells[n]))) return false;
      const column = sum(figs.map((f) => intervalOf(f!)));
      if (meets(column, value[n])) return false;
      const v = value.map((x, m) => (m === n ? column : x));
      return meets(v[0], add(v[1], v[2]));
    });
  }

  /**
   * 一、社会保险基金收入 | … / 二、社会保险基金支出 | … / 三、本年收支结余 | …: a fund's table set out by rows (the
   * columns are years or stages) states in every column the year's balance as the income less the spending. The
   * three rows are found by name, each once (the 其中 rows under them are no matter): an income row, the spending
   * row of the same name, and a balance row after it. A column of rates is not read.
   */
  private balanceRows(
    rows: readonly Block[],
    header: Block | undefined,
    cellText: (r: Block, c: number) => string,
    cellFigure: (r: Block, c: number) => DocFigure | undefined,
  ): void {
    let body = rows.filter((r) => !r.table!.header && !/^[\s\u3000]*其中/.test(cellText(r, 0)));
    // Rows numbered 一、二、三、: the three are among the top-numbered ones (财政补贴收入 under 一、 is a detail).
    const marks = body.map((r) => readMarker(cellText(r, 0).trim()));
    const ranks = marks.flatMap((m) => (m ? [LEVEL_RANK[m.level]] : []));
    if (ranks.length) {
      const top = ranks.reduce((a, b) => Math.min(a, b));
      body = body.filter((_, k) => marks[k] && LEVEL_RANK[marks[k]!.level] === top);
    }
    const name = (r: Block) => {
      const t = cellText(r, 0).replace(/[\s\u3000]+/g, '');
      return t.slice(readMarker(t)?.length ?? 0);
    };
    const only = (test: (n: string) => boolean) => {
      const hits = body.filter((r) => test(name(r)));
      return hits.length === 1 ? hits[0] : undefined;
    };
    const inc = only((n) => /^[\u4e00-\u9fa5]{0,12}收入$/.test(n));
    if (!inc) return;
    const stem = name(inc).slice(0, -2);
    const out = only((n) => n === `${stem}支出`);
    const bal = only((n) => /^(?:本年|当年)(?:收支)?结余$/.test(n) || n === `${stem}结余` || n === `${stem}收支结余`);
    // One after the other: a row between them (三、上解支出) would be a third term of the balance.
    if (!out || !bal || body.indexOf(out) !== body.indexOf(inc) + 1 || body.indexOf(bal) !== body.indexOf(out) + 1) return;
    for (let c = 1; c < (bal.cells?.length ?? 0); c++) {
      if (header && /[%％]|比|率|增减|变动|幅/.test(cellText(header, c))) continue;
      const [i, o, b] = [cellFigure(inc, c), cellFigure(out, c), cellFigure(bal, c)];
      if (!i || !o || !b || i.dimension !== 'money' || o.dimension !== 'money' || b.dimension !== 'money') continue;
      const head = header ? cellText(header, c).trim() : '';
      this.claims.push({
        kind: 'sum',
        subject: `${name(bal)}行${head ? `“${head}”列` : ''}`,
        total: b,
        components: [
          { figure: i, label: name(inc) },
          { figure: o, label: name(out), negative: true },
        ],
        complete: true,
        shape: 'table-row',
      });
    }
  }

  /**
   * 项目 | 年初预算 | 调增 | 调减 | 调整后预算 (预算调整方案): in every row the stage after is the stage before plus
   * what is added less what is taken (or plus one signed 调整数). One column of each; a blank or a dash among the
   * steps is nothing.
   */
  private adjustmentColumns(
    rows: readonly Block[],
    header: Block | undefined,
    cellText: (r: Block, c: number) => string,
    cellFigure: (r: Block, c: number) => DocFigure | undefined,
  ): void {
    if (!header?.cells) return;
    const { heads, one } = headColumns(header, cellText);
    const before = one(ADJUST_TABLE_HEADS.before);
    const after = one(ADJUST_TABLE_HEADS.after);
    const steps = [
      { c: one(ADJUST_TABLE_HEADS.adds), negative: false },
      { c: one(ADJUST_TABLE_HEADS.takes), negative: true },
      { c: one(ADJUST_TABLE_HEADS.signed), negative: false },
    ].filter((x) => x.c > 0);
    if (before < 0 || after < 0 || !steps.length) return;
    for (const row of rows) {
      if (row.table!.header) continue;
      const [b, a] = [cellFigure(row, before), cellFigure(row, after)];
      if (!b || !a || b.dimension !== 'money' || a.dimension !== 'money') continue;
      const components: Component[] = [{ figure: b, label: heads[before] }];
      let readable = true;
      for (const { c, negative } of steps) {
        if (isNothing(cellText(row, c))) continue;
        const f = cellFigure(row, c);
        if (!f || f.dimension !== 'money') readable = false;
        else components.push({ figure: f, label: heads[c], ...(negative ? { negative: true as const } : {}) });
      }
      if (!readable || components.length < 2) continue;
      this.claims.push({
        kind: 'sum',
        subject: `“${cellText(row, 0).trim()}”行${heads[after]}`,
        total: a,
        components,
        complete: true,
        shape: 'table-column',
      });
    }
  }

  /** 项目 | 合计 | 基本支出 | 项目支出: the 合计 column adds up the columns after it. */
  private totalColumn(
    rows: readonly Block[],
    header: Block | undefined,
    cellText: (r: Block, c: number) => string,
    cellFigure: (r: Block, c: number) => DocFigure | undefined,
  ): void {
    if (!header?.cells) return;
    // Rows right after the header that hold no figure go on with it (小计 | 购置费 | 运行费 under 公务用车购置及运行费).
    const head = headRows(header, rows.slice(rows.indexOf(header) + 1), (r) => this.ctx.figuresByBlock[r.index].length > 0, cellText);
    // A group's words a flattened two-level head left in one column's head (本年预算数 基本支出) are not that column's.
    const heads = columnHeads(stackHeads(head)).own;
    let t = heads.findIndex((h, c) => c > 0 && TOTAL_HEAD.test(totalHeadName(h)));
    // 支出功能分类 | 2025年预算数 | 基本支出 | 项目支出: with no 合计 head, a column of a period's measure right before the
    // columns of a split the accounts define complete is that split's total.
    if (t < 0) t = measureBeforeSplit(heads);
    if (t < 0) return;
    this.totalColumnAt(t, heads.slice(), true, rows, header, cellText, cellFigure);
    // 合计 | 一般债务 | 专项债务 | 合计 | 一般债务 | 专项债务 under 限额 and 余额: a head of groups, each with its 合计 first.
    // (A 小计 among a 合计's parts stands for some of them: totalColumnAt reads it with its 合计.)
    // (小计 | 一般债务 | 专项债务 | 小计 | … under 限额 and 余额: the same with a 小计 heading each group.)
    const first = totalHeadName(heads[t]).replace(/[\s\u3000]+/g, '');
    for (let u = t + 1; u < heads.length; u++) {
      const h = totalHeadName(heads[u]).replace(/[\s\u3000]+/g, '');
      if (/^(?:合计|总计)$/.test(h) || (/小计$/.test(first) && /小计$/.test(h))) this.totalColumnAt(u, heads.slice(), false, rows, header, cellText, cellFigure);
    }
  }

  private totalColumnAt(
    t: number,
    heads: string[],
    backward: boolean,
    rows: readonly Block[],
    header: Block,
    cellText: (r: Block, c: number) => string,
    cellFigure: (r: Block, c: number) => DocFigure | undefined,
  ): void {
    heads[t] = totalHeadName(heads[t]);
    // Components run from the column after 合计 up to one that is another measure;
    // when 合计 is the last column, they are the columns before it.
    // 上年结转 is this year's income carried in, a part; 上年预算 or 上年决算 is last year's whole. A head
    // that is only a period (2024年预算, wrapped in its cell as "2024年预 算") is another year's figure,
    // while a group head flattened into its first column's head (2025年预算 基本支出) names a part.
    const measure = /合计|总计|上年(?!结转|结余)|预算数|决算数|[%％]|比|率|增减|变动/;
    const period = /^(?:[0-9]{4}年度?)?(?:年初|调整后?)?(?:预算|决算|执行)数?$/;
    // A second head like the total's own (小计 … 小计) opens the next group: the parts end before it.
    const own = heads[t].replace(/[\s\u3000]+/g, '');
    const another = (h: string) => measure.test(h) || period.test(h.replace(/\s+/g, '')) || (/小计$/.test(own) && /小计$/.test(h.replace(/[\s\u3000]+/g, '')));
    let cols: number[] = [];
    for (let c = t + 1; c < heads.length && !another(heads[c]); c++) cols.push(c);
    if (cols.length < 2 && backward) {
      cols = [];
      for (let c = t - 1; c >= 1 && !another(heads[c]); c--) cols.unshift(c);
    }
    if (cols.length < 2) return;
    // Amounts of these columns on a row of their own: the page split rows, and a row's total and parts may be apart.
    if (rows.some((r) => !r.table!.header && halfRow(r, cellText, cellFigure) && [t, ...cols].some((c) => cellFigure(r, c)))) return;
    // An empty cell, or a dash, among the parts is nothing (经营支出 left blank, 国有资本经营预算 "-"):
    // the row's other parts make its total. A part that is text, or a figure of another kind, is not.
    const nothing = (r: Block, c: number) => isNothing(cellText(r, c));
    const body = rows.filter((r) => !r.table!.header);
    // 合计 | 因公出国（境）费 | 小计 | 购置费 | 运行费 | 公务接待费: a 小计 among the parts stands for the
    // columns after it that add up to it in every row (公务用车 over 购置费 and 运行费, a head of two
    // rows); those are its parts, not the 合计's. When no run of columns does, the parts are unknown.
    const subtotal = cols.findIndex((c) => /(?:^|\s)小计$/.test(heads[c]));
    if (subtotal >= 0) {
      // For each run of columns after the 小计: the rows it adds up in, and those it does not.
      const tally = (partCols: number[]) => {
        let adds = 0;
        let fails = 0;
        for (const r of body) {
          const whole = cellFigure(r, cols[subtotal]);
          if (!whole) continue;
          const ps = partCols.filter((c) => !nothing(r, c)).map((c) => cellFigure(r, c));
          if (ps.length === 0 || ps.some((f) => !f || f.dimension !== whole.dimension)) return { adds, fails: Infinity };
          if (meets(sum(ps.map((f) => intervalOf(f!))), intervalOf(whole))) adds++;
          else fails++;
        }
        return { adds, fails };
      };
      const runs: Array<{ partCols: number[]; adds: number; fails: number }> = [];
      for (let k = 2; subtotal + 1 + k <= cols.length; k++) {
        const partCols = cols.slice(subtotal + 1, subtotal + 1 + k);
        runs.push({ partCols, ...tally(partCols) });
      }
      // The run that adds up in every row; failing that, the one run that adds up in every row but one,
      // in three rows at least: that row's 小计 is then wrong (人员经费 + 公用经费 ≠ 基本支出 小计).
      const exact = runs.find((x) => x.fails === 0 && x.adds > 0);
      const nearly = runs.filter((x) => x.fails === 1 && x.adds >= 3);
      const run = exact ?? (nearly.length === 1 ? nearly[0] : undefined);
      if (!run) return;
      cols = cols.filter((c) => !run.partCols.includes(c));
      if (!exact) {
        for (const row of body) {
          const whole = cellFigure(row, cols[subtotal]);
          if (!whole) continue;
          const parts = run.partCols.flatMap((c) => (nothing(row, c) ? [] : [{ c, f: cellFigure(row, c)! }]));
          this.claims.push({
            kind: 'sum',
            subject: `“${rowName(row, t, cellText)}”行${heads[cols[subtotal]]}`,
            total: whole,
            components: parts.map((x) => ({ figure: x.f, label: heads[x.c] })),
            complete: true,
            shape: 'table-column',
          });
        }
      }
    }
    for (const row of body) {
      const total = cellFigure(row, t);
      if (!total) continue;
      const parts = cols.flatMap((c) => (nothing(row, c) ? [] : [{ c, f: cellFigure(row, c) }]));
      if (parts.length === 0 || parts.some((x) => !x.f || x.f.dimension !== total.dimension)) continue;
      this.claims.push({
        kind: 'sum',
        subject: `“${rowName(row, t, cellText)}”行${heads[t]}`,
        total,
        components: parts.map((x) => ({ figure: x.f!, label: heads[x.c] })),
        complete: true,
        shape: 'table-column',
      });
    }
  }
}

/**
 * …其中：执法执勤用车1,862辆，特种专业技术用车1,426辆，其他用车328辆。一般公务用车1,246辆，…: the list's 其他 is a kind of
 * its own (其他用车 is one class of vehicle) when the next sentence names another member of the same kind with its figure:
 * the list goes on past it, and is not closed by it.
 */
function namedOnAfter(ctx: ExtractContext, last: Component): boolean {
  const head = last.label.replace(/^其他/, '');
  if (head.length < 1) return false;
  const block = ctx.doc.blocks[last.figure.block];
  const stop = block.text.slice(last.figure.end).search(/[。；;]/);
  const rest = stop >= 0 ? block.text.slice(last.figure.end + stop + 1) : '';
  const next = rest.trim() ? rest : (ctx.doc.blocks[last.figure.block + 1]?.text ?? '');
  const m = /^[\s\u3000]*([\u4e00-\u9fff（）()]{1,16}?)[\s\u3000]*[0-9０-９]/.exec(next);
  return !!m && m[1].endsWith(head) && !m[1].startsWith('其他');
}

// A table cell holding only a dash: the row has nothing there (a blank cell may be a figure not yet filled in).
const NIL_CELL = /^[\s\u3000]*(?:[—–－\-]{1,2}|[/／])[\s\u3000]*$/;

/** What a row is called: its first cell with a name in it, not the 功能分类 code cells before (204 | 06 | 01 | 行政运行). */
function rowName(row: Block, before: number, cellText: (r: Block, c: number) => string): string {
  for (let c = 0; c < before; c++) {
    const t = cellText(row, c).trim();
    if (/[\u4e00-\u9fff]/.test(t)) return t;
  }
  return cellText(row, 0).trim() || cellText(row, 1).trim();
}

/**
 * A row of amounts with nothing naming it (| | | 1,503.52 | 603.14 |) is half of a row the page split
 * in two: which amounts belong to which row, or to which column, is then unknown.
 */
// A head over two lines ends in 合计 (本年支出 / 合计): its last word names the column.
/** How many rows after a row may be read as its breakdown when no mark says so. */
const MAX_BREAKDOWN = 8;

/**
 * | 上级补助收入 | 238,472 | above | 返还性收入 | 9,642 | 一般性转移支付收入 | 186,450 | 专项转移支付收入 | 42,380 |: rows right
 * after a row that add up to it exactly are its breakdown, their indent or 其中 lost on the page. Asked only when all
 * the parts together do not make the total, and taken only when the parts without those runs do.
 */
function unlessBreakdowns<T extends { f: DocFigure; r: Block }>(parts: T[], total: DocFigure, label: (r: Block) => string, blocks: readonly Block[]): T[] {
  const adds = (xs: T[]) => meets(sum(xs.map((x) => intervalOf(x.f))), intervalOf(total));
  if (adds(parts)) return parts;
  const kept = withoutBreakdowns(parts);
  // Read so only when it explains the total: rows that happen to add up to the one before them (860 + 340 = 1,200)
  // may be its siblings, and a total both readings miss is reported with the rows as they stand.
  if (kept.length < parts.length && adds(kept)) return kept;
  // 税收收入 | 其中：增值税 | 企业所得税 | 非税收入: the rows from a 其中 on detail the row above them (some of it, not all),
  // and where they end is not marked. Read without each such run (one row to a few, the same reach for every 其中) and
  // without the breakdowns left, a total that then adds up is not contradicted by the table.
  // (A 其中 row left out of the parts already opens its run at the row after it.)
  const inParts = new Set(parts.map((x) => x.r));
  const opensRun = (r: Block) => OF_WHICH_ROW.test(label(r)) || (!!blocks[r.index - 1]?.table && !inParts.has(blocks[r.index - 1]) && OF_WHICH_ROW.test(label(blocks[r.index - 1])));
  const opens = parts.map((x, i) => (opensRun(x.r) ? i : -1)).filter((i) => i >= 0);
  // When none adds up, the total is reported against the first reading that found the rows above broken down exactly
  // (846,200 = 612,400 + 233,800 once the 其中 rows are out): the table's own structure, clearer than every row summed.
  let structured: T[] | undefined;
  for (let reach = 1; opens.length && reach <= MAX_BREAKDOWN; reach++) {
    const drop = new Set<number>();
    opens.forEach((i, k) => {
      for (let j = i; j < Math.min(i + reach, opens[k + 1] ?? parts.length); j++) drop.add(j);
    });
    const left = parts.filter((_, i) => !drop.has(i));
    const rest = withoutBreakdowns(left);
    if (adds(rest)) return rest;
    if (!structured && rest.length < left.length) structured = rest;
  }
  return structured ?? parts;
}
// A table row opening with 其中 (其中：增值税): a detail of the row above.
const OF_WHICH_ROW = /^[\s\u3000]*其中[：:，,]?/;

function withoutBreakdowns<T extends { f: DocFigure }>(parts: T[]): T[] {
  const out: T[] = [];
  // Each value once (and remembered across calls): a table of 100,000 rows multiplied each row's value by its
  // scale for every row within reach before it, and the garbage of it was a third of the lint.
  const values = parts.map((p) => baseValue(p.f));
  for (let i = 0; i < parts.length; i++) {
    out.push(parts[i]);
    const whole = values[i];
    if (whole.isZero()) continue;
    let acc = whole.minus(whole);
    for (let k = i + 1; k < Math.min(parts.length, i + 1 + MAX_BREAKDOWN); k++) {
      acc = acc.plus(values[k]);
      if (k > i + 1 && acc.eq(whole)) {
        i = k;
        break;
      }
    }
  }
  return out;
}

const TOTAL_HEAD = /(?:^|\s|支出|收入|金额)(?:合计|总计|小计)$/;
// 2025年预算数, 本年决算数, 预算数（元）: one period's one measure.
const PERIOD_MEASURE_HEAD = /^(?:[0-9]{4}年度?|本年|当年)?(?:年初|调整后?|全年)?(?:预算|决算|执行)数?(?:[（(][^）)]*[）)])?$/;
/** The column of a period's measure right before two or more columns, and no others, of one split of COLUMN_SPLITS; else -1. */
function measureBeforeSplit(heads: readonly string[]): number {
  const bare = heads.map((h) => h.replace(/[\s\u3000]+/g, ''));
  const c = bare.findIndex((h, k) => k > 0 && PERIOD_MEASURE_HEAD.test(h));
  if (c < 0 || bare.slice(c + 1).some((h) => PERIOD_MEASURE_HEAD.test(h))) return -1;
  const rest = bare.slice(c + 1).filter(Boolean);
  const split = COLUMN_SPLITS.find((sp) => rest.every((h) => sp.members.includes(h)));
  return split && rest.length >= 2 && new Set(rest).size === rest.length ? c : -1;
}

/** A 合计 head a PDF wrapped inside its word (本年收入合 / 计), read and named without the gaps. */
const totalHeadName = (h: string) => (!TOTAL_HEAD.test(h) && TOTAL_HEAD.test(h.replace(/[\s\u3000]+/g, '')) ? h.replace(/[\s\u3000]+/g, '') : h);

function halfRow(r: Block, cellText: (r: Block, c: number) => string, cellFigure: (r: Block, c: number) => DocFigure | undefined): boolean {
  const cells = r.cells ?? [];
  return !cellText(r, 0).trim() && !cells.some((_, c) => /[\u4e00-\u9fff]/.test(cellText(r, c))) && cells.some((_, c) => cellFigure(r, c));
}

/** A blank cell, or one holding only a dash: nothing to add. */
const isNothing = (cell: string) => {
  const t = cell.trim();
  return t === '' || /^[-—–－]{1,2}$/.test(t);
};

/** How many cells a code spread over cells takes in this row (1 to 3: 类, then 款 and 项 of two digits); 1 when its first cell is no 类 of its own. */
function spreadCodeCells(r: Block, cellText: (r: Block, c: number) => string): number {
  if (CODE_PART.exec(cellText(r, 0))?.[1].length !== 3) return 1;
  let n = 1;
  for (let c = 1; c < 3 && r.cells && c < r.cells.length; c++) {
    const t = cellText(r, c).trim();
    // An empty 款 or 项 cell is still the code's (| 201 |  |  | 一般公共服务支出 |).
    if (t !== '' && !/^[0-9]{2}$/.test(t)) break;
    n++;
  }
  return n;
}


/** Which stage of a roll-forward a clause names (see ROLL_STAGES): the whole clause, or the end of a sentence's first one. */
function stageOf(clause: string, opening: boolean): RollStage | undefined {
  for (const r of ROLL_STAGES) if ((opening ? r.end : r.clause).test(clause)) return r.stage;
  return undefined;
}

/**
 * Where 由 opens a list that 组成/构成 closes before the next ；: one pass over the sentence (a
 * lookahead from each 由 to the sentence's end was quadratic on a run of 由).
 */
function wholeListOpenings(text: string): number[] {
  const out: number[] = [];
  let pending: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (text.startsWith(WHOLE_LIST_OPEN, i)) pending.push(i);
    else if (text[i] === '；' || text[i] === ';') pending = [];
    else if (pending.length && WHOLE_LIST_CLOSE.some((w) => text.startsWith(w, i))) {
      for (const p of pending) out.push(p);
      pending = [];
    }
  }
  return out;
}

// How many paragraphs back the amount a sentence opens by naming may stand.
const OPENER_REACH = 3;
const OF_WHICH_AGAIN = /^[\s\u3000]*其中[\s\u3000]*[：:，,]?/;

// A name as a label states it: 公务用车购置及运行维护费预算 is 公务用车购置及运行维护费 (the measure is not the name).
const MEASURE_END = /(?:年初|全年|调整)?(?:预算|决算|执行)(?:数|额)?$/;
/** The stage of the budget a label names at its end (年初 or 调整后), if any. */
function budgetStage(label: string): string | undefined {
  const m = BUDGET_STAGE_AT_END.exec(label);
  return m ? (m[1] ? 'before' : 'after') : undefined;
}

function sameName(label: string, name: string): boolean {
  const a = label.replace(MEASURE_END, '');
  const b = name.replace(MEASURE_END, '');
  return a.length >= 2 && b.length >= 2 && sameSubject(a, b);
}

/** The columns of a total row holding an amount it adds up in (`additive`), not a percentage. */
function amountColumns(totalRow: Block, additive: (c: number) => boolean, cellFigure: (r: Block, c: number) => DocFigure | undefined): number[] {
  const columns: number[] = [];
  for (let c = 1; c < (totalRow.cells?.length ?? 0); c++) if (additive(c) && cellFigure(totalRow, c) && cellFigure(totalRow, c)!.dimension !== 'percent') columns.push(c);
  return columns;
}

/** Whether the rows of `run` add up to `parent` in column `c` (every one filled, in its unit). */
function runAddsUp(parent: Block, run: readonly Block[], c: number, cellFigure: (r: Block, c: number) => DocFigure | undefined): boolean {
  const whole = cellFigure(parent, c);
  const parts = run.map((r) => cellFigure(r, c));
  if (!whole || parts.some((f) => !f || !compatible(f, whole))) return false;
  return meets(sum(parts.map((f) => intervalOf(f!))), intervalOf(whole));
}

export function extractSums(ctx: ExtractContext): SumClaim[] {
  return new SumExtractor(ctx).run();
}

/** A table's head cells without their spaces, and the one column (not the first, the rows' names) a head pattern names, or -1. */
function headColumns(header: Block, cellText: (r: Block, c: number) => string): { heads: string[]; one: (re: RegExp) => number } {
  const heads = header.cells!.map((_, c) => cellText(header, c).replace(/[\s\u3000]/g, ''));
  const one = (re: RegExp) => {
    const at = heads.flatMap((h, c) => (c > 0 && re.test(h) ? [c] : []));
    return at.length === 1 ? at[0] : -1;
  };
  return { heads, one };
}

/**
 * 其中专任教师1,268人、具有高级职称的专任教师586人: a part named as an earlier part with words before it (具有高级职称的
 * 专任教师, 职业教育支出 after 教育支出) is some of that part, not another beside it: the list is no split of its total.
 * A word that negates (不计容面积 after 计容面积, 非税收入) or says "the rest" (其他) names the other part.
 */
function namesNestedPart(labels: readonly string[]): boolean {
  // Each name's endings looked up among the names before it: comparing every pair grew with the square of a long list.
  const seen = new Set<string>();
  for (const label of labels) {
    const n = label.replace(/[\s\u3000]/g, '');
    if (n.length <= NESTED_NAME_MAX) {
      for (let cut = 2; cut <= n.length - 2; cut++) if (seen.has(n.slice(cut)) && !OTHER_PART.test(n.slice(0, cut))) return true;
    }
    seen.add(n);
  }
  return false;
}
// The words between a part and its own share: "，占", "，占发放总额的", "，所占比重为"; no other figure or clause.
const OWN_SHARE_BETWEEN = /^[\s\u3000，,]{0,4}(?:约|所)?(?:占|比重)[^，,。；;：:0-9０-９]{0,16}$/;
const ONE_HUNDRED = new Decimal(100);

/** Whether the parts of the whole's kind add to more than it, beyond their rounding. */
function overshoots(components: readonly Component[], total: DocFigure): boolean {
  return sum(components.filter((c) => compatible(c.figure, total)).map((c) => intervalOf(c.figure))).lo.gt(intervalOf(total).hi);
}

/**
 * Whether two or more parts of a list each state their share (…A，占x%；B，占y%…) and those shares add to more than
 * 100% beyond their rounding. Each part's share is the first figure after it, so the list is read once.
 */
function sharesPastWhole(text: string, sentences: readonly Sentence[], block: number, components: readonly Component[]): boolean {
  let shares = 0;
  let lo = new Decimal(0);
  let j = 0;
  for (let k = 0; k < components.length; k++) {
    const f = components[k].figure;
    if (f.block !== block) continue;
    while (j < sentences.length && sentences[j].end <= f.start) j++;
    if (j >= sentences.length) break;
    const figs = sentences[j].figures;
    const at = firstFrom(figs, f.end);
    const share = figs[at];
    const limit = components[k + 1]?.figure.block === block ? components[k + 1].figure.start : sentences[j].end;
    if (!share || share.start >= limit || share.dimension !== 'percent' || !OWN_SHARE_BETWEEN.test(text.slice(f.end, share.start))) continue;
    shares++;
    lo = lo.plus(intervalOf(share).lo);
  }
  return shares >= 2 && lo.gt(ONE_HUNDRED);
}

/** Longer labels are clauses, not names one part's could end another's. */
const NESTED_NAME_MAX = 40;
const OTHER_PART = /^(?:不|非|未|无|其他|其余|另|剩余)/;

const ORDINAL = /[一二三四五六七八九十0-9０-９]/;
/** 第二产业税收 and 第三产业税收, 一季度 and 二季度: the same name but for one numeral. */
function ordinalSibling(a: string, b: string): boolean {
  const x = a.replace(/[\s\u3000]/g, '');
  const y = b.replace(/[\s\u3000]/g, '');
  if (x.length !== y.length || x.length < 3 || x === y) return false;
  let diff = -1;
  for (let i = 0; i < x.length; i++) {
    if (x[i] === y[i]) continue;
    if (diff >= 0) return false;
    diff = i;
  }
  return ORDINAL.test(x[diff]) && ORDINAL.test(y[diff]);
}

// 产出指标30分，得分27.6分 / 效益指标分值30分，实际得分26.5分: an indicator, its weight, then a bare 得分 (the figure follows).
const WEIGHTED_INDICATOR = /(?:^|[，,；;。：:）)])([\u4e00-\u9fff]{2,8}?)(?:的)?(?:分值|权重|满分)?(?:为|是)?([0-9０-９]{1,3}(?:\.[0-9０-９]{1,2})?)分[，,](?:实际|自评)?(?:得分|评分)(?:为|是)?$/;
// How far before a score its indicator and weight may stand (characters).
const WEIGHTED_REACH = 28;

/** The indicator whose weight stands right before a bare 得分 and its figure, with the weight. */
function weightedIndicator(text: string, at: number): { name: string; weight: Decimal } | undefined {
  const m = WEIGHTED_INDICATOR.exec(text.slice(Math.max(0, at - WEIGHTED_REACH), at));
  if (!m || /[0-9０-９]/.test(m[1])) return undefined;
  return { name: m[1], weight: new Decimal(asciiDigits(m[2])) };
}

/** The sums measuredMembers made: another reading's sum of the same total and parts stands in for one. */
const MEASURED = new WeakSet<SumClaim>();
/** How many statements after a total, and paragraphs, its members' statements are looked for in. */
const MEASURED_MEMBER_REACH = 12;
const MEASURED_MEMBER_PARAGRAPHS = 4;
const MEMBER_LEAD = /^[\s\u3000]*(?:其中)?[：:，,]?[\s\u3000]*/;

/**
 * A statement of one thing's amounts by measure: 因公出国（境）费预算0万元，决算0万元 → 因公出国（境）费 with 预算 and 决算.
 * The name comes before the first amount's measure, in the statement's first clause; every other amount of the statement
 * before its first non-amount figure is labelled by a measure alone. Undefined when a measure is said twice or an amount
 * has none.
 */
function measuredAmounts(text: string, s: { figures: readonly DocFigure[] }, from: number): { name: string; scope: string; byMeasure: Map<string, DocFigure> } | undefined {
  const amounts = s.figures.filter((f) => f.dimension === 'money' && (f.role === 'amount' || f.role === 'new-value'));
  if (!amounts.length) return undefined;
  const lead = MEMBER_LEAD.exec(text.slice(from))![0].length;
  const first = amounts[0];
  const head = text.slice(from + lead, first.start).replace(/[\s\u3000]+/g, '');
  if (/[，,。；;：:]/.test(head)) return undefined;
  const m = MEASURE_WORD_AT_END.exec(head);
  if (!m) return undefined;
  const named = head.slice(0, m.index).replace(/^(?:[0-9０-９]{4}年度?|本年度?|全年)/, '').replace(/(?:财政拨款|支出)$/, '');
  // 全区“三公”经费… then 本部门因公出国（境）费…: whose money the statement names, apart from the name.
  const scope = NAME_SCOPE_LEAD.exec(named)?.[0] ?? '';
  const name = named.slice(scope.length);
  if (name.length < 2) return undefined;
  const byMeasure = new Map<string, DocFigure>([[measureKey(m[1]), first]]);
  for (const f of amounts.slice(1)) {
    const label = labelBefore(text, f.start, from).replace(/[\s\u3000]+/g, '');
    const k = MEASURE_WORD_AT_END.exec(label);
    if (!k || k.index > 0 && !/^(?:支出|财政拨款)+$/.test(label.slice(0, k.index))) continue;
    const key = measureKey(k[1]);
    if (byMeasure.has(key)) return undefined;
    byMeasure.set(key, f);
  }
  return { name, scope, byMeasure };
}

/** The measure a figure's label ends with (支出决算为 → 决算, 调整预算 → 调整), as measureKey reads it; undefined for none. */
function measureBefore(text: string, at: number): string | undefined {
  const k = MEASURE_WORD_AT_END.exec(labelBefore(text, at).replace(/[\s\u3000]+/g, ''));
  return k ? measureKey(k[1]) : undefined;
}

/** 年初预算, 预算 and 全年预算 are one measure beside a 决算; 调整预算 another. */
function measureKey(word: string): string {
  if (/^(?:年初|全年)?预算$/.test(word)) return '预算';
  if (word === '执行' || word === '实际支出') return '决算';
  return word.replace(/^调整后?/, '调整');
}
