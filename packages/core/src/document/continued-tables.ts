import { cellText } from './cells.ts';
import type { Block, ParsedDocument } from './types.ts';

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
    // 续表1　单位：万元, 表2（续）: the continuation's own mark, with its unit note, is the page's too.
    if (continuationMark(t) || UNIT_LINE.test(t)) continue;
    if (t.length > 40 || /[。；;：:]/.test(t) || blocks[i].cells) return false;
  }
  return true;
}
// (A traditional copy's 續表, 單位, 萬元 too.)
// (- 续表 -: set off by dashes, as a page's foot may print it.)
const CONTINUED_MARK = /^[-—–－·•\s\u3000]*[续續]表[0-9０-９一二三四五六七八九十]*[-—–－·•\s\u3000]*(?:(?:金[额額])?[单單]位[:：][\s\u3000]*[万萬亿億千]?元)?$/;
const UNIT_LINE = /^(?:金[额額])?[单單]位[:：][\s\u3000]*[万萬亿億千]?元$/;

// A table's title (…预算表, 项目资金表（单位：万元）), which opens a table of its own.
const TABLE_TITLE = /表(?:[（(][^）)]{1,20}[）)])?$/;
// The caption printed again with （续） after it (表2（续）, 表2 …拨付情况表(续)（单位：万元）): the table going on, as 续表 says.
const CAPTION_GOES_ON = /[（(][续續](?:表|前表)?[）)](?:[（(](?:金[额額])?[单單]位[:：][^）)]{1,8}[）)])?$/;

/** Whether a line marks a table going on after a page break: 续表, 续表2, 表2（续）, …情况表（续）. */
export function continuationMark(text: string): boolean {
  const t = text.trim();
  return CONTINUED_MARK.test(t) || (t.length <= 60 && CAPTION_GOES_ON.test(plain(t)));
}

// The number a caption or a continuation mark gives its table: 表2 …, 附表3, 续表2, 表2（续）.
const TABLE_NUMBER = /^(?:附?表|[续續]表)[\s\u3000]*([0-9０-９]{1,3})(?![0-9０-９])/;
const numberOf = (text: string) => {
  const m = TABLE_NUMBER.exec(text.trim());
  return m ? Number(m[1].replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))) : undefined;
};

/** A line that captions a table: …预算表, or 表2 / 附表3 and its words (not 续表2, which marks one going on). */
const isCaption = (text: string) => TABLE_TITLE.test(plain(text)) || (numberOf(text) !== undefined && !/^[续續]/.test(text.trim()));

/** The caption of the table whose head is at `head`: a line or two above it (its unit note may stand between). */
export function captionOf(blocks: readonly Block[], head: number): { text: string; number?: number } | undefined {
  for (let i = head - 1; i >= Math.max(0, head - 3); i--) {
    const b = blocks[i];
    if (b.cells || b.kind === 'heading') return undefined;
    if (isCaption(b.text) && !continuationMark(b.text)) return { text: plain(b.text), number: numberOf(b.text) };
  }
  return undefined;
}
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

interface Part {
  rows: Block[];
  heads: string[];
  closed: boolean;
  /** The first part's caption (表2 …), if any. */
  caption?: { text: string; number?: number };
}

/** Whether only a page's furniture stands between two blocks, and among it the mark of a table going on (续表2). */
const markedBreak = (blocks: readonly Block[], end: number, next: number) =>
  pageBreakOnly(blocks, end, next) && blocks.slice(end + 1, next).some((b) => continuationMark(b.text));

function continues(blocks: readonly Block[], prev: Part, rows: readonly Block[]): boolean {
  const head = rows[0];
  const heads = prev.heads;
  if (!head.cells || prev.closed) return false;
  // A part with no head row at all (its head not printed again: readContinuations below): its first row is a row.
  const bare = !head.table?.header;
  const end = prev.rows[prev.rows.length - 1].index;
  // Searched only over a page break's few blocks: a table far below another is another table.
  if (head.index - end > PAGE_BREAK) return false;
  // The PDF reader writes the rows a page goes on with, when it cannot join them itself, under an empty head.
  const next = headsOf(head);
  const headless = !bare && next.length === heads.length && next.every((h) => !h);
  if (bare ? next.length !== heads.length : !headless && !sameHead(heads, next)) return false;
  for (let i = end + 1; i < head.index; i++) {
    const b = blocks[i];
    // A line the text reader could not part into cells (a footnote's mark) is no other table.
    // (续表 ends in 表 as a title does: it is the mark of this table going on, not another's title.)
    if (b.kind === 'heading' || b.kind === 'toc' || b.cells) return false;
    // 续表3 or 表3 under 表2: a line naming another table than the one above, which goes on elsewhere.
    const own = numberOf(b.text);
    if (own !== undefined && prev.caption?.number !== undefined && own !== prev.caption.number) return false;
    // A caption opens a table of its own, unless it marks this one going on (表2（续）) or is its own caption printed
    // again over the page's rows (表2 …, by its number or its words).
    const again = own !== undefined ? own === prev.caption?.number : plain(b.text) === prev.caption?.text;
    if (isCaption(b.text) && !continuationMark(b.text) && !again) return false;
  }
  const last = serialOf(prev.rows[prev.rows.length - 1]);
  const goesOn = last !== undefined && serialOf(bare ? rows[0] : rows[1]) === last + 1;
  // With no head, the mark and the numbering going on together tell the rest of a table from another one.
  if (bare) return goesOn && markedBreak(blocks, end, head.index);
  // Under an empty head, only the numbering going on tells a table's rest from another table.
  if (!headless && pageBreakOnly(blocks, end, head.index)) return true;
  return goesOn;
}

/**
 * The tables' rows (each group a table, head first, in document order) with every continuation
 * joined to the table it continues: its rows after the first part's, its repeated head left out.
 */
export function continuedTables(blocks: readonly Block[], groups: readonly Block[][]): Block[][] {
  const out: Block[][] = [];
  // Whether the table so far ended with its 合计 is kept as rows join, not searched again for each part.
  let prev: Part | undefined;
  for (const rows of groups) {
    if (prev && rows.length > 1 && continues(blocks, prev, rows)) {
      for (let k = rows[0].table?.header ? 1 : 0; k < rows.length; k++) prev.rows.push(rows[k]);
      prev.closed = closes(rows);
      continue;
    }
    const own = [...rows];
    out.push(own);
    const head = own[0];
    prev = head?.table?.header && head.cells ? { rows: own, heads: headsOf(head), closed: closes(own), caption: captionOf(blocks, head.index) } : undefined;
  }
  return out;
}

/** Each table's rows (its head first), tables in the order they open: before a page break's parts are joined. */
export function rowsByTable(blocks: readonly Block[]): Block[][] {
  const byId = new Map<number, Block[]>();
  for (const b of blocks) {
    if (!b.table) continue;
    const rows = byId.get(b.table.id);
    if (rows) rows.push(b);
    else byId.set(b.table.id, [b]);
  }
  return [...byId.values()];
}

/**
 * The parts of a table a page break cut, read as one wherever the document's readers look: the rest of its rows under
 * 续表2 with no head printed again (the first of them read as the part's head: | 4 | 脱贫户小额信贷贴息 | 142.00 |), and the
 * unit they are in.
 *
 * A head is a row of the table when it goes on with the numbering of the part above (4 after 3), as wide, past nothing
 * but a page's furniture and the mark of the table going on: a new table's head names its columns, it does not number
 * a row.
 *
 * The unit of a continued table's rows is the first part's. Its caption's note (表1 …（单位：亿元）) stands over the
 * first page only; under 续表1 and the head printed again the rest of the rows came out bare, and the 合计 closing them
 * was read in no unit while the rows it adds up were in 亿元. A part with a note of its own keeps it.
 */
export function readContinuations(doc: ParsedDocument): ParsedDocument {
  const groups = rowsByTable(doc.blocks);
  if (groups.length < 2) return doc;
  for (let g = 1; g < groups.length; g++) {
    const [above, rows] = [groups[g - 1], groups[g]];
    const head = rows[0];
    const last = above[above.length - 1];
    const n = serialOf(last);
    if (!head.table?.header || !head.cells || n === undefined || serialOf(head) !== n + 1) continue;
    if (head.cells.length !== (last.cells?.length ?? -1) || head.index - last.index > PAGE_BREAK) continue;
    if (!markedBreak(doc.blocks, last.index, head.index)) continue;
    head.table.header = false;
  }
  for (const rows of continuedTables(doc.blocks, groups)) {
    const first = rows[0].table!;
    if (first.unit === undefined && !first.columns) continue;
    for (const r of rows) {
      const t = r.table!;
      if (t.id === first.id) continue;
      t.unit ??= first.unit;
      // Column by column: a head printed again notes its own 支出进度（%）, and the money columns beside it are the first part's.
      if (first.columns) t.columns = t.columns && t.columns.length === first.columns.length ? t.columns.map((u, c) => u ?? first.columns![c]) : (t.columns ?? first.columns);
    }
  }
  return doc;
}
