import type { Block } from '../document/types.ts';
import type { ExtractContext } from '../reading/context.ts';
import { columnHeads } from '../reading/column-heads.ts';
import { SHARE_COLUMN, CHANGE_SUB_RATE, NON_ADDITIVE } from '../domain/lexicon.ts';
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
  for (const rows of ctx.tables()) {
    for (const c of ctx.memoTable('table-shares', rows, (own) => tableShares(ctx, own))) out.push(c);
    for (const c of ctx.memoTable('row-ratio-shares', rows, (own) => rowRatioShares(ctx, own))) out.push(c);
  }
  return out;
}

// | 项目名称 | 总投资 | 本批债券 | 占总投资（%） |, | 预算数 | 支出数 | 支出数占预算数比例 |: a column of shares whose head names
// another column of the table as the whole is, row by row, an amount of that row over the row's cell of that column. The
// part is the column the head names before 占 or, naming none, the nearest column of amounts before the shares.
const ROW_RATIO_HEAD = /^(.{0,12}?)占(.{1,12}?)的?(?:比重|比例|比率)?(?:[（(][%％][）)]|[%％])?$/;
/** A column's head as the name a share head gives it: no unit note (（万元）) and no bracketed aside. */
const columnName = (h: string) => plain(h).replace(/[（(][^（）()]*[）)]$/, '');

function rowRatioShares(ctx: ExtractContext, rows: readonly Block[]): ShareClaim[] {
  const header = rows.find((r) => r.table!.header);
  if (!header?.cells) return [];
  const heads = columnHeads(header.cells.map((_, c) => head(header, c))).full.map(plain);
  const names = heads.map(columnName);
  const body = rows.filter((r) => !r.table!.header && r.cells);
  // 期限（年）, 个数（个）: a head with a unit of its own other than money, or naming a term or a rate, holds no amounts,
  // whatever the table's unit note says.
  const money = (c: number) => {
    const own = /[（(]([^（）()]*)[）)]$/.exec(heads[c])?.[1];
    if ((own !== undefined && !/元/.test(own)) || NON_ADDITIVE.test(heads[c])) return false;
    return body.some((r) => tableCell(ctx, r, c)?.dimension === 'money');
  };
  const claims: ShareClaim[] = [];
  heads.forEach((h, shareCol) => {
    const m = ROW_RATIO_HEAD.exec(h);
    if (!m || shareCol === 0) return;
    const wholeCol = names.findIndex((n, c) => c !== shareCol && n === m[2]);
    if (wholeCol <= 0 || !money(wholeCol)) return;
    let partCol = -1;
    if (m[1]) partCol = names.findIndex((n, c) => c !== shareCol && c !== wholeCol && n === m[1]);
    else for (let c = shareCol - 1; c > 0 && partCol < 0; c--) if (c !== wholeCol && !CHANGE_HEAD.test(heads[c]) && !CHANGE_SUB_RATE.test(heads[c]) && money(c)) partCol = c;
    if (partCol <= 0 || !money(partCol)) return;
    for (const row of body) {
      const part = tableCell(ctx, row, partCol);
      const whole = tableCell(ctx, row, wholeCol);
      const share = asPercent(row, shareCol, tableCell(ctx, row, shareCol));
      if (!part || !whole || share?.dimension !== 'percent' || part.dimension !== 'money' || whole.dimension !== 'money') continue;
      if (part.value.isNegative() || !whole.value.isPositive()) continue;
      const label = plain(rowLabel(row));
      claims.push({ kind: 'share', part, share, total: whole, partLabel: `${label}${names[partCol]}`, totalLabel: names[wholeCol], via: 'table' });
    }
  });
  return claims;
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
