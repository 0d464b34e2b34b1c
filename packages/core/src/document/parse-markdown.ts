import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import { OffsetMap } from './offset-map.ts';
import { ownString } from './own-string.ts';
import { parseText } from './parse-text.ts';
import type { Block, Directive, DocumentNotice, ParsedDocument } from './types.ts';
import { LintMemo } from '../engine/memo.ts';
import { type Chunk, leanChunk } from './parse-markdown-lean.ts';
import { gridTableChunk, multilineTableChunk, multilineTableSpans } from './grid-tables.ts';
import { columnUnits, tableUnit, unitAfter, unitAfterTable } from './unit-notes.ts';

// mdast nodes, typed as loosely as we read them.
interface Node {
  type: string;
  value?: string;
  depth?: number;
  ordered?: boolean;
  start?: number | null;
  children?: Node[];
  position?: { start: { offset?: number }; end: { offset?: number } };
}

const processor = unified().use(remarkParse).use(remarkGfm);

const DIRECTIVE = /^<!--\s*budgetlint-(disable-next-line|disable-line|disable|enable)\b([\s\S]*?)-->\s*$/;

/**
 * Directives in the comments of one piece of raw HTML (a block or an inline
 * tag) at `at` in the source. Only HTML nodes are read, so a comment quoted
 * in `inline code` or a fenced block is text, not a directive. An unclosed
 * `<!--` ends the search: linear however many there are.
 */
function directivesIn(raw: string, at: number, out: Directive[]): void {
  for (let i = raw.indexOf('<!--'); i >= 0; ) {
    const close = raw.indexOf('-->', i + 4);
    if (close < 0) return;
    const d = parseDirective(raw.slice(i, close + 3), at + i, at + close + 3);
    if (d) out.push(d);
    i = raw.indexOf('<!--', close + 3);
  }
}

export function parseDirective(html: string, start: number, end: number): Directive | null {
  const m = DIRECTIVE.exec(html.trim());
  if (!m) return null;
  const [body, reason] = m[2].split(/\s--\s/);
  const rules = body.split(/[\s,]+/).map((r) => r.trim()).filter(Boolean);
  return { kind: m[1] as Directive['kind'], rules, reason: reason?.trim() || undefined, start, end };
}

/**
 * Maps a text node whose value differs from its source (backslash escapes,
 * entities: "3\\. 合计", "&nbsp;", spaces dropped around a line break) character by character, so figures after
 * an escape still point at their own characters.
 */
function alignEscaped(src: string, at: number, value: string, map: OffsetMap): void {
  let j = 0;
  for (let i = 0; i < value.length; i++) {
    // The spaces around a soft line break (one line's end, the next one's indent) are dropped from the value.
    while ((src[j] === ' ' || src[j] === '\t') && value[i] !== src[j]) j++;
    if (src[j] === value[i]) {
      map.push(at + j, 1);
      j++;
      continue;
    }
    if (src[j] === '\\' && src[j + 1] === value[i]) {
      map.push(at + j + 1, 1);
      j += 2;
      continue;
    }
    const entity = src[j] === '&' ? /^&(?:#\d+|#x[0-9a-f]+|\w+);/i.exec(src.slice(j, j + 12)) : null;
    if (entity) {
      // One character of text stands for the whole entity; it points at the entity's start.
      map.push(at + j, 1);
      j += entity[0].length;
      continue;
    }
    map.pushSynthetic(at + Math.min(j, src.length - 1), 1);
  }
}

/** Collects a node's inline text and where each piece came from; inline comments go to `directives`. */
function collectText(source: string, node: Node, map: OffsetMap, parts: string[], directives?: Directive[]): void {
  if (node.type === 'html') {
    const s = node.position?.start.offset;
    const e = node.position?.end.offset;
    if (directives && s !== undefined && e !== undefined) directivesIn(source.slice(s, e), s, directives);
    return;
  }
  if (node.type === 'text' || node.type === 'inlineCode') {
    const value = node.value ?? '';
    const s = node.position?.start.offset;
    const e = node.position?.end.offset;
    if (s !== undefined && e !== undefined && source.slice(s, e) === value) {
      map.push(s, value.length);
    } else if (s !== undefined && node.type === 'inlineCode') {
      const inner = source.indexOf(value, s);
      if (inner >= 0 && inner < (e ?? Infinity)) map.push(inner, value.length);
      else map.pushSynthetic(s, value.length);
    } else if (s !== undefined && e !== undefined) {
      alignEscaped(source.slice(s, e), s, value, map);
    } else {
      map.pushSynthetic(0, value.length);
    }
    parts.push(value);
    return;
  }
  if (node.type === 'break') {
    map.pushSynthetic(node.position?.start.offset ?? 0, 1);
    parts.push('\n');
    return;
  }
  for (const child of node.children ?? []) collectText(source, child, map, parts, directives);
}

/** Parses one top-level chunk of a Markdown document; offsets are the chunk's own. */
export function parseChunk(source: string, unitBefore: string | undefined): Chunk {
  return (
    gridTableChunk(source, unitBefore) ??
    multilineTableChunk(source, unitBefore) ??
    leanChunk(source, unitBefore, (mini) => parseChunkWithRemark(mini, undefined)) ??
    parseChunkWithRemark(source, unitBefore)
  );
}

/**
 * `<!--` with no `-->` after it opens no comment; it is text. The Markdown parser
 * nevertheless scans to the end for each one, so a run of them is quadratic: their
 * `<` is read as a look-alike of the same length, and positions stay as they are.
 */
function withoutUnclosedComments(source: string): string {
  const lastClose = source.lastIndexOf('-->');
  let at = source.indexOf('<!--', lastClose < 0 ? 0 : lastClose + 3);
  if (at < 0) return source;
  const parts: string[] = [];
  let from = 0;
  while (at >= 0) {
    parts.push(source.slice(from, at), '＜');
    from = at + 1;
    at = source.indexOf('<!--', at + 4);
  }
  parts.push(source.slice(from));
  return parts.join('');
}

/** parseChunk without the lean reader (the tests compare the two). */
export function parseChunkWithRemark(source: string, unitBefore: string | undefined): Chunk {
  markdownWork.remarkCalls++;
  markdownWork.remarkBytes += source.length;
  const tree = processor.parse(withoutUnclosedComments(source)) as Node;
  const blocks: Block[] = [];
  const directives: Directive[] = [];
  let tableId = 0;
  let lastUnit: string | undefined = unitBefore;

  // An ordered list item's number is markup, not text; sub-item readers need it back ("2." opens item 2).
  let itemPrefix: { text: string; at: number } | undefined;
  const addBlock = (node: Node, kind: Block['kind'], extra: Partial<Block> = {}) => {
    const map = new OffsetMap();
    const parts: string[] = [];
    if (itemPrefix) {
      map.pushSynthetic(itemPrefix.at, itemPrefix.text.length);
      parts.push(itemPrefix.text);
      itemPrefix = undefined;
    }
    collectText(source, node, map, parts, directives);
    const text = parts.join('');
    if (!text.trim()) return;
    blocks.push({ index: blocks.length, kind, text, map, ...extra });
    lastUnit = unitAfter(text, lastUnit);
  };

  const visit = (node: Node) => {
    switch (node.type) {
      case 'heading':
        addBlock(node, 'heading', { depth: node.depth });
        return;
      case 'paragraph':
        addBlock(node, 'paragraph');
        return;
      case 'html': {
        const s = node.position?.start.offset ?? 0;
        const e = node.position?.end.offset ?? s;
        directivesIn(source.slice(s, e), s, directives);
        return;
      }
      case 'table': {
        const id = tableId++;
        const rows = node.children ?? [];
        let unit = lastUnit;
        let columns: Array<string | undefined> | undefined;
        rows.forEach((row, r) => {
          const map = new OffsetMap();
          const parts: string[] = [];
          const cells: Array<{ start: number; end: number }> = [];
          let len = 0;
          (row.children ?? []).forEach((cell, c) => {
            if (c > 0) {
              // A tab keeps cells apart in the text without a source character of its own.
              map.pushSynthetic(cell.position?.start.offset ?? 0, 1);
              parts.push('\t');
              len += 1;
            }
            // Lengths are added up, not re-joined per cell: a row 18,000 cells wide stays linear.
            const from = parts.length;
            collectText(source, cell, map, parts, directives);
            let after = len;
            for (let k = from; k < parts.length; k++) after += parts[k].length;
            cells.push({ start: len, end: after });
            len = after;
          });
          const text = parts.join('');
          if (r === 0) {
            columns = columnUnits(text, cells, unit);
            unit = tableUnit(text, unit);
          }
          blocks.push({
            index: blocks.length,
            kind: 'table-row',
            text,
            map,
            cells,
            table: { id, row: r, header: r === 0, unit, ...(columns ? { columns } : {}) },
          });
        });
        lastUnit = unitAfterTable(lastUnit);
        return;
      }
      case 'list': {
        (node.children ?? []).forEach((item, k) => {
          if (node.ordered) itemPrefix = { text: `${(node.start ?? 1) + k}.`, at: item.position?.start.offset ?? 0 };
          for (const child of item.children ?? []) visit(child);
          itemPrefix = undefined;
        });
        return;
      }
      case 'code':
      case 'yaml':
      case 'thematicBreak':
      case 'definition':
        return;
      default:
        for (const child of node.children ?? []) visit(child);
    }
  };
  visit(tree);
  return { blocks, directives, tables: tableId, lastUnit };
}

/**
 * Top-level chunks: runs of lines between blank lines, outside fenced code.
 * Each parses the same alone as in the whole document for the shapes this
 * genre uses (paragraphs, headings, tables, lists), so a chunk can be parsed
 * once and reused while the editor changes another one.
 */
function splitChunks(source: string): Array<{ start: number; end: number }> {
  const chunks: Array<{ start: number; end: number }> = [];
  // A multiline table's rows are separated by blank lines: none of them ends a chunk.
  const tables = multilineTableSpans(source);
  let t = 0;
  const inTable = (at: number) => {
    while (t < tables.length && tables[t].end < at) t++;
    return t < tables.length && tables[t].start <= at && at < tables[t].end;
  };
  const line = /[^\r\n]*(?:\r\n|\r|\n|$)/g;
  let start = 0;
  let fence: string | undefined;
  let blankRun = false;
  for (let m = line.exec(source); m && m[0].length > 0; m = line.exec(source)) {
    const text = m[0].trim();
    const f = /^(```+|~~~+)/.exec(text);
    if (f) fence = fence ? (text.startsWith(fence) ? undefined : fence) : f[1];
    const blank = text === '' && !fence && !inTable(m.index);
    if (blank && !blankRun && m.index > start) {
      chunks.push({ start, end: m.index });
    }
    if (blank) start = m.index + m[0].length;
    blankRun = blank;
  }
  if (start < source.length) chunks.push({ start, end: source.length });
  return chunks;
}

// Parsed chunks by their text (and the table unit in force before them): an
// edit re-parses one chunk, not the document. Bounded, oldest first out.
const CHUNK_CACHE_SIZE = 4096;
const chunkCache = new LintMemo<Chunk>('markdown chunks', CHUNK_CACHE_SIZE);

function cachedChunk(text: string, unitBefore: string | undefined): Chunk {
  const key = `${unitBefore ?? ''}\u0000${text}`;
  let chunk = chunkCache.get(key);
  if (!chunk) {
    // The cached blocks outlive this lint: their texts are cut from a copy of the chunk, not from the source.
    chunk = parseChunk(ownString(text), unitBefore);
    markdownWork.parses++;
    markdownWork.largestParse = Math.max(markdownWork.largestParse, text.length);
    chunkCache.set(key, chunk);
  }
  return chunk;
}

/**
 * How deep lists and block quotes may nest before the rest of their block is
 * read as plain text. The Markdown parser's work per line grows with the
 * square of the nesting, and 10,000 levels (`- - - …`, `>>>…`) took minutes
 * and then overflowed the stack; real disclosures nest three or four deep.
 */
export const MAX_NESTING = 16;

const isBlank = (c: string | undefined) => c === ' ' || c === '\t';

/**
 * Containers a line opens: the `>` and list markers in the chain at its
 * start, plus its indentation (two columns per level) when the chain is not
 * empty, since an indented marker nests in the item above. Stops counting
 * at `limit`, so the scan is linear in the part of the line it reads.
 */
export function lineNesting(line: string, limit = Infinity): number {
  let i = 0;
  let cols = 0;
  while (isBlank(line[i])) cols += line[i++] === '\t' ? 4 : 1;
  let depth = 0;
  for (;;) {
    const c = line[i];
    if (c === '>') {
      i++;
    } else if ((c === '-' || c === '*' || c === '+') && (isBlank(line[i + 1]) || i + 1 >= line.length)) {
      i++;
    } else if (c !== undefined && c >= '0' && c <= '9') {
      let j = i;
      while (j < line.length && j - i < 9 && line[j] >= '0' && line[j] <= '9') j++;
      if ((line[j] === '.' || line[j] === ')') && (isBlank(line[j + 1]) || j + 1 >= line.length)) i = j + 1;
      else break;
    } else break;
    depth++;
    if (depth + (cols >> 1) > limit) break;
    while (isBlank(line[i])) i++;
  }
  return depth ? depth + (cols >> 1) : 0;
}

/** The offset (within `text`) of the first line outside fenced code nested deeper than MAX_NESTING, or -1. */
function tooDeepAt(text: string): number {
  const eol = /\r\n|\r|\n|$/g;
  let fence: string | undefined;
  for (let start = 0; start <= text.length; ) {
    eol.lastIndex = start;
    const m = eol.exec(text)!;
    const line = text.slice(start, m.index);
    const f = /^[ \t]{0,3}(```+|~~~+)/.exec(line);
    if (f) fence = fence ? (f[1].startsWith(fence) ? undefined : fence) : f[1];
    else if (!fence && lineNesting(line, MAX_NESTING) > MAX_NESTING) return start;
    if (!m[0]) break;
    start = m.index + m[0].length;
  }
  return -1;
}

/** Top-level items in one chunk beyond which the chunk is parsed an item at a time. */
export const ITEMS_PER_PARSE = 64;

const ITEM_START = /^(?:([-*+])|\d{1,9}([.)]))(?:[ \t]|$)/;

/**
 * The Markdown parser's work on one list grows with the square of its items
 * when they hold sub-lists (8,000 `- - x` lines: 20 s). A long list is
 * therefore cut before each top-level item with the same marker as its first
 * one (such a line always starts a sibling item, so each piece parses as it
 * did inside the whole list) and parsed a piece of ITEMS_PER_PARSE items at a
 * time. Ordered items then take the number written on them. Offsets are the
 * chunk's own.
 */
function splitLongList(text: string): Array<{ start: number; end: number }> {
  const first = ITEM_START.exec(text);
  if (!first) return [{ start: 0, end: text.length }];
  const same = (m: RegExpExecArray) => (first[1] ? m[1] === first[1] : m[2] === first[2]);
  const starts: number[] = [0];
  const eol = /\r\n|\r|\n/g;
  let fence: string | undefined;
  for (let m = eol.exec(text); m; m = eol.exec(text)) {
    const at = m.index + m[0].length;
    const head = text.slice(at, at + 16);
    const f = /^[ \t]{0,3}(```+|~~~+)/.exec(head);
    if (f) fence = fence ? (f[1].startsWith(fence) ? undefined : fence) : f[1];
    if (fence) continue;
    const item = ITEM_START.exec(head);
    if (item && same(item)) starts.push(at);
  }
  if (starts.length <= ITEMS_PER_PARSE) return [{ start: 0, end: text.length }];
  const pieces: Array<{ start: number; end: number }> = [];
  for (let i = 0; i < starts.length; i += ITEMS_PER_PARSE) {
    pieces.push({ start: starts[i], end: i + ITEMS_PER_PARSE < starts.length ? starts[i + ITEMS_PER_PARSE] : text.length });
  }
  return pieces;
}

/** Counts of the work done, for tests that check it grows linearly. */
export const markdownWork = { parsedBytes: 0, plainBytes: 0, parses: 0, largestParse: 0, remarkCalls: 0, remarkBytes: 0 };

/**
 * Word paragraphs, one a line (a .docx as the CLI and the web page read it): every
 * line is a block of its own, whatever it looks like, so that line k is paragraph
 * k and no reading rule joins two paragraphs; a run of lines that starts with `|`
 * is a GFM table. Each piece is read as Markdown (the .docx reader has already
 * neutralised what would make a paragraph into another kind of block), so
 * comments still carry directives.
 */
export function parseParagraphs(source: string): ParsedDocument {
  const pieces: Array<{ start: number; end: number }> = [];
  let at = 0;
  let table: { start: number; end: number } | undefined;
  while (at <= source.length) {
    const nl = source.indexOf('\n', at);
    const end = nl < 0 ? source.length : nl;
    const line = source.slice(at, end);
    if (/^\s*\|/.test(line)) {
      if (table) table.end = end;
      else table = { start: at, end };
    } else {
      if (table) pieces.push(table);
      table = undefined;
      if (line.trim()) pieces.push({ start: at, end });
    }
    if (nl < 0) break;
    at = nl + 1;
  }
  if (table) pieces.push(table);
  return parsePieces(source, pieces, 'paragraphs');
}

/** The pieces a Markdown document is parsed in, one parser call each (exported for the differential test). */
export function markdownPieces(source: string): Array<{ start: number; end: number }> {
  const pieces: Array<{ start: number; end: number }> = [];
  for (const c of splitChunks(source)) {
    for (const p of splitLongList(source.slice(c.start, c.end))) pieces.push({ start: c.start + p.start, end: c.start + p.end });
  }
  return pieces;
}

export function parseMarkdown(source: string): ParsedDocument {
  return parsePieces(source, markdownPieces(source), 'markdown');
}

function parsePieces(source: string, pieces: ReadonlyArray<{ start: number; end: number }>, format: 'markdown' | 'paragraphs'): ParsedDocument {
  const blocks: Block[] = [];
  const directives: Directive[] = [];
  const deep: number[] = [];
  let tables = 0;
  let unit: string | undefined;
  const addChunk = (chunk: Chunk, start: number) => {
    for (const b of chunk.blocks) {
      blocks.push({
        ...b,
        index: blocks.length,
        map: b.map.shifted(start),
        ...(b.table ? { table: { ...b.table, id: b.table.id + tables } } : {}),
      });
    }
    for (const d of chunk.directives) directives.push({ ...d, start: d.start + start, end: d.end + start });
    tables += chunk.tables;
    unit = chunk.lastUnit;
  };
  for (const { start, end } of pieces) {
    const text = source.slice(start, end);
    const cut = tooDeepAt(text);
    if (cut < 0) {
      markdownWork.parsedBytes += text.length;
      addChunk(cachedChunk(text, unit), start);
      continue;
    }
    // Markdown up to the line that nests too deep, plain text from there to the end of the block.
    if (cut > 0) {
      markdownWork.parsedBytes += cut;
      addChunk(cachedChunk(text.slice(0, cut), unit), start);
    }
    deep.push(start + cut);
    markdownWork.plainBytes += text.length - cut;
    for (const b of parseText(text.slice(cut)).blocks) {
      blocks.push({ ...b, index: blocks.length, map: b.map.shifted(start + cut) });
    }
    unit = unitAfterTable(unit);
  }
  directives.sort((a, b) => a.start - b.start);
  const notices: DocumentNotice[] = [];
  if (deep.length) {
    const lineEnd = source.indexOf('\n', deep[0]);
    notices.push({
      id: 'markdown-nesting',
      severity: 'info',
      message:
        `列表或引用嵌套超过 ${MAX_NESTING} 层，${deep.length > 1 ? `共 ${deep.length} 处，` : ''}` +
        '从这一行到段落结束按纯文本读取（Markdown 结构不再解析）',
      range: { start: deep[0], end: lineEnd < 0 ? source.length : lineEnd },
    });
  }
  return { source, format, blocks, directives, ...(notices.length ? { notices } : {}) };
}
