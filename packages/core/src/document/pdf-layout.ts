import { neutralizeMarkdown } from './neutralize-markdown.ts';

/** One run of text as pdf.js reports it, in page coordinates: origin top-left, y down, y at the baseline. */
export interface PdfItem {
  str: string;
  x: number;
  y: number;
  /** Advance width along the baseline. */
  w: number;
  /** Font size (the glyphs' em height). */
  size: number;
}

export interface PdfPage {
  width: number;
  height: number;
  items: PdfItem[];
}

/** A run of text as pdf.js's getTextContent() reports it: its matrix in PDF space and its advance width. */
export interface PdfTextRun {
  str: string;
  transform: number[];
  width: number;
}

/** pdf.js's Util.transform: the affine matrices [a b c d e f] multiplied, m1 after m2. */
function multiply(m1: readonly number[], m2: readonly number[]): number[] {
  return [
    m1[0] * m2[0] + m1[2] * m2[1],
    m1[1] * m2[0] + m1[3] * m2[1],
    m1[0] * m2[2] + m1[2] * m2[3],
    m1[1] * m2[2] + m1[3] * m2[3],
    m1[0] * m2[4] + m1[2] * m2[5] + m1[4],
    m1[1] * m2[4] + m1[3] * m2[5] + m1[5],
  ];
}

/**
 * A page's runs as pdf.js reports them → positioned runs in page coordinates
 * (the viewport's transform at scale 1: origin top-left, y down). The CLI's
 * worker and the web page's both hand their runs over raw, so a PDF is
 * measured once, here, the same way everywhere. Text turned on its side (a
 * rotated stamp, a vertical label) is not part of the reading order.
 */
export function positionRuns(viewport: readonly number[], runs: readonly PdfTextRun[]): PdfItem[] {
  const items: PdfItem[] = [];
  for (const it of runs) {
    if (!it.str || !it.transform) continue;
    const m = multiply(viewport, it.transform);
    const size = Math.hypot(m[2], m[3]);
    if (!(size > 0) || Math.abs(m[1]) > size * 0.05 || Math.abs(m[2]) > size * 0.05) continue;
    const sx = Math.hypot(m[0], m[1]) / Math.max(1e-9, Math.hypot(it.transform[0], it.transform[1]));
    items.push({ str: it.str, x: m[4], y: m[5], w: it.width * sx, size });
  }
  return items;
}

/**
 * Rebuilds a PDF's text from the positioned runs pdf.js reports, as the
 * Markdown the linter reads (core's table rules read GFM pipe tables):
 *
 * - lines: runs whose baselines agree, left to right;
 * - cells: inside a line, a gap wider than CELL_GAP ems separates cells (dot
 *   leaders of a contents line do not);
 * - tables: a run of lines with two cells or more, plus the one-cell lines
 *   between and after them whose cell sits inside one of the table's columns
 *   (a row whose other cells are empty). Columns come from the lines with the
 *   most common number of cells; every cell goes to the column it overlaps
 *   most. The leading rows without a figure are the header. A table that ends
 *   a page and one that opens the next with the same columns are one table;
 * - paragraphs: a line that stops short of the right margin by more than
 *   the next line's first word ends its paragraph; a line indented past the
 *   previous one, a change of font size or a wide vertical gap starts one;
 * - page furniture left out: page numbers (`- 4 -`, `第 1 页 共 2 页`, a bare
 *   number) and running headers or footers, the same line in the top or bottom
 *   band of most pages.
 *
 * Each paragraph is one line, blocks are separated by a blank line, so
 * positions in the text are lines a reader can find; `pages` maps offsets to
 * page numbers.
 *
 * Pure (no pdf.js, no Node): the CLI, the web page and the language server
 * lay out the runs their own pdf.js hands them with this one function, so a
 * PDF reads the same everywhere.
 */

export interface PageMark {
  /** From this offset of the text on… */
  offset: number;
  /** …the characters are on this page (1-based). */
  page: number;
}

export interface PdfText {
  text: string;
  pages: PageMark[];
  pageCount: number;
  tables: number;
}

interface Seg {
  text: string;
  x0: number;
  x1: number;
}

interface Line {
  page: number;
  y: number;
  size: number;
  x0: number;
  x1: number;
  segs: Seg[];
  text: string;
  /** Width of one ASCII character in this line's font, roughly. */
  ascii: number;
  /** A line of one column of a page set in two (splitColumns): its column's margins, and which column of which band. */
  col?: Column;
}

interface Column {
  band: number;
  index: number;
  left: number;
  right: number;
}

/** Gap between runs, in ems, that separates table cells. */
const CELL_GAP = 1.2;
/** A Chinese character opening or closing a run (not punctuation, not a figure). */
const CJK_TEXT = /^[\u4e00-\u9fff]/;

/**
 * What follows a figure in its sentence and never opens a table's cell: its own unit (49.83 亿元, 5.0 个百分点,
 * 128.64 万人次) or the mark closing its clause (4.6% ，其中).
 */
const SENTENCE_AFTER_FIGURE = /^(?:[万亿千百]*元|[万亿]|个百分点|百分点|万?人次|万?人|户|家|项|个|倍|年|天|%|％|[，。；、：）)])/;
/** A clause mark: a table's cells rarely carry one, a sentence always does. */
const CLAUSE_MARK_IN = /[，。；、：]/;

/**
 * Justified prose (Word's 两端对齐) stretches the spaces around a figure past the gap that parts a figure's cell from
 * the next (…收入安排 40.57 亿元，比上年执行数增长 5.0% ，其中税收收入): a line cut only there, where a figure stands
 * parted from its own unit or its clause's mark, and reading as a clause, is one line of a paragraph. No table sets
 * a figure and its unit in two cells of a row that also carries a clause mark; a wide gap (CELL_GAP) still parts cells.
 */
function stretchedProse(segs: readonly Seg[], size: number): boolean {
  let parted = false;
  for (let i = 1; i < segs.length; i++) {
    if (segs[i].x0 - segs[i - 1].x1 > CELL_GAP * size) return false;
    if (NUMERIC.test(segs[i - 1].text.trim()) && SENTENCE_AFTER_FIGURE.test(segs[i].text.trim())) parted = true;
  }
  return parted && segs.some((s) => CLAUSE_MARK_IN.test(s.text));
}
/** A cell that is one figure (a dash stands for zero in these tables). */
const NUMERIC = /^[-+－]?[0-9０-９][0-9０-９,，]*(?:[.．][0-9０-９]+)?[%％]?$|^[-—–]$/;
/** A cell holding one figure, or the first half of one wrapped in its cell after the point (477,000.). */
const figureCell = (s: string) => NUMERIC.test(s) || /^[-+－]?[0-9０-９][0-9０-９,，]*[.．]$/.test(s);
/**
 * A cell stating a quantity in its unit, as a performance table's 指标值 and 完成值 do (≥5.2万亩, 3,086人次, 240元/亩, ≤15
 * 分钟): a row's value, never a head. A head naming a year (2025年完成值) is not one.
 */
const MEASURED = /^[≥≤＞＜>< ]*[0-9０-９][0-9０-９,，]*(?:[.．][0-9０-９]+)?[%％]?(?![年月日])[\u4e00-\u9fff/／]{1,4}$/;
/** A cell that opens a new item: 一、 （二） 3. 201 (a classification code). */
const MARKER_START = /^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十0-9]+[）)]|[0-9]+[.、．](?![0-9])|[0-9]{3,}(?=\s|$))/;
const OUTLINE_START = /^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|第[一二三四五六七八九十]+[部章节]分?|[0-9]{1,2}[.．、](?![0-9])|[⑴-⒇①-⑳])/;
/** Closing punctuation a line may not start with: it takes the character before it to the next line. */
/** A list number standing alone in its run: 三、 （二） 3. （1） ⑵. */
const LIST_NUMBER = /^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十0-9]{1,3}[）)]|[0-9]{1,2}[.．、]|[⑴-⒇①-⑳])$/;
/** Marks a typesetter may hang past the right margin at a line's end. */
const HANGS = /[，。、；：！？,.]$/u;
/** A footnote reference mark standing alone: 1 to 99, ①, *. */
const FOOTNOTE_MARK = /^(?:[0-9０-９]{1,2}|[①-⑳]|[*＊])$/;
/** An opening bracket or quote and what it holds, which may not be split from its closing one. */
const BRACKETED = /^[（(“‘《〈【][^（(“‘《〈【）)”’》〉】]{0,8}[）)”’》〉】]/u;
const NO_LINE_START = /^[，。、；：？！）》」』”’%％]/u;
const LEADER_CHAR = /[.…·•・‥]/;
const PAGE_REF_CHAR = /[0-9０-９\s]/;

/** A contents entry: the line ends in four or more dot leaders, perhaps then a page number (read from the end, no backtracking). */
function endsInLeaders(text: string): boolean {
  let i = text.length;
  while (i > 0 && PAGE_REF_CHAR.test(text[i - 1])) i--;
  let dots = 0;
  for (; i > 0; i--) {
    const c = text[i - 1];
    if (LEADER_CHAR.test(c)) dots++;
    else if (!/\s/.test(c)) break;
  }
  return dots >= 4;
}
const LEADER = /^[.…·•・‥_\-—\s]+$/;
/** A table cell holding only a dash (zero, or nothing to report): a cell of its own, not a contents line's leader. */
const DASH_CELL = /^[-—–－]{1,2}$/;

// | 栏次 | 1 | 2 | 3 | 4 | 5=4/3 |: a form's row numbering its columns, centred under the head; its numbers are
// no figures, and where they stand says nothing of where the columns' figures stand.
const COLUMN_NUMBER = /^(?:([0-9]{1,2})(?:[=＝][0-9+\-－−×*/÷（）()]+)?|栏次|行次|栏号)$/;
export function isColumnNumbers(cells: readonly string[]): boolean {
  const filled = cells.map((c) => c.trim()).filter(Boolean);
  if (filled.length < 3) return false;
  let last = 0;
  for (const c of filled) {
    const m = COLUMN_NUMBER.exec(c);
    if (!m) return false;
    if (m[1] === undefined) continue;
    const n = Number(m[1]);
    if (n <= last) return false;
    last = n;
  }
  return last > 0;
}
const CJK = /[\u2e80-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]/;

/** Page-number shapes: `4`, `- 4 -`, `— 4 —`, `第4页`, `第 1 页 共 2 页`, `4/33`, `Page 4`. */
const PAGE_NUMBER =
  /^(?:[-—–－~～\s]*[0-9０-９]{1,4}[-—–－~～\s]*|第\s*[0-9０-９一二三四五六七八九十百]+\s*[页頁](?:\s*(?:[,，、/／]\s*)?共\s*[0-9０-９]+\s*[页頁])?|[0-9]{1,4}\s*[/／]\s*[0-9]{1,4}|(?:page|p\.)\s*\d{1,4}(?:\s*(?:of|\/)\s*\d{1,4})?)$/i;

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
const RADICAL = /[\u2e80-\u2eff\u2f00-\u2fdf]/g;

export function unifyRadicals(s: string): string {
  return s.replace(RADICAL, (c) => {
    const u = RADICAL_SUPPLEMENT[c] ?? (c >= '\u2f00' ? c.normalize('NFKC') : c);
    return u.length === 1 ? u : c;
  });
}

function median(xs: number[]): number {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/**
 * A line spread to the margin with letter spacing (justified CJK text, 分散对齐) comes from
 * pdf.js as one run with a space between every two characters: "11 个 项 目 年 初 预 算 合 计
 * 4,935.50 万 元". When most words of a run are one CJK character, the spaces are spacing, not
 * word breaks, and the ones beside a CJK character go (between two ASCII words they stay).
 * One pass over the run (a pattern with spaces on either side of an alternation backtracks).
 */
export function squeezeLetterSpacing(str: string): string {
  const words = str.trim().split(/ +/);
  if (words.length < 6) return str;
  const single = words.filter((w) => w.length === 1 && CJK.test(w)).length;
  if (single < 0.6 * words.length) return str;
  let out = '';
  for (let i = 0; i < str.length; ) {
    if (str[i] !== ' ') {
      out += str[i++];
      continue;
    }
    let j = i;
    while (j < str.length && str[j] === ' ') j++;
    const before = out.slice(-1);
    const after = str[j] ?? '';
    if (!(before && CJK.test(before)) && !(after && CJK.test(after))) out += str.slice(i, j);
    i = j;
  }
  return out;
}

function joinRuns(items: PdfItem[], size: number): string {
  let out = '';
  let prevEnd = -Infinity;
  for (const it of items) {
    const gap = it.x - prevEnd;
    // Characters spread over a cell (分散对齐) are one word; a real space between words is wider.
    const cjk = CJK.test(out.slice(-1)) && CJK.test(it.str[0]);
    if (out && gap > (cjk ? 0.8 : 0.3) * size && !/\s$/.test(out) && !/^\s/.test(it.str)) out += ' ';
    out += it.str;
    prevEnd = it.x + it.w;
  }
  return out.replace(/\s+/g, ' ').trim();
}

/** A formatted figure, spaces, then a row label (一、 （二） 3. or a classification code). */
const CELL_JOIN = /^(\s*[-+]?\d{1,3}(?:,\d{3})*(?:\.\d+)?)(\s+)((?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|\d{1,2}[.．、](?!\d)|\d{3,}\s).*)$/;
/** Two or more formatted figures (a thousands comma or decimals each; cut after the point when wrapped in a narrow cell) and only the spaces between them. */
const FIGURES_JOIN = /^\s*[-+]?(?:\d{1,3}(?:,\d{3})+(?:\.\d*)?|\d+\.\d+)(?:\s+[-+]?(?:\d{1,3}(?:,\d{3})+(?:\.\d*)?|\d+\.\d+))+\s*$/;
const charWeight = (c: string) => (c.charCodeAt(0) < 0x2e80 ? 0.5 : 1);

/**
 * pdf.js joins the runs of one text operation, putting a space where the
 * producer moved the pen (a table row drawn as one line: "91,016,775.35
 * 一、一般公共服务支出"). Words of a run become runs of their own, placed in
 * proportion to their characters' widths, so cells can be told apart.
 */
function splitRun(it: PdfItem): PdfItem[] {
  // Only where a figure ends one cell and a row label opens the next: "307.82 万元" in prose stays whole.
  const m = CELL_JOIN.exec(it.str);
  // Or a run of nothing but formatted figures ("82,096,797.42 82,096,797.42": a row's 合计 and 财政拨款 columns drawn
  // as one text operation), each of which is a cell.
  const parts = m ? [m[1], m[2], m[3]] : FIGURES_JOIN.test(it.str) ? it.str.split(/(\s+)/) : null;
  if (!parts) return [it];
  const total = Array.from(it.str).reduce((n, c) => n + charWeight(c), 0) || 1;
  const unit = it.w / total;
  const out: PdfItem[] = [];
  let x = it.x;
  for (const part of parts) {
    const w = Array.from(part).reduce((n, c) => n + charWeight(c), 0) * unit;
    if (part.trim()) out.push({ str: part, x, y: it.y, w, size: it.size });
    x += w;
  }
  return out;
}

/** A page's runs as lines (top to bottom), each cut into cells at wide gaps. */
export function pageLines(page: PdfPage, pageNo: number): Line[] {
  const items = page.items
    .filter((i) => i.str.trim() && Number.isFinite(i.x) && Number.isFinite(i.y) && i.size > 0)
    .map((i) => (/[\u2e80-\u2fdf]/.test(i.str) ? { ...i, str: unifyRadicals(i.str) } : i))
    .map((i) => (i.str.length >= 11 && / \S /.test(i.str) ? { ...i, str: squeezeLetterSpacing(i.str) } : i))
    .flatMap(splitRun);
  items.sort((a, b) => a.y - b.y || a.x - b.x);
  const groups: PdfItem[][] = [];
  for (const it of items) {
    const g = groups[groups.length - 1];
    const ref = g?.[0];
    if (ref && Math.abs(it.y - ref.y) <= 0.4 * Math.min(ref.size, it.size)) g.push(it);
    else groups.push([it]);
  }
  const lines: Line[] = [];
  for (const g of groups) {
    g.sort((a, b) => a.x - b.x);
    const size = median(g.map((i) => i.size));
    // Cells: split at wide gaps, then glue dot leaders (a contents line) back to their neighbours.
    const runs: PdfItem[][] = [];
    let prevEnd = -Infinity;
    for (const it of g) {
      const gap = it.x - prevEnd;
      // Narrow tables leave less than an em between a figure and the next column's label.
      const left = runs.length ? joinRuns(runs[runs.length - 1], size) : '';
      const figureEdge =
        runs.length > 0 &&
        ((gap > 0.5 * size && (figureCell(left) || figureCell(it.str.trim()))) ||
          // A formatted figure (91,016,775.35) ends its cell even closer to the next column.
          (gap > 0.25 * size && figureCell(left) && /[,.，．]/.test(left)));
      // Two cells of a head each wrapped over two lines, set one beside the other with hardly a gap (执行数为预算数 | 比上年
      // 执行数增长): a spreadsheet centres each cell's lines on its own, so their baselines differ, where the pieces of
      // one cell's line share one.
      const ownBaseline = runs.length > 0 && gap > 0.1 * size && Math.abs(it.y - runs[runs.length - 1][runs[runs.length - 1].length - 1].y) > 0.12 * size && CJK_TEXT.test(it.str) && CJK_TEXT.test(left.slice(-1));
      if (!runs.length || gap > CELL_GAP * size || figureEdge || ownBaseline) runs.push([it]);
      else runs[runs.length - 1].push(it);
      prevEnd = Math.max(prevEnd, it.x + it.w);
    }
    let segs: Seg[] = runs.map((r) => ({ text: joinRuns(r, size), x0: r[0].x, x1: Math.max(...r.map((i) => i.x + i.w)) }));
    const leaders = segs.some((s) => LEADER.test(s.text) && !DASH_CELL.test(s.text)) || (segs.some((s) => DASH_CELL.test(s.text)) && PAGE_NUMBER.test(segs.map((s) => s.text).join(' ')));
    if (leaders && segs.length > 1) {
      segs = [{ text: segs.map((s) => s.text).join(' '), x0: segs[0].x0, x1: segs[segs.length - 1].x1 }];
    }
    if (segs.length > 1 && stretchedProse(segs, size)) segs = [{ text: joinRuns(g, size), x0: segs[0].x0, x1: Math.max(...segs.map((s) => s.x1)) }];
    // Word's automatic numbering sets the number, then a tab, then the text: one paragraph, not two cells.
    if (segs.length === 2 && LIST_NUMBER.test(segs[0].text) && /^[^\d\s]{0,2}[\u4e00-\u9fff]/.test(segs[1].text) && !NUMERIC.test(segs[1].text)) {
      segs = [{ text: `${segs[0].text} ${segs[1].text}`, x0: segs[0].x0, x1: segs[1].x1 }];
    }
    const asciiItems = g.filter((i) => /^[\x21-\x7e]+$/.test(i.str));
    const ascii = asciiItems.length ? median(asciiItems.map((i) => i.w / i.str.length)) : size * 0.5;
    lines.push({
      page: pageNo,
      y: median(g.map((i) => i.y)),
      size,
      x0: segs[0].x0,
      x1: Math.max(...segs.map((s) => s.x1)),
      segs,
      text: segs.map((s) => s.text).join(' '),
      ascii,
    });
  }
  // A footnote mark is set small and raised, so it falls on a line of its own between the lines of its
  // paragraph (or before the note at the page's foot); left there it would be read as a figure and
  // would cut the paragraph in two. The mark goes; the note's text stays.
  return lines.filter((l, i) => {
    if (l.segs.length !== 1 || !FOOTNOTE_MARK.test(l.text)) return true;
    const near = [lines[i - 1], lines[i + 1]].filter((o): o is Line => o !== undefined && Math.abs(o.y - l.y) <= 1.5 * o.size);
    return !near.some((o) => l.size <= 0.8 * o.size && !FOOTNOTE_MARK.test(o.text));
  });
}

const furnitureKey = (t: string) => t.replace(/[0-9０-９]+/g, '#').replace(/\s+/g, '');

/** Drops page numbers and running headers/footers: single-cell lines in the top or bottom band of a page. */
export function dropFurniture(pages: Line[][], sizes: Array<{ height: number }>): Line[][] {
  const band = (l: Line) => {
    const h = sizes[l.page - 1]?.height ?? 842;
    return l.y < h * 0.1 ? 'top' : l.y > h * 0.9 ? 'bottom' : null;
  };
  // A running head cut in two where a year starts a run (檀溪镇人民政府 | 2024年度项目支出绩效自评报告): two cells of words, no
  // figure, set apart from the page's body by two lines' height or more. A table's head at a page's top sits on its rows.
  const headInTwo = (l: Line, lines: Line[]) => {
    if (l.segs.length !== 2 || l.segs.some((sg) => NUMERIC.test(sg.text)) || cjkCount(l.text) < 10) return false;
    const i = lines.indexOf(l);
    const next = band(l) === 'top' ? lines[i + 1] : lines[i - 1];
    return next === undefined || Math.abs(next.y - l.y) >= 2.5 * Math.max(l.size, next.size);
  };
  const edge = (lines: Line[]) => {
    // Only the first two and last two lines of a page can be furniture.
    const cands = new Set<Line>([...lines.slice(0, 2), ...lines.slice(-2)]);
    return [...cands].filter((l) => (l.segs.length === 1 || headInTwo(l, lines)) && band(l) !== null && l.text.length <= 60);
  };
  const counts = new Map<string, number>();
  for (const lines of pages) {
    const seen = new Set<string>();
    for (const l of edge(lines)) seen.add(`${band(l)}\u0000${furnitureKey(l.text)}`);
    for (const k of seen) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  const withText = pages.filter((p) => p.length).length;
  const repeated = (l: Line) => {
    const n = counts.get(`${band(l)}\u0000${furnitureKey(l.text)}`) ?? 0;
    return withText >= 2 && n >= 2 && n >= withText * 0.4;
  };
  return pages.map((lines) => {
    const drop = new Set(edge(lines).filter((l) => PAGE_NUMBER.test(l.text.trim()) || repeated(l)));
    return lines.filter((l) => !drop.has(l));
  });
}

/** Lines a stretch of a page must have to be read as two columns of prose. */
const COLUMN_BAND_LINES = 6;
const CJK_RUN = /[\u4e00-\u9fff]/g;
const cjkCount = (t: string) => t.match(CJK_RUN)?.length ?? 0;

/**
 * A page set in two columns of prose (a report printed in a newspaper, a bulletin's two-column page): each line of the
 * page holds a line of the left column and one of the right, which read across would splice two paragraphs together
 * and take the columns for a table's. Where a stretch of lines keeps clear of one vertical gutter near the middle of
 * the page, at least COLUMN_BAND_LINES of them, each line one piece of prose on either side (no figure standing alone,
 * no third cell, most pieces a run of CJK text, most lines of each side running to its edge as wrapped text does and a
 * table's labels do not), the stretch is read column by column: the left column's lines top to
 * bottom, then the right's, each with its column's margins, so that a paragraph wrapped at the gutter, or carried from
 * the foot of the left column to the head of the right, is joined as on a page of one column. Lines that cross the
 * gutter (a title, a table, notes at the foot) stay where they are, and so does a table: its rows have cells of figures.
 */
export function splitColumns(lines: Line[], band0 = 0): { lines: Line[]; bands: number } {
  const body = lines.filter((l) => l.text.trim());
  if (body.length < COLUMN_BAND_LINES) return { lines, bands: 0 };
  const lo = Math.min(...body.map((l) => l.x0));
  const hi = Math.max(...body.map((l) => l.x1));
  const width = hi - lo;
  // (Text placed off the page, or a page wider than any paper, is no page of columns.)
  if (!(lo > -100) || !(hi <= 20000) || !(width > 0)) return { lines, bands: 0 };
  // The gutter: an x near the middle that the fewest lines cross, counted for every point of the page at once (a
  // piece covers the points strictly inside it; the pieces of one line do not overlap), amid the widest such stretch.
  const cover = new Int32Array(Math.ceil(hi) + 3);
  for (const l of body)
    for (const sg of l.segs) {
      const a = Math.max(0, Math.floor(sg.x0) + 1);
      const b = Math.ceil(sg.x1) - 1;
      if (a <= b) {
        cover[a]++;
        cover[b + 1]--;
      }
    }
  for (let x = 1; x < cover.length; x++) cover[x] += cover[x - 1];
  let gutter: number | undefined;
  let fewest = Infinity;
  let widest = 0;
  for (let x = Math.ceil(lo + 0.3 * width), run = 0; x <= lo + 0.7 * width; x++) {
    const n = cover[x];
    run = x > 0 && cover[x - 1] === n && x - 1 >= lo + 0.3 * width ? run + 1 : 1;
    if (n < fewest || (n === fewest && run > widest)) {
      fewest = n;
      widest = run;
      gutter = x - (run - 1) / 2;
    }
  }
  if (gutter === undefined || fewest > body.length * 0.5) return { lines, bands: 0 };
  const g = gutter;
  const crosses = (sg: Seg, x: number) => sg.x0 < x && sg.x1 > x;
  const prose = (sg: Seg) => cjkCount(sg.text) >= 6 && !NUMERIC.test(sg.text);
  const fits = (l: Line) => !l.segs.some((sg) => crosses(sg, g)) && l.segs.filter((sg) => sg.x1 <= g).length <= 1 && l.segs.filter((sg) => sg.x0 >= g).length <= 1;
  const out: Line[] = [];
  let bands = 0;
  for (let i = 0; i < lines.length; ) {
    if (!fits(lines[i])) {
      out.push(lines[i++]);
      continue;
    }
    let j = i;
    while (j < lines.length && fits(lines[j])) j++;
    const run = lines.slice(i, j);
    const left = run.flatMap((l) => l.segs.filter((sg) => sg.x1 <= g).map((sg) => ({ l, sg })));
    const right = run.flatMap((l) => l.segs.filter((sg) => sg.x0 >= g).map((sg) => ({ l, sg })));
    const both = run.filter((l) => l.segs.some((sg) => sg.x1 <= g) && l.segs.some((sg) => sg.x0 >= g)).length;
    // A column of prose is wrapped: most of its lines run to its right edge, as a table's labels do not.
    const filled = (side: typeof left) => {
      const edge = Math.max(...side.map((p) => p.sg.x1));
      return side.filter((p) => edge - p.sg.x1 <= 1.5 * p.l.size).length >= 0.5 * side.length;
    };
    const mostlyProse = (side: typeof left) => side.length > 0 && side.filter((p) => prose(p.sg)).length >= 0.7 * side.length && side.reduce((n, p) => n + cjkCount(p.sg.text), 0) >= 60 && filled(side);
    if (run.length < COLUMN_BAND_LINES || both < 3 || !mostlyProse(left) || !mostlyProse(right)) {
      out.push(...run);
      i = j;
      continue;
    }
    const band = band0 + bands++;
    const column = (side: typeof left, index: number): Line[] => {
      const colLeft = Math.min(...side.map((p) => p.sg.x0));
      const ends = side.map((p) => p.sg.x1 - (HANGS.test(p.sg.text) ? p.l.size : 0)).sort((a, b) => b - a);
      const full = ends.find((e) => ends.filter((x) => Math.abs(x - e) <= 12).length >= 2) ?? ends[0];
      const colRight = Math.max(...ends.filter((x) => Math.abs(x - full) <= 12));
      const col: Column = { band, index, left: colLeft, right: colRight };
      return side.map(({ l, sg }) => ({ ...l, x0: sg.x0, x1: sg.x1, segs: [sg], text: sg.text, col }));
    };
    out.push(...column(left, 0), ...column(right, 1));
    i = j;
  }
  return { lines: out, bands };
}

/** The most lines a page may repeat of the one before (a printed web page's overlap is a few lines to a screenful). */
const OVERLAP_LINES = 60;

/**
 * A page printed from a scrolling view (a web page, a long report exported page by page) may open with the last lines of
 * the page before, repeated whole: every figure in them would be read twice, and a numbered list would seem to go back
 * (12、 then 8、). When a page's first lines are, in order, the previous page's last lines, two lines at least and more
 * than a running head's words, they are dropped from it. A table's head repeated over a page is no such run: the page
 * before ends with rows, not with the head.
 */
export function dropRepeatedOverlap(pages: Line[][]): Line[][] {
  return pages.map((lines, i) => {
    const prev = i > 0 ? pages[i - 1] : undefined;
    if (!prev?.length || lines.length < 2) return lines;
    for (let k = Math.min(OVERLAP_LINES, prev.length, lines.length); k >= 2; k--) {
      let same = true;
      let chars = 0;
      for (let j = 0; j < k && same; j++) {
        same = lines[j].text === prev[prev.length - k + j].text;
        chars += lines[j].text.length;
      }
      if (same && chars >= 20) return lines.slice(k);
    }
    return lines;
  });
}

interface Table {
  kind: 'table';
  lines: Line[];
  anchors: Anchor[];
  /** Goes on from the previous page: its columns are that table's. */
  carried?: boolean;
}
type Item = { kind: 'line'; line: Line } | Table;

function overlap(a: { x0: number; x1: number }, b: { x0: number; x1: number }): number {
  return Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
}

interface Anchor {
  /** The column's cell in the line that has the most cells (the header, usually). */
  x0: number;
  x1: number;
  /** Grown to every cell the column holds (a long label, a figure right-aligned past the header). */
  lo: number;
  hi: number;
}

/**
 * Columns of a table: the cells of its rows that hold a figure, merged where
 * they overlap (labels share a left edge, figures a right edge). Header cells
 * are centred over a column, often narrower than it, or span several, so
 * they do not make columns; they join the column they overlap.
 */
function anchorsOf(lines: Line[]): Anchor[] {
  const multi = lines.filter((l) => l.segs.length >= 2 && !isColumnNumbers(l.segs.map((s) => s.text)));
  const data = multi.filter((l) => l.segs.some((s) => NUMERIC.test(s.text)));
  const from = data.length ? data : multi;
  // A dash (nothing to report) sits at its cell's edge, clear of the head centred over it: dashes
  // make a column only where no other cell or head is near (below).
  const all = from.flatMap((l) => l.segs);
  const dashes = all.filter((s) => DASH_CELL.test(s.text));
  const spans = all.filter((s) => !DASH_CELL.test(s.text)).map((s) => ({ x0: s.x0, x1: s.x1, figure: NUMERIC.test(s.text) })).sort((a, b) => a.x0 - b.x0);
  let anchors: Array<Anchor & { cells: number; figures: number }> = [];
  for (const sp of spans) {
    const last = anchors[anchors.length - 1];
    if (last && sp.x0 < last.x1) {
      last.x1 = Math.max(last.x1, sp.x1);
      last.cells++;
      if (sp.figure) last.figures++;
    } else anchors.push({ x0: sp.x0, x1: sp.x1, lo: sp.x0, hi: sp.x1, cells: 1, figures: sp.figure ? 1 : 0 });
  }
  // A label no other row has a cell under (合计 centred in a cell merged over the code and name
  // columns) is one merged cell, not a column of its own: it joins the column nearest it.
  if (data.length >= 3 && anchors.length > 2) anchors = anchors.filter((a) => a.cells > 1 || a.figures > 0);
  // Whether a column's cells number the rows: 1, 2, 3 (or 7, 8, 9 on the page a table goes on), one more each row.
  const numbersRows = (a: { x0: number; x1: number }) => {
    const ns = data.flatMap((l) => l.segs.filter((sg) => overlap(sg, a) > 0).map((sg) => (/^[0-9]{1,3}$/.test(sg.text.trim()) ? Number(sg.text.trim()) : NaN)));
    return ns.length >= 2 && ns.every((n, i) => n === ns[0] + i);
  };
  // A header cell over a column no row fills (an empty 事业收入 column) still names a column.
  // Group headers over several columns (收入 | 支出) sit on lines of few cells, often between
  // columns: only the header lines that name single columns add columns.
  if (data.length) {
    const headers = multi.filter((l) => !data.includes(l));
    const most = Math.max(0, ...headers.map((l) => l.segs.length));
    const named = anchors.slice();
    // The rest of a header cell wrapped over two lines (上缴上级 / 支出) sits under the part that
    // names a column, centred, and may miss that column's figures: it names no column of its own.
    const wrapsNamed = (sp: Seg, l: Line) =>
      headers.some((o) => o !== l && Math.abs(o.y - l.y) <= 2 * Math.max(o.size, l.size) && o.segs.some((h) => overlap(h, sp) > 0 && named.some((a) => overlap(h, a) > 0)));
    for (const l of headers) {
      if (l.segs.length < 3 && l.segs.length < most) continue;
      if (l.segs.length < 3 && most < 3) continue;
      // A head centred over a column of figures set flush right may end just short of them (金额 over
      // 17008600.00): less than an em to the left of a column of figures, it is that column's.
      // Its mirror: 序号 centred over its cell, the rows' numbers 1, 2, 3 set flush left under it, end before the head
      // begins. The head is theirs when it is set less than an em right of them and nothing else heads them: an empty
      // column of its own would leave the numbers without a head. Only a numbering (each row one more than the row
      // above) is read so; a column of codes (201, 20138) stays as the page sets it.
      const headless = (a: (typeof anchors)[number]) => !headers.some((o) => o.segs.some((h) => overlap(h, a) > 0));
      const heads = (sp: Seg, a: (typeof anchors)[number]) =>
        a.figures > 0 &&
        a.figures === a.cells &&
        ((sp.x1 <= a.x0 && a.x0 - sp.x1 < 0.75 * l.size) || (sp.x0 >= a.x1 && sp.x0 - a.x1 < 0.75 * l.size && headless(a) && numbersRows(a)));
      for (const sp of l.segs) if (!anchors.some((a) => overlap(sp, a) > 0 || heads(sp, a)) && !wrapsNamed(sp, l)) anchors.push({ x0: sp.x0, x1: sp.x1, lo: sp.x0, hi: sp.x1, cells: 0, figures: 0 });
    }
    anchors.sort((a, b) => a.x0 - b.x0);
  }
  for (const d of dashes) {
    const size = d.x1 - d.x0 || 1;
    const near = anchors.some((a) => overlap(d, a) > -Math.max(12, 2 * size));
    if (!near) {
      anchors.push({ x0: d.x0, x1: d.x1, lo: d.x0, hi: d.x1, cells: 0, figures: 0 });
      anchors.sort((a, b) => a.x0 - b.x0);
    }
  }
  for (const a of anchors) {
    a.lo = a.x0;
    a.hi = a.x1;
  }
  if (anchors.length < 2) return anchors;
  const grow = (a: Anchor, s: Seg) => {
    a.lo = Math.min(a.lo, s.x0);
    a.hi = Math.max(a.hi, s.x1);
  };
  // First the cells that stand over or under a column's anchor, and a head's cells; then the cells of rows and lines of
  // one cell that meet none (a wrapped label's short second line, a 合计 row's figure set under the merged label) by the
  // columns those grew to (cellColumn), so a piece nearer the next column does not grow that column.
  const loose: Seg[] = [];
  for (const l of lines) {
    for (const s of l.segs) {
      const i = columnOf(s, anchors);
      if (overlap(s, anchors[i]) > 0 || !byGrown(l)) grow(anchors[i], s);
      else loose.push(s);
    }
  }
  for (const s of loose) grow(anchors[cellColumn(s, anchors)], s);
  return anchors;
}

function columnOf(seg: Seg, anchors: ReadonlyArray<{ x0: number; x1: number }>): number {
  let best = 0;
  let score = -Infinity;
  anchors.forEach((a, i) => {
    const o = overlap(seg, a);
    const s = o > 0 ? o : o - 1e6; // any overlap beats the nearest miss
    if (s > score) {
      score = s;
      best = i;
    }
  });
  return best;
}

/**
 * The column of a line of one cell. A column's anchor may be only its head (项目名称 centred over labels that stand on lines of
 * their own, above and below their row's figures): a short piece of a wrapped label (补助, 资金) left-aligned under the
 * longer line above it overlaps no anchor and is nearer the next column's (序号). The columns grown to every cell they
 * hold (lo, hi) then tell it, before the nearest miss does.
 */
function cellColumn(seg: Seg, anchors: readonly Anchor[]): number {
  const i = columnOf(seg, anchors);
  if (overlap(seg, anchors[i]) > 0) return i;
  const grown = anchors.map((a) => overlap(seg, { x0: a.lo, x1: a.hi }));
  const k = grown.indexOf(Math.max(...grown));
  return grown[k] > 0 && grown.filter((o) => o > 0).length === 1 ? k : i;
}

/**
 * Whether a line's cells that meet no column's anchor go by the columns' grown extent: a line of one cell, or a row
 * holding a figure. A head's line keeps the nearest anchor: a group head (财政拨款收入 over 一般公共预算 | 政府性基金) grows a
 * column over its neighbour's head.
 */
const byGrown = (l: Line) => l.segs.length === 1 || l.segs.some((sg) => NUMERIC.test(sg.text));

/** Whether a one-cell line sits inside one column of the table (a row whose other cells are empty). */
function fitsColumn(l: Line, anchors: Anchor[]): boolean {
  if (anchors.length < 2) return false;
  // The column the line starts in; it must stay clear of the figures of the columns beside it.
  const i = anchors.findIndex((a) => overlap(l, { x0: a.lo, x1: a.hi }) > 0);
  if (i < 0) return false;
  return l.x0 >= (anchors[i - 1]?.x1 ?? -Infinity) && l.x1 <= (anchors[i + 1]?.x0 ?? Infinity);
}

/** Every cell of the line falls in a different column of the table. */
function alignsWith(l: Line, anchors: Anchor[]): boolean {
  if (anchors.length < 2) return false;
  // Each cell in the column it overlaps most: a column grown by a long label may reach into the next one.
  const cols = l.segs.map((sg) => {
    const o = anchors.map((a) => overlap(sg, { x0: a.lo, x1: a.hi }));
    const best = o.indexOf(Math.max(...o));
    return o[best] > 0 ? best : -1;
  });
  return cols.every((c) => c >= 0) && new Set(cols).size === cols.length;
}

const UNIT_NOTE = /单位[:：]/;

/** A line that is prose, a note or a caption, never a row of a table around it. */
const NOT_A_ROW = /[。；]$|单位[:：]|^注[:：]|^[（(]?注|表$/;

/**
 * A heading numbered by Word (the number, the tab after it, then words, or a year: 七、 2025年债务还本付息情况): the
 * text after a table, not its row.
 */
const NUMBERED_HEADING = /^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])\s+(?:[^\s\d]|[0-9]{4}年)/;

/** A table's total row, by its label: 合计, 总计 (spaced or not). */
const TOTAL_ROW_START = /^[\s\u3000]*(?:合[\s\u3000]*计|总[\s\u3000]*计)/;

/** Whether a line is set in the type size of the table's rows. */
function sameSize(l: Line, size: number): boolean {
  return Math.abs(l.size - size) <= 0.15 * Math.max(l.size, size);
}

/** Splits a page's lines into table regions and text lines, in reading order. */
function findTables(lines: Line[], carry?: Anchor[], carrySize?: number): Item[] {
  const out: Item[] = [];
  // A table that ended the page before may go on at the top of this one, with or without its header.
  let open: Table | null = carry ? { kind: 'table', lines: [], anchors: carry, carried: true } : null;
  const rowSize = (t: Table) => (t.lines.length ? median(t.lines.map((r) => r.size)) : carrySize);
  // One-cell lines after the table's last row: a wrapped header cell, a row whose other cells
  // are empty, or the text after the table, decided by what follows.
  let pending: Line[] = [];
  const close = () => {
    if (open?.carried) {
      if (open.lines.length) out.push(open);
    } else if (open) {
      const multi = open.lines.filter((l) => l.segs.length >= 2).length;
      if (multi >= 2) {
        open.anchors = anchorsOf(open.lines);
        out.push(open);
      } else for (const l of open.lines) out.push({ kind: 'line', line: l });
    }
    open = null;
    for (const l of pending) out.push({ kind: 'line', line: l });
    pending = [];
  };
  let prev: Line | undefined;
  for (const l of lines) {
    // Rows of a table sit farther apart than lines of text (tall header cells most of all).
    const gapOk = prev === undefined ? open !== null : l.y - prev.y <= 4 * Math.max(l.size, prev.size);
    // 七、 | 2025年债务还本付息情况 right under a table's 合计 row: Word's tab after the number splits the heading in two,
    // which reads as a row; after the total row, with no figure, it is the text's next heading.
    const afterTotal = open !== null && !pending.length && open.lines.length > 0 && TOTAL_ROW_START.test(open.lines[open.lines.length - 1].text);
    if (afterTotal && l.segs.length >= 2 && NUMBERED_HEADING.test(l.text) && !l.segs.some((sg) => NUMERIC.test(sg.text))) {
      close();
      out.push({ kind: 'line', line: l });
    } else if (l.segs.length >= 2) {
      // A total row set apart at the foot of the table (blank rows above it) is still its row.
      const foot = open !== null && !gapOk && !pending.length && prev !== undefined && l.page === prev.page && alignsWith(l, open.carried ? open.anchors : anchorsOf(open.lines));
      if (open && (gapOk || foot) && !pending.some((p) => NOT_A_ROW.test(p.text))) {
        open.lines.push(...pending, l);
        pending = [];
      } else if (UNIT_NOTE.test(l.text) && !l.segs.some((s) => NUMERIC.test(s.text))) {
        // 公开02表 … 单位：万元, 编制部门：… 单位：元 above a table: a note in two pieces, not its first row (its pieces,
        // read as columns, would cut the head below them into others).
        close();
        out.push({ kind: 'line', line: l });
      } else {
        close();
        open = { kind: 'table', lines: [l], anchors: [] };
        // The upper half of a label wrapped in the table's first row sits just above it.
        const before = out[out.length - 1];
        if (before?.kind === 'line' && l.y - before.line.y < 0.9 * l.size && !NOT_A_ROW.test(before.line.text) && before.line.segs.length === 1) {
          out.pop();
          open.lines.unshift(before.line);
        }
      }
    } else if (open && gapOk && rowSize(open) !== undefined && !sameSize(l, rowSize(open)!)) {
      // A line in another type size than the table's rows (the next heading) is not one of its rows.
      close();
      out.push({ kind: 'line', line: l });
    } else if (open && gapOk) {
      const anchors = open.carried ? open.anchors : anchorsOf(open.lines);
      const spans = anchors.filter((a) => overlap(l, a) > 0.3 * l.size).length;
      if (NOT_A_ROW.test(l.text) || NUMBERED_HEADING.test(l.text) || spans >= 2 || pending.length >= 3) {
        close();
        out.push({ kind: 'line', line: l });
      } else if (!pending.length && fitsColumn(l, anchors)) {
        open.lines.push(l);
      } else {
        pending.push(l);
      }
    } else {
      close();
      out.push({ kind: 'line', line: l });
    }
    prev = l;
  }
  close();
  return out;
}

function escapeInline(s: string): string {
  return s.replace(/[\\`*_[\]<&~]/g, '\\$&');
}

function paragraphText(s: string): string {
  return escapeInline(neutralizeMarkdown(s));
}

function cellText(s: string): string {
  return escapeInline(s).replace(/\|/g, '｜');
}

/**
 * | 合计 | 14,437.20 | 14,036.82 | 97.23 |  | under | 201 | 一般公共服务支出 | 12.40 | 11.86 | 95.65 |: a row whose label a
 * document merged over two columns may have its figures set from the second column on, one column left of every other
 * row's. A figure where every other row has a name, and nothing in the last column where every other row has a figure or
 * a grade, say so: its cells after the label move one column right.
 */
function shiftedRows(rows: Array<{ cells: string[] }>): void {
  const n = rows[0]?.cells.length ?? 0;
  if (n < 3 || rows.length < 4) return;
  const named = (r: { cells: string[] }) => /[\u4e00-\u9fff]/.test(r.cells[1]) && !NUMERIC.test(r.cells[1]);
  // (The last column may hold a grade, 优 or 良, as a performance table's does: filled is what counts.)
  const figured = (r: { cells: string[] }) => r.cells[n - 1] !== '';
  const off = (r: { cells: string[] }) => r.cells[0] !== '' && NUMERIC.test(r.cells[1]) && r.cells[n - 1] === '' && r.cells.slice(1, n - 1).every((c) => c === '' || NUMERIC.test(c));
  const shifted = rows.filter(off);
  const others = rows.filter((r) => !off(r) && r.cells.some((c) => NUMERIC.test(c)));
  if (!shifted.length || shifted.length * 4 > rows.length || others.length < 3 || !others.every((r) => named(r) && figured(r))) return;
  for (const r of shifted) r.cells = [r.cells[0], '', ...r.cells.slice(1, n - 1)];
}

/** The places a figure cell writes after its decimal point (0 for none, or for one ending at the point). */
const decimalsOf = (cell: string): number => {
  const m = /[.．]([0-9０-９]*)$/.exec(cell);
  return m ? m[1].length : 0;
};
/** A figure cut before the end of its places: 280,638,300. or 18,742,600.0, or 186,427,500 when .00 follows. */
const CUT_FIGURE = /^[-+－]?[0-9０-９][0-9０-９,，]*(?:[.．][0-9０-９]*)?$/;
/** The rest of a cut figure: its last places (00), or its point and places (.00). */
const FIGURE_REST = /^[.．]?[0-9０-９]+$/;

/**
 * A figure too wide for its column wraps inside its cell: 280,638,300. on one line and 00 on the next, 186,427,500
 * and .00, or 18,742,600.0 and 0 around the row's label, set between them at the middle of the row. A line whose
 * figures stop short of their places (beside any its columns had room for), and the next line (or the one after the
 * row's label on a line of its own) holding only their rest, under them, are one row's figures split in two, when
 * every figure so completed has the places the table writes its whole figures to (two of them at least): they are
 * joined, into the row's label line. Two rows each naming itself (完成率 98.5 over 项目数 5) are two rows, whatever
 * their figures: a wrapped row names itself once.
 */
function joinWrappedFigures(rows: Array<{ cells: string[]; line: Line }>): void {
  const whole = new Map<number, number>();
  for (const r of rows) for (const c of r.cells) if (NUMERIC.test(c) && /[.．][0-9０-９]/.test(c)) whole.set(decimalsOf(c), (whole.get(decimalsOf(c)) ?? 0) + 1);
  if (!whole.size) return;
  const figureCols = (r: { cells: string[] }) => r.cells.flatMap((c, k) => ((NUMERIC.test(c) || CUT_FIGURE.test(c)) && !/^[-—–]$/.test(c) ? [k] : []));
  const labelled = (r: { cells: string[] }) => r.cells.some((c) => c && !NUMERIC.test(c) && !CUT_FIGURE.test(c) && !FIGURE_REST.test(c));
  // The places a cut figure has once its rest is put back (undefined when the two do not make one figure).
  const placesJoined = (head: string, rest: string): number | undefined => {
    if (!CUT_FIGURE.test(head) || !FIGURE_REST.test(rest)) return undefined;
    const pointed = /[.．]/.test(head);
    if (/^[.．]/.test(rest) === pointed) return undefined;
    return pointed ? decimalsOf(head) + rest.length : rest.length - 1;
  };
  for (let i = 0; i < rows.length; i++) {
    const a = rows[i];
    const figures = figureCols(a);
    if (!figures.length || !figures.every((k) => CUT_FIGURE.test(a.cells[k]) || NUMERIC.test(a.cells[k]))) continue;
    // The row's label (and its codes) may stand on a line of its own between the two halves.
    const next = rows[i + 1];
    const mid = next && next.cells.some(Boolean) && figures.every((k) => !next.cells[k]) ? next : undefined;
    const b = rows[i + (mid ? 2 : 1)];
    if (!b) continue;
    // The cut figures: those the next line completes. A figure the column had room for stands whole beside them.
    const cols = figures.filter((k) => FIGURE_REST.test(b.cells[k]));
    if (!cols.length || !figures.every((k) => cols.includes(k) || NUMERIC.test(a.cells[k]))) continue;
    const places = cols.map((k) => placesJoined(a.cells[k], b.cells[k]));
    const t = places[0];
    if (t === undefined || !places.every((p) => p === t) || (whole.get(t) ?? 0) < 2) continue;
    // Nothing else of a figure in the second half: a code at most, left of the figures, when it names the row.
    const rest = figureCols(b).filter((k) => !cols.includes(k));
    if (rest.some((k) => k > cols[0] || !/^[0-9０-９]+$/.test(b.cells[k])) || (mid && (rest.length || labelled(b) || labelled(a))) || (labelled(a) && labelled(b))) continue;
    const into = mid ?? (labelled(b) && !labelled(a) ? b : a);
    for (const k of cols) {
      const joined = a.cells[k] + b.cells[k];
      a.cells[k] = '';
      b.cells[k] = '';
      into.cells[k] = joined;
    }
    for (const r of [a, b]) if (r !== into && !r.cells.some(Boolean)) rows.splice(rows.indexOf(r), 1);
    i = rows.indexOf(into);
  }
}

/** Rows of a table as cells, the leading rows without a figure merged into one header row. */
function tableRows(t: Table): { header: string[] | null; rows: Array<{ cells: string[]; line: Line }>; all: Array<{ cells: string[]; line: Line }> } {
  const n = t.anchors.length;
  const rows = t.lines.map((line) => {
    const cells = Array<string>(n).fill('');
    for (const s of line.segs) {
      const c = byGrown(line) ? cellColumn(s, t.anchors) : columnOf(s, t.anchors);
      cells[c] = cells[c] ? `${cells[c]} ${s.text}` : s.text;
    }
    return { cells, line };
  });
  joinWrappedFigures(rows);
  // A cell wrapped over two lines puts a fragment above and below its row's baseline,
  // closer to the row than rows are to each other: it belongs to that row.
  const isRow = (r: { cells: string[] }) => r.cells.filter(Boolean).length > 1 || r.cells.some((c) => NUMERIC.test(c));
  const full = rows.filter(isRow);
  const pitch = median(full.slice(1).map((r, i) => r.line.y - full[i].line.y));
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i];
    const filled = r.cells.map((c, k) => (c ? k : -1)).filter((k) => k >= 0);
    if (filled.length !== 1 || NUMERIC.test(r.cells[filled[0]]) || !(pitch > 0)) continue;
    const k = filled[0];
    const near = (o: (typeof rows)[number] | undefined) => o !== undefined && Math.abs(o.line.y - r.line.y) < 0.75 * pitch && isRow(o);
    const below = near(rows[i + 1]) ? rows[i + 1] : undefined;
    const above = near(rows[i - 1]) ? rows[i - 1] : undefined;
    // The nearer row takes the fragment (a label wrapped over three lines has one on each side).
    const toBelow = below && (!above || below.line.y - r.line.y <= r.line.y - above.line.y);
    if (toBelow && (!below.cells[k] || !MARKER_START.test(r.cells[k]))) {
      below.cells[k] = r.cells[k] + below.cells[k];
    } else if (above && !MARKER_START.test(r.cells[k])) {
      above.cells[k] += r.cells[k];
    } else continue;
    rows.splice(i, 1);
    i--;
  }
  // The row numbering the columns says nothing a reader needs: it is left out.
  for (let i = 0; i < rows.length; i++) if (isColumnNumbers(rows[i].cells)) rows.splice(i--, 1);
  shiftedRows(rows);
  let h = 0;
  // The header: the rows before the first that holds a figure or opens with a row label (一、, a code).
  const isData = (r: { cells: string[] }) => r.cells.some((c) => NUMERIC.test(c) || MEASURED.test(c)) || MARKER_START.test(r.cells.find(Boolean) ?? '');
  while (h < rows.length && h < 6 && !isData(rows[h])) h++;
  if (h === rows.length || !rows.some((r) => r.cells.some((c) => NUMERIC.test(c)))) h = Math.min(1, h || 1, rows.length);
  if (!h) return { header: null, rows, all: rows };
  const header = Array.from({ length: n }, (_, i) =>
    rows
      .slice(0, h)
      .map((r) => r.cells[i])
      .filter(Boolean)
      .join(' '),
  );
  return { header, rows: rows.slice(h), all: rows };
}

/** Lays out every page and returns the Markdown text and its page map. */
export function layoutPdf(pdfPages: PdfPage[]): PdfText {
  let bands = 0;
  const perPage = dropRepeatedOverlap(
    dropFurniture(
      pdfPages.map((p, i) => pageLines(p, i + 1)),
      pdfPages,
    ),
  ).map((lines) => {
    const split = splitColumns(lines, bands);
    bands += split.bands;
    return split.lines;
  });

  // Margins per page width (portrait and landscape pages differ): the left edge
  // most lines start at, and the right edge the full lines reach.
  const margins = new Map<number, { left: number; right: number }>();
  const laid: Item[][] = [];
  for (const lines of perPage) {
    const before = laid[laid.length - 1];
    const last = before?.[before.length - 1];
    // A table goes on over the page break on a page of the same width (not from a landscape page to a portrait one).
    const t = last?.kind === 'table' ? last : undefined;
    const width = (page: number | undefined) => (page === undefined ? NaN : Math.round(pdfPages[page - 1]?.width ?? NaN));
    const goesOn = t !== undefined && lines.length > 0 && width(lines[0].page) === width(t.lines[t.lines.length - 1]?.page);
    laid.push(findTables(lines, goesOn ? t.anchors : undefined, goesOn ? median(t.lines.map((r) => r.size)) : undefined));
  }
  const byWidth = new Map<number, Line[]>();
  laid.forEach((items, i) => {
    const w = Math.round(pdfPages[i].width);
    const text = items.flatMap((it) => (it.kind === 'line' && it.line.segs.length === 1 && !it.line.col ? [it.line] : []));
    byWidth.set(w, [...(byWidth.get(w) ?? []), ...text]);
  });
  for (const [w, lines] of byWidth) {
    const left = lines.length ? Math.min(...lines.map((l) => l.x0)) : 0;
    // The right margin: the edge a good share of the lines reach (full lines of paragraphs).
    // A line ending in a mark a typesetter may hang past the margin (LibreOffice sets a closing 、，。
    // outside it) counts as ending an em before it: else one such line moves the margin out an em.
    const ends = lines.map((l) => l.x1 - (HANGS.test(l.text) ? l.size : 0)).sort((a, b) => b - a);
    // Too few lines to tell: margins are symmetric, unless the longest line (in the page's right
    // quarter) stops short of that: no full line runs past the margin.
    const longest = ends[0] ?? 0;
    let right = longest >= w * 0.75 ? Math.min(w - left, longest) : w - left;
    for (const e of ends) {
      // Full lines end near the page's right side, not in its middle (a page of short lines).
      if (e < w * 0.75) break;
      const near = ends.filter((x) => Math.abs(x - e) <= 12).length;
      if (near >= Math.max(2, ends.length * 0.15)) {
        right = Math.max(...ends.filter((x) => Math.abs(x - e) <= 12));
        break;
      }
    }
    margins.set(w, { left, right });
  }

  // The text is built in pieces: appending to one long string and reading its end flattens it every time.
  const out: string[] = [];
  let length = 0;
  let lastChar = '';
  const emit = (piece: string) => {
    if (!piece) return;
    out.push(piece);
    length += piece.length;
    lastChar = piece[piece.length - 1];
  };
  const pages: PageMark[] = [];
  let tables = 0;
  const mark = (page: number) => {
    const last = pages[pages.length - 1];
    if (last && last.page === page) return;
    if (last && last.offset === length) last.page = page;
    else pages.push({ offset: length, page });
  };
  const startBlock = () => {
    if (length) emit('\n\n');
  };

  // The paragraph being built: lines are joined when the break falls inside it.
  let para: Line | null = null;
  let lastTable: { header: string[] | null } | null = null;

  const continues = (prev: Line, l: Line): boolean => {
    if (prev.segs.length > 1 || l.segs.length > 1) return false;
    if (Math.abs(prev.size - l.size) > 0.15 * Math.max(prev.size, l.size)) return false;
    const m = prev.col ?? margins.get(Math.round(pdfPages[prev.page - 1].width))!;
    // From the foot of a band's left column to the head of its right one, a paragraph goes on as over a page break.
    const nextColumn = !!prev.col && !!l.col && l.col.band === prev.col.band && l.col.index === prev.col.index + 1;
    if (nextColumn && l.x0 > l.col!.left + 0.8 * l.size) return false;
    const samePage = prev.page === l.page && !nextColumn;
    if (samePage && l.y - prev.y > 2.3 * l.size) return false;
    if (samePage && l.y <= prev.y) return false;
    // Indented past the line before: a new paragraph (first-line indent).
    if (!nextColumn && l.x0 > (samePage ? prev.x0 : m.left) + 0.8 * l.size) return false;
    // An outline marker at the start of a line opens an item (a row label, a heading).
    if (OUTLINE_START.test(l.text)) return false;
    // A centred or right-aligned line (a title, a unit note) is a paragraph of its own.
    if (prev.x0 > m.left + 3.5 * prev.size && l.x0 < prev.x0 - 0.8 * l.size) return false;
    // A line centred on the page, clear of both margins (a cover's title in large type), was not wrapped.
    const centre = pdfPages[prev.page - 1].width / 2;
    const inside = prev.x0 > m.left + 2 * prev.size && prev.x1 < m.right - 2 * prev.size;
    if (inside && Math.abs((prev.x0 + prev.x1) / 2 - centre) < 0.5 * prev.size) return false;
    // A contents entry ends in its dot leaders (and page number): the next line is the next entry.
    if (endsInLeaders(prev.text)) return false;
    // Stopped short of the margin by more than the next line's first word needs: the paragraph ended.
    // A figure does not fit without the character after it (Word keeps "230.00万" together), nor
    // does a character without the closing punctuation after it (，。） may not start a line).
    const word = /^[\x21-\x7e]+/.exec(l.text)?.[0].length ?? 0;
    // An opening bracket may not end a line nor its closing one start the next: "（境）" moves down whole.
    const bracket = word ? 0 : Array.from(BRACKETED.exec(l.text)?.[0] ?? '').reduce((n, c) => n + charWeight(c), 0);
    const glued = bracket || (word && l.text.length > word ? 1 : 0) + (NO_LINE_START.test(l.text.slice(word ? word + 1 : 1)) ? 1 : 0);
    const room = (word ? word * prev.ascii + 0.6 * prev.size : 1.6 * prev.size) + glued * l.size;
    return m.right - prev.x1 <= Math.max(room, 1.6 * prev.size);
  };

  const appendLine = (l: Line, joined: boolean) => {
    mark(l.page);
    if (joined && /[A-Za-z]/.test(lastChar) && /^[A-Za-z]/.test(l.text)) emit(' ');
    emit(joined ? escapeInline(l.text) : paragraphText(l.text));
  };

  laid.forEach((items) => {
    items.forEach((item) => {
      if (item.kind === 'line') {
        const l = item.line;
        if (para && continues(para, l)) {
          appendLine(l, true);
        } else {
          startBlock();
          appendLine(l, false);
        }
        para = l;
        lastTable = null;
        return;
      }
      para = null;
      const t = item;
      const { header, rows: body, all } = tableRows(t);
      const prevT = lastTable as typeof lastTable;
      const carries = t.carried === true && prevT !== null;
      const line = (cells: string[]) => `| ${cells.map(cellText).join(' | ')} |`;
      // A continued table repeats its header on the new page, or goes on with rows that merely hold no figure.
      const rows = carries && (header === null || header.join('|') !== prevT!.header?.join('|')) ? all : body;
      if (!carries) {
        startBlock();
        tables++;
        mark(t.lines[0].page);
        const head = header ?? Array<string>(t.anchors.length).fill('');
        emit(`${line(head)}\n| ${head.map(() => '---').join(' | ')} |`);
      }
      for (const r of rows) {
        emit('\n');
        mark(r.line.page);
        emit(line(r.cells));
      }
      lastTable = { header: carries ? prevT!.header : header };
    });
  });
  if (length) emit('\n');
  const text = out.join('');
  return { text, pages, pageCount: pdfPages.length, tables };
}
