import { Decimal } from 'decimal.js';
import type { Block } from '../document/types.ts';
import type { ExtractContext } from '../reading/context.ts';
import { columnHeads } from '../reading/column-heads.ts';
import { SHARE_COLUMN, CHANGE_SUB_RATE } from '../domain/lexicon.ts';
import { isClassCode } from './code-table-rows.ts';
import type { DocFigure, ShareClaim } from './types.ts';

// A column of shares (占比（%）, 占本年收入比重, 构成%) beside a column of amounts: every row's share is its amount
// over the total row's. The total row must say so itself: its share cell is 100 (100.00, 100.0%), so the column is
// read only where the table states what its percentages are of.

const head = (b: Block, c: number) => (b.cells?.[c] ? b.text.slice(b.cells[c].start, b.cells[c].end).trim() : '');
const TOTAL_LABEL = /^(?:[\s\u3000]*)(?:[^，。0-9０-９]{0,12}?)(?:合计|总计)$/;
// 增减额, 增减%, 比上年增长: a change column is no amount the shares are of; nor is last year's (上年同期, 上年决算数).
const CHANGE_HEAD = /增减|增长|变动|差额|比上年|同比|[%％率]|^(?:上年|去年|上期|上月)|同期/;

/** The row's name: its first cell, or the cell after a number or a classification code. */
function rowName(row: Block): string {
  const first = head(row, 0);
  return (/^[0-9０-９]{1,3}$/.test(first) || isClassCode(first)) && (row.cells?.length ?? 0) > 2 ? head(row, 1) : first;
}

/** The one figure a cell holds, when it holds exactly one and it is not approximate. */
function cellFigure(ctx: ExtractContext, row: Block, c: number): DocFigure | undefined {
  const cl = row.cells?.[c];
  if (!cl) return undefined;
  const figs = ctx.figuresByBlock[row.index].filter((f) => f.start >= cl.start && f.end <= cl.end);
  return figs.length === 1 && !figs[0].approximate ? figs[0] : undefined;
}

/** A bare number under a share head, read in the table's unit: the head says it is a percentage. */
function asShare(row: Block, c: number, f: DocFigure | undefined): DocFigure | undefined {
  if (!f || f.dimension === 'percent') return f;
  const cl = row.cells![c];
  const written = row.text.slice(cl.start, cl.end).trim();
  if (!/^[0-9０-９][0-9０-９.]*$/.test(written)) return undefined;
  return { ...f, raw: `${written}%`, unit: '%', dimension: 'percent', scale: new Decimal(1) };
}

export function extractTableShares(ctx: ExtractContext): ShareClaim[] {
  const out: ShareClaim[] = [];
  for (const rows of ctx.tables()) for (const c of ctx.memoTable('table-shares', rows, (own) => tableShares(ctx, own))) out.push(c);
  return out;
}

function tableShares(ctx: ExtractContext, rows: readonly Block[]): ShareClaim[] {
  const header = rows.find((r) => r.table!.header);
  if (!header?.cells) return [];
  const heads = columnHeads(header.cells.map((_, c) => head(header, c))).full.map((h) => h.replace(/[\s\u3000]/g, ''));
  const shareCols = heads.map((h, c) => (c > 0 && SHARE_COLUMN.test(h) ? c : -1)).filter((c) => c > 0);
  if (shareCols.length !== 1) return [];
  const shareCol = shareCols[0];
  const body = rows.filter((r) => !r.table!.header && r.cells);
  // The amounts: the nearest column before the shares that is neither a change nor a rate and holds money.
  let amountCol = -1;
  for (let c = shareCol - 1; c > 0 && amountCol < 0; c--) {
    if (CHANGE_HEAD.test(heads[c]) || CHANGE_SUB_RATE.test(heads[c])) continue;
    if (body.some((r) => cellFigure(ctx, r, c)?.dimension === 'money')) amountCol = c;
  }
  if (amountCol < 0) return [];
  const totals = body.filter((r) => TOTAL_LABEL.test(rowName(r).replace(/[\s\u3000]/g, '')));
  if (totals.length !== 1) return [];
  const totalRow = totals[0];
  const total = cellFigure(ctx, totalRow, amountCol);
  const hundred = asShare(totalRow, shareCol, cellFigure(ctx, totalRow, shareCol));
  if (!total || total.dimension !== 'money' || !hundred || !hundred.value.eq(100) || total.value.isZero()) return [];
  const totalLabel = rowName(totalRow).replace(/[\s\u3000]/g, '');
  const claims: ShareClaim[] = [];
  for (const row of body) {
    if (row === totalRow) continue;
    const part = cellFigure(ctx, row, amountCol);
    const share = asShare(row, shareCol, cellFigure(ctx, row, shareCol));
    if (!part || !share || part.dimension !== 'money' || part.value.isNegative()) continue;
    claims.push({ kind: 'share', part, share, total, partLabel: rowName(row).replace(/^其中[：:]?/, '').trim(), totalLabel, via: 'table' });
  }
  return claims;
}
