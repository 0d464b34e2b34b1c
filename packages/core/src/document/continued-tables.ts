import { cellText } from './cells.ts';
import type { Block } from './types.ts';

/*
 * A table that runs over a page break comes out of a PDF, a Word file's Markdown or a pasted copy as
 * two tables: the rows of the first page, then on the next page its head printed again and the rest
 * of the rows, often with the page's furniture between (a page number, a running head, the footnote
 * the first page ended on). Read apart, the second part's 合计 row was checked against its own few
 * rows: a sum "wrong" by the whole first page, on a table that adds up.
 *
 * The second part continues the first when its head is the first's (a page may drop the top row of
 * a head of two) or empty (the PDF reader's, for rows a page goes on with under no head), the first has not already ended with its own 合计, nothing that opens another
 * table (a heading, a table's title, another table) stands between, and either only a page's
 * furniture does or the rows' numbering goes on (25 after 24) past a few blocks.
 */

/** How many blocks a page break may put between a table and its continuation. */
export const PAGE_BREAK = 6;

const plain = (s: string) => s.replace(/[\s\u3000]/g, '');

/** A continuation's head: as many cells, each the first's or its last words (类 for 功能分类科目编码 类). */
export const sameHead = (first: readonly string[], next: readonly string[]) =>
  first.length === next.length && next.every((h, c) => (h ? first[c].endsWith(h) : !first[c]));

/** Whether only short lines with no sentence in them (a running head, a page number) stand between two blocks. */
export function pageBreakOnly(blocks: readonly Block[], end: number, next: number): boolean {
  if (next - end > PAGE_BREAK) return false;
  for (let i = end + 1; i < next; i++) {
    const t = blocks[i].text.trim();
    // 续表1　单位：万元: the continuation's own mark, with its unit note, is the page's too.
    if (CONTINUED_MARK.test(t) || UNIT_LINE.test(t)) continue;
    if (t.length > 40 || /[。；;：:]/.test(t) || blocks[i].cells) return false;
  }
  return true;
}
// (A traditional copy's 續表, 單位, 萬元 too.)
// (- 续表 -: set off by dashes, as a page's foot may print it.)
const CONTINUED_MARK = /^[-—–－·•\s\u3000]*[续續]表[0-9０-９一二三四五六七八九十]*[-—–－·•\s\u3000]*(?:(?:金[额額])?[单單]位[:：][\s\u3000]*[万萬亿億千]?元)?$/;
const UNIT_LINE = /^(?:金[额額])?[单單]位[:：][\s\u3000]*[万萬亿億千]?元$/;

// A table's title (…预算表, 项目绩效自评结果表（续）), which opens a table of its own.
const TABLE_TITLE = /表(?:[（(][^）)]{1,20}[）)])?$/;
// The row that closes a table: after it, a table with the same head is another table.
const TOTAL_LABEL = /^(?:合计|总计)$/;
const SERIAL = /^[0-9０-９]{1,4}$/;

const headsOf = (head: Block) => head.cells!.map((_, c) => plain(cellText(head, c)));
const serialOf = (row: Block | undefined) => {
  const t = row ? cellText(row, 0).replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)) : '';
  return SERIAL.test(t) ? Number(t) : undefined;
};

// A 合计 printed first, right under the head (合计 before the 类 rows, as 功能分类 tables put it), closes nothing: the
// parts come after it, and they may go on over the page.
const closes = (rows: readonly Block[]) => rows.some((r, k) => k > 1 && !r.table?.header && [0, 1].some((c) => TOTAL_LABEL.test(plain(cellText(r, c)))));

function continues(blocks: readonly Block[], prev: { rows: Block[]; heads: string[]; closed: boolean }, rows: readonly Block[]): boolean {
  const head = rows[0];
  const heads = prev.heads;
  if (!head.table?.header || !head.cells || prev.closed) return false;
  const end = prev.rows[prev.rows.length - 1].index;
  // Searched only over a page break's few blocks: a table far below another is another table.
  if (head.index - end > PAGE_BREAK) return false;
  // The PDF reader writes the rows a page goes on with, when it cannot join them itself, under an empty head.
  const next = headsOf(head);
  const headless = next.length === heads.length && next.every((h) => !h);
  if (!headless && !sameHead(heads, next)) return false;
  for (let i = end + 1; i < head.index; i++) {
    const b = blocks[i];
    // A line the text reader could not part into cells (a footnote's mark) is no other table.
    // (续表 ends in 表 as a title does: it is the mark of this table going on, not another's title.)
    if (b.kind === 'heading' || b.kind === 'toc' || b.cells || (TABLE_TITLE.test(plain(b.text)) && !CONTINUED_MARK.test(b.text.trim()))) return false;
  }
  // Under no head at all, only the numbering going on tells a table's rest from another table.
  if (!headless && pageBreakOnly(blocks, end, head.index)) return true;
  const last = serialOf(prev.rows[prev.rows.length - 1]);
  return last !== undefined && serialOf(rows[1]) === last + 1;
}

/**
 * The tables' rows (each group a table, head first, in document order) with every continuation
 * joined to the table it continues: its rows after the first part's, its repeated head left out.
 */
export function continuedTables(blocks: readonly Block[], groups: readonly Block[][]): Block[][] {
  const out: Block[][] = [];
  // Whether the table so far ended with its 合计 is kept as rows join, not searched again for each part.
  let prev: { rows: Block[]; heads: string[]; closed: boolean } | undefined;
  for (const rows of groups) {
    if (prev && rows.length > 1 && continues(blocks, prev, rows)) {
      for (let k = 1; k < rows.length; k++) prev.rows.push(rows[k]);
      prev.closed = closes(rows);
      continue;
    }
    const own = [...rows];
    out.push(own);
    const head = own[0];
    prev = head?.table?.header && head.cells ? { rows: own, heads: headsOf(head), closed: closes(own) } : undefined;
  }
  return out;
}
