import type { Block } from '../document/types.ts';
import { readMarker } from '../document/markers.ts';
import { partitionRun } from '../domain/tables.ts';
import { COMPARED_WITH, DELTA_VERB_ALT, FLAT_WORDS, SAME_AS_LAST_YEAR, WITH_LAST_YEAR, alternation } from '../domain/lexicon.ts';
import { intervalOf } from '../reading/figures/interval-of.ts';
import { abs, meets, sum } from '../interval.ts';
import type { ExtractContext, Sentence } from '../reading/context.ts';
import type { ChangePart, ChangeSumClaim, Claim, DocFigure, SumClaim } from './types.ts';
import { cleanLabel, subjectBefore } from '../reading/labels.ts';
import { baseOf } from './changes.ts';
import { parseChineseNumeral } from '../reading/figures/chinese-numerals.ts';
import { sameSubject, subjectCore } from '../reading/names.ts';
import { firstFrom } from './first-from.ts';
import { blank, execAtEnd } from '../reading/text-end.ts';

const S = '[\\s\\u3000]*';
// The verb right before a delta figure (比上年减少 45.8万元): gives the delta its direction.
// 少支出4.05万元: what was spent or collected may follow the verb.
const VERB_BEFORE = new RegExp(`(${DELTA_VERB_ALT})了?(?:支出|收入|支付|收|支)?(?:额|为|达)?${S}$`);
// 收入总计增加的315万元中，…: the total's change, its parts after 中.
const VERB_OF = new RegExp(`(${DELTA_VERB_ALT})的${S}$`);
const IN_IT = /^[\s\u3000]*中[，,：:]/;
const OF_WHICH = /其中[：:，,]?/g;
const FLAT = new RegExp(`(${alternation(FLAT_WORDS)}|${SAME_AS_LAST_YEAR})`);
const WITH_LAST_YEAR_AT_END = new RegExp(`${WITH_LAST_YEAR}$`);
// How a breakdown is announced: 按支出性质分, 分类型看, 从构成看.
const CLASSIFIED = '按[^，。；：:]{1,10}分|分[^，。；：:]{1,8}看|从[^，。；：:]{1,8}看';
// A sentence that only goes on to break the total's change down: 按支出性质分，…; 分类型看，…; 从构成看：…
const CLASSIFIER = new RegExp(`^[\\s\\u3000]*(?:其中[，,：:]?)?(?:${CLASSIFIED})[，,：:]`);
// Clauses that explain rather than list: the list is over.
// 因 explains (因项目完工…), but 因公出国（境）费 is a part.
const CLASSIFIER_TAIL = new RegExp(`[，,][\\s\\u3000]*(?:${CLASSIFIED}|具体(?:如下|情况如下)|分项如下)[：:][\\s\\u3000]*$`);
const STOP = /^[\s\u3000]*(?:主要|其中|均|系|因(?!公)|由于|原因|用于|这|此|以上|上述|占)/;
const REMAINDER = /^(?:其余|剩余|其他各项|其他科目|余下)/;
// …，两项相抵，… / …，以上三项合计，…: the parts before, counted, then the whole.
const PARTS_COUNTED = /[，,][\s\u3000]*(?:以上|上述)?([两二三四五六七八九十])项(?:增减)?(?:相抵|合计|共计|相加|轧差)后?[，,]/;
// 从收入增减变动看，/ 分项看： before the first part.
const PARTS_LEAD = /^[\s\u3000]*(?:[^，,。；;：:0-9０-９]{1,12}(?:来看|看)[，,：:])?/;
// 收入总计由一般公共预算收入、上级补助收入和上年结余三部分构成.
// Read by compositionsIn: /由([^。；]{2,80}?)(?:N+(?:个)?部分|等?N+项)?(?:构成|组成)/g was polynomial (its
// free run takes the numerals the count is written in); the loop walks the same choices in the same order.
const COUNT_NUMERAL = '两二三四五六七八九十0123456789';
// 财政拨款支出预算中，一般公共预算拨款…；政府性基金拨款…: a sentence opening with a total's name and 中.
const TOTAL_IN_IT = /^[\s\u3000]*([^，,。；;：:0-9０-９]{2,24}?)中[，,：:]/;
// 财政拨款收入决算 and 财政拨款收入 name one total: the measure after the name is not part of it.
const MEASURE_TAIL = /(?:年初|全年|调整后?)?(?:预算|决算|执行)(?:数|额)?$/;
// A level's label that names only a measure (支出决算, 决算数, 年初预算): not what the level is of.
const MEASURE_ONLY = /^(?:支出|收入)?(?:年初|全年|调整后?)?(?:预算|决算|执行)(?:数|额)?$/;
// 比上年预算, 较上年决算数: the measure compared with goes with the comparison, not with a label.
const COMPARISON_PREFIX = /^(?:与(?:上年|年初)(?:度)?(?:预算|决算|执行)?数?相比|同比|(?:比|较)(?:上年|去年|年初)(?:度)?(?:预算|决算|执行)?数?)[，,]?/;
const COMPARED_ALONE = new RegExp(`^${COMPARED_WITH}$`);

const isDelta = (f: DocFigure) => f.role === 'delta' && !f.approximate && f.dimension === 'money';
const isLevel = (f: DocFigure) => (f.role === 'amount' || f.role === 'new-value' || f.role === 'prior') && f.dimension === 'money';

interface Piece {
  start: number;
  end: number;
}

/** Items of a list between `start` and `end`, split at ，；、 outside brackets (not at thousands commas). */
function* pieces(text: string, start: number, end: number): Generator<Piece> {
  // One piece at a time: a reader stops at the first piece that is not a part, so splitting the
  // rest of a long sentence up front made every list in it cost the whole sentence.
  let depth = 0;
  let s = start;
  for (let i = start; i < end; i++) {
    const c = text[i];
    if ('（(【['.includes(c)) depth++;
    else if ('）)】]'.includes(c) && depth > 0) depth--;
    else if (depth === 0 && '，,；;、'.includes(c)) {
      if ((c === '，' || c === ',') && /[0-9０-９]/.test(text[i - 1] ?? '') && /^[0-9０-９]{3}(?![0-9０-９])/.test(text.slice(i + 1, i + 5))) continue;
      if (i > s) yield { start: s, end: i };
      s = i + 1;
    }
  }
  if (end > s) yield { start: s, end };
}

// 比2024年预算执行数减少…, 与2024年预算执行数持平: a comparison names the base; the part is the level's before it.
const COMPARISON_TAIL = /(?:比|较|与|同)(?:[0-9０-９]{4}年度?)?(?:上年同期|上年度|上年|去年|同期|年初|全年|调整|预算|决算|执行)[^，,；;]{0,8}$/;
const labelOf = (raw: string) =>
  cleanLabel(raw.replace(/[\s\u3000]/g, '').replace(COMPARISON_PREFIX, ''))
    .replace(/(?:比上年|较上年|同比|与上年|比年初|较年初|与年初)$/, '')
    .replace(/(?:基本)$/, '')
    .replace(COMPARISON_TAIL, '');

/** The parts listed from `from` to the end of the sentence: each a label with a delta or 持平. */
function readParts(ctx: ExtractContext, s: Sentence, from: number): { parts: ChangePart[]; remainder: boolean } {
  const text = s.block.text;
  const parts: ChangePart[] = [];
  let remainder = false;
  let pending = '';
  let aside = false;
  for (const p of pieces(text, from, s.end)) {
    // The piece without its closing marks (a loop: `[。！？!?]+$` retried every run of them).
    let rawEnd = p.end;
    while (rawEnd > p.start && '。！？!?'.includes(text[rawEnd - 1])) rawEnd--;
    const raw = text.slice(p.start, rawEnd);
    if (!raw.trim()) continue;
    if (STOP.test(raw) && parts.length) break;
    const figs: DocFigure[] = [];
    for (let k = firstFrom(s.figures, p.start); k < s.figures.length && s.figures[k].start < p.end; k++) {
      if (s.figures[k].end <= p.end) figs.push(s.figures[k]);
    }
    const delta = figs.find(isDelta);
    if (delta) {
      const before = text.slice(p.start, delta.start);
      const v = execAtEnd(VERB_BEFORE, before, 6);
      if (!v) break;
      const wordAt = p.start + v.index;
      let label = labelOf(text.slice(p.start, wordAt).replace(FLAT, '').replace(/[（(]$/, ''));
      if (!label && pending) label = pending;
      pending = '';
      if (!label) break;
      parts.push({ label, delta, word: ctx.word(s.block, wordAt, wordAt + v[1].length) });
      if (REMAINDER.test(label)) remainder = true;
      continue;
    }
    // 公务接待费5.20万元，与上年相比，减少1.20万元: the comparison between a part's level and its change.
    if (!figs.length && COMPARED_ALONE.test(raw.replace(/[\s\u3000]/g, ''))) continue;
    const flat = FLAT.exec(raw);
    if (flat && !figs.length) {
      const at = p.start + flat.index;
      // 与上年相同: the comparison before the word is no part of the label.
      const label = labelOf(text.slice(p.start, at).replace(WITH_LAST_YEAR_AT_END, '')) || pending;
      pending = '';
      if (!label) break;
      parts.push({ label, flat: ctx.word(s.block, at, at + flat[1].length) });
      continue;
    }
    // 增长8.2%: the rate of the part just read; 一般公共预算收入1,386万元: the level, its change follows.
    if (figs.length && figs.every((f) => f.dimension === 'percent' && f.role !== 'share') && parts.length) continue;
    if (figs.length === 1 && isLevel(figs[0]) && !parts.some((x) => x.label === '')) {
      pending = labelOf(text.slice(p.start, figs[0].start));
      aside = false;
      if (pending) continue;
    }
    // 公务用车购置及运行维护费31.20万元，全部为运行维护费，比上年减少3.06万元: one clause of no figure between a
    // part's level and its change says what the level is; the change after it is still the part's.
    if (!figs.length && pending && !aside) {
      aside = true;
      continue;
    }
    break;
  }
  return { parts, remainder };
}

// What opens a sentence before the part it states: a number (（二）, 2.) and a short lead-in (具体情况。, 具体来看：).
const PART_LEAD = /^[\s\u3000]*(?:[（(][一二三四五六七八九十]{1,3}[）)]|[0-9０-９]{1,2}[.．、])?[\s\u3000]*(?:[^，,。；;：:0-9０-９]{0,8}(?:情况|来看|看)[。：:，,])?[\s\u3000]*/;

// A comparison with a budget (比年初预算, 较预算数, 与调整预算相比) rather than with last year.
const BUDGET_BASE = /(?:比|较|与)[^，,。；;]{0,6}预算/;

/**
 * One part with its change from each sentence of a paragraph, from its first, until a sentence states no one part;
 * and whether any of those sentences compares with a budget.
 */
function partsBySentence(ctx: ExtractContext, sentences: readonly Sentence[]): { parts: ChangePart[]; levels: DocFigure[]; budgetBase: boolean } {
  const parts: ChangePart[] = [];
  const levels: DocFigure[] = [];
  let budgetBase = false;
  for (const s of sentences) {
    const lead = PART_LEAD.exec(s.text)?.[0].length ?? 0;
    // （二）具体情况。 standing as a sentence of its own.
    if (!parts.length && !s.figures.length && !s.text.slice(lead).replace(/[\s\u3000。：:]/g, '')) continue;
    const read = readParts(ctx, s, s.start + lead);
    if (read.parts.length !== 1 || read.remainder) break;
    parts.push(read.parts[0]);
    // The part's level: the first one its sentence states (因公出国（境）费决算为0万元).
    const level = s.figures.find((f) => f.start >= s.start + lead && isLevel(f) && f.role !== 'prior' && !f.approximate);
    if (level) levels.push(level);
    if (BUDGET_BASE.test(s.text)) budgetBase = true;
  }
  return { parts, levels, budgetBase };
}

/** How many paragraphs after a total's change may each state one of its parts. */
const PART_PARAGRAPHS = 8;
// 按经费类别分： / 分项目看： / 具体情况如下：: a paragraph that only announces the breakdown after it.
const CLASSIFIER_ONLY = new RegExp(`^[\\s\\u3000]*(?:${CLASSIFIED}|具体(?:情况)?如下|分项(?:情况)?如下)[：:][\\s\\u3000]*$`);
function classifierOnly(ctx: ExtractContext, block: Block | undefined): boolean {
  return !!block && block.kind === 'paragraph' && ctx.figuresByBlock[block.index].length === 0 && CLASSIFIER_ONLY.test(block.text);
}

/** The level a change is of: the nearest level before its word in its sentence (not a base it is compared with). */
function levelBefore(ctx: ExtractContext, anchor: Anchor): DocFigure | undefined {
  const figs = ctx.figuresByBlock[anchor.block.index];
  for (let k = firstFrom(figs, anchor.wordAt) - 1; k >= 0 && figs[k].start >= anchor.sentenceStart; k--) {
    const f = figs[k];
    if (f.end <= anchor.wordAt && isLevel(f) && f.role !== 'prior' && !f.approximate) return f;
  }
  return undefined;
}

// How many sentences before a change's own its level may be stated (收支总预算2,356.80万元，其中…。收支总预算比上年增加…).
const LEVEL_SENTENCES = 4;

/**
 * The level a change is of: the nearest before its word in its sentence, else, in the few sentences of its paragraph
 * before it, the first level whose subject is the change's own.
 */
function levelOf(ctx: ExtractContext, anchor: Anchor, subject: string): DocFigure | undefined {
  const own = levelBefore(ctx, anchor);
  if (own || !subject) return own;
  const sentences = ctx.sentences(anchor.block);
  const k = sentences.findIndex((s) => s.start === anchor.sentenceStart);
  for (let i = k - 1; i >= 0 && i >= k - LEVEL_SENTENCES; i--) {
    const s = sentences[i];
    const level = s.figures.find((f) => isLevel(f) && f.role !== 'prior' && !f.approximate && sameSubject(subjectBefore(anchor.block.text, f.start, s.start), subject));
    if (level) return level;
  }
  return undefined;
}

/** "1. 因公出国（境）费7.30万元，较上年减少2.10万元；" on numbered lines after a block: one part from each, numbered from 1. */
function numberedParts(ctx: ExtractContext, block: Block): { parts: ChangePart[]; remainder: boolean } {
  const parts: ChangePart[] = [];
  let remainder = false;
  let level: string | undefined;
  for (let b = block.index + 1, n = 1; b < ctx.doc.blocks.length && n <= 30; b++, n++) {
    const blk = ctx.doc.blocks[b];
    const m = blk.kind === 'paragraph' ? readMarker(blk.text) : null;
    // （一）（二）（四）: a number skipped is a slip of the numbering (heading-sequence tells it), not the list's end.
    if (!m || (n === 1 ? m.ordinal !== 1 : m.ordinal < n || m.ordinal > n + 1) || (level && m.level !== level)) break;
    n = m.ordinal;
    level = m.level;
    const [first] = ctx.sentences(blk);
    const read = first ? readParts(ctx, first, first.start + m.length) : { parts: [], remainder: false };
    if (read.parts.length !== 1) return { parts: [], remainder: false };
    parts.push(read.parts[0]);
    remainder ||= read.remainder;
  }
  return { parts, remainder };
}

interface Composition {
  subject: string;
  members: string[];
}

/**
 * Each 由…构成 in `text`, left to right, none overlapping: `parts` is the shortest run (2 to 80
 * characters, no 。；) after 由 that an optional count (三部分, 两个部分, 等5项) and 构成/组成 follow.
 */
function compositionsIn(text: string): { index: number; parts: string }[] {
  const out: { index: number; parts: string }[] = [];
  const isNumeral = (c: string | undefined) => c !== undefined && COUNT_NUMERAL.includes(c);
  // The end of the numeral run at p, remembered: windows of neighbouring 由 share a run.
  let runFrom = -1;
  let runTo = -1;
  const runEnd = (p: number) => {
    if (p < runFrom || p >= runTo) {
      runFrom = p;
      runTo = p;
      while (isNumeral(text[runTo])) runTo++;
    }
    return runTo;
  };
  const made = (q: number) => (text.startsWith('构成', q) || text.startsWith('组成', q) ? q + 2 : -1);
  /** Where `(?:N+(?:个)?部分|等?N+项)?(?:构成|组成)` read from p ends; -1 when it does not match there. */
  const countThenMade = (p: number) => {
    if (isNumeral(text[p])) {
      const e = runEnd(p);
      const q = e + (text[e] === '个' ? 1 : 0);
      if (text.startsWith('部分', q) && made(q + 2) >= 0) return made(q + 2);
    }
    const n = p + (text[p] === '等' ? 1 : 0);
    if (isNumeral(text[n])) {
      const e = runEnd(n);
      if (text[e] === '项' && made(e + 1) >= 0) return made(e + 1);
    }
    return made(p);
  };
  for (let i = text.indexOf('由'); i >= 0; i = text.indexOf('由', i + 1)) {
    for (let len = 1; len <= 80; len++) {
      const c = text[i + len];
      if (c === undefined || c === '。' || c === '；') break;
      const end = len >= 2 ? countThenMade(i + 1 + len) : -1;
      if (end >= 0) {
        out.push({ index: i, parts: text.slice(i + 1, i + 1 + len) });
        i = end - 1;
        break;
      }
    }
  }
  return out;
}

/** "X由A、B和C三部分构成": what the document itself says a total is made of. */
function compositions(ctx: ExtractContext): Composition[] {
  const out: Composition[] = [];
  for (const block of ctx.doc.blocks) {
    if (block.kind !== 'paragraph' || !/构成|组成/.test(block.text)) continue;
    for (const s of ctx.sentences(block)) {
      for (const m of compositionsIn(s.text)) {
        const at = s.start + m.index;
        const members = m.parts.split(/[、，,和及与]/).map((x) => cleanLabel(x)).filter(Boolean);
        // "X由…构成", or "X总计5,721万元，…，由…构成": the sentence's first figure names X.
        let subject = subjectBefore(block.text, at, s.start);
        const first = s.figures.find((f) => f.end <= at && isLevel(f));
        if (!subject && first) subject = subjectBefore(block.text, first.start, s.start);
        if (members.length >= 2 && subject) out.push({ subject, members });
      }
    }
  }
  return out;
}

/** Each label names a different one of `names`, and every name is named. */
function coversAll(labels: string[], names: string[]): boolean {
  if (labels.length !== names.length) return false;
  const used = new Set<number>();
  for (const l of labels) {
    const k = names.findIndex((n, i) => !used.has(i) && sameSubject(l, n));
    if (k < 0) return false;
    used.add(k);
  }
  return true;
}

/**
 * Lists by the cores of their labels (sorted): a list can only be covered by one whose labels
 * have the same cores, one for one, since sameSubject implies equal cores.
 */
const labelsKey = (labels: string[]) => labels.map(subjectCore).sort().join('\u0001');
function byLabels<T>(list: T[], labelsOf: (x: T) => string[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const x of list) {
    const key = labelsKey(labelsOf(x));
    const at = out.get(key);
    if (at) at.push(x);
    else out.set(key, [x]);
  }
  return out;
}

function completeness(
  subject: string,
  parts: ChangePart[],
  remainder: boolean,
  compsByLabels: Map<string, Composition[]>,
  sumsByLabels: Map<string, SumClaim[]>,
  level: DocFigure | undefined,
  delta: DocFigure,
  changesByCurrent: ReadonlyMap<number, DocFigure[]>,
): ChangeSumClaim['complete'] {
  const labels = parts.map((p) => p.label);
  const run = partitionRun(subject, labels, 'money');
  if (run && run.start === 0 && run.end === labels.length) return 'partition';
  if (remainder) return 'remainder';
  if ((compsByLabels.get(labelsKey(labels)) ?? []).some((c) => sameSubject(c.subject, subject) && coversAll(labels, c.members))) return 'composition';
  // The same components make up a total elsewhere (a table's 合计 row, a sentence), and add up to it there.
  // Only sums whose labels could match these are tried (trying every sum of the document for
  // every change-sum was most of this extractor's time on a long draft).
  // That total must be this one: 一般公共预算拨款 and 政府性基金预算拨款 make up 财政拨款 in full, and only part of a
  // 部门收入 that has 其他收入 besides — a text naming two of its three parts' changes is a partial list. The sum's
  // total is this total when it is the level this change is of, when a change stated of it is this change (a table's
  // 合计 row with its 增减额), or, the text stating no level, when it is named alike.
  const isThisTotal = (s: SumClaim) => {
    if (level) return meets(intervalOf(level), intervalOf(s.total));
    if ((changesByCurrent.get(s.total.id) ?? []).some((d) => meets(abs(intervalOf(d)), abs(intervalOf(delta))))) return true;
    return sameSubject(s.subject, subject);
  };
  const whole = (sumsByLabels.get(labelsKey(labels)) ?? []).some((s) => {
    if (s.named || !coversAll(labels, s.components.map((c) => c.label)) || !isThisTotal(s)) return false;
    return s.complete || meets(sum(s.components.map((c) => intervalOf(c.figure))), intervalOf(s.total));
  });
  return whole ? 'sum' : false;
}

/** Where the clause ending at `to` starts, no further back than `from`: after its last ，；： mark. */
function clauseFrom(text: string, from: number, to: number): number {
  // A comma grouping a figure's thousands (2,780) or a colon inside a time ends no clause.
  for (let i = to - 1; i >= from; i--) if ('，,；;：:'.includes(text[i]) && !(',:'.includes(text[i]) && /[0-9]/.test(text[i - 1] ?? '') && /[0-9]/.test(text[i + 1] ?? ''))) return i + 1;
  return from;
}

/** The clause that says what the change at `to` is against: the change's own, or a 与…相比 right before it. */
function comparisonClause(text: string, from: number, to: number): string {
  // Only the last two clauses are read: splitting all the sentence before every change was quadratic.
  const ownStart = clauseFrom(text, from, to);
  const own = text.slice(ownStart, to);
  if (/比|较/.test(own) || ownStart === from) return own;
  const prev = text.slice(clauseFrom(text, from, ownStart - 1), ownStart - 1);
  // 与2023年相比， opening the sentence, or after the subject (本年支出合计和2023年相比，).
  return /(?:与|和|同)[^，]{1,12}相比[\s\u3000]*$/.exec(prev)?.[0] ?? own;
}

interface Anchor {
  delta: DocFigure;
  wordAt: number;
  wordLen: number;
  block: Block;
  sentenceStart: number;
}

/** The total's change right before a list: the last figure before `at` (rates skipped) must be a delta with its verb. */
function anchorBefore(ctx: ExtractContext, s: Sentence, at: number): Anchor | undefined {
  const text = s.block.text;
  // From the last figure starting before `at` back (binary search: the figures are in text order;
  // filtering them all for every 其中 of a long sentence was quadratic).
  for (let i = firstFrom(s.figures, at) - 1; i >= 0; i--) {
    const f = s.figures[i];
    if (f.end > at) continue;
    if (f.dimension === 'percent' && (f.role === 'rate' || f.role === 'ratio')) continue;
    if (!isDelta(f)) return undefined;
    const v = VERB_BEFORE.exec(text.slice(Math.max(s.start, f.start - 8), f.start));
    if (!v) return undefined;
    const wordAt = f.start - (text.slice(Math.max(s.start, f.start - 8), f.start).length - v.index);
    return { delta: f, wordAt, wordLen: v[1].length, block: s.block, sentenceStart: s.start };
  }
  return undefined;
}

/**
 * Change-sums: a total's change followed by the changes of its parts, in the
 * same sentence (其中…), after "增加的X中", in the next sentence starting
 * with 其中, or in the next paragraph that only breaks the change down
 * (按支出性质分，…). The parts must be read as the whole of the total (see
 * `completeness`) before a rule may add them up.
 */
export function extractChangeSums(ctx: ExtractContext, earlier: readonly Claim[]): ChangeSumClaim[] {
  const sums = byLabels(
    // A roll-forward (a part taken away) is no split of a total into parts whose changes add up.
    earlier.filter((c): c is SumClaim => c.kind === 'sum' && !c.components.some((x) => x.negative)),
    (s) => s.components.map((c) => c.label),
  );
  const comps = byLabels(compositions(ctx), (c) => c.members);
  // The changes stated of each figure (a table's 合计 row and its 增减额), by the figure they are of.
  const deltasByCurrent = new Map<number, DocFigure[]>();
  for (const c of earlier) {
    if (c.kind !== 'change' || !c.current || !c.delta) continue;
    const at = deltasByCurrent.get(c.current.id);
    if (at) at.push(c.delta);
    else deltasByCurrent.set(c.current.id, [c.delta]);
  }
  const claims: ChangeSumClaim[] = [];
  const seen = new Set<number>();
  // `end`: the change closes its paragraph (nothing with a figure after it there).
  // `seed`: a part the paragraph's last sentence (其中：A…，与上年相同) states before the paragraphs that state the rest.
  let last: { anchor: Anchor; block: number; end: boolean; seed?: { parts: ChangePart[]; levels: DocFigure[] } } | undefined;

  const subjectOf = (anchor: Anchor): string => {
    const text = anchor.block.text;
    // 支出预算6,846.97万元，比上年增加528.36万元: the subject is the level's when the change's own clause names none.
    let subject = subjectBefore(text, anchor.wordAt, anchor.sentenceStart).replace(/的$/, '');
    // 比2024年预算数2,780万元压减: a comparison clause names the base, not the subject.
    if (/^(?:同比|比|较|与|和)/.test(subject)) subject = '';
    if (!subject) {
      // The level, not the base it is compared with (比2024年预算数2,780万元).
      const figs = ctx.figuresByBlock[anchor.block.index];
      let level: DocFigure | undefined;
      for (let k = firstFrom(figs, anchor.wordAt) - 1; k >= 0 && figs[k].start >= anchor.sentenceStart && !level; k--) {
        const f = figs[k];
        if (f.end <= anchor.wordAt && isLevel(f) && f.role !== 'prior') level = f;
      }
      if (level) subject = subjectBefore(text, level.start, anchor.sentenceStart);
      // “三公”经费年初预算为45.00万元，支出决算为38.64万元，…比上年减少…: a level whose clause names only its measure is of
      // what the sentence opened with, named before its first level.
      if (level && MEASURE_ONLY.test(subject)) {
        const first = figs.slice(firstFrom(figs, anchor.sentenceStart), firstFrom(figs, level.start)).find((f) => isLevel(f) && f.role !== 'prior');
        const whole = first ? subjectBefore(text, first.start, anchor.sentenceStart).replace(MEASURE_TAIL, '') : '';
        if (whole.length >= 2 && !MEASURE_ONLY.test(whole)) subject = `${whole}${subject}`;
      }
    }
    return subject;
  };

  const emit = (anchor: Anchor, s: Sentence, from: number) => {
    if (seen.has(anchor.delta.id)) return;
    // The parts are read from the sentence and the numbered lines after it: while a draft is
    // edited, those of unchanged blocks are reused (engine/incremental.ts).
    let { parts, remainder } = ctx.memoBlock('change-parts', s.block, `${s.start},${s.end},${from}`, () => readParts(ctx, s, from));
    // 分项看： / 其中： ending its paragraph, the parts on numbered lines of their own.
    if (!parts.length && !s.block.text.slice(from).replace(/[\s\u3000：:]/g, '')) {
      ({ parts, remainder } = ctx.memoBlock('numbered-change-parts', s.block, '', () => numberedParts(ctx, s.block)));
    }
    emitParts(anchor, parts, remainder);
  };

  // `countedFrom`: the parts came first and the text counted them (两项相抵, ending there): they are the whole, and the
  // whole's comparison is named after the count.
  const emitParts = (anchor: Anchor, parts: ChangePart[], remainder: boolean, countedFrom?: number) => {
    if (seen.has(anchor.delta.id)) return;
    if (parts.length < 2 || parts.every((p) => !p.delta)) return;
    const text = anchor.block.text;
    const subject = subjectOf(anchor);
    if (!subject) return;
    seen.add(anchor.delta.id);
    claims.push({
      kind: 'change-sum',
      subject,
      base: baseOf(comparisonClause(text, countedFrom ?? anchor.sentenceStart, anchor.wordAt)),
      total: { label: subject, delta: anchor.delta, word: ctx.word(anchor.block, anchor.wordAt, anchor.wordAt + anchor.wordLen) },
      parts,
      complete: countedFrom !== undefined ? 'counted' : completeness(subject, parts, remainder, comps, sums, levelOf(ctx, anchor, subject), anchor.delta, deltasByCurrent),
    });
  };

  // …比上年减少540.26万元。其中：基本支出A，占…；项目支出B，占…。基本支出比上年减少…，项目支出比上年减少…: a 其中 list of
  // levels with no changes, right after the total's change; the sentence after it may give each part's change.
  let listed: { anchor: Anchor; list: Sentence } | undefined;

  for (const block of ctx.doc.blocks) {
    if (block.kind === 'heading') last = undefined;
    listed = undefined;
    if (block.kind !== 'paragraph') continue;
    const sentences = ctx.sentences(block);
    // （一）总体情况。…比上年决算减少6.82万元。⏎（二）具体情况。因公出国（境）费…与上年持平。公务用车…减少4.12万元。…: the
    // paragraph right after the one a total's change ends, each sentence stating one part of a known partition of
    // that total with its change, breaks the change down.
    // …下降9.4%。⏎按经费类别分：⏎（一）因公出国（境）费…减少6.40万元…⏎（二）…⏎（三）…: the same with a classifier
    // between, and the parts in paragraphs of their own, one after another.
    const afterClassifier = !!last && last.block === block.index - 2 && classifierOnly(ctx, ctx.doc.blocks[block.index - 1]);
    if (last && last.end && (last.block === block.index - 1 || afterClassifier)) {
      const byParagraph: Array<ReturnType<typeof partsBySentence>> = [];
      for (let b = block.index; b < ctx.doc.blocks.length && b - block.index < PART_PARAGRAPHS; b++) {
        const blk = ctx.doc.blocks[b];
        if (blk.kind !== 'paragraph') break;
        const read = ctx.memoBlock('change-parts-by-sentence', blk, '', () => partsBySentence(ctx, ctx.sentences(blk)));
        if (!read.parts.length) break;
        byParagraph.push(read);
        // Paragraphs after the first only when each states one part, as a list set a part to a paragraph does.
        if (read.parts.length > 1 && b > block.index) break;
      }
      // …比上年决算减少… then parts 比年初预算减少…: another comparison, not the total's broken down.
      const budgetBase = BUDGET_BASE.test(comparisonClause(last.anchor.block.text, last.anchor.sentenceStart, last.anchor.wordAt));
      // The parts' levels must make the total's level: that they are its parts is then proved, not guessed from names
      // (the department's parts under the county's total, next year's budget under this year's outturn).
      const whole = levelBefore(ctx, last.anchor);
      // The longest run of paragraphs that makes the whole (a paragraph after the list may state a change of its own).
      for (let n = byParagraph.length; n >= 1; n--) {
        const taken = byParagraph.slice(0, n);
        const parts = [...(last.seed?.parts ?? []), ...taken.flatMap((r) => r.parts)];
        const levels = [...(last.seed?.levels ?? []), ...taken.flatMap((r) => r.levels)];
        const labels = parts.map((p) => p.label);
        const run = labels.length >= 2 ? partitionRun(subjectOf(last.anchor), labels, 'money') : undefined;
        const adds = !!whole && levels.length === labels.length && meets(sum(levels.map((f) => intervalOf(f))), intervalOf(whole));
        if (run && run.start === 0 && run.end === labels.length && adds && taken.every((r) => r.budgetBase === budgetBase)) {
          emitParts(last.anchor, parts, false);
          break;
        }
      }
    }
    sentences.forEach((s, si) => {
      const text = block.text;
      // The sentence right after such a list, stating changes only, each of a part the list names.
      if (listed && listed.list === sentences[si - 1] && !seen.has(listed.anchor.delta.id) && !s.figures.some((f) => f.role === 'amount' && f.dimension === 'money')) {
        const { parts, remainder } = readParts(ctx, s, s.start);
        const list = listed.list.block.text.slice(listed.list.start, listed.list.end);
        if (parts.length >= 2 && parts.every((p) => p.delta && list.includes(p.label))) emitParts(listed.anchor, parts, remainder);
      }
      listed = undefined;
      // 其中 after the total's change, in this sentence or opening the next one.
      OF_WHICH.lastIndex = 0;
      for (let m = OF_WHICH.exec(s.text); m; m = OF_WHICH.exec(s.text)) {
        const at = s.start + m.index;
        let anchor = anchorBefore(ctx, s, at);
        const opens = !anchor && si > 0 && blank(text, s.start, at);
        if (opens) anchor = anchorBefore(ctx, sentences[si - 1], sentences[si - 1].end);
        // 其中 opening its own paragraph: the change the paragraph before ended with.
        if (!anchor && last && blank(text, 0, at) && last.block === block.index - 1 && last.end) anchor = last.anchor;
        if (anchor) emit(anchor, s, at + m[0].length);
        if (anchor && opens && !seen.has(anchor.delta.id) && !s.figures.some((f) => f.role === 'delta')) listed = { anchor, list: s };
      }
      // 增加的315万元中，…
      for (const f of s.figures) {
        if (f.dimension !== 'money' || f.approximate || !IN_IT.test(text.slice(f.end, f.end + 3))) continue;
        const before = text.slice(Math.max(s.start, f.start - 8), f.start);
        const v = VERB_OF.exec(before);
        if (!v) continue;
        const wordAt = f.start - before.length + v.index;
        const after = f.end + IN_IT.exec(text.slice(f.end))![0].length;
        emit({ delta: f, wordAt, wordLen: v[1].length, block, sentenceStart: s.start }, s, after);
      }
      // "…比上年增加2.0万元，按项目分：" ending the paragraph: the parts follow on numbered lines.
      const tail = si === sentences.length - 1 ? CLASSIFIER_TAIL.exec(s.text) : null;
      if (tail) {
        const anchor = anchorBefore(ctx, s, s.start + tail.index);
        if (anchor) emit(anchor, s, s.end);
      }
      // 财政拨款支出预算中，一般公共预算拨款支出预算…减少…；…: the parts of the total whose change the sentence before
      // stated, named again with 中.
      const named = TOTAL_IN_IT.exec(s.text);
      if (named && last && block.index - last.block <= 1 && !s.figures.some((f) => f.start < s.start + named[0].length) && sameSubject(named[1].replace(MEASURE_TAIL, ''), subjectOf(last.anchor).replace(MEASURE_TAIL, ''))) {
        emit(last.anchor, s, s.start + named[0].length);
      }
      // 税收收入比上年增加1,629万元，非税收入比上年增加2,042万元，两项相抵，一般公共预算收入比上年增加3,761万元: the parts
      // first, counted and netted, then the whole's change.
      const counted = PARTS_COUNTED.exec(s.text);
      if (counted) {
        const n = parseChineseNumeral(counted[1]);
        const anchor = anchorBefore(ctx, s, s.end);
        const lead = PARTS_LEAD.exec(s.text)?.[0].length ?? 0;
        const after = s.start + counted.index + counted[0].length;
        if (n && anchor && anchor.wordAt > after && !seen.has(anchor.delta.id)) {
          const { parts } = readParts(ctx, s, s.start + lead);
          if (parts.length === n && parts.every((p) => p.delta)) emitParts(anchor, parts, false, after);
        }
      }
      // 按支出性质分，基本支出增加…，项目支出增加…: parts of the change stated just before.
      const cls = CLASSIFIER.exec(s.text);
      if (cls && last && block.index - last.block <= 2 && !s.figures.some((f) => f.role === 'amount' && f.dimension === 'money')) {
        emit(last.anchor, s, s.start + cls[0].length);
      }
      // The last change stated, for a breakdown that follows it; any other money figure breaks the thread.
      if (s.figures.some((f) => f.dimension === 'money')) {
        const a = anchorBefore(ctx, s, s.end);
        // …比上年减少5.18万元。其中：因公出国（境）费0万元，与上年相同。⏎公务用车…⏎公务接待费…: a 其中 sentence that states
        // one part and no change of the whole keeps the thread, that part first among those to come.
        const lead = /^[\s\u3000]*其中[：:，,]?/.exec(s.text);
        if (!a && lead && last && last.block === block.index && !last.seed) {
          const read = readParts(ctx, s, s.start + lead[0].length);
          const level = s.figures.find((f) => isLevel(f) && f.role !== 'prior' && !f.approximate);
          if (read.parts.length === 1 && !read.remainder && level) {
            last = { ...last, end: si === sentences.length - 1, seed: { parts: read.parts, levels: [level] } };
            return;
          }
        }
        last = a ? { anchor: a, block: block.index, end: si === sentences.length - 1 } : undefined;
      }
    });
  }
  return claims;
}
