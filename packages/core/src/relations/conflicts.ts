import type { ExtractContext } from '../reading/context.ts';
import type { ChangeClaim, Claim, ConflictClaim, SumClaim } from './types.ts';
import { factKey, measuresOf, readFacts, readPartFacts, readStatedLevels, type Fact } from '../facts/facts.ts';
import { intervalOf } from '../reading/figures/interval-of.ts';
import { meets } from '../interval.ts';
import { asciiDigits } from '../document/digits.ts';
import { itemOf, yearOf } from './earlier-base.ts';

// 比上年执行数14.26亿元, 较2025年决算数…: a base that names last year's outturn.
const OUTTURN_BASE = /^(?:上年|去年|([0-9０-９]{4})年度?)(完成|执行|决算|实际)数?$/;

/**
 * 2026年全区社会保险基金收入预算15.28亿元，比上年执行数14.26亿元增长4.5%, where the 2025 section stated the year's
 * income as 14.62亿元: the figure a change names as last year's outturn restates that level, a statement of the item
 * for the year before with the measure the base names (执行, 决算). The change's current figure names the item and
 * its year and scope.
 */
function statedPriors(ctx: ExtractContext, earlier: readonly Claim[]): Fact[] {
  const changes = earlier.filter((c): c is ChangeClaim => c.kind === 'change' && !!c.current && !!c.prior && OUTTURN_BASE.test(c.base.replace(/[\s\u3000]/g, '')));
  if (!changes.length) return [];
  const byFigure = new Map(readStatedLevels(ctx).map((f) => [f.figure.id, f]));
  const out: Fact[] = [];
  for (const c of changes) {
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
  const parts = [...readPartFacts(ctx, lists.map((s) => ({ total: s.total, parts: s.components }))), ...statedPriors(ctx, earlier)];
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
  return claims;
}
