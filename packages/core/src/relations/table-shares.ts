import type { Block } from '../document/types.ts';
import type { ExtractContext } from '../reading/context.ts';
import { columnHeads } from '../reading/column-heads.ts';
import { SHARE_COLUMN, CHANGE_SUB_RATE } from '../domain/lexicon.ts';
import { asPercent, head, rowLabel, tableCell } from './table-changes.ts';
import type { DocFigure, ShareClaim } from './types.ts';

// A column of shares (占比（%）, 占本年收入比重, 构成%) beside a column of amounts: every row's share is its amount
// over the total row's. The total row must say so itself: its share cell is 100 (100.00, 100.0%), so the column is
// read only where the table states what its percentages are of.

const TOTAL_LABEL = /^(?:[^，。0-9０-９]{0,12}?)(?:合计|总计)$/;
// 增减额, 增减%, 比上年增长: a change column is no amount the shares are of; nor is last year's (上年同期, 上年决算数).
const CHANGE_HEAD = /增减|增长|变动|差额|比上年|同比|[%％率]|^(?:上年|去年|上期|上月)|同期/;
const plain = (s: string) => s.replace(/[\s\u3000]/g, '');

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
    if (body.some((r) => tableCell(ctx, r, c)?.dimension === 'money')) amountCol = c;
  }
  if (amountCol < 0) return [];
  const totals = body.filter((r) => TOTAL_LABEL.test(plain(rowLabel(r))));
  if (totals.length !== 1) return [];
  const totalRow = totals[0];
  const total = tableCell(ctx, totalRow, amountCol);
  const hundred = asPercent(totalRow, shareCol, tableCell(ctx, totalRow, shareCol));
  if (!total || total.dimension !== 'money' || hundred?.dimension !== 'percent' || !hundred.value.eq(100) || total.value.isZero()) return [];
  const totalLabel = plain(rowLabel(totalRow));
  const claims: ShareClaim[] = [];
  for (const row of body) {
    if (row === totalRow) continue;
    const part = tableCell(ctx, row, amountCol);
    const share = asPercent(row, shareCol, tableCell(ctx, row, shareCol));
    if (!part || share?.dimension !== 'percent' || part.dimension !== 'money' || part.value.isNegative()) continue;
    claims.push({ kind: 'share', part, share, total, partLabel: rowLabel(row), totalLabel, via: 'table' });
  }
  return claims;
}
