import { Decimal } from 'decimal.js';
import type { Block } from '../document/types.ts';
import { asciiDigits } from '../document/digits.ts';
import { parseChineseNumeral } from '../reading/figures/chinese-numerals.ts';
import type { ExtractContext } from '../reading/context.ts';
import type { Claim, CountClaim, DocFigure, Word } from './types.ts';
import { ENUMERATION_LEXICON } from '../domain/enumeration.ts';
import { COUNT_COMPARED, COUNTED_ACTIONS, COUNTED_NAME_ENDS, ITEMS_REMAIN, LIST_STOP, STATEMENT_AFTER_LIST, alternation } from '../domain/lexicon.ts';
import { readMarker, type Marker } from '../document/markers.ts';
import { JURISDICTION_LEVEL } from '../domain/tables.ts';
import { stripTail } from '../reading/labels.ts';
import { firstFrom, firstOffsetFrom } from './first-from.ts';
import { captionOf } from '../document/continued-tables.ts';
import { cellText } from '../document/cells.ts';
import { TABLE_REFERENCE_LEXICON } from '../domain/table-references.ts';

const OPENERS: Record<string, string> = { '（': '）', '(': ')', '“': '”', '‘': '’', '《': '》', '【': '】', '[': ']', '〔': '〕', '「': '」' };
const CLOSERS = new Set(Object.values(OPENERS));
const CONJUNCTION = new RegExp(ENUMERATION_LEXICON.conjunction, 'g');
const NOT_JOINING = new RegExp(ENUMERATION_LEXICON.notJoining, 'g');
const CN_ORDINAL = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'];

interface Span {
  start: number;
  end: number;
}

interface List {
  items: Span[];
  /** The list may go on after what was read. */
  open: boolean;
  /** 、 splits the list; 和/与/及 inside an item may join two more. */
  conjunctions: number;
  numbered: boolean;
}

// ，由…统筹实施 after a list: who carries the things listed out (the words in enumeration.ts), read within the 24
// characters splitList looks at.
const DONE_BY = new RegExp(`^[\\s\\u3000]*(?:均|分别|统一|全部|主要|各)?由(?!于)[^，,。；;、：:]{1,18}?(?:${ENUMERATION_LEXICON.doneBy})`);

// …、县域高中发展路径研究，课题经费从部门预算项目支出中列支: the money of the things listed and where it comes from (从/由/在 a
// source, then a verb of paying): a predicate, so the list ended at the comma.
const FUNDED_BY = new RegExp(`^[\\s\\u3000]*[\\u4e00-\\u9fff]{0,4}?(?:经费|资金)(?:均|全部|统一|主要)?(?:从|由|在)[^，,。；;、：:]{1,18}?(?:${ENUMERATION_LEXICON.fundedBy})`);

// …、市政和产业园区基础设施，有力支持了重大项目建设: what the things listed did, a predicate: the list ended at the comma.
const SAYS_EFFECT = new RegExp(`^[\\s\\u3000]*(?:(?:${ENUMERATION_LEXICON.effectManner})地?(?:${ENUMERATION_LEXICON.effectVerbs})|(?:${ENUMERATION_LEXICON.effectVerbs})了)`);
// …、无人机植保作业实训系统，均用于实践教学: a clause said of each thing listed, so the list ended at the comma.
const SAID_OF_ALL = new RegExp(`^[\\s\\u3000]*(?!${ENUMERATION_LEXICON.notSaidOfAll})(?:${ENUMERATION_LEXICON.saidOfAll})[\\u4e00-\\u9fff]`);

// …、普惠性幼儿园补助，绩效目标表随本说明一并公开: a clause with a predicate's adverb in it before its first stop.
const PREDICATE_AFTER = new RegExp(`^[\\s\\u3000]*[^、，,。；;：:！？!?]{0,20}?(?:${ENUMERATION_LEXICON.predicateAdverbs})`);

// 22,000万元 in an item: the comma that groups thousands ends nothing.
const THOUSANDS = /^[0-9０-９][,，][0-9０-９]{3}/;

/**
 * Splits text from `from` at top-level 、 until the list ends: the closing
 * bracket when `close` is given, else 。 ； or a comma (after which the list
 * may go on). 、 inside quotes and brackets does not split.
 */
function splitList(text: string, from: number, close?: string): { items: Span[]; end: number; open: boolean } | null {
  const stack: string[] = [];
  const items: Span[] = [];
  let s = from;
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (stack.length === 0) {
      if (close && c === close) {
        items.push({ start: s, end: i });
        return { items, end: i, open: false };
      }
      if (!close && /[。；;！？!?]/.test(c)) {
        items.push({ start: s, end: i });
        return { items, end: i, open: false };
      }
      if (/[，,]/.test(c) && !THOUSANDS.test(text.slice(i - 1, i + 4))) {
        // A comma inside a bracketed list makes its items unclear; outside, the list may go on —
        // unless what follows speaks of the items listed (…，均已纳入预算, …，都按期完成): it ends there.
        if (close) return null;
        items.push({ start: s, end: i });
        const next = text.slice(i + 1, i + 24);
        return { items, end: i, open: !(LIST_STOP.test(next) || STATEMENT_AFTER_LIST.test(next) || DONE_BY.test(next) || FUNDED_BY.test(next) || SAYS_EFFECT.test(next) || SAID_OF_ALL.test(next) || COUNT_COMPARED.test(next)) || ITEMS_REMAIN.test(next) };
      }
      if (c === '、') {
        items.push({ start: s, end: i });
        s = i + 1;
        continue;
      }
    }
    if (c in OPENERS) stack.push(OPENERS[c]);
    else if (CLOSERS.has(c)) {
      if (stack.length === 0) return null;
      if (stack[stack.length - 1] === c) stack.pop();
      else return null;
    } else if (c === '"') {
      if (stack[stack.length - 1] === '"') stack.pop();
      else stack.push('"');
    }
  }
  if (close) return null;
  items.push({ start: s, end: text.length });
  return { items, end: text.length, open: false };
}

// Inline item markers, by style: （1）, 1. / 1． (not a decimal point), 1、, （一）.
const INLINE_STYLES: Array<{ first: RegExp; mark: (k: number) => string }> = [
  { first: /^[\s\u3000]*[（(]1[）)]/, mark: (k) => `[（(]${k}[）)]` },
  { first: /^[\s\u3000]*1[.．](?![0-9０-９])/, mark: (k) => `(?<![0-9０-９.．])${k}[.．](?![0-9０-９])` },
  { first: /^[\s\u3000]*1、/, mark: (k) => `(?<![0-9０-９.．])${k}、` },
  { first: /^[\s\u3000]*[（(]一[）)]/, mark: (k) => `[（(]${CN_ORDINAL[k - 1] ?? '@'}[）)]` },
];

/** （1）…（2）…, 1.…2.…, 1、…2、…, （一）…（二）… right at `from`: the numbered items, up to `end`. */
function numberedItems(text: string, from: number, end: number): Span[] | null {
  const body = text.slice(from, end);
  const style = INLINE_STYLES.find((st) => st.first.test(body));
  if (!style) return null;
  const starts: number[] = [];
  let at = 0;
  for (let k = 1; k <= CN_ORDINAL.length; k++) {
    const re = new RegExp(style.mark(k), 'g');
    re.lastIndex = at;
    const m = re.exec(body);
    if (!m) break;
    starts.push(m.index);
    at = m.index + m[0].length;
  }
  // Any other marker of the style after the last one found: not a clean sequence.
  const any = style === INLINE_STYLES[0] ? /[（(]\d+[）)]/ : null;
  if (any && any.test(body.slice(at))) return null;
  if (starts.length === 0) return null;
  return starts.map((s, i) => ({ start: from + s, end: from + (i + 1 < starts.length ? starts[i + 1] : body.length) }));
}

/** Where each 一是, 二是, … 十二是 of a text starts, in order: found once per text, not per list. */
let shiText: string | undefined;
let shiAt = new Map<string, number[]>();
function shiPositions(text: string): Map<string, number[]> {
  if (text === shiText) return shiAt;
  const at = new Map<string, number[]>(CN_ORDINAL.map((o) => [`${o}是`, []]));
  for (let p = text.indexOf('是', 1); p >= 0; p = text.indexOf('是', p + 1)) {
    // Every ordinal the text spells before this 是 (十一是 spells 一是 too, as indexOf would find it).
    for (const len of [2, 1]) {
      if (p < len) continue;
      const list = at.get(text.slice(p - len, p + 1));
      if (list) list.push(p - len);
    }
  }
  shiText = text;
  shiAt = at;
  return at;
}

/** The first position in `list` at or after `from`, or -1. */
function nextAt(list: readonly number[], from: number): number {
  const k = firstOffsetFrom(list, from);
  return k < list.length ? list[k] : -1;
}

/** 一是…二是…三是… from `from`: the items, in this block. Null when the sequence restarts or is unclear. */
function shiItems(text: string, from: number, first = 0): { items: Span[]; end: number } | null {
  if (!text.startsWith(`${CN_ORDINAL[first]}是`, from + /^[\s\u3000]*/.exec(text.slice(from))![0].length)) return null;
  // Each question below asks where the next 一是 (or N是) stands after a point: looked up, so that a
  // paragraph of many lists is not searched to its end once per list.
  const pos = shiPositions(text);
  const ones = pos.get('一是')!;
  const starts: number[] = [];
  let at = from;
  for (let k = first; k < CN_ORDINAL.length; k++) {
    const i = nextAt(pos.get(`${CN_ORDINAL[k]}是`)!, at);
    if (i < 0) break;
    // An item opens a clause: at the start or after punctuation.
    if (k > first && !/[。；;，,：:！？\s]$/.test(text.slice(Math.max(0, i - 1), i))) break;
    // A nested 一是 before the next item: the list's shape is not clear.
    if (k > first) {
      const one = nextAt(ones, at);
      if (one >= 0 && one + 2 <= i) return null;
    }
    starts.push(i);
    at = i + 2;
  }
  if (nextAt(ones, at) >= 0) return null;
  // The next item stands further on, just not where an item opens: unclear, make no claim.
  const next = CN_ORDINAL[first + starts.length];
  if (next && nextAt(pos.get(`${next}是`)!, at) >= 0) return null;
  return { items: starts.map((s, i) => ({ start: s, end: i + 1 < starts.length ? starts[i + 1] : text.length })), end: text.length };
}

// What may follow a count before its list: a short noun (转变, 方面, “全覆盖”), then 即/括号/冒号/分别是/包括.
// 如下 only before a colon: “重点项目五个，具体如下：” then the items.
// 2个项目为：A、B: 为 or 是 right before the colon opens the list as the colon does.
const NOUN = /^[\u4e00-\u9fff“”‘’"]{0,12}?(?=[（(]|[，,：:]?(?:即|分别是|分别为|分别位于|分别设在|分别坐落于|分别于|依次是|依次为|具体包括|具体为|具体是|包括)|[，,]?(?:具体|分别)?如下[：:]|[，,]?(?:各|每|逐|详细)(?![\u4e00-\u9fff、]{0,20}?(?:其中|重点|主要|部分|个别|典型))[\u4e00-\u9fff、]{1,20}?如下[：:]|(?:为|是)?[：:])/;
const DELIMITER = /^(?:[（(]即?|[，,：:]?(?:即|分别是|分别为|分别位于|分别设在|分别坐落于|分别于|依次是|依次为|具体包括|具体为|具体是|包括)[：:]?|[，,]?(?:具体|分别)?如下[：:]|[，,]?(?:各|每|逐|详细)(?![\u4e00-\u9fff、]{0,20}?(?:其中|重点|主要|部分|个别|典型))[\u4e00-\u9fff、]{1,20}?如下[：:]|(?:为|是)?[：:])/;
// Coinages of a numeral and a word, in quotes: “五全”, “三提”, “两个转变” is read as a figure already.
const COINAGE = /[“"]([两二三四五六七八九十]{1,2})([\u4e00-\u9fff]{1,3})[”"]/g;
// Counts the figure reader does not take: 三方面, 四点, 四部分.
// 存在以下4方面问题: a drafter writes the numeral in digits as well (set apart by a space, 4 方面, in a converted text);
// the digit run must stand alone (not 0.4点, 第4部分).
const BARE_COUNT = new RegExp(`(?<![第统唯同单逐之每这那某其合专一0-9０-９.．])([两二三四五六七八九十]{1,2}|[0-9０-９]{1,2} ?)(${ENUMERATION_LEXICON.bareCounters})`, 'g');

/** Spans added in order of their start; tells by binary search whether a span overlaps one of them. */
class SpanRun {
  private readonly spans: DocFigure[] = [];
  /** The furthest end among the spans up to each index (spans may overlap one another). */
  private readonly reach: number[] = [];
  add(f: DocFigure): void {
    this.spans.push(f);
    this.reach.push(Math.max(f.end, this.reach[this.reach.length - 1] ?? -1));
  }
  overlaps(start: number, end: number): boolean {
    const k = firstFrom(this.spans, end) - 1;
    return k >= 0 && this.reach[k] > start;
  }
}

function synthetic(block: Block, ctx: ExtractContext, start: number, end: number, n: number): DocFigure {
  return {
    id: -1,
    block: block.index,
    range: ctx.range(block, start, end),
    role: 'amount',
    start,
    end,
    raw: block.text.slice(start, end),
    value: new Decimal(n),
    unit: '',
    dimension: 'count',
    scale: new Decimal(1),
    precision: 0,
    approximate: false,
    exact: true,
    chineseNumeral: true,
  };
}

function readList(text: string, at: number, delimiter: string): List | null {
  const paren = /^[（(]/.test(delimiter);
  const colon = /^[：:]$/.test(delimiter);
  if (paren) {
    const close = delimiter[0] === '（' ? '）' : ')';
    // The closing bracket of this list, to read numbered items inside it.
    const split = splitList(text, at, close);
    const closeAt = split?.end ?? findClose(text, at - 1);
    if (closeAt < 0) return null;
    const numbered = numberedItems(text, at, closeAt);
    if (numbered) return { items: numbered, open: false, conjunctions: 0, numbered: true };
    if (!split) return null;
    // A note in brackets is not a list: （其中…）, （含…）, （详见…）.
    if (/^[\s\u3000]*(?:其中|含|不含|包括|共|约|合计|详见|见|下同|以下简称|如|例如|比如|主要|重点|涉及|分别)/.test(text.slice(at))) return null;
    // 12个县（市、区）, 18个乡（镇、街道）: one-character words or levels of jurisdiction in brackets are
    // the noun's variants, not things counted.
    if (split.items.every((it) => { const w = text.slice(it.start, it.end).trim(); return w.length <= 1 || JURISDICTION_LEVEL.test(w); })) return null;
    return { items: split.items, open: false, conjunctions: countConjunctions(text, split.items), numbered: false };
  }
  // 一是…二是…: read by shiList, across blocks.
  if (colon && /^[\s\u3000]*一是/.test(text.slice(at))) return null;
  // "共五项：1.…；2.…；3.…。", "项目9个，各项目…如下：（1）…；（2）…": items numbered inline after a colon run past each ；,
  // to the paragraph's end.
  if (/[：:]$/.test(delimiter)) {
    const inline = numberedItems(text, at, text.length);
    if (inline && inline.length >= 2) return { items: inline, open: false, conjunctions: 0, numbered: true };
  }
  const split = splitList(text, at);
  if (!split) return null;
  // 制度三项：《A办法》《B办法》《C办法》: titles set side by side with no 、 between are one item each.
  if (split.items.length === 1) {
    const titles = titleRun(text, split.items[0]);
    if (titles) return { items: titles, open: split.open, conjunctions: 0, numbered: false };
  }
  // 投向四个领域：市政设施24.36亿元，占42.9%；保障性住房14.20亿元，占25.0%；…: the first item carries its amount and a
  // clause of that amount's share or change, so its comma ends no list. The items are the clauses set off by ；, each a
  // name with its figures; when they are not of that shape, what the list holds is not known.
  if (split.items.length === 1 && /[，,]/.test(text[split.end] ?? '') && /[0-9０-９]/.test(text.slice(split.items[0].start, split.items[0].end))) {
    const clauses = figureClauses(text, at);
    return clauses ? { items: clauses, open: false, conjunctions: 0, numbered: false } : null;
  }
  if (colon && split.items.length === 1 && /[；;]/.test(text[split.end] ?? '')) {
    const clauses = clauseItems(text, at);
    if (clauses) return { items: clauses, open: false, conjunctions: 0, numbered: false };
  }
  const numbered = numberedItems(text, at, split.end);
  if (numbered) return { items: numbered, open: split.open, conjunctions: 0, numbered: true };
  return { items: split.items, open: split.open, conjunctions: countConjunctions(text, split.items), numbered: false };
}

/**
 * The titles of an item made only of two or more 《…》 side by side (spaces between them allowed), or null. Read once,
 * left to right: each title closes at its own 》 and none holds another 《.
 */
function titleRun(text: string, item: Span): Span[] | null {
  const titles: Span[] = [];
  let i = item.start;
  while (i < item.end) {
    const c = text[i];
    if (c === ' ' || c === '\u3000') {
      i++;
      continue;
    }
    if (c !== '《') return null;
    let j = i + 1;
    while (j < item.end && text[j] !== '》' && text[j] !== '《') j++;
    if (j >= item.end || text[j] !== '》' || j === i + 1) return null;
    titles.push({ start: i, end: j + 1 });
    i = j + 1;
  }
  return titles.length >= 2 ? titles : null;
}

/** How long one clause of a list set off by ； may be: a longer one is a paragraph's sentence, not an item. */
const CLAUSE_ITEM = 40;

/**
 * 意见主要集中在三个方面：财政收入质量有待提高；刚性支出压力持续加大；…。: after a colon, clauses set off by ； up to the
 * full stop, each an item. Only a sentence closed by 。 and made of short clauses, none opening another colon's list.
 */
function clauseItems(text: string, at: number): Span[] | null {
  const stop = text.indexOf('。', at);
  if (stop < 0) return null;
  const items: Span[] = [];
  let s = at;
  for (let i = at; i <= stop; i++) {
    if (i < stop && !/[；;]/.test(text[i])) continue;
    const body = text.slice(s, i).trim();
    if (!body || body.length > CLAUSE_ITEM || /[：:]/.test(body)) return null;
    items.push({ start: s, end: i });
    s = i + 1;
  }
  return items.length >= 2 ? items : null;
}

// How long one clause of a list of amounts may be: its name, the amount and a clause of its share or change.
const FIGURE_CLAUSE = 60;
// A clause that opens with a name (two characters or more before its first figure) and states a figure.
const NAMED_FIGURE = /^[^0-9０-９，,]{2,30}?[0-9０-９]/;

/**
 * The clauses set off by ； from `at` to the sentence's end (。 or the block's end), each an item when it names a thing
 * and states its figure (市政和产业园区基础设施24.36亿元，占42.9%): null when a clause is not of that shape (a clause of
 * what remains, 其余…, or a closing remark), the list's bounds being then unknown.
 */
function figureClauses(text: string, at: number): Span[] | null {
  const items: Span[] = [];
  let depth = 0;
  let s = at;
  // The first character of the clause that is not a space: a clause already longer than an item may be ends the reading
  // there. (Reading on to the sentence's end for each count before a colon grew with the square of a sentence with no ；.)
  let first = -1;
  for (let i = at; ; i++) {
    const c = text[i];
    const end = i >= text.length || c === '。';
    if (!end) {
      if (c === '（' || c === '(') depth++;
      else if ((c === '）' || c === ')') && depth > 0) depth--;
      if (depth > 0 || (c !== '；' && c !== ';')) {
        if (/[\s\u3000]/.test(c)) continue;
        if (first < 0) first = i;
        else if (i - first >= FIGURE_CLAUSE) return null;
        continue;
      }
    }
    const sp = trimSpan(text, { start: s, end: i });
    const body = text.slice(sp.start, sp.end);
    if (!body || body.length > FIGURE_CLAUSE || /[：:]/.test(body) || !NAMED_FIGURE.test(body) || ITEMS_REMAIN.test(body) || LIST_STOP.test(body)) return null;
    items.push(sp);
    if (end) break;
    s = i + 1;
    first = -1;
  }
  return items.length >= 2 ? items : null;
}

function findClose(text: string, openAt: number): number {
  let depth = 0;
  for (let i = openAt; i < text.length; i++) {
    if (text[i] === '（' || text[i] === '(') depth++;
    else if (text[i] === '）' || text[i] === ')') {
      depth--;
      if (depth === 0) return i;
    }
  }
  return -1;
}

/**
 * `s` with its quoted spans (“…”, "…", ‘…’: an opening mark up to the first closing one) blanked
 * out, same length. A loop: the pattern /[“"‘][^”"’]*[”"’]/g rescanned to the end from every
 * opening mark that has no close.
 */
function maskQuoted(s: string): string {
  let out = '';
  let from = 0;
  for (;;) {
    const open = indexOfAny(s, '“"‘', from);
    const close = open < 0 ? -1 : indexOfAny(s, '”"’', open + 1);
    if (close < 0) return out + s.slice(from);
    out += s.slice(from, open) + '＿'.repeat(close + 1 - open);
    from = close + 1;
  }
}

function indexOfAny(s: string, chars: string, from: number): number {
  for (let i = from; i < s.length; i++) if (chars.includes(s[i])) return i;
  return -1;
}

/** A name without the note in brackets it ends with (职工基本医疗保险基金（含生育保险）): how the name ends is its own. */
const withoutNote = (name: string) => name.replace(/[（(][^（）()]*[）)][\s\u3000]*$/, '');

/** The joining words (和, 及, 与…) in an item, outside quotes and the names that hold one (社会保障和就业). */
function conjunctionsIn(body: string): RegExpMatchArray[] {
  const masked = maskQuoted(body).replace(NOT_JOINING, (w) => '＿'.repeat(w.length));
  CONJUNCTION.lastIndex = 0;
  return [...masked.matchAll(CONJUNCTION)];
}

/**
 * "A基金、B基金、C基金和D基金": a 和 between two names that each end with the head every item of the list ends
 * with (基金, 中心, 乡) joins two items for sure. The items with such joins split in two, when every join of
 * the list is of that kind; otherwise null (a 和 may stand inside one name).
 */
function splitSureJoins(text: string, items: Span[]): Span[] | null {
  if (items.length < 2) return null;
  const bodies = items.map((it) => text.slice(it.start, it.end));
  // The longest ending (two to four characters) every item shares.
  let head = '';
  for (let n = 4; n >= 2 && !head; n--) {
    const end = bodies[0].slice(-n);
    if (end.length === n && /^[\u4e00-\u9fff]+$/.test(end) && bodies.every((b) => b.endsWith(end))) head = end;
  }
  if (!head) return null;
  const out: Span[] = [];
  let joined = 0;
  for (const it of items) {
    const body = text.slice(it.start, it.end);
    const joins = conjunctionsIn(body);
    if (joins.length === 0) {
      out.push(it);
      continue;
    }
    if (joins.length > 1) return null;
    const [m] = joins;
    const left = body.slice(0, m.index);
    const right = body.slice(m.index! + m[0].length);
    if (!withoutNote(left).endsWith(head) || left.length < head.length + 1 || right.length < head.length + 1) return null;
    out.push({ start: it.start, end: it.start + left.length }, { start: it.start + m.index! + m[0].length, end: it.end });
    joined++;
  }
  return joined ? out : null;
}

/**
 * How many items may stand for two: "财政和审计部门" may be two departments, but
 * "促和谐" is one word and "职业与成人教育股" one office when every other item
 * ends like an office (股, 室) and "职业" does not.
 */
/**
 * A、B、C和D: in a list of three names or more set off by 、, a 和 (及, 与) in the last one only, none in the names
 * before it, joins the last two items. Null when that is not the shape.
 */
function lastJoin(text: string, items: Span[]): Span[] | null {
  if (items.length < 3) return null;
  // Names set off by 、 only, not clauses set off by ；.
  if (items.some((it, k) => k > 0 && text.slice(items[k - 1].end, it.start).trim() !== '、')) return null;
  if (items.slice(0, -1).some((it) => conjunctionsIn(text.slice(it.start, it.end)).length)) return null;
  const last = items[items.length - 1];
  const joins = conjunctionsIn(text.slice(last.start, last.end));
  if (joins.length !== 1) return null;
  const [m] = joins;
  const body = text.slice(last.start, last.end);
  if (m.index! < 2 || body.length - m.index! - m[0].length < 2) return null;
  // Names before it that end alike (…局、…局): the first of the joined two ends so too.
  const ends = items.slice(0, -1).map((it) => text.slice(it.start, it.end).trim().slice(-1));
  const alike = ends.find((e, k) => ends.indexOf(e) !== k);
  if (alike && !withoutNote(body.slice(0, m.index).trim()).endsWith(alike)) return null;
  return [...items.slice(0, -1), { start: last.start, end: last.start + m.index! }, { start: last.start + m.index! + m[0].length, end: last.end }];
}

/**
 * The fewest items a list with joining words inside its names may count. 市政工程、交通运输、生态建设和环境保护、教育、医疗卫生
 * is five names (生态建设和环境保护 one), six (two), or, when 和 joins two groups the 、 set out (A、B和C、D), as many groups
 * as the joins make and one: two here. A count between (四个) is none of these readings, and the five 、-parts are the least.
 */
function groupedLeast(count: DocFigure, items: number, conjunctions: number): number {
  const grouped = Math.min(items, 2);
  return count.value.lte(conjunctions + 1) ? grouped : items;
}

function countConjunctions(text: string, items: Span[]): number {
  const bodies = items.map((it) => maskQuoted(text.slice(it.start, it.end)).trim());
  // The endings most items share, when they share some: a list of offices, of funds, of projects.
  const ends = new Map<string, number>();
  for (const b of bodies) if (b) ends.set(b[b.length - 1], (ends.get(b[b.length - 1]) ?? 0) + 1);
  const common = [...ends.entries()].sort((a, b) => b[1] - a[1]).slice(0, 2);
  const shared = bodies.length >= 3 && common.reduce((n, [, k]) => n + k, 0) >= Math.ceil(bodies.length * 0.6) ? new Set(common.map(([c]) => c)) : null;
  // The opening most items share ("区体育中心、区青少年业余体校、区…所和区…中心": 区): a 和 before
  // another name that opens like the items joins two items, whatever the first one ends with.
  const starts = new Map<string, number>();
  for (const b of bodies) if (b) starts.set(b[0], (starts.get(b[0]) ?? 0) + 1);
  const [lead, leadCount] = [...starts.entries()].sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
  const opening = bodies.length >= 3 && leadCount === bodies.length ? lead : '';
  let n = 0;
  for (const b of bodies) {
    const masked = b.replace(NOT_JOINING, (w) => '＿'.repeat(w.length));
    CONJUNCTION.lastIndex = 0;
    for (let m = CONJUNCTION.exec(masked); m; m = CONJUNCTION.exec(masked)) {
      const left = withoutNote(masked.slice(0, m.index));
      const right = masked.slice(m.index + m[0].length);
      // Two things need two names of their own.
      if (left.length < 2 || right.length < 2) continue;
      // 委机关本级和所属区疾控中心: what 所属 (下属, 直属) opens is a unit of its own, whatever the first name ends with.
      if (shared && !shared.has(left[left.length - 1]) && !(opening && right.startsWith(opening)) && !/^(?:所属|下属|直属)/.test(right)) continue;
      n++;
    }
  }
  return n;
}

const trimSpan = (text: string, s: Span): Span => {
  let { start, end } = s;
  while (start < end && /[\s\u3000]/.test(text[start])) start++;
  while (end > start && /[\s\u3000]/.test(text[end - 1])) end--;
  return { start, end };
};

// From a count to the colon that opens a 一是 list: a clause with no stop in it.
const LEAD_TO_SHI = /^[^。；;！？!?，,：:]{0,24}[：:]/;

const SHI_START = new RegExp(`^[\\s\\u3000]*(?:${CN_ORDINAL.join('|')})是`);

/**
 * 一是…二是…三是… after a colon: in the rest of the block, or (when the colon
 * ends it) from the block that follows, inline or one item a block. The list is
 * open when the block after it goes on with another 是-item.
 */
function shiList(ctx: ExtractContext, block: Block, from: number): { items: Word[]; open: boolean } | null {
  const blocks = ctx.doc.blocks;
  const rest = block.text.slice(from);
  if (/^[\s\u3000]*一是/.test(rest)) {
    const shi = shiItems(block.text, from);
    if (!shi || shi.items.length === 0) return null;
    const items = shi.items.map((s) => ctx.word(block, s.start, trimSpan(block.text, s).end));
    // Items a page broke onto lines of their own (…范围，⏎二是…，三是…): the list goes on there.
    let i = block.index + 1;
    for (; i < blocks.length && items.length < CN_ORDINAL.length; i++) {
      const b = blocks[i];
      if (b.kind === 'toc' || b.kind === 'table-row') break;
      const more = shiItems(b.text, 0, items.length);
      if (!more) break;
      for (const sp of more.items) items.push(ctx.word(b, sp.start, trimSpan(b.text, sp).end));
    }
    const next = blocks[i];
    // The list may wrap onto the next line: "二是强化执行⏎监控，三是…" goes on there.
    const ahead = CN_ORDINAL[items.length];
    const wraps = !!next && !!ahead && new RegExp(`^[^。]{0,40}?[，,；;。\\s]${ahead}是`).test(next.text.slice(0, 60));
    return { items, open: (!!next && SHI_START.test(next.text)) || wraps };
  }
  if (rest.trim()) return null;
  // The colon ends the block: the list is the blocks that follow, read as the rest of a block is, so
  // items standing inline in one paragraph (…两个方面：⏎一是…；二是…；三是…) are items, not one.
  const next = ctx.doc.blocks[block.index + 1];
  if (!next || next.kind === 'toc' || next.kind === 'table-row' || !SHI_START.test(next.text) || !/^[\s\u3000]*一是/.test(next.text)) return null;
  return shiList(ctx, next, 0);
}

// Markers that number items, not the parts of a document: an item list never opens with 一、 or 第一部分.
const ITEM_LEVELS = new Set<Marker['level']>(['paren-cn', 'num', 'paren-num', 'circled']);
// How far past the read list to look for an item the list skipped (prose between the items).
const MARKER_LOOKAHEAD = 12;

/**
 * "…以下四个方面：" ending its block, then the items on blocks of their own, each
 * opening with the next marker of one style (1. 2. 3. / （一）（二） / ⑴⑵). The
 * list ends at the first block that is not the next item; when the next item
 * still stands further on (prose between the items), the list is unclear and
 * makes no claim.
 */
function markerList(ctx: ExtractContext, block: Block, from: number): { items: Word[] } | null {
  if (block.text.slice(from).trim()) return null;
  const blocks = ctx.doc.blocks;
  const first = blocks[block.index + 1];
  if (!first || first.kind !== 'paragraph') return null;
  const m0 = readMarker(first.text);
  if (!m0 || m0.ordinal !== 1 || !ITEM_LEVELS.has(m0.level)) return null;
  const items: Word[] = [];
  let i = block.index + 1;
  for (; i < blocks.length; i++) {
    const b = blocks[i];
    if (b.kind !== 'paragraph') break;
    const m = readMarker(b.text);
    if (!m || m.level !== m0.level || m.ordinal !== items.length + 1) break;
    items.push(ctx.word(b, m.length, trimSpan(b.text, { start: m.length, end: b.text.length }).end));
  }
  for (let j = i; j < Math.min(blocks.length, i + MARKER_LOOKAHEAD); j++) {
    const b = blocks[j];
    if (b.kind === 'heading') break;
    const m = readMarker(b.text);
    if (m && !ITEM_LEVELS.has(m.level)) break;
    if (m && m.level === m0.level) return null;
  }
  return items.length >= 2 ? { items } : null;
}

/**
 * A stated count and the list right after it: "项目有四个，即A、B、C、D",
 * "两个转变（即A、B）", "三个同步（A、B、C）", “五全”（（1）…（5））,
 * "三个方面：一是…二是…三是…". Only lists whose bounds the text marks (即,
 * brackets, a colon right after the count) are read; partitions of a count
 * (17个，其中优1个…) are sums, not lists.
 */
export function extractCounts(ctx: ExtractContext): Claim[] {
  const out: CountClaim[] = [];
  for (const rows of ctx.tables()) {
    const claim = tableTitleCount(ctx, rows);
    if (claim) out.push(claim);
  }
  const referred = tableReferenceCounts(ctx);
  for (const block of ctx.doc.blocks) {
    if (block.kind === 'toc' || block.kind === 'table-row') continue;
    const text = block.text;
    const counts: DocFigure[] = ctx.figuresByBlock[block.index].filter(
      (f) => f.dimension === 'count' && !f.approximate && f.value.isInteger() && f.value.gte(2) && f.value.lte(30),
    );
    // Overlaps are found by binary search in sorted runs (the figures read, then each pattern's own
    // finds, which come in text order): a scan of every count per find was quadratic.
    const read = new SpanRun();
    counts.forEach((f) => read.add(f));
    const coinages = new SpanRun();
    const bare = new SpanRun();
    const overlaps = (start: number, end: number) => read.overlaps(start, end) || coinages.overlaps(start, end) || bare.overlaps(start, end);
    const found: DocFigure[] = [];
    COINAGE.lastIndex = 0;
    for (let m = COINAGE.exec(text); m; m = COINAGE.exec(text)) {
      const start = m.index + 1;
      const end = start + m[1].length + m[2].length;
      // “三增两降”, “一升两降”: two counts of two kinds, whose items together are neither.
      if (/[一两二三四五六七八九十]/.test(m[2])) continue;
      const n = parseChineseNumeral(m[1]);
      if (n === null || n < 2 || overlaps(start, end)) continue;
      const f = synthetic(block, ctx, start, end, n);
      coinages.add(f);
      found.push(f);
    }
    BARE_COUNT.lastIndex = 0;
    for (let m = BARE_COUNT.exec(text); m; m = BARE_COUNT.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      const n = /^[0-9０-９]/.test(m[1]) ? Number(asciiDigits(m[1].trim())) : parseChineseNumeral(m[1]);
      if (n === null || n < 2 || n > 30 || overlaps(start, end)) continue;
      const f = synthetic(block, ctx, start, end, n);
      bare.add(f);
      found.push(f);
    }
    for (const f of found) counts.push(f);
    counts.sort((a, b) => a.start - b.start);
    for (const count of counts) {
      // 团组4个、26人次，分别为…: a headcount joined to a count of things by 、 measures those things again; it owns no list.
      if (HEADCOUNT_UNIT.test(count.unit) && AFTER_A_COUNT.test(text.slice(Math.max(0, count.start - 8), count.start))) continue;
      const occasions = ordinalOccasions(ctx, block, count);
      if (occasions) {
        out.push(occasions);
        continue;
      }
      // "包括局机关、信息中心、执法大队3个单位": the list stands before its count.
      const before = listBefore(ctx, block, count);
      if (before) {
        out.push(before);
        continue;
      }
      // "围绕五个方面推进绩效管理：一是…": the ordinals number the list, so a verb phrase may stand before the colon.
      const direct = NOUN.exec(text.slice(count.end));
      const shortNoun = !!direct && direct[0].replace(/[“”‘’"]/g, '').length <= 8 && !/[有是为了在和与及]/.test(direct[0]);
      // 4个乡镇存在问题：一是…；二是…: places counted are named, not numbered by 一是; the points are another list.
      const phrase = shortNoun || namedKind(text.slice(count.end, count.end + 12)) ? null : LEAD_TO_SHI.exec(text.slice(count.end));
      // “三公”经费减少的原因主要有两个：一是…: the count nearest the colon owns its list.
      const nearer = phrase ? counts[firstFrom(counts, count.end)] : undefined;
      if (phrase && !(nearer && nearer.start < count.end + phrase[0].length)) {
        const shi = shiList(ctx, block, count.end + phrase[0].length);
        if (shi) {
          const noun = /^(?:方面|项工作|项任务|项措施|项|点|条|类)/.exec(phrase[0])?.[0] ?? '';
          out.push({ kind: 'count', subject: noun, ...(noun ? { noun } : {}), count, items: shi.items, ...(shi.open ? { open: true } : {}) });
          continue;
        }
      }
      const noun = NOUN.exec(text.slice(count.end));
      const restated = noun ? null : restatedOpener(text, count, counts);
      if (!noun && !restated) {
        const late = lateList(ctx, block, count, counts) ?? namesAfterColon(ctx, block, count, counts) ?? kindListedNext(ctx, block, count, counts);
        if (late) out.push(late);
        else {
          // 3个乡镇收入完成进度低于40%，分别为…: the noun's clause runs on past a rate to 分别.
          const lead = /^[\u4e00-\u9fff]{1,12}/.exec(text.slice(count.end))?.[0];
          const sole = lead ? soleAfterSeverally(ctx, block, count, counts, lead, count.end + lead.length) : null;
          if (sole) out.push(sole);
        }
        continue;
      }
      // A short name for what is counted (转变, 方面, “全覆盖”); 的项目有四个 is a clause with its own count.
      const bare = restated ? restated.noun : noun![0].replace(/[“”‘’"]/g, '');
      if (bare.length > 8 || /[有是为了在和与及]/.test(bare)) {
        const sole = restated ? null : (soleAfterSeverally(ctx, block, count, counts, bare, count.end + noun![0].length) ?? namesAfterColon(ctx, block, count, counts));
        if (sole) out.push(sole);
        continue;
      }
      const after = counts[firstFrom(counts, count.end)];
      if (!restated && after && after.start < count.end + noun![0].length) continue;
      let at = restated ? restated.at : count.end + noun![0].length;
      let delim = restated ? restated.delim : DELIMITER.exec(text.slice(at));
      if (!delim) continue;
      // 五个办（中心）：A、B…: a one-word bracket right before the list's own opener glosses the noun.
      if (/^[（(]/.test(delim[0])) {
        // 2个县（市）被列为…：A县、B市: the bracket is part of a kind whose names end as its words do.
        const kind = BRACKETED_KIND.exec(text.slice(count.end));
        const named = kind ? namesAfterColon(ctx, block, count, counts) : null;
        if (named) {
          out.push(named);
          continue;
        }
        const close = findClose(text, at);
        const inner = close > at ? text.slice(at + 1, close) : '';
        const opener = close > at ? DELIMITER.exec(text.slice(close + 1)) : null;
        if (opener && !/^[（(]/.test(opener[0]) && inner.length <= 6 && !/[、，,；;：:0-9０-９]/.test(inner)) {
          at = close + 1;
          delim = opener;
        } else if (kind) {
          // 有3个乡（镇）收入完成进度低于40%，分别为A镇、B乡，主要是…: the bracketed kind's clause runs on to 分别 and the names.
          const sole = soleAfterSeverally(ctx, block, count, counts, kind[0], count.end + kind[0].length);
          if (sole) {
            out.push(sole);
            continue;
          }
        }
      }
      // 发行债券五批次，分别于3月、5月…: dates said one per occasion count batches, sittings and rounds (批, 次, 期, 轮), each
      // held once; three projects 分别于3月、5月开工 may share a month.
      if (/分别于/.test(delim[0]) && !/[批次期轮]/.test(count.unit + bare)) continue;
      // “三公”经费：指…: a definition follows, not a list.
      if (/^[：:]$/.test(delim[0]) && /^[\s\u3000]*(?:指|是指|即指)/.test(text.slice(at + 1))) continue;
      // 行政单位1家，参公单位1家，事业单位4家，具体包括：… — counts of several kinds in one sentence,
      // then one list of them all: the last count does not own the list.
      // 内设机构十一个，下属事业单位三个，分别为A、B: a list after several counts is read as the last count's
      // unless it may be of a run of them ending with it (1 + 1 + 4 units, 具体包括 six names): then which
      // counts it lists is not known. Read as the last count's, it is reported only when it holds another
      // number of names, and then every other reading contradicts the text too.
      const earlier = countedBeforeInSentence(text, ctx.figuresByBlock[block.index], count);
      // 小组5人：组长甲，成员乙、丙: the people counted named under their roles.
      const byRole = /^[：:]$/.test(delim[0]) && HEADCOUNT_UNIT.test(count.unit) && !count.approximate ? roleNames(text, at + 1) : null;
      if (byRole) {
        out.push({ kind: 'count', subject: bare || countedBefore(text, count.start), ...(bare ? { noun: bare } : {}), count, items: byRole.map((sp) => ctx.word(block, sp.start, sp.end)) });
        continue;
      }
      // A colon ends the opener (：, ，分别是：, ，具体如下：): the items may follow as 一是… or on paragraphs of their own.
      if (/[：:]$/.test(delim[0]) && !earlier) {
        const shi = shiList(ctx, block, at + delim[0].length);
        if (shi) {
          out.push({ kind: 'count', subject: bare, ...(bare ? { noun: bare } : {}), count, items: shi.items, ...(shi.open ? { open: true } : {}) });
          continue;
        }
        const marked = markerList(ctx, block, at + delim[0].length);
        if (marked) {
          out.push({ kind: 'count', subject: bare, ...(bare ? { noun: bare } : {}), count, items: marked.items });
          continue;
        }
      }
      // …两个方面工作：⏎（一）…；（二）…；（三）…: the colon ends the block and the items stand inline in the next one.
      const next = /[：:]$/.test(delim[0]) && !earlier ? inlineListBlock(ctx, block, at + delim[0].length) : undefined;
      const listBlock = next ?? block;
      const listText = listBlock.text;
      const list = readList(listText, next ? 0 : at + delim[0].length, delim[0]);
      if (!list) continue;
      // 分别于5月和10月: dates joined by 和 are not split as names are; the list is left unread.
      if (list.conjunctions && /分别于/.test(delim[0])) continue;
      const read = list.items.map((s) => trimSpan(listText, s)).filter((s) => s.end > s.start);
      const split = (list.conjunctions ? splitSureJoins(listText, read) : null) ?? lastJoin(listText, read);
      const items = split ?? read;
      if (split) list.conjunctions = 0;
      // One item is a gloss, not a list (…，即覆盖全部项目).
      if (items.length < 2) {
        // …，分别是A: 分别 says several, so one name is a list too short (unless it may go on).
        if (!(items.length === 1 && (list.conjunctions > 0 || (/分别/.test(delim[0]) && !list.open && count.value.gte(2))))) continue;
      }
      // 共5个，包括局本级和4个所属事业单位: an item that is itself counted makes the list a breakdown
      // by numbers, not one thing per item (1 + 4, not 1): nothing to claim.
      if (items.some((it) => countedItem(listText, ctx.figuresByBlock[listBlock.index], it))) continue;
      // 包括局本级和A、B、C、D4个所属事业单位: a count closing the list counts the names before it as a group of
      // their own, beside the ones outside it (1 + 4): the list is a breakdown by numbers too.
      if (closesCountedGroup(listText, ctx.figuresByBlock[listBlock.index], items[items.length - 1])) continue;
      // 特种专业技术用车16辆（救护车14辆、卫生执法车2辆）: items carrying counts in the count's own unit split it
      // by numbers (a partition, for the sum rule), not one thing per item.
      if (items.some((it) => holdsCountOf(ctx.figuresByBlock[listBlock.index], it, count.unit))) continue;
      if (earlier && (list.conjunctions || runReaches(earlier, count.value, items.length))) continue;
      const last = items[items.length - 1];
      // …、C等12个项目: a list closed by 等 and a count of its own is open, whatever that count says.
      let tail = listText.slice(last.start, last.end);
      while (tail && '”"’）)'.includes(tail[tail.length - 1])) tail = tail.slice(0, -1);
      // …：（一）…；（二）…； ending the block, and the next block opening with （三）: the list goes on there.
      const goesOn = list.numbered && listText.slice(last.end).trim() === '' && nextItemOpens(ctx, listBlock, listText.slice(items[0].start, items[0].end), items.length);
      // …、清溪镇等地, …、教育局等单位: 等 and the kind of what is listed leave it open too.
      const etc = /等(?:$|(?:共|计)?[0-9０-９一二两三四五六七八九十百]{1,6}[个项类家所条名辆]?[\u4e00-\u9fff]{0,6}$|(?![级次])[\u4e00-\u9fff]{1,4}$)/.test(tail);
      // …，另有岩坪场镇社区1个 / …，另有区级重点专科9个: a 另有 clause that counts a group of its own leaves the list whole.
      const apart = list.open && !goesOn && !etc && groupApart(listText, last.end, bare || countedBefore(text, count.start), items.length, count.value);
      // 共6家，分别为A公司、…、E公司，均由…履行出资人职责 / 7个，即院办公室、…、信息科，临床科室按需设置: after 即 or 分别为, names
      // of units end where a clause not naming another such unit follows their comma.
      const named = list.open && !goesOn && !etc && !apart && WHOLE_INTRODUCER.test(delim[0]) && (unitNamesEnd(listText, items) || kindNamesEnd(listText, items, bare) || predicateFollows(listText, items));
      const open = (list.open && !apart && !named) || goesOn || etc;
      const words: Word[] = items.map((s) => ctx.word(listBlock, s.start, s.end));
      out.push({
        kind: 'count',
        // A list the names' endings closed names what it counts by its units: the words before the count (医院设有职能科室共7个)
        // are a clause a page's line break may cut at any word, and would name it differently in each copy.
        subject: bare || (named ? '' : countedBefore(text, count.start)),
        ...(bare ? { noun: bare } : {}),
        count,
        items: words,
        ...(list.conjunctions ? { minItems: groupedLeast(count, items.length, list.conjunctions), maxItems: items.length + list.conjunctions } : {}),
        ...(open ? { open: true } : {}),
      });
    }
  }
  // A count another reading already holds against a list keeps that list.
  for (const c of referred) if (!out.some((o) => o.count.block === c.count.block && o.count.start === c.count.start)) out.push(c);
  return out;
}

// 分两批, 分为三次, 分成4期: a whole split into that many occasions; what is counted, and the verb before it.
const SPLIT_INTO = /(?:分为|分成|分)$/;
const OCCASION_UNITS = new Set(['批', '次', '期', '轮']);
// 第一批, 第2次: the numbered occasions of each unit, built once.
const OCCASION_MARKERS = new Map([...OCCASION_UNITS].map((u) => [u, new RegExp(`第([一二三四五六七八九十]|[1-9１-９])${u}`, 'g')]));
// How far after the count the first occasion must be named (，第一批…), and how far the sentence is read for the rest.
const OCCASION_LEAD = 16;
const OCCASION_SPAN = 240;

/**
 * 资金分两批下达，第一批…、第二批…、第三批…: a whole said to come in N occasions (批, 次, 期, 轮), then its occasions
 * numbered 第一批, 第二批… in the same sentence. The numbered occasions are the list; a number past N contradicts the
 * count, and fewer than N named may leave the rest for a later sentence (open). Only a run numbered 1, 2, 3… in
 * turn is read: 第一批…第三批 skips one, and says nothing sure.
 */
function ordinalOccasions(ctx: ExtractContext, block: Block, count: DocFigure): CountClaim | null {
  const unit = count.unit;
  if (!OCCASION_UNITS.has(unit) || !count.raw.endsWith(unit)) return null;
  const text = block.text;
  if (!SPLIT_INTO.test(text.slice(Math.max(0, count.start - 2), count.start))) return null;
  const stop = text.slice(count.end, count.end + OCCASION_SPAN).search(/[。！？!?]/);
  const body = text.slice(count.end, stop < 0 ? Math.min(text.length, count.end + OCCASION_SPAN) : count.end + stop);
  const marker = OCCASION_MARKERS.get(unit)!;
  marker.lastIndex = 0;
  const starts: number[] = [];
  for (let m = marker.exec(body); m; m = marker.exec(body)) {
    const n = /[0-9０-９]/.test(m[1]) ? Number(asciiDigits(m[1])) : parseChineseNumeral(m[1]);
    if (starts.length === 0 && (m.index > OCCASION_LEAD || /[；;]/.test(body.slice(0, m.index)))) return null;
    if (n !== starts.length + 1) return null;
    starts.push(m.index);
  }
  if (starts.length < 2) return null;
  const items = starts.map((st, k) => {
    const end = k + 1 < starts.length ? starts[k + 1] : body.length;
    const clause = /^[^、，,；;]*/.exec(body.slice(st, end))![0];
    return ctx.word(block, count.end + st, count.end + st + clause.length);
  });
  const subject = countedBefore(text, count.start - (/(?:分为|分成)$/.test(text.slice(0, count.start)) ? 2 : 1));
  return { kind: 'count', subject, count, items, ...(items.length < count.value.toNumber() ? { open: true } : {}) };
}

const WHOLE_INTRODUCER = new RegExp(`(?:${ENUMERATION_LEXICON.wholeIntroducers})[：:]?$`);
const UNIT_NAME = new RegExp(`^[^0-9０-９%％，,。；;：:]{1,28}(?:${ENUMERATION_LEXICON.unitNameEnds})$`);
// After the comma, what may go on with the names: a joining word, a name of what remains (还有, 其余) or 等.
const LIST_GOES_ON = new RegExp(`^[\\s\\u3000]*(?:${ENUMERATION_LEXICON.conjunction}|还|等)`);
// How far after the comma to read the clause that may be a further name.
const NEXT_NAME_REACH = 32;

/**
 * Whether a list of two names or more, each a unit's name (…有限公司, …科, …村), ends at the comma after it: the
 * clause that follows names no further unit ending as one of the listed does (it states what they do, or names
 * another kind: 另设…两个年级管理部 after 处室), and opens with no joining word or word of what remains.
 */
function unitNamesEnd(text: string, items: readonly Span[]): boolean {
  if (items.length < 2) return false;
  const names = items.map((sp) => withoutNote(maskQuoted(text.slice(sp.start, sp.end)).trim()));
  if (!names.every((n) => UNIT_NAME.test(n))) return false;
  const end = items[items.length - 1].end;
  if (!/^[\s\u3000]*[，,]/.test(text.slice(end, end + 2))) return false;
  const after = text.slice(end, end + NEXT_NAME_REACH + 2).replace(/^[\s\u3000]*[，,]/, '');
  if (LIST_GOES_ON.test(after) || ITEMS_REMAIN.test(after)) return false;
  const piece = withoutNote(/^[^、，,。；;：:！？!?]*/.exec(after)![0].trim());
  // A piece running past the reach is a clause, not a name.
  const ends = new Set(names.map((n) => n.slice(-1)));
  return !piece || !ends.has(piece.slice(-1)) || piece.length >= NEXT_NAME_REACH;
}

// The head word of a counted noun that its names repeat (五项财政改革: …改革; 三大工程: …工程): two characters.
const KIND_HEAD = 2;

/**
 * 五项财政改革，即零基预算改革、…、财会监督改革，财政管理水平进一步提升: after 即 or 分别为, names that each end with the
 * counted noun's head word (改革, 工程, 行动) are all of them once a clause follows their comma that ends otherwise (what
 * came of them) and opens with no joining word or word of what remains: a further item would be named as the rest are.
 */
function kindNamesEnd(text: string, items: readonly Span[], noun: string): boolean {
  const head = noun.replace(/[“”‘’"]/g, '').slice(-KIND_HEAD);
  if (items.length < 2 || head.length < KIND_HEAD || !/^[\u4e00-\u9fff]+$/.test(head)) return false;
  const names = items.map((sp) => withoutNote(maskQuoted(text.slice(sp.start, sp.end)).trim()));
  if (!names.every((n) => n.length > head.length && n.endsWith(head))) return false;
  const end = items[items.length - 1].end;
  if (!/^[\s\u3000]*[，,]/.test(text.slice(end, end + 2))) return false;
  const after = text.slice(end, end + NEXT_NAME_REACH + 2).replace(/^[\s\u3000]*[，,]/, '');
  if (LIST_GOES_ON.test(after) || ITEMS_REMAIN.test(after)) return false;
  const piece = withoutNote(/^[^、，,。；;：:！？!?]*/.exec(after)![0].trim());
  return !piece.endsWith(head);
}

/**
 * Whether the clause after the list's comma is a predicate of its own (，绩效目标表随本说明一并公开): an adverb no name holds
 * stands before its first stop, and it opens with no joining word or word of what remains.
 */
function predicateFollows(text: string, items: readonly Span[]): boolean {
  if (items.length < 2) return false;
  const end = items[items.length - 1].end;
  if (!/^[\s\u3000]*[，,]/.test(text.slice(end, end + 2))) return false;
  const after = text.slice(end, end + NEXT_NAME_REACH + 2).replace(/^[\s\u3000]*[，,]/, '');
  return !LIST_GOES_ON.test(after) && !ITEMS_REMAIN.test(after) && PREDICATE_AFTER.test(after);
}

const APART_GROUP = /^[\s\u3000]*[，,；;][\s\u3000]*(?:另有|另外还有|另外有|此外还有)([\u4e00-\u9fff“”（）()]{0,16}?)([0-9０-９]{1,4}|[一二两三四五六七八九十]{1,3})(?:个|项|家|所|座|处|条|名)/;

/**
 * 辖6个行政村：A、B、C、D、E，另有岩坪场镇社区1个 — 市级重点专科5个：A、B、C、D，另有区级重点专科9个: after the list, a
 * 另有 clause counting a group of its own is beside the counted, not the rest of it, when it names another kind (社区,
 * not 村) or when the listed and its count do not make the stated count (4 + 9 is not 5). 另有2个村 after four of six
 * 村 is the rest: the list stays open.
 */
function groupApart(text: string, from: number, noun: string, listed: number, stated: Decimal): boolean {
  const m = APART_GROUP.exec(text.slice(from, from + 40));
  if (!m) return false;
  const n = /^[0-9０-９]+$/.test(m[2]) ? Number(m[2].replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))) : parseChineseNumeral(m[2]);
  if (n === null || n === undefined || !Number.isFinite(Number(n))) return false;
  const kind = m[1].replace(/[“”（）()]/g, '');
  if (noun && kind && noun.slice(-1) !== kind.slice(-1)) return true;
  return !new Decimal(listed).plus(Number(n)).eq(stated);
}

/**
 * The paragraph after `block` when the list a colon opens stands there inline: nothing follows the
 * colon in `block`, and the next paragraph opens with a first item marker (（一）, 1., ⑴). Items one
 * a paragraph are markerList's, read before.
 */
function inlineListBlock(ctx: ExtractContext, block: Block, from: number): Block | undefined {
  if (block.text.slice(from).trim()) return undefined;
  const next = ctx.doc.blocks[block.index + 1];
  if (!next || next.kind !== 'paragraph') return undefined;
  const m = readMarker(next.text);
  return m && m.ordinal === 1 && ITEM_LEVELS.has(m.level) ? next : undefined;
}

/** Whether the block after `block` opens with the item numbered n + 1 in the style of `first` (the list's first item). */
function nextItemOpens(ctx: ExtractContext, block: Block, first: string, n: number): boolean {
  const next = ctx.doc.blocks[block.index + 1];
  const m0 = readMarker(first);
  const m = next && next.kind === 'paragraph' ? readMarker(next.text) : null;
  return !!m0 && !!m && m.level === m0.level && m.ordinal === n + 1;
}

/**
 * Whether the item, or a part of it joined by 和/与/及, opens with a count of several (4个所属单位,
 * 和两家下属单位, 和所属13所学校): 一个监控平台 is still one item, and 职教园区二期工程 names one thing. Found from an
 * index, the figures being in order.
 */
function countedItem(text: string, figs: readonly DocFigure[], sp: Span): boolean {
  for (let k = firstFrom(figs, sp.start); k < figs.length && figs[k].start < sp.end; k++) {
    const f = figs[k];
    if (f.dimension !== 'count' || f.end > sp.end || !f.value.gt(1)) continue;
    // 局机关和所属13所学校: a word placing the counted units (所属, 下属…) may stand before the count, and one pointing
    // back to them (局机关本级和上述3个所属事业单位).
    if (/^(?:.*(?:和|与|及|以及))?(?:上述|前述|以上)?(?:所属|下属|直属|其余|其他|另有|另)?$/.test(text.slice(sp.start, f.start))) return true;
  }
  return false;
}

/**
 * Whether the list's last item ends with a count of the names before it (…、D4个所属事业单位, …和E等3家企业): a name,
 * then the count and only what it counts.
 */
function closesCountedGroup(text: string, figs: readonly DocFigure[], sp: Span): boolean {
  for (let k = firstFrom(figs, sp.start); k < figs.length && figs[k].start < sp.end; k++) {
    const f = figs[k];
    if (f.dimension !== 'count' || f.end > sp.end || !f.value.gt(1)) continue;
    if (/[\u4e00-\u9fff）)”]$/.test(text.slice(sp.start, f.start)) && /^[\u4e00-\u9fff]{1,10}$/.test(text.slice(f.end, sp.end))) return true;
  }
  return false;
}

/**
 * Whether the item ends with a count in `unit` (救护车14辆 of a count in 辆): a named part and its number. 一个监控平台
 * opens with its count and names one thing. Found from an index, the figures being in order.
 */
function holdsCountOf(figs: readonly DocFigure[], sp: Span, unit: string): boolean {
  for (let k = firstFrom(figs, sp.start); k < figs.length && figs[k].start < sp.end; k++) {
    const f = figs[k];
    if (f.dimension === 'count' && f.end === sp.end && f.unit === unit) return true;
  }
  return false;
}

/**
 * The counts of the same unit that stand earlier in the count's sentence, nearest first (figures in
 * text order); undefined when there is none.
 */
function countedBeforeInSentence(text: string, figs: readonly DocFigure[], count: DocFigure): Decimal[] | undefined {
  let found: Decimal[] | undefined;
  // The text is read once, backwards between figures, and at most COUNTS_LOOK_BACK figures back: a long
  // sentence of counts each with its list would otherwise be read again from each count to its start.
  let until = count.start;
  let anchor = count.start;
  for (let k = firstFrom(figs, count.start) - 1, n = 0; k >= 0 && n < COUNTS_LOOK_BACK; k--, n++) {
    const f = figs[k];
    if (/[。；;！？!?]/.test(text.slice(f.end, until))) break;
    until = Math.min(until, f.start);
    if (f.dimension !== 'count' || f.unit !== count.unit || f.end > count.start) continue;
    // A count with its own list closed before this one (…，分别为…) is no reading of this list.
    if (closesOwnList(text, f)) continue;
    // Counts of several kinds in a series stand clause by clause (参公单位1家，事业单位4家，具体包括): a count
    // further back than the clause before the last one taken (支持项目22个，涉及…五个领域，重点用于三个方面：)
    // counts something else.
    if ((text.slice(f.end, anchor).match(/[，,]/g) ?? []).length > 1) break;
    anchor = f.start;
    (found ??= []).push(f.value);
  }
  return found;
}
const COUNTS_LOOK_BACK = 16;

/** Whether the last count with some of the counts right before it (nearest first) adds up to n. */
function runReaches(earlier: readonly Decimal[], last: Decimal, n: number): boolean {
  let acc = last;
  for (const v of earlier) {
    acc = acc.plus(v);
    if (acc.eq(n)) return true;
  }
  return false;
}

/**
 * 设办公室、财务股、业务股3个内设机构，所属事业单位4个，分别为…: a count whose own clause lists its
 * items before it is settled there; it is no kind of a breakdown the later list gives in full.
 */
function closesOwnList(text: string, f: DocFigure): boolean {
  const from = Math.max(0, f.start - 80);
  const before = text.slice(from, f.start);
  const clause = before.slice(Math.max(...[...'，,；;。：:'].map((c) => before.lastIndexOf(c))) + 1);
  return /、/.test(clause) && /^[\u4e00-\u9fff]{1,8}[，,]/.test(text.slice(f.end, f.end + 10));
}

const RESTATED_LEAD = /[，,](?:其中|所属|下属)?$/;
const RESTATED_OPENER = /^(?:分别是|分别为|具体包括|具体为|具体是|包括)[：:]?/;

/**
 * "由局本部和所属4家事业单位的预算组成，所属事业单位分别是：A、B、C": the list's opener comes a
 * clause later, after the counted noun is named again. Only the noun right after the count,
 * named again right before 分别是/具体包括/包括 in the same sentence, with no other count between.
 */
function restatedOpener(text: string, count: DocFigure, counts: readonly DocFigure[]): { noun: string; at: number; delim: RegExpExecArray } | null {
  const noun = /^([\u4e00-\u9fff]{2,8}?)(?=的|组成|构成|[，,])/.exec(text.slice(count.end, count.end + 12))?.[1];
  if (!noun) return null;
  const stop = /[。；;！？!?]/.exec(text.slice(count.end, count.end + 120));
  const end = count.end + (stop ? stop.index : Math.min(120, text.length - count.end));
  // The noun named again right after a comma (and 其中/所属/下属), then the opener: found with
  // indexOf, not a pattern built from the noun.
  const seg = text.slice(count.end + noun.length, end);
  for (let k = seg.indexOf(noun); k >= 0; k = seg.indexOf(noun, k + 1)) {
    const lead = RESTATED_LEAD.exec(seg.slice(Math.max(0, k - 3), k));
    const op = lead ? RESTATED_OPENER.exec(seg.slice(k + noun.length)) : null;
    if (!lead || !op) continue;
    const comma = k - lead[0].length;
    const at = count.end + noun.length + comma + 1;
    const kk = firstFrom(counts, count.end);
    if (kk < counts.length && counts[kk].start < at) return null;
    const delim = /^.*$/.exec(seg.slice(comma + 1, k + noun.length + op[0].length))!;
    return { noun, at, delim };
  }
  return null;
}

// What is counted, right after the count: a short noun before a total word, a figure, a comma
// or what the counted things undergo (9个项目实行绩效目标管理，…，分别为…).
const LATE_NOUN = new RegExp(`^[\\u4e00-\\u9fff]{1,8}?(?=合计|共计|总计|共|[0-9０-９，,]|$|${alternation(COUNTED_ACTIONS)})`);

// A list of names at the end of the sentence whose subject is the count: "十项民生支出合计…万元，占…%，分别是A、B…".
const LATE_OPENER = /[，,](?:分别是|分别为|具体包括)[：:]?/g;

/**
 * A count opening its sentence as the subject ("十项民生支出合计148230万元，占…%，分别是…"),
 * its list of names at the end of the sentence after 分别是: read when no other count stands
 * between (the nearest count owns a 分别是), nothing but clauses of amounts and shares lie
 * between, and the items are names without figures (figures after 分别 pair with something
 * else).
 */
function lateList(ctx: ExtractContext, block: Block, count: DocFigure, counts: readonly DocFigure[]): CountClaim | null {
  const text = block.text;
  let start = 0;
  for (let k = count.start - 1; k >= Math.max(0, count.start - 40); k--) {
    if ('。；;！？!?'.includes(text[k])) {
      start = k + 1;
      break;
    }
    if (k === Math.max(0, count.start - 40) && k > 0) return null;
  }
  // The count is the subject: in the sentence's first clause.
  if (/[，,：:、]/.test(text.slice(start, count.start))) return null;
  const stop = /[。；;！？!?]/.exec(text.slice(count.end));
  const end = stop ? count.end + stop.index : text.length;
  LATE_OPENER.lastIndex = count.end;
  const m = LATE_OPENER.exec(text);
  if (!m || m.index >= end || m.index - count.end > 80) return null;
  const between = text.slice(count.end, m.index);
  if (/其中|包括|[（(]/.test(between)) return null;
  // 团组5个、38人次，分别为：A考察团、B培训团: the kind before its count, the same things measured again in another unit
  // between; the list is the kind's when every name ends as that kind's names do (a list of people is not one of groups).
  const before = LATE_NOUN.exec(between) ? undefined : OTHER_MEASURE_BETWEEN.test(between) ? KIND_BEFORE.exec(text.slice(Math.max(0, count.start - 8), count.start))?.[0] : undefined;
  // The nearest count owns a 分别是, unless it is that headcount.
  const k = firstFrom(counts, count.end);
  const headcount = before !== undefined && k < counts.length && HEADCOUNT_UNIT.test(counts[k].unit);
  if (k < counts.length && counts[k].start < m.index && !headcount) return null;
  const noun = LATE_NOUN.exec(between)?.[0] ?? before ?? '';
  if (!noun || /[有是为了在和与及]/.test(noun)) return null;
  const list = readList(text, m.index + m[0].length, m[0].replace(/^[，,]/, ''));
  if (!list || list.open || list.numbered) return null;
  const read = list.items.map((sp) => trimSpan(text, sp)).filter((sp) => sp.end > sp.start);
  const split = list.conjunctions ? splitSureJoins(text, read) : null;
  const items = split ?? read;
  if (split) list.conjunctions = 0;
  if (items.length < 2 || items.some((sp) => /[0-9０-９%％]/.test(text.slice(sp.start, sp.end)))) return null;
  if (before && (list.conjunctions || !items.every((sp) => COUNTED_NAME_ENDS[before].test(text.slice(sp.start, sp.end))))) return null;
  return namedCount(ctx, block, count, noun, items, false, list.conjunctions);
}

const HEADCOUNT_UNIT = /^(?:人次|人)$/;
const AFTER_A_COUNT = /[0-9０-９一二两三四五六七八九十][个项家批][、，,](?:共|计|合计)?$/;

// The kind a count follows (团组5个, 村4个), when its names show it.
const KIND_BEFORE = new RegExp(`(?:${alternation(Object.keys(COUNTED_NAME_ENDS))})$`);
// Between a count and its 分别为: the same things in another measure (、38人次, 、共126人次), and nothing else.
const OTHER_MEASURE_BETWEEN = /^[、，,](?:共|计|合计)?[0-9０-９][0-9０-９,，]*(?:人次|人|批次)$/;

// The counted kind named again as the subject of its list, at the next sentence's start or after 其中, ；or a comma:
// 辖8个社区和4个村。其中社区为：…；村为：A村、B村、C村。
const KIND_LIST_OPENER = /^(?:为|是|分别为|分别是|包括|有)[：:]/;
const KIND_LEAD = /(?:^|其中|[；;，,])$/;
// How far the count's sentence and the next one are read (characters).
const KIND_REACH = 240;

/**
 * A count of places or units whose names show their kind (4个村, 8个社区), and in the next sentence that kind named again
 * with its list (村为：…, 其中社区包括：…): each name must end as the kind's do, and no other count of the same kind may stand
 * between (其中3个村为: the list is of those three).
 */
function kindListedNext(ctx: ExtractContext, block: Block, count: DocFigure, counts: readonly DocFigure[]): CountClaim | null {
  const text = block.text;
  const kind = namedKind(text.slice(count.end, count.end + 12));
  if (!kind) return null;
  const { noun, ends } = kind;
  const stop = /[。！？!?]/.exec(text.slice(count.end, count.end + KIND_REACH));
  if (!stop) return null;
  const from = count.end + stop.index + 1;
  const next = /[。！？!?]/.exec(text.slice(from, from + KIND_REACH));
  const seg = text.slice(from, next ? from + next.index : Math.min(text.length, from + KIND_REACH));
  for (let k = seg.indexOf(noun); k >= 0; k = seg.indexOf(noun, k + 1)) {
    if (!KIND_LEAD.test(seg.slice(Math.max(0, k - 2), k))) continue;
    const op = KIND_LIST_OPENER.exec(seg.slice(k + noun.length));
    if (!op) continue;
    const at = from + k + noun.length + op[0].length;
    for (let j = firstFrom(counts, count.end); j < counts.length && counts[j].start < at; j++) {
      if (namedKind(text.slice(counts[j].end, counts[j].end + 12))?.noun === noun) return null;
    }
    const list = readList(text, at, op[0].slice(-1));
    if (!list || list.numbered || list.conjunctions) return null;
    const items = namesOfKind(text, list, ends);
    return items ? namedCount(ctx, block, count, noun, items, list.open) : null;
  }
  return null;
}

/** A count of `noun` and the names listed for it; a last name ending in 等 leaves the list open. */
function namedCount(ctx: ExtractContext, block: Block, count: DocFigure, noun: string, items: Span[], open: boolean, conjunctions = 0): CountClaim {
  const last = block.text.slice(items[items.length - 1].start, items[items.length - 1].end);
  return {
    kind: 'count',
    subject: noun,
    noun,
    count,
    items: items.map((sp) => ctx.word(block, sp.start, sp.end)),
    ...(conjunctions ? { minItems: Math.min(items.length, 2), maxItems: items.length + conjunctions } : {}),
    ...(open || /等/.test(last) ? { open: true } : {}),
  };
}

// The counted word whose names show it (乡镇, 村, 学校), longest first.
const NAMED_KINDS = new RegExp(`^(?:${alternation(Object.keys(COUNTED_NAME_ENDS))})`);
/** A list's items when there are two or more and each is a name ending as the kind's names do (no figure in it); else null. */
function namesOfKind(text: string, list: List, ends: RegExp): Span[] | null {
  const items = list.items.map((sp) => trimSpan(text, sp)).filter((sp) => sp.end > sp.start);
  return items.length >= 2 && items.every((sp) => ends.test(text.slice(sp.start, sp.end)) && !/[0-9０-９%％]/.test(text.slice(sp.start, sp.end))) ? items : null;
}

// 县（市）, 乡（镇）, 村（社区）, 县（市、区）: a kind written with the kinds it stands with in brackets.
const BRACKETED_KIND = /^([\u4e00-\u9fff]{1,2})[（(]([\u4e00-\u9fff、]{1,5})[）)]/;

/** The counted kind at the start of `after` as written, and how its names end; undefined for no such kind. */
function namedKind(after: string): { noun: string; ends: RegExp } | undefined {
  const bracketed = BRACKETED_KIND.exec(after);
  const ends = bracketed && COUNTED_NAME_ENDS[bracketed[1] + bracketed[2].replace(/、/g, '')];
  if (bracketed && ends) return { noun: bracketed[0], ends };
  const noun = NAMED_KINDS.exec(after)?.[0];
  return noun ? { noun, ends: COUNTED_NAME_ENDS[noun] } : undefined;
}

// 组长甲，副组长乙、丙，成员丁、戊: a clause of one role and the names under it (each two to four characters).
const ROLE_CLAUSE = new RegExp(`^(?:${ENUMERATION_LEXICON.memberRoles})[：:]?([\\u4e00-\\u9fff]{2,4}(?:、[\\u4e00-\\u9fff]{2,4})*)$`);
// How far after the colon a list of people by role is read (characters).
const ROLES_REACH = 120;

/**
 * 民主理财小组5人：组长甲，成员乙、丙、丁。: after a count of people and a colon, clauses set off by ，or ； each of a role and
 * the names under it, up to the full stop: every name is one of the people counted. Null unless every clause is of that
 * shape and there are two clauses or more.
 */
function roleNames(text: string, at: number): Span[] | null {
  const stop = text.slice(at, at + ROLES_REACH + 1).search(/[。！？!?]|$/);
  if (stop < 0 || stop > ROLES_REACH) return null;
  const names: Span[] = [];
  let clauses = 0;
  let s = at;
  for (const clause of text.slice(at, at + stop).split(/[，,；;]/)) {
    const m = ROLE_CLAUSE.exec(clause);
    if (!m) return null;
    clauses++;
    let p = s + clause.length - m[1].length;
    for (const name of m[1].split('、')) {
      names.push({ start: p, end: p + name.length });
      p += name.length + 1;
    }
    s += clause.length + 1;
  }
  return clauses >= 2 ? names : null;
}

// How far after a count its clause may run to the colon (characters).
const COLON_REACH = 40;
// What opens the names after the clause: a colon, or 分别是/分别为 after its comma (with a colon or none).
const NAMES_OPENER = /[：:]|[，,]分别[是为][：:]?/;

/**
 * 审计发现，4个乡镇未按规定公示项目资金安排和使用情况：勐岗镇、南腊乡、曼洒镇。: a count of places or units whose names show
 * their kind, a clause of what they did or lack (no stop in it), then after a colon a list of names that each end as that
 * kind's do (镇, 乡, 街道). The clause between may be long: the names' endings tie the list to the count.
 */
function namesAfterColon(ctx: ExtractContext, block: Block, count: DocFigure, counts: readonly DocFigure[]): CountClaim | null {
  const text = block.text;
  const kind = namedKind(text.slice(count.end, count.end + 12));
  if (!kind) return null;
  const { noun, ends } = kind;
  const rest = text.slice(count.end, count.end + COLON_REACH + 1);
  // 6个镇（街道）收入同比增长，分别为A街道、B镇: 分别为 after the clause opens the names as a colon does.
  const opener = NAMES_OPENER.exec(rest);
  if (!opener || /[。；;！？!?，,]/.test(rest.slice(0, opener.index))) return null;
  const colon = opener.index;
  const k = firstFrom(counts, count.end);
  if (k < counts.length && counts[k].start < count.end + colon) return null;
  const at = count.end + colon + opener[0].length;
  const list = readList(text, at, opener[0].endsWith('：') || opener[0].endsWith(':') ? text[at - 1] : opener[0]);
  if (!list || list.numbered) return null;
  // …，分别为A镇、B乡，主要是…: names after 分别 that a comma leaves running on are soleAfterSeverally's (分别 says they are all).
  if (list.open && opener[0].length > 1) return null;
  const items = list.conjunctions ? null : namesOfKind(text, list, ends);
  if (!items) return null;
  return namedCount(ctx, block, count, noun, items, list.open);
}

// ，分别是A。 / ，分别为：A、B，…: the names after 分别, set off by 、, up to the end of the clause.
const SEVERALLY_NAMES = /^[，,](?:分别是|分别为|即)[：:]?([^，,；;。：:0-9０-９]{2,80}?)(?=[，,。；;！？!?]|$)/;
// How far after a count its clause, 分别 and the names may run (characters).
const SEVERALLY_REACH = 160;

/**
 * Whether every number in a stretch of text is a rate (收入完成进度低于40%): a rate says what the items share, not
 * what they are. Read by a loop over runs of digits (a pattern for it backtracks polynomially).
 */
function onlyRates(text: string): boolean {
  const digit = (c: string) => /[0-9０-９.．]/.test(c);
  for (let i = 0; i < text.length; i++) {
    if (!digit(text[i])) continue;
    let j = i;
    while (j < text.length && digit(text[j])) j++;
    if (text[j] !== '%' && text[j] !== '％') return false;
    i = j;
  }
  return true;
}

/**
 * 有2个乡镇的工程未完成竣工验收，分别是石门乡 / 共有3个乡镇收入完成进度低于40%，分别为石桥镇、龙溪乡: a count whose
 * noun runs on into a clause, then 分别是 and the names that close the clause. 分别 says the names are all of them;
 * too few (or too many) contradict the count. Only when no other count stands in the sentence after this one, no
 * figure but a rate stands between, every name is a short name, and the list is not left open (等). A last
 * name holding 和/与/及 may be one name or two.
 */
function soleAfterSeverally(ctx: ExtractContext, block: Block, count: DocFigure, counts: readonly DocFigure[], bare: string, at: number): CountClaim | null {
  const text = block.text;
  if (count.approximate || count.value.lt(2)) return null;
  // Looked for within a clause's reach of the count: a run of counts with no sentence end read the whole rest
  // of the text for each one.
  const reach = Math.min(text.length, count.end + SEVERALLY_REACH);
  const stop = /[。；;！？!?]/.exec(text.slice(count.end, reach));
  const end = stop ? count.end + stop.index : reach;
  // ，即A、B、C: 即 names them all as 分别 does (one name after 即 is a gloss, not a list).
  const comma = text.slice(at, end).search(/[，,](?:分别是|分别为|即)/);
  if (comma < 0) return null;
  const from = at + comma;
  const m = SEVERALLY_NAMES.exec(text.slice(from, end + 1));
  // …、河口镇等地 / …等单位: 等 and the kind of what is listed leave the names open.
  if (!m || /等(?:$|(?![级次])[\u4e00-\u9fff]{1,4}$)/.test(m[1])) return null;
  const k = firstFrom(counts, count.end);
  if (k < counts.length && counts[k].start < end) return null;
  if (!onlyRates(text.slice(count.end, from))) return null;
  const start = from + m[0].length - m[1].length;
  const items: Word[] = [];
  let p = start;
  const pieces = m[1].split('、');
  // …3个项目存在…问题，即A奖补项目和B扶持项目: a last name joined by 和 whose two halves each end with the counted noun is
  // two names of it, surely.
  const sure = sureJoin(pieces[pieces.length - 1], text.slice(count.end, count.end + COUNTED_NOUN_REACH));
  for (const [i, piece] of pieces.entries()) {
    const halves = i === pieces.length - 1 && sure ? [piece.slice(0, sure), piece.slice(sure + 1)] : [piece];
    for (const h of halves) {
      if (h.length < 2 || h.length > 20) return null;
      items.push(ctx.word(block, p, p + h.length));
      p += h.length + 1;
    }
  }
  if (items.length < 2 && /^[，,]即/.test(text.slice(from))) return null;
  const last = pieces[pieces.length - 1];
  const joined = !sure && /[和与及]/.test(last.slice(1, -1)) ? 1 : 0;
  const noun = bare.split('的')[0];
  return {
    kind: 'count',
    subject: noun.length >= 2 && noun.length <= 6 ? noun : '',
    ...(noun.length >= 2 && noun.length <= 6 ? { noun } : {}),
    count,
    items,
    ...(joined ? { minItems: items.length, maxItems: items.length + joined } : {}),
  };
}

// How far after a count its noun is looked for (3个项目存在…: 项目).
const COUNTED_NOUN_REACH = 6;

/**
 * Where the 和 (与, 及) of "A项目和B项目" stands, when the name holds one such word, both halves end with the same two
 * characters and the count's noun right after it holds them (3个项目): two names of what is counted. 0 otherwise.
 */
function sureJoin(name: string, after: string): number {
  const j = name.search(/[和与及]/);
  if (j < 2 || name.length - j - 1 < 2 || /[和与及]/.test(name.slice(j + 1))) return 0;
  const end = name.slice(j - 2, j);
  return name.endsWith(end) && after.includes(end) ? j : 0;
}

const COUNT_VERB_CHARS = [...'共有为是达计'];

/** "2025年本部门重点工作有四项" → 重点工作: what is counted, named before the count. */
function countedBefore(text: string, at: number): string {
  let s = text.slice(Math.max(0, at - 16), at).replace(/^.*[，。；：:、,;]/, '');
  // 共有, 共计 are 共 with 有, 计: the run is one of single characters, taken off by a loop (stripTail).
  s = stripTail(s, COUNT_VERB_CHARS, false);
  // 问题主要有三项: 主要 says how much of the subject the count covers, it names nothing.
  // 建设内容包括以下四部分: 以下 points at the list and the verb before it opens it; neither names what is counted.
  s = s.replace(/(?:包括|包含|涵盖|分为|有)?(?:以下|下列|如下)$/, '');
  s = s.replace(/(?:主要|大致|大体)$/, '');
  s = s.replace(/^.*(?:\d{4}年度?|本部门|本单位|我局|本局|全年|今年|其中)/, '');
  return /^[\u4e00-\u9fff]{2,10}$/.test(s) ? s : '';
}

// What opens a list that a count closes: 包括, 涵盖, 分别为, 即…, and 内设/下设 of an organization's parts (from the domain lexicon).
const LIST_OPENER = new RegExp(`(?:${ENUMERATION_LEXICON.introducers}|${ENUMERATION_LEXICON.establishes}|${ENUMERATION_LEXICON.adopts}|涵盖|包含|涉及|含)[：:]?`, 'g');
// Between the last item and its count: 共, 等, 这, 在内的; ，共 and ，共计 after a comma (A、B、C，共3个办公室).
const LIST_TO_COUNT = /(?:等|在内的?|[，,]?共(?:计|有)?|[，,]?计|这|等共)$/;
// What such a count counts: a short noun right after it (3个单位, 四类资金).
// (A noun that ends in a word of kinds, 采购方式 or 支持领域, is one whatever follows it: 4种采购方式组织采购.)
const COUNTED_AFTER = /^[\u4e00-\u9fff]{1,4}?(?=$|的|[，,。；;、：:）)\s])|^[\u4e00-\u9fff]{0,4}?(?:方式|类型|领域|类别|渠道|模式)/;

/**
 * "预算单位包括局机关、信息中心和执法大队3个单位", "涉及教育、卫生、交通等4个领域":
 * a list after an opener, closed by the count of what it lists. Items are split at
 * 、, and "A、B和C" ends the list with two.
 */
function listBefore(ctx: ExtractContext, block: Block, count: DocFigure): CountClaim | null {
  const text = block.text;
  // The sentence's start, looked for only as far back as the list may reach (120 characters):
  // lastIndexOf over the whole block made a paragraph of counts quadratic.
  let from = Math.max(0, count.start - 120);
  for (let k = count.start - 1; k >= from; k--) {
    if ('。；;！？'.includes(text[k])) {
      from = k + 1;
      break;
    }
  }
  const span = text.slice(from, count.start);
  let opener: RegExpExecArray | null = null;
  LIST_OPENER.lastIndex = 0;
  for (let m = LIST_OPENER.exec(span); m; m = LIST_OPENER.exec(span)) opener = m;
  if (!opener) return null;
  let listEnd = count.start;
  const tail = LIST_TO_COUNT.exec(text.slice(from + opener.index + opener[0].length, count.start));
  const open = !!tail && /等/.test(tail[0]);
  if (tail) listEnd -= tail[0].length;
  const listStart = from + opener.index + opener[0].length;
  const body = text.slice(listStart, listEnd);
  // A clause between the opener and the count (a comma, a figure) is not one list.
  if (!body || /[，,：:。；;]/.test(body) || /\d/.test(body)) return null;
  const noun = COUNTED_AFTER.exec(text.slice(count.end))?.[0] ?? '';
  if (!noun) return null;
  const split = splitList(text, listStart);
  if (!split) return null;
  const items: Span[] = [];
  let at = listStart;
  for (const piece of body.split('、')) {
    items.push({ start: at, end: at + piece.length });
    at += piece.length + 1;
  }
  if (items.length < 2) return null;
  // "A、B和C": the last 和 joins the last two items.
  const last = items[items.length - 1];
  const lastText = text.slice(last.start, last.end);
  const j = /和|及|与/.exec(lastText);
  let ambiguous = 0;
  let joined = false;
  if (j && j.index >= 2 && lastText.length - j.index - 1 >= 2) {
    items.splice(items.length - 1, 1, { start: last.start, end: last.start + j.index }, { start: last.start + j.index + 1, end: last.end });
    joined = true;
  }
  ambiguous = countConjunctions(text, items.slice(0, -2));
  // 艺术与公共服务股、文物与非遗股、广电与市场管理股: when names before it hold the joining word, the last one's may be
  // its name's too: one item fewer is a reading as well.
  // 办公室、社会救助科、…、基层政权建设和社区治理科: when the names end alike (科) and the joined pair's first part does not,
  // the pair is one name.
  const ends = items.slice(0, -2).map((it) => text.slice(it.start, it.end).trim().slice(-1));
  const pairOneName = joined && ends.length >= 2 && ends.slice(1).every((c) => c === ends[ends.length - 1]) && (() => {
    const [a, b] = items.slice(-2).map((it) => text.slice(it.start, it.end).trim());
    const c = ends[ends.length - 1];
    return a.slice(-1) !== c && b.slice(-1) === c;
  })();
  const nameJoins = joined && (pairOneName || items.slice(0, -2).some((it) => /和|及|与/.test(text.slice(it.start, it.end))));
  const words = items.map((sp) => trimSpan(text, sp)).filter((sp) => sp.end > sp.start).map((sp) => ctx.word(block, sp.start, sp.end));
  if (words.length < 2) return null;
  // 即困难残疾人生活补贴、重度残疾人护理补贴、残疾人两项补贴: the items before the last name the counted kind themselves
  // (…补贴) and the last does not: the count and its noun end the last item's own name (残疾人两项补贴, a policy), they
  // count nothing of the list.
  const itemTexts = items.map((sp) => text.slice(sp.start, sp.end).trim());
  if (itemTexts.slice(0, -1).some((t) => t.endsWith(noun)) && !itemTexts[itemTexts.length - 1].endsWith(noun)) return null;
  // 包括局机关、县教研中心以及县第一中学、县实验小学2所直属学校: a joining word inside an earlier item may open the group
  // the count is of; the names after it are then all it counts.
  const group = groupAfterJoin(text, items.slice(0, joined ? -2 : -1));
  const min = Math.min(nameJoins ? words.length - 1 : words.length, group === undefined ? Infinity : items.length - group);
  return {
    kind: 'count',
    subject: noun,
    noun,
    count,
    items: words,
    listedBefore: true,
    ...(ambiguous || nameJoins || min < words.length ? { minItems: min, maxItems: words.length + ambiguous } : {}),
    ...(open ? { open: true } : {}),
  };
}

/**
 * The index of the last of `items` holding a joining word between two names (县教研中心以及县第一中学), as the
 * item's second name opens a group: the items from there to the count's are one reading of what it counts.
 */
function groupAfterJoin(text: string, items: readonly Span[]): number | undefined {
  for (let k = items.length - 1; k >= 0; k--) {
    const t = text.slice(items[k].start, items[k].end);
    const j = /以及|和|及|与/.exec(t);
    if (j && j.index >= 2 && t.length - j.index - j[0].length >= 2) return k;
  }
  return undefined;
}

// A table's title that counts its rows: 表2 2024年度项目绩效自评结果（共5个项目）, 涉及单位共12家.
const TITLE_COUNT = /(?:共|计|合计)[\s\u3000]*([0-9０-９]{1,3}|[一二两三四五六七八九十]{1,3})[\s\u3000]*(个|项|家|所)(项目|单位|部门|企业|学校|乡镇|街道|村)?[）)]?[\s\u3000]*$/;
// Rows that are not items: totals, 其中 lines, rows with no name.
const NOT_AN_ITEM_ROW = /^(?:合计|总计|小计|共计|其中|[\s\u3000]*)$/;
const NUMBER_ONLY = /^[\s\u3000]*[-−]?[0-9０-９][0-9０-９,，.．%％]*[\s\u3000]*$/;

/**
 * "表2 …（共5个项目）" right above a table whose rows are the items: the count against
 * the rows. Read only when the title ends with the count, the table is the only one
 * under it (a table a page split goes on in another), no row is a total or a
 * continuation, and each row names its item.
 */
function tableTitleCount(ctx: ExtractContext, rows: readonly Block[]): CountClaim | null {
  const blocks = ctx.doc.blocks;
  const header = rows[0];
  if (!header?.table?.header || !header.cells) return null;
  const title = blocks[header.index - 1];
  // 表2  2024年度…（共5个项目） set apart by two spaces goes with the laid-out table's lines, as a line of no
  // cells above its head: still the title, as a row that was read never is.
  if (!title || (title.kind === 'table-row' && title.cells) || title.kind === 'toc' || title.text.length > 60) return null;
  const m = TITLE_COUNT.exec(title.text);
  if (!m) return null;
  const after = blocks[rows[rows.length - 1].index + 1];
  if (after && after.kind === 'table-row') return null;
  const n = /[0-9０-９]/.test(m[1]) ? Number(m[1].replace(/[０-９]/g, (c) => String(c.charCodeAt(0) - 0xff10))) : parseChineseNumeral(m[1]);
  if (n === null || n < 2) return null;
  const at = m.index + m[0].indexOf(m[1]);
  const count =
    ctx.figuresByBlock[title.index].find((f) => f.start === at && f.dimension === 'count' && f.value.eq(n)) ??
    synthetic(title, ctx, at, at + m[1].length + m[2].length, n);
  const items: Word[] = [];
  for (const row of rows.slice(1)) {
    if (!row.cells || row.cells.length !== header.cells.length) return null;
    const cells = row.cells.map((c) => ({ c, t: row.text.slice(c.start, c.end).trim() }));
    const name = cells.find((x) => x.t && !NUMBER_ONLY.test(x.t));
    if (!name || NOT_AN_ITEM_ROW.test(cells[0].t.replace(/[\s\u3000]/g, '')) || NOT_AN_ITEM_ROW.test(name.t)) return null;
    const lead = row.text.indexOf(name.t, name.c.start);
    items.push(ctx.word(row, lead, lead + name.t.length));
  }
  if (items.length < 1) return null;
  const noun = m[3] ?? '';
  return { kind: 'count', subject: noun, ...(noun ? { noun } : {}), count, items };
}

// 见表1, 详见附表2: a sentence sending its reader to a numbered table.
const TABLE_REFERENCE = new RegExp(`(?:${TABLE_REFERENCE_LEXICON.refers})(附?表)[\\s\\u3000]*([0-9０-９]{1,2})(?![0-9０-９])`, 'g');
const REFERRED_NOUN = new RegExp(`(?:${TABLE_REFERENCE_LEXICON.nouns})`);
const NOUN_BEFORE = new RegExp(`(${TABLE_REFERENCE_LEXICON.nouns})$`);
const NOUN_AFTER = new RegExp(`^(${TABLE_REFERENCE_LEXICON.nouns})`);
const SUBSET = new RegExp(TABLE_REFERENCE_LEXICON.subset);
const SERIAL_HEAD = /^序号$/;
const TOTAL_ROW = /^(?:合计|总计|小计|共计)$/;

/**
 * "安排项目10个，项目明细及资金支出情况见表1": a count of things whose list the sentence sends its reader to, a table that
 * lists them one a numbered row (序号 1, 2, 3 …, over a page break too: continued-tables.ts). The count is held against
 * the rows when the table is the one its caption numbers so, its name column's head names the thing counted (项目名称
 * for 项目), every row but a closing 合计 is numbered, one more each row from 1, and nothing between the count and the
 * reference makes the rows a part of it (其中, 重点, 已完工: the subset words of table-references.ts).
 */
function tableReferenceCounts(ctx: ExtractContext): CountClaim[] {
  const out: CountClaim[] = [];
  const blocks = ctx.doc.blocks;
  let byNumber: Map<string, Block[] | null> | undefined;
  for (const block of blocks) {
    if (block.kind !== 'paragraph') continue;
    const text = block.text;
    TABLE_REFERENCE.lastIndex = 0;
    for (let m = TABLE_REFERENCE.exec(text); m; m = TABLE_REFERENCE.exec(text)) {
      // The sentence up to the reference: its one count, and what stands between them.
      const from = Math.max(...['。', '；', ';', '！', '？'].map((p) => text.lastIndexOf(p, m!.index - 1))) + 1;
      const counts = ctx.figuresByBlock[block.index].filter((f) => f.start >= from && f.end <= m!.index && f.dimension === 'count');
      if (counts.length !== 1) continue;
      const count = counts[0];
      if (count.approximate || !count.value.isInteger() || count.value.lt(2) || count.value.gt(200) || !/^[个項项家所]$/.test(count.unit)) continue;
      const between = text.slice(count.end, m.index);
      if (SUBSET.test(between) || /[0-9０-９]/.test(between) || ctx.figuresByBlock[block.index].some((f) => f.start >= count.end && f.end <= m!.index)) continue;
      // 项目10个 or 10个项目: the thing counted, right beside the count.
      const noun = NOUN_BEFORE.exec(text.slice(from, count.start))?.[1] ?? NOUN_AFTER.exec(text.slice(count.end))?.[1];
      if (!noun) continue;
      byNumber ??= numberedTables(ctx);
      const key = `${m[1]}${asciiDigits(m[2])}`;
      const rows = byNumber.get(key);
      if (!rows) continue;
      const items = numberedRows(ctx, rows, noun);
      if (!items) continue;
      const listedBefore = rows[0].index < block.index;
      out.push({ kind: 'count', subject: noun, noun, count, items, ...(listedBefore ? { listedBefore } : {}) });
    }
  }
  return out;
}

/** The document's tables by the number their captions give them (表1, 附表2); null where two captions give one number. */
function numberedTables(ctx: ExtractContext): Map<string, Block[] | null> {
  const out = new Map<string, Block[] | null>();
  for (const rows of ctx.tables()) {
    const head = rows[0];
    if (!head?.table?.header) continue;
    const caption = captionOf(ctx.doc.blocks, head.index);
    if (caption?.number === undefined) continue;
    const key = `${/^附/.test(caption.text) ? '附表' : '表'}${caption.number}`;
    out.set(key, out.has(key) ? null : (rows as Block[]));
  }
  return out;
}

/** The names of a table's numbered rows, when each names one of `noun` (see tableReferenceCounts); else null. */
function numberedRows(ctx: ExtractContext, rows: readonly Block[], noun: string): Word[] | null {
  const head = rows[0];
  const plainCell = (r: Block, c: number) => cellText(r, c).replace(/[\s\u3000]/g, '');
  const width = head.cells?.length ?? 0;
  if (width < 2 || !SERIAL_HEAD.test(plainCell(head, 0))) return null;
  let name = -1;
  for (let c = 1; c < width; c++) if (REFERRED_NOUN.test(plainCell(head, c)) && plainCell(head, c).includes(noun)) { name = c; break; }
  if (name < 0) return null;
  const body = rows.slice(1);
  // A closing 合计 (its label in the number's cell or the name's) is no item; only at the table's foot.
  let end = body.length;
  while (end > 0 && [0, 1].some((c) => TOTAL_ROW.test(plainCell(body[end - 1], c)))) end--;
  const items: Word[] = [];
  for (let k = 0; k < end; k++) {
    const r = body[k];
    if (r.cells?.length !== width || asciiDigits(plainCell(r, 0)) !== String(k + 1)) return null;
    const t = cellText(r, name);
    if (!t || NUMBER_ONLY.test(t)) return null;
    const lead = r.text.indexOf(t, r.cells[name].start);
    items.push(ctx.word(r, lead, lead + t.length));
  }
  return items.length >= 2 ? items : null;
}
