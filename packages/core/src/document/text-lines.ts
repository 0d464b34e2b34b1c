import { readMarker } from './markers.ts';
import { DOCUMENT_LEXICON } from '../domain/documents.ts';

/**
 * How one physical line of extracted text reads on its own, before lines are
 * put together: blank, page furniture, a table-of-contents entry, a row of a
 * table flattened into lines (numbers, short labels), or prose.
 */
export type LineKind = 'blank' | 'furniture' | 'page-number' | 'toc' | 'numbers' | 'label' | 'prose';

export interface TextLine {
  /** Source offset of `body`. */
  start: number;
  /** The line without its indentation, trailing spaces and line end. */
  body: string;
  kind: LineKind;
  /** Width on the page in half-width units: ideographs and full-width forms count 2. */
  width: number;
  /**
   * Characters of indentation before `body` (a page's form feed not counted): where pdftotext -layout
   * set the line on its grid, so that lines of one table line up by it.
   */
  indent: number;
  /** The indentation held a tab: in a line pasted from a spreadsheet, an empty first cell. */
  leadTab?: true;
}

/** Physical lines of the source (LF, CRLF or lone CR), read in one pass. */
export function splitLines(source: string): TextLine[] {
  const lines: TextLine[] = [];
  let start = 0;
  const n = source.length;
  const add = (from: number, to: number) => {
    let a = from;
    if (a === 0 && source.charCodeAt(0) === 0xfeff) a = 1;
    let b = to;
    let indent = 0;
    let leadTab = false;
    while (a < b && isBlank(source.charCodeAt(a))) {
      if (source.charCodeAt(a) === 9) leadTab = true;
      // pdftotext opens each page with a form feed: a page break, as a page number marks one.
      if (source.charCodeAt(a) === 0x0c) {
        if (b > a + 1) lines.push({ start: a, body: '\f', kind: 'furniture', width: 0, indent: 0 });
      } else indent++;
      a++;
    }
    while (b > a && isBlank(source.charCodeAt(b - 1))) b--;
    const body = source.slice(a, b);
    lines.push({ start: a, body, kind: 'prose', width: widthOf(body), indent, ...(leadTab && body ? { leadTab: true as const } : {}) });
  };
  for (let i = 0; i < n; i++) {
    const c = source.charCodeAt(i);
    if (c === 10 || c === 13) {
      add(start, i);
      if (c === 13 && source.charCodeAt(i + 1) === 10) i++;
      start = i + 1;
    }
  }
  add(start, n);
  for (const l of lines) l.kind = classify(l.body);
  markRunningHeads(lines);
  return lines;
}

/**
 * Where the pages break: the first line of each run of furniture (a page number and the form feed
 * after it, blank lines between or not, are one break). Leader lines left by a contents page are none.
 */
export function pageBreaks(lines: readonly TextLine[]): number[] {
  const breaks: number[] = [];
  for (let k = 0, inBreak = false; k < lines.length; k++) {
    if (lines[k].kind === 'blank') continue;
    const isBreak = lines[k].kind === 'furniture' && !LEADERS_ONLY.test(lines[k].body);
    if (isBreak && !inBreak) breaks.push(k);
    inBreak = isBreak;
  }
  return breaks;
}

/**
 * Running headers and footers: a short line printed next to the page break on
 * every page ("某某局2024年度部门决算", a document number). A line that stands
 * right before or after three page breaks or more, always the same (or two, when it
 * repeats the title), is furniture like the page number beside it.
 */
function markRunningHeads(lines: TextLine[]): void {
  const breaks = pageBreaks(lines);
  if (!breaks.length) return;
  const near = new Map<string, number[]>();
  const visit = (k: number, step: 1 | -1) => {
    for (let j = k + step, seen = 0; j >= 0 && j < lines.length && seen < 2; j += step) {
      const l = lines[j];
      if (l.kind === 'blank' || l.kind === 'furniture') continue;
      seen++;
      if (l.body.length > 40) continue;
      const list = near.get(l.body) ?? [];
      if (list[list.length - 1] !== j) list.push(j);
      near.set(l.body, list);
    }
  };
  for (const k of breaks) {
    visit(k, -1);
    visit(k, 1);
  }
  // The title line printed again at the top of later pages (not the cover's) is a running
  // head beside a page break, even in a short copy with one break; any other line needs three
  // breaks, and to stand beside half of them.
  const first = lines.findIndex((l) => l.kind !== 'blank');
  const title = lines[first]?.body;
  for (const [body, all] of near) {
    const list = body === title ? all.filter((j) => j !== first) : all;
    const asTitle = body === title && list.length >= 1;
    // A short document (a few pages copied out of a viewer) has two breaks: a line beside each of
    // them that names a document of a year (某某局2024年度部门决算) is its running head too.
    // So is the unit's bare name the same beside each of them.
    const namesDocument = list.length >= 2 && list.length >= breaks.length && runningHeadLike(body);
    if (!asTitle && !namesDocument && (breaks.length < 3 || list.length < 3 || list.length < breaks.length * 0.5)) continue;
    for (const j of list) lines[j].kind = 'furniture';
  }
}

// The unit's name alone (某某县人民政府办公室, 某某区财政局): a name ending in an organisational suffix.
const BARE_NAME = new RegExp(`^${DOCUMENT_LEXICON.issuerName}$`);
/** A line that may be a running head: a bare name, or a name of a document of a year. */
export const runningHeadLike = (body: string): boolean => BARE_NAME.test(body) || RUNNING_HEAD_WORDS.test(body);
const RUNNING_HEAD_WORDS = /^[^，。；,;:：]{2,30}[0-9０-９]{4}年度?[^，。；,;:：]{0,16}(?:决算|预算|报告|说明|公开)$/;

const PIPE_RULE = /^\|?(?:[\s\u3000]*:?-{3,}:?[\s\u3000]*\|)+[\s\u3000]*:?-{0,}:?[\s\u3000]*$/;

const isBlank = (c: number) => c === 0x20 || c === 0x09 || c === 0x3000 || c === 0xa0 || c === 0x0b || c === 0x0c || c === 0xfeff;

const wide = (c: number) => c >= 0x2e80 && !(c >= 0xff61 && c <= 0xffdc);

/** Columns a string takes on a page of fixed-width text: an ideograph or a full-width mark two, anything else one. */
export function pageWidth(s: string): number {
  let w = 0;
  for (let i = 0; i < s.length; i++) w += wide(s.charCodeAt(i)) ? 2 : 1;
  return w;
}
// ASCII punctuation a drafter typed in Chinese text, where the reader (normalizeChars) reads a Chinese mark.
const ASCII_MARKS = new Set([...',;:()!?'].map((c) => c.charCodeAt(0)));

/**
 * Half-width units a string takes on the page, its marks counted as the reader reads them: a comma or a bracket typed
 * half-width beside Chinese takes a Chinese mark's two. A line of such a draft that ran to the margin measures as
 * wide as one typed full-width, so the page's wrap is still told from a paragraph's end.
 */
function widthOf(s: string): number {
  let w = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xdc00 && c <= 0xdfff) continue;
    w += wide(c) || (ASCII_MARKS.has(c) && (wide(s.charCodeAt(i - 1)) || wide(s.charCodeAt(i + 1)))) ? 2 : 1;
  }
  return w;
}

// Page furniture a PDF-to-text conversion leaves between the lines of the body.
const PAGE_MARKER = /^=+\s*PAGE\s*\d+\s*=+$/i;
const DASHED_NUMBER = /^[-—–－~〜]{1,2}\s*\d{1,4}\s*[-—–－~〜]{1,2}$/;
// Tested on the line with each run of spaces made one space (` ?` stands where `\s*` stood):
// `\s*[，,]?\s*` was quadratic on a long run of spaces.
const PAGE_OF = /^(?:第 ?\d{1,4} ?[页頁] ?[，,/]? ?(?:共 ?\d{1,4} ?[页頁])?|共 ?\d{1,4} ?[页頁] ?[，,]? ?第 ?\d{1,4} ?[页頁]|\d{1,4} ?\/ ?\d{1,4}|page ?\d{1,4}(?: ?of ?\d{1,4})?)$/i;
// A line of nothing but dot leaders (a contents entry whose title and page number went to other lines).
const LEADERS_ONLY = /^[.．…·•。\-—_\s\u3000]{3,}$/;

/**
 * A table-of-contents entry: a title, a run of leaders (dots, ellipses, middle
 * dots, or three spaces or more) and a page number. Read from the line's end
 * in one pass: a pattern like /\s{3,}\s*\d+$/ backtracks cubically on a long
 * run of spaces. `dotsOnly`: leaders of dots or ellipses only, not spaces.
 */
export function isTocEntry(body: string, dotsOnly = false): boolean {
  let i = body.length - 1;
  let digits = 0;
  while (i >= 0 && isAsciiDigit(body.charCodeAt(i))) {
    i--;
    digits++;
  }
  if (digits === 0 || digits > 4) return false;
  let spaces = 0;
  while (i >= 0 && isBlank(body.charCodeAt(i))) {
    i--;
    spaces++;
  }
  const leader = body[i];
  let run = 0;
  if (leader === '.' || leader === '…' || leader === '·') {
    while (i >= 0 && body[i] === leader) {
      i--;
      run++;
    }
  }
  const enough = leader === '…' ? run >= 2 : run >= 4;
  // Something must stand before the leaders: the entry's title. With spaces alone for leaders, a
  // title ending in a figure is a table row of numbers (合计    16,800    17,146    346), not an entry.
  if (run === 0 && i >= 0 && /[0-9０-９%％]/.test(body[i])) return false;
  // A title of a line's length (the leaders may run on across the page: they are not counted).
  // Spaces for leaders only on a line of a line's length: a long run of them is a gap, not a contents line.
  return (enough || (!dotsOnly && run === 0 && spaces >= 3 && body.length < 100)) && i >= 0 && i < 100;
}

const isAsciiDigit = (c: number) => c >= 0x30 && c <= 0x39;

// A cell of a flattened table holding a number: 156,211,123  0.00  -12.5  3.2%
// (207.12), （5.7）: a decrease in an accounts table's cell, set in brackets.
const NUMBER_CELL = /^[-+－]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?%?$|^[(（](?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?%?[)）]$/;
// A cell left empty in a table: - or —
const EMPTY_CELL = /^[-—－–]{1,2}$/;
// A unit right after a number makes it a measured quantity in a sentence, not a cell.
// A counter word only when it stands alone: "10 个人农业生产补贴" is a code and a row label.
const UNIT_START = /^(?:万|亿|元|千|百|%|％|[个项人家次辆台套户名倍](?![\u3400-\u9fff]))/;
// "2024 年度", "12 月": a date in a sentence whose digits a PDF set apart.
const DATE_START = /^(?:年|月|日)/;
const SENTENCE_MARK = /[，。；！？,;!?]/;
const THOUSANDS_MARK = /(?<=[0-9])[,，](?=[0-9]{3}(?![0-9]))/g;

// (％ too: a cell of １００％ is a number as 100% is, or a performance table's rate cells, one a line, read as prose.)
const toHalfDigits = (s: string) =>
  /[\uff0c\uff0e\uff10-\uff19]/.test(s) ? s.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/[，]/g, ',').replace(/．/g, '.').replace(/％/g, '%') : s;

function classify(body: string): LineKind {
  if (!body) return 'blank';
  if (body === '\f') return 'furniture';
  if (PAGE_MARKER.test(body) || DASHED_NUMBER.test(body) || PAGE_OF.test(body.replace(/\s+/g, ' ')) || LEADERS_ONLY.test(body)) return 'furniture';
  // |---|:---:|: a pipe table's rule under its head, typed into plain text; it holds nothing.
  if (PIPE_RULE.test(body)) return 'furniture';
  if (/^\d{1,3}$/.test(body)) return 'page-number';
  if (isTocEntry(body)) return 'toc';
  if (UNIT_LIST_NOTE.test(body.trim())) return 'label';
  return cellsKind(body);
}

// 单位：万元、%  /  （单位：亿元，%）  /  单位：万元、人: a table's unit note naming the unit of each kind of column, one
// after another; the 、 or ， between them lists units, it does not make the line a sentence. Read as written, so in
// traditional characters too (單位：億元、%).
const UNIT_LIST_NOTE = /^[（(]?(?:金[额額])?[单單]位[：:][\s\u3000]{0,4}(?:[万亿千百萬億]?元|[%％]|[个個人户戶亩畝项項所次])(?:[、，,/][\s\u3000]{0,2}(?:[万亿千百萬億]?元|[%％]|[个個人户戶亩畝项項所]|人次|[万萬]人|平方米))+[）)]?$/;

/**
 * 'numbers' for a row of number cells, possibly with short labels between
 * them ("合计 13,763.90 17,170.87", "156,211,123 一、一般公共服务支出");
 * 'label' for a short line with no sentence punctuation (a row label, a
 * column head, a table title); 'prose' for anything else.
 */
function cellsKind(body: string): LineKind {
  const tokens = body.split(/[\s\u3000]+/);
  // 管护面积12,000亩 in a cell of a tab- or wide-space-laid row: a comma grouping thousands ends no sentence.
  // Only there: a PDF's prose line may hold nothing else to tell it is prose.
  const laidOut = /\t|[ \u3000\u00a0]{3,}/.test(body);
  let numbers = 0;
  let total = 0;
  let afterNumber = false;
  let lastNumber = '';
  let paused = false;
  for (const raw of tokens) {
    const t = toHalfDigits(raw);
    if (NUMBER_CELL.test(t)) {
      numbers++;
      afterNumber = true;
      lastNumber = t;
      continue;
    }
    if (EMPTY_CELL.test(t)) {
      afterNumber = false;
      continue;
    }
    // "5.9 %" in a laid-out row is one cell whose sign a converter set apart; in a sentence a unit after a
    // spaced number is prose ("增加 12 万元").
    if (afterNumber && laidOut && /^[%％]$/.test(t)) {
      afterNumber = false;
      continue;
    }
    if (afterNumber && UNIT_START.test(t)) {
      // …   936   560   376   含示范村建设补助 100 万元: a note in a laid-out row's last cell, its figure spaced as Word
      // spaces digits, after the row's own figures. Only after four of them: a spaced sentence has few.
      if (!(laidOut && numbers > 4)) return 'prose';
      numbers--;
      afterNumber = false;
      continue;
    }
    // "河阳市 2024 年地方政府债务情况表": the gap Word sets between Chinese and digits splits a date
    // from its 年, 月 or 日; the date is part of the words around it, no number cell. Read as if unspaced.
    if (afterNumber && DATE_START.test(t) && /^\d{1,4}$/.test(lastNumber)) numbers--;
    afterNumber = false;
    const m = readMarker(t);
    const text = m ? t.slice(m.length) : t;
    if (SENTENCE_MARK.test(laidOut ? text.replace(THOUSANDS_MARK, '') : text)) return 'prose';
    // 股利、股息收入 names one row: a 、 makes a line prose only when no number stands in it, and a table's head laid
    // out in three cells or more (企业名称⇥利润收入⇥股利、股息收入⇥合计) is a head whatever its cells hold.
    if (text.includes('、') && !(laidOut && tokens.length >= 3)) paused = true;
    const w = widthOf(t);
    if (w > 60) return 'prose';
    total += w;
  }
  if (total > 160 || (paused && numbers === 0)) return 'prose';
  return numbers > 0 ? 'numbers' : 'label';
}
