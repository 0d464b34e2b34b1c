/**
 * One misprinted cell of a table breaks every sum it stands in: 卫生健康支出 421.60 for 412.60 breaks its row (合计 against
 * 基本 + 项目) and the 合计 column (the rows against the 合计 row), each by 9.00; a child row's 187.40 for 178.40 breaks its
 * parent row's 合计 and 项目支出 columns alike when the parent's 基本 is nil. A user fixes one cell, and two findings of
 * one gap read as two errors. So each table sum is given its neighbours here, the sums of the same table that hold a
 * figure in common with it or state the same figures, and the sum-mismatch rule says the gap they fail by once (the
 * arithmetic, and which of them speaks, are the rule's).
 */
import type { Block } from '../document/types.ts';
import type { Claim, SumClaim, TableNeighbour } from './types.ts';

const TABLE_SHAPES = new Set<SumClaim['shape']>(['table-row', 'table-column']);
// Sums that meet at one cell or state the same figures are a handful (a cell stands in its row and its column; a table has
// a few columns): a larger group is no table of this genre, and is not paired.
const MAX_GROUP = 16;

export function withTableNeighbours(claims: Claim[], blocks: readonly Block[]): Claim[] {
  // Each table's sums grouped by the figures they hold and by what they state: neighbours come from the groups,
  // not from every two sums of a table.
  const groups = new Map<string, SumClaim[]>();
  const sums: SumClaim[] = [];
  const join = (key: string, c: SumClaim) => {
    const g = groups.get(key) ?? groups.set(key, []).get(key)!;
    if (g[g.length - 1] !== c) g.push(c);
  };
  for (const c of claims) {
    if (c.kind !== 'sum' || !c.complete || !TABLE_SHAPES.has(c.shape)) continue;
    const id = blocks[c.total.block]?.table?.id;
    if (id === undefined) continue;
    sums.push(c);
    join(`f${c.total.id}`, c);
    for (const p of c.components) join(`f${p.figure.id}`, c);
    // Two columns that state the same figures (合计 and 项目支出 alike where 基本支出 is nil) say one sum twice.
    join(`v${id}|${c.shape}|${c.total.raw}=${c.components.map((p) => p.figure.raw).join('+')}`, c);
  }
  // How far a sum stands above the table's cells: 0 when none of its parts is another sum's total, else one more than
  // the highest sum among its parts. A misprinted cell shows first in the lowest sum that holds it, nearest the cell.
  const byTotal = new Map<number, SumClaim[]>();
  for (const c of sums) (byTotal.get(c.total.id) ?? byTotal.set(c.total.id, []).get(c.total.id)!).push(c);
  const levels = new Map<SumClaim, number>();
  // A table's hierarchy is a few levels deep (类, 款, 项, a row's 合计): a chain longer than this is a misreading.
  const DEEPEST = 32;
  const levelOf = (c: SumClaim, depth = 0): number => {
    const known = levels.get(c);
    if (known !== undefined) return known;
    levels.set(c, 0); // a cycle (a misreading) stops here
    let level = 0;
    if (depth < DEEPEST) for (const p of c.components) for (const below of byTotal.get(p.figure.id) ?? []) if (below !== c) level = Math.max(level, levelOf(below, depth + 1) + 1);
    levels.set(c, level);
    return level;
  };
  const near = new Map<SumClaim, Set<SumClaim>>();
  for (const list of groups.values()) {
    if (list.length < 2 || list.length > MAX_GROUP) continue;
    for (const a of list) for (const b of list) if (a !== b) (near.get(a) ?? near.set(a, new Set()).get(a)!).add(b);
  }
  if (near.size === 0) return claims;
  // Copies, not the claims themselves: a claim may be a block reading's, kept for the next lint; and a neighbour is
  // what it says, not the claim, so that no claim refers to another.
  const plain = (c: SumClaim): TableNeighbour => ({
    subject: c.subject,
    total: c.total,
    components: c.components,
    shape: c.shape,
    complete: c.complete,
    ...(c.partition ? { partition: c.partition } : {}),
    level: levelOf(c),
  });
  return claims.map((c) => {
    const n = c.kind === 'sum' ? near.get(c) : undefined;
    return n && c.kind === 'sum' ? { ...c, level: levelOf(c), neighbours: [...n].map(plain) } : c;
  });
}
