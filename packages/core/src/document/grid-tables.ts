import { OffsetMap } from './offset-map.ts';
import type { Block } from './types.ts';
import type { Chunk } from './parse-markdown-lean.ts';
import { columnUnits, tableUnit } from './unit-notes.ts';

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

  const blocks: Block[] = [];
  let unit = unitBefore;
  let units: Array<string | undefined> | undefined;
  groups.forEach((group, r) => {
    const map = new OffsetMap();
    const parts: string[] = [];
    const cells: Array<{ start: number; end: number }> = [];
    let len = 0;
    const pieces = group.map(piecesOf);
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
  return { blocks, directives: [], tables: 1, lastUnit: undefined };
}
