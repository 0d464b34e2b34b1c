import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import { OffsetMap } from './offset-map.ts';
import type { Block, Directive, ParsedDocument } from './types.ts';
import { LintMemo } from '../engine/memo.ts';

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

export function parseDirective(html: string, start: number, end: number): Directive | null {
  const m = DIRECTIVE.exec(html.trim());
  if (!m) return null;
  const [body, reason] = m[2].split(/\s--\s/);
  const rules = body.split(/[\s,]+/).map((r) => r.trim()).filter(Boolean);
  return { kind: m[1] as Directive['kind'], rules, reason: reason?.trim() || undefined, start, end };
}

const UNIT_NOTE = /单位[:：]\s*(万亿元|亿元|万元|千元|元)/;

/**
 * Maps a text node whose value differs from its source (backslash escapes,
 * entities: "3\\. 合计", "&nbsp;") character by character, so figures after
 * an escape still point at their own characters.
 */
function alignEscaped(src: string, at: number, value: string, map: OffsetMap): void {
  let j = 0;
  for (let i = 0; i < value.length; i++) {
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

/** Collects a node's inline text and where each piece came from. */
function collectText(source: string, node: Node, map: OffsetMap, parts: string[]): void {
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
  for (const child of node.children ?? []) collectText(source, child, map, parts);
}

interface Chunk {
  blocks: Block[];
  directives: Directive[];
  tables: number;
  lastUnit: string | undefined;
}

// Most chunks of a draft are one line of plain prose or a plain ATX heading. For those the
// Markdown parser's answer is known (one paragraph or heading whose text is the line, or the
// line after its #s), and building a parser per chunk cost more than reading the text: they
// skip it. Anything with a character that could open inline or block syntax goes to remark.
const MAY_BE_MARKUP = /[*_`[\]<>&\\!~|@:#=$^]|www\./i;
const LINE_START_MARKUP = /^(?:[-+*>]|\d{1,9}[.)](?:\s|$))/;

function plainChunk(source: string, unitBefore: string | undefined): Chunk | undefined {
  const line = source.endsWith('\r\n') ? source.slice(0, -2) : source.endsWith('\n') || source.endsWith('\r') ? source.slice(0, -1) : source;
  if (!line || /[\r\n]/.test(line) || /^\s|\s$/.test(line)) return undefined;
  let at = 0;
  let depth = 0;
  const h = /^(#{1,6}) (?=\S)/.exec(line);
  if (h) {
    depth = h[1].length;
    at = h[0].length;
  } else if (LINE_START_MARKUP.test(line)) return undefined;
  const text = line.slice(at);
  if (MAY_BE_MARKUP.test(text)) return undefined;
  const map = new OffsetMap();
  map.push(at, text.length);
  const block: Block = depth ? { index: 0, kind: 'heading', text, map, depth } : { index: 0, kind: 'paragraph', text, map };
  const unit = UNIT_NOTE.exec(text);
  return { blocks: [block], directives: [], tables: 0, lastUnit: unit ? unit[1] : text.length > 40 ? undefined : unitBefore };
}

/** Parses one top-level chunk of a Markdown document; offsets are the chunk's own. */
export function parseChunk(source: string, unitBefore: string | undefined): Chunk {
  return plainChunk(source, unitBefore) ?? parseChunkWithRemark(source, unitBefore);
}

/** parseChunk without the plain-line shortcut (the tests compare the two). */
export function parseChunkWithRemark(source: string, unitBefore: string | undefined): Chunk {
  const tree = processor.parse(source) as Node;
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
    collectText(source, node, map, parts);
    const text = parts.join('');
    if (!text.trim()) return;
    blocks.push({ index: blocks.length, kind, text, map, ...extra });
    const unit = UNIT_NOTE.exec(text);
    lastUnit = unit ? unit[1] : text.length > 40 ? undefined : lastUnit;
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
        const d = parseDirective(node.value ?? '', s, e);
        if (d) directives.push(d);
        return;
      }
      case 'table': {
        const id = tableId++;
        const rows = node.children ?? [];
        let unit = lastUnit;
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
            const before = parts.join('').length;
            collectText(source, cell, map, parts);
            const after = parts.join('').length;
            cells.push({ start: before, end: after });
            len = after;
          });
          const text = parts.join('');
          if (r === 0) {
            const u = UNIT_NOTE.exec(text) ?? /[（(](万亿元|亿元|万元|千元|元)[）)]/.exec(text);
            if (u) unit = u[1];
          }
          blocks.push({
            index: blocks.length,
            kind: 'table-row',
            text,
            map,
            cells,
            table: { id, row: r, header: r === 0, unit },
          });
        });
        lastUnit = undefined;
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
  const line = /[^\r\n]*(?:\r\n|\r|\n|$)/g;
  let start = 0;
  let fence: string | undefined;
  let blankRun = false;
  for (let m = line.exec(source); m && m[0].length > 0; m = line.exec(source)) {
    const text = m[0].trim();
    const f = /^(```+|~~~+)/.exec(text);
    if (f) fence = fence ? (text.startsWith(fence) ? undefined : fence) : f[1];
    const blank = text === '' && !fence;
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
    chunk = parseChunk(text, unitBefore);
    chunkCache.set(key, chunk);
  }
  return chunk;
}

export function parseMarkdown(source: string): ParsedDocument {
  const blocks: Block[] = [];
  const directives: Directive[] = [];
  let tables = 0;
  let unit: string | undefined;
  for (const { start, end } of splitChunks(source)) {
    const chunk = cachedChunk(source.slice(start, end), unit);
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
  }
  // Directives can also sit inside paragraphs as inline HTML.
  const inline = /<!--\s*budgetlint-[\s\S]*?-->/g;
  for (let m = inline.exec(source); m; m = inline.exec(source)) {
    if (directives.some((d) => d.start <= m!.index && m!.index < d.end)) continue;
    const d = parseDirective(m[0], m.index, m.index + m[0].length);
    if (d) directives.push(d);
  }
  directives.sort((a, b) => a.start - b.start);
  return { source, format: 'markdown', blocks, directives };
}
