import type { Block, ParsedDocument } from './types.ts';

/**
 * A head set one column off its figures. A PDF centres a head over a column whose figures it sets right, and a text
 * rebuilt from it may put the head in one column and the figures in the next, the head's own column empty in every
 * row: `| 比上年增减 金额 | % |  |` over `| 260 |  | 4.9 |`. Read so, the figures have no head (4.9 is no rate, and adds
 * up as money) and the head names nothing. A head whose column is empty in every row, beside a column with figures
 * and no head, is that column's head: it is moved there. A head with such a column on both sides is left where it is.
 */
export function shiftedHeads(doc: ParsedDocument): ParsedDocument {
  const tables = new Map<number, number[]>();
  doc.blocks.forEach((b, i) => {
    if (b.kind !== 'table-row' || !b.table || !b.cells) return;
    const rows = tables.get(b.table.id);
    if (rows) rows.push(i);
    else tables.set(b.table.id, [i]);
  });
  let blocks: Block[] | undefined;
  for (const rows of tables.values()) {
    const at = rows.find((i) => doc.blocks[i].table!.header);
    if (at === undefined) continue;
    const body = rows.filter((i) => !doc.blocks[i].table!.header);
    if (body.length < 2) continue;
    const head = doc.blocks[at];
    const cells = head.cells!.slice();
    const n = cells.length;
    // Whether any row has something in each column, found once per table.
    const filled = new Array<boolean>(n).fill(false);
    for (const i of body) {
      const b = doc.blocks[i];
      b.cells!.forEach((cell, c) => {
        if (c < n && !filled[c] && b.text.slice(cell.start, cell.end).trim()) filled[c] = true;
      });
    }
    const named = (c: number) => head.text.slice(cells[c].start, cells[c].end).trim() !== '';
    let moved = false;
    for (let c = 0; c < n; c++) {
      // A head noting its column's unit (资金（万元）) gave that unit to its column: left as read.
      if (!named(c) || filled[c] || head.table!.columns?.[c] !== undefined) continue;
      const left = c > 0 && !named(c - 1) && filled[c - 1];
      const right = c + 1 < n && !named(c + 1) && filled[c + 1];
      if (left === right) continue;
      const to = left ? c - 1 : c + 1;
      // The emptied cell keeps its place in the row's order: at the moved head's start (moved right) or end (left).
      const cell = cells[c];
      cells[to] = cell;
      cells[c] = left ? { start: cell.end, end: cell.end } : { start: cell.start, end: cell.start };
      filled[c] = false;
      moved = true;
    }
    // | 自评得分 评价等级 |  | over | 88.50 | 优 |: two heads a page set in one cell, the column after it filled and with
    // no head: the second is that column's.
    for (let c = 0; c + 1 < n; c++) {
      if (!filled[c] || !filled[c + 1] || named(c + 1) || head.table!.columns?.[c] !== undefined) continue;
      const text = head.text.slice(cells[c].start, cells[c].end);
      const m = /^([\s\u3000]*)([\u4e00-\u9fa5（）()%％]{2,12})[\s\u3000]+([\u4e00-\u9fa5（）()%％]{2,12})[\s\u3000]*$/.exec(text);
      if (!m) continue;
      const at = cells[c].start + m[1].length;
      const second = cells[c].start + text.indexOf(m[3], m[1].length + m[2].length);
      cells[c + 1] = { start: second, end: second + m[3].length };
      cells[c] = { start: at, end: at + m[2].length };
      moved = true;
    }
    if (!moved) continue;
    blocks ??= doc.blocks.slice();
    blocks[at] = { ...head, cells };
  }
  return blocks ? { ...doc, blocks } : doc;
}
