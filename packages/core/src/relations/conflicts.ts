import type { ExtractContext } from '../reading/context.ts';
import type { ChangeClaim, Claim, ConflictClaim, DebtClaim, SumClaim } from './types.ts';
import { DEBT_VOCABULARY } from '../domain/tables.ts';
import { factKey, measuresOf, readFacts, readPartFacts, readStatedLevels, type Fact } from '../facts/facts.ts';
import { intervalOf } from '../reading/figures/interval-of.ts';
import { meets } from '../interval.ts';
import { asciiDigits } from '../document/digits.ts';
import { itemOf, yearOf } from './earlier-base.ts';
import { ownYear } from '../reading/dates.ts';

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
  for (const c of changes) {
    const current = c.current!;
    const prior = c.prior!;
    const block = ctx.doc.blocks[current.block];
    if (prior.approximate || prior.dimension !== 'money' || block.kind !== 'paragraph' || byFigure.has(prior.id)) continue;
    // The item and year of the current figure: its statement's, or (a level stated with 预计, 安排, no fact of its own)
    // the change's subject and the year its sentence opens with.
    const own = byFigure.get(current.id);
    const item = itemOf(own?.subject ?? c.subject.replace(/[\s\u3000]/g, '').replace(/^[0-9０-９]{4}年度?/, ''));
    const sentence = ctx.sentences(block).find((x) => x.start <= current.start && current.end <= x.end);
    const year = own ? yearOf(own.period)?.year : sentence ? ownYear(block.text.slice(sentence.start, current.start)) : undefined;
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
  const parts = [...readPartFacts(ctx, lists.map((s) => ({ total: s.total, parts: s.components }))), ...(index ? statedPriors(ctx, withPriors, index) : [])];
  const facts = parts.length ? [...readFacts(ctx), ...parts].sort((a, b) => a.figure.id - b.figure.id) : readFacts(ctx);
  for (const f of facts) {
    // 上半年 and 1-6月 are one stretch of the year; 本部门 is the document's own scope.
    const key = factKey(f, measureAt(f.figure.block));
    const g = groups.get(key);
    if (g) g.push(f);
    else groups.set(key, [f]);
  }
  const claims: ConflictClaim[] = [];
  for (const facts of groups.values()) {
    if (facts.length < 2) continue;
    // Values that agree within rounding are one value.
    const values: Fact[][] = [];
    for (const f of facts) {
      // Only two values make a conflict: a third one settles it, and stops a long run of
      // distinct values (one subject restated year after year) from being compared pairwise.
      if (values.length > 2) break;
      const same = values.find((v) => meets(intervalOf(v[0].figure), intervalOf(f.figure)));
      if (same) same.push(f);
      else values.push([f]);
    }
    if (values.length !== 2) continue;
    const [a, b] = values;
    // The odd one out is the conflict; with one statement each, the later one.
    const odd = a.length === 1 && b.length > 1 ? a[0] : b.length === 1 ? b[0] : undefined;
    if (!odd) continue;
    const other = (odd === a[0] ? b : a).find((x) => x.figure.id < odd.figure.id) ?? (odd === a[0] ? b : a)[0];
    if (other.figure.block === odd.figure.block && Math.abs(other.figure.start - odd.figure.start) < 40) continue;
    // One statement in the prose, one in a table (two values, one each): the prose is where a slip is made and
    // mended, the table is what it restates. Reported at the prose, before or after the table.
    const inTable = (f: Fact) => ctx.doc.blocks[f.figure.block].kind === 'table-row';
    if (a.length === 1 && b.length === 1 && inTable(a[0]) !== inTable(b[0])) {
      const [row, prose] = inTable(a[0]) ? [a[0], b[0]] : [b[0], a[0]];
      claims.push({ kind: 'conflict', subject: row.written, period: row.period, first: row.figure, second: prose.figure, firstIn: 'table' });
      continue;
    }
    const [first, second] = other.figure.id < odd.figure.id ? [other, odd] : [odd, other];
    claims.push({ kind: 'conflict', subject: first.written, period: first.period, first: first.figure, second: second.figure });
  }
  if (index) for (const c of bareLastYear(ctx, withPriors, index)) claims.push(c);
  return claims;
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
    if (!ownScope(c) || !oneYear(ctx, c)) continue;
    const key = `${c.measure}|${c.debtKind}|${c.scope}|${c.date}`;
    const g = groups.get(key);
    if (g) g.push(c);
    else groups.set(key, [c]);
  }
  const out: ConflictClaim[] = [];
  for (const claims of groups.values()) {
    if (claims.length < 2) continue;
    const values: DebtClaim[][] = [];
    for (const c of claims) {
      if (values.length > 2) break;
      const same = values.find((v) => meets(intervalOf(v[0].figure), intervalOf(c.figure)));
      if (same) same.push(c);
      else values.push([c]);
    }
    if (values.length !== 2) continue;
    const [a, b] = values;
    const odd = a.length === 1 && b.length > 1 ? a[0] : b.length === 1 ? b[0] : undefined;
    if (!odd) continue;
    const other = (odd === a[0] ? b : a)[0];
    const [first, second] = other.figure.id < odd.figure.id ? [other, odd] : [odd, other];
    out.push({ kind: 'conflict', subject: `${first.date}${debtName(first)}`, period: '', first: first.figure, second: second.figure });
  }
  return out;
}

/** The clause names the scope's own debt, not a part of it (全县4镇3乡债务余额 is the towns'). */
function ownScope(c: DebtClaim): boolean {
  const label = c.label ?? '';
  const at = label.indexOf(c.scope);
  return !DEBT_VOCABULARY.partOfScope.test(at < 0 ? label : label.slice(at + c.scope.length));
}

/**
 * The sentence up to the figure names no year but the date's: "2024年末，…限额72.30亿元；2025年新增限额下达后，全县
 * 专项债务限额为82.10亿元" is after the new limit, though the sentence opened at the year's end.
 */
function oneYear(ctx: ExtractContext, c: DebtClaim): boolean {
  const text = ctx.doc.blocks[c.figure.block].text;
  const from = Math.max(0, ...['。', '！', '？'].map((p) => text.lastIndexOf(p, c.figure.start) + 1), c.figure.start - 160);
  const year = /^([0-9]{4})/.exec(c.date)?.[1];
  for (const m of text.slice(from, c.figure.start).matchAll(/([0-9０-９]{4})[\s\u3000]*年/g)) if (asciiDigits(m[1]) !== year) return false;
  return true;
}

/** 全市政府债务限额, 全区专项债务余额: the scope, the kind and the measure, as a reader would name them. */
function debtName(c: DebtClaim): string {
  const kind = c.debtKind === 'general' ? '一般债务' : c.debtKind === 'special' ? '专项债务' : '政府债务';
  return `${c.scope}${kind}${c.measure === 'limit' ? '限额' : '余额'}`;
}
