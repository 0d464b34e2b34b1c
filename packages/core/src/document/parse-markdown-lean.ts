import { OffsetMap } from './offset-map.ts';
import type { Block, Directive } from './types.ts';
import { columnUnits, tableUnit, unitAfter, unitAfterTable } from './unit-notes.ts';

/** One top-level chunk of a Markdown document read into blocks; offsets are the chunk's own. */
export interface Chunk {
  blocks: Block[];
  directives: Directive[];
  tables: number;
  lastUnit: string | undefined;
}

/*
 * The lean reader. Most chunks of a draft are prose, ATX headings, GFM tables and simple
 * lists whose text has no inline markup. For those, what remark-parse + gfm would give is
 * known exactly (checked by parse-markdown.lean.test.ts against the parser on every
 * Markdown file in the repository and on generated fragments), and building its syntax
 * tree (every node with positions) cost far more than reading the text: a table of
 * plain cells took 4× the time per MB of prose. Anything the rules below do not cover
 * returns undefined and goes to the parser, so the reader only has to be right where it
 * answers, never complete.
 */

// Inline syntax that changes text or offsets: escapes, entities, code spans, emphasis,
// strikethrough, links and images, HTML and autolinks in <>. Literal autolinks (www., a
// scheme's ://, an e-mail's @) keep their text, but the parser path gives that text no
// source position (it maps to offset 0): they go to the parser too, so both paths agree.
// `!` without `[` is text. NUL becomes U+FFFD and a BOM or a tab is whitespace to the
// parser: those go to it as well.
const INLINE_MARKUP = /[\\&`*_~[\]<@\t\0\uFEFF]|www\.|:\/\//i;

// Markup whose reading depends on more than its own table row: HTML and comments (directives,
// the unclosed-comment rule looks at the whole chunk) and literal autolinks (position-less text
// that the parser path maps to the start of the chunk).
const PARSER_ONLY = /[<@]|www\.|:\/\//i;

const isSpace = (c: number) => c === 32;

/** How a line (without its line ending) may open a block; 'text' when it can only continue or open a paragraph. */
type LineKind = 'text' | 'heading' | 'bullet' | 'ordered' | 'other';

/**
 * Lines that open a container, a break, code, HTML or a setext underline, or start with
 * indentation, are 'other': the parser reads them. `|` and `:` may start a table row
 * or delimiter row, which the table reader checks itself.
 */
function lineKind(s: string, from: number, to: number): LineKind {
  if (from >= to) return 'other';
  const c = s.charCodeAt(from);
  if (isSpace(c)) return 'other';
  if (c === 35 /* # */) {
    let i = from;
    while (i < to && s.charCodeAt(i) === 35) i++;
    if (i - from <= 6 && (i === to || isSpace(s.charCodeAt(i)))) return 'heading';
    return 'text';
  }
  if (c === 45 /* - */ || c === 43 /* + */ || c === 42 /* * */) {
    return from + 1 < to && isSpace(s.charCodeAt(from + 1)) ? 'bullet' : 'other';
  }
  if (c >= 48 && c <= 57) {
    let i = from;
    while (i < to && i - from < 10 && s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57) i++;
    const d = s.charCodeAt(i);
    if (i - from <= 9 && (d === 46 || d === 41) && (i + 1 === to || isSpace(s.charCodeAt(i + 1)))) return 'ordered';
    if (i - from > 9 && (d === 46 || d === 41)) return 'other';
    return 'text';
  }
  // > < = _ ~ ` [ and the rest of ASCII punctuation that can open a block or a setext underline.
  if (c === 62 || c === 60 || c === 61 || c === 95 || c === 126 || c === 96 || c === 91) return 'other';
  return 'text';
}

/** Text of a line that may be read without the parser: no inline markup, no space at either end. */
function plainContent(s: string, from: number, to: number): boolean {
  if (from >= to) return false;
  if (isSpace(s.charCodeAt(from)) || isSpace(s.charCodeAt(to - 1))) return false;
  return !INLINE_MARKUP.test(s.slice(from, to));
}

/**
 * The pipes of a GFM delimiter row (`|---|:--:|`) and its cell count, or -1 when the line
 * is not one. Written as a scan: a pattern for it would backtrack on long runs of `-`.
 */
function delimiterCells(s: string, from: number, to: number): number {
  while (to > from && isSpace(s.charCodeAt(to - 1))) to--;
  let i = from;
  let pipes = 0;
  let cells = 0;
  let colons = 0;
  if (s.charCodeAt(i) === 124) {
    pipes++;
    i++;
  }
  while (i < to) {
    while (i < to && isSpace(s.charCodeAt(i))) i++;
    if (i >= to) break;
    if (s.charCodeAt(i) === 58) {
      colons++;
      i++;
    }
    let dashes = 0;
    while (i < to && s.charCodeAt(i) === 45) {
      dashes++;
      i++;
    }
    if (!dashes) return -1;
    if (s.charCodeAt(i) === 58) {
      colons++;
      i++;
    }
    while (i < to && isSpace(s.charCodeAt(i))) i++;
    cells++;
    if (i >= to) break;
    if (s.charCodeAt(i) !== 124) return -1;
    pipes++;
    i++;
  }
  // Without a pipe, only a colon tells a one-cell delimiter row from a setext underline.
  return cells && (pipes || colons) ? cells : -1;
}

/** Cells of a table row as [pipeBefore, contentStart, contentEnd]; pipeBefore is -1 for a first cell without a pipe. */
function rowCells(s: string, from: number, to: number): number[][] {
  while (to > from && isSpace(s.charCodeAt(to - 1))) to--;
  const cells: number[][] = [];
  let i = from;
  let pipe = -1;
  if (s.charCodeAt(i) === 124) {
    pipe = i;
    i++;
  }
  for (;;) {
    const next = s.indexOf('|', i);
    const end = next < 0 || next >= to ? to : next;
    if (end === to && i >= to && pipe >= 0 && pipe === to - 1) break; // the row's closing pipe
    let a = i;
    let b = end;
    while (a < b && isSpace(s.charCodeAt(a))) a++;
    while (b > a && isSpace(s.charCodeAt(b - 1))) b--;
    cells.push([pipe, a, b]);
    if (end >= to) break;
    pipe = end;
    i = end + 1;
  }
  return cells;
}

/** Lines of a chunk as [start, end) pairs without their line endings, or undefined when one is blank. */
function splitLines(s: string): number[] | undefined {
  const lines: number[] = [];
  let at = 0;
  while (at < s.length) {
    let end = at;
    while (end < s.length && s.charCodeAt(end) !== 10 && s.charCodeAt(end) !== 13) end++;
    if (end === at) return undefined;
    lines.push(at, end);
    if (end >= s.length) break;
    at = end + (s.charCodeAt(end) === 13 && s.charCodeAt(end + 1) === 10 ? 2 : 1);
  }
  return lines.length ? lines : undefined;
}

/**
 * Blocks of a chunk read without the Markdown parser, or undefined when the chunk needs the
 * parser. `inline`, when given, is the parser: a table row with inline markup is handed to it
 * alone, so one bold 合计 row does not send a table of thousands of rows to the parser.
 */
export function leanChunk(source: string, unitBefore: string | undefined, inline?: (source: string) => Chunk): Chunk | undefined {
  const lines = splitLines(source);
  if (!lines) return undefined;
  const n = lines.length / 2;
  const start = (k: number) => lines[2 * k];
  const end = (k: number) => lines[2 * k + 1];
  const blocks: Block[] = [];
  let lastUnit = unitBefore;
  let tables = 0;

  const prose = (kind: 'heading' | 'paragraph', from: number, to: number, depth?: number) => {
    const text = source.slice(from, to);
    if (!text.trim()) return;
    const map = new OffsetMap();
    map.push(from, text.length);
    blocks.push(depth ? { index: blocks.length, kind, text, map, depth } : { index: blocks.length, kind, text, map });
    lastUnit = unitAfter(text, lastUnit);
  };

  const first = lineKind(source, start(0), end(0));
  if (first === 'bullet' || first === 'ordered') return leanList(source, lines, first, unitBefore);

  // A header row is a line followed by a delimiter row of as many cells; a list item ("- | ---") wins over a delimiter row.
  const tableAt = (k: number) => {
    if (k + 1 >= n) return false;
    const next = lineKind(source, start(k + 1), end(k + 1));
    return next !== 'bullet' && next !== 'ordered' && !isSpace(source.charCodeAt(start(k + 1))) && delimiterCells(source, start(k + 1), end(k + 1)) === rowCells(source, start(k), end(k)).length;
  };

  let para = -1; // first line of the open paragraph
  const closePara = (k: number) => {
    if (para >= 0) prose('paragraph', start(para), end(k - 1));
    para = -1;
  };
  for (let k = 0; k < n; k++) {
    const kind = lineKind(source, start(k), end(k));
    if (kind === 'heading') {
      closePara(k);
      let a = start(k);
      while (source.charCodeAt(a) === 35) a++;
      while (a < end(k) && isSpace(source.charCodeAt(a))) a++;
      let b = end(k);
      while (b > a && isSpace(source.charCodeAt(b - 1))) b--;
      // A closing run of #s is markup: left to the parser.
      if (source.slice(a, b).includes('#') || (a < b && INLINE_MARKUP.test(source.slice(a, b)))) return undefined;
      prose('heading', a, b, countHashes(source, start(k)));
      continue;
    }
    if (kind !== 'text') return undefined;
    if (tableAt(k)) {
      closePara(k);
      const rows: number[][][] = [];
      const header = rowCells(source, start(k), end(k));
      rows.push(header);
      // The header and delimiter rows decide the table: with markup in them, the parser reads it all.
      if (INLINE_MARKUP.test(source.slice(start(k), end(k + 1)))) return undefined;
      // Rows with inline markup are read by the parser one at a time (below): their places in `rows`.
      const marked: number[] = [];
      let r = k + 2;
      for (; r < n; r++) {
        if (lineKind(source, start(r), end(r)) !== 'text') return undefined;
        const line = source.slice(start(r), end(r));
        if (INLINE_MARKUP.test(line)) {
          if (!inline || PARSER_ONLY.test(line)) return undefined;
          marked.push(rows.length);
          rows.push([]);
          continue;
        }
        const cells = rowCells(source, start(r), end(r));
        if (!cells.length) return undefined;
        rows.push(cells);
      }
      // Each marked row parsed as the only body row of a table with the same header: a GFM row's
      // inline content is read within the row, so it parses as it does in the whole table.
      const parsed = new Map<number, Block>();
      for (const i of marked) {
        const line = k + 1 + i;
        const head = source.slice(start(k), end(k + 1));
        const mini = inline!(`${head}\n${source.slice(start(line), end(line))}`);
        const row = mini.blocks[1];
        if (mini.blocks.length !== 2 || mini.directives.length || row.kind !== 'table-row' || row.table?.row !== 1) return undefined;
        parsed.set(i, { ...row, map: row.map.shifted(start(line) - head.length - 1) });
      }
      const id = tables++;
      let unit = lastUnit;
      let columns: Array<string | undefined> | undefined;
      rows.forEach((row, i) => {
        const done = parsed.get(i);
        if (done) {
          blocks.push({ ...done, index: blocks.length, table: { id, row: i, header: false, unit, ...(columns ? { columns } : {}) } });
          return;
        }
        const map = new OffsetMap();
        const parts: string[] = [];
        const cells: Array<{ start: number; end: number }> = [];
        let len = 0;
        row.forEach(([pipe, a, b], c) => {
          if (c > 0) {
            map.pushSynthetic(pipe, 1);
            parts.push('\t');
            len++;
          }
          if (b > a) {
            map.push(a, b - a);
            parts.push(source.slice(a, b));
          }
          cells.push({ start: len, end: len + b - a });
          len += b - a;
        });
        const text = parts.join('');
        if (i === 0) {
          columns = columnUnits(text, cells, unit);
          unit = tableUnit(text, unit);
        }
        blocks.push({ index: blocks.length, kind: 'table-row', text, map, cells, table: { id, row: i, header: i === 0, unit, ...(columns ? { columns } : {}) } });
      });
      // Every line after the delimiter row was a row: the table ends the chunk.
      lastUnit = unitAfterTable(lastUnit);
      break;
    }
    if (!plainContent(source, start(k), end(k))) return undefined;
    // A line of only `|`, `-`, `:` and spaces may be a delimiter row or a setext underline.
    if (para >= 0 && delimiterCells(source, start(k), end(k)) >= 0) return undefined;
    if (para < 0) para = k;
  }
  closePara(n);
  return { blocks, directives: [], tables, lastUnit };
}

function countHashes(s: string, at: number): number {
  let i = at;
  while (s.charCodeAt(i) === 35) i++;
  return i - at;
}

/**
 * A list of one-line items that all start with the same marker (`-`, `*`, `+`, or a
 * number with the same `.` or `)`); each item's text is a paragraph, an ordered item's
 * number given back as text the way the parser path gives it (the list's start plus the
 * item's place, whatever number is written).
 */
function leanList(source: string, lines: number[], kind: 'bullet' | 'ordered', unitBefore: string | undefined): Chunk | undefined {
  const blocks: Block[] = [];
  let lastUnit = unitBefore;
  let marker = -1;
  let listStart = 1;
  for (let k = 0; k < lines.length / 2; k++) {
    const from = lines[2 * k];
    const to = lines[2 * k + 1];
    if (lineKind(source, from, to) !== kind) return undefined;
    let i = from;
    while (i < to && source.charCodeAt(i) >= 48 && source.charCodeAt(i) <= 57) i++;
    const m = source.charCodeAt(i);
    if (k === 0) {
      marker = m;
      if (kind === 'ordered') listStart = Number(source.slice(from, i));
    } else if (m !== marker) return undefined;
    i++;
    let a = i;
    while (a < to && isSpace(source.charCodeAt(a))) a++;
    // Five or more spaces after the marker open indented code inside the item.
    if (a - i > 4 || a >= to) return undefined;
    if (lineKind(source, a, to) !== 'text' || !plainContent(source, a, to)) return undefined;
    const prefix = kind === 'ordered' ? `${listStart + k}.` : '';
    const map = new OffsetMap();
    if (prefix) map.pushSynthetic(from, prefix.length);
    map.push(a, to - a);
    const text = prefix + source.slice(a, to);
    if (!text.trim()) continue;
    blocks.push({ index: blocks.length, kind: 'paragraph', text, map });
    lastUnit = unitAfter(text, lastUnit);
  }
  return { blocks, directives: [], tables: 0, lastUnit };
}
