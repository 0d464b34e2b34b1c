import { UNIT_NOTE, noteUnit } from '../document/unit-notes.ts';
import { moneyUnit } from '../reading/figures/units.ts';
import type { ExtractContext } from '../reading/context.ts';
import type { DocFigure, SumClaim } from './types.ts';
import type { Block } from '../document/types.ts';
import { firstFrom } from './first-from.ts';

/**
 * A 功能分类 table as pdftotext leaves it without -layout: one row a line, cells apart by
 * single spaces, empty cells gone ("2081002 老年福利 3,543.90 578.10 2,965.80",
 * "2080201 行政运行 1,006.50 1,006.50"). Its columns cannot be told apart in general, but
 * under a head that names exactly a total and its two parts ("合计 基本支出 项目支出") a row
 * of three figures is its total and the two parts, and a row of two is a total with one part
 * empty: the total must equal the other. Rows are read only while they keep that shape.
 */
const TOTAL_HEADS = new Set(['合计', '本年支出', '支出合计', '本年支出合计', '小计', '金额合计']);
// The columns a row's label is in: its code and its name.
const LABEL_HEADS = /^(?:(?:功能分类)?(?:科目)?(?:编码|名称)|科目|项目|单位(?:名称)?|功能分类)$/;
const NUM_TOKEN = /^[-−]?[0-9０-９][0-9０-９,，]*(?:[.．][0-9０-９]+)?$/;
const CODE_TOKEN = /^[0-9]{3,7}$/;
const SPACE = /[\s\u3000]+/;

/** The line's tokens, apart by spaces, with where each starts. */
function tokens(text: string): Array<{ t: string; at: number }> {
  const out: Array<{ t: string; at: number }> = [];
  let at = 0;
  for (const t of text.split(SPACE)) {
    const i = text.indexOf(t, at);
    if (t) out.push({ t, at: i });
    at = i + t.length;
  }
  return out;
}

/**
 * A head whose columns are labels, then a total and its two parts: 科目编码 科目名称 合计 基本支出
 * 项目支出. A head with another figure column before them (合计 合计 基本支出 项目支出) is not.
 */
function isHead(text: string): boolean {
  // (Its length without the spaces: pdftotext -layout pads a landscape table's head far apart.)
  if (!text.endsWith('项目支出') || text.replace(/[\s\u3000]+/g, '').length > 60) return false;
  const ts = tokens(text);
  const n = ts.length;
  return (
    n >= 3 &&
    TOTAL_HEADS.has(ts[n - 3].t) &&
    ts[n - 2].t === '基本支出' &&
    ts[n - 1].t === '项目支出' &&
    ts.slice(0, n - 3).every((x) => LABEL_HEADS.test(x.t)) &&
    !/[。；;，,]/.test(text)
  );
}

/** 一般公共预算支出功能分类预算表, 财政拨款支出决算表: a table of spending alone (not 收入支出). */
const spendingTitle = (t: string) => t.length <= 60 && /支出[^，。；]*表$/.test(t) && !t.includes('收入');

/** How many blocks before a head a 单位：万元 note may stand. */
const NOTE_WINDOW = 3;

export function codeTableRows(ctx: ExtractContext): SumClaim[] {
  // Rows flat-rows.ts read are summed with the table's other rows (sums.ts flatRowSums).
  return flatCodeTableRows(ctx).filter((r) => !ctx.doc.blocks[r.block].table?.flat).map(({ name, figs: placed }) => ({
    kind: 'sum',
    subject: `${name}行`,
    total: placed[0],
    components: placed.slice(1).map((f, k) => ({ figure: f, label: k === 0 && placed.length === 3 ? '基本支出' : placed.length === 3 ? '项目支出' : '基本支出或项目支出' })),
    complete: true,
    shape: 'table-row',
  }));
}

/** A row of a flattened 功能分类 table: its code (when the line starts with one), its name, its total and parts in the table's unit. */
export interface FlatCodeRow {
  block: number;
  code?: string;
  name: string;
  figs: DocFigure[];
}

export function flatCodeTableRows(ctx: ExtractContext): FlatCodeRow[] {
  const out: FlatCodeRow[] = [];
  const blocks = ctx.doc.blocks;
  let unit: string | undefined;
  let active = false;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    const text = b.text.trim();
    if (isHead(text)) {
      // Only right under a spending table's own title (and its 单位 note): a head line that is the
      // last line of a wider head (年初结转和结余 | 本年收入 | 本年支出: 合计 基本支出 项目支出 | …)
      // would give rows whose figures are other columns.
      const prev = blocks[i - 1]?.text.trim() ?? '';
      const before = blocks[i - 2]?.text.trim() ?? '';
      active = spendingTitle(prev) || (UNIT_NOTE.test(prev) && prev.length <= 30 && spendingTitle(before));
      if (!active) continue;
      unit = undefined;
      for (let j = i; j >= Math.max(0, i - NOTE_WINDOW); j--) {
        unit = noteUnit(blocks[j].text);
        if (unit) break;
      }
      continue;
    }
    if (!active) continue;
    // Only lines a flattened table is made of; a sentence or a heading ends the table.
    // (A row flat-rows.ts read keeps its figures in its text: its cells are only its code, name and total.)
    if (b.kind !== 'table-row' || (b.cells && !b.table?.flat)) {
      active = false;
      continue;
    }
    // [code] name, then two or three figures and nothing else.
    const ts = tokens(b.text);
    // Another head (科目编码 科目名称 年初结转和结余 …): the rows under it are another table's.
    if (ts.length >= 3 && ts.every((x) => !NUM_TOKEN.test(x.t)) && ts.some((x) => /^(?:(?:功能分类)?科目(?:编码|名称)|项目)$/.test(x.t))) {
      active = false;
      continue;
    }
    const lead = ts.length && CODE_TOKEN.test(ts[0].t) ? 1 : 0;
    // pdftotext -layout sets a figure row of a name wrapped over three lines on the middle one: the
    // code and the figures, the name's halves on the lines above and below, with nothing else.
    const wrapped = lead === 1 && ts.length >= 3 && ts.length <= 4 && ts.slice(1).every((x) => NUM_TOKEN.test(x.t)) ? wrappedName(blocks, i) : undefined;
    const nums = wrapped ? ts.slice(1) : ts.slice(lead + 1);
    if (!wrapped && (ts.length - lead < 3 || nums.length < 2 || nums.length > 3 || NUM_TOKEN.test(ts[lead].t) || !nums.every((x) => NUM_TOKEN.test(x.t)))) continue;
    const all = ctx.figuresByBlock[b.index];
    const figs = nums.map((x) => {
      const f = all[firstFrom(all, x.at)];
      return f && f.start === x.at && f.end === x.at + x.t.length ? f : undefined;
    });
    if (figs.some((f) => !f || f.approximate)) continue;
    const placed = (figs as DocFigure[]).map((f) => inUnit(f, unit));
    out.push({ block: b.index, ...(lead ? { code: ts[0].t } : {}), name: wrapped ?? ts[lead].t, figs: placed });
  }
  return out;
}

/**
 * A 功能分类 table of levels as pdftotext -layout leaves it when its columns are too close for cells: one row a line,
 * "2120399   其他城乡社区公共设施支出   8,400.00   8,162.30   97.2" under "科目编码 科目名称 调整预算数 决算数 完成率（%）".
 * A row whose figures are as many as the head's columns after the labels is read cell by cell: its n-th figure is under
 * the head's n-th column. Which column holds the row's own level is the reader's to say (the measure and year of the
 * document); a row missing a cell (an empty 上年决算数) is left out, for its figures no longer say their columns.
 */
export interface FlatLevelRow {
  block: number;
  code: string;
  name: string;
  /** The head's columns after the labels, and the row's figure under each, in the table's unit. */
  heads: string[];
  figs: DocFigure[];
}

// A column of levels or of their comparison: 调整预算数, 2026年预算数, 决算数, 上年决算数, 完成率（%）, 增减额, 增减%.
const LEVEL_HEAD = /^(?:[0-9]{4}年度?|本年度?|上年度?)?(?:年初|调整|全年)?(?:预算|决算|执行|完成)数?$|^(?:完成率|增减额|增减率|增减|比上年增减)(?:[（(]?%[）)]?|[（(]万元[）)])?$|^增减%$/;
const CODE_LABEL_HEAD = /^(?:(?:功能分类)?科目)?(?:编码|代码)$/;
const NAME_LABEL_HEAD = /^(?:(?:功能分类)?科目)?名称$/;

/** A level head's figure columns (科目编码 科目名称 | 调整预算数 决算数 完成率（%）), or undefined. */
function levelHead(text: string): string[] | undefined {
  if (/[。；;，,]/.test(text) || text.replace(/[\s\u3000]+/g, '').length > 60) return undefined;
  const ts = tokens(text).map((x) => x.t);
  if (ts.length < 4 || !CODE_LABEL_HEAD.test(ts[0]) || !NAME_LABEL_HEAD.test(ts[1])) return undefined;
  const cols = ts.slice(2);
  return cols.every((c) => LEVEL_HEAD.test(c)) && cols.some((c) => /(?:预算|决算|执行)数?$/.test(c)) ? cols : undefined;
}

// A title run on at a paragraph's end (…分科目情况如下：一般公共预算财政拨款支出决算明细表), as pdftotext joins a
// centred title line to the sentence above it: the words after its last stop.
const titleAtEnd = (t: string) => t.slice(Math.max(t.lastIndexOf('。'), t.lastIndexOf('：'), t.lastIndexOf(':')) + 1).trim();
const CONTINUED = /^续表[0-9０-９]*$/;

export function flatLevelTableRows(ctx: ExtractContext): FlatLevelRow[] {
  const out: FlatLevelRow[] = [];
  const blocks = ctx.doc.blocks;
  let heads: string[] | undefined;
  // The last head read under a spending table's title, with its unit: 续表 and the head again go on with that table.
  let last: { head: string; unit?: string } | undefined;
  let unit: string | undefined;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    const text = b.text.trim();
    const cols = b.kind === 'table-row' && !b.cells ? levelHead(text) : undefined;
    if (cols) {
      const prev = blocks[i - 1]?.text.trim() ?? '';
      const before = blocks[i - 2]?.text.trim() ?? '';
      const key = tokens(text).map((x) => x.t).join(' ');
      if (CONTINUED.test(prev) && last?.head === key) {
        heads = cols;
        unit = last.unit;
        continue;
      }
      const titled = spendingTitle(titleAtEnd(prev)) || (UNIT_NOTE.test(prev) && prev.length <= 30 && spendingTitle(titleAtEnd(before)));
      heads = titled ? cols : undefined;
      if (!heads) continue;
      unit = undefined;
      for (let j = i; j >= Math.max(0, i - NOTE_WINDOW); j--) {
        unit = noteUnit(blocks[j].text);
        if (unit) break;
      }
      last = { head: key, unit };
      continue;
    }
    if (!heads) continue;
    // A 续表 line between a page's last row and the head printed again: the table goes on.
    if (b.kind === 'table-row' && !b.cells && CONTINUED.test(text)) continue;
    if (b.kind !== 'table-row' || b.cells) {
      heads = undefined;
      continue;
    }
    const ts = tokens(b.text);
    if (ts.length !== heads.length + 2 || !CODE_TOKEN.test(ts[0].t) || !/^2/.test(ts[0].t) || NUM_TOKEN.test(ts[1].t)) continue;
    const nums = ts.slice(2);
    if (!nums.every((x) => NUM_TOKEN.test(x.t))) continue;
    const all = ctx.figuresByBlock[b.index];
    const figs = nums.map((x) => {
      const f = all[firstFrom(all, x.at)];
      return f && f.start === x.at && f.end === x.at + x.t.length ? f : undefined;
    });
    if (figs.some((f) => !f || f.approximate)) continue;
    out.push({ block: b.index, code: ts[0].t, name: ts[1].t, heads, figs: (figs as DocFigure[]).map((f) => inUnit(f, unit)) });
  }
  return out;
}

// A line of a wrapped name: words alone, no figure, no code, no sentence mark.
const NAME_PART = /^[^0-9０-９\s。；;，,]{2,40}$/;
/** The name of row i when its halves stand alone on the lines around it; undefined when they do not. */
function wrappedName(blocks: readonly Block[], i: number): string | undefined {
  const part = (b: Block | undefined) => (b && b.kind === 'table-row' && !b.cells && NAME_PART.test(b.text.trim()) && !isHead(b.text.trim()) ? b.text.trim() : undefined);
  const above = part(blocks[i - 1]);
  const below = part(blocks[i + 1]);
  return above && below ? above + below : undefined;
}

/** A bare figure in the unit of the table's 单位 note. */
export function inUnit(f: DocFigure, unit: string | undefined): DocFigure {
  const u = unit && f.unit === '' ? moneyUnit(unit) : null;
  return u ? inUnitOf(f, u) : f;
}

/** A figure read with no unit at all (a cell of a table whose unit the reader found no note of). */
export const bareFigure = (f: DocFigure): boolean => f.dimension === 'other' && f.unit === '';

/** A bare figure read in the unit (and so the dimension and scale) of `like`: a unit's info or a figure the text states. */
export function inUnitOf(f: DocFigure, like: Pick<DocFigure, 'unit' | 'dimension' | 'scale'>): DocFigure {
  return { ...f, raw: `${f.raw}${like.unit}`, unit: like.unit, dimension: like.dimension, scale: like.scale };
}

/** A 功能分类 or 经济分类 code opening a row's label: 3, 5 or 7 digits (类, 款, 项). */
const CLASS_CODE = /^[\s\u3000]*([0-9]{3}(?:[0-9]{2}){0,2})(?![0-9.,，．])/;
export const CODE_PART = /^[\s\u3000]*([0-9]{2,3})[\s\u3000]*$/;
/** A cell holding a classification code and nothing else (201, 20103, 2010301). */
export const isClassCode = (cell: string) => CLASS_CODE.test(cell) && CLASS_CODE.exec(cell)![0].length === cell.trimEnd().length;

const CODE_BEFORE_NAME = /^[\s\u3000]*[0-9]{3}(?:[0-9]{2}){0,2}[\s\u3000]*(?=[\u3400-\u9fff])/;
/** A row's label without the classification code it opens with (210 卫生健康支出, 2050299其他普通教育支出): the item it names. */
export const withoutClassCode = (label: string) => label.replace(CODE_BEFORE_NAME, '');

/**
 * A row's classification code: opening its first cell (205 教育支出, 2050101), or spread over
 * cells of their own (| 201 | 13 | 01 |: 类, 款, 项), read as one code (2011301).
 */
export function classCode(r: Block, cellText: (r: Block, c: number) => string): string | undefined {
  const first = cellText(r, 0);
  if (!CODE_PART.test(first)) return CLASS_CODE.exec(first)?.[1];
  let code = CODE_PART.exec(first)![1];
  if (code.length !== 3) return undefined;
  for (let c = 1; c < 3 && r.cells && c < r.cells.length; c++) {
    const m = CODE_PART.exec(cellText(r, c));
    if (!m || m[1].length !== 2) break;
    code += m[1];
  }
  return code;
}
