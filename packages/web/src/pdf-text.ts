/**
 * A PDF's positioned text runs → the text that is linted (pure, no pdf.js, so
 * it is tested without a browser).
 *
 * The runs have the shape of the CLI's PDF reader (PdfPage: x, y from the top
 * left at the baseline, advance width, font size), so its layout code
 * (packages/cli/src/inputs/pdf-layout.ts: paragraphs, tables, page furniture)
 * can replace `layoutText` here as one import once both are on one branch.
 */
export interface PdfItem {
  str: string;
  x: number;
  y: number;
  w: number;
  size: number;
}

export interface PdfPage {
  width: number;
  height: number;
  items: PdfItem[];
}

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
  x0: number;
  x1: number;
  y: number;
  size: number;
}

const SENTENCE_END = /[。！？；：]$/;
const ASCII_WORD_END = /[A-Za-z0-9]$/;
const ASCII_WORD_START = /^[A-Za-z0-9]/;

function pageLines(page: PdfPage): TextLine[] {
  const items = [...page.items].sort((a, b) => a.y - b.y || a.x - b.x);
  const groups: PdfItem[][] = [];
  for (const it of items) {
    const g = groups[groups.length - 1];
    if (g && Math.abs(g[0].y - it.y) <= Math.max(g[0].size, it.size) * 0.4) g.push(it);
    else groups.push([it]);
  }
  const lines: TextLine[] = [];
  for (const g of groups) {
    g.sort((a, b) => a.x - b.x);
    let text = '';
    let end = -Infinity;
    for (const it of g) {
      // A gap of an em or more is a space (between table cells, or words of Latin text).
      if (text && it.x - end > it.size * 0.9 && !/\s$/.test(text) && !/^\s/.test(it.str)) text += ' ';
      text += unifyRadicals(it.str);
      end = it.x + it.w;
    }
    text = text.trim();
    if (!text || PAGE_NUMBER.test(text)) continue;
    lines.push({ text, x0: g[0].x, x1: end, y: g[0].y, size: Math.max(...g.map((i) => i.size)) });
  }
  return lines;
}

/**
 * Reading order without the CLI's layout: runs on one baseline form a line,
 * left to right; lines top to bottom; page numbers dropped. A line that runs
 * to the right margin and is followed by one that starts at the left margin
 * (not indented, same type size) was wrapped by the page: the two are one
 * paragraph, also across a page break. Each paragraph becomes one line of
 * plain text.
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
        open.line.x1 >= open.right - open.line.size * 1.5 &&
        !SENTENCE_END.test(open.line.text) &&
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

