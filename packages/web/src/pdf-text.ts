/**
 * A PDF's positioned text runs → the text that is linted (pure, no pdf.js, so
 * it is tested without a browser).
 *
 * The runs have the shape of the CLI's PDF reader (PdfPage: x, y from the top
 * left at the baseline, advance width, font size), so its layout code
 * (packages/cli/src/inputs/pdf-layout.ts: paragraphs, tables, page furniture)
 * can replace `layoutText` here as one import once both are on one branch.
 */
import type { PdfItem, PdfPage } from '../../cli/src/inputs/pdf-extract.ts';

export type { PdfItem, PdfPage };

/** A line that is only a page number: "- 4 -", "第 1 页 共 2 页", "4 / 12", a bare number. */
const PAGE_NUMBER = /^\s*(?:[-—–]\s*\d+\s*[-—–]|第\s*\d+\s*页(?:\s*[，,]?\s*共\s*\d+\s*页)?|\d+\s*\/\s*\d+|\d{1,4})\s*$/;

/**
 * CJK radicals that PDF writers (Chrome's and Word's "save as PDF" with some
 * fonts) map glyphs to instead of the ideograph every reader sees: 一 comes
 * out as ⼀ (U+2F00), 门 as ⻔ (U+2ED4). Kangxi radicals have compatibility
 * decompositions (NFKC); the supplement's simplified forms are listed here.
 * Each is one UTF-16 unit to one, so offsets do not move.
 */
const RADICAL_SUPPLEMENT: Record<string, string> = {
  '⺠': '民', '⺟': '母', '⺬': '示', '⻄': '西', '⻅': '见', '⻆': '角', '⻈': '讠', '⻉': '贝', '⻋': '车', '⻐': '钅',
  '⻓': '长', '⻔': '门', '⻖': '阝', '⻘': '青', '⻙': '韦', '⻚': '页', '⻛': '风', '⻜': '飞', '⻝': '食', '⻢': '马',
  '⻣': '骨', '⻤': '鬼', '⻥': '鱼', '⻦': '鸟', '⻨': '麦', '⻩': '黄', '⻬': '齐', '⻮': '齿', '⻰': '龙', '⻳': '龟',
};

export function unifyRadicals(s: string): string {
  return s.replace(/[\u2e80-\u2eff\u2f00-\u2fdf]/g, (c) => RADICAL_SUPPLEMENT[c] ?? (c >= '\u2f00' ? c.normalize('NFKC') : c));
}

interface TextLine {
  text: string;
  /** Runs separated by a gap wider than CELL_GAP ems: a table row, never part of a paragraph. */
  cells: number;
  x0: number;
  x1: number;
  y: number;
  size: number;
}

const SENTENCE_END = /[。！？；：]$/;
/** Gap between runs, in ems, that separates table cells (the CLI's PDF layout uses the same). */
const CELL_GAP = 1.2;
const ASCII_WORD_END = /[A-Za-z0-9]$/;
const ASCII_WORD_START = /^[A-Za-z0-9]/;

/** A line that opens a numbered heading or item (一、 （二） 3. 第一部分) starts a paragraph, even after a full line. */
const MARKER_START = /^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|\d+[.、．](?!\d)|第[一二三四五六七八九十]+[部章节])/;

/** Closing punctuation a line may not start with: it takes the character before it to the next line. */
const NO_LINE_START = /^[，。、；：？！）》」』”’%％]/u;

/**
 * Roughly how wide the first unbreakable piece of a line is: a run of digits
 * or Latin letters (half an em each) with the character after it (Word keeps
 * "180.00万" together), or one ideograph, and the closing punctuation that
 * cannot start a line. A line that stops short of the margin by no more than
 * this was wrapped: the piece did not fit.
 */
function firstWordWidth(line: TextLine): number {
  const ascii = /^[0-9A-Za-z.,%+\-．]+/.exec(line.text)?.[0] ?? '';
  const rest = line.text.slice(ascii.length);
  let ems = ascii ? Math.min(ascii.length, 16) * 0.5 + (rest ? 1 : 0) : 1;
  if (NO_LINE_START.test(rest.slice(1))) ems += 1;
  return ems * line.size;
}

function pageLines(page: PdfPage): TextLine[] {
  // Runs of white space carry no text (gaps stand for them) and often a size or place of their own.
  const items = page.items.filter((it) => it.str.trim()).sort((a, b) => a.y - b.y || a.x - b.x);
  const groups: PdfItem[][] = [];
  for (const it of items) {
    const g = groups[groups.length - 1];
    const last = g?.[g.length - 1];
    if (last && Math.abs(last.y - it.y) <= Math.min(last.size, it.size) * 0.4) g.push(it);
    else groups.push([it]);
  }
  const lines: TextLine[] = [];
  for (const g of groups) {
    g.sort((a, b) => a.x - b.x);
    let text = '';
    let end = -Infinity;
    let cells = 1;
    for (const it of g) {
      if (text && it.x - end > it.size * CELL_GAP && it.str.trim()) cells++;
      // A gap of an em or more is a space (between table cells, or words of Latin text).
      if (text && it.x - end > it.size * 0.9 && !/\s$/.test(text) && !/^\s/.test(it.str)) text += ' ';
      text += unifyRadicals(it.str);
      end = it.x + it.w;
    }
    text = text.trim();
    if (!text || PAGE_NUMBER.test(text)) continue;
    lines.push({ text, cells, x0: g[0].x, x1: end, y: g[0].y, size: Math.max(...g.map((i) => i.size)) });
  }
  return lines;
}

/**
 * Reading order without the CLI's layout: runs on one baseline form a line,
 * left to right; lines top to bottom; page numbers dropped. A line that runs
 * to the right margin and is followed by one that starts at the left margin
 * (not indented, same type size) was wrapped by the page: the two are one
 * paragraph, also across a page break. Table rows (runs with cell-wide gaps)
 * and lines opening a numbered heading or item (a contents list) stay one
 * line each. Each paragraph becomes one line of plain text.
 */
export function layoutText(pages: PdfPage[]): { text: string; format: 'text' } {
  const paragraphs: string[] = [];
  let open: { line: TextLine; right: number } | undefined;
  for (const page of pages) {
    const lines = pageLines(page);
    if (!lines.length) continue;
    const left = Math.min(...lines.map((l) => l.x0));
    const right = Math.max(...lines.map((l) => l.x1));
    for (const line of lines) {
      const wraps =
        open &&
        open.line.cells === 1 &&
        line.cells === 1 &&
        open.right - open.line.x1 <= firstWordWidth(line) + open.line.size * 0.6 &&
        !SENTENCE_END.test(open.line.text) &&
        !MARKER_START.test(line.text) &&
        line.x0 <= left + line.size * 0.5 &&
        Math.abs(line.size - open.line.size) <= open.line.size * 0.1;
      if (wraps) {
        const glue = ASCII_WORD_END.test(paragraphs[paragraphs.length - 1]) && ASCII_WORD_START.test(line.text) ? ' ' : '';
        paragraphs[paragraphs.length - 1] += glue + line.text;
      } else {
        paragraphs.push(line.text);
      }
      open = { line, right };
    }
  }
  return { text: paragraphs.join('\n'), format: 'text' };
}

