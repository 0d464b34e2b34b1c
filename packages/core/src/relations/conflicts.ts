import type { ExtractContext, Sentence } from '../reading/context.ts';
import type { ChangeClaim, Claim, ConflictClaim, DebtClaim, DocFigure, SumClaim } from './types.ts';
import { DEBT_VOCABULARY } from '../domain/tables.ts';
import { FUND_NAMES } from '../domain/lexicon.ts';
import { factKey, measuresOf, periodKey, readFacts, readGrantSpendingParts, readPartFacts, readScopedClassParts, readStatedLevels, rowItem, type Fact } from '../facts/facts.ts';
import { normalSubject } from '../reading/names.ts';
import { clauseStartBefore, clauseWithin } from '../reading/labels.ts';
import type { Block } from '../document/types.ts';
import { intervalOf } from '../reading/figures/interval-of.ts';
import { meets, neg, sum, type Interval } from '../interval.ts';
import { asciiDigits } from '../document/digits.ts';
import { itemOf, yearOf } from './earlier-base.ts';
import { ownYearAt } from '../reading/dates.ts';
import { isNumberedTitleBlock, readMarker } from '../document/markers.ts';
import { lastStartingBy } from './first-from.ts';
import { indicatorTellings } from '../facts/indicator-tables.ts';

/** Every statement of a level by its figure, and (built when first asked) by item and year. */
interface LevelIndex {
  byFigure: Map<number, Fact>;
  byItemYear: () => Map<string, Fact[]>;
}

/** One reading of the stated levels for both readings of a change's stated prior below. */
function levelIndex(ctx: ExtractContext): LevelIndex {
  const levels = readStatedLevels(ctx);
  let byItemYear: Map<string, Fact[]> | undefined;
  return {
    byFigure: new Map(levels.map((f) => [f.figure.id, f])),
    // The statements by item and year, built once: a draft of many changes against 上年 looks each up, not through all.
    byItemYear: () => {
      if (byItemYear) return byItemYear;
      byItemYear = new Map();
      for (const f of levels) {
        const item = itemOf(f.subject);
        const y = yearOf(f.period);
        if (!item || !y || f.figure.approximate) continue;
        const key = `${item}|${y.year}`;
        const list = byItemYear.get(key);
        if (list) list.push(f);
        else byItemYear.set(key, [f]);
      }
      return byItemYear;
    },
  };
}

// 比上年执行数14.26亿元, 较2025年决算数…: a base that names last year's outturn; 比上年的8,166万元: last year's, no measure.
const OUTTURN_BASE = /^(?:上年|去年|([0-9０-９]{4})年度?)(完成|执行|决算|实际)数?$/;
const BARE_LAST_YEAR = /^(?:上年|去年)$/;

/**
 * 2026年全区社会保险基金收入预算15.28亿元，比上年执行数14.26亿元增长4.5%, where the 2025 section stated the year's
 * income as 14.62亿元: the figure a change names as last year's outturn restates that level, a statement of the item
 * for the year before with the measure the base names (执行, 决算). The change's current figure names the item and
 * its year and scope.
 */
function statedPriors(ctx: ExtractContext, withPriors: readonly ChangeClaim[], index: LevelIndex): Fact[] {
  const { byFigure } = index;
  const out: Fact[] = [];
  for (const c of withPriors) {
    if (!OUTTURN_BASE.test(c.base.replace(/[\s\u3000]/g, ''))) continue;
    const own = byFigure.get(c.current!.id);
    const prior = c.prior!;
    if (!own || prior.approximate || prior.dimension !== 'money' || ctx.doc.blocks[own.figure.block].kind === 'table-row' || byFigure.has(prior.id)) continue;
    const item = itemOf(own.subject);
    const year = yearOf(own.period);
    if (!item || !year?.plain) continue;
    const m = OUTTURN_BASE.exec(c.base.replace(/[\s\u3000]/g, ''))!;
    if (m[1] && Number(asciiDigits(m[1])) !== year.year - 1) continue;
    const measure = m[2] === '决算' ? '决算' : '执行';
    out.push({ subject: `${item}${measure}`, written: item, period: String(year.year - 1), scope: own.scope, figure: prior });
  }
  return out;
}

/**
 * 2026年产权转让收入预计3,200万元，比上年的8,166万元大幅减少, where every statement of 2025's 产权转让收入 (the execution part,
 * the table's 2025 column) says 8,616: a bare 上年 names no measure, but when last year's statements of the item all agree,
 * the figure named as last year's restates them. Two measures stated with two values leave it unknown.
 */
function bareLastYear(ctx: ExtractContext, withPriors: readonly ChangeClaim[], index: LevelIndex): ConflictClaim[] {
  const changes = withPriors.filter((c) => BARE_LAST_YEAR.test(c.base.replace(/[\s\u3000]/g, '')));
  if (!changes.length) return [];
  const { byFigure } = index;
  const byItemYear = index.byItemYear();
  const out: ConflictClaim[] = [];
  const opening = new Map<Sentence, { year: number; end: number } | null>();
  for (const c of changes) {
    const current = c.current!;
    const prior = c.prior!;
    const block = ctx.doc.blocks[current.block];
    if (prior.approximate || prior.dimension !== 'money' || block.kind !== 'paragraph' || byFigure.has(prior.id)) continue;
    // The item and year of the current figure: its statement's, or (a level stated with 预计, 安排, no fact of its own)
    // the change's subject and the year its sentence opens with.
    const own = byFigure.get(current.id);
    const item = itemOf(own?.subject ?? c.subject.replace(/[\s\u3000]/g, '').replace(/^[0-9０-９]{4}年度?/, ''));
    const sentence = sentenceOf(ctx.sentences(block), current);
    const year = own ? yearOf(own.period)?.year : sentence ? yearBefore(block.text, sentence, current.start, opening) : undefined;
    if (!item || year === undefined || (own && !yearOf(own.period)?.plain)) continue;
    // A statement at the year's start or end (年初预算) is last year's too: one more value to agree.
    const stated = (byItemYear.get(`${item}|${year - 1}`) ?? []).filter((f) => f.figure.id !== prior.id && (!f.scope || !own?.scope || f.scope === own.scope));
    if (!stated.length || stated.some((f) => !meets(intervalOf(f.figure), intervalOf(stated[0].figure))) || meets(intervalOf(stated[0].figure), intervalOf(prior))) continue;
    const first = stated[0];
    out.push({ kind: 'conflict', subject: first.written, period: first.period, first: first.figure, second: prior, ...(ctx.doc.blocks[first.figure.block].kind === 'table-row' && stated.length === 1 ? { firstIn: 'table' as const } : {}) });
  }
  return out;
}

/**
 * The sentence `f` stands in, found by where it starts (sentences are in order and do not overlap: the last one starting
 * at or before it): a search through a paragraph's sentences for each change grew with their square.
 */
function sentenceOf(sentences: readonly Sentence[], f: DocFigure): Sentence | undefined {
  const s = lastStartingBy(sentences, f.start);
  return s && f.end <= s.end ? s : undefined;
}

/**
 * The year the words of a sentence before `at` are about (ownYear of them): its first own year, found once a sentence,
 * when its words end before `at`. (The first of the words before `at` is the sentence's first when it ends there, and
 * no later one ends before the first does.) Reading the sentence up to each change grew with its square.
 */
function yearBefore(text: string, s: Sentence, at: number, memo: Map<Sentence, { year: number; end: number } | null>): number | undefined {
  let first = memo.get(s);
  if (first === undefined) memo.set(s, (first = ownYearAt(text.slice(s.start, s.end)) ?? null));
  return first && s.start + first.end <= at ? first.year : undefined;
}

/**
 * Statements of one thing split by value (values that agree within rounding are one), when there are exactly two
 * values and one of them is stated once: the odd one out, which is the conflict (with one statement each, the later
 * one). Only two values make a conflict: a third one settles it, and stops a long run of distinct values (one subject
 * restated year after year) from being compared pairwise.
 */
function oddOneOut<T extends { figure: DocFigure }>(items: readonly T[]): { a: T[]; b: T[]; odd: T } | undefined {
  if (items.length < 2) return undefined;
  const values: T[][] = [];
  for (const x of items) {
    if (values.length > 2) break;
    const same = values.find((v) => meets(intervalOf(v[0].figure), intervalOf(x.figure)));
    if (same) same.push(x);
    else values.push([x]);
  }
  if (values.length !== 2) return undefined;
  const [a, b] = values;
  const odd = a.length === 1 && b.length > 1 ? a[0] : b.length === 1 ? b[0] : undefined;
  return odd ? { a, b, odd } : undefined;
}

/**
 * The same fact stated twice with different values. Facts are grouped by
 * scope, subject (with its measure) and period; a group whose statements all
 * agree within rounding but one is a conflict, reported at that one. A group
 * with more than two different values says the key is not one fact (the
 * subject is too general, or the text speaks of several things by one name):
 * nothing is claimed.
 */
export function extractConflicts(ctx: ExtractContext, earlier: readonly Claim[] = []): ConflictClaim[] {
  const groups = new Map<string, Fact[]>();
  const measureAt = measuresOf(ctx);
  // The parts of 其中 lists in prose, each dated and measured by its total's statement.
  const lists = earlier.filter((c): c is SumClaim => c.kind === 'sum' && c.shape === 'of-which' && !c.components.some((x) => x.negative));
  // The changes that state their prior as last year's (比上年执行数14.26亿元, 比上年的…), read against the levels stated
  // for that year: the levels are indexed only when there is one.
  const withPriors = earlier.filter(
    (c): c is ChangeClaim => c.kind === 'change' && !!c.current && !!c.prior && (OUTTURN_BASE.test(c.base.replace(/[\s\u3000]/g, '')) || BARE_LAST_YEAR.test(c.base.replace(/[\s\u3000]/g, ''))),
  );
  const index = withPriors.length ? levelIndex(ctx) : undefined;
  const parts = [...readPartFacts(ctx, lists.map((s) => ({ total: s.total, parts: s.components }))), ...readGrantSpendingParts(ctx, lists.map((s) => ({ subject: s.subject, total: s.total, parts: s.components }))), ...readScopedClassParts(ctx, lists.map((s) => ({ total: s.total, parts: s.components }))), ...(index ? statedPriors(ctx, withPriors, index) : [])];
  const facts = parts.length ? [...readFacts(ctx), ...parts].sort((a, b) => a.figure.id - b.figure.id) : readFacts(ctx);
  for (const f of facts) {
    // 上半年 and 1-6月 are one stretch of the year; 本部门 is the document's own scope.
    const key = factKey(f, measureAt(f.figure.block));
    const g = groups.get(key);
    if (g) g.push(f);
    else groups.set(key, [f]);
  }
  const claims: ConflictClaim[] = [];
  // A figure of the prose is one slip however many readings pair it with a table's cell: told once, by the plain
  // reading of its sentence before a reading keyed to one table (a subject with @, 执法办案（项）@功能分类表…).
  const told = new Set<number>();
  const plainFirst = [...groups.entries()].sort(([a], [b]) => Number(a.includes('@')) - Number(b.includes('@')));
  for (const [, facts] of plainFirst) {
    const split = oddOneOut(facts);
    if (!split) continue;
    const { a, b, odd } = split;
    const other = (odd === a[0] ? b : a).find((x) => x.figure.id < odd.figure.id) ?? (odd === a[0] ? b : a)[0];
    if (other.figure.block === odd.figure.block && Math.abs(other.figure.start - odd.figure.start) < 40) continue;
    // One statement in the prose, one in a table (two values, one each): the prose is where a slip is made and
    // mended, the table is what it restates. Reported at the prose, before or after the table.
    const inTable = (f: Fact) => ctx.doc.blocks[f.figure.block].kind === 'table-row';
    // (A 款 and its one 项 of the same name print one value twice: the prose is still the one against the table.)
    const rest = odd === a[0] ? b : a;
    if ((a.length === 1 && b.length === 1 && inTable(a[0]) !== inTable(b[0])) || (!inTable(odd) && rest.every(inTable))) {
      const [row, prose] = a.length === 1 && b.length === 1 && inTable(a[0]) ? [a[0], b[0]] : a.length === 1 && b.length === 1 ? [b[0], a[0]] : [rest[0], odd];
      if (told.has(prose.figure.id)) continue;
      told.add(prose.figure.id);
      claims.push({ kind: 'conflict', subject: row.written, period: row.period, first: row.figure, second: prose.figure, firstIn: 'table' });
      continue;
    }
    const [first, second] = other.figure.id < odd.figure.id ? [other, odd] : [odd, other];
    if (told.has(second.figure.id)) continue;
    told.add(second.figure.id);
    claims.push({ kind: 'conflict', subject: first.written, period: first.period, first: first.figure, second: second.figure });
  }
  if (index) for (const c of bareLastYear(ctx, withPriors, index)) claims.push(c);
  // A performance table's completed value told again in the notes: its row may be a plain-text line read as a paragraph,
  // so it is named as the table's here. Two tellings that disagree with each other settle nothing (oddOneOut).
  for (const { row, told } of indicatorTellings(ctx)) {
    const split = oddOneOut([row, ...told]);
    if (!split || split.odd === row || claims.some((c) => c.second.id === split.odd.figure.id)) continue;
    claims.push({ kind: 'conflict', subject: row.written, period: row.period, first: row.figure, second: split.odd.figure, firstIn: 'table' });
  }
  const said = new Set(claims.map((c) => c.second.id));
  for (const c of listTableConflicts(ctx, lists, facts)) if (!said.has(c.second.id)) claims.push(c);
  for (const c of framedClassConflicts(ctx, facts)) if (!said.has(c.second.id)) claims.push(c);
  for (const c of procurementClassRows(ctx, facts)) if (!said.has(c.second.id) && !claims.some((x) => x.second.id === c.second.id)) claims.push(c);
  for (const c of framedRestatements(ctx, facts, measureAt)) if (!said.has(c.second.id)) claims.push(c);
  for (const c of adjustmentRestatements(ctx)) if (!said.has(c.second.id)) claims.push(c);
  for (const c of listedItemRestatements(ctx, lists)) if (!said.has(c.second.id) && !claims.some((x) => x.second.id === c.second.id)) claims.push(c);
  return withoutDisprovedTotals(ctx, claims, earlier);
}

// What a drafter adds after a listed item's name when telling it again in a paragraph of its own (人民调解 → 人民调解专项经费,
// 法律援助项目, 社区矫正经费), and the verb that may stand before the figure.
const RETOLD_SUFFIX = '(?:项目|专项)?(?:经费|资金|支出)?';
const RETOLD_VERB = /(?:为|是|共计|合计)?$/;
// A list's total that names a class of spending (教育支出), not a kind of spending of every class (基本支出, 项目支出) nor a whole.
const CLASS_TOTAL = /^(?!.*(?:基本|项目|本年|年度|合计|总|财政拨款|预算|决算|部门|单位))[\u4e00-\u9fff（）()]{2,20}支出$/;
// How many blocks after its list a listed item is looked for: a chapter's few sub-sections.
const RETOLD_REACH = 30;
const NO_MONEY_NOUN = /费|支出|收入|经费|资金|余额|债|预算|决算|拨款|税/;

/**
 * A list names its parts by what they are for (项目支出459.92万元，包括法律援助126.00万元、人民调解68.40万元…), and the
 * numbered items after it tell each again in a paragraph of its own, the name with 项目, 经费 or 专项经费 after it (1.法律援助项目
 * 126.00万元…；2.人民调解专项经费64.80万元…): each is the listed part restated. Read only when at least one other part is so
 * told with its list's value and only one differs, within the list's chapter (up to the next 一、 or higher title) and
 * only in a statement opening with the name (a number before it may count the item). A part under a class of spending (教育
 * 支出…，其中高等职业教育18,624.30万元) said again by its name and 支出 alone in the paragraph right after the list's (no
 * title between, no other fund named) is that part too, told alone.
 */
function listedItemRestatements(ctx: ExtractContext, lists: readonly SumClaim[]): ConflictClaim[] {
  const blocks = ctx.doc.blocks;
  const suffixed = new RegExp(`^${RETOLD_SUFFIX}$`);
  const out: ConflictClaim[] = [];
  for (const list of lists) {
    const at = list.total.block;
    if (blocks[at]?.kind !== 'paragraph') continue;
    const names = list.components.map((c) => normalSubject(c.label.replace(/[\s\u3000]/g, '').replace(/^(?:其中|包括|含)?[：:，,]?/, '')));
    // Parts named by what they are for, each once: 公务接待费 and the like are read as facts elsewhere.
    const named = names.map((n, i) => (n.length >= 2 && !/[0-9０-９]/.test(n) && !NO_MONEY_NOUN.test(n) && names.indexOf(n) === names.lastIndexOf(n) ? i : -1)).filter((i) => i >= 0);
    if (!named.length) continue;
    const ofClass = CLASS_TOTAL.test(normalSubject(list.subject.replace(/[\s\u3000]/g, '')));
    // Each part's tellings; those told alone (name and 支出, in the paragraph right after, of a class's part) apart.
    const told = new Map<number, DocFigure[]>();
    const alone = new Map<number, DocFigure[]>();
    let near = ofClass;
    for (let bi = at + 1; bi < blocks.length && bi - at <= RETOLD_REACH; bi++) {
      const b = blocks[bi];
      if (bi - at > 1) near = false;
      if (b.kind === 'heading' || isNumberedTitleBlock(b)) {
        near = false;
        const level = readMarker(b.text.trim())?.level;
        if (!level || level === 'part' || level === 'cn') break;
        continue;
      }
      if (b.kind !== 'paragraph') {
        near = false;
        continue;
      }
      if (FUND_NAMES.some((w) => b.text.includes(w))) near = false;
      for (const s of ctx.sentences(b)) {
        // The clause each figure stands in, from the sentence's start or its last ；, kept as the figures go (a search back
        // from each figure grew with the square of a long sentence's figures).
        let from = s.start;
        let scanned = s.start;
        for (const f of s.figures) {
          for (; scanned < f.start; scanned++) if (b.text[scanned] === '；' || b.text[scanned] === ';') from = scanned + 1;
          if (f.dimension !== 'money' || f.approximate || f.role !== 'amount') continue;
          let lead = b.text.slice(from, f.start).replace(/[\s\u3000]/g, '');
          if (!b.text.slice(0, from).trim()) lead = lead.slice(readMarker(lead)?.length ?? 0);
          lead = lead.replace(RETOLD_VERB, '');
          for (const i of named) {
            if (!lead.startsWith(names[i])) continue;
            const rest = lead.slice(names[i].length);
            const into = near && rest === '支出' ? alone : list.components.length >= 2 && suffixed.test(rest) ? told : undefined;
            if (!into) continue;
            const got = into.get(i);
            if (got) got.push(f);
            else into.set(i, [f]);
          }
        }
      }
    }
    const own = (i: number) => intervalOf(list.components[i].figure);
    const report = (i: number, f: DocFigure) => out.push({ kind: 'conflict', subject: names[i], period: '', first: list.components[i].figure, second: f });
    let done = false;
    for (const [i, figs] of alone) {
      if (figs.length !== 1 || meets(intervalOf(figs[0]), own(i))) continue;
      report(i, figs[0]);
      done = true;
    }
    if (done) continue;
    const differing: number[] = [];
    let agreeing = 0;
    for (const [i, figs] of told) {
      if (figs.every((x) => meets(intervalOf(x), own(i)))) agreeing++;
      else differing.push(figs.length === 1 ? i : -1);
    }
    if (differing.length === 1 && differing[0] >= 0 && agreeing) report(differing[0], told.get(differing[0])![0]);
  }
  return out;
}

/**
 * A table's 合计 whose own rows add to another value (表4 基本支出 合计 7,162.18 over rows of 7,126.18), against a sentence
 * stating the rows' sum (一般公共预算基本支出7,126.18万元): the table itself proves the sentence right and its total
 * misprinted, which sum-mismatch reports at the total. A total its rows disprove is no witness against a statement the
 * rows agree with; against any other value, or another table's printing, it still is.
 */
function withoutDisprovedTotals(ctx: ExtractContext, claims: ConflictClaim[], earlier: readonly Claim[]): ConflictClaim[] {
  if (!claims.length) return claims;
  const rowsSum = new Map<number, Interval>();
  for (const c of earlier) {
    if (c.kind !== 'sum' || !c.complete || (c.shape !== 'table-row' && c.shape !== 'table-column')) continue;
    const s = sum(c.components.map((x) => (x.negative ? neg(intervalOf(x.figure)) : intervalOf(x.figure))));
    if (!meets(s, intervalOf(c.total))) rowsSum.set(c.total.id, s);
  }
  if (!rowsSum.size) return claims;
  // Only a sentence is backed so: two tables printing one row, one with a total its parts disprove, stay a conflict.
  const agrees = (total: DocFigure, other: DocFigure) => {
    const s = rowsSum.get(total.id);
    return !!s && ctx.doc.blocks[other.block].kind === 'paragraph' && meets(s, intervalOf(other));
  };
  return claims.filter((c) => !agrees(c.first, c.second) && !agrees(c.second, c.first));
}

// A clause of one item's adjustment: the item (a 收入 or a 支出), then 调增 or 调减, nothing else (其中 may open it).
const ADJUSTED_ITEM = /^(?:其中[：:，,]?)?([\u4e00-\u9fff（）()]{2,20}?(?:支出|收入))(调增|调减)了?$/;
const ADJUSTED_REACH = 30;
// A time other than the plan's own: an earlier adjustment is another figure.
const EARLIER_TIME = /上年|去年|同期|以前|历年|此前|上次|前次|第一次|首次/;
// What a sentence may name before the item that says whose money it is (新增债券安排：, 上级补助资金用于): the item's adjustment
// from that source alone, a part of the item's.
const SOURCE_LEAD = /债券|转移支付|补助|资金|统筹|调入|基金|安排|对下|下级|本级/;

/**
 * A 预算调整方案 lists where the added spending goes (调增支出主要投向：农林水支出调增14,600万元；…) and states an item's adjustment
 * again in a paragraph of its own (农林水支出调增16,400万元，主要用于…): under one heading (a book's, its 支出调整), an item's 调增
 * (or 调减) is one figure. Only a clause of the item and the verb alone, in a sentence naming no other time (上年, 前次) and no
 * source before it (新增债券安排：, 上级补助资金用于: that source's part), and only an item stated with two values, one of them
 * once.
 */
function adjustmentRestatements(ctx: ExtractContext): ConflictClaim[] {
  const groups = new Map<string, DocFigure[]>();
  let part = 0;
  for (const b of ctx.doc.blocks) {
    if (isNumberedTitleBlock(b)) {
      part++;
      continue;
    }
    if (b.kind !== 'paragraph' || !/调[增减]/.test(b.text)) continue;
    for (const s of ctx.sentences(b)) {
      for (const f of s.figures) {
        if ((f.role !== 'amount' && f.role !== 'delta') || f.dimension !== 'money' || f.approximate) continue;
        const clause = clauseWithin(b.text, s.start, f.start, ADJUSTED_REACH);
        if (clause === undefined) continue;
        const m = ADJUSTED_ITEM.exec(clause.replace(/[\s\u3000]/g, '').replace(/^[：:，,；;]/, ''));
        if (!m || EARLIER_TIME.test(b.text.slice(s.start, f.start)) || SOURCE_LEAD.test(b.text.slice(s.start, f.start - clause.length))) continue;
        const key = `${part}|${normalSubject(m[1])}|${m[2]}`;
        const g = groups.get(key);
        if (g) g.push(f);
        else groups.set(key, [f]);
      }
    }
  }
  const out: ConflictClaim[] = [];
  for (const [key, figs] of groups) {
    if (figs.length < 2) continue;
    const split = oddOneOut(figs.map((figure) => ({ figure })));
    if (!split) continue;
    const { a, b, odd } = split;
    const other = (odd === a[0] ? b : a).find((x) => x.figure.id < odd.figure.id) ?? (odd === a[0] ? b : a)[0];
    const [first, second] = other.figure.id < odd.figure.id ? [other, odd] : [odd, other];
    const [, item, verb] = key.split('|');
    out.push({ kind: 'conflict', subject: `${item}${verb}`, period: '', first: first.figure, second: second.figure });
  }
  return out;
}

/**
 * "按功能分类：一般公共服务支出986.40万元…；农林水支出1,428.60万元…" and, in the paragraph right after, "农林水支出1,482.60万元，
 * 主要用于…": an item of a list by function, said again by its name alone as a statement of its own next to the list,
 * is one fact. Only within the list's paragraph or the next one (no heading, table or other paragraph between), only a
 * plain statement of the same subject, scope, period and measure, and only when the restatement's paragraph names no
 * fund the list's does not (政府性基金预算 after a list of 一般公共预算 spending is another book).
 */
// More framed statements of one fact than this: the name is no one item's.
const MAX_FRAMED = 16;
// How many blocks after its list a framed item's restatement may stand: a section's few paragraphs.
const FRAMED_REACH = 6;

/** A fact's key, 数 after its measure taken off: 社会保障和就业支出执行数 states what an item of a list of 执行 states. */
const framedKey = (f: Fact, measure: string) => factKey({ ...f, subject: f.subject.replace(/(预算|决算|执行)数$/, '$1') }, measure);

// A subject that names its own measure (执行数, 决算数), and how many blocks back its list may then stand.
const EXPLICIT_MEASURE = /(?:预算|决算|执行)数$/;
const EXPLICIT_REACH = 40;

/** Whether no block between blocks `from` and `to` (titles too) names a fund `funds` does not, and no table stands there. */
function noOtherFundBetween(ctx: ExtractContext, from: number, to: number, funds: readonly string[]): boolean {
  for (let i = from + 1; i < to; i++) {
    const b = ctx.doc.blocks[i];
    if (b.kind === 'table-row' || FUND_NAMES.some((w) => b.text.includes(w) && !funds.includes(w))) return false;
  }
  return true;
}

/** Whether only paragraphs of prose stand between blocks `from` and `to`: no title, table or empty line, no other fund named. */
function plainProseBetween(ctx: ExtractContext, from: number, to: number, funds: readonly string[]): boolean {
  // （二）结构情况 over the list, （三）具体情况 over the restatement: a sibling title of the list's own below a chapter's (not
  // 三、 after 二、), that only details it (具体情况, 支出明细: no topic, fund or year of its own), goes on with the chapter's money (五、一般公共预算财政拨款支出决算情况说明).
  const level = sectionLevelAt(ctx, from);
  for (let i = from + 1; i < to; i++) {
    const b = ctx.doc.blocks[i];
    const sibling = level && level !== 'cn' && level !== 'part' && isNumberedTitleBlock(b) ? readMarker(b.text.trim()) : null;
    if (sibling && sibling.level === level && DETAIL_TITLE.test(b.text.trim().slice(sibling.length).replace(/[\s\u3000]/g, ''))) continue;
    if (b.kind !== 'paragraph' || !/[。；;]/.test(b.text) || readMarker(b.text.trim())) return false;
    if (FUND_NAMES.some((w) => b.text.includes(w) && !funds.includes(w))) return false;
  }
  return true;
}
// How far back the title of a list's section is looked for.
const SECTION_REACH = 8;
// A sub-section that only details the chapter's money (具体情况, 支出明细, 具体说明): not a topic of its own (重点民生项目).
const DETAIL_TITLE = /^(?:支出)?(?:具体|详细|明细|分项)?(?:支出)?(?:情况|说明|明细)(?:说明)?$/;
/** The marker level of the nearest numbered title above block `at` (a list's own section), within SECTION_REACH blocks. */
function sectionLevelAt(ctx: ExtractContext, at: number): string | undefined {
  for (let i = at - 1; i >= 0 && at - i <= SECTION_REACH; i--) {
    const b = ctx.doc.blocks[i];
    if (b.kind === 'table-row') return undefined;
    if (isNumberedTitleBlock(b)) return readMarker(b.text.trim())?.level;
  }
  return undefined;
}

function framedRestatements(ctx: ExtractContext, facts: readonly Fact[], measureAt: (block: number) => string): ConflictClaim[] {
  const framed = new Map<string, Fact[]>();
  for (const f of readStatedLevels(ctx)) {
    if (!f.framed || ctx.doc.blocks[f.figure.block].kind !== 'paragraph') continue;
    const key = framedKey(f, measureAt(f.figure.block));
    const list = framed.get(key);
    if (list) list.push(f);
    else framed.set(key, [f]);
  }
  if (!framed.size) return [];
  const out: ConflictClaim[] = [];
  for (const g of facts) {
    if (g.framed || g.weak || g.general || g.part || ctx.doc.blocks[g.figure.block].kind !== 'paragraph') continue;
    const list = framed.get(framedKey(g, measureAt(g.figure.block)));
    // A name framed in many lists is no one item's to look through.
    if (!list || list.length > MAX_FRAMED) continue;
    // 2025年社会保障和就业支出执行数为72,680万元 in the next year's section: a statement naming its own year and measure is
    // not its section's, and restates the item of a list of that year's any number of titles back.
    const explicit = EXPLICIT_MEASURE.test(g.written.replace(/[\s\u3000]/g, '')) && /[0-9０-９]{4}[\s\u3000]*年/.test(ctx.doc.blocks[g.figure.block].text.slice(clauseStartBefore(ctx.doc.blocks[g.figure.block].text, g.figure.start), g.figure.start));
    const reach = explicit ? EXPLICIT_REACH : FRAMED_REACH;
    const near = list.filter((f) => (f.figure.block === g.figure.block && f.figure.start < g.figure.start) || (f.figure.block < g.figure.block && g.figure.block - f.figure.block <= reach));
    if (!near.length || near.some((f) => !meets(intervalOf(f.figure), intervalOf(near[0].figure))) || meets(intervalOf(near[0].figure), intervalOf(g.figure))) continue;
    const from = near[near.length - 1].figure.block;
    const listFunds = FUND_NAMES.filter((w) => ctx.doc.blocks[from].text.includes(w));
    const own = ctx.doc.blocks[g.figure.block].text.slice(0, g.figure.start);
    if (FUND_NAMES.some((w) => own.includes(w) && !listFunds.includes(w))) continue;
    // 按功能分类：…一般公共服务支出1,124.60万元；… and, after paragraphs on its other classes and its economic split, 一般公共服务
    // 支出1,142.60万元，主要用于…: the list's section goes on while only paragraphs of prose stand between, none naming
    // another fund (政府性基金预算 after a list of 一般公共预算 spending is another book) or a title.
    if (!(explicit ? noOtherFundBetween(ctx, from, g.figure.block, listFunds) : plainProseBetween(ctx, from, g.figure.block, listFunds))) continue;
    const f = near[near.length - 1];
    out.push({ kind: 'conflict', subject: f.written.replace(/[\s\u3000]/g, ''), period: f.period, first: f.figure, second: g.figure });
  }
  return out;
}

// The funds a text or a table's scope names, as one spelling (一般公共预算财政拨款 names two).
const fundsOf = (t: string) => FUND_NAMES.filter((w) => t.includes(w)).join('|');
// How far back a list's section title is looked for.
const TITLE_REACH = 12;

/** What frames a list: its paragraph up to its first figure, the paragraph before, and the title of its section. */
function listLead(ctx: ExtractContext, list: readonly Fact[]): string {
  const first = list.reduce((a, b) => (a.figure.start <= b.figure.start ? a : b)).figure;
  const blocks = ctx.doc.blocks;
  let lead = blocks[first.block].text.slice(0, first.start);
  for (let i = first.block - 1, seen = 0; i >= 0 && first.block - i <= TITLE_REACH; i--) {
    const b = blocks[i];
    if (!b.text.trim()) continue;
    if (isNumberedTitleBlock(b)) {
      lead = `${b.text}${lead}`;
      break;
    }
    if (b.kind === 'paragraph' && seen++ === 0) lead = `${b.text}${lead}`;
  }
  return lead;
}

// A 类 row as a table prints it, keyed by its table's scope (facts/table-restatements.ts): 住房保障支出（类）@表决算||支出.
const CLASS_PRINTING = /^(.+)（类）@表(.+)$/;

/**
 * 按功能分类，教育支出5,468.30万元，…；社会保障和就业支出612.40万元，…；住房保障支出286.50万元 beside a 收支总表 whose
 * spending side prints 教育支出 5,468.30, 社会保障和就业支出 612.40 and 住房保障支出 268.50: a paragraph's list by
 * function restates the 类 rows of one table, when the other classes it names agree with that table's rows. Then the one
 * class printed otherwise is a conflict, reported at the text. The list may be of narrower funds than the table (财政拨款
 * against all funds): then its classes differ from the rows by more than one, and nothing is claimed.
 */
function framedClassConflicts(ctx: ExtractContext, facts: readonly Fact[]): ConflictClaim[] {
  const printings = new Map<string, Array<{ scope: string; year: string; fact: Fact }>>();
  for (const f of facts) {
    const m = CLASS_PRINTING.exec(f.subject);
    if (!m) continue;
    const list = printings.get(m[1]);
    const entry = { scope: m[2], year: m[2].split('|')[1] ?? '', fact: f };
    if (list) list.push(entry);
    else printings.set(m[1], [entry]);
  }
  if (!printings.size) return [];
  // The framed levels by paragraph: a list by function runs in one.
  const byBlock = new Map<number, Fact[]>();
  for (const f of readStatedLevels(ctx)) {
    if (!f.framed || !printings.has(f.subject)) continue;
    const list = byBlock.get(f.figure.block);
    if (list) list.push(f);
    else byBlock.set(f.figure.block, [f]);
  }
  const out: ConflictClaim[] = [];
  for (const list of byBlock.values()) {
    if (list.length < 2) continue;
    // Per table scope: the classes that agree with its row, and those that do not.
    const tally = new Map<string, { agree: number; differ: Array<{ text: Fact; row: Fact }> }>();
    for (const f of list) {
      const rows = printings.get(f.subject)!.filter((p) => !p.year || periodKey(f.period) === p.year);
      for (const p of rows) {
        let t = tally.get(p.scope);
        if (!t) tally.set(p.scope, (t = { agree: 0, differ: [] }));
        if (meets(intervalOf(p.fact.figure), intervalOf(f.figure))) t.agree++;
        else t.differ.push({ text: f, row: p.fact });
      }
    }
    // Two classes at least agree: a unit's 社会保障 and 住房保障 are often all 财政拨款, so one agreeing class may be
    // shared by lists of two kinds of money.
    const anchored = [...tally.entries()].filter(([, t]) => t.agree >= 2);
    if (anchored.length !== 1 || anchored[0][1].differ.length !== 1) continue;
    // The funds the list is of (its paragraph up to it, the paragraph before, its section's title) are the table's.
    const [scope, t] = anchored[0];
    if (fundsOf(scope) !== fundsOf(listLead(ctx, list))) continue;
    const { text, row } = t.differ[0];
    out.push({ kind: 'conflict', subject: row.written.replace(/[\s\u3000]/g, ''), period: text.period, first: row.figure, second: text.figure, firstIn: 'table' });
  }
  return out;
}

// A table's row of totals: 合计, 收入合计, 本年支出合计, 总计.
const TOTAL_ROW = /^(?:[^，。；;]{0,12})(?:合计|总计)$/;

/**
 * A 其中 list in the text restating a table (2025年度“三公”经费财政拨款支出决算84.26万元。其中：…公务接待费21.02万元 over
 * 表3's 合计 84.26 and its 公务接待费 row 20.12): the list's total is one table's 合计 row (or the row of the total's own
 * name) in one column, and at least one other part is its row in that column too. Then each part is its row's figure
 * restated, and the one part printed otherwise is a conflict, reported at the text as a text-table conflict is.
 * A list whose total no table holds is of another scope (all funds against a 财政拨款 table): nothing is claimed.
 */
function listTableConflicts(ctx: ExtractContext, lists: readonly SumClaim[], facts: readonly Fact[]): ConflictClaim[] {
  const blocks = ctx.doc.blocks;
  const inTable = (f: DocFigure) => blocks[f.block]?.kind === 'table-row' && !!blocks[f.block].table && !!blocks[f.block].cells;
  const columnOf = (f: DocFigure) => blocks[f.block].cells!.findIndex((c) => f.start >= c.start && f.end <= c.end);
  const rowFacts = facts.filter((f) => inTable(f.figure));
  const textLists = lists.filter((l) => blocks[l.total.block]?.kind === 'paragraph' && l.components.length >= 2);
  // A table read into no facts (a 采购类别 table of 货物/工程/服务) still anchors a list by its 合计 row.
  if (!textLists.length) return [];
  // Every table's rows, and every table cell by its value, read once: a list's total is looked up, not searched for.
  const cells = new Map<string, DocFigure[]>();
  const tables = new Map<number, Block[]>();
  for (const b of blocks) {
    if (b.kind !== 'table-row' || !b.table || !b.cells) continue;
    const rows = tables.get(b.table.id);
    if (rows) rows.push(b);
    else tables.set(b.table.id, [b]);
    for (const f of ctx.figuresByBlock[b.index]) {
      if (f.dimension !== 'money' || f.approximate) continue;
      const key = f.value.times(f.scale).toString();
      const at = cells.get(key);
      if (at) at.push(f);
      else cells.set(key, [f]);
    }
  }
  const stated = new Map(facts.map((f) => [f.figure.id, f]));
  // A column's cells by their row's item, 其中 rows too (a list inside a list restates them), and a fact read from the
  // column for its measure and year (决算数 → 公务接待费决算): built once per column, however many lists it anchors.
  const columns = new Map<string, { cellsOf: Map<string, DocFigure[]>; columnFact?: Fact }>();
  const columnAt = (table: number, column: number) => {
    const key = `${table}|${column}`;
    let got = columns.get(key);
    if (got) return got;
    const cellsOf = new Map<string, DocFigure[]>();
    for (const b of tables.get(table) ?? []) {
      const money = ctx.figuresByBlock[b.index].filter((f) => f.dimension === 'money' && columnOf(f) === column);
      if (money.length !== 1) continue;
      const item = rowItem(b);
      const at = cellsOf.get(item);
      if (at) at.push(money[0]);
      else cellsOf.set(item, [money[0]]);
    }
    got = { cellsOf, columnFact: rowFacts.find((f) => blocks[f.figure.block].table!.id === table && columnOf(f.figure) === column) };
    columns.set(key, got);
    return got;
  };
  const out: ConflictClaim[] = [];
  for (const list of textLists) {
    // 2026年区级一般公共预算收入安排: the total's item without the measure it is stated with (安排, 预算数, 执行数).
    const totalName = normalSubject(list.subject).replace(/(?:安排|预算数?|执行数?|决算数?|完成数?|实现)+$/, '');
    // A table read into no facts anchors only a list of procurement classes: another list's total met in such a
    // table is mostly a figure of another scope that happens to agree.
    const classes = list.components.every((p) => procurementClass(normalSubject(p.label.replace(/[\s\u3000]/g, '').replace(/^(?:其中)?[：:，,]?/, ''))));
    if (!rowFacts.length && !classes) continue;
    const anchors = (cells.get(list.total.value.times(list.total.scale).toString()) ?? []).filter((g) => {
      const b = blocks[g.block];
      const item = rowItem(b);
      return TOTAL_ROW.test(b.text.slice(b.cells![0].start, b.cells![0].end).replace(/[\s\u3000]/g, '')) || (item.length >= 3 && totalName.endsWith(item));
    });
    const places = new Set(anchors.map((g) => `${blocks[g.block].table!.id}|${columnOf(g)}`));
    if (places.size !== 1) continue;
    const table = blocks[anchors[0].block].table!.id;
    const column = columnOf(anchors[0]);
    const { cellsOf, columnFact } = columnAt(table, column);
    const measure = columnFact ? columnFact.subject.slice(rowItem(blocks[columnFact.figure.block]).length) : '';
    let agree = 0;
    const differ: Array<{ part: DocFigure; cell: DocFigure; item: string }> = [];
    for (const p of list.components) {
      if (p.negative || p.figure.approximate || p.figure.dimension !== 'money') continue;
      const item = normalSubject(p.label.replace(/[\s\u3000]/g, '').replace(/^(?:其中)?[：:，,]?/, ''));
      // 政府采购服务支出, 服务类: a procurement class is its own row in a 采购类别 table, named by its bare word.
      const named = cellsOf.get(item) ?? (procurementClass(item) ? cellsOf.get(procurementClass(item)) : undefined) ?? [];
      if (item.length < 2 || named.length !== 1) continue;
      if (meets(intervalOf(named[0]), intervalOf(p.figure))) agree++;
      else differ.push({ part: p.figure, cell: named[0], item });
    }
    if (differ.length !== 1 || agree < 1) continue;
    const { part, cell, item } = differ[0];
    // A table under no year is dated by the list's own statement (2025年度“三公”经费…).
    const period = stated.get(cell.id)?.period || columnFact?.period || stated.get(list.total.id)?.period || '';
    out.push({ kind: 'conflict', subject: `${item}${measure}`, period, first: cell, second: part, firstIn: 'table' });
  }
  return out;
}

const PROCUREMENT_CLASS = /^(?:政府采购)?(货物|工程|服务)类?(?:采购)?(?:支出|合同金额|金额)?$/;
const procurementClass = (item: string) => PROCUREMENT_CLASS.exec(item)?.[1] ?? '';

/**
 * 工程类采购合同金额642.00万元 in a sentence of its own, over a 采购类别 table whose 工程 row's amount is 624.00: a
 * procurement class said in the text restates its row, whatever words (类, 采购, 合同金额) the sentence adds. Read only
 * when one row in the document names the class and its first money cell is the class's amount (the cells after it are
 * the shares given to 中小企业 and 小微企业).
 */
function procurementClassRows(ctx: ExtractContext, facts: readonly Fact[]): ConflictClaim[] {
  const blocks = ctx.doc.blocks;
  const rows = new Map<string, DocFigure[]>();
  for (const b of blocks) {
    if (b.kind !== 'table-row' || !b.cells?.length) continue;
    const cls = procurementClass(b.text.slice(b.cells[0].start, b.cells[0].end).replace(/[\s\u3000]/g, ''));
    const first = ctx.figuresByBlock[b.index].find((f) => f.dimension === 'money' && !f.approximate);
    if (!cls || !first) continue;
    const at = rows.get(cls);
    if (at) at.push(first);
    else rows.set(cls, [first]);
  }
  if (!rows.size) return [];
  const out: ConflictClaim[] = [];
  for (const f of facts) {
    if (f.part || f.framed || f.weak || blocks[f.figure.block].kind !== 'paragraph') continue;
    const row = rows.get(procurementClass(f.subject.replace(/(?:预算|决算|执行)数?$/, '')));
    if (row?.length !== 1 || meets(intervalOf(row[0]), intervalOf(f.figure))) continue;
    out.push({ kind: 'conflict', subject: f.written, period: f.period, first: row[0], second: f.figure, firstIn: 'table' });
  }
  return out;
}

/**
 * A debt limit or balance stated twice for one scope and one date (自治区核定我市2025年政府债务限额488.20亿元 in the
 * opening, 486.20亿元 in the debt part): the ceiling set for a year, or what is owed at a date, is one figure. Read from
 * the debt claims (relations/debt.ts), each with its kind, scope and date; a statement naming none of them, a forecast,
 * or a limit before or after a change within its year (年初, 调整后) is left out. As with facts, two values only, and
 * the odd one out is reported (the later one when each is said once).
 */
export function extractDebtConflicts(ctx: ExtractContext, earlier: readonly Claim[]): ConflictClaim[] {
  const groups = new Map<string, DebtClaim[]>();
  // A figure the facts already found said twice (conflicts above) is reported once.
  const said = new Set(earlier.flatMap((c) => (c.kind === 'conflict' ? [c.first.id, c.second.id] : [])));
  for (const c of earlier) {
    if (c.kind !== 'debt' || (c.measure !== 'limit' && c.measure !== 'balance') || c.estimate || c.limitElsewhere) continue;
    if (!c.scope || !c.date || c.figure.approximate || said.has(c.figure.id) || DEBT_VOCABULARY.restated.test(c.label ?? '')) continue;
    if (!ownScope(ctx, c) || !ownSentence(ctx, c)) continue;
    const key = `${c.measure}|${c.debtKind}|${c.scope}|${c.date}`;
    const g = groups.get(key);
    if (g) g.push(c);
    else groups.set(key, [c]);
  }
  const out: ConflictClaim[] = [];
  for (const claims of groups.values()) {
    const split = oddOneOut(claims);
    if (!split) continue;
    const { a, b, odd } = split;
    const other = (odd === a[0] ? b : a)[0];
    const [first, second] = other.figure.id < odd.figure.id ? [other, odd] : [odd, other];
    out.push({ kind: 'conflict', subject: `${first.date}${debtName(first)}`, period: '', first: first.figure, second: second.figure });
  }
  return out;
}

/**
 * The clause names the scope's own debt, not a part of it (全县4镇3乡债务余额 is the towns', 各县（市、区）债务余额合计 the
 * counties'). Read from the clause as written, up to 40 characters back: the label stops at a 、 inside a name.
 */
function ownScope(ctx: ExtractContext, c: DebtClaim): boolean {
  // Within the 40 characters before the figure only: a search back through a long block for each claim would be quadratic.
  const text = ctx.doc.blocks[c.figure.block].text;
  const clause = text.slice(clauseStartBefore(text, c.figure.start, Math.max(0, c.figure.start - 40)), c.figure.start);
  const forms = scopeForms(c.scope);
  const at = Math.max(...forms.map((f) => clause.indexOf(f)));
  // 分级次看，市本级…余额286.40亿元…；县（市、区）政府债务余额362.32亿元: a clause opening on a place of its own states that
  // place's debt, not the scope an earlier clause named.
  if (at < 0 && OWN_PLACE_OPENING.test(clause.replace(/^[\s\u3000]*(?:其中)?[：:，,]?[\s\u3000]*/, ''))) return false;
  return !DEBT_VOCABULARY.partOfScope.test(at < 0 ? clause : clause.slice(at + c.scope.length));
}
/** A scope as a text may write it: 全市 as 我市 or 本市 too. */
const scopeForms = (scope: string) => (/^全/.test(scope) ? [scope, `我${scope.slice(1)}`, `本${scope.slice(1)}`] : [scope]);
// A clause opening on a place (县（市、区）, 各县, 乡镇, 县级, 州本级): a jurisdiction's name or level before anything else.
const OWN_PLACE_OPENING = /^(?:各|全|我|本)?(?:省|自治区|市|州|盟|县|区|旗|乡|镇|街道)/;
const PLACE_CLAUSE = /[，,；;：:](?:其中)?(?:各|全|我|本)?(?:省|自治区|市|州|盟|县|区|旗|乡|镇|街道)/;

/**
 * The sentence up to the figure (160 characters back at most) names the claim's scope (全市 as 我市 or 本市 too): a
 * scope carried from an earlier sentence may be another place's (天安镇's balance under a paragraph of 仁玉县's). And it
 * names no year but the date's: "2024年末，…限额72.30亿元；2025年新增限额下达后，全县专项债务限额为82.10亿元" is after the
 * new limit, though the sentence opened at the year's end.
 */
function ownSentence(ctx: ExtractContext, c: DebtClaim): boolean {
  const text = ctx.doc.blocks[c.figure.block].text;
  const from = Math.max(0, c.figure.start - 160);
  const window = text.slice(from, c.figure.start);
  const sentenceStart = (w: string) => Math.max(...['。', '！', '？'].map((p) => w.lastIndexOf(p) + 1));
  let sentence = window.slice(sentenceStart(window));
  // 截至2025年末，全州政府债务余额187.64亿元。其中：…专项债务余额74.08亿元: a sentence opening with 其中 goes on with the
  // whole the sentence before it stated, whose scope and date are its own (the 160 characters before that sentence, once).
  if (/^[\s\u3000]*其中/.test(sentence)) {
    const at = from + sentenceStart(window) - 1;
    if (at > 0) {
      const before = text.slice(Math.max(0, at - 160), at);
      const prior = before.slice(sentenceStart(before));
      if (prior.length < before.length || at <= 160) sentence = `${prior}。${sentence}`;
    }
  }
  const forms = scopeForms(c.scope);
  if (!forms.some((f) => sentence.includes(f))) return false;
  // 市本级…限额284.90亿元以内；县（市、区）政府债务余额362.32亿元，债务限额397.56亿元: a clause opening on another place after the
  // scope's last mention makes what follows that place's.
  const last = Math.max(...forms.map((f) => sentence.lastIndexOf(f) + f.length));
  if (PLACE_CLAUSE.test(sentence.slice(last))) return false;
  const year = /^([0-9]{4})/.exec(c.date)?.[1];
  for (const m of sentence.matchAll(/([0-9０-９]{4})[\s\u3000]*年/g)) if (asciiDigits(m[1]) !== year) return false;
  return true;
}

/** 全市政府债务限额, 全区专项债务余额: the scope, the kind and the measure, as a reader would name them. */
function debtName(c: DebtClaim): string {
  const kind = c.debtKind === 'general' ? '一般债务' : c.debtKind === 'special' ? '专项债务' : '政府债务';
  return `${c.scope}${kind}${c.measure === 'limit' ? '限额' : '余额'}`;
}
