import { asciiDigits } from '../document/digits.ts';
import type { Block } from '../document/types.ts';
import { outlineMarker } from '../document/markers.ts';
import type { ExtractContext, Sentence } from '../reading/context.ts';
import type { ChangeClaim, Claim, DocFigure } from './types.ts';
import { labelBefore } from '../reading/labels.ts';
import { normalSubject } from '../reading/names.ts';
import { readStatedLevels, periodKey, type Fact } from '../facts/facts.ts';
import { intervalOf } from '../reading/figures/interval-of.ts';
import { meets, neg, sub } from '../interval.ts';
import { statedDirection } from '../reading/words.ts';
import { DEGREE_WORDS, DIRECTION_ONLY, alternation } from '../domain/lexicon.ts';
import { firstFrom } from './first-from.ts';
import { AMOUNT_INVOLVED, EVALUATED, EVALUATION_DONE } from '../domain/share-words.ts';

// What a subject ends with that says which measure of the item it is, not which item:
// 一般公共预算收入预算, 政府性基金预算支出安排, 基本支出决算数.
const MEASURE_TAIL = /(?:年初预算数?|调整预算数?|预算数?|预期|预计|安排|计划|完成数?|执行数?|决算数?|实际数?)$/;
// What the item must still end with once the measure is off: money of some kind (一般公共预算 alone is a fund, not an item).
const ITEM_END = /(?:收入|支出|经费|费|资金|拨款|余额)$/;
const OUTTURN = /^(?:完成|执行|决算|实际|实现)/;
const BUDGET = /^(?:年初预算|调整预算|预算|预期|预计|安排|计划)/;
// The verb a level was stated with, right before its figure (收入完成18.36亿元, 支出执行数为…).
const OUTTURN_VERB = /(?:完成|实现|执行数?|决算数?|实际数?)(?:了|为|是|达到?)?[\s\u3000]*$/;
const BUDGET_VERB = /(?:预算数?|预期|预计|安排|计划)(?:了|为|是|达到?)?[\s\u3000]*$/;

type Measure = 'outturn' | 'budget' | '';

/** The item a subject names, without its measure; undefined when too little is left to name one item. */
export function itemOf(subject: string): string | undefined {
  let s = subject;
  for (let k = 0; k < 3 && MEASURE_TAIL.test(s); k++) s = s.replace(MEASURE_TAIL, '');
  return s.length >= 4 && ITEM_END.test(s) ? s : undefined;
}

function measureOf(ctx: ExtractContext, f: Fact): Measure {
  const tail = /(?:年初预算|调整预算|预算|预期|预计|安排|计划|完成|执行|决算|实际)数?$/.exec(f.subject)?.[0] ?? '';
  if (tail) return OUTTURN.test(tail) ? 'outturn' : BUDGET.test(tail) ? 'budget' : '';
  const block = ctx.doc.blocks[f.figure.block];
  const before = block.text.slice(Math.max(0, f.figure.start - 8), f.figure.start);
  return OUTTURN_VERB.test(before) ? 'outturn' : BUDGET_VERB.test(before) ? 'budget' : '';
}

// 比上年完成数, 较上年执行数, 比上年, 较去年决算, 比2025年执行数: last year's figure of the same item, of the measure named
// (any, when none is); a year named must be the one before the current figure's.
const LAST_YEAR_BASE = /^(?:上年|去年|([0-9０-９]{4})年度?)(?:(完成|执行|决算|实际)数?|(预算)数?)?$/;

/**
 * The year of a period that is a whole year: 2025, or 2024 with 年初 or 年末 (the budget set at its
 * start, a stock at its end); a period of months or quarters is a stretch of its year, not the year.
 */
export function yearOf(period: string): { year: number; plain: boolean } | undefined {
  const parts = periodKey(period).split('|');
  const years = parts.filter((p) => /^[0-9]{4}$/.test(p));
  if (years.length !== 1 || parts.some((p) => p !== years[0] && !/^(?:年初|年末|年底|全年)$/.test(p))) return undefined;
  return { year: Number(years[0]), plain: parts.length === 1 };
}

// 较上年有所增加: the degree word before a direction word alone is not part of the base's name (nor 均有, 也有).
const DEGREE_TAIL = new RegExp(`(?:${alternation([...DEGREE_WORDS, '均有', '也有'])})$`);
const baseName = (base: string) => base.replace(/[\s\u3000]/g, '').replace(DEGREE_TAIL, '');

// More statements of one item and year than this say the name is not one thing: nothing is read.
const MAX_CANDIDATES = 16;

/**
 * "2025年一般公共预算收入预算19.20亿元，比上年完成数增长5.6%", where last year's outturn was stated
 * in another sentence or section ("2024年全县一般公共预算收入完成18.36亿元"): a change that states the
 * current figure and its rate (or ratio, or a direction word) but neither the prior nor the amount of
 * change takes as its prior the level of the same item, stated for the year before, of the measure
 * the base names. Only when every such statement in the document agrees on one value: two values
 * (本级 and 全县, a budget and an outturn for a bare 上年) leave the base unknown.
 */
export function extractEarlierBases(ctx: ExtractContext, earlier: readonly Claim[]): ChangeClaim[] {
  const wanting = earlier.filter(
    (c): c is ChangeClaim =>
      c.kind === 'change' && !!c.current && !c.prior && !c.delta && !c.flat && !!(c.rate || c.ratio || c.deltaWord) && LAST_YEAR_BASE.test(baseName(c.base)),
  );
  if (!wanting.length) return [];
  // A change a table row already gave its prior (relations/table-changes.ts) is read once.
  const sig = (c: ChangeClaim) => `${c.current!.id}|${c.rate?.id ?? ''}|${c.ratio?.id ?? ''}|${c.deltaWord?.range.start ?? ''}`;
  const filled = new Set(earlier.filter((c): c is ChangeClaim => c.kind === 'change' && !!c.current && !!c.prior).map(sig));
  const facts = readStatedLevels(ctx);
  const byFigure = new Map<number, Fact>();
  const byItemYear = new Map<string, Fact[]>();
  for (const f of facts) {
    byFigure.set(f.figure.id, f);
    const item = itemOf(f.subject);
    const year = yearOf(f.period);
    if (!item || year === undefined) continue;
    const key = `${item}|${year.year}`;
    const list = byItemYear.get(key);
    if (!list) byItemYear.set(key, [f]);
    else if (list.length <= MAX_CANDIDATES) list.push(f);
  }
  const captionScope = tableCaptionScopes(ctx);
  const out: ChangeClaim[] = [];
  for (const c of wanting) {
    if (filled.has(sig(c))) continue;
    const own = byFigure.get(c.current!.id);
    if (!own || ctx.doc.blocks[own.figure.block].kind === 'table-row') continue;
    const item = itemOf(own.subject);
    const year = yearOf(own.period);
    if (!item || !year?.plain) continue;
    const list = byItemYear.get(`${item}|${year.year - 1}`);
    if (!list || list.length > MAX_CANDIDATES) continue;
    const m = LAST_YEAR_BASE.exec(baseName(c.base))!;
    if (m[1] && Number(asciiDigits(m[1])) !== year.year - 1) continue;
    const wanted: Measure = m[2] ? 'outturn' : m[3] ? 'budget' : '';
    const found = list.filter(
      (f) =>
        (f.scope === own.scope || !f.scope || !own.scope) &&
        // 省级…比上年执行数增长2.8% beside a table captioned 全省…执行情况: a row naming no scope is of the scope its caption names.
        !(own.scope && !f.scope && otherScope(own.scope, captionScope(f.figure.block))) &&
        f.figure.dimension === c.current!.dimension &&
        (!wanted || measureOf(ctx, f) === wanted),
    );
    // The prior is a statement of the year itself; one at its start or end (年初预算) that differs
    // is another candidate, and leaves the base unknown. Values that agree within rounding are one value.
    const prior = found.find((f) => yearOf(f.period)!.plain);
    if (!prior || found.some((f) => !meets(intervalOf(f.figure), intervalOf(prior.figure)))) continue;
    out.push({ ...c, base: baseName(c.base), prior: prior.figure });
  }
  return out;
}

// 全省, 我市: the whole jurisdiction; 省级, 市本级, 本级: the government's own level within it.
const WHOLE_SCOPE = /^(?:全|我)/;
const LEVEL_SCOPE = /本级|级$/;
/** Two scopes of which one is the whole jurisdiction and the other its own level: two figures, never one. */
export const otherScope = (a: string, b: string) => !!a && !!b && ((WHOLE_SCOPE.test(a) && LEVEL_SCOPE.test(b)) || (LEVEL_SCOPE.test(a) && WHOLE_SCOPE.test(b)));

/** How many blocks above a table's first row its caption may stand (a 单位 note between). */
const CAPTION_REACH = 3;

/**
 * The scope a table's caption names (表1 2025年全省一般公共预算收支执行情况), by the index of any of its rows; '' for a
 * caption naming none, or one naming both (全省和省级…).
 */
export function tableCaptionScopes(ctx: ExtractContext): (block: number) => string {
  let byRow: Map<number, string> | undefined;
  return (block) => {
    if (ctx.doc.blocks[block]?.kind !== 'table-row') return '';
    if (!byRow) {
      byRow = new Map();
      for (const rows of ctx.tables()) {
        if (!rows.length) continue;
        let caption = '';
        for (let i = rows[0].index - 1; i >= 0 && rows[0].index - i <= CAPTION_REACH; i--) {
          const b = ctx.doc.blocks[i];
          if ((b.kind !== 'paragraph' && !(b.kind === 'table-row' && !b.cells)) || /[。；;]/.test(b.text)) break;
          caption = `${b.text}${caption}`;
        }
        const scopes = new Set([...caption.matchAll(SCOPE_WORDS)].map((m) => (WHOLE_SCOPE.test(m[0]) ? 'whole' : 'level')));
        const scope = scopes.size === 1 ? (scopes.has('whole') ? '全' : '本级') : '';
        for (const r of rows) byRow.set(r.index, scope);
      }
    }
    return byRow.get(block) ?? '';
  };
}

// How many paragraphs before a change its item's level may be stated (the sentence before, the paragraph before).
const CURRENT_BACK = 2;
const LEADING_YEAR = /^([0-9０-９]{4})年度?/;
// 与2023年度相比，…增加 / 比2023年增长: the year the change is measured from, the last one named before its amount.
const COMPARED_YEAR = /(?:与|同|和|比|较)([0-9０-９]{4})年度?(?:相比|比较)?[^0-9０-９]*$/;
// A level named as last year's, a budget's or a stretch's is not this year's figure the change is of.
const NOT_THIS_YEAR = /上年|去年|同期|上期|年初|调整|预算数|决算数|[0-9０-９]{4}年/;

/**
 * "付息支出11,480万元。…付息支出比上年增加1,320万元，增长11.8%": a change that states its amount and rate
 * but not the level it is of, whose item's level was stated just before (earlier in the paragraph or
 * in the paragraph before, under the same heading) by the same name: that level is its current figure.
 * Only the nearest statement counts, and only when every statement of the name in that stretch agrees.
 */
export function extractEarlierCurrents(ctx: ExtractContext, earlier: readonly Claim[]): ChangeClaim[] {
  const out: ChangeClaim[] = [];
  // Each paragraph's levels by name, read once however many changes look at it.
  const levels = new Map<number, Map<string, DocFigure[]>>();
  const levelsOf = (x: Block): Map<string, DocFigure[]> => {
    let m = levels.get(x.index);
    if (m) return m;
    m = new Map();
    for (const s of ctx.sentences(x)) {
      for (const f of s.figures) {
        if (f.role !== 'amount' || f.approximate) continue;
        const written = labelBefore(x.text, f.start, s.start).replace(/[\s\u3000]/g, '').replace(/^(?:其中|包括)[：:，,]?/, '');
        // 2024年度一般公共预算财政拨款支出: a level dated by its year is kept under that year, for a change that
        // compares it with the year before (与2023年度相比).
        const dated = LEADING_YEAR.exec(written);
        const label = dated ? written.slice(dated[0].length) : written;
        // 11,480万元的 / 11,480万元中: part of a longer phrase, not the level stated.
        if (NOT_THIS_YEAR.test(label) || /^[\s\u3000]*(?:的|中)/.test(x.text.slice(f.end, f.end + 2))) continue;
        const name = `${levelName(label)}|${scopeOf(label)}${dated ? `|${asciiDigits(dated[1])}` : ''}`;
        const list = m.get(name);
        if (!list) m.set(name, [f]);
        else if (list.length <= MAX_CANDIDATES) list.push(f);
      }
    }
    levels.set(x.index, m);
    return m;
  };
  const yearLevels = new Map<number, Levels>();
  const pairsOf = (x: Block): Levels => {
    if (!yearLevels.has(x.index)) yearLevels.set(x.index, readYearLevels(ctx, x));
    return yearLevels.get(x.index);
  };
  for (const c of earlierShares(ctx)) out.push(c);
  for (const c of earlier) {
    if (c.kind !== 'change' || c.current || c.prior || !c.delta || !(c.rate || c.ratio) || !c.subject || c.delta.approximate) continue;
    const block = ctx.doc.blocks[c.delta.block];
    if (!block || block.kind !== 'paragraph') continue;
    if (levelName(c.subject).length < 3 || NOT_THIS_YEAR.test(c.subject)) continue;
    // 本级 and 全县 are two levels of one name: the scope said must be the same. Compared with a year named
    // (与2023年度相比), the level may be dated by the year after it.
    const compared = COMPARED_YEAR.exec(block.text.slice(Math.max(0, c.delta.start - 40), c.delta.start));
    const want = `${levelName(c.subject)}|${scopeOf(c.subject)}`;
    const wants = compared ? [want, `${want}|${Number(asciiDigits(compared[1])) + 1}`] : [want];
    const found: DocFigure[] = [];
    let many = false;
    for (let b = block.index, seen = 0; b >= 0 && seen <= CURRENT_BACK; b--) {
      const x = ctx.doc.blocks[b];
      if (x.kind === 'heading' || (x.kind === 'paragraph' && isTitle(x.text))) break;
      if (x.kind !== 'paragraph') continue;
      seen++;
      for (const w of wants) {
        const list = levelsOf(x).get(w) ?? [];
        if (list.length > MAX_CANDIDATES) many = true;
        for (const f of list) if (f.dimension === c.delta.dimension && (b !== block.index || f.start < c.delta.start)) found.push(f);
      }
    }
    if (!found.length && !many) {
      const pair = levelsAcross(ctx, block, c, pairsOf);
      if (pair) out.push({ ...c, current: pair.current, prior: pair.prior });
      else {
        const current = itemLevelBefore(ctx, block, c) ?? evaluatedLevelBefore(ctx, block, c);
        if (current) out.push({ ...c, current });
      }
      continue;
    }
    if (many || !found.length || found.some((f) => !meets(intervalOf(f), intervalOf(found[0])))) continue;
    // The nearest statement: the one last in the text (found from this paragraph back).
    const current = found.reduce((a, f) => (f.block > a.block || (f.block === a.block && f.start > a.start) ? f : a));
    out.push({ ...c, current });
  }
  return out;
}

// What an item's name may end with that says what kind of money it is, not which item: 法律援助项目 and 法律援助经费 are one
// item, as are 人民调解专项经费 and 人民调解资金.
const ITEM_KIND_TAIL = /(?:专项|项目|经费|资金|补助|补贴|支出|工作)$/;
// An item's core under its kind words must still name something (法律援助, 社区矫正), not a bare 项目 or 专项.
const ITEM_CORE_MIN = 3;
// A list item's marker before its name: 1., （二）, 3、.
const ITEM_MARKER = /^(?:[0-9０-９]{1,2}[.．、]|[（(][一二三四五六七八九十0-9０-９]{1,3}[）)]|[一二三四五六七八九十]{1,3}、)/;

/** An item's name without its marker, scope and kind words: 1.法律援助项目 → 法律援助. */
function itemCore(label: string): string {
  let s = normalSubject(label.replace(ITEM_MARKER, '')).replace(/(?:当年|本年|全年)/g, '');
  for (let k = 0; k < 4 && ITEM_KIND_TAIL.test(s); k++) s = s.replace(ITEM_KIND_TAIL, '');
  return s;
}

/**
 * "1.法律援助项目126.00万元，…。" then "2026年法律援助经费比上年增加18.00万元，增长15.2%": a change stating only its amount and
 * rate, right after the sentence that states its item's level under another kind word (项目 there, 经费 here): that level is
 * its current. Only the sentence right before (in this paragraph or ending the one before, no heading between), only when it
 * states exactly one amount of the item, of this year (not 上年's, nor dated by another year than the change's).
 */
function itemLevelBefore(ctx: ExtractContext, block: Block, c: ChangeClaim): DocFigure | undefined {
  const delta = c.delta!;
  const core = itemCore(c.subject);
  if (core.length < ITEM_CORE_MIN) return undefined;
  const before = sentenceBefore(ctx, block, delta);
  if (!before) return undefined;
  const x = before.block;
  // The change's own year, when it names one (2026年法律援助经费…): a level dated by another year is not its.
  const changeYear = LEADING_YEAR.exec(block.text.slice(clauseOpening(block.text, delta.start), delta.start).replace(/^[\s\u3000]+/, ''))?.[1];
  const levels: DocFigure[] = [];
  for (const f of before.figures) {
    if (f.dimension !== delta.dimension || f.approximate) continue;
    const label = labelBefore(x.text, f.start, before.start).replace(/[\s\u3000]/g, '').replace(/^(?:其中|包括)[：:，,]?/, '');
    const dated = LEADING_YEAR.exec(label);
    const rest = dated ? label.slice(dated[0].length) : label;
    const named = itemCore(rest);
    // 另安排法律援助专项资金20.00万元 beside 法律援助项目126.00万元: another amount naming the item leaves which is its level open.
    if (named !== core && named.includes(core)) return undefined;
    if (named !== core) continue;
    // Any other statement of the item in the sentence (two amounts, last year's, a budget's) leaves which it is open.
    if (f.role !== 'amount' || NOT_THIS_YEAR.test(rest) || (dated && changeYear && asciiDigits(dated[1]) !== asciiDigits(changeYear))) return undefined;
    if (/^[\s\u3000]*(?:的|中)/.test(x.text.slice(f.end, f.end + 2))) return undefined;
    levels.push(f);
  }
  return levels.length === 1 ? levels[0] : undefined;
}

/** The sentence right before the one holding `f`: in its paragraph, or ending the one before with no heading or table between. */
function sentenceBefore(ctx: ExtractContext, block: Block, f: DocFigure): Sentence | undefined {
  const own = ctx.sentences(block).findIndex((s) => s.start <= f.start && f.start < s.end);
  if (own < 0) return undefined;
  const before: Sentence | undefined = ctx.sentences(block)[own - 1];
  if (before) return before;
  for (let b = block.index - 1; b >= 0; b--) {
    const x = ctx.doc.blocks[b];
    if (x.kind === 'heading' || x.kind === 'table-row' || (x.kind === 'paragraph' && isTitle(x.text))) return undefined;
    if (x.kind === 'paragraph') return ctx.sentences(x).at(-1);
  }
  return undefined;
}

// 评价资金, 2025年参评资金: the change's subject named as the money an evaluation covered, after its year at most.
const EVALUATED_SUBJECT_OPENING = /^(?:[0-9０-９]{4}年度?|本年度?|当年|全年)?(?:本次)?/;

/**
 * "本次选取12个项目开展重点评价，涉及资金36,480万元。" then "评价资金比上年增加4,260万元，增长12.6%": a change of the money an
 * evaluation covered (评价资金, 参评资金), stating only its amount and rate, right after the sentence that names the
 * evaluation and the money it involved (涉及资金…): that amount is its current. Exactly one such amount, or none is read.
 */
function evaluatedLevelBefore(ctx: ExtractContext, block: Block, c: ChangeClaim): DocFigure | undefined {
  const delta = c.delta!;
  if (!EVALUATED.test(c.subject.replace(/[\s\u3000]/g, '').replace(EVALUATED_SUBJECT_OPENING, ''))) return undefined;
  const before = sentenceBefore(ctx, block, delta);
  if (!before) return undefined;
  const x = before.block;
  const levels = before.figures.filter(
    (f) =>
      f.dimension === delta.dimension &&
      !f.approximate &&
      f.role === 'amount' &&
      AMOUNT_INVOLVED.test(labelBefore(x.text, f.start, before.start).replace(/[\s\u3000]/g, '')) &&
      EVALUATION_DONE.test(x.text.slice(before.start, f.start).replace(/[\s\u3000]/g, '')),
  );
  return levels.length === 1 ? levels[0] : undefined;
}

/** Where the statement holding `at` opens: after the last sentence stop before it. */
function clauseOpening(text: string, at: number): number {
  const before = text.slice(0, at);
  const stop = Math.max(before.lastIndexOf('。'), before.lastIndexOf('；'), before.lastIndexOf(';'), before.lastIndexOf('\n'));
  return stop + 1;
}

// A sentence about last year: 上年全县…, 去年同期….
const LAST_YEAR_SENTENCE = /^[\s\u3000]*(?:上年|去年)/;
// How much of a name two statements of one item must share at their end (支出责任, 财政拨款支出): a measure, not one word.
const SHARED_TAIL = 4;
type Levels = { now: Array<{ name: string; f: DocFigure }>; before: Array<{ name: string; f: DocFigure }> } | undefined;

/** Each paragraph's levels of this year and of last year, by name; undefined for a paragraph of too many to read. */
function readYearLevels(ctx: ExtractContext, x: Block): Levels {
  const now: Array<{ name: string; f: DocFigure }> = [];
  const before: Array<{ name: string; f: DocFigure }> = [];
  for (const s of ctx.sentences(x)) {
    const lastYear = LAST_YEAR_SENTENCE.test(x.text.slice(s.start, s.start + 8));
    for (const f of s.figures) {
      if (f.role !== 'amount' || f.approximate || /^[\s\u3000]*(?:的|中)/.test(x.text.slice(f.end, f.end + 2))) continue;
      const label = labelBefore(x.text, f.start, s.start).replace(/[\s\u3000]/g, '').replace(/^(?:其中|包括)[：:，,]?/, '');
      const name = normalSubject(label.replace(/^(?:上年|去年)/, '')).replace(/(?:当年|本年|全年)/g, '');
      if (name.length < SHARED_TAIL) continue;
      const list = lastYear || /^(?:上年|去年)/.test(label) ? before : NOT_THIS_YEAR.test(label) ? undefined : now;
      if (!list) continue;
      if (list.length >= MAX_CANDIDATES) return undefined;
      list.push({ name, f });
    }
  }
  return { now, before };
}

const sharesTail = (a: string, b: string) => a.length >= SHARED_TAIL && b.length >= SHARED_TAIL && a.slice(-SHARED_TAIL) === b.slice(-SHARED_TAIL);

/**
 * "执行阶段PPP项目当年财政支出责任合计24,860万元。…上年…PPP项目支出责任22,520万元。" then "PPP项目财政支出责任比上年增加2,340万元，
 * 增长11.6%": the change names its item with words of its own, but the paragraphs just before state a level of this year and
 * one of last year, of names ending alike, whose difference is the amount of change stated: they are the change's current
 * and prior. The amount agreeing is what ties them to it; exactly one such pair, or nothing is read.
 */
function levelsAcross(ctx: ExtractContext, block: Block, c: ChangeClaim, pairsOf: (x: Block) => Levels): { current: DocFigure; prior: DocFigure } | undefined {
  const delta = c.delta!;
  const subject = normalSubject(c.subject).replace(/(?:当年|本年|全年)/g, '');
  const now: DocFigure[] = [];
  const before: DocFigure[] = [];
  for (let b = block.index, seen = 0; b >= 0 && seen <= CURRENT_BACK; b--) {
    const x = ctx.doc.blocks[b];
    if (x.kind === 'heading' || (x.kind === 'paragraph' && isTitle(x.text))) break;
    if (x.kind !== 'paragraph') continue;
    seen++;
    const levels = pairsOf(x);
    if (!levels) return undefined;
    const earlierHere = (f: DocFigure) => b !== block.index || f.end <= delta.start;
    for (const l of levels.now) if (earlierHere(l.f) && l.f.dimension === delta.dimension && sharesTail(l.name, subject)) now.push(l.f);
    for (const l of levels.before) if (earlierHere(l.f) && l.f.dimension === delta.dimension && sharesTail(l.name, subject)) before.push(l.f);
  }
  const d = intervalOf(delta);
  const dir = statedDirection(c.deltaWord?.text, delta.value);
  if (!dir) return undefined;
  const size = delta.value.isNegative() ? neg(d) : d;
  const signed = dir === 'down' ? neg(size) : size;
  let pair: { current: DocFigure; prior: DocFigure } | undefined;
  for (const cur of now) {
    for (const pri of before) {
      if (!meets(sub(intervalOf(cur), intervalOf(pri)), signed)) continue;
      if (pair) return undefined;
      pair = { current: cur, prior: pri };
    }
  }
  return pair;
}

// 其中一般公共预算52,318.46万元 in a list of 财政拨款 by source, then 一般公共预算拨款比上年增加…: the source's
// money with or without 拨款 is one name.
const levelName = (label: string) => normalSubject(label).replace(/拨款$/, '');

const SCOPE_WORD = /全(?:省|市|区|县|州|镇|乡)|(?:省|市|区|县|镇|乡)?本级|(?:省|市|区|县|镇|乡)级|我(?:省|市|区|县|镇|乡)/;
// (Every one in a caption: matchAll reads a copy, so the flag's position is no state kept between calls.)
const SCOPE_WORDS = new RegExp(SCOPE_WORD.source, 'g');
/** The first jurisdiction or level a text names (全省, 市本级, 我区), or ''. */
export const scopeOf = (s: string) => SCOPE_WORD.exec(s)?.[0] ?? '';

const isTitle = (text: string) => text.length <= 40 && !!outlineMarker(text) && !/[。；;]/.test(text);

// 授予中小企业合同金额占比较上年（80.2%）继续走高: a share's move on last year's, given in brackets, with the words only.
const SHARE_AGAINST_LAST_YEAR = /(?:占比|比重|所占比重|所占份额|份额)(?:比|较)(?:上年|去年)(同期)?[\s\u3000]*[（(][\s\u3000]*$/;
const SHARE_MOVE_MARK = /(?:占比|比重|份额)(?:比|较)(?:上年|去年)(同期)?/g;
const STATEMENT_STOP = /[。；;！？]/;
// How far back from the comparison its sentence may open.
const SHARE_SUBJECT_REACH = 40;
const SHARES_PER_BLOCK = 64;
const MOVES_PER_BLOCK = 16;

/**
 * "全市政府采购授予中小企业合同金额642,860万元，占全市政府采购规模的79.0%。" then "授予中小企业合同金额占比较上年（80.2%）继续
 * 走高": a sentence naming a share by its part (…占比) and moving it against last year's in brackets, stating no figure of
 * its own: the share stated just before (this paragraph or the CURRENT_BACK before it, under one heading) of a part of the
 * same name is its current. One such share, or all agreeing, or nothing is read.
 */
function earlierShares(ctx: ExtractContext): ChangeClaim[] {
  const out: ChangeClaim[] = [];
  // Each paragraph's shares with their parts' names, read once however many moves look at it; a paragraph of more than
  // SHARES_PER_BLOCK is no run of prose this reads (each move looks through three paragraphs' lists).
  const sharesOf = new Map<number, Array<{ name: string; share: DocFigure }> | undefined>();
  const listOf = (x: Block) => {
    if (sharesOf.has(x.index)) return sharesOf.get(x.index);
    const xs = ctx.figuresByBlock[x.index];
    let list: Array<{ name: string; share: DocFigure }> | undefined = [];
    for (let j = 1; j < xs.length; j++) {
      const share = xs[j];
      const part = xs[j - 1];
      if (share.role !== 'share' || share.dimension !== 'percent' || share.approximate) continue;
      if (part.dimension !== 'money' || part.role !== 'amount' || STATEMENT_STOP.test(x.text.slice(part.end, share.start)) || !/占/.test(x.text.slice(part.end, share.start))) continue;
      if (list.length >= SHARES_PER_BLOCK) {
        list = undefined;
        break;
      }
      list.push({ name: normalSubject(labelBefore(x.text, part.start).replace(/^(?:其中|包括)[：:，,]?/, '')), share });
    }
    sharesOf.set(x.index, list);
    return list;
  };
  for (const block of ctx.doc.blocks) {
    if (block.kind !== 'paragraph') continue;
    const figs = ctx.figuresByBlock[block.index];
    SHARE_MOVE_MARK.lastIndex = 0;
    let moves = 0;
    for (let m = SHARE_MOVE_MARK.exec(block.text); m && moves < MOVES_PER_BLOCK; m = SHARE_MOVE_MARK.exec(block.text)) {
      const k = firstFrom(figs, m.index);
      const prior = figs[k];
      if (!prior || prior.dimension !== 'percent' || prior.approximate || prior.start - m.index > 16) continue;
      if (!SHARE_AGAINST_LAST_YEAR.test(block.text.slice(m.index, prior.start))) continue;
      const close = /^[\s\u3000]*[）)]/.exec(block.text.slice(prior.end, prior.end + 4));
      if (!close) continue;
      const after = prior.end + close[0].length;
      const d = DIRECTION_ONLY.exec(block.text.slice(after, after + 8));
      if (!d || /^[\s\u3000]*了?[\s\u3000]*[-−0-9０-９]/.test(block.text.slice(after + d.index + d[0].length, after + d.index + d[0].length + 4))) continue;
      // The sentence up to the comparison names the part and states no figure.
      const lo = Math.max(0, m.index - SHARE_SUBJECT_REACH);
      const piece = block.text.slice(lo, m.index);
      const stop = Math.max(...[...'。；;！？'].map((x) => piece.lastIndexOf(x)));
      if (stop < 0 && lo > 0) continue;
      const from = lo + stop + 1;
      if (k > 0 && figs[k - 1].end > from) continue;
      moves++;
      const subject = normalSubject(block.text.slice(from, m.index).replace(/(?:的|所占)+$/, ''));
      if (subject.length < 4 || /[，,：:]/.test(subject)) continue;
      const found: DocFigure[] = [];
      for (let b = block.index, seen = 0; b >= 0 && seen <= CURRENT_BACK; b--) {
        const x = ctx.doc.blocks[b];
        if (x.kind === 'heading' || (x.kind === 'paragraph' && isTitle(x.text))) break;
        if (x.kind !== 'paragraph') continue;
        seen++;
        const list = listOf(x);
        if (!list) continue;
        for (const { name, share } of list) {
          if (b === block.index && share.start >= from) continue;
          if (name === subject || name.endsWith(subject)) found.push(share);
        }
      }
      if (!found.length || found.length > MAX_CANDIDATES || found.some((f) => !meets(intervalOf(f), intervalOf(found[0])))) continue;
      const current = found.reduce((a, f) => (f.block > a.block || (f.block === a.block && f.start > a.start) ? f : a));
      const at = after + d.index + d[0].length - d[1].length;
      out.push({ kind: 'change', subject: `${subject}占比`, current, base: m[1] ? '上年同期' : '上年', prior, deltaWord: ctx.word(block, at, at + d[1].length) });
    }
  }
  return out;
}
