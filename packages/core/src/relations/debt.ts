import { DEBT_VOCABULARY, JURISDICTION_NAME, type DebtVocabulary } from '../domain/tables.ts';
import type { ExtractContext, Sentence } from '../reading/context.ts';
import { cleanLabel, labelBefore } from '../reading/labels.ts';
import type { DebtClaim, DebtKind, DebtMeasure, DocFigure } from './types.ts';
import { flowDate, readDates, stockDate, type DebtDate } from '../reading/dates.ts';
import type { Block } from '../document/types.ts';
import { cellText } from '../document/cells.ts';
import { asciiDigits } from '../document/digits.ts';
import { MONEY_UNIT_WRITTEN } from '../domain/lexicon.ts';
import { firstFrom, firstOffsetFrom } from './first-from.ts';
import { isNumberedTitleBlock, readMarker } from '../document/markers.ts';

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
// Words that point back at the date last stated: 截至同一时点, 同期, 同日.
const SAME_DATE = /同一时点|同一时间|同一日期|同期|同日|同时点|此时/;
// A limit named with nothing else: 限额206.5亿元, 核定限额为…, 债务限额… (after a balance of one kind).
// …or after a verb of comparison (未超过县核定的限额1,800万元, 控制在县政府下达的限额…以内): the limit the balance is held against.
const BARE_LIMIT = /^(?:(?:均|严格)?控制在)?(?:未|不|没有)?(?:超过|超出|突破|高于|低于)?(?:省|市|县|区|州|镇|上级)?(?:政府|财政厅|财政局|财政)?(?:核定|下达|批准|确定)?的?(?:债务)?限额(?:为|是|：|:)?$/;

// The verb of comparison a limit after a balance is held against with (控制在…以内, 未超过, 低于).
const HELD_AGAINST = /^(?:(?:均|严格)?控制在|(?:未|不|没有)(?:超过|超出|突破|高于)|低于)/;

export function readClause(label: string, v: DebtVocabulary = DEBT_VOCABULARY): Reading {
  const debt = v.debt.test(label);
  const excluded = v.exclude.test(label);
  let measure: DebtMeasure | null | undefined;
  // The measure is the head's, not a modifier's or a gloss's: "上述余额对应的债务限额" is a limit,
  // "再融资债券（用于偿还到期本金）" an issuance. Read the words after the last 的, outside brackets,
  // when they name a measure; a modifier's 新增/剩余 still makes a limit a quota.
  const outer = label.replace(/[（(][^（()）]*[）)]/g, '');
  const cut = outer.lastIndexOf('的');
  const headWords = cut >= 0 ? outer.slice(cut + 1) : outer;
  const headNamed = v.measures.filter((m) => m.pattern.test(headWords));
  const own = headNamed.length ? headWords : outer;
  const unlessText = headNamed.length && cut >= 0 ? outer.slice(0, cut).replace(/余额/g, '') + headWords : own;
  const named = headNamed.length ? headNamed : v.measures.filter((m) => m.pattern.test(own));
  if (named.some((m) => m.measure === 'interest') && named.some((m) => m.measure === 'repayment')) measure = null; // 还本付息
  else if (named.length) {
    const m = named[0];
    measure = m.unless && m.unless.test(unlessText) ? null : m.measure;
  }
  const kinds = v.kinds.filter((k) => k.pattern.test(label));
  const kind = kinds.length > 1 ? null : kinds[0]?.kind;
  // 我区 is the writer's whole district: the same scope as 全区.
  const scopes = new Set((label.match(new RegExp(v.scope.source, 'g')) ?? []).map((x) => x.replace(/^我/, '全')));
  const place = v.place.exec(label)?.[1].replace(v.placeLead, '');
  const unit = v.unit.exec(label)?.[1];
  const scope = scopes.size ? [...scopes][0] : place && place.length >= 2 ? place : unit && unit.length >= 2 ? unit : undefined;
  // 市本级和区县政府债务余额: two scopes together are neither.
  return { debt, excluded: excluded || scopes.size > 1, measure, kind, scope, estimate: v.estimate.test(label) };
}

/**
 * A figure's label, with a bracket it opens with read whole: 县（市、区）政府债务余额 names the counties' debt, where the 、 in
 * the bracket would leave 区）政府债务余额 (no scope, so the sentence's 市本级 would be taken for it).
 */
function debtLabel(text: string, at: number, from: number): string {
  const label = labelBefore(text, at, from);
  const close = Math.max(label.lastIndexOf('）'), label.lastIndexOf(')'));
  // …限额49.80亿元以内（一般债务限额20.86亿元、…）: a bracket opened after another amount that names debt of its own glosses
  // that amount part by part, so a figure inside it is named by the bracket's words alone; read back past the bracket, the
  // outer limit's words (and its 以内) would be taken for its name. A bracket that names no debt (余额115.42亿元（年初为…）
  // is a note on the amount before it, and keeps its words.
  const opened = Math.max(label.lastIndexOf('（'), label.lastIndexOf('('));
  const inner = opened > close ? cleanLabel(label.slice(opened + 1)) : '';
  if (inner && DEBT_VOCABULARY.debt.test(inner) && AMOUNT_BEFORE_BRACKET.test(label.slice(0, opened))) return inner;
  if (close < 0 || /[（(]/.test(label.slice(0, close))) return label;
  // The bracket's opening, within the label's reach, in the same clause (no ，；。 between).
  const floor = Math.max(from, at - label.length - BRACKET_REACH);
  let open = at - 1;
  while (open >= floor && text[open] !== '（' && text[open] !== '(') open--;
  if (open < floor || /[，,；;。：:]/.test(text.slice(open, at))) return label;
  return cleanLabel(labelBefore(text, open, from) + text.slice(open, at));
}
// How far before a label a bracket it closes may open: 县（市、区） holds a few names.
const BRACKET_REACH = 12;
// An amount with its unit (the traditional 萬/億 too) before a bracket, then only words up to it: 49.80亿元以内（.
const AMOUNT_BEFORE_BRACKET = new RegExp(`[0-9０-９]${MONEY_UNIT_WRITTEN}[^0-9０-９，,；;。]{0,6}$`);

/** A 其中 follows the figure before the next one: it heads a list of its own. */
function opensList(s: Sentence, f: DocFigure): boolean {
  // The next figure by binary search: a scan of the sentence's figures per figure was quadratic.
  const next = s.figures[firstFrom(s.figures, f.end)];
  return /其中/.test(s.block.text.slice(f.end, next ? next.start : s.end));
}

/** Whether a 其中 lies wholly in [from, to), given the sorted offsets of every 其中 of the block. */
function ofWhichBetween(at: readonly number[], from: number, to: number): boolean {
  const i = firstOffsetFrom(at, from);
  return i < at.length && at[i] + 2 <= to;
}

const CLAUSE_MARKS = '，,；;。';

/** What dateOf reads once per sentence: its leading dates, where 当年/本年… first stands. */
interface SentenceDates {
  lead: ReturnType<typeof readDates>;
  same: RegExpExecArray | null;
  /** Every date of the sentence (offsets from its start), read when first asked for. */
  all?: ReturnType<typeof readDates>;
}
const sentenceDates = new WeakMap<Sentence, SentenceDates>();
function datesOf(s: Sentence): SentenceDates {
  let d = sentenceDates.get(s);
  if (!d) {
    const first = s.figures[0];
    d = {
      lead: readDates(s.block.text.slice(s.start, first ? first.start : s.end)),
      // 调整后 (a budget adjustment's figures) is this year's too: the year being adjusted.
      same: /(?:当|本|同)年(末|底|初)?|年内|全年|调整后/.exec(s.text),
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
/**
 * The last date of the sentence before `clauseStart`, as readDates of the text from the sentence's
 * start to there would read it: a date never runs over a clause mark, so the sentence's dates that
 * start before it are that text's dates. Read once per sentence (reading the prefix for every
 * figure of a long sentence was quadratic).
 */
function lastDateBefore(s: Sentence, clauseStart: number): DebtDate | undefined {
  const d = datesOf(s);
  const all = (d.all ??= readDates(s.block.text.slice(s.start, s.end)));
  const at = clauseStart - s.start;
  return all[firstFrom(all, at) - 1]?.date;
}

function lastMatch(re: RegExp, text: string): RegExpExecArray | null {
  let last: RegExpExecArray | null = null;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) last = m;
  return last;
}

/** Whether `at` stands inside an open bracket, looked for no further back than 40 characters (and the sentence). */
function inBrackets(text: string, at: number, from: number): boolean {
  const before = text.slice(Math.max(from, at - 40), at);
  const open = Math.max(before.lastIndexOf('（'), before.lastIndexOf('('));
  return open >= 0 && open > Math.max(before.lastIndexOf('）'), before.lastIndexOf(')'));
}

// Two kinds, then 分别为 and their figures in order: 一般债务限额和专项债务限额分别为….
const RESPECTIVE_KINDS = /^([^，,；;。]*?)(?:和|及|与|、)([^，,；;。和及与、]*?)(?:分别|依次)(?:为|是|达)?[\s\u3000]*$/;
const PAIR_GAP = /^[\s\u3000]*(?:、|和|及|与|，|,)[\s\u3000]*$/;

// 由年初的428,600万元增加到469,600万元 (从年初的…上升到…): the change that leads to a new value, after its name.
// Tested from the last 由 or 从 only (anchored at both ends): unanchored, the pattern backtracks polynomially.
const CHANGED_TO = /^[由从][^，；;。]{0,30}?(?:增加|减少|调增|调减|调整|提高|降低|增长|下降|上升|变)(?:到|至|为)$/;
function withoutChange(label: string): string {
  const at = Math.max(label.lastIndexOf('由'), label.lastIndexOf('从'));
  return at >= 0 && CHANGED_TO.test(label.slice(at)) ? label.slice(0, at) : label;
}

const EVENT_REACH = 120;

// A later part of the year: its second half, its last quarters, the months from July on.
const LATER_PART = /下半年|第?[三四]季度|[7-9７-９]月?[-—－~～至到](?:12|１２)月/;

// The words the vocabulary reads refinancing by.
const REFINANCING = DEBT_VOCABULARY.measures.find((m) => m.measure === 'refinancing')!.pattern;

// 6月末, 9月底: a month's end.
const MONTH_END = /(?:^|[^0-9０-９年月])([0-9０-９]{1,2})月(?:末|底)/g;

// 由年初的82.35亿元变为年末的… (从年初的…上升到…): the balance a roll-forward starts from, written as where a change starts.
// 本局负责的水利专项债券项目，2025年初债务余额…: a clause before the sentence's first figure that only names one kind
// of debt (its 项目, 资金, 方面) is the topic of the figures that name none, as a run-in 专项债务方面， is. A clause that
// tells of the debt (发行专项债券后, 偿还…, 专项债务余额) says something of its own, and frames nothing.
const LEAD_TOPIC = /(?:(一般)|(专项))(?:政府)?(?:债务|债券)(?:项目|资金)?(?:方面|部分|情况)?(?=[，,：:])/g;
const TOPIC_TELLS = /发行|偿还|还本|付息|新增|余额|限额|置换|再融资|举借|转贷|后|和|及|与|、/;
// A figure's own words that name the whole debt: the topic does not narrow it.
const NAMES_WHOLE = /政府债务|全部|总(?:额|计)?|合计/;
const FROM_OPENING = /[由从][\s\u3000]*(?:年初|上年末|上年底|期初)(?:的)?[\s\u3000]*$/;

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
  // "…2024年发行债券51.36亿元，偿还本金23.27亿元，年末余额418.27亿元": a bare 年末 is the year last named before it.
  // The time word nearest the figure: 由年初的…变为年末的92.75亿元 is at the year's end.
  // 上年末 is the end of the year before.
  const bare = own.length === 0 ? lastMatch(/(?:^|[^年\d上])(上)?年(末|底|初)/g, text.slice(clauseStart, f.start)) : null;
  if (bare) {
    const y = lastDateBefore(s, clauseStart)?.year ?? lastYear;
    if (y !== undefined) d = { year: bare[1] ? y - 1 : y, at: bare[2] === '初' ? 'start' : 'end' };
  }
  // 2025年初…余额68.46亿元，上半年发行…、偿还…，6月末余额74.88亿元: a month's end with no year is of the year last named,
  // not the sentence's opening date.
  // 截至6月末，全县政府债务余额399.60亿元: the month may open the sentence, before its first figure, in a clause of its own.
  const month =
    own.length === 0 && !bare && STOCKS.includes(measure)
      ? (lastMatch(MONTH_END, text.slice(clauseStart, f.start)) ?? (lead.length === 0 && s.figures[0] === f ? lastMatch(MONTH_END, text.slice(s.start, clauseStart)) : null))
      : null;
  if (month) {
    const y = lastDateBefore(s, clauseStart)?.year ?? lastYear;
    const m = Number(asciiDigits(month[1]));
    if (y !== undefined && m >= 1 && m <= 12) d = m === 12 ? { year: y, at: 'end' } : { year: y, at: 'month', month: m };
  }
  // "2023年末余额392.18亿元，2024年发行债券51.36亿元，偿还本金23.27亿元": a flow with no date of its own
  // belongs to the year of the flows before it, not to the stock date that opened the sentence.
  if (own.length === 0 && !bare && !STOCKS.includes(measure)) {
    const last = lastDateBefore(s, clauseStart);
    if (last && last.at === 'year') d = last;
  }
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
/** A clause naming only the year's end (年末为, 到年底达到): the balance a roll closes with. */
const BARE_YEAR_END = /^(?:到|至)?(?:年末|年底)(?:余额)?(?:为|是|达到?|增至|升至|降至)?$/;

export function extractDebts(ctx: ExtractContext): DebtClaim[] {
  const v = DEBT_VOCABULARY;
  const claims: DebtClaim[] = [];
  const limitElsewhere = ctx.doc.blocks.some((b) => v.noLimit.test(b.text));
  // A document that never names refinancing issued none: its roll-forward told with 新增 alone is whole.
  const refinancingUnnamed = !ctx.doc.blocks.some((b) => REFINANCING.test(b.text));
  // The last date a stock was stated at, across paragraphs: "截至同一时点，…余额…" means that one.
  let lastStockDate = '';
  const titleYears = new Set(ctx.doc.blocks.length ? readDates(ctx.doc.blocks[0].text).map((d) => d.date.year) : []);
  const titleYear = titleYears.size === 1 ? [...titleYears][0] : undefined;
  // A title naming two years (2025年预算执行情况与2026年预算草案) dates no sentence; the title of the section a sentence
  // stands in does (一、2025年预算执行情况 over （三）政府债务情况 over 余额年初…，…，年末为…).
  let sectionYear: number | undefined;
  for (const [bi, block] of ctx.doc.blocks.entries()) {
    if (bi > 0 && titleYear === undefined && isNumberedTitleBlock(block)) sectionYear = titledYear(block.text, sectionYear);
    if (block.kind === 'toc' || block.kind === 'table-row') continue;
    if (!v.debt.test(block.text)) continue;
    let head: Head | undefined;
    // What earlier sentences of the paragraph said: the scopes they named, the last year they gave.
    const blockScopes = new Set<string>();
    // 本年, 当年, a bare 年末 in a paragraph that names no year: the one year the title (or the section's title) names.
    let lastYear: number | undefined = titleYear ?? sectionYear;
    // Every 其中 of the block: "is there a 其中 between the head and this figure" by binary search.
    const ofWhichAt: number[] = [];
    for (let i = block.text.indexOf('其中'); i >= 0; i = block.text.indexOf('其中', i + 2)) ofWhichAt.push(i);
    for (const s of ctx.sentences(block)) {
      // A 其中 that opens a sentence still hangs from the last sentence's figure.
      if (!/^[\s\u3000]*其中/.test(s.text)) head = undefined;
      // Scopes named so far in the sentence: an unnamed one is theirs only when they agree.
      const scopes = new Set<string>();
      // 从市本级债务结构看，一般债务余额…: a scope named before the sentence's first figure is every figure's that names none.
      const leadScopes = new Set((block.text.slice(s.start, s.figures[0]?.start ?? s.end).match(new RegExp(v.scope.source, 'g')) ?? []).map((x) => x.replace(/^我/, '全')));
      if (leadScopes.size === 1) scopes.add([...leadScopes][0]);
      // 一般债务上年末余额…，上半年发行…，偿还…；: figures that name no debt take the kind of the clause
      // run they follow, up to the next ；.
      let runningKind: Exclude<DebtKind, 'total'> | undefined;
      let lastEnd = s.start;
      // 专项债务方面，年初余额…，年末余额…: the sentence's topic is the kind of every figure that names none.
      const topic = v.kindTopic.exec(s.text);
      const topicKind: DebtKind | undefined = topic ? (topic[1] ? 'general' : 'special') : undefined;
      const leadKind = topicKind ? undefined : leadTopic(block.text.slice(s.start, s.figures[0]?.start ?? s.start), v);
      let debtSeen = !!topic || !!leadKind;
      const sentenceClaims = claims.length;
      let lastInSentence: Head | undefined;
      // Where the first estimate word ends (the vocabulary's words: the first found is the first to end);
      // testing the text from the sentence's start to each figure was quadratic in a long sentence.
      const est = v.estimate.exec(s.text);
      const estimateEnd = est ? s.start + est.index + est[0].length : Infinity;
      const estimateBefore = (f: DocFigure) => estimateEnd <= f.start;
      // The same for 同一时点, 同期…: found once per sentence, not in its text up to each figure.
      const sameDate = SAME_DATE.exec(s.text);
      const sameDateEnd = sameDate ? s.start + sameDate.index + sameDate[0].length : Infinity;
      const sameDateBefore = (f: DocFigure) => sameDateEnd <= f.start;
      // 下半年，全市计划发行…: found once per sentence, as the estimate word is.
      const later = LATER_PART.exec(s.text);
      const laterEnd = later ? s.start + later.index + later[0].length : Infinity;
      let paired: DocFigure | undefined;
      for (let fi = 0; fi < s.figures.length; fi++) {
        const f = s.figures[fi];
        if (f === paired) continue;
        const fromOpening = f.dimension === 'money' && f.role === 'prior' && FROM_OPENING.test(block.text.slice(Math.max(s.start, f.start - 8), f.start));
        if (!isAmount(f) && !fromOpening) continue;
        // 限额由年初的A增加到B: B is the 限额 after the change; the words of the change (增加 would make it a
        // quota) are no part of its name.
        const label = f.role === 'new-value' ? withoutChange(debtLabel(block.text, f.start, s.start)) : debtLabel(block.text, f.start, s.start);
        // 一般债务限额和专项债务限额分别为45.30亿元、73.30亿元: each kind takes its figure, in order.
        const pair = RESPECTIVE_KINDS.exec(label);
        const second = s.figures[fi + 1];
        if (pair && second && isAmount(second) && !f.approximate && !second.approximate && PAIR_GAP.test(block.text.slice(f.end, second.start))) {
          const [a, b] = [readClause(pair[1], v), readClause(pair[2], v)];
          const measure = a.measure ?? b.measure;
          if (a.kind && b.kind && a.kind !== b.kind && measure && (!a.measure || !b.measure || a.measure === b.measure) && !a.excluded && !b.excluded && (a.debt || b.debt)) {
            paired = second;
            const { date } = dateOf(s, f, measure, lastYear);
            const scope = a.scope ?? b.scope ?? [...scopes][0] ?? (blockScopes.size === 1 ? [...blockScopes][0] : '');
            const estimate = a.estimate || b.estimate || estimateBefore(f);
            for (const [fig, kind] of [[f, a.kind], [second, b.kind]] as const) {
              claims.push({ kind: 'debt', measure, debtKind: kind, scope, date, figure: fig, label, ...(estimate ? { estimate: true } : {}), ...(limitElsewhere ? { limitElsewhere } : {}), ...(refinancingUnnamed ? { refinancingUnnamed } : {}) });
            }
            head = undefined;
            lastEnd = second.end;
            continue;
          }
        }
        let r = readClause(label, v);
        // 专项债务余额年初为A，加上新增…，减去偿还…，年末为D: a bare 年末 closing a sentence that opened on a balance at the
        // year's start is that balance at the year's end (of the opening's kind and scope).
        if (r.measure === undefined && !r.debt && BARE_YEAR_END.test(label)) {
          const opening = claims.slice(sentenceClaims).find((c) => c.measure === 'opening-balance');
          if (opening) r = { ...r, debt: true, measure: 'balance', kind: opening.debtKind === 'total' ? undefined : opening.debtKind, scope: r.scope ?? (opening.scope || undefined) };
        }
        if (/[；;]/.test(block.text.slice(lastEnd, f.start))) runningKind = undefined;
        lastEnd = f.end;
        if (r.kind) runningKind = r.kind;
        else if (r.kind === null) runningKind = undefined;
        const carried = !r.debt && r.kind === undefined ? runningKind : undefined;
        const ofWhich = !!head && ofWhichBetween(ofWhichAt, head.figure.end, f.start);
        const differs =
          r.measure !== undefined &&
          head?.measure !== r.measure &&
          !(head?.measure === 'total-issuance' && (r.measure === 'issuance' || r.measure === 'refinancing'));
        // 拟安排再融资债券资金2266万元 under a repayment: where the money comes from, not a measure of its own.
        // A figure that heads its own 其中, names its own scope, or is a stock after flows (or a flow after stocks) starts anew.
        if (ofWhich && head && differs) {
          // …or stands after a ；, which closes the 其中 list it would otherwise join (…再融资债券9.84亿元；偿还本金11.27亿元).
          const startsAnew =
            opensList(s, f) ||
            !!r.scope ||
            (!!r.measure && head.measure !== null && STOCKS.includes(r.measure) !== STOCKS.includes(head.measure)) ||
            // 余额…，其中一般债务余额…、专项债务余额…，控制在省核定的债务限额…以内: the limit the balance is held against
            // closes the 其中 list; it is no part of the balance.
            (r.measure === 'limit' && head.measure === 'balance' && HELD_AGAINST.test(label)) ||
            // …限额902,000万元（其中一般债务限额…，专项债务限额…）: the 其中 in a bracket lists a limit by its kinds; a kind's
            // limit is no part of the balance before it.
            (r.measure === 'limit' && head.measure === 'balance' && !!r.kind && inBrackets(block.text, f.start, s.start)) ||
            /[；;]/.test(block.text.slice(head.figure.end, f.start));
          // 其中：一般债务余额58.76亿元，限额62.30亿元；专项债务…: a bare 限额 right after a part's balance is that part's
          // limit, and the 其中 list goes on after it.
          const prev = lastInSentence;
          if (!startsAnew && !r.debt && r.measure === 'limit' && BARE_LIMIT.test(label) && !f.approximate && prev?.measure === 'balance' && prev.figure === s.figures[fi - 1]) {
            claims.push({ kind: 'debt', measure: 'limit', debtKind: prev.kind, scope: prev.scope, date: prev.date, figure: f, label, ...(prev.estimate ? { estimate: true } : {}), ...(limitElsewhere ? { limitElsewhere } : {}), ...(refinancingUnnamed ? { refinancingUnnamed } : {}) });
            continue;
          }
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
            ...(limitElsewhere ? { limitElsewhere } : {}), ...(refinancingUnnamed ? { refinancingUnnamed } : {}),
          });
          lastInSentence = { figure: f, measure, kind: r.kind ?? head.kind, scope: r.scope ?? head.scope, date: head.date, estimate: head.estimate || r.estimate };
          continue;
        }
        if (r.scope) scopes.add(r.scope);
        // "专项债务余额210.15亿元，限额206.5亿元": a bare 限额 right after a balance is that debt's limit.
        if (!r.debt && r.measure === 'limit' && lastInSentence?.measure === 'balance' && BARE_LIMIT.test(label) && !f.approximate) {
          const prev = lastInSentence;
          const limit: Head = { figure: f, measure: 'limit', kind: prev.kind, scope: prev.scope, date: prev.date, estimate: prev.estimate };
          // 余额68.42亿元，控制在…限额72.60亿元以内，其中一般债务余额…: a limit the balance is held against is a note on
          // the balance, and the 其中 after it is the balance's (as after a figure in brackets).
          head = HELD_AGAINST.test(label) ? prev : limit;
          lastInSentence = limit;
          claims.push({
            kind: 'debt',
            measure: 'limit',
            debtKind: prev.kind,
            scope: prev.scope,
            date: prev.date,
            figure: f,
            label,
            ...(prev.estimate ? { estimate: true } : {}),
            ...(limitElsewhere ? { limitElsewhere } : {}), ...(refinancingUnnamed ? { refinancingUnnamed } : {}),
          });
          continue;
        }
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
        if (fromOpening) {
          if (measure !== 'balance') continue;
          measure = 'opening-balance';
        }
        const { date, start } = dateOf(s, f, measure, lastYear);
        let at = date;
        // 下半年，全市计划发行…，偿还…，预计年末余额…: flows of a later part of the year are not the year's (the opening
        // balance of the year does not roll through them to its end), and close no half-year either.
        if (!STOCKS.includes(measure) && laterEnd <= f.start) at = `${at || (lastYear !== undefined ? `${lastYear}年` : '')}下半年`;
        // 截至同一时点，…余额…, or a balance or limit with no date at all: the date the last stock was stated at
        // ("截至2025年6月30日，全市…余额…。市本级政府债务余额为…"). An opening balance keeps none.
        // A clause with a time word the date reader did not take (上年末的…, 期初) says another date: no carry.
        // A bare 年末 is the end of the year last stated at.
        const bareYearEnd = /^[^年]*(?:年末|年底)[^年]*$/.test(label);
        const undated =
          (measure === 'balance' || measure === 'limit') &&
          !/上年|去年|前年|年初|上半年|下半年|月|期初|期末|同期/.test(label) &&
          (!/年/.test(label) || bareYearEnd) &&
          // 本批债券发行后，全州专项债务余额…: after an event, not at the date last stated (looked for within the
          // sentence's last EVENT_REACH characters: a long sentence of balances stays linear).
          !v.afterEvent.test(block.text.slice(Math.max(s.start, f.start - EVENT_REACH), f.start));
        if (!at && (undated || sameDateBefore(f)) && STOCKS.includes(measure)) {
          const year = /^(\d{4})年末?$/.exec(lastStockDate)?.[1];
          at = bareYearEnd ? (year ? `${year}年末` : '') : lastStockDate;
        }
        // 2023年初债务余额: an opening balance of 2023.
        if (measure === 'balance' && start) {
          measure = 'opening-balance';
          at = date.replace(/初$/, '');
        } else if (measure === 'opening-balance') {
          // 上年末余额 (上年底, 2024年末 in brackets) is the opening of the year after that end: the year the roll runs through.
          const end = /^(\d{4})年末$/.exec(date);
          at = end ? `${Number(end[1]) + 1}年` : date.replace(/初$/, '');
        }
        // 2024年…年末余额41.2亿元: the year's end.
        else if (measure === 'balance' && /^\d{4}年$/.test(date) && /年末|年底/.test(label)) at = `${date}末`;
        // 余额115.42亿元（年初为108.71亿元），其中…: a figure in brackets is a note; the 其中 after them is the figure's before.
        const outer = inBrackets(block.text, f.start, s.start) ? head : undefined;
        const heldBy = measure === 'limit' && lastInSentence?.measure === 'balance' && HELD_AGAINST.test(label) ? lastInSentence : undefined;
        head = {
          figure: f,
          measure,
          kind: r.kind ?? carried ?? topicKind ?? (leadKind && !NAMES_WHOLE.test(label) ? leadKind : undefined) ?? 'total',
          // A sentence that names no scope keeps the paragraph's, when the paragraph named one.
          scope: r.scope ?? [...scopes][0] ?? (blockScopes.size === 1 ? [...blockScopes][0] : ''),
          date: at,
          estimate: r.estimate || estimateBefore(f),
        };
        debtSeen = true;
        if (STOCKS.includes(measure) && head.date) lastStockDate = head.date;
        lastInSentence = head;
        claims.push({
          kind: 'debt',
          measure,
          debtKind: head.kind,
          scope: head.scope,
          date: head.date,
          figure: f,
          label,
          ...(head.estimate ? { estimate: true } : {}),
          ...(limitElsewhere ? { limitElsewhere } : {}), ...(refinancingUnnamed ? { refinancingUnnamed } : {}),
        });
        if (outer) head = outer;
        // 余额68.42亿元，控制在省核定的债务限额72.60亿元以内，其中一般债务余额…: the 其中 is the balance's.
        else if (heldBy) head = heldBy;
      }
      settleSentence(claims.slice(sentenceClaims), scopes);
      for (const sc of scopes) blockScopes.add(sc);
      const dates = readDates(s.text);
      if (dates.length) lastYear = dates[dates.length - 1].date.year;
    }
  }
  for (const rows of ctx.tables()) tableDebts(ctx, rows, limitElsewhere, claims);
  return fillScope(ownPlaceIsWhole(ctx, claims));
}

/**
 * The year a section title dates what stands under it: the one year it names; none when it names two; the year of the
 * section it sits in when it names none (（三）政府债务情况), unless it opens a part of its own (四、工作安排).
 */
function titledYear(text: string, outer: number | undefined): number | undefined {
  const years = new Set(readDates(text).map((d) => d.date.year));
  if (years.size) return years.size === 1 ? [...years][0] : undefined;
  const level = readMarker(text.trim())?.level;
  return level === 'part' || level === 'cn' ? undefined : outer;
}

/** The one kind of debt a sentence's lead names as its topic (LEAD_TOPIC), if it names one and no other. */
function leadTopic(lead: string, v: DebtVocabulary): Exclude<DebtKind, 'total'> | undefined {
  if (v.kinds.filter((k) => k.pattern.test(lead)).length !== 1) return undefined;
  LEAD_TOPIC.lastIndex = 0;
  let found: Exclude<DebtKind, 'total'> | undefined;
  for (let m = LEAD_TOPIC.exec(lead); m; m = LEAD_TOPIC.exec(lead)) {
    const clauseStart = Math.max(lead.lastIndexOf('，', m.index), lead.lastIndexOf(',', m.index), lead.lastIndexOf('：', m.index), lead.lastIndexOf(':', m.index), lead.lastIndexOf('；', m.index)) + 1;
    if (TOPIC_TELLS.test(lead.slice(clauseStart, m.index + m[0].length))) return undefined;
    found = m[1] ? 'general' : 'special';
  }
  return found;
}

/**
 * What a sentence settles only once read to its end. A sentence that names one scope
 * names it for the figures before it too ("2025年计划发行…，预计全县政府债务余额…").
 * A limit stated with no date before a dated balance of its own debt is at that
 * balance's date ("县本级债务限额46.30亿元，截至2024年末县本级债务余额47.05亿元"), as a
 * bare limit after a balance is.
 */
function settleSentence(claims: DebtClaim[], scopes: Set<string>) {
  if (scopes.size === 1) {
    const only = [...scopes][0];
    for (const c of claims) if (!c.scope) c.scope = only;
  }
  for (const l of claims) {
    if (l.measure !== 'limit' || l.date) continue;
    const b = claims.find((c) => c.measure === 'balance' && c.date && c.debtKind === l.debtKind && c.scope === l.scope && c.figure.start > l.figure.start);
    if (b) l.date = b.date;
  }
}

/**
 * A debt table: columns named by measure and date (2023年末余额, 2024年发行额,
 * 2024年末限额), rows by kind (一般债务, 专项债务, 合计). Each money cell is a debt
 * figure of its column's measure and date and its row's kind; the title above
 * the table may give the date or the scope the headers leave out.
 */
function tableDebts(ctx: ExtractContext, rows: Block[], limitElsewhere: boolean, out: DebtClaim[]) {
  const v = DEBT_VOCABULARY;
  const header = rows.find((r) => r.table?.header);
  if (!header?.cells || header.cells.length < 2) return;
  const title = tableTitle(ctx, header);
  const titleDates = readDates(title);
  const titleScope = readClause(title, v).scope;
  const columns = header.cells.map((_, i) => {
    const h = cellText(header, i);
    const r = readClause(h, v);
    const dates = readDates(h);
    return { r, date: dates[dates.length - 1]?.date ?? titleDates[titleDates.length - 1]?.date };
  });
  // 一般债务 | 专项债务 | 合计 across the head, 2024年债务限额 / 2024年末债务余额 down the rows:
  // the measure and date are the row's, the kind the column's.
  if (columns.every((c) => !c.r.measure)) {
    transposedDebts(ctx, rows, header, title, limitElsewhere, out);
    return;
  }
  for (const row of rows) {
    if (row === header || !row.cells) continue;
    const label = cellText(row, 0);
    const lr = readClause(label, v);
    // 合计 or a row that names debt without a kind is the whole; another row must name its kind.
    const bare = label.replace(/[\s\u3000]/g, '');
    // 市本级 | 东城区 | 青石县 down the rows of a debt table (…各地区政府债务限额及余额): each row is a place's debt, of
    // the kind its column names, or the whole.
    const place = !lr.kind && (JURISDICTION_NAME.test(bare) || /^(?:[市县区]本级|本级)$/.test(bare)) && v.debt.test(title + header.text) ? bare : undefined;
    const kind: DebtKind | undefined = lr.kind ?? (place || /^(?:合计|总计|小计)$|政府债务/.test(bare) ? 'total' : undefined);
    if (!kind || lr.excluded || (!lr.debt && kind !== 'total' && !v.debt.test(title))) continue;
    if (kind === 'total' && !v.debt.test(title + header.text + label)) continue;
    const figs = ctx.figuresByBlock[row.index];
    row.cells.forEach((cell, i) => {
      if (i === 0) return;
      const col = columns[i];
      if (!col || !col.r.measure || col.r.kind === null || col.r.excluded) return;
      const f = figs.find((g) => g.start >= cell.start && g.end <= cell.end);
      if (!f || f.dimension !== 'money' || f.approximate) return;
      let measure: DebtMeasure = col.r.measure;
      let date = col.date ? (STOCKS.includes(measure) ? stockDate(col.date) : flowDate(col.date)) : '';
      if (measure === 'balance' && col.date?.at === 'start') {
        measure = 'opening-balance';
        date = date.replace(/初$/, '');
      } else if (measure === 'opening-balance') date = date.replace(/(?:初|末)$/, '');
      // 年末余额 under a title dated by its year (2024年…变动情况): that year's end.
      else if (measure === 'balance' && /^\d{4}年$/.test(date) && /年末|年底/.test(cellText(header, i))) date = `${date}末`;
      out.push({
        kind: 'debt',
        measure,
        debtKind: col.r.kind ?? kind,
        scope: place ?? lr.scope ?? col.r.scope ?? titleScope ?? '',
        date,
        figure: f,
        label: `${label}${cellText(header, i)}`,
        ...(col.r.estimate || lr.estimate ? { estimate: true } : {}),
        ...(limitElsewhere ? { limitElsewhere } : {}),
      });
    });
  }
}

/**
 * The title line above a table's head: past a 单位 note between them (表1 …情况表 / 单位：亿元 / head),
 * and a line a text conversion left as a flattened table row (no cells) is one too.
 */
const UNIT_NOTE_ALONE = /^[\s\u3000（(]*单位[:：][\s\u3000]*(?:万亿元|萬億元|亿元|億元|万元|萬元|千元|元)[\s\u3000）)]*$/;
function tableTitle(ctx: ExtractContext, header: Block): string {
  let b = ctx.doc.blocks[header.index - 1];
  if (b && UNIT_NOTE_ALONE.test(b.text)) b = ctx.doc.blocks[header.index - 2];
  return b && (b.kind !== 'table-row' || !b.cells) && b.text.length <= 80 && !/[。；;]/.test(b.text) ? b.text.trim() : '';
}

/** A debt table whose head names kinds and whose rows name measures (transposed from the usual). */
function transposedDebts(ctx: ExtractContext, rows: Block[], header: Block, title: string, limitElsewhere: boolean, out: DebtClaim[]) {
  const v = DEBT_VOCABULARY;
  const titleDates = readDates(title);
  const titleScope = readClause(title, v).scope;
  const kinds = header.cells!.map((_, i) => {
    if (i === 0) return undefined;
    const h = cellText(header, i);
    const r = readClause(h, v);
    if (r.excluded || r.measure) return undefined;
    return r.kind ?? (/^(?:合计|总计|小计)$/.test(h.replace(/[\s\u3000]/g, '')) ? 'total' : undefined);
  });
  if (!kinds.some((k) => k && k !== 'total')) return;
  for (const row of rows) {
    if (row === header || !row.cells) continue;
    const label = cellText(row, 0);
    const lr = readClause(label, v);
    // 本年偿还到期本金 names no debt: the table's title does (…政府债务…情况表).
    if ((!lr.debt && !v.debt.test(title)) || !lr.measure || lr.excluded || lr.kind) continue;
    const dates = readDates(label);
    const at = dates[dates.length - 1]?.date ?? titleDates[titleDates.length - 1]?.date;
    const figs = ctx.figuresByBlock[row.index];
    row.cells.forEach((cell, i) => {
      const kind = kinds[i];
      if (!kind) return;
      const f = figs.find((g) => g.start >= cell.start && g.end <= cell.end);
      if (!f || f.dimension !== 'money' || f.approximate) return;
      let measure: DebtMeasure = lr.measure!;
      let date = at ? (STOCKS.includes(measure) ? stockDate(at) : flowDate(at)) : '';
      if (measure === 'balance' && at?.at === 'start') {
        measure = 'opening-balance';
        date = date.replace(/初$/, '');
      } else if (measure === 'opening-balance') date = date.replace(/(?:初|末)$/, '');
      // A 年末余额 row under a title dated by its year (2024年…余额情况表): that year's end.
      else if (measure === 'balance' && /^\d{4}年$/.test(date) && /年末|年底/.test(label)) date = `${date}末`;
      out.push({
        kind: 'debt',
        measure,
        debtKind: kind,
        scope: lr.scope ?? titleScope ?? '',
        date,
        figure: f,
        label: `${label}${cellText(header, i)}`,
        ...(lr.estimate ? { estimate: true } : {}),
        ...(limitElsewhere ? { limitElsewhere } : {}),
      });
    });
  }
}

/**
 * The place the document is of, named in its title (青水县2024年度政府债务…), stands for its
 * whole jurisdiction when its debt is named after it: 青水县政府债务限额 is 全县's.
 */
function ownPlaceIsWhole(ctx: ExtractContext, claims: DebtClaim[]): DebtClaim[] {
  // The title's lines only: a sentence among the first blocks (经开区专项债务限额…。) names a place, not the document's own.
  const title = ctx.doc.blocks
    .slice(0, 3)
    .filter((b) => !/[。；;，,]/.test(b.text))
    .map((b) => b.text)
    .join('');
  for (const c of claims) {
    const m = /^[\u4e00-\u9fa5]{1,8}(市|区|县|州|旗)$/.exec(c.scope);
    if (m && !/本级|全/.test(c.scope) && title.includes(c.scope)) c.scope = `全${m[1]}`;
  }
  return claims;
}

/**
 * A document that names one scope for its debt (全县 throughout) means that one
 * where a sentence or a table names none: "政府债务余额…" in a county's notes is
 * the county's. With two scopes named (全市, 市本级) an unnamed one stays unnamed.
 */
function fillScope(claims: DebtClaim[]): DebtClaim[] {
  const named = new Set(claims.map((c) => c.scope).filter(Boolean));
  if (named.size !== 1) return claims;
  const only = [...named][0];
  for (const c of claims) if (!c.scope) c.scope = only;
  return claims;
}
