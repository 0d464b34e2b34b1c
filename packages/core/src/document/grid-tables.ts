import { OffsetMap } from './offset-map.ts';
import type { Block } from './types.ts';
import type { Chunk } from './parse-markdown-lean.ts';
import { columnUnits, tableUnit, unitAfterTable } from './unit-notes.ts';

/*
 * Pandoc writes a .docx table whose cells hold more than one line (or wrap) as a grid table:
 *
 *   +----------+----------+
 *   | 科目     | 决算数   |
 *   +==========+==========+
 *   | 社会保障 | 8,468.32 |
 *   | 和就业   |          |
 *   +----------+----------+
 *
 * CommonMark has no such table, so the parser reads the whole grid as one paragraph of pipes and
 * dashes, and every figure in it as one sentence's. A row is the lines between two borders; a
 * cell is the same column of each of those lines, joined (a Chinese label wraps mid-word, so
 * pieces join with nothing between them unless both sides are Latin letters or digits).
 * Columns are found by the row's own `|`, not by the border's `+` positions: pandoc aligns by
 * display width (an ideograph is two columns), which a character index does not know.
 */

const BORDER = /^\+(?:[-=:]+\+)+$/;
const ROW = /^\|.*\|$/;

interface Line {
  text: string;
  start: number;
}

function linesOf(source: string): Line[] {
  const out: Line[] = [];
  const re = /[^\r\n]*/g;
  for (let m = re.exec(source); m; m = re.exec(source)) {
    if (m[0].trim()) out.push({ text: m[0], start: m.index });
    if (re.lastIndex >= source.length) break;
    re.lastIndex += source[re.lastIndex] === '\r' && source[re.lastIndex + 1] === '\n' ? 2 : 1;
  }
  return out;
}

/** The `|`-separated pieces of one grid line, as [start, end) offsets of their trimmed text in the source. */
function piecesOf(line: Line): Array<[number, number]> {
  const lead = line.text.length - line.text.trimStart().length;
  const body = line.text.trim();
  const out: Array<[number, number]> = [];
  let from = 1;
  for (let i = 1; i < body.length; i++) {
    if (body[i] !== '|') continue;
    const raw = body.slice(from, i);
    const l = raw.length - raw.trimStart().length;
    const r = raw.trimEnd().length;
    const s = line.start + lead + from;
    out.push(r > l ? [s + l, s + r] : [s + l, s + l]);
    from = i + 1;
  }
  return out;
}

const LATIN = /[A-Za-z0-9.%]/;
const BARE_NUMBER = /^[-−+]?[\d,，]*\d(?:\.\d+)?%?$/;

/**
 * The chunk's blocks when the whole chunk is one grid table (borders first and last, every line a
 * border or a row of as many cells as the first border has columns), else undefined.
 */
export function gridTableChunk(source: string, unitBefore: string | undefined): Chunk | undefined {
  // Every chunk comes here: one that does not open with a border is left at once, unsplit.
  if (!/^[ \t]*\+[-=:]/.test(source)) return undefined;
  const lines = linesOf(source);
  if (lines.length < 3) return undefined;
  const first = lines[0].text.trim();
  if (!BORDER.test(first) || !BORDER.test(lines[lines.length - 1].text.trim())) return undefined;
  const columns = first.split('+').length - 2;
  const groups: Line[][] = [];
  let headerRows = 0;
  let open: Line[] = [];
  for (const line of lines.slice(1)) {
    const t = line.text.trim();
    if (BORDER.test(t)) {
      if (t.split('+').length - 2 !== columns || !open.length) return undefined;
      groups.push(open);
      open = [];
      if (t.includes('=')) {
        if (headerRows) return undefined;
        headerRows = groups.length;
      }
      continue;
    }
    if (!ROW.test(t) || piecesOf(line).length !== columns) return undefined;
    open.push(line);
  }
  if (open.length || !groups.length) return undefined;
  // Pandoc leaves out the += border when the Word table did not mark its first row as a heading row,
  // which most drafts do not: a first row of words only (项目 | 预算数) is the header all the same.
  if (!headerRows && groups.length > 1 && !groups[0].some((l) => piecesOf(l).some(([s, e]) => BARE_NUMBER.test(source.slice(s, e))))) headerRows = 1;

  return tableChunk(source, groups.map((g) => g.map(piecesOf)), columns, headerRows, unitBefore);
}


/**
 * The blocks of one table: rows[r][k][c] is the [start, end) in the source of column c's text on the k-th line of
 * row r (empty when the line has nothing there); the first headerRows rows are the header.
 */
function tableChunk(source: string, rows: Array<Array<Array<[number, number]>>>, columns: number, headerRows: number, unitBefore: string | undefined): Chunk {
  const blocks: Block[] = [];
  let unit = unitBefore;
  let units: Array<string | undefined> | undefined;
  rows.forEach((pieces, r) => {
    const map = new OffsetMap();
    const parts: string[] = [];
    const cells: Array<{ start: number; end: number }> = [];
    let len = 0;
    for (let c = 0; c < columns; c++) {
      if (c > 0) {
        // A tab keeps cells apart without a source character of its own, as in a GFM table row.
        map.pushSynthetic(pieces[0][c][0], 1);
        parts.push('\t');
        len += 1;
      }
      const cellStart = len;
      let prev = '';
      for (const p of pieces) {
        const [s, e] = p[c];
        if (e <= s) continue;
        const text = source.slice(s, e);
        if (prev && LATIN.test(prev[prev.length - 1]) && LATIN.test(text[0])) {
          map.pushSynthetic(s, 1);
          parts.push(' ');
          len += 1;
        }
        map.push(s, text.length);
        parts.push(text);
        len += text.length;
        prev = text;
      }
      cells.push({ start: cellStart, end: len });
    }
    const text = parts.join('');
    const header = r < headerRows;
    if (r === 0 && header) {
      units = columnUnits(text, cells, unit);
      unit = tableUnit(text, unit);
    }
    blocks.push({
      index: blocks.length,
      kind: 'table-row',
      text,
      map,
      cells,
      table: { id: 0, row: r, header, unit, ...(units ? { columns: units } : {}) },
    });
  });
  return { blocks, directives: [], tables: 1, lastUnit: unitAfterTable(unitBefore) };
}

/*
 * Pandoc's default Markdown writes a Word table with column widths as a multiline table: a full rule of dashes,
 * the header's lines, a rule of one dash run per column, the rows separated by blank lines, a full rule.
 *
 *   -------------------------------------
 *     科目           年初预算     决算数
 *   -------------- ------------ ---------
 *     社会保障和就     8,126.40  8,468.32
 *     业支出
 *
 *     合计             8,312.60  8,650.96
 *   -------------------------------------
 *
 * No pipes: a character belongs to the column whose dash run stands over its display column (an ideograph
 * takes two, as pandoc counts them). The blank lines between rows would end a chunk; multilineTableSpans
 * tells the chunker where such a table runs.
 */
const FULL_RULE = /^[ \t]{0,3}-{8,}[ \t]*$/;
const COLUMN_RULE = /^[ \t]{0,3}-{2,}(?:[ \t]+-{2,})+[ \t]*$/;
const WIDE = /[\u1100-\u115f\u2e80-\u303e\u3040-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;

interface RawLine {
  text: string;
  start: number;
}

function rawLines(source: string): RawLine[] {
  const out: RawLine[] = [];
  let at = 0;
  while (at <= source.length) {
    let nl = source.indexOf('\n', at);
    if (nl < 0) nl = source.length;
    const text = source.slice(at, nl).replace(/\r$/, '');
    out.push({ text, start: at });
    at = nl + 1;
  }
  return out;
}

/** [top rule, closing rule] line indexes of a multiline table opening at line i, or undefined. */
function multilineAt(lines: readonly RawLine[], i: number): [number, number] | undefined {
  if (!FULL_RULE.test(lines[i].text)) return undefined;
  let j = i + 1;
  while (j < lines.length && j <= i + 5 && lines[j].text.trim() && !COLUMN_RULE.test(lines[j].text)) j++;
  if (j === i + 1 || j >= lines.length || !COLUMN_RULE.test(lines[j].text)) return undefined;
  for (let k = j + 1; k < lines.length && k <= j + 2000; k++) {
    if (FULL_RULE.test(lines[k].text)) return k > j + 1 ? [i, k] : undefined;
    if (COLUMN_RULE.test(lines[k].text)) return undefined;
  }
  return undefined;
}

/** Where the multiline tables of a Markdown source run, as [start, end) offsets: no chunk may end inside one. */
export function multilineTableSpans(source: string): Array<{ start: number; end: number }> {
  // Most drafts have no full rule at all: no line array is built for them.
  if (!source.includes('--------') || !/^[ \t]{0,3}-{8,}[ \t]*\r?$/m.test(source)) return [];
  const lines = rawLines(source);
  const out: Array<{ start: number; end: number }> = [];
  for (let i = 0; i < lines.length; i++) {
    const t = multilineAt(lines, i);
    if (!t) continue;
    out.push({ start: lines[t[0]].start, end: lines[t[1]].start + lines[t[1]].text.length });
    i = t[1];
  }
  return out;
}

/** The chunk's blocks when the whole chunk is one multiline table, else undefined. */
export function multilineTableChunk(source: string, unitBefore: string | undefined): Chunk | undefined {
  if (!/^[ \t]{0,3}-{8,}/.test(source)) return undefined;
  const lines = rawLines(source);
  while (lines.length && !lines[lines.length - 1].text.trim()) lines.pop();
  const t = multilineAt(lines, 0);
  if (!t || t[1] !== lines.length - 1) return undefined;
  const ruleAt = lines.findIndex((l, k) => k > 0 && COLUMN_RULE.test(l.text));
  const spans: Array<[number, number]> = [];
  const rule = lines[ruleAt].text;
  for (const m of rule.matchAll(/-+/g)) spans.push([m.index!, m.index! + m[0].length - 1]);
  const columns = spans.length;
  // Each line cut into its columns; a character standing between two dash runs belongs to neither: not this table.
  const cut = (line: RawLine): Array<[number, number]> | undefined => {
    const out: Array<[number, number]> = spans.map(() => [line.start, line.start]);
    const first: number[] = spans.map(() => -1);
    let col = 0;
    for (let x = 0; x < line.text.length; x++) {
      const ch = line.text[x];
      const w = ch === '\t' ? 4 - (col % 4) : WIDE.test(ch) ? 2 : 1;
      if (ch !== ' ' && ch !== '\t' && ch !== '\u3000') {
        const c = spans.findIndex(([a, b]) => col >= a && col <= b);
        if (c < 0) return undefined;
        if (first[c] < 0) first[c] = x;
        out[c] = [line.start + first[c], line.start + x + 1];
      }
      col += w;
    }
    return out;
  };
  const rows: Array<Array<Array<[number, number]>>> = [];
  let open: Array<Array<[number, number]>> = [];
  const close = () => {
    if (open.length) rows.push(open);
    open = [];
  };
  for (let k = 1; k < lines.length - 1; k++) {
    if (k === ruleAt) {
      close();
      continue;
    }
    if (!lines[k].text.trim()) {
      close();
      continue;
    }
    const pieces = cut(lines[k]);
    if (!pieces) return undefined;
    open.push(pieces);
  }
  close();
  if (rows.length < 2) return undefined;
  return tableChunk(source, rows, columns, 1, unitBefore);
}
