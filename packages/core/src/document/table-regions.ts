import { readMarker, type Marker } from './markers.ts';
import type { TextLine } from './text-lines.ts';

/**
 * Tables that a PDF-to-text conversion flattened into one cell or one row per
 * line: runs of lines that are numbers or short labels, with at least two
 * lines of numbers. The run's lines between its first and last line of
 * numbers are all table; the labels just before and after it are its title,
 * column heads and last row labels, unless one of them is numbered in a
 * series the table does not continue: that is a heading of the text around
 * the table, and the region stops there.
 *
 * Returns, for each line, whether it belongs to a flattened table.
 */
export function tableRegions(lines: readonly TextLine[]): boolean[] {
  const inTable = new Array<boolean>(lines.length).fill(false);
  const tableish = (l: TextLine) => l.kind === 'numbers' || l.kind === 'label' || l.kind === 'page-number';
  const skippable = (l: TextLine) => l.kind === 'blank' || l.kind === 'furniture';
  const hasNumbers = (l: TextLine) => l.kind === 'numbers' || l.kind === 'page-number';

  let i = 0;
  while (i < lines.length) {
    if (!tableish(lines[i])) {
      i++;
      continue;
    }
    // The run: table-ish lines, with blank lines and page furniture inside it.
    let end = i;
    let j = i;
    while (j < lines.length && (tableish(lines[j]) || skippable(lines[j]))) {
      if (tableish(lines[j])) end = j;
      j++;
    }
    markRun(lines, i, end, inTable, hasNumbers);
    i = j;
  }
  return inTable;
}

function markRun(
  lines: readonly TextLine[],
  from: number,
  to: number,
  inTable: boolean[],
  hasNumbers: (l: TextLine) => boolean,
): void {
  let first = -1;
  let last = -1;
  let count = 0;
  for (let k = from; k <= to; k++) {
    if (!hasNumbers(lines[k])) continue;
    if (first < 0) first = k;
    last = k;
    count++;
  }
  // Two lines of numbers at least, and not only bare page numbers.
  if (count < 2 || !lines.slice(first, last + 1).some((l) => l.kind === 'numbers' || l.kind === 'label')) return;
  // Numbered series inside the table: row labels 一、二、… continue one of them.
  const styles = new Set<string>();
  for (let k = first; k <= last; k++) {
    for (const key of markerKeys(lines[k].body)) styles.add(key);
  }
  // The next and the previous line that is not blank or furniture.
  const step = (k: number, d: 1 | -1) => {
    let j = k + d;
    while (j >= 0 && j < lines.length && (lines[j].kind === 'blank' || lines[j].kind === 'furniture')) j += d;
    return j >= 0 && j < lines.length ? j : -1;
  };
  const keysOf = (k: number) => (k < 0 ? [] : markerKeys(lines[k].body));
  const sameSeries = (k: number) => keysOf(k).some((key) => styles.has(key));
  // A numbered label before the first numbers is a row label when its figures or the
  // next row follow it; a section heading is followed by the table's title or unit line.
  const leadingRow = (k: number) => {
    const n = step(k, 1);
    return sameSeries(k) && n >= 0 && (lines[n].kind === 'numbers' || lines[n].kind === 'page-number' || sameSeries(n));
  };
  // A numbered label after the last numbers is an empty last row when more rows or
  // unnumbered labels follow it; a heading is followed by prose or by its own subheading.
  const trailingRow = (k: number) => {
    const n = step(k, 1);
    if (!sameSeries(k)) return false;
    if (n < 0) return true;
    const next = lines[n];
    return next.kind !== 'prose' && (keysOf(n).length === 0 || sameSeries(n));
  };
  // A label right after a sentence left open is that sentence's last line; a label
  // right before prose is the title of that prose.
  const endsOpen = (k: number) => k >= 0 && lines[k].kind === 'prose' && !/[。！？!?；;]$/.test(lines[k].body);
  const before = (k: number) => {
    const l = lines[k];
    if (l.kind === 'blank' || l.kind === 'furniture') return true;
    if (l.kind !== 'label') return l.kind !== 'prose';
    // (Not a line of cells parted by tabs: 科目⏎2025年预算数⏎… under …列示如下： is the table's head.)
    if (endsOpen(k - 1) && !TAB_CELLS.test(l.body)) return false;
    return keysOf(k).length === 0 || leadingRow(k);
  };
  const after = (k: number) => {
    const l = lines[k];
    if (l.kind === 'blank' || l.kind === 'furniture') return true;
    if (l.kind !== 'label') return l.kind !== 'prose';
    if (keysOf(k).length > 0) return trailingRow(k);
    const n = step(k, 1);
    return n < 0 || lines[n].kind !== 'prose';
  };
  let a = first;
  while (a - 1 >= from && before(a - 1)) a--;
  let b = last;
  while (b + 1 <= to && after(b + 1)) b++;
  for (let k = a; k <= b; k++) if (lines[k].kind !== 'blank' && lines[k].kind !== 'furniture') inTable[k] = true;
}

/** The numbering styles of the markers a line's cells open with: "cn" for 一、, "num" for 1. */
function markerKeys(body: string): string[] {
  const out: string[] = [];
  const key = (m: Marker) => `${m.level}${m.raw.replace(/[一二三四五六七八九十百零〇两0-9０-９]+/g, '#')}`;
  // The line's own marker first: "三 “三公”经费预算情况" is numbered by a gap, which parts no cells.
  const lead = readMarker(body);
  if (lead) out.push(key(lead));
  for (const cell of body.slice(lead?.length ?? 0).split(/[\s\u3000]+/)) {
    const m = readMarker(cell);
    if (m) out.push(key(m));
  }
  return out;
}

/** Three cells or more parted by tabs (a tab before the first is an indent, not a cell): a table's line, never prose's. */
export const TAB_CELLS = /[^\t\s][^\t]*\t+[^\t\s][^\t]*\t+[^\t\s]/;
