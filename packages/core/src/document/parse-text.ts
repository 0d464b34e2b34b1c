import { OffsetMap } from './offset-map.ts';
import { ownString } from './own-string.ts';
import { readMarker, styleOf, type Marker } from './markers.ts';
import { pageBreaks, pageWidth, runningHeadLike, splitLines, type TextLine } from './text-lines.ts';
import { CODE_HEAD, LETTER_SPACED_WORDS, SERIAL_HEAD } from '../domain/lexicon.ts';
import { TAB_CELLS, tableRegions } from './table-regions.ts';
import { columnUnits, noteUnit, standingNoteUnit, tableUnit } from './unit-notes.ts';
import { normalizeChars, readingForm } from './normalize.ts';
import { splitsWord } from './genre-words.ts';
import { flatCodeTables } from './flat-rows.ts';
import type { Block, ParsedDocument, TableInfo } from './types.ts';

const SENTENCE_END = /[。！？!?]$/;
/**
 * Characters a paragraph cannot end on: a clause, a bracket or a quotation is
 * still open. Not ；: a short line ending on one is an item set on its own line,
 * and only a line that ran to the margin goes on after it.
 */
const OPEN_END = /[，,、：:（(“‘《【〔—\-]$/;
/**
 * Words that need what follows them: a copula or preposition before its
 * figure ("执行数为⏎1690.69万元"), a conjunction before its second term.
 */
const NEEDS_MORE = /[为的和及与占比较对在将把被按由从向于并或即较]$/;
/** A line that opens with what closes or completes the line above: punctuation, a % or a unit. */
const CLOSING_START = /^[。，、；：！？）)】」』”’%％,.;:!?]/;
const UNIT_START = /^(?:万元|亿元|万|亿|元|个|项|人|家|次|辆|台|套|户|名|倍|年|月|日)/;
const DIGIT_END = /[0-9０-９]$/;
const MONEY_START = /^(?:万元|亿元|万|亿|元|个|项|人|家|次|辆|台|套|户|名|倍)/;
/** A title's own number: "附件2", "表3", one or two digits after a word. */
const TITLE_NUMBER_END = /(?:^|[^0-9０-９.,．，])[0-9０-９]{1,2}$/;
/** A number cut after its decimal point or a thousands separator: "7.⏎39亿元", "1,2⏎86". */
const OPEN_NUMBER_END = /[0-9０-９][.,．，]$/;
const DIGIT_START = /^[0-9０-９.．]/;
const AMOUNT_START = /^[0-9０-９][0-9０-９,，.．]*[\s\u3000]*(?:[万萬][亿億]元|[亿億]元|[万萬]元)/;
const IDEOGRAPH = /^[\u3400-\u9fff]$/;
/** Items counted out in words open their own line like numbered ones: 一是…, 其二，…, 第三，… */
const ENUMERATION = /^(?:[一二三四五六七八九十]{1,2}是|其[一二三四五六七八九十]{1,2}[，,、：:]|第[一二三四五六七八九十]{1,2}[，,、：:]|首先|其次|再次|最后[，,])/;

/**
 * The width a page wraps its lines at, read off the document: the commonest
 * width of its long prose lines, if enough of them share it and most of those
 * stop mid-sentence. Drafts written a paragraph per line have uneven lines,
 * nearly all ending with 。, and get none (Infinity).
 */
function wrapWidth(lines: readonly TextLine[]): number {
  const widths: number[] = [];
  const open: boolean[] = [];
  for (const l of lines) {
    if (l.kind !== 'prose' || l.width < 30) continue;
    widths.push(l.width);
    open.push(!SENTENCE_END.test(l.body));
  }
  if (widths.length < 5) return Infinity;
  const order = widths.map((_, k) => k).sort((x, y) => widths[x] - widths[y]);
  // Sliding window over the sorted widths: the band [w - tol, w] holding most lines.
  let best = -1;
  let bestCount = 0;
  let lo = 0;
  for (let hi = 0; hi < order.length; hi++) {
    const w = widths[order[hi]];
    const tol = Math.max(4, Math.round(w * 0.08));
    while (widths[order[lo]] < w - tol) lo++;
    const count = hi - lo + 1;
    if (count >= bestCount) {
      bestCount = count;
      best = hi;
    }
  }
  const w = widths[order[best]];
  if (w > 200) return Infinity;
  const tol = Math.max(4, Math.round(w * 0.08));
  let inBand = 0;
  let openInBand = 0;
  for (let k = 0; k < widths.length; k++) {
    if (widths[k] < w - tol || widths[k] > w + 2) continue;
    inBand++;
    if (open[k]) openInBand++;
  }
  if (inBand < 5 || inBand < widths.length * 0.3 || openInBand < inBand * 0.3) return Infinity;
  return w - Math.max(4, Math.round(w * 0.15));
}

/** The clause a line ends with, after its last comma, semicolon or colon. */
function tailClause(s: string): string {
  const k = Math.max(s.lastIndexOf('，'), s.lastIndexOf(','), s.lastIndexOf('；'), s.lastIndexOf('：'), s.lastIndexOf('、'));
  return k < 0 ? s : s.slice(k + 1);
}

/** The clause a line starts with, up to its first comma, semicolon or stop. */
function headClause(s: string): string {
  const m = /[，,；;。、]/.exec(s);
  return m ? s.slice(0, m.index) : s;
}

const hasDigit = (s: string) => /[0-9０-９]/.test(s);
/** Words that open a list of items: once a paragraph has one, an item may be broken over lines. */
const LIST_CUE = /其中|包括|分别|：/;
const CLAUSE_MARK = /[，。；：！？,;:!?]/;

/** Whether a line leaves a bracket or quotation open: "（如持平作⏎持平表述）". */
function unclosed(s: string): boolean {
  let depth = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '（' || c === '(' || c === '“' || c === '《' || c === '【') depth++;
    else if ((c === '）' || c === ')' || c === '”' || c === '》' || c === '】') && depth > 0) depth--;
  }
  return depth > 0;
}
/** An item's figure closing its clause: "…D类3.5万元", "…占12%". */
const ITEM_FIGURE_END = /[0-9０-９](?:万元|亿元|元|万|亿|%|％|个|人|家|项|辆|台|套|户|次|名)?$/;

// Where an item of an inline list opens: after a colon or a clause mark.
const INLINE_ITEM_AT = /[：:；;，,。][\s\u3000]*/g;

/** Whether `line` holds, inline (not opening the line), the item numbered just before `item` in its style. */
function inlineItemBefore(line: string, item: Marker): boolean {
  if (item.ordinal < 2) return false;
  INLINE_ITEM_AT.lastIndex = 0;
  for (let m = INLINE_ITEM_AT.exec(line); m; m = INLINE_ITEM_AT.exec(line)) {
    const prev = readMarker(line.slice(m.index + m[0].length));
    if (prev && prev.level === item.level && prev.ordinal === item.ordinal - 1 && styleOf(prev) === styleOf(item)) return true;
  }
  return false;
}

// Each line is asked about twice, as the line below and then as the line above: read once.
const readings = new WeakMap<TextLine, string>();
function readingOf(line: TextLine): string {
  let r = readings.get(line);
  if (r === undefined) readings.set(line, (r = readingForm(line.body)));
  return r;
}

/**
 * Whether line `next` carries on the paragraph whose last line is `prev`.
 * Only the two lines are read, so joining a paragraph of any length stays linear.
 */
function continues(prev: TextLine, next: TextLine, width: number, prevWidth = prev.width, inList = LIST_CUE.test(prev.body)): boolean {
  // Read as a reader reads them, so a traditional copy (執行數為⏎1690.69萬元) and a PDF's text that keeps
  // Word's gap before a unit (…624.18 万元，社会保障⏎和就业支出318.90 万元) break where the original does.
  // A line of cells parted by tabs (科目⏎2025年预算数⏎2026年预算数, a table's head under …列示如下：) is a table's
  // line, whatever the line above left open.
  if (TAB_CELLS.test(next.body)) return false;
  const p = readingOf(prev);
  const n = readingOf(next);
  // A line opening with what closes the one above: a stop, a bracket, a % or a unit after a number.
  if (CLOSING_START.test(n)) return true;
  // A number broken over the lines ("7.⏎39亿元", "171.01⏎万元"), but not a title ending on
  // its own number before a line opening with another ("附件2⏎2025年…"). A money unit
  // after a number always completes it.
  if (OPEN_NUMBER_END.test(p) && DIGIT_START.test(n)) return true;
  if (DIGIT_END.test(p) && (DIGIT_START.test(n) || UNIT_START.test(n))) {
    if (MONEY_START.test(n) || !TITLE_NUMBER_END.test(p) || CLAUSE_MARK.test(p) || prevWidth >= width) return true;
  }
  // A word spaced out over lines, one character a line ("目⏎录").
  if (IDEOGRAPH.test(p) && IDEOGRAPH.test(n)) return true;
  const item = readMarker(n);
  // "…以下四个方面问题：（一）…；⏎（二）…": the next item of a list the line above runs inline.
  if (item && inlineItemBefore(p, item)) return true;
  if (item || ENUMERATION.test(n)) return false;
  if (SENTENCE_END.test(p)) return false;
  if (OPEN_END.test(p) || NEEDS_MORE.test(p) || unclosed(p)) return true;
  // A numbered title without a clause in it ends at its line, unless the next line is
  // the short rest of the title ("第三部分…部门决算情况⏎说明").
  const marker = readMarker(p);
  if (marker && !CLAUSE_MARK.test(p.slice(marker.length))) {
    return prevWidth >= width && !CLAUSE_MARK.test(n) && next.width < width * 0.5;
  }
  // 关于…的说明 on a line of its own is a whole title, wherever the line stopped: nothing runs on from it.
  if (WHOLE_TITLE.test(p)) return false;
  // A title of two documents set over two lines (…2025年…预算执行情况⏎和2026年…预算（草案）的说明): the second opens
  // with the 和 that joins them. Neither line holds a clause.
  if (TITLE_JOINED.test(n) && TITLE_WORD_END.test(n) && !/[，。；：,;:]/.test(p) && !/[，。；：,;:]/.test(n)) return true;
  // The line ran to the right margin: the paragraph goes on, even inside a word ("决算⏎数").
  if (prevWidth >= width) return true;
  // …为调整预算⏎85.30亿元的101.3%: no paragraph opens with an amount and its unit; a line ending inside a clause goes on
  // into one, wherever the line stopped short of the margin.
  if (AMOUNT_START.test(n) && /[\u3400-\u9fff]$/.test(p)) return true;
  // A word of the genre broken over the lines, in a line of prose (not a short title).
  if (splitsWord(p, n) && (/[，。；：、,;:]/.test(p) || prevWidth >= width * 0.5)) return true;
  // An item of a list broken in two: the line ends on an item's name, the next line
  // gives its figure ("其中A…万元，B…万元，C⏎D…万元").
  const tail = tailClause(p);
  if (tail.length === 0 || tail.length > 12 || tail === p || hasDigit(tail) || !inList || !hasDigit(p.slice(0, p.length - tail.length))) return false;
  const head = headClause(n);
  return head.length < n.length && ITEM_FIGURE_END.test(head);
}

// A document's title as 关于 … 的 and the kind of paper (说明, 报告, 通知…), with no clause inside.
const WHOLE_TITLE = /^[\s\u3000]*关于[^，。；：、,;:]{4,60}的(?:说明|报告|通知|意见|决定|批复|公告|函)[\s\u3000]*$/;
const TITLE_JOINED = /^[\s\u3000]*(?:和|及|暨|以及)[\s\u3000]*[0-9０-９]{4}[\s\u3000]*年/;

// 图解预算 (an infographic's text, one piece a line): a label line, then its figure on a line of its own, then the
// figure's change or share on lines of their own (比上年减少2.70亿元, ▼8.6%, 占15.8%). Each piece is short and
// holds no stop; the label no figure and no outline number.
const FRAGMENT = 24;
// (萬元 and 億元 stay as written in a traditional copy's reading form.)
const FIGURE_ONLY = /^[-−]?[0-9０-９][0-9０-９,，.．]*[\s\u3000]*(?:[万萬][亿億]元|[亿億]元|[万萬]元|元|%|％)(?:[（(][^（）()]*[）)])?$/;
const FIGURE_AFTER = /^(?:占|比上年|较上年|同比|比去年|较去年|[▲▼↑↓])/;
const ENDS_ON_FIGURE = /[0-9０-９](?:[\s\u3000]*(?:[万萬][亿億]元|[亿億]元|[万萬]元|元|%|％))?(?:[（(][^（）()]*[）)])?$/;
const STOPS = /[。！？!?；;，,：:]/;
const TITLE_WORD_END = /(?:说明|报告|情况|公开|决算|预算|方案|草案)[”"）)]?$/;
const BARE_FIGURE = /^[-−]?[0-9０-９][0-9０-９,，.．]*$/;
const UNIT_ONLY = /^(?:[万萬][亿億]元|[亿億]元|[万萬]元|元|%|％)$/;

/**
 * How an infographic's piece goes on from the line before: its figure ('' joins it straight on), the figure's
 * change or share ('，' sets it off as a clause), or not at all (undefined).
 */
function fragmentJoin(prev: string, next: string, after = ''): '' | '，' | undefined {
  // A comma grouping a figure's thousands (2,380万元) is no stop; a year (2024年末…余额) is no figure of the label's.
  const plain = (t: string) => t.replace(/([0-9０-９])[,，](?=[0-9０-９]{3})/g, '$1');
  if (prev.length > FRAGMENT || next.length > FRAGMENT || STOPS.test(plain(prev)) || STOPS.test(plain(next))) return undefined;
  // 96.42 ⏎ 亿元: a bare figure whose unit stands on the line after it is that figure with its unit.
  if (FIGURE_ONLY.test(next) || (BARE_FIGURE.test(next) && UNIT_ONLY.test(after))) return !/[0-9０-９]/.test(prev.replace(/[0-9０-９]{4}年/g, '')) && !readMarker(prev) && /[\u4e00-\u9fa5”"]$/.test(prev) ? '' : undefined;
  if (FIGURE_AFTER.test(next) && /[0-9０-９]/.test(next) && ENDS_ON_FIGURE.test(prev)) return '，';
  return undefined;
}

/**
 * Whether a run of short lines that looks like a table flattened one cell a line is an infographic's pieces (收入篇 /
 * 政府性基金预算收入 / 32.50亿元 / 比上年减少2.70亿元 / ▼8.6%): every line one piece, no gap inside it, and pieces that
 * join as a label, its figure with its unit and the figure's change or share, at least twice and for one line in five of
 * those holding a digit. A flattened table's cells are bare numbers (their unit in the head), which join nothing.
 */
function readsAsPieces(group: readonly TextLine[]): boolean {
  if (group.length < 4 || group.some((l) => /\t|[ \u3000]{2,}/.test(l.body.trim()))) return false;
  let joins = 0;
  let digits = 0;
  for (let i = 0; i < group.length; i++) {
    if (/[0-9０-９]/.test(group[i].body)) digits++;
    if (i + 1 < group.length && fragmentJoin(readingOf(group[i]), readingOf(group[i + 1]), group[i + 2] ? readingOf(group[i + 2]) : '') !== undefined) joins++;
  }
  return joins >= 2 && joins * 5 >= digits;
}

/**
 * Plain text as PDF conversions and copy-paste produce it. Page furniture
 * (page numbers, `===== PAGE n =====`, running headers, dot-leader lines) is
 * left out and does not end a paragraph; a table flattened into lines of
 * numbers and short labels becomes table-row blocks, one a line, which no
 * sentence or heading is read from; the other lines are joined into
 * paragraphs where the break falls inside a sentence, a word or a number.
 * A blank line ends a paragraph, unless it belongs to a page break.
 */
/** The next line from `k` on that is not blank or furniture (lines.length when none). */
function nextTableLine(inTable: readonly boolean[], k: number): number {
  let j = k;
  while (j < inTable.length && !inTable[j]) j++;
  return j;
}

// The line over a table's rows on the page after a break: 续表, 续上表, 表3（续）; numbered (续表2, 续表一), set off
// by dashes (- 续表 -, the mark a page ends on), or with the table's unit beside it (续表2　　单位：万元).
const CONTINUED = /^[-—–－·•]*(?:续表[0-9０-９一二三四五六七八九十]*|续上表|.{0,30}[（(]续(?:表|上表)?[）)])[-—–－·•]*(?:(?:金额)?单位[：:][万亿千]?元)?$/;
/** A page break's lines between a table and the note naming its unit: page number, form feed, running head, 续表. */
const NOTE_FURNITURE = 5;
// The tail a hard wrap leaves of a caption's unit note: its closing bracket, or the unit's last characters with it (元）).
const WRAPPED_TAIL = /^[\s\u3000]{0,4}(?:[万萬亿億千]?元)?[）)][\s\u3000：:]{0,4}$/;
/** The lines a page break may leave between a table's rows and their continuation: page numbers, 续表 marks. */
const BREAK_LINES = 6;
// What a label cell wrapped onto a line of its own leaves there: a few words, no figure, no outline mark or total.
const WRAPPED_WORDS = /^[\u4e00-\u9fa5（）()、]{1,12}$/;
// (207.12), （5.7）: a decrease in an accounts table's cell, set in brackets.
const NUMERIC_CELL = /^[-−－+]?[0-9０-９][0-9０-９.,，．]*(?:[ \u3000]?[%％])?$|^[(（][0-9０-９][0-9０-９.,，．]*[%％]?[)）]$/;
/** One head of a table's head line set one space from the next: words, a 增长% or 完成预算% after them. */
const HEAD_WORD = /^[\u4e00-\u9fa5（）()]{2,}(?:[：:][\u4e00-\u9fa5（）()]{2,})?[%％]?$/;
const GRADE_HEAD = /等级|等次|评级|级别|评价结果|评定结果|评价结论/;
// A column of words (主管部门, 实施单位, 主要产出指标, 备注): text in every row, beside the numbers.
const NAME_HEAD = /部门|单位|名称|主体|指标|内容|说明|备注|用途/;
const TOTAL_ROW = /^(?:合计|总计|小计|共计)$/;
/** 合计, 合 计, a traditional copy's 合計: a total row's label in the normal form. */
const SERIAL = /^[0-9０-９]{1,3}$/;
const CLASS_CODE = /^[0-9０-９]{3,9}$/;
// 2070101 行政运行 under 科目编码, the name's head over nothing: a code and its name printed in one cell.
const CODE_AND_NAME = /^[0-9０-９]{3,9}[ \u3000]+[^\s\u3000０-９0-9]/;
const isTotalCell = (cell: string) => TOTAL_ROW.test(normalizeChars(cell.replace(/[\s\u3000]/g, '')));
const DASH_CELL = /^[-—–－]{1,2}$/;
// The head of the second side of a 收支总表 laid side by side (支出, 支出项目, 项目).
const SIDE_HEAD = /^(?:收入|支出)(?:项目)?$|^(?:项目|科目)(?:名称)?$/;
const GRADE_CELL = /^(?:优秀?|良好?|中等?|合格|基本合格|不合格|较差|差|一般|[A-EＡ-Ｅ][+＋]?|[甲乙丙丁]等?)$/;

/**
 * A line's cells: runs of text apart by two spaces or more, a tab or an ideographic space. A line
 * pasted from a spreadsheet or a web table has a tab between every two cells, an empty cell
 * included ("因公出国（境）费\t0.00\t0.00\t0.00\t"): it is cut at each tab, empty cells kept.
 */
function cellsOf(body: string): Array<{ start: number; end: number }> {
  // | 指标 | 分值 | 得分 |: a table typed or pasted with pipes into plain text (no Markdown reader behind it).
  if (PIPE_ROW.test(body)) {
    const cells: Array<{ start: number; end: number }> = [];
    for (let at = body.indexOf('|') + 1; at < body.length; ) {
      const next = body.indexOf('|', at);
      if (next < 0) break;
      const part = body.slice(at, next);
      const lead = part.length - part.trimStart().length;
      cells.push({ start: at + lead, end: at + lead + part.trim().length });
      at = next + 1;
    }
    return cells;
  }
  if (body.includes('\t')) {
    const cells: Array<{ start: number; end: number }> = [];
    let at = 0;
    for (const part of body.split('\t')) {
      const lead = part.length - part.trimStart().length;
      cells.push({ start: at + lead, end: at + lead + part.trim().length });
      at += part.length + 1;
    }
    return cells;
  }
  const out: Array<{ start: number; end: number }> = [];
  const re = /[^\s\u3000](?:[^\s\u3000]|[ ](?=[^\s\u3000]))*/g;
  for (let m = re.exec(body); m; m = re.exec(body)) {
    // Two wide figures of adjacent columns may come out one space apart (1,626.00 1,517.99): figures
    // only, they are two cells. A figure and a word apart by one space stay one cell (2024 年预算).
    const parts = m[0].split(' ');
    if (parts.length > 1 && parts.every((p) => NUMERIC_CELL.test(p))) {
      let at = m.index;
      for (const p of parts) {
        out.push({ start: at, end: at + p.length });
        at += p.length + 1;
      }
    } else out.push({ start: m.index, end: m.index + m[0].length });
  }
  // 合    计  46,513.60 … | 科  目  2024年预算数 …: a page spreads the characters of a word across its cell; they are
  // one cell (a total row's name, the label column's head), not a code and a name or a head too many.
  return joinLetterSpaced(body, out);
}

/** Cells of one character each, two to four in a row, that spell a letter-spaced word (lexicon LETTER_SPACED_WORDS), made one. */
function joinLetterSpaced(body: string, cells: Span[]): Span[] {
  if (cells.length < 3) return cells;
  const single = (c: Span) => c.end - c.start === 1 && /[\u4e00-\u9fff]/.test(body[c.start]);
  const out: Span[] = [];
  for (let i = 0; i < cells.length; i++) {
    let joined = 0;
    for (let k = Math.min(4, cells.length - i); k >= 2 && single(cells[i]); k--) {
      const run = cells.slice(i, i + k);
      if (run.every(single) && LETTER_SPACED_WORDS.test(normalizeChars(run.map((c) => body[c.start]).join('')))) {
        joined = k;
        break;
      }
    }
    if (joined) {
      out.push({ start: cells[i].start, end: cells[i + joined - 1].end });
      i += joined - 1;
    } else out.push(cells[i]);
  }
  // Never the whole line: 合  计 alone is a label, not a row of one cell.
  return out.length > 1 ? out : cells;
}

const PIPE_ROW = /^\|[^|]*\|.*\|$/;
type Span = { start: number; end: number };
/** What the one-row-a-line reader makes of a line: a row's cells, a head composed of several lines, or nothing (a head's later line). */
type GridLine = { cells?: Span[]; table?: TableInfo; head?: { text: string; map: OffsetMap }; drop?: true; prose?: true };
// A table's caption above its head (表2 …支出预算表, 附表, 续表): no line of the head.
const CAPTION = /^(?:附?表|续表)|表$|表[（(][^）)]*[）)]$/;

/**
 * A head set over two lines or more above the rows, as pdftotext -layout prints a head cell wrapped in
 * its box (2024年预 / 算, 资金（万 / 元）, 序 / 号) or a cell merged over several columns (基本支出 over
 * 小计 | 人员经费 | 公用经费): each line keeps its pieces where the page has them. The rows from `r` on
 * say where the columns are (the span of each column's cells); a piece belongs to the column whose zone
 * its middle stands in, the zones parted halfway between two columns' spans. A piece on a zone's edge
 * goes right: figures are set flush right, so a column's box reaches further left than its figures.
 * Lines are taken upwards from the rows while every piece is text lying over one or two zones; a unit
 * note, a caption or a line of figures ends the head. Every column must get a piece.
 */
function stackedHead(group: readonly TextLine[], split: readonly Span[][], r: number, n: number): { from: number; pieces: Array<Array<{ line: number; cell: Span }>> } | undefined {
  const lo = new Array<number>(n).fill(Infinity);
  const hi = new Array<number>(n).fill(-Infinity);
  const widest = new Array<number>(n).fill(0);
  for (let i = r; i < group.length && split[i].length === n; i++) {
    for (let c = 0; c < n; c++) {
      lo[c] = Math.min(lo[c], group[i].indent + split[i][c].start);
      hi[c] = Math.max(hi[c], group[i].indent + split[i][c].end);
      widest[c] = Math.max(widest[c], split[i][c].end - split[i][c].start);
    }
  }
  // The k-th cells of the rows must stand in one column: rows that left a cell empty (a 人员经费 row with
  // no 公用经费) have as many cells as one another, set under different columns.
  for (let c = 0; c < n; c++) if (hi[c] - lo[c] > widest[c] + 2 || (c + 1 < n && hi[c] > lo[c + 1])) return undefined;
  const zone = (x: number) => {
    let c = 0;
    while (c + 1 < n && x >= (hi[c] + lo[c + 1]) / 2) c++;
    return c;
  };
  const pieces = Array.from({ length: n }, () => [] as Array<{ line: number; cell: Span }>);
  let from = r;
  for (let j = r - 1; j >= 0 && r - j <= 5; j--) {
    const l = group[j];
    if (l.kind !== 'label' || noteUnit(l.body) || CAPTION.test(l.body.replace(/[\s\u3000]/g, '')) || CONTINUED.test(l.body.replace(/[\s\u3000]/g, ''))) break;
    const placed = split[j].map((cell) => {
      const a = l.indent + cell.start;
      const b = l.indent + cell.end;
      return NUMERIC_CELL.test(l.body.slice(cell.start, cell.end)) || zone(b - 1) - zone(a) >= 2 ? -1 : zone((a + b - 1) / 2);
    });
    if (placed.some((c) => c < 0)) break;
    // Taken upwards: this line's pieces go before those of the lines below it, in their order.
    for (let k = placed.length - 1; k >= 0; k--) pieces[placed[k]].unshift({ line: j, cell: split[j][k] });
    from = j;
  }
  if (r - from < 2 || pieces.some((p) => p.length === 0)) return undefined;
  return { from, pieces };
}

/**
 * A table flattened one row a line (pdftotext -layout): a header of column names and
 * rows of a label and as many numbers, each cell apart by two spaces or more. The header is one
 * line with a name for each column, or several lines whose pieces stand over the columns
 * (stackedHead). Only a run in which every row has the header's number of cells (its empty cells found by where
 * its other cells stand, underHeads), its first a label and the rest numbers, is read as a table with cells; anything
 * less is left unread.
 */
function columnsOf(group: readonly TextLine[], before: string, id: number): GridLine[] {
  const out: GridLine[] = group.map(() => ({}));
  const split = group.map((l) => cellsOf(l.body));
  const text = (i: number, c: number) => group[i].body.slice(split[i][c].start, split[i][c].end);
  // A tab-separated row's empty cells at its end went with the line's trailing blanks; a row laid out with spaces lost
  // them wherever they stood (其中：增值税  38.64  37.08  4.2 under six heads), and underHeads puts them back.
  const pad = (i: number, n: number) => {
    if (split[i].length >= n) return;
    if (group[i].body.includes('\t')) {
      const end = group[i].body.length;
      while (split[i].length < n) split[i].push({ start: end, end });
      return;
    }
    const placed = underHeads(i, n);
    if (placed) split[i] = placed;
  };
  // The head line the rows are being read under (set by headsOk), for underHeads.
  let headLine = -1;
  // Each cell's columns on the page (an ideograph two, a digit one), from the line's own indentation: a row whose serial
  // number is set right under 序号 (     1    青石县) starts further in than its head (    序号  县（市、区）/单位).
  const pageCols = (i: number) => split[i].map((cl) => ({ a: group[i].indent + pageWidth(group[i].body.slice(0, cl.start)), b: group[i].indent + pageWidth(group[i].body.slice(0, cl.end)) }));
  // A row laid out with spaces whose empty cells left nothing (县粮食储备有限公司  300  300 under five heads): each cell is
  // under the head nearest its middle (a label wider than its head, a figure set right under a short head), and the
  // heads with none over them are its empty cells (a code and its name in one cell leave the name's head empty). Only
  // when the cells meet heads in order, one each, the label under the first: two cells nearest one head, or a figure
  // nearest the label's head, leave the row as it is.
  const underHeads = (i: number, n: number): Span[] | undefined => {
    if (headLine < 0 || headLine === i || split[headLine].length !== n || split[i].length < 2) return undefined;
    const hs = pageCols(headLine);
    const mid = (x: { a: number; b: number }) => (x.a + x.b) / 2;
    const nearest = (r: { a: number; b: number }) => hs.reduce((best, h, c) => (Math.abs(mid(h) - mid(r)) < Math.abs(mid(hs[best]) - mid(r)) ? c : best), 0);
    const at = pageCols(i).map(nearest);
    // 城乡社区支出  758.60 set under the second side of a 收支总表 laid side by side, its first side empty: the label under
    // the second side's label column (sideOnly reads it so).
    if ((at[0] !== 0 && !nameColumns.has(at[0])) || at.some((c, k) => k > 0 && c <= at[k - 1])) return undefined;
    const out: Span[] = [];
    at.forEach((c, k) => {
      const gap = k > 0 ? split[i][k - 1].end : 0;
      while (out.length < c) out.push({ start: gap, end: gap });
      out.push(split[i][k]);
    });
    const end = group[i].body.length;
    while (out.length < n) out.push({ start: end, end });
    return out;
  };
  // An empty cell (only a tab-separated line has one) stands for a blank or zero figure.
  // A column headed 等级 (评价等级, 自评等次) holds grades, not numbers: 优 良 中 差, A–D.
  let gradeColumns = new Set<number>();
  // A 序号 column before the names: the row's label is its second cell.
  let labelAt = 0;
  // …and whether that first column holds classification codes (210, 21001, 2100101) rather than serials.
  let codes = false;
  let nameColumns = new Set<number>();
  // A dash in a cell (—) is nothing to report, as an empty cell is.
  const cellOk = (i: number, c: number) =>
    NUMERIC_CELL.test(text(i, c)) || text(i, c) === '' || DASH_CELL.test(text(i, c)) || (gradeColumns.has(c) && GRADE_CELL.test(normalizeChars(text(i, c)))) || (nameColumns.has(c) && !NUMERIC_CELL.test(text(i, c)));
  // The 合计 row of a table numbered in a 序号 column has no number: its 合计 stands in a cell merged over
  // 序号 and 项目名称, and the line holds one cell fewer. It is read as a Markdown row reads it, 合计 in
  // the first cell and the name cell empty (合计 | | 1,626.00 | 1,517.99).
  // A tab-separated copy may keep the merged cell's two halves the other way round: an empty 序号 cell, then 合计.
  const totalRow = (i: number) =>
    labelAt === 1 &&
    ((isTotalCell(text(i, 0)) && text(i, 1) === '') || (text(i, 0) === '' && split[i].length > 1 && isTotalCell(text(i, 1))));
  const named = (i: number, c: number) => text(i, c) !== '' && !NUMERIC_CELL.test(text(i, c));
  // Whether the table has a second column of labels its head left unnamed (see secondLabelColumn): a row may then be
  // labelled in it alone, its first cell empty.
  let innerLabels = false;
  // A side-by-side table's row with only its second side: empty up to a label column, labelled there.
  const sideOnly = (i: number) => text(i, 0) === '' && [...nameColumns].some((c) => named(i, c) && split[i].slice(0, c).every((_, k) => text(i, k) === ''));
  const rowShape = (i: number, n: number) =>
    split[i].length === n &&
    (totalRow(i) || named(i, labelAt) && (labelAt === 0 || (codes ? CLASS_CODE : SERIAL).test(text(i, 0))) || (codes && CODE_AND_NAME.test(text(i, 0))) || (innerLabels && text(i, 0) === '' && named(i, 1)) || sideOnly(i)) &&
    split[i].slice(labelAt + 1).every((_, c) => cellOk(i, c + labelAt + 1));
  const serialless = (i: number, n: number) => {
    if (labelAt !== 1 || split[i].length !== n - 1 || !isTotalCell(text(i, 0))) return;
    const at = split[i][0].end;
    split[i] = [split[i][0], { start: at, end: at }, ...split[i].slice(1)];
    if (!rowShape(i, n)) split[i] = [split[i][0], ...split[i].slice(2)];
  };
  // …\t合计\t\t1,056.50 under 序号 | 项目单位 | …: the tab before 合计 was an empty 序号 cell (taken as indentation).
  // \t\t四、住房保障支出\t165.00 under 收入 | 预算数 | 支出 | 预算数: a side-by-side table's row whose first side is empty, its
  // tabs taken as indentation; the cells are put back when the label then stands under the second side's label column.
  const leadEmpty = (i: number, n: number) => {
    if (!group[i].leadTab || !group[i].body.includes('\t') || split[i].length >= n || split[i][0]?.start !== 0) return;
    const k = Math.min(group[i].indent, n - split[i].length);
    if (labelAt !== 1 && k > 0 && nameColumns.has(k) && named(i, 0)) {
      split[i] = [...Array.from({ length: k }, () => ({ start: 0, end: 0 })), ...split[i]];
      return;
    }
    if (labelAt !== 1) return;
    if (isTotalCell(text(i, 0))) split[i] = [{ start: 0, end: 0 }, ...split[i]];
  };
  const isRow = (i: number, n: number) => i < group.length && (leadEmpty(i, n), pad(i, n), serialless(i, n), rowShape(i, n));
  // 2080505   机关事业单位基本养老保险缴费   456.30 over a line holding only 支出, set under the names: pdftotext -layout
  // wraps a long name in its cell, and the rest of the name comes out as a line of its own between two rows. It is
  // no row, and no end of the table either: read as one, the table ended there and its 合计 was checked against the
  // rows above it alone. Only a few words, set where the label column's words begin or further in (not at the codes
  // or serials before them, not under the figures), between two rows; they are left out, as a head printed again is.
  const wrappedLabel = (i: number, n: number) => {
    if (i + 1 >= group.length || i === 0 || split[i].length !== 1 || !WRAPPED_WORDS.test(text(i, 0)) || isTotalCell(text(i, 0))) return false;
    if (headLine < 0 || split[headLine].length !== n || split[i - 1].length !== n) return false;
    const at = pageCols(i)[0];
    const label = pageCols(i - 1)[labelAt];
    const next = pageCols(headLine)[labelAt + 1];
    return at.a >= label.a && next !== undefined && at.b <= next.a && isRow(i + 1, n);
  };
  // Whether `heads` name the columns of a table whose first row is line `row`.
  const headsOk = (heads: readonly string[], row: number, least: number, ownLine = false) => {
    if (heads.length < least || !heads.every((t) => t !== '' && !NUMERIC_CELL.test(t)) || row >= group.length) return false;
    // Heads read in the normal form: a traditional copy's 等級 and 序號 are 等级 and 序号.
    const read = heads.map((h) => normalizeChars(h));
    // 科目编码 | 科目名称 | …: a classification code before the name numbers the row as a serial does.
    // Only a head laid out as a table (tabs, or runs of spaces): words one space apart are a line of prose or a
    // table flattened one row a line, which the flat code-row reader takes.
    codes = read.length >= 4 && CODE_HEAD.test(read[0]) && /\t|[ \u00a0\u3000]{2,}/.test(group[row - 1].body);
    labelAt = read.length >= 4 && (SERIAL_HEAD.test(read[0]) || codes) ? 1 : 0;
    headLine = row - 1;
    gradeColumns = new Set(read.map((_, c) => c).filter((c) => c > labelAt && GRADE_HEAD.test(read[c])));
    // 收    入 | 预算数 | 支    出 | 预算数: a 收支总表 laid side by side, its second label column headed like the first, a
    // column of figures between them (险种 | 收入 | 支出 are two columns of figures).
    const bare = read.map((h) => h.replace(/[\s\u3000]/g, ''));
    const side = (c: number) => labelAt === 0 && c > 1 && SIDE_HEAD.test(bare[0]) && SIDE_HEAD.test(bare[c]) && !SIDE_HEAD.test(bare[c - 1]);
    nameColumns = new Set(read.map((_, c) => c).filter((c) => c > labelAt && !gradeColumns.has(c) && (NAME_HEAD.test(read[c]) || side(c))));
    // Numbers in a column besides the grades and names: without them it is a list of names.
    if (gradeColumns.size + nameColumns.size >= heads.length - 1 - labelAt) return false;
    if (isRow(row, heads.length)) return true;
    // The first row may be the one labelled twice (财政拨款收入  小计  1,260.40): tried with the second label column,
    // and put back as it was when the row still does not read.
    if (!ownLine) return false;
    const kept = split.slice();
    if (secondLabelColumn(row - 1, row, row + 1) && isRow(row, heads.length + 1)) return true;
    kept.forEach((cells, i) => (split[i] = cells));
    innerLabels = false;
    nameColumns.delete(1);
    return false;
  };
  const firstAt = new Map<string, number>();
  const headKey = (i: number) => split[i].map((_, c) => normalizeChars(text(i, c).replace(/[\s\u3000]/g, ''))).join('\t');
  const isHeader = (cs: Span[], i: number) => {
    // A head printed before in the run is printed again over the rows after a page break: the table began above it.
    // (Lines are asked in order, each once: the first line of each key is remembered, linear in the run.)
    const key = headKey(i);
    const seen = firstAt.get(key);
    if (seen === undefined) firstAt.set(key, i);
    else if (seen < i) return false;
    // Two columns (项目 | 决算数) only when a tab parts them: spaces may part two words of a title.
    const least = group[i].body.includes('\t') ? 2 : 3;
    if (headsOk(cs.map((_, c) => text(i, c)), i + 1, least, true)) return true;
    // Two wide heads of adjacent columns set one space apart (本年结余 年末滚存结余) over rows with one cell more:
    // the two words are two heads. Words only: a year and its word (2024 年预算) stay one head.
    const alt = headAtOneSpace(i);
    if (!alt) return false;
    const kept = split[i];
    split[i] = alt;
    if (headsOk(alt.map((_, c) => text(i, c)), i + 1, least, true)) return true;
    split[i] = kept;
    return false;
  };
  // (决算数 完成预算% 上年决算数 over three columns: as many heads as words, when the words make the row below's count.)
  const headAtOneSpace = (i: number): Span[] | undefined => {
    if (i + 1 >= group.length || group[i].body.includes('\t') || split[i + 1].length <= split[i].length) return undefined;
    const out: Span[] = [];
    split[i].forEach((cell, c) => {
      const words = text(i, c).split(' ');
      if (words.length < 2 || !words.every((w) => HEAD_WORD.test(w))) return void out.push(cell);
      let at = cell.start;
      for (const w of words) {
        out.push({ start: at, end: at + w.length });
        at += w.length + 1;
      }
    });
    return out.length === split[i + 1].length ? out : undefined;
  };
  // A head naming one column of labels over rows that use two (公务用车购置及运行维护费  小计  18.00 …, then its parts set
  // under 小计: 公务用车购置费  0.00 …), as a Markdown table heads the second with an empty cell. Laid out with spaces the
  // empty head left nothing, and the row with both labels holds one cell more than the head: the table would end there,
  // its 合计 read against the rows above alone. Such a row (two words, then a figure under each head) shows the second
  // column and where it stands on the page; the head is given its empty cell, a row labelled where the second column
  // stands is labelled in it, and any other row's second cell is empty.
  // (Asked of a head's first row only while heads are looked for, each line once: a scan of every row below each
  // candidate head was quadratic in a long run of lines.)
  const secondLabelColumn = (h: number, first: number, last = group.length): boolean => {
    const n = split[h].length;
    if (labelAt !== 0 || n < 3 || innerLabels || group[h].body.includes('\t')) return false;
    const heads = pageCols(h);
    let at = -1;
    for (let i = first; i < last && at < 0; i++) {
      if (split[i].length !== n + 1 || group[i].body.includes('\t') || !named(i, 0) || !named(i, 1)) continue;
      if (!split[i].slice(2).every((_, c) => NUMERIC_CELL.test(text(i, c + 2)) || text(i, c + 2) === '' || DASH_CELL.test(text(i, c + 2)))) continue;
      const cols = pageCols(i);
      if (cols[1].a > heads[0].b && cols[1].b <= heads[1].a) at = cols[1].a;
    }
    if (at < 0) return false;
    const empty = (k: number): Span => ({ start: k, end: k });
    for (let i = h; i < group.length; i++) {
      if (split[i].length !== n || group[i].body.includes('\t')) continue;
      const inner = i !== h && Math.abs(pageCols(i)[0].a - at) <= 2;
      split[i] = inner ? [empty(split[i][0].start), ...split[i]] : [split[i][0], empty(split[i][0].end), ...split[i].slice(1)];
    }
    nameColumns.add(1);
    innerLabels = true;
    return true;
  };
  let h = split.findIndex((cs, i) => isHeader(cs, i));
  // The first row and the head's lines: one line, or several (stackedHead) joined into one head.
  let first = h + 1;
  let stacked: { text: string; map: OffsetMap; cells: Span[] } | undefined;
  if (h < 0) {
    for (let r = 1; r < group.length && !stacked; r++) {
      if (split[r].length < 3 || split[r - 1].length === split[r].length) continue;
      const s = stackedHead(group, split, r, split[r].length);
      if (!s) continue;
      // Pieces of one column are joined as the Markdown readers join a head over two rows: a space
      // between a group head and its own (2025年预算 基本支出, 本年支出 合计), none inside a word a box
      // wrapped where a character or a bracket is left over (序 / 号, 资金（万 / 元）).
      const pieceText = (p: { line: number; cell: Span }) => group[p.line].body.slice(p.cell.start, p.cell.end);
      const joins = s.pieces.map((ps) => ps.map((p, k) => (k === 0 || pieceText(ps[k - 1]).length === 1 || pieceText(p).length === 1 || unclosed(pieceText(ps[k - 1])) ? '' : ' ')));
      const heads = s.pieces.map((ps, c) => ps.map((p, k) => joins[c][k] + pieceText(p)).join(''));
      if (!headsOk(heads, r, 3)) continue;
      const map = new OffsetMap();
      const cells: Span[] = [];
      let len = 0;
      s.pieces.forEach((ps, c) => {
        if (c > 0) {
          map.pushSynthetic(group[ps[0].line].start + ps[0].cell.start, 1);
          len++;
        }
        const start = len;
        ps.forEach((p, k) => {
          if (joins[c][k]) {
            map.pushSynthetic(group[p.line].start + p.cell.start, 1);
            len++;
          }
          map.push(group[p.line].start + p.cell.start, p.cell.end - p.cell.start);
          len += p.cell.end - p.cell.start;
        });
        cells.push({ start, end: len });
      });
      stacked = { text: heads.join('\t'), map, cells };
      h = s.from;
      first = r;
    }
  }
  if (h < 0) return out;
  if (!stacked) secondLabelColumn(h, first);
  const n = stacked ? stacked.cells.length : split[h].length;
  // A table that runs over a page break has its head printed again at the top of the next page,
  // under a 续表 line or not, a page number before it or not: the rows go on after it. Cut there, the
  // table would end early and its total be read against only the rows of its first page.
  const cellsAt = (i: number) => split[i].map((_, c) => text(i, c).replace(/[\s\u3000]/g, '')).join('\t');
  const headLines = first - h;
  const head = Array.from({ length: headLines }, (_, k) => cellsAt(h + k));
  const repeated = new Set<number>();
  // The lines over the head (the table's caption, its unit line): a page may print them again over its part of the
  // rows, with or without the head.
  const over = new Set(group.slice(0, h).map((l) => l.body.replace(/[\s\u3000]/g, '')).filter((t) => t && !NUMERIC_CELL.test(t)));
  let end = first;
  for (;;) {
    for (; end < group.length; end++) {
      if (isRow(end, n)) continue;
      if (!wrappedLabel(end, n)) break;
      repeated.add(end);
    }
    let k = end;
    while (k < group.length && k - end < BREAK_LINES && (group[k].kind === 'page-number' || CONTINUED.test(group[k].body.replace(/[\s\u3000]/g, '')))) k++;
    let again = false;
    while (k < group.length && k - end <= 4 && over.has(group[k].body.replace(/[\s\u3000]/g, ''))) {
      k++;
      again = true;
    }
    if (end === first) break;
    const headAgain = k + headLines < group.length && head.every((cells, m) => cellsAt(k + m) === cells) && isRow(k + headLines, n);
    // The caption printed again, the head not: the rows go on right under it.
    const rowsOn = again && !headAgain && isRow(k, n);
    if (!headAgain && !rowsOn) break;
    const next = headAgain ? k + headLines : k;
    for (let i = end; i < next; i++) repeated.add(i);
    end = next;
  }
  if (end - first - repeated.size < (n === 2 ? 3 : 2)) return out;
  let unit: string | undefined;
  for (const t of [before, ...group.slice(0, first).map((l) => l.body)]) unit = noteUnit(t) ?? unit;
  // 资金（万元） in a head cell notes its own column, as in a Markdown table: one reading for both.
  const headText = stacked?.text ?? group[h].body;
  const columns = columnUnits(headText, stacked?.cells ?? split[h], unit);
  unit = tableUnit(headText, unit);
  const info = (row: number): TableInfo => ({ id, row, header: row === 0, unit, ...(columns ? { columns } : {}) });
  if (stacked) {
    out[h] = { cells: stacked.cells, table: info(0), head: { text: stacked.text, map: stacked.map } };
    for (let i = h + 1; i < first; i++) out[i] = { drop: true };
  } else out[h] = { cells: split[h], table: info(0) };
  for (let i = first, row = 1; i < end; i++) if (!repeated.has(i)) out[i] = { cells: split[i], table: info(row++) };
  return out;
}

// At most this many tables are looked for after the first in one run of table lines: each look reads the rest of
// the run again, and a run of many small tables one after another is not what a disclosure pastes.
const LATER_TABLES = 20;

/**
 * A run of table lines may hold two tables one after the other: a pasted 收支表 (rows 一、…四、), then the next
 * section's numbered heading (三、分险种预算情况), a unit line and a second table with its own head. The
 * one-row-a-line reader reads the first table only; the rest of the run is read again for a table of its own.
 * A numbered line between two tables that holds no figure is the text's heading, not a row of either: it is
 * given back to the text (a row of the first would have been read with it). Returns the next table id.
 */
function laterTables(group: readonly TextLine[], grid: GridLine[], id: number): number {
  for (let n = 0; n < LATER_TABLES; n++) {
    let last = -1;
    for (let i = grid.length - 1; i >= 0; i--) if (grid[i].table || grid[i].drop) { last = i; break; }
    if (last < 0 || last + 1 >= group.length) return id;
    const rest = columnsOf(group.slice(last + 1), '', id);
    const start = rest.findIndex((g) => g.table || g.drop);
    if (start < 0) {
      headingOverCaption(group, grid, last + 1);
      return id;
    }
    for (let i = 0; i < start; i++) {
      const body = group[last + 1 + i].body;
      if (readMarker(body) && !/[0-9０-９]/.test(body) && body.length <= 30) rest[i] = { prose: true };
    }
    rest.forEach((g, i) => (grid[last + 1 + i] = g));
    id++;
  }
  return id;
}

/**
 * 四、主要绩效指标完成情况 right after a table's last row and right over the next table's caption (表3 …), that table one
 * the row reader cannot read (its cells are targets, ≥108万人次): a numbered line of no figure between a table and a
 * caption is the text's heading, not a row of either table. It is given back to the text.
 */
function headingOverCaption(group: readonly TextLine[], grid: GridLine[], from: number): void {
  let k = from;
  while (k < group.length && readMarker(group[k].body) && !/[0-9０-９\t]/.test(group[k].body) && group[k].body.trim().length <= 30) k++;
  if (k === from || k >= group.length || !CAPTION.test(group[k].body.replace(/[\s\u3000]/g, ''))) return;
  for (let i = from; i < k; i++) grid[i] = { prose: true };
}

// The head of a table's column of item names, and the head of a column of figures.
// (An indicator table's too: 指标 | 分值 | 得分, laid one cell a line as a score table often is.)
const ITEM_HEAD = /^(?:收入|支出)?(?:项目|科目)(?:名称)?$|^(?:科目)?名称$|^(?:评价|绩效|[一二三]级)?指标(?:名称)?$/;
const FIGURE_HEAD = /^(?:[0-9０-９]{4}年度?)?(?:年初|调整|全年)?(?:预算|决算|执行|完成)数?(?:[（(][^）)]*[）)])?$|^为预算[%％]$|^(?:合计|金额)$|^增减(?:额|率|[%％])?$|^(?:比上年)?增[长减](?:[%％]|率)?$|^(?:指标)?(?:分值|权重|标准分|满分)$|^(?:自评|评价|考核)?(?:得分|评分)$/;

const COLUMN_NAME = /^[\u4e00-\u9fa5（）()“”]{2,14}$/;

/**
 * A table flattened one cell a line (plain pdftotext): a line 项目, a line for each column's head
 * (预算数, 2025年预算数, 为预算%), then each row as its label's line and one line of a number for each
 * column. Only rows of exactly that shape are read, from the head on; the first that is not ends the
 * table (an empty cell a conversion dropped would shift every cell after it).
 * Returns the first line of the head and each row (the head first) as its cells' lines, null for an empty cell.
 */
interface FlatTable {
  header: number;
  rows: Array<Array<number | null>>;
  end: number;
}

// A line that names a column (本年预算数, 科目名称, 科目编码) heads the table: it is never a row's label, or the head's
// last words would open the rows and shift every cell after them. 合计 may be either (see below).
const readsAsHead = (t: string) =>
  ITEM_HEAD.test(t) || CODE_HEAD.test(t) || (!/^(?:合计|总计)$/.test(t) && FIGURE_HEAD.test(t.replace(/^(?:上年|本年|上年度|本年度)/, '')));
// A classification code in a cell of its own: 201, 20101, 2010101.
const CODE_CELL = /^[0-9]{3,7}$/;
const FLAT_TOTAL = /^(?:合计|总计)$/;

function cellPerLine(group: readonly TextLine[]): FlatTable | undefined {
  // Heads read in the normal form: a traditional copy's 項目 and 預算數 are 项目 and 预算数.
  const body = (i: number) => normalizeChars(group[i].body.trim());
  const bare = (i: number) => normalizeChars(group[i].body.replace(/[\s\u3000]/g, ''));
  const h = group.findIndex((l) => ITEM_HEAD.test(normalizeChars(l.body.replace(/[\s\u3000]/g, ''))));
  if (h < 0) return undefined;
  let most = 0;
  while (h + 1 + most < group.length && FIGURE_HEAD.test(body(h + 1 + most).replace(/[\s\u3000]/g, ''))) most++;
  // Heads after those may name the parts of what the first sums (合计 | 基本支出 | 项目支出; 合计 | 一般公共预算 | 政府性基金):
  // any short name, as many as the rows after them bear out.
  while (h + 1 + most < group.length && COLUMN_NAME.test(body(h + 1 + most).replace(/[\s\u3000]/g, ''))) most++;
  const label = (at: number) => {
    const t = body(at);
    return !!t && !NUMERIC_CELL.test(t) && !/[\s\u3000]{2,}|\t/.test(t) && !readsAsHead(bare(at));
  };
  const figures = (at: number, k: number) => {
    for (let c = 0; c < k; c++) if (at + c >= group.length || !NUMERIC_CELL.test(body(at + c))) return false;
    return true;
  };
  const heads = (k: number) => Array.from({ length: k + 1 }, (_, c) => h + c);
  // 科目编码 right before 科目名称: a 功能分类 table, each row its code's line, its name's line and its figures; the 合计 row
  // (and a row the table prints with no code) has no code's line. Read when the codes bear it out, before the one-label
  // reading, which would take the code for a figure and the name for the next row's label.
  if (h > 0 && CODE_HEAD.test(bare(h - 1))) {
    for (let k = most; k >= 1; k--) {
      const rows: Array<Array<number | null>> = [[h - 1, ...heads(k)]];
      let coded = 0;
      let at = h + 1 + k;
      while (at < group.length) {
        const code = CODE_CELL.test(bare(at));
        const name = code ? at + 1 : at;
        if (name >= group.length || !label(name) || !figures(name + 1, k)) break;
        // A code where a figure should stand, a name right after it: the next row's, this row short of a figure.
        let short = false;
        for (let c = 1; c <= k; c++) if (CODE_CELL.test(bare(name + c)) && name + c + 1 < group.length && label(name + c + 1)) short = true;
        if (short) break;
        const figs = Array.from({ length: k }, (_, c) => name + 1 + c);
        // 合计 stands in the code's column, as a table with codes prints it (合计 | | 28,428,600.00).
        if (code) rows.push([at, name, ...figs]);
        else if (FLAT_TOTAL.test(bare(name))) rows.push([name, null, ...figs]);
        else rows.push([null, name, ...figs]);
        if (code) coded++;
        at = name + 1 + k;
      }
      // A row cut short where the rows go on (a code, a figure, a name over fewer figures): the copy dropped an empty
      // cell, and every cell after it would shift. No such table is read one cell a line.
      const broken = at < group.length && (CODE_CELL.test(bare(at)) || NUMERIC_CELL.test(body(at)) || (label(at) && at + 1 < group.length && NUMERIC_CELL.test(body(at + 1))));
      if (coded >= 2 && !broken) return { header: h - 1, rows, end: at };
    }
    return undefined;
  }
  // 合计 may head a column or open the first row: the most heads whose rows all read.
  for (let k = most; k >= 1; k--) {
    const rows: Array<Array<number | null>> = [heads(k)];
    let at = h + 1 + k;
    for (; at + k < group.length && label(at) && figures(at + 1, k); at += k + 1) rows.push(Array.from({ length: k + 1 }, (_, c) => at + c));
    if (rows.length >= 3) return { header: h, rows, end: at };
  }
  return undefined;
}

/**
 * Whether a blank line stands after nearly every line (a copy from a viewer that double-spaces its
 * lines): then one blank line tells no paragraph from the next, and the lines are read as if it
 * were not there, as a copy without blank lines is (two blank lines still part them).
 */
function doubleSpaced(lines: readonly TextLine[]): boolean {
  let text = 0;
  let spaced = 0;
  for (let k = 0; k + 1 < lines.length; k++) {
    if (lines[k].kind === 'blank') continue;
    text++;
    if (lines[k + 1].kind === 'blank') spaced++;
  }
  return text >= 6 && spaced >= text * 0.9;
}

/**
 * A running head in a copy too short for it to recur (one page break): the unit's or the
 * document's name standing right after a page break, between two lines of one sentence (the line
 * before the break ran to the margin mid-sentence, the line after the name carries it on). It is
 * furniture like the page number before it.
 */
function headsInsideSentences(lines: TextLine[], width: number): void {
  if (width === Infinity) return;
  // With more breaks than one, a running head recurs (text-lines.ts reads it so); a line beside only
  // one of several is the text's own.
  if (pageBreaks(lines).length !== 1) return;
  const skip = (k: number, d: 1 | -1, furniture: boolean) => {
    let j = k + d;
    while (j >= 0 && j < lines.length && (lines[j].kind === 'blank' || (furniture && lines[j].kind === 'furniture'))) j += d;
    return j >= 0 && j < lines.length ? j : -1;
  };
  for (let k = 0; k < lines.length; k++) {
    const l = lines[k];
    if (l.kind === 'furniture' || l.kind === 'blank' || !runningHeadLike(l.body)) continue;
    const brk = skip(k, -1, false);
    if (brk < 0 || lines[brk].kind !== 'furniture') continue;
    const before = skip(k, -1, true);
    const after = skip(k, 1, true);
    if (before < 0 || after < 0) continue;
    const prev = lines[before];
    if (prev.kind !== 'prose' || prev.width < width || SENTENCE_END.test(prev.body) || lines[after].kind !== 'prose') continue;
    if (continues(prev, lines[after], width)) l.kind = 'furniture';
  }
}

/** How far back from a page break the title of the table it cuts may stand. */
const TITLE_BACK = 60;

/**
 * 表3 2024年度重点项目绩效自评结果表 printed again over the next page, above the rest of its rows: a table's title said
 * again right after a page break, word for word as it stands above the rows the break cut (or above the head the break
 * parted from its rows), is furniture like the page number beside it, and the rows after it go on the table. A title
 * whose rows did not reach the break stays.
 */
function titlesAgainAfterBreaks(lines: TextLine[]): void {
  for (const brk of pageBreaks(lines)) {
    let k = brk;
    while (k < lines.length && (lines[k].kind === 'blank' || lines[k].kind === 'furniture')) k++;
    let next = k + 1;
    while (next < lines.length && lines[next].kind === 'blank') next++;
    if (k >= lines.length || lines[k].kind !== 'label' || next >= lines.length || lines[next].kind !== 'numbers') continue;
    // The last line before the break must be a row of the table, or its head laid out in cells (项    目    预算数): the
    // break fell between the head and the first row.
    let last = brk - 1;
    while (last >= 0 && lines[last].kind === 'blank') last--;
    if (last < 0 || !(lines[last].kind === 'numbers' || (lines[last].kind === 'label' && /\S(?: {2,}|\t)\S/.test(lines[last].body.trim())))) continue;
    const title = lines[k].body.trim();
    for (let j = last - 1; j >= 0 && j >= brk - TITLE_BACK; j--) {
      if (lines[j].kind === 'prose') break;
      if (lines[j].body.trim() === title) {
        lines[k].kind = 'furniture';
        break;
      }
    }
  }
}

/**
 * One blank line inside a sentence: the line above ran to the right margin on an open clause and
 * the line below carries it on ("…财政拨款收入支出总计增加⏎⏎307.82 万元，增长…"), as pdftotext -layout
 * leaves a paragraph whose line spacing is wider than the page's. A paragraph cannot end there.
 */
function blankInsideSentence(
  lines: readonly TextLine[],
  k: number,
  inTable: readonly boolean[],
  current: { last: TextLine; lastWidth: number; inList: boolean; parts: readonly string[] } | null,
  width: number,
): boolean {
  const next = lines[k + 1];
  if (!current || width === Infinity || !next || next.kind !== 'prose' || inTable[k + 1]) return false;
  const p = readingOf(current.last);
  if (current.lastWidth < width || SENTENCE_END.test(p) || /[；;：:]$/.test(p)) return false;
  // A title as wide as the page (…部门决算“三公”经费、会议费和培训费支出情况说明): no clause in it, a document's word at its
  // end. The blank line after it ends it.
  if (current.parts.length === 1 && TITLE_WORD_END.test(p) && !/[，,；;：:。]/.test(p)) return false;
  return continues(current.last, next, width, current.lastWidth, current.inList);
}

export function parseText(source: string): ParsedDocument {
  let tableCount = 0;
  const lines = splitLines(source);
  const width = wrapWidth(lines);
  headsInsideSentences(lines, width);
  titlesAgainAfterBreaks(lines);
  const inTable = tableRegions(lines);
  // A note over every table after it (说明：本附表金额单位均为万元): the unit of each table whose own lines name none, as the
  // Markdown readers give it (unit-notes.ts). Found in one pass, the note in force at each line.
  const standing: Array<string | undefined> = [];
  for (let k = 0, u: string | undefined; k < lines.length; k++) {
    if (!inTable[k]) u = standingNoteUnit(lines[k].body) ?? u;
    standing.push(u);
  }
  const blocks: Block[] = [];
  // `before`: the line before the last, when the last is a figure's unit alone (96.42 ⏎ 亿元): the piece the next joins.
  let current: { map: OffsetMap; parts: string[]; last: TextLine; before?: TextLine; lastWidth: number; inList: boolean } | null = null;

  const flush = () => {
    if (current) blocks.push({ index: blocks.length, kind: 'paragraph', text: current.parts.join(''), map: current.map });
    current = null;
  };
  const single = (l: TextLine, kind: Block['kind']) => {
    const map = new OffsetMap();
    map.push(l.start, l.body.length);
    blocks.push({ index: blocks.length, kind, text: l.body, map });
  };

  // Blank lines around page furniture belong to the page break, not to the text.
  const nearFurniture = new Array<boolean>(lines.length).fill(false);
  for (let k = 0, lastSeen = ''; k < lines.length; k++) {
    if (lines[k].kind !== 'blank') lastSeen = lines[k].kind;
    else if (lastSeen === 'furniture') nearFurniture[k] = true;
  }
  for (let k = lines.length - 1, nextSeen = ''; k >= 0; k--) {
    if (lines[k].kind !== 'blank') nextSeen = lines[k].kind;
    else if (nextSeen === 'furniture') nearFurniture[k] = true;
  }

  const spaced = doubleSpaced(lines);
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k];
    if (line.kind === 'blank') {
      if (!nearFurniture[k] && !(spaced && lines[k - 1]?.kind !== 'blank') && !blankInsideSentence(lines, k, inTable, current, width)) flush();
      continue;
    }
    // Page furniture between two lines of one paragraph does not end it.
    if (line.kind === 'furniture') continue;
    let k2 = k;
    let group: TextLine[] = [];
    if (inTable[k]) {
      while (k2 + 1 < lines.length && (inTable[k2 + 1] || lines[k2 + 1].kind === 'blank' || lines[k2 + 1].kind === 'furniture') && inTable[nextTableLine(inTable, k2 + 1)]) k2++;
      group = lines.slice(k, k2 + 1).filter((l, i) => inTable[k + i]);
      // An infographic's pieces are short lines of labels and figures too, but no table: read as text, its pieces join.
      if (readsAsPieces(group)) for (let j = k; j <= k2; j++) inTable[j] = false;
    }
    if (inTable[k]) {
      flush();
      // The line before the table names its unit (…如下（单位：万元）：), a blank line or two between them or not,
      // or a page break (its page number, its form feed) when the table opens the next page.
      let above = k - 1;
      let blanks = 0;
      let furniture = 0;
      const within = () => blanks <= 3 && furniture <= NOTE_FURNITURE;
      while (above >= 0 && within() && (lines[above].kind === 'blank' || lines[above].kind === 'furniture')) {
        if (lines[above].kind === 'blank') blanks++;
        else furniture++;
        above--;
      }
      let note = above >= 0 && within() && lines[above].kind !== 'blank' && lines[above].kind !== 'furniture' ? lines[above].body : '';
      const noted = (i: number) => i >= 0 && lines[i].kind !== 'blank' && lines[i].kind !== 'furniture' && !inTable[i];
      // …决算表（单位：万元 / ）: a caption wrapped just before its last bracket leaves the bracket a line of its own; the
      // note is the caption's.
      if (note && noteUnit(note) === undefined && WRAPPED_TAIL.test(note) && noted(above - 1)) note = lines[above - 1].body.trimEnd() + note.trim();
      if (noteUnit(note) === undefined && standing[k]) note = `${note}（单位：${standing[k]}）`;
      const grid = columnsOf(group, note, tableCount);
      const flat = grid.some((g) => g.table) ? undefined : cellPerLine(group);
      if (grid.some((g) => g.table)) {
        tableCount++;
        tableCount = laterTables(group, grid, tableCount);
      }
      if (flat) {
        // Each row's lines joined into one block, a tab between its cells.
        let unit: string | undefined;
        for (const t of [note, ...group.slice(0, flat.header + 1).map((l) => l.body)]) unit = noteUnit(t) ?? unit;
        const id = tableCount++;
        const joined = (lineAt: ReadonlyArray<number | null>, row: number) => {
          const map = new OffsetMap();
          const cells: Array<{ start: number; end: number }> = [];
          const parts: string[] = [];
          let len = 0;
          // An empty cell (the code of a 合计 row) keeps its place: its tab stands at the next cell's line.
          const anchor = group[lineAt.find((i) => i !== null)!].start;
          lineAt.forEach((i, c) => {
            const l = i === null ? undefined : group[i];
            if (c > 0) {
              map.pushSynthetic(l ? l.start : anchor, 1);
              parts.push('\t');
              len++;
            }
            const lead = l ? l.body.length - l.body.trimStart().length : 0;
            const cell = l ? l.body.trim() : '';
            if (l) map.push(l.start + lead, cell.length);
            parts.push(cell);
            cells.push({ start: len, end: len + cell.length });
            len += cell.length;
          });
          blocks.push({ index: blocks.length, kind: 'table-row', text: parts.join(''), map, cells, table: { id, row, header: row === 0, unit } });
        };
        for (let i = 0; i < flat.header; i++) single(group[i], 'table-row');
        flat.rows.forEach((r, row) => joined(r, row));
        for (let i = flat.end; i < group.length; i++) single(group[i], 'table-row');
        k = k2;
        continue;
      }
      // Rows printed with their empty cells dropped: only a coded table whose head proves its first figure the 合计.
      const coded = grid.some((g) => g.table) ? undefined : flatCodeTables(group, note, () => tableCount++);
      group.forEach((l, i) => {
        const row = coded?.[i];
        if (row === null) return;
        if (row) {
          blocks.push({ index: blocks.length, ...row });
          return;
        }
        const g = grid[i];
        if (g.drop) return;
        if (g.prose) {
          single(l, 'paragraph');
          return;
        }
        if (g.head) {
          blocks.push({ index: blocks.length, kind: 'table-row', text: g.head.text, map: g.head.map, cells: g.cells, table: g.table });
          return;
        }
        single(l, 'table-row');
        if (g.table) Object.assign(blocks[blocks.length - 1], { cells: g.cells, table: g.table });
      });
      k = k2;
      continue;
    }
    // A bare number outside any table is a page number, unless the text runs on through
    // it: the line after it opens with its unit or a stop ("增长⏎12⏎%，").
    if (line.kind === 'page-number') {
      const next = lines[k + 1];
      if (!(current && next && (CLOSING_START.test(next.body) || UNIT_START.test(next.body)))) continue;
    }
    if (line.kind === 'toc') {
      flush();
      single(line, 'toc');
      continue;
    }
    // Read as a reader reads them: a traditional copy's 萬元 and 億元 are units as 万元 and 亿元 are.
    const lastPiece = current && (UNIT_ONLY.test(readingOf(current.last).trim()) && current.before ? readingOf(current.before).trim() + readingOf(current.last).trim() : readingOf(current.last));
    const piece = current && line.kind !== 'page-number' ? fragmentJoin(lastPiece!, readingOf(line), lines[k + 1] ? readingOf(lines[k + 1]).trim() : '') : undefined;
    if (current && piece === '，') {
      current.map.pushSynthetic(line.start, 1);
      current.parts.push('，');
    }
    if (current && (line.kind === 'page-number' || piece !== undefined || continues(current.last, line, width, current.lastWidth, current.inList))) {
      current.inList ||= LIST_CUE.test(line.body);
      current.map.push(line.start, line.body.length);
      current.parts.push(line.body);
      // A line opening with a stop or a closing bracket is the rest of the same printed
      // line (no line may start with one): the two are as wide as the printed line.
      current.lastWidth = CLOSING_START.test(line.body) ? current.lastWidth + line.width : line.width;
      current.before = current.last;
      current.last = line;
      continue;
    }
    flush();
    const map = new OffsetMap();
    map.push(line.start, line.body.length);
    current = { map, parts: [line.body], last: line, lastWidth: line.width, inList: LIST_CUE.test(line.body) };
  }
  flush();
  // Readings kept across an editor's lints cut words from these texts: they must not hold the source.
  for (const b of blocks) b.text = ownString(b.text);
  return { source, format: 'text', blocks, directives: [] };
}
