import { OffsetMap } from './offset-map.ts';
import { normalizeChars } from './normalize.ts';
import { noteUnit } from './unit-notes.ts';
import type { TextLine } from './text-lines.ts';
import type { Block, TableInfo } from './types.ts';

/**
 * A 功能分类 table as pdftotext prints it by default (no -layout): one row a line, cells apart by
 * single spaces, empty cells dropped, a long name wrapped onto lines of its own, a page marker
 * between pages. Which column a figure came from is lost, except for the first: when the head names
 * a 合计 before any other money column, a row's first figure is its total (a row whose total is
 * nothing has nothing to print). So each coded row is read as the cells the spread-code tables of a
 * PDF have, 类 | 款 | 项 | 名称 | 合计, its other figures left in the text outside any cell, and the
 * table readers hold the codes' subtotals and the 合计 row in that one column. A table with any line
 * of figures that is not such a row (a row split by the page, a second table beside the first, a
 * figure not in money form) is left unread.
 */

const SPACE = /[\s\u3000]+/g;
// Money as these tables print it: two decimals, thousands commas or not.
const MONEY = /^[-−]?(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)\.[0-9]{2}$/;
const CJK = /[\u4e00-\u9fff]/;
const TITLE = /表$/;
const TOTAL_LABEL = /^(?:类款项)?(?:合计|总计)$/;
// Words of a table's head, never the rest of a row's name.
const HEAD_WORD = /合计|总计|科目|编码|名称|功能分类|^项目$|^[类款项]$/;
// The head's words for the label columns, and the measure a 合计 head may open with (本年收入合计).
const HEAD_BEFORE_TOTAL = /^(?:项目|(?:支出|收入)?功能分类|经济分类|科目编码|科目名称|科目|编码|名称|类|款|项)*(?:本年)?(?:收入|支出)?$/;
// Heads of columns that are no part of this year's total (年初结转和结余, 预算数, 上年决算): the first figure may be theirs.
const OTHER_MEASURE = /结转|结余|年初|年末|预算|决算数|上年|调整|增减|[%％]/;

interface Token {
  t: string;
  at: number;
}

function tokens(body: string): Token[] {
  const out: Token[] = [];
  const re = /[^\s\u3000]+/g;
  for (let m = re.exec(body); m; m = re.exec(body)) out.push({ t: m[0], at: m.index });
  return out;
}

type Range = { start: number; end: number };
/** A piece of a row: a range of one line's body. */
interface Piece {
  line: number;
  from: number;
  to: number;
}

interface Row {
  pieces: Piece[];
  /** The code's 类, 款, 项 as line-relative ranges (款 and 项 may be empty); none on a 合计 row. */
  code?: Array<{ line: number; from: number; to: number }>;
  label: Piece[];
  figure?: Piece;
}

/** The code a line opens with: 201 06 01 spread over tokens, or 2010601 joined; the token after it. */
function codeAt(ts: Token[]): { parts: Array<{ from: number; to: number }>; next: number } | undefined {
  if (ts.length === 0) return undefined;
  const first = ts[0].t;
  if (/^[0-9]{3}$/.test(first)) {
    const parts = [{ from: ts[0].at, to: ts[0].at + 3 }];
    let k = 1;
    while (k < 3 && k < ts.length && /^[0-9]{2}$/.test(ts[k].t)) {
      parts.push({ from: ts[k].at, to: ts[k].at + 2 });
      k++;
    }
    return { parts, next: k };
  }
  if (/^[0-9]{5}(?:[0-9]{2})?$/.test(first)) {
    const parts = [];
    for (let p = 0; p < first.length; p += p === 0 ? 3 : 2) parts.push({ from: ts[0].at + p, to: ts[0].at + p + (p === 0 ? 3 : 2) });
    return { parts, next: 1 };
  }
  return undefined;
}

/** For each line of a group: the row it opens (a block without its index), null when a row took it in, undefined when it stands alone. */
export type FlatRows = Array<Omit<Block, 'index'> | null | undefined>;

/**
 * Reads the coded tables of a group of lines a table region holds. `nextId` gives each table read
 * its id. Lines not in a table read are left undefined.
 */
export function flatCodeTables(group: readonly TextLine[], before: string, nextId: () => number): FlatRows {
  const out: FlatRows = group.map(() => undefined);
  // Each table opens with its title (…决算表): the lines from one title to the next are read apart.
  const starts = [0];
  for (let i = 1; i < group.length; i++) if (TITLE.test(group[i].body) && !/[0-9]/.test(group[i].body)) starts.push(i);
  starts.push(group.length);
  for (let s = 0; s + 1 < starts.length; s++) {
    const note = s === 0 ? before : '';
    if (!readTable(group, starts[s], starts[s + 1], note, out, nextId)) readTwoSided(group, starts[s], starts[s + 1], note, out, nextId);
  }
  return out;
}

function readTable(group: readonly TextLine[], from: number, to: number, before: string, out: FlatRows, nextId: () => number): boolean {
  const rows: Row[] = [];
  let open: Row | undefined;
  let head = '';
  for (let i = from; i < to; i++) {
    const body = group[i].body;
    const ts = tokens(body);
    const code = codeAt(ts);
    const firstMoney = ts.findIndex((x) => MONEY.test(x.t));
    const money = firstMoney < 0 ? [] : ts.slice(firstMoney);
    // Figures are a row's last cells: text after one is a second table beside the first.
    if (money.some((x) => !MONEY.test(x.t))) return false;
    const words = ts.slice(code?.next ?? 0, firstMoney < 0 ? ts.length : firstMoney);
    // Labels and heads read in the normal form: a traditional repost's 合計 and 科目編碼 are 合计 and 科目编码.
    const label = normalizeChars(words.map((x) => x.t).join(''));
    const piece = (a: Token, b: Token): Piece => ({ line: i, from: a.at, to: b.at + b.t.length });
    const whole: Piece = { line: i, from: 0, to: body.length };
    if (code && (words.length > 0 || code.parts.length > 1 || ts[0].t.length > 3) && !/[0-9]/.test(label)) {
      open = { pieces: [whole], code: code.parts.map((p) => ({ line: i, ...p })), label: words.length ? [piece(words[0], words[words.length - 1])] : [] };
      if (money.length) open.figure = piece(money[0], money[0]);
      rows.push(open);
      if (open.figure) open = undefined;
      continue;
    }
    if (TOTAL_LABEL.test(label) && money.length) {
      const at = words.findIndex((x) => /合计|总计/.test(normalizeChars(x.t)));
      rows.push({ pieces: [whole], label: [piece(words[at], words[words.length - 1])], figure: piece(money[0], money[0]) });
      open = undefined;
      continue;
    }
    // The rest of a name the page wrapped, its figures on that line or the next.
    if (open && words.length <= 1 && !/[0-9]/.test(label) && (label === '' || (CJK.test(label) && label.length <= 20 && !TITLE.test(label) && !HEAD_WORD.test(label)))) {
      if (label === '' && money.length === 0) return false;
      open.pieces.push(whole);
      if (words.length) open.label.push(piece(words[0], words[0]));
      if (money.length) {
        open.figure = piece(money[0], money[0]);
        open = undefined;
      }
      continue;
    }
    open = undefined;
    // Figures under no row: a row the page split, or one whose code was garbled.
    if (money.length) return false;
    if (TITLE.test(body) || noteUnit(body)) continue;
    if (rows.length === 0) head += normalizeChars(body);
    // A head among the rows is the same head printed again over a page's rows, or another table's.
    else if (!head.replace(SPACE, '').includes(normalizeChars(body).replace(SPACE, ''))) return false;
  }
  // Every 项 under its 款 and every 款 under its 类, as a whole table prints them: rows picked out of one
  // (an excerpt in a passage) or a code the conversion garbled leave levels missing.
  const codes = rows.flatMap((r) => (r.code ? [r.code.map((c) => group[c.line].body.slice(c.from, c.to)).join('')] : []));
  if (codes.length < 3) return false;
  const known = new Set(codes);
  if (codes.some((c) => c.length > 3 && !known.has(c.slice(0, c.length - 2)))) return false;
  const heads = head.replace(SPACE, '');
  const total = heads.search(/合计|总计/);
  if (total < 0 || (heads.match(/合计|总计/g) ?? []).length !== 1 || OTHER_MEASURE.test(heads) || !HEAD_BEFORE_TOTAL.test(heads.slice(0, total))) return false;
  let unit: string | undefined;
  for (const t of [before, ...group.slice(from, rows[0].pieces[0].line).map((l) => l.body)]) unit = noteUnit(t) ?? unit;
  const id = nextId();
  rows.forEach((r, n) => {
    const block = build(group, r, { id, row: n, header: false, unit, flat: { head: heads } });
    out[r.pieces[0].line] = block;
    for (const p of r.pieces.slice(1)) out[p.line] = null;
  });
  return true;
}

/** The row's lines as one block: a wrapped name joined inside its word, a space elsewhere; its cells 类 | 款 | 项 | 名称 | 合计. */
function build(group: readonly TextLine[], r: Row, table: TableInfo): Omit<Block, 'index'> {
  const map = new OffsetMap();
  let text = '';
  // Where each piece's line starts in the text.
  const lineAt = new Map<number, number>();
  for (const p of r.pieces) {
    const l = group[p.line];
    const piece = l.body.slice(p.from, p.to);
    if (text && !(CJK.test(text[text.length - 1]) && CJK.test(piece[0]))) {
      map.pushSynthetic(l.start + p.from, 1);
      text += ' ';
    }
    lineAt.set(p.line, text.length - p.from);
    map.push(l.start + p.from, piece.length);
    text += piece;
  }
  const at = (line: number, off: number) => lineAt.get(line)! + off;
  const range = (ps: Piece[]): Range => (ps.length ? { start: at(ps[0].line, ps[0].from), end: at(ps[ps.length - 1].line, ps[ps.length - 1].to) } : { start: 0, end: 0 });
  const cells: Range[] = [];
  if (r.code) {
    for (const c of r.code) cells.push({ start: at(c.line, c.from), end: at(c.line, c.to) });
    const end = cells[cells.length - 1].end;
    while (cells.length < 3) cells.push({ start: end, end });
    cells.push(range(r.label));
  } else {
    // The 合计 row: its word where the code stands, nothing under 款, 项 and 名称.
    const label = range(r.label);
    cells.push(label, { start: label.end, end: label.end }, { start: label.end, end: label.end }, { start: label.end, end: label.end });
  }
  if (r.figure) cells.push(range([r.figure]));
  else cells.push({ start: text.length, end: text.length });
  return { kind: 'table-row', text, map, cells, table };
}

// A number standing apart from its label (八、 其他收入): the gap no longer tells the two sides apart.
const LONE_MARKER = /^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[）)])$/;
// The head of a 收支总表's two lists: 项目 决算数 项目 决算数, one figure column a side.
const SIDE_FIGURE_HEAD = /^(?:[0-9]{4}年度?)?(?:决算|预算|执行|金额)数?$/;

/**
 * A 收支总表 (收入 on the left, 支出 on the right) under a head of one figure column a side: each line
 * is a label and its figure, for one side or both, a figure dropped where its cell was empty. Which
 * side a line of one label is on its words say (收入 or 支出, not both). Read as rows of four cells,
 * label | figure | label | figure, when every line after the head is of that shape; else not read.
 */
function readTwoSided(group: readonly TextLine[], from: number, to: number, before: string, out: FlatRows, nextId: () => number): void {
  let h = -1;
  for (let i = from; i < to && h < 0; i++) {
    // Heads read in the normal form: a traditional repost's 項目 and 預算數 are 项目 and 预算数.
    const ts = tokens(group[i].body).map((x) => normalizeChars(x.t));
    if (ts.length === 4 && ts[0] === '项目' && ts[2] === '项目' && SIDE_FIGURE_HEAD.test(ts[1]) && SIDE_FIGURE_HEAD.test(ts[3])) h = i;
  }
  if (h < 0 || to - h < 4) return;
  const rows: Array<{ line: number; cells: Range[] }> = [];
  const headKey = (i: number) => tokens(group[i].body).map((x) => normalizeChars(x.t)).join('\t');
  const head = headKey(h);
  for (let i = h + 1; i < to; i++) {
    const body = group[i].body;
    // The head printed again over the rows after a page break: the rows go on under it.
    if (headKey(i) === head) continue;
    const sides: Array<{ label: Range; figure?: Range }> = [];
    for (const x of tokens(body)) {
      const at = { start: x.at, end: x.at + x.t.length };
      if (MONEY.test(x.t)) {
        const last = sides[sides.length - 1];
        if (!last || last.figure) return;
        last.figure = at;
      } else if (CJK.test(x.t) && !/[0-9]/.test(x.t) && !LONE_MARKER.test(x.t)) sides.push({ label: at });
      else return;
    }
    if (sides.length === 0 || sides.length > 2) return;
    const end = body.length;
    const none = (k: number): Range => ({ start: k, end: k });
    if (sides.length === 2) {
      rows.push({ line: i, cells: [sides[0].label, sides[0].figure ?? none(sides[0].label.end), sides[1].label, sides[1].figure ?? none(sides[1].label.end)] });
      continue;
    }
    const [only] = sides;
    const label = body.slice(only.label.start, only.label.end);
    const income = label.includes('收入');
    if (income === label.includes('支出')) return;
    const figure = only.figure ?? none(only.label.end);
    rows.push({ line: i, cells: income ? [only.label, figure, none(end), none(end)] : [none(0), none(0), only.label, figure] });
  }
  if (rows.length < 3) return;
  let unit: string | undefined;
  for (const t of [before, ...group.slice(from, h + 1).map((l) => l.body)]) unit = noteUnit(t) ?? unit;
  const id = nextId();
  const block = (line: number, cells: Range[], row: number): Omit<Block, 'index'> => {
    const l = group[line];
    const map = new OffsetMap();
    map.push(l.start, l.body.length);
    return { kind: 'table-row', text: l.body, map, cells, table: { id, row, header: row === 0, unit } };
  };
  out[h] = block(h, tokens(group[h].body).map((x) => ({ start: x.at, end: x.at + x.t.length })), 0);
  rows.forEach((r, n) => (out[r.line] = block(r.line, r.cells, n + 1)));
}
