import { neutralizeMarkdown } from '@budgetlint/core';
import { InputError } from './errors.ts';
import { numberParagraphs } from './docx-numbering.ts';
import { checkZip, DEFAULT_ZIP_LIMITS, readEntry, type ZipEntry, type ZipLimits } from './zip.ts';

/**
 * .docx → linted text.
 *
 * Design (the choice the CLI, the HTML report and the positions all rely on):
 *
 * - A .docx is always read as Word paragraphs: each paragraph is one line and
 *   one block (core's 'paragraphs' format; an empty paragraph is an empty line,
 *   so line k is paragraph k), so no reading rule can join two paragraphs,
 *   however wrapped they look. Word shows no
 *   line numbers, so findings name the paragraph instead: `places` maps every
 *   paragraph and table row of the text back to its number in the document
 *   (¶ counts the non-empty paragraphs outside tables, as Word's own count
 *   does), and the CLI quotes a few characters around the finding.
 *
 * - Markdown, because core's table rules (合计 rows, units in the header) read
 *   GFM pipe tables. Columns stay exact because nothing inside a paragraph is
 *   escaped. Instead, characters that would turn a paragraph into another
 *   Markdown block are replaced by look-alikes of the same UTF-16 length (a
 *   leading `#`, `-`, `1.` keeps its character and gets a no-break space after
 *   it; a leading `>`, `<`, fence or indent becomes its full-width form or
 *   no-break spaces). A `|` inside a cell becomes `｜`. A paragraph holding a
 *   `<!-- budgetlint-… -->` comment is left alone so suppressions typed into
 *   Word still work.
 *
 * Every table becomes a pipe table: its first row is the header, merged
 * cells are spread over the grid (continuations left empty, except a word
 * merged down over body rows, which each of them shows), cells with several
 * paragraphs are joined with a space.
 *
 * What Word draws that is not in the runs is written in as a reader sees it:
 * the numbers of paragraphs numbered by numbering.xml (一、 （二） 3., see
 * docx-numbering.ts) lead their paragraphs, and footnotes follow the body, one
 * paragraph per line, in the order they are first referred to (places name
 * them 脚注N; the body's lines keep their numbers).
 */

/** Where a stretch of the extracted text came from in the Word document. */
export interface DocxPlace {
  start: number;
  end: number;
  /** 1-based number of the paragraph (non-empty paragraphs outside tables). */
  paragraph?: number;
  /** 1-based table number and row number inside it (the header is row 1). */
  table?: number;
  row?: number;
  /** 1-based footnote number, in the order the body first refers to them. */
  footnote?: number;
}

export interface DocxText {
  text: string;
  format: 'paragraphs';
  paragraphs: number;
  tables: number;
  places: DocxPlace[];
}

interface Element {
  type: string;
  value?: string;
  children?: Element[];
  colSpan?: number;
  rowSpan?: number;
  breakType?: string;
  checked?: boolean;
}

type Block = { kind: 'p'; text: string } | { kind: 'table'; rows: string[][] } | { kind: 'note'; text: string; note: number };

function inlineText(el: Element): string {
  switch (el.type) {
    case 'text':
      return el.value ?? '';
    case 'tab':
      return '\t';
    case 'break':
      return ' ';
    case 'checkbox':
      return el.checked ? '☑' : '☐';
    case 'noteReference':
    case 'commentReference':
    case 'image':
    case 'bookmarkStart':
      return '';
    default:
      return (el.children ?? []).map(inlineText).join('');
  }
}

/** Text of a table cell: its paragraphs (and nested tables) on one line. */
function cellText(el: Element): string {
  const parts: string[] = [];
  const walk = (e: Element) => {
    if (e.type === 'paragraph') parts.push(inlineText(e).replace(/[\r\n]+/g, ' ').trim());
    else for (const c of e.children ?? []) walk(c);
  };
  walk(el);
  return parts.filter(Boolean).join(' ');
}

function tableRows(table: Element): string[][] {
  const rows: string[][] = [];
  // Columns still covered by a cell merged down from a row above: column → rows left, and the text a
  // reader sees over them (see below).
  const carry = new Map<number, { left: number; text: string }>();
  const take = (c: number): string => {
    const k = carry.get(c)!;
    carry.set(c, { left: k.left - 1, text: k.text });
    return k.text;
  };
  for (const row of table.children ?? []) {
    if (row.type !== 'tableRow') continue;
    const out: string[] = [];
    let col = 0;
    const skipCarried = () => {
      while ((carry.get(col)?.left ?? 0) > 0) {
        out.push(take(col));
        col++;
      }
    };
    for (const cell of row.children ?? []) {
      if (cell.type !== 'tableCell') continue;
      skipCarried();
      const span = Math.max(1, cell.colSpan ?? 1);
      const text = cellText(cell);
      out.push(text);
      for (let s = 1; s < span; s++) out.push('');
      // A cell merged down stands beside every row it spans: a word in it (a group's name, a grade
      // 优 shared by two projects) belongs to each, and is repeated there. A figure is not: it is
      // one amount, and repeated it would be added once per row. Nor is a head's cell (merged from
      // the first row, over the rows of a two-level head).
      const repeat = rows.length > 0 && !/[0-9０-９]/.test(text) ? text : '';
      for (let s = 0; s < span; s++) if ((cell.rowSpan ?? 1) > 1) carry.set(col + s, { left: (cell.rowSpan ?? 1) - 1, text: s === 0 ? repeat : '' });
      col += span;
    }
    skipCarried();
    // Rows that end early (merged cells at the end of the grid).
    for (const [c, k] of carry) {
      if (c >= col && k.left > 0) {
        while (out.length < c) out.push('');
        out[c] = take(c);
      }
    }
    rows.push(out);
  }
  return rows;
}

interface NoteRef extends Element {
  noteType?: string;
  noteId?: string;
}

interface Notes {
  resolve(ref: NoteRef): { body?: Element[] } | null;
}

/** Every footnote or endnote reference under `el`, in document order. */
function noteRefs(el: Element, out: NoteRef[]): NoteRef[] {
  if (el.type === 'noteReference') out.push(el as NoteRef);
  for (const c of el.children ?? []) noteRefs(c, out);
  return out;
}

function collectBlocks(doc: Element & { notes?: Notes }): Block[] {
  const blocks: Block[] = [];
  const walk = (el: Element) => {
    if (el.type === 'paragraph') blocks.push({ kind: 'p', text: inlineText(el).replace(/[\r\n]+/g, ' ') });
    else if (el.type === 'table') blocks.push({ kind: 'table', rows: tableRows(el) });
    else for (const c of el.children ?? []) walk(c);
  };
  walk(doc);
  // Footnotes after the body, each once, in the order they are first referred to.
  const seen = new Set<string>();
  let note = 0;
  for (const ref of noteRefs(doc, [])) {
    const key = `${ref.noteType}:${ref.noteId}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const body = doc.notes?.resolve(ref)?.body ?? [];
    const texts: string[] = [];
    const collect = (el: Element) => {
      if (el.type === 'paragraph') texts.push(inlineText(el).replace(/[\r\n]+/g, ' ').trim());
      else if (el.type === 'table') texts.push(...tableRows(el).map((r) => r.filter(Boolean).join(' ')));
      else for (const c of el.children ?? []) collect(c);
    };
    body.forEach(collect);
    note++;
    for (const text of texts) if (text) blocks.push({ kind: 'note', text, note });
  }
  return blocks;
}

function pipeCell(text: string): string {
  // `|` would end the cell; backslash-escaping it would shift the columns of everything after.
  return text.replace(/\|/g, '｜');
}

function renderTable(rows: string[][]): string[] {
  const width = Math.max(1, ...rows.map((r) => r.length));
  const line = (r: string[]) => `| ${Array.from({ length: width }, (_, i) => pipeCell(r[i] ?? '')).join(' | ')} |`;
  if (!rows.length) return [];
  return [line(rows[0]), `| ${Array(width).fill('---').join(' | ')} |`, ...rows.slice(1).map(line)];
}

export function blocksToText(blocks: Block[]): DocxText {
  const tables = blocks.filter((b) => b.kind === 'table').length;
  const places: DocxPlace[] = [];
  const lines: string[] = [];
  let length = 0;
  const add = (line: string) => {
    lines.push(line);
    const start = length + (lines.length > 1 ? 1 : 0);
    length = start + line.length;
    return start;
  };
  let paragraph = 0;
  let table = 0;
  for (const b of blocks) {
    if (b.kind === 'p' && !b.text.trim()) {
      // An empty paragraph keeps its line, so that line k of the text is paragraph k of the document.
      add('');
      continue;
    }
    if (b.kind === 'table' && !b.rows.length) {
      table++;
      continue;
    }
    if (b.kind === 'p') {
      paragraph++;
      const chunk = neutralizeMarkdown(b.text);
      const start = add(chunk);
      places.push({ start, end: start + chunk.length, paragraph });
    } else if (b.kind === 'note') {
      const chunk = neutralizeMarkdown(b.text);
      const start = add(chunk);
      places.push({ start, end: start + chunk.length, footnote: b.note });
    } else {
      table++;
      renderTable(b.rows).forEach((line, i) => {
        const start = add(line);
        // The delimiter row is no row of the Word table.
        if (i !== 1) places.push({ start, end: start + line.length, table, row: i === 0 ? 1 : i });
      });
    }
  }
  // Trailing empty paragraphs say nothing.
  while (lines.length && lines[lines.length - 1] === '') lines.pop();
  return { text: lines.join('\n'), format: 'paragraphs', paragraphs: paragraph, tables, places };
}

const decoder = new TextDecoder('utf-8');

/** The target of a relationship of `type` (…/officeDocument, …/numbering) in a .rels part, resolved against `dir`. */
function relTarget(rels: string | undefined, type: string, dir: string): string | undefined {
  if (!rels) return undefined;
  for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    if (!new RegExp(`Type="[^"]*/${type}"`).test(m[0])) continue;
    const target = /Target="([^"]*)"/.exec(m[0])?.[1];
    if (!target || /^[a-z]+:/i.test(target)) continue;
    const parts = (target.startsWith('/') ? target.slice(1) : dir + target).split('/');
    const out: string[] = [];
    for (const p of parts) (p === '..' ? out.pop() : p && p !== '.' && out.push(p));
    return out.join('/');
  }
  return undefined;
}

/**
 * The archive as mammoth reads it (its `file` input: exists and read), from the bytes checkZip has
 * vetted, with the main document's numbered paragraphs given their numbers (docx-numbering.ts).
 */
function zipFile(bytes: Uint8Array, entries: ZipEntry[]) {
  const byName = new Map(entries.map((e) => [e.name, e]));
  const text = (name: string | undefined) => {
    const e = name === undefined ? undefined : byName.get(name);
    return e ? decoder.decode(readEntry(bytes, e)) : undefined;
  };
  const main = relTarget(text('_rels/.rels'), 'officeDocument', '') ?? 'word/document.xml';
  const dir = main.slice(0, main.lastIndexOf('/') + 1);
  let mainXml: string | undefined;
  const mainText = () => {
    if (mainXml === undefined) {
      const raw = text(main) ?? '';
      const rels = text(`${dir}_rels/${main.slice(dir.length)}.rels`);
      mainXml = numberParagraphs(raw, text(relTarget(rels, 'numbering', dir)), text(relTarget(rels, 'styles', dir)));
    }
    return mainXml;
  };
  return {
    exists: (name: string) => byName.has(name),
    read: async (name: string, encoding?: string) => {
      if (name === main && encoding) return mainText();
      const e = byName.get(name);
      if (!e) throw new Error(`no ${name} in the archive`);
      const data = readEntry(bytes, e);
      return encoding ? new TextDecoder(encoding).decode(data) : data;
    },
  };
}

/** Reads a .docx file's body (paragraphs and tables) after the zip-bomb guard. */
export async function readDocx(bytes: Uint8Array, limits: ZipLimits = DEFAULT_ZIP_LIMITS): Promise<DocxText> {
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) {
    throw new InputError('an old binary Word .doc file named .docx: save it as .docx (Word 2007 or later) first');
  }
  let entries: ZipEntry[];
  try {
    entries = checkZip(bytes, limits);
  } catch (e) {
    if (e instanceof InputError) throw e;
    // A read past the end of a damaged record.
    throw new InputError('not a valid .docx (zip) archive (damaged records)');
  }
  let doc: Element | undefined;
  // Loaded on the first .docx only: most runs read Markdown and text, and mammoth is large.
  const { default: mammoth } = await import('mammoth');
  try {
    await mammoth.convertToHtml(
      // The bytes as they are: JSZip (mammoth's zip reader) takes a Uint8Array on every platform, so the
      // web page runs this reader unchanged (its bundle lets mammoth's browser build accept `buffer`).
      { file: zipFile(bytes, entries) } as unknown as { buffer: Buffer },
      {
        // The document tree is all we need; hand mammoth an empty one so it renders no HTML.
        transformDocument: (d: Element) => {
          doc = d;
          return { ...d, children: [] };
        },
      },
    );
  } catch (e) {
    const msg = (e instanceof Error ? e.message : String(e)).split('\n')[0];
    if (/main document part/i.test(msg)) throw new InputError('not a Word document: the archive has no main document part (word/document.xml)');
    throw new InputError(`cannot read .docx: ${msg}`);
  }
  if (!doc) throw new InputError('cannot read .docx: no document body');
  return blocksToText(collectBlocks(doc));
}
