import type { Block } from '../document/types.ts';
import { cellText } from '../document/cells.ts';
import type { ExtractContext, Sentence } from '../reading/context.ts';
import type { Claim, ConflictClaim, DocFigure } from './types.ts';
import { clauseStartBefore, clauseWithin, itemTitleName, labelBefore } from '../reading/labels.ts';
import { withoutClassCode } from './code-table-rows.ts';
import { firstFrom } from './first-from.ts';
import { asciiDigits } from '../document/digits.ts';
import { normalSubject } from '../reading/names.ts';
import { isNumberedTitleBlock, readMarker } from '../document/markers.ts';
import { intervalOf } from '../reading/figures/interval-of.ts';
import { abs, meets, sub } from '../interval.ts';
import { ADJUST_DELTA_VERBS, ADJUST_TABLE_HEADS, DELTA_VERB_ALT } from '../domain/lexicon.ts';
import { GENERIC_ROW, MONEY_AMOUNT_HEAD, OWN_LEVEL, RATE_HEAD, RECEIVED_VERB, REMITTED_VERB, ROW_KIND_WORD, SCALE_OF_MONEY } from '../domain/tables.ts';
import { periodKey, readStatedLevels, titleMeasure, titleYear } from '../facts/facts.ts';
import { UNIT_NOTE } from '../document/unit-notes.ts';
import { ALLOTTED_HEAD, BARE_MONEY_NOUN, DEBT_KIND_IN_BOND, WHOLE_JURISDICTION_LEAD } from '../domain/restatement-words.ts';

/**
 * A label's row name without what kind of project the item is (项目, 子项目: 非遗传承保护子项目 → 非遗传承保护), unless a row is
 * itself named as a project (产业园区标准化厂房项目, 高标准农田建设项目): the text writes it so too.
 */
const projectRowName = (written: string, isRow: (name: string) => boolean): string =>
  /项目$/.test(written) && isRow(written) ? written : written.replace(/(?:子)?项目的?$/, '');

/** One row of a table under one of its label cells: the figures that follow that label, in order. */
interface RowEntry {
  table: number;
  /** The label cell's column: a table set side by side (收入 项目 | 预算数 | 支出 项目 | 预算数) has two. */
  labelCol: number;
  label: string;
  figures: DocFigure[];
}

// A label that is a row's total, a numbering, or a code names no item of its own.
const NOT_AN_ITEM = /^(?:合计|总计|小计|共计|收入合计|支出合计|本年收入合计|本年支出合计|[0-9０-９.．、]+)$/;
const CODE_CELL = /^[0-9０-９]{1,7}$/;
// What may stand before a restated item's name in its clause: 其中, a list's opener.
const LEAD = /^(?:其中|包括|分别为|分别是|具体为|主要有)[：:，,]?/;
// The verbs a level is reported with after its item's name (累计完成, 实现, 入库, 为).
const LEVEL_VERB_TAIL = /(?:累计)?(?:完成|实现|入库)了?(?:收入)?$|(?:为|是|达到?)$/;
// A list's number: 1. 2、 （3） （四）.
const LIST_NUMBER_AT = '[\\s\\u3000]*(?:[0-9０-９]{1,2}[.．、]|[（(][0-9０-９一二三四五六七八九十]{1,3}[）)])';
// What may open a sentence before the row's name: a list's number.
const OPENER_LEAD = new RegExp(`^(?:${LIST_NUMBER_AT})?[\\s\\u3000]*$`);
const LIST_NUMBER = new RegExp(`^${LIST_NUMBER_AT}`);
// A time in the clause (2024年住房保障支出, 上年同期): the sentence may be of another year than the table's column.
const OPENER_TIME = /[0-9０-９]|上年|去年|同期|年初|年末/;
/** Whether the clause of `f` is the first of its sentence and names no time (no time, scope or other clause before it). */
const opensSentence = (text: string, sentenceStart: number, f: DocFigure) => {
  const from = clauseStartBefore(text, f.start, sentenceStart);
  return OPENER_LEAD.test(text.slice(sentenceStart, from)) && !OPENER_TIME.test(text.slice(from, f.start).replace(LIST_NUMBER, ''));
};
// More rows of one name than this: the name says which row no more than its value would.
const MAX_ROWS = 4;
// A name shorter than this (一般, 其他) is no one row's.
const MIN_NAME = 3;
// 文物, 水利, 体育 (款 rows of a 功能分类 table): two characters name a row when the text writes them with their side's
// word (文物支出); these, two-character words of every table, name none.
const SHORT_GENERIC = /^(?:其他|一般|其中|小计|合计|总计|本级|上级|下级|本年|上年|当年|基本|项目|人员|公用|日常|专项|财政|经费|资金)$/;
// 城乡社区管理事务支出, 文物支出: a 款 or 项 row's name as the text writes it, with the word of its table's side after it.
const SIDE_WORD = /(?:支出|收入)$/;

// The year or the stretch of it a row or a clause opens with (2024年新增债券, 全年发行新增债券) and the verb of
// an issue are no part of the item's name; the sentence's siblings agreeing with one column keep the year right.
const LEADING_TIME_VERB = /^(?:[0-9０-９]{4}年度?|全年|本年|当年)?(?:发行)?/;
const itemName = (s: string) => normalSubject(withoutClassCode(s.replace(/^[\s\u3000]*(?:其中[：:]?|[0-9０-９]{1,2}[.．、]|[（(][0-9０-９一二三四五六七八九十]{1,3}[）)])/, '')).replace(/[\s\u3000]/g, '').replace(LEADING_TIME_VERB, ''));

/** Every table row's label cells with the figures after each, indexed by the item's name. */
function rowIndex(ctx: ExtractContext): { index: Map<string, RowEntry[]>; short: Map<string, RowEntry[]> } {
  const index = new Map<string, RowEntry[]>();
  const short = new Map<string, RowEntry[]>();
  for (const rows of ctx.tables()) {
    for (const row of rows) {
      if (row.table!.header || !row.cells) continue;
      const figs = ctx.figuresByBlock[row.index];
      let entry: RowEntry | undefined;
      let k = 0;
      for (let c = 0; c < row.cells.length; c++) {
        const cl = row.cells[c];
        const inCell: DocFigure[] = [];
        for (; k < figs.length && figs[k].start < cl.end; k++) if (figs[k].start >= cl.start && figs[k].end <= cl.end) inCell.push(figs[k]);
        const text = cellText(row, c);
        // 210 卫生健康支出: a classification code opening the name is read as a figure; the cell is the item's name.
        const coded = inCell.length === 1 && withoutClassCode(text) !== text && !/[0-9]/.test(withoutClassCode(text));
        if (inCell.length === 0 || coded) {
          // A text cell opens a label; an empty one (a merged label, a blank part) keeps the one open.
          if (!text || /^[-—–－\s\u3000]+$/.test(text)) {
            entry?.figures.push(undefined as unknown as DocFigure);
            continue;
          }
          const name = itemName(text);
          entry = undefined;
          const isShort = name.length === MIN_NAME - 1 && !SHORT_GENERIC.test(name) && !/[0-9０-９]/.test(name);
          if ((name.length < MIN_NAME && !isShort) || NOT_AN_ITEM.test(name)) continue;
          entry = { table: row.table!.id, labelCol: c, label: withoutClassCode(text.replace(/^[\s\u3000]*其中[：:]?/, '')), figures: [] };
          if (isShort) {
            const list = short.get(name);
            if (list) list.push(entry);
            else short.set(name, [entry]);
            continue;
          }
          // 电子卖场（网上超市）: a gloss in brackets after the name is no part of what the text calls it.
          const unglossed = name.replace(/[（(][^（）()]*[）)]$/, '');
          for (const key of unglossed !== name && unglossed.length >= MIN_NAME ? [name, unglossed] : [name]) {
            const list = index.get(key);
            if (list) list.push(entry);
            else index.set(key, [entry]);
          }
        } else if (CODE_CELL.test(text) && !entry) {
          // A code before the name (30201 | 办公费): not a value.
          continue;
        } else if (entry) entry.figures.push(inCell.length === 1 && !inCell[0].approximate && inCell[0].dimension === 'money' ? inCell[0] : (undefined as unknown as DocFigure));
      }
    }
  }
  return { index, short };
}

/**
 * "公用经费中，办公费18.60万元，公务用车运行维护费16.20万元，其他商品和服务支出6.53万元" beside a table
 * whose rows 办公费, 公务用车运行维护费, 其他商品和服务支出 read 186,000.00 | 126,000.00 | 65,300.00元:
 * a sentence that restates items of a table by their rows' exact names, where the other items agree
 * with one column of the table, states the odd one's value wrongly in one of the two places. Silent
 * when the odd value is another cell of its row (another year, another measure), when the agreeing
 * column is not one, or when the name is several rows'.
 */
export function extractRowRestatements(ctx: ExtractContext, earlier: readonly Claim[]): ConflictClaim[] {
  if (!ctx.doc.blocks.some((b) => b.table)) return [];
  const { index, short } = rowIndex(ctx);
  if (!index.size && !short.size) return [];
  const tails = measureTails(ctx);
  // 公开招标采购金额32.64亿元 beside the row 公开招标 of a table whose column is 采购金额: the column's name (or its
  // first word, 采购) after the item's is no part of the item's name.
  const entriesOf = (label: string) => {
    const exact = index.get(itemName(label));
    if (exact) return exact;
    // 文化和旅游支出 beside the row 文化和旅游: a 款's or 项's row names it without its side's word, which the text adds.
    if (SIDE_WORD.test(label)) {
      const side = itemName(label.replace(SIDE_WORD, ''));
      const rows = side.length >= MIN_NAME ? index.get(side) : side.length === MIN_NAME - 1 ? short.get(side) : undefined;
      if (rows) return rows;
    }
    // 企业所得税完成18.64亿元, 契税实现4.26亿元, 增值税为38.62亿元: the verb the level is reported with is no part of the name.
    const verb = LEVEL_VERB_TAIL.exec(label);
    const bare = verb ? index.get(itemName(label.slice(0, verb.index))) : undefined;
    if (bare && verb!.index >= MIN_NAME) return bare;
    for (const t of tails) if (label.endsWith(t) && label.length - t.length >= MIN_NAME) return index.get(itemName(label.slice(0, -t.length)));
    return undefined;
  };
  // A figure already in a conflict, on either side (the text's 23.58 as the first statement of a fact the table's
  // 23.85 restates), is said once.
  const already = new Set(earlier.filter((c): c is ConflictClaim => c.kind === 'conflict').flatMap((c) => [c.first.id, c.second.id]));
  const out: ConflictClaim[] = [];
  // Restatements of rows, a sentence's or a paragraph's.
  const oddOne = (named: Array<{ f: DocFigure; entries: RowEntry[] }>) => {
    // Exactly one restatement that agrees with no cell of any row of its name: with two, the
    // sentence may be of another column, year or measure altogether.
    const agrees = (f: DocFigure, g: DocFigure) => (f.role === 'delta' ? meets(abs(intervalOf(f)), abs(intervalOf(g))) : meets(intervalOf(f), intervalOf(g)));
    // A change also agrees with its row when two of the row's levels are that far apart (38.60 → 42.15 beside a
    // 决算比上年增减 cell of 4.55): then the table's own cell is the slip, and the row's arithmetic says so.
    const levelsApart = (f: DocFigure, e: RowEntry) => {
      const cells = e.figures.filter((g) => g);
      return cells.some((a, i) => cells.some((b, j) => j > i && meets(abs(intervalOf(f)), abs(sub(intervalOf(a), intervalOf(b))))));
    };
    const agreesWithRow = (x: (typeof named)[number]) => x.entries.some((e) => e.figures.some((g) => g && agrees(x.f, g)) || (x.f.role === 'delta' && levelsApart(x.f, e)));
    const odd = named.filter((x) => !agreesWithRow(x));
    if (odd.length !== 1 || already.has(odd[0].f.id)) return;
    const { f, entries } = odd[0];
    // The columns (a table, its label cell, the n-th figure after it) its siblings agree with.
    const columns = new Set<string>();
    // A sibling whose value stands in one column only says which column the sentence restates; one that stands in two
    // (个人所得税 9.84 | 9.84, 持平 on last year; a row all 基本支出) says nothing of it. When two siblings or more say one
    // column and every sibling stands in it, that column alone is restated.
    const sure = new Set<string>();
    const owns: Array<Set<string>> = [];
    let sureCount = 0;
    for (const x of named) {
      if (x === odd[0]) continue;
      const own = new Set<string>();
      for (const e of x.entries) e.figures.forEach((g, n) => g && agrees(x.f, g) && own.add(`${e.table}|${e.labelCol}|${n}`));
      for (const c of own) columns.add(c);
      owns.push(own);
      if (own.size === 1) {
        sureCount++;
        for (const c of own) sure.add(c);
      }
    }
    if (sureCount >= 2 && sure.size === 1 && owns.every((o) => [...sure].every((c) => o.has(c)))) {
      columns.clear();
      for (const c of sure) columns.add(c);
    }
    // This row's cells in those columns: they must be one value, the one the text should restate.
    const cells: Array<{ e: RowEntry; g: DocFigure }> = [];
    for (const e of entries) e.figures.forEach((g, n) => g && columns.has(`${e.table}|${e.labelCol}|${n}`) && cells.push({ e, g }));
    if (cells.length === 0 || cells.some((x) => !meets(intervalOf(x.g), intervalOf(cells[0].g)))) return;
    out.push({ kind: 'conflict', subject: cells[0].e.label, period: '', first: cells[0].g, second: f, firstIn: 'table' });
  };
  const openers: Array<{ f: DocFigure; entries: RowEntry[] }> = [];
  for (const block of ctx.doc.blocks) {
    if (block.kind !== 'paragraph') continue;
    for (const s of ctx.sentences(block)) {
      const named: Array<{ f: DocFigure; entries: RowEntry[] }> = [];
      for (const f of s.figures) {
        if ((f.role !== 'amount' && f.role !== 'delta') || f.dimension !== 'money' || f.approximate) continue;
        let label = labelBefore(block.text, f.start, s.start).replace(/[\s\u3000]/g, '').replace(LEAD, '');
        // 债务转贷收入调增8,400万元，调入资金调增1,800万元 beside a table's 调整数 column: a change named by its item's row
        // restates that row's change cell, whatever sign the table writes it with.
        if (f.role === 'delta') {
          const verb = CHANGE_AFTER_NAME.exec(label);
          if (!verb) continue;
          label = label.slice(0, -verb[0].length);
        }
        const entries = entriesOf(label);
        // A name many rows carry (行政运行 under each class) points at none of them.
        if (entries && entries.length <= MAX_ROWS) named.push({ f, entries });
      }
      if (named.length >= 2) oddOne(named);
      // A sentence that opens on the one row it names (住房保障支出3,294.80万元，主要用于…): one of the paragraph's.
      else if (named.length === 1 && opensSentence(block.text, s.start, named[0].f)) openers.push(named[0]);
    }
    // 城乡社区支出16,848.60万元，…。住房保障支出3,249.80万元，…。节能环保支出456.80万元，…: a paragraph going row by row a sentence
    // each restates the rows as one sentence going row by row does.
    if (openers.length >= 3) oddOne(openers);
    openers.length = 0;
  }
  return out;
}

/** The tables' column names (采购金额) and their first two characters (采购), longest first. */
function measureTails(ctx: ExtractContext): string[] {
  const out = new Set<string>();
  for (const table of ctx.tables()) {
    const head = table[0];
    if (!head?.table?.header || !head.cells) continue;
    for (let c = 1; c < head.cells.length; c++) {
      const n = columnName(cellText(head, c));
      if (n.length < 2 || n.length > MAX_COLUMN || NOT_A_MEASURE.test(n)) continue;
      out.add(n);
      out.add(n.slice(0, 2));
    }
  }
  return [...out].sort((a, b) => b.length - a.length);
}

// A column's name once its unit note and spaces are set aside: 资金（万元） → 资金.
const columnName = (s: string) => s.replace(/[（(][^）)]*[）)]/g, '').replace(/[\s\u3000]/g, '');
// Columns that hold no level of the row's item, or name nothing a sentence would restate it by.
const NOT_A_MEASURE = /合计|小计|总计|率|比|得分|分值|等级|序号|名称|编码|代码|增减|变动|差额|说明|备注/;
// The longest column name looked for at a label's end.
const MAX_COLUMN = 12;
// A sentence about another year than the table's.
const OTHER_TIME = /上年|去年|同期|以前|历年/;

/** What may stand between a sentence's subject and a column it names: a verb of asking or using, this batch. */
const ASKED_FOR = /^(?:申请|使用|安排|下达|获得|争取|拟使用|计划使用)(?:本批|本次|新增)?$/;
// A part of a 科目's path: 卫生健康支出（类）, 公共卫生（款）.
const PATH_PART = /（(?:类|款|项)）/;
/** How far into a statement its opening row name may run, and how far back a statement's start is looked for. */
const OPENER_REACH = 30;
const STATEMENT_REACH = 200;

/** What may stand between a row's name and a column's: the kind the rows are of (方式, 类), a verb of receiving, or of handing up (上缴). */
// 青石镇下达资金, 滨河路综合管廊工程安排投资: a verb of allocating the money the column holds is neither's either.
const KIND_OR_RECEIVED = new RegExp(`(?:${ROW_KIND_WORD}|${RECEIVED_VERB}|${REMITTED_VERB}|安排|下达|分配)$`);
/** The row `name` names: as written, without its 支出 or 收入, or without a kind word or a verb of receiving after it. */
function rowNameOf(name: string, rows: ReadonlyMap<string, unknown>): string {
  if (rows.has(name)) return name;
  const side = name.replace(/(?:支出|收入)$/, '');
  if (side !== name && rows.has(side)) return side;
  const shorter = name.replace(KIND_OR_RECEIVED, '');
  return shorter !== name && shorter.length >= MIN_NAME && rows.has(shorter) ? shorter : side;
}

/** A verb of budget adjustment right before its amount (调增, 核减): the label's end, and the verb. */
const ADJUST_VERB_AT_END = new RegExp(`(${ADJUST_DELTA_VERBS.map(([w]) => w).join('|')})了?$`);
/** The widest row whose levels are paired to see whether a stated change is two of them apart. */
const MAX_APART_CELLS = 12;

/** The change word after an item's name (调增, 调减, 增加, 减少): what a change's label ends with. */
const CHANGE_AFTER_NAME = new RegExp(`(?:调|再|共|累计)?(?:${DELTA_VERB_ALT})了?$`);

/** A table's total row (合计, 总计), and the key namedRows keeps such rows under (no item's name has a space). */
const TOTAL_ROW = /^(?:合计|总计)$/;
const TOTAL_ROW_KEY = ' 合计';
/** Words before a figure that name a column's total: 经营成本合计, 运营期税金及附加总计为. */
const COLUMN_TOTAL = /(?:合计|总计)(?:为|是|达)?$/;

/** A debt table's column of both kinds together: 余额合计, 限额合计 (the kind words are matched apart, names.includes). */
const DEBT_KINDS_TOTAL = /^(余额|限额)合计$/;
const DEBT_KINDS_ALIAS = /^(?:政府)?债务(?:余额|限额)$/;

interface NamedRow {
  label: string;
  /** The title above the row's table (表1 2025年全市政府债务余额变动表), or ''. */
  caption?: string;
  /** The money cell under each column name. */
  byColumn: Map<string, DocFigure>;
  all: DocFigure[];
  /**
   * The one column of the document's own period (ownColumn), which a sentence naming the row and no column states; and
   * the words presenting the table (its caption, or the sentence ending in 如下：), whose measure such a sentence may say.
   */
  own?: string;
  presented?: string;
}

/**
 * Each table's rows by item name, with the money cell under each column's name. A head of two rows
 * (预算资金（万元） over 年初预算 | 执行数, the top cell merged over the second) names a column by its
 * second row; the second row holds no figure and leaves its first cell empty.
 */
function namedRows(ctx: ExtractContext): { rows: Map<string, NamedRow[]>; columns: Set<string> } {
  const rows = new Map<string, NamedRow[]>();
  const columns = new Set<string>();
  for (const table of ctx.tables()) {
    const head = table[0];
    if (!head?.table?.header || !head.cells) continue;
    const top = head.cells.map((_, c) => columnName(cellText(head, c)));
    let from = 1;
    let names = top;
    const sub = table[1];
    if (sub?.cells && !sub.table!.header && ctx.figuresByBlock[sub.index].length === 0 && !cellText(sub, 0) && sub.cells.some((_, c) => cellText(sub, c))) {
      names = sub.cells.map((_, c) => columnName(cellText(sub, c)) || top[c] || '');
      from = 2;
    }
    for (const n of names) if (n.length >= 2 && !NOT_A_MEASURE.test(n)) columns.add(n);
    // 限额合计 | … | 余额合计 | 一般债务余额 | 专项债务余额: the 合计 of the two kinds is the government's debt, which a
    // sentence names so (桥东区政府债务余额, 债务余额).
    // 资金规模 | 投资额 | 经费金额: the money the column measures, named by its noun alone (安排资金, 下达资金), when no other
    // column of the table is named so.
    const scaled = names.map((n) => SCALE_OF_MONEY.exec(n)?.[1]);
    const aliases = names.map((n, c) => {
      const m = DEBT_KINDS_TOTAL.exec(n);
      if (m) return names.includes(`一般债务${m[1]}`) && names.includes(`专项债务${m[1]}`) ? [`政府债务${m[1]}`, `债务${m[1]}`] : [];
      const noun = scaled[c];
      if (noun) return !names.includes(noun) && scaled.filter((x) => x === noun).length === 1 ? [noun] : [];
      // 预算金额, 已投资金额: the measure, said without 金额 (项目预算…万元, 已投资…亿元); an 已 of a deed done is said
      // 已完成 too (已完成投资). Not when another column of the table is named so; nor a verb's (采购金额: 采购 also says
      // how a row's money was spent, in a sentence of several rows that may restate no one column).
      const bare = MONEY_AMOUNT_HEAD.exec(n)?.[1];
      if (!bare || names.some((x) => x !== n && (x === bare || MONEY_AMOUNT_HEAD.exec(x)?.[1] === bare))) return [];
      return bare.startsWith('已') ? [bare, `已完成${bare.slice(1)}`] : [bare];
    });
    for (const a of aliases.flat()) columns.add(a);
    const caption = captionAbove(ctx, head.index);
    // 决算数 is restated as 决算 too (公共卫生支出决算4,862.40万元).
    for (const n of names) if (n.length >= 3 && n.endsWith('数') && !NOT_A_MEASURE.test(n)) columns.add(n.slice(0, -1));
    const own = ownColumn(ctx, table, names, from);
    const presented = own ? presentingWords(ctx, head.index) : undefined;
    for (let r = from; r < table.length; r++) {
      const row = table[r];
      if (!row.cells) continue;
      const figs = ctx.figuresByBlock[row.index];
      let entry: NamedRow | undefined;
      let next = 0;
      for (let c = 0; c < row.cells.length; c++) {
        const cl = row.cells[c];
        // Figures and cells both run left to right: one pointer hands each cell its own (a filter of the row's
        // figures for every cell grew with the square of a row thousands of cells wide).
        while (next < figs.length && figs[next].start < cl.start) next++;
        const inCell: DocFigure[] = [];
        for (let k = next; k < figs.length && figs[k].start < cl.end; k++) if (figs[k].end <= cl.end) inCell.push(figs[k]);
        const text = cellText(row, c);
        if (!entry) {
          if (inCell.length || !text) continue;
          const name = itemName(text);
          // The table's 合计 row, kept under TOTAL_ROW_KEY: a sentence names its cells by the column (经营成本合计).
          const total = TOTAL_ROW.test(text.replace(/[\s\u3000]/g, ''));
          if (!total && (name.length < MIN_NAME || NOT_AN_ITEM.test(name) || /^[\s\u3000]|其中/.test(text))) break;
          entry = { label: text, caption, byColumn: new Map(), all: [], own, presented };
          if (total) {
            const list = rows.get(TOTAL_ROW_KEY);
            if (list) list.push(entry);
            else rows.set(TOTAL_ROW_KEY, [entry]);
            continue;
          }
          const list = rows.get(name);
          if (list) list.push(entry);
          else rows.set(name, [entry]);
          continue;
        }
        if (inCell.length !== 1 || inCell[0].dimension !== 'money' || inCell[0].approximate) continue;
        entry.all.push(inCell[0]);
        const n = names[c];
        for (const a of aliases[c]) if (!entry.byColumn.has(a)) entry.byColumn.set(a, inCell[0]);
        if (n && n.length >= 2 && !NOT_A_MEASURE.test(n) && !entry.byColumn.has(n)) {
          entry.byColumn.set(n, inCell[0]);
          if (n.length >= 3 && n.endsWith('数') && !entry.byColumn.has(n.slice(0, -1))) entry.byColumn.set(n.slice(0, -1), inCell[0]);
        }
      }
    }
  }
  return { rows, columns };
}

/**
 * 养老服务体系建设项目执行数1,250.62万元 beside a project table whose row 养老服务体系建设 reads 1,205.62 under
 * 执行数: a sentence that names one row of a table exactly, then one of its columns (资金, 执行数,
 * 年初预算), restates that cell. Silent when the name is no one row's, the column no one column of that
 * row, the value another cell of the row, or the sentence about another time.
 */
export function extractCellRestatements(ctx: ExtractContext, earlier: readonly Claim[]): ConflictClaim[] {
  if (!ctx.doc.blocks.some((b) => b.table)) return [];
  const { rows, columns } = namedRows(ctx);
  // (A table of months names no row by an item's name: 3月 is shorter than one.)
  const months = monthRows(ctx);
  const years = yearRows(ctx);
  const kinds = findingKindAmounts(ctx);
  if ((!rows.size || !columns.size) && !months.size && !years.size) return kinds;
  // A figure already in a conflict, on either side: the text's 4.24 stated first against the table's 4.42 is one finding.
  const already = new Set(earlier.filter((c): c is ConflictClaim => c.kind === 'conflict').flatMap((c) => [c.first.id, c.second.id]));
  const out: ConflictClaim[] = [];
  // The year each statement and cell is of, as the facts read it (a section's heading, a table's caption): a sentence of
  // one year does not restate the cell of another (2025年 执行 above, an appendix captioned 2026年 below).
  let periods: Map<number, string> | undefined;
  const periodAt = (f: DocFigure) => (periods ??= new Map(readStatedLevels(ctx).map((x) => [x.figure.id, periodKey(x.period)]))).get(f.id);
  // （四）职工基本医疗保险基金（含生育保险） over "收入46.83亿元，…；支出43.14亿元": a numbered title naming one row of a
  // table is what the paragraphs under it state by their measures alone, until the next title.
  let titled: string | undefined;
  // The cell of row `e` under `col` that `f` restates wrongly: none when f is that cell, another cell of the row (another
  // year, another measure), or of another year than the cell's.
  // `ofYear`: a cell of the document's own year, which a statement of that year or its end (2025|年底) restates.
  const restatedCell = (f: DocFigure, e: NamedRow, col: string, ofYear?: string): DocFigure | undefined => {
    const g = e.byColumn.get(col)!;
    if (meets(intervalOf(f), intervalOf(g)) || e.all.some((x) => meets(intervalOf(f), intervalOf(x)))) return undefined;
    const [pf, pg] = [periodAt(f), periodAt(g)];
    if (ofYear) return (pf || ofYear).split('|').every((p) => p === ofYear || YEAR_END.test(p)) ? g : undefined;
    return pf && pg && pf !== pg ? undefined : g;
  };
  // The row a statement opens with, by its name (the longest opening that is one): a few lookups per statement, once.
  // A statement is a sentence, or its part after a ； (公开招标项目86个…；竞争性磋商项目168个…).
  const openers = new Map<string, string | undefined>();
  const opener = (block: Block, s: Sentence, at: number): string | undefined => {
    let from = at;
    while (from > s.start && at - from < STATEMENT_REACH && !/[；;]/.test(block.text[from - 1])) from--;
    if (from > s.start && !/[；;]/.test(block.text[from - 1])) return undefined;
    const key = `${block.index}:${from}`;
    const name = openers.has(key) ? openers.get(key) : openingRow(block, from, at, key);
    // 县本级限额62.40亿元、余额61.26亿元，工业园区限额18.60亿元、余额18.92亿元: amounts before it in the statement are other
    // items' (a list run on with commas): the opening name is theirs, not this one's. Unless each is a cell of the opening
    // row itself (省级补助资金到位1,260万元，实际支出1,168.4万元: one row's columns told in turn).
    for (let k = firstFrom(s.figures, from); k < s.figures.length && s.figures[k].end <= at; k++) {
      const g = s.figures[k];
      if (g.dimension !== 'money') continue;
      if (!name || !(rows.get(name) ?? []).some((e) => e.all.some((x) => meets(intervalOf(g), intervalOf(x))))) return undefined;
    }
    return name;
  };
  const openingRow = (block: Block, from: number, at: number, key: string): string | undefined => {
    let found: string | undefined;
    // 卫生健康支出（类）公共卫生（款）妇幼保健机构（项）：调整预算数为…: a 科目's path opens on its 类 but gives its last
    // part, whose row of a 功能分类 table the facts read (a project table's row of the same name is other money).
    if (PATH_PART.test(block.text.slice(from, at))) {
      openers.set(key, undefined);
      return undefined;
    }
    const text = block.text.slice(from, Math.min(at, from + OPENER_REACH)).trimStart();
    for (let k = text.length; k >= MIN_NAME && !found; k--) {
      const n = itemName(text.slice(0, k));
      if (rows.has(n)) found = n;
    }
    openers.set(key, found);
    return found;
  };
  // 交通运输支出调增4,250万元 beside a 预算调整 table whose row 交通运输支出 reads 18,240 | 4,520 | 22,760: an item's adjustment,
  // named by its row and a verb of adjustment (调增, 调减, 核增, 核减), restates the row's cell under the adjustment column
  // (调整数, or 调增数 / 调减数 as the verb says), whatever sign the table writes it with. Silent when the figure is another
  // cell of the row or two of its levels that far apart (the table's own cell is then the slip), or when the row has no
  // one such column.
  const adjustedCell = (block: Block, s: Sentence, f: DocFigure): { e: NamedRow; g: DocFigure; col: string } | undefined => {
    if (f.dimension !== 'money' || f.approximate || already.has(f.id) || OTHER_TIME.test(block.text.slice(s.start, f.start))) return undefined;
    const label = labelBefore(block.text, f.start, s.start).replace(/[\s\u3000]/g, '').replace(LEAD, '');
    const verb = ADJUST_VERB_AT_END.exec(label);
    if (!verb) return undefined;
    const name = itemName(label.slice(0, -verb[0].length));
    const bare = rows.has(name) ? name : name.replace(/(?:支出|收入)$/, '');
    if (bare.length < MIN_NAME) return undefined;
    const own = ADJUST_DELTA_VERBS.find(([w]) => w === verb[1])![1] === 'up' ? ADJUST_TABLE_HEADS.adds : ADJUST_TABLE_HEADS.takes;
    const found: Array<{ e: NamedRow; g: DocFigure; col: string }> = [];
    for (const e of rows.get(bare) ?? []) {
      const seen = new Set<DocFigure>();
      for (const [col, g] of e.byColumn) {
        if (seen.has(g) || !(ADJUST_TABLE_HEADS.signed.test(col) || own.test(col))) continue;
        seen.add(g);
        found.push({ e, g, col });
      }
    }
    if (found.length !== 1) return undefined;
    const { e } = found[0];
    const x = abs(intervalOf(f));
    if (e.all.some((c) => meets(x, abs(intervalOf(c))))) return undefined;
    const cells = e.all.length <= MAX_APART_CELLS ? e.all : [];
    if (cells.some((a, i) => cells.some((b, j) => j > i && meets(x, abs(sub(intervalOf(a), intervalOf(b))))))) return undefined;
    return found[0];
  };
  let maturities: Map<string, NamedRow> | undefined;
  let ownYear: string | undefined;
  for (const block of ctx.doc.blocks) {
    const marker = block.kind === 'heading' || (block.kind === 'paragraph' && ctx.figuresByBlock[block.index].length === 0) ? readMarker(block.text.trim()) : null;
    if (block.kind === 'heading' || marker) {
      const name = itemName(block.text.trim().slice(marker?.length ?? 0).replace(/[（(][^）)]{0,12}[）)]/g, ''));
      titled = /[。，,；;：:]/.test(block.text) || !rows.has(name) ? undefined : name;
      continue;
    }
    if (block.kind !== 'paragraph') continue;
    // （四）住房保障支出（类）住房公积金（项）。年初预算为318.00万元，支出决算为303.54万元: the item a sentence of its own
    // named is what the paragraph's measures alone (年初预算, 支出决算) are of.
    let item: string | undefined = titled;
    for (const s of ctx.sentences(block)) {
      if (s.figures.length === 0) {
        item = itemTitleName(s.text) ?? item;
        continue;
      }
      for (const f of s.figures) {
        if (f.role === 'delta') {
          const found = adjustedCell(block, s, f);
          if (found) out.push({ kind: 'conflict', subject: `${found.e.label.replace(/[\s\u3000]/g, '')}${found.col}`, period: '', first: found.g, second: f, firstIn: 'table' });
          continue;
        }
        if (f.role !== 'amount' || f.dimension !== 'money' || f.approximate || already.has(f.id)) continue;
        if (/^[\s\u3000]*(?:的|中|以|左右|上下)/.test(block.text.slice(f.end, f.end + 3))) continue;
        // 2026年到期政府债务本金47.80亿元 beside a table of debt by the year it falls due (到期年度 | 一般债务 | 专项债务 | 合计).
        const dueClause = clauseWithin(block.text, s.start, f.start, MATURITY_REACH);
        const due = dueClause === undefined ? null : MATURITY_CLAUSE.exec(dueClause.replace(/[\s\u3000]/g, ''));
        if (due) {
          const row = (maturities ??= maturityRows(ctx)).get(`${due[1]}${due[2] ? '及以后' : ''}`);
          const col = row && [...row.byColumn.keys()].filter((n) => (due[3] === '一般' ? /^一般债务/ : due[3] === '专项' ? /^专项债务/ : MATURITY_TOTAL).test(n));
          const g = col?.length === 1 ? row!.byColumn.get(col[0])! : undefined;
          if (g && !row!.all.some((x) => meets(intervalOf(f), intervalOf(x)))) out.push({ kind: 'conflict', subject: `${row!.label.replace(/[\s\u3000]/g, '')}到期${MATURITY_TOTAL.test(col![0]) ? '政府债务' : col![0]}`, period: '', first: g, second: f, firstIn: 'table' });
          continue;
        }
        const before = block.text.slice(s.start, f.start);
        // 2026年安排项目资本金6,840万元 beside a table of a project's funds by year (年度 | 专项债券资金 | 项目资本金 | 合计)
        // whose 2026年 row reads 6,480 under 项目资本金: a clause opening on one year and naming one column restates that cell.
        const yearClause = years.size ? clauseWithin(block.text, s.start, f.start, YEAR_ROW_REACH) : undefined;
        const inYear = yearClause === undefined ? null : YEAR_CLAUSE.exec(asciiDigits(yearClause.replace(/[\s\u3000]/g, '')));
        if (inYear) {
          const row = years.get(inYear[1]);
          const col = row && [...row.byColumn.keys()].filter((n) => n === inYear[2] || n === `${inYear[2]}资金` || `${n}资金` === inYear[2]);
          const g = col?.length === 1 ? row!.byColumn.get(col[0])! : undefined;
          // Only the year of the row before it in the sentence (not 上年, not a second year), and a figure no other cell of the row has.
          const named = [...before.matchAll(YEAR_AT)].map((y) => asciiDigits(y[1]));
          if (g && !OTHER_TIME.test(before) && named.every((y) => y === inYear[1]) && !row!.all.some((x) => meets(intervalOf(f), intervalOf(x))))
            out.push({ kind: 'conflict', subject: `${inYear[1]}年${col![0]}`, period: '', first: g, second: f, firstIn: 'table' });
          continue;
        }
        // ３月份支出96,240万元 beside a table of the year's months (月份 | 收入 | 支出 | 月末库款余额) whose 3月 row reads 96,420
        // under 支出: a clause opening on one month and naming one of the table's columns (入库收入, 拨付支出, 3月末库款余额)
        // restates that row's cell.
        const monthClause = clauseWithin(block.text, s.start, f.start, MONTH_REACH);
        const month = monthClause === undefined ? null : MONTH_CLAUSE.exec(asciiDigits(monthClause.replace(/[\s\u3000]/g, '')));
        if (month) {
          const row = months.get(Number(month[1]));
          const col = row && [...row.byColumn.keys()].filter((n) => monthColumn(n) === `${month[2] ? '末' : ''}${month[3]}`);
          const g = col?.length === 1 ? row!.byColumn.get(col[0])! : undefined;
          // Another year than the table's (上年同期, 2024年3月) is not its row.
          const years = [...before.matchAll(YEAR_AT)].map((y) => asciiDigits(y[1]));
          const own = FIRST_YEAR.exec(row?.caption ?? '')?.[1];
          const sameYear = !OTHER_TIME.test(before) && years.every((y) => own !== undefined && asciiDigits(own) === y);
          if (g && sameYear && !row!.all.some((x) => meets(intervalOf(f), intervalOf(x)))) out.push({ kind: 'conflict', subject: `${row!.label.replace(/[\s\u3000]/g, '')}${col![0]}`, period: '', first: g, second: f, firstIn: 'table' });
          continue;
        }
        if (OTHER_TIME.test(before)) continue;
        // 截至2025年底，个人住房贷款余额… / 滨河路…项目2025年支出责任…: the document's own year, and its end, is the time of
        // the table's column of that year (2025年, 2025年末, 2025年支出责任, 本年执行数); any other year or a time within
        // the year (6月末, 上半年, 年初) is not.
        const said = [...before.matchAll(YEAR_AT)].map((y) => asciiDigits(y[1]));
        ownYear ??= ownYearOf(ctx) ?? '';
        const withinYear = WITHIN_YEAR.test(before) || [...before.matchAll(MONTH_AT)].some((m) => asciiDigits(m[1]) !== '12' || !m[2]);
        if (said.length && (!ownYear || withinYear || said.some((y) => y !== ownYear))) continue;
        const label = labelBefore(block.text, f.start, s.start).replace(/[\s\u3000]/g, '').replace(LEAD, '');
        // 扣除运营期经营成本合计67,430万元 beside a table whose 合计 row reads 67,340 under 经营成本: the column's total,
        // restated. Only one table's 合计 row with that column.
        // (The label comes without the 合计 it ends with: the words right before the figure say it.)
        if (COLUMN_TOTAL.test(block.text.slice(Math.max(s.start, f.start - 6), f.start).replace(/[\s\u3000]/g, ''))) {
          // (A dated total, 2026年收入预算总计…, is the document's whole, not one table's column.)
          if (said.length) continue;
          const named = label.replace(COLUMN_TOTAL, '');
          for (let k = Math.min(named.length, MAX_COLUMN); k >= 2; k--) {
            const col = named.slice(-k);
            if (!columns.has(col)) continue;
            const entries = (rows.get(TOTAL_ROW_KEY) ?? []).filter((e) => e.byColumn.has(col));
            if (entries.length !== 1) break;
            const g = restatedCell(f, entries[0], col);
            if (g) out.push({ kind: 'conflict', subject: `${col}${entries[0].label.replace(/[\s\u3000]/g, '')}`, period: '', first: g, second: f, firstIn: 'table' });
            break;
          }
          continue;
        }
        // 其中再融资专项债券21,800万元 beside a table of debt by kind (rows 一般债务, 专项债务) under columns of bonds (新增债券,
        // 再融资债券): the kind written inside the column's name names the row.
        const kinded = item ? null : DEBT_KIND_IN_BOND.exec(label);
        if (kinded) {
          const col = `${kinded[1].replace(WHOLE_JURISDICTION_LEAD, '').replace(LEADING_TIME_VERB, '')}${kinded[3]}`;
          const entries = col.length >= 4 && columns.has(col) ? [`${kinded[2]}债务`, `${kinded[2]}债券`].flatMap((n) => rows.get(itemName(n)) ?? []).filter((e) => e.byColumn.has(col)) : [];
          if (entries.length === 1) {
            const g = restatedCell(f, entries[0], col);
            if (g) out.push({ kind: 'conflict', subject: `${entries[0].label.replace(/[\s\u3000]/g, '')}${col}`, period: '', first: g, second: f, firstIn: 'table' });
            continue;
          }
        }
        // The label's endings that name a column, longest first: a lookup each, not a scan of every column. After an
        // item's title the label may be the column alone (支出决算, 年初预算).
        let matched = false;
        for (let k = Math.min(label.length, MAX_COLUMN); k >= 2; k--) {
          const col = label.slice(-k);
          if (!columns.has(col)) continue;
          // 非遗传承保护子项目实际支出 beside the row 非遗传承保护 of a table of sub-projects: what kind of project the item
          // is (项目, 子项目) is no part of the row's name.
          const rest = projectRowName(label.slice(0, -col.length).replace(/的$/, ''), (n) => rows.has(itemName(n)));
          // 普棠县保障性租赁住房项目建设租赁住房1,260套，申请本批债券资金1.80亿元 / 公开招标项目86个，…，合同金额…: a column
          // named alone or after a verb alone is the statement's subject's, when the statement opens with a row's name.
          const subject = !item && (rest === '' || ASKED_FOR.test(rest)) ? opener(block, s, f.start) : undefined;
          const name = subject ?? (item && /^(?:支出|收入)?$/.test(rest) ? itemName(item) : itemName(rest));
          // A 功能分类 row names the item alone (公共卫生) where the text says 公共卫生支出: with no row of the
          // name as written, the name without its 支出 or 收入.
          // 竞争性磋商方式采购金额 beside the row 竞争性磋商 of a table by 采购方式; 岭东县获得一般性转移支付 beside the row 岭东县:
          // the kind the rows are of, or a verb of receiving, between the row's name and the column's is neither's.
          const bare = rows.has(name) ? name : subject ? name.replace(/(?:支出|收入)$/, '') : rowNameOf(name, rows);
          const entries = (bare.length >= MIN_NAME ? rows.get(bare) ?? [] : []).filter((e) => e.byColumn.has(col));
          if (entries.length !== 1) continue;
          const [e] = entries;
          matched = true;
          if (said.length && !(col.includes(`${ownYear}年`) || col === e.own)) break;
          // 县级一般债务限额126.80亿元 beside a table of 全市 debt by kind: the sentence names one level's own figure (县级,
          // 市本级), which a table its caption does not say is of that level does not hold.
          const level = OWN_LEVEL.exec(rest);
          if (level && !(e.caption ?? '').includes(level[0])) break;
          // A debt's 合计 named as the government's debt: only of the year the table's caption names, when the statement has one.
          const captionYear = DEBT_KINDS_ALIAS.test(col) ? FIRST_YEAR.exec(e.caption ?? '')?.[1] : undefined;
          if (captionYear && periodAt(f) && !periodAt(f)!.split('|').includes(asciiDigits(captionYear))) break;
          const g = restatedCell(f, e, col);
          if (g) out.push({ kind: 'conflict', subject: `${e.label}${col}`, period: '', first: g, second: f, firstIn: 'table' });
          break;
        }
        if (matched || withinYear || item) continue;
        // 医疗救助16,820万元 beside a table of 项目 | 支出金额 | 占比; 无形资产68.72亿元 beside 资产类别 | 2025年末 | 2024年末;
        // 市工业投资集团上缴利润11,260万元 beside 企业 | 上年决算数 | 本年执行数 presented as 分企业利润收入情况如下: a statement
        // opening with a row's name and naming no column (or only the measure the table is presented with) restates the
        // row's cell of the document's own period, when the table has one such column.
        const from = clauseStartBefore(block.text, f.start, s.start);
        const lead = block.text.slice(s.start, from);
        if (!OPENER_LEAD.test(lead) && !DATE_LEAD.test(lead)) continue;
        if (s.figures.some((x) => x.dimension === 'money' && x.start >= from && x.end <= f.start)) continue;
        const bare = bareRow(label.slice(0, OPENER_REACH), rows);
        if (!bare) continue;
        const g = restatedCell(f, bare, bare.own!, ownYear);
        if (g) out.push({ kind: 'conflict', subject: `${bare.label.replace(/[\s\u3000]/g, '')}${bare.own}`, period: '', first: g, second: f, firstIn: 'table' });
      }
    }
  }
  for (const c of kinds) if (!already.has(c.second.id) && !out.some((o) => o.second.id === c.second.id)) out.push(c);
  return out;
}

// Times within a year: a sentence of one is not of a column of the year or its end.
const WITHIN_YEAR = /年初|半年|季度|月份/;
const MONTH_AT = /([0-9０-９]{1,2})[\s\u3000]*月(末|底|31日)?/g;
// What may open a sentence before a row's name: the year, or its end, the column is of (截至2025年底，; 2025年12月31日，).
const DATE_LEAD = /^[\s\u3000]*(?:截至|截止|到)?[0-9０-９]{4}[\s\u3000]*年度?(?:末|底|12月(?:末|底|31日))?[，,][\s\u3000]*$/;
// A year in a column's head or a table's caption.
const YEAR_IN = /([0-9０-９]{4})[\s\u3000]*年/g;
// (12月 with 31日 after it: the period reads the month and drops the day.)
const YEAR_END = /^(?:年末|年底|12月(?:末|底)?)$/;
const LAST_YEAR_WORD = /上年|去年|以前/;
const THIS_YEAR_WORD = /^(?:本年|当年|本期)/;

// A document's first line as its title: no sentence in it (a title wrapped over two lines, or ending in 公告, is one still).
const TITLE_LINE = /^[^。；;，,：:]{4,60}$/;

/**
 * The year a document is of: the one year its title names (titleYear), or its first line's when that is a title
 * naming one year (燕北省2025年度…使用情况公告 over its issuer and date; 某市人民政府关于2025年度…, wrapped).
 */
function ownYearOf(ctx: ExtractContext): string | undefined {
  const year = titleYear(ctx);
  if (year.length === 1) return year[0];
  const first = ctx.doc.blocks.find((b) => b.text.trim());
  const t = first?.text.trim() ?? '';
  if (!TITLE_LINE.test(t)) return undefined;
  const years = new Set([...t.matchAll(YEAR_IN)].map((m) => asciiDigits(m[1])));
  return years.size === 1 ? [...years][0] : undefined;
}

/**
 * The one column of a table that holds the document's own period's money (the title's year): the table's only money
 * column when it names no other year (项目 | 支出金额 | 占比), or the one column of that year (2025年末, 2025年, 本年执行数)
 * when each other money column names another (2024年末, 上年决算数). None when the caption names another year or the
 * document's title no one year.
 */
function ownColumn(ctx: ExtractContext, table: readonly Block[], names: readonly string[], from: number): string | undefined {
  const year = ownYearOf(ctx);
  if (!year) return undefined;
  const y = year;
  const head = table[0];
  if ([...captionAbove(ctx, head.index).matchAll(YEAR_IN)].some((m) => asciiDigits(m[1]) !== y)) return undefined;
  const money = new Set<number>();
  for (let r = from; r < table.length; r++) {
    const row = table[r];
    if (!row.cells) continue;
    const figs = ctx.figuresByBlock[row.index];
    let k = 0;
    for (let c = 1; c < row.cells.length; c++) {
      const cl = row.cells[c];
      while (k < figs.length && figs[k].start < cl.start) k++;
      if (k < figs.length && figs[k].end <= cl.end && figs[k].dimension === 'money') money.add(c);
    }
  }
  // A column of rates or changes (同比增长%, 增减%, 投资进度) holds no level, whatever unit its cells are read in.
  const levels = [...money].filter((c) => !NOT_A_MEASURE.test(names[c] ?? '') && !RATE_HEAD.test(names[c] ?? ''));
  const cols = levels.filter((c) => (names[c] ?? '').length >= 2);
  if (cols.length !== levels.length || !cols.length) return undefined;
  const yearsOf = (n: string) => [...n.matchAll(YEAR_IN)].map((m) => asciiDigits(m[1]));
  const ofOwn = (n: string) => (yearsOf(n).length ? yearsOf(n).every((x) => x === y) : !LAST_YEAR_WORD.test(n));
  // Under a title naming a measure (2025年转移支付预算情况说明) a column naming none may be the budget or the outturn.
  const measure = titleMeasure(ctx);
  const said = (n: string) => !measure || n.includes(measure);
  if (cols.length === 1) return ofOwn(names[cols[0]]) && said(names[cols[0]]) ? names[cols[0]] : undefined;
  const own = cols.filter((c) => (yearsOf(names[c]).length > 0 && ofOwn(names[c])) || THIS_YEAR_WORD.test(names[c]));
  const others = cols.filter((c) => !own.includes(c));
  if (own.length !== 1 || !others.every((c) => LAST_YEAR_WORD.test(names[c]) || (yearsOf(names[c]).length > 0 && yearsOf(names[c]).every((x) => x !== y)))) return undefined;
  return said(names[own[0]]) ? names[own[0]] : undefined;
}

/** The words presenting a table: the blocks right above its head, each from its last sentence on (…。分企业利润收入情况如下：). */
function presentingWords(ctx: ExtractContext, head: number): string {
  let out = '';
  for (let i = head - 1; i >= 0 && head - i <= CAPTION_REACH; i--) {
    const b = ctx.doc.blocks[i];
    if (b.kind !== 'paragraph' && !(b.kind === 'table-row' && !b.cells)) break;
    const t = b.text.trim();
    const cut = Math.max(t.lastIndexOf('。'), t.lastIndexOf('；'), t.lastIndexOf(';'));
    out = `${t.slice(cut + 1)}${out}`;
    if (cut >= 0 || (t && !UNIT_NOTE.test(t) && !/^表/.test(t))) break;
  }
  return out;
}

// A verb of handing up before the measure a table of the treasury's income is presented with (上缴利润 in a table of 利润收入).
const REMITTED_AT = new RegExp(`^${REMITTED_VERB}`);

/**
 * The row a label opens with by its exact name (a 项目 after it allowed), when the rest of the label is nothing, or the
 * measure the table is presented with (支出, 利润收入; 上缴利润 for 利润收入), and the row is one table's only, with an own
 * column (ownColumn). The rest is not a measure the table has not: 医疗救助已支出… beside a table of 支出金额 is silent.
 */
function bareRow(label: string, rows: ReadonlyMap<string, NamedRow[]>): NamedRow | undefined {
  for (let k = label.length; k >= MIN_NAME; k--) {
    const name = projectRowName(itemName(label.slice(0, k)), (n) => rows.has(n));
    const entries = name.length >= MIN_NAME ? rows.get(name) : undefined;
    if (!entries) continue;
    const [e] = entries;
    if (entries.length !== 1 || !e.own || GENERIC_ROW.test(name)) return undefined;
    let rest = label.slice(k).replace(/^(?:子)?项目的?/, '').replace(/(?:为|是|达到?)$/, '');
    if (!rest) return e;
    // 高标准农田建设项目资金6,240万元 beside a table whose own column is 预算金额: the project's money named by a bare noun is
    // what it was given; never what it spent (a column 已支出 is not so named).
    if (BARE_MONEY_NOUN.test(rest)) return ALLOTTED_HEAD.test(e.own) ? e : undefined;
    const remitted = REMITTED_AT.exec(rest);
    rest = rest.slice(remitted?.[0].length ?? 0);
    if (rest.length < 2 || !e.presented) return undefined;
    const words = e.presented;
    // 利润 in a table of 利润收入: the remitted profit is the income; the enterprise's profit, said without the verb, is not.
    if (remitted) return words.includes(`${rest}收入`) ? e : undefined;
    for (let at = words.indexOf(rest); at >= 0; at = words.indexOf(rest, at + 1)) if (!/^(?:收入|支出)/.test(words.slice(at + rest.length))) return e;
    return undefined;
  }
  return undefined;
}

// An audit's table of its findings by kind: 问题类别 | 问题个数 | 涉及金额（万元） | ….
const KIND_HEAD = /^(?:问题)?(?:类别|类型|分类|方面)$/;
const COUNT_HEAD = /^(?:问题)?(?:个数|数量|数)$/;
const AMOUNT_HEAD = /^涉及(?:问题)?金额$/;
// A sentence's count of problems (发现问题15个, 共有问题15项, 15个问题) and the clause of their amount (涉及金额5,286.30万元).
const PROBLEM_COUNT = /问题(?:共)?([0-9]+)(?:个|项|条|处)|([0-9]+)(?:个|项|条|处)问题/g;
const AMOUNT_CLAUSE = /^涉及(?:问题)?金额(?:合计|共计|共|总计)?(?:为|达)?$/;
const KIND_REACH = 16;
const MAX_KINDS = 40;

/**
 * 审计共发现问题48个 with a table of them by kind (专项资金 | 15 | 5,286.30), and a section titled by one kind （二）专项资金管理使用方面
 * whose sentence gives that kind's count as the row does (发现问题15个) and its amount (涉及金额5,826.30万元): the sentence states
 * the row, and its amount restates the row's 涉及金额. Only a title naming one row's kind, a sentence whose one count of problems
 * is the row's, and one amount clause in it: a case within the kind (1.某局…涉及金额120万元) names no count of the kind's.
 */
function findingKindAmounts(ctx: ExtractContext): ConflictClaim[] {
  const kinds: Array<{ label: string; count: number; amount: DocFigure }> = [];
  for (const table of ctx.tables()) {
    const top = table[0];
    if (!top?.table?.header || !top.cells || !KIND_HEAD.test(columnName(cellText(top, 0)))) continue;
    const names = top.cells.map((_, c) => columnName(cellText(top, c)));
    const countAt = names.findIndex((n) => COUNT_HEAD.test(n));
    const amountAt = names.findIndex((n) => AMOUNT_HEAD.test(n));
    if (countAt < 0 || amountAt < 0) continue;
    for (let r = 1; r < table.length; r++) {
      const row = table[r];
      if (!row.cells || row.cells.length <= Math.max(countAt, amountAt)) continue;
      const label = columnName(cellText(row, 0));
      const count = asciiDigits(cellText(row, countAt)).trim();
      const cl = row.cells[amountAt];
      const figs = ctx.figuresByBlock[row.index].filter((f) => f.start >= cl.start && f.end <= cl.end);
      if (label.length < 2 || NOT_AN_ITEM.test(label) || !/^[0-9]+$/.test(count) || figs.length !== 1 || figs[0].dimension !== 'money' || figs[0].approximate) continue;
      kinds.push({ label, count: Number(count), amount: figs[0] });
    }
  }
  // A kind two rows give is no one row's.
  const times = new Map<string, number>();
  for (const k of kinds) times.set(k.label, (times.get(k.label) ?? 0) + 1);
  const once = kinds.filter((k) => times.get(k.label) === 1);
  if (!once.length) return [];
  const out: ConflictClaim[] = [];
  let kind: (typeof once)[number] | undefined;
  for (const b of ctx.doc.blocks) {
    if (isNumberedTitleBlock(b)) {
      // (A table of more kinds than a report has sections is no summary by kind: not looked through at every title.)
      const named = once.length <= MAX_KINDS ? once.filter((k) => b.text.includes(k.label)) : [];
      kind = named.length === 1 ? named[0] : undefined;
      continue;
    }
    if (!kind || b.kind !== 'paragraph') continue;
    for (const s of ctx.sentences(b)) {
      const counts = [...asciiDigits(s.text).matchAll(PROBLEM_COUNT)].map((m) => Number(m[1] ?? m[2]));
      if (counts.length !== 1 || counts[0] !== kind.count) continue;
      const amounts = s.figures.filter((f) => {
        if (f.role !== 'amount' || f.dimension !== 'money' || f.approximate) return false;
        const clause = clauseWithin(b.text, s.start, f.start, KIND_REACH);
        return clause !== undefined && AMOUNT_CLAUSE.test(clause.replace(/[\s\u3000]/g, ''));
      });
      if (amounts.length !== 1 || meets(intervalOf(amounts[0]), intervalOf(kind.amount))) continue;
      out.push({ kind: 'conflict', subject: `${kind.label}涉及金额`, period: '', first: kind.amount, second: amounts[0], firstIn: 'table' });
    }
  }
  return out;
}

// A clause of debt falling due in a year (2026年到期政府债务本金, 2027年到期的一般债务, 2029年及以后到期): the year, whether it runs
// on (及以后), and the kind of debt, if one.
const MATURITY_CLAUSE = /^(?:其中)?([0-9]{4})年度?(及以后|以后)?(?:到期|需偿还|应偿还|需偿还到期|应偿还到期)的?(?:地方)?(?:政府)?(一般|专项)?(?:政府)?(?:债务|债券)?(?:本金)?(?:规模|金额)?(?:为|是|达)?$/;
const MATURITY_REACH = 40;
// A maturity table's head over its years, and a row's year (2026年, 2029年及以后).
const MATURITY_HEAD = /^(?:到期|偿还)?(?:年度|年份)$/;
const MATURITY_ROW = /^([0-9]{4})年度?(及以后|以后)?$/;
// The column of all debt falling due in a year.
const MATURITY_TOTAL = /^(?:合计|总计|小计|政府债务|债务合计)$/;

/** The rows of the tables of debt by the year it falls due, by their year (2029及以后 for a row that runs on). */
function maturityRows(ctx: ExtractContext): Map<string, NamedRow> {
  return keyedRows(ctx, MATURITY_HEAD, (first) => {
    const m = MATURITY_ROW.exec(first);
    return m ? `${m[1]}${m[2] ? '及以后' : ''}` : undefined;
  });
}

/**
 * The rows of the tables whose first column's head `head` names, by the key `keyOf` reads from a row's first cell (a year, a
 * month), each with its single money figures by column. A key two rows give (a table by kind, another by level) is no one
 * row's. `measuresOnly` leaves out columns that name no measure (NOT_A_MEASURE), and `withCaption` keeps the table's title.
 */
function keyedRows<K>(ctx: ExtractContext, head: RegExp, keyOf: (first: string) => K | undefined, { measuresOnly = false, withCaption = false } = {}): Map<K, NamedRow> {
  const out = new Map<K, NamedRow>();
  const seen = new Set<K>();
  for (const table of ctx.tables()) {
    const top = table[0];
    if (!top?.table?.header || !top.cells || !head.test(columnName(cellText(top, 0)))) continue;
    const names = top.cells.map((_, c) => columnName(cellText(top, c)));
    const caption = withCaption ? captionAbove(ctx, top.index) : undefined;
    for (let r = 1; r < table.length; r++) {
      const row = table[r];
      if (!row.cells) continue;
      const key = keyOf(columnName(cellText(row, 0)));
      if (key === undefined) continue;
      if (seen.has(key)) {
        out.delete(key);
        continue;
      }
      seen.add(key);
      const entry: NamedRow = { label: cellText(row, 0), ...(withCaption ? { caption } : {}), byColumn: new Map(), all: [] };
      const figs = ctx.figuresByBlock[row.index];
      for (let c = 1; c < row.cells.length; c++) {
        const cl = row.cells[c];
        const inCell = figs.filter((f) => f.start >= cl.start && f.end <= cl.end);
        if (inCell.length !== 1 || inCell[0].dimension !== 'money' || inCell[0].approximate) continue;
        entry.all.push(inCell[0]);
        if (names[c] && !(measuresOnly && NOT_A_MEASURE.test(names[c])) && !entry.byColumn.has(names[c])) entry.byColumn.set(names[c], inCell[0]);
      }
      out.set(key, entry);
    }
  }
  return out;
}

// A clause of one month's figure: the month (3月, 3月份, 3月末), the whole area (全市), a verb of collecting or paying, then
// the name of a column (收入, 支出, 库款余额), with nothing else between. A level's own figure (市本级库款余额) is no row's
// of a table of the whole area.
const MONTH_CLAUSE = /^(?:其中)?([0-9]{1,2})月(?:份)?(末|底)?(?:全(?:省|市|区|县|州|镇|乡))?(?:国库)?(?:入库|拨付|实现|完成|发生|共)?([\u4e00-\u9fff]{2,10}?)(?:为|是|达到?)?$/;
const MONTH_REACH = 30;
// A table's head over its months, and a row's month (3月, 3月份).
const MONTH_HEAD = /^(?:月份|月度|月)$/;
const MONTH_ROW = /^([0-9]{1,2})月份?$/;
// A four-digit year as written, full-width digits too.
const YEAR_AT = /([0-9０-９]{4})[\s\u3000]*年/g;
const FIRST_YEAR = /([0-9０-９]{4})[\s\u3000]*年/;
/** A month table's column as a clause names it: 本月收入 is 收入, 月末库款余额 is 末库款余额 (said 3月末库款余额). */
const monthColumn = (n: string) => n.replace(/^(?:本月|当月)/, '').replace(/^月(?:末|底)/, '末');

/** The rows of the tables of a year's months (月份 | 收入 | 支出), by month; a month two tables give is no one row's. */
function monthRows(ctx: ExtractContext): Map<number, NamedRow> {
  return keyedRows(
    ctx,
    MONTH_HEAD,
    (first) => {
      const m = MONTH_ROW.exec(asciiDigits(first));
      return m ? Number(m[1]) : undefined;
    },
    { measuresOnly: true, withCaption: true },
  );
}

// A clause of one year's figure in a plan by year: the year, a verb of arranging (安排, 计划使用, 拟投入), then the name of a
// column, nothing else. What has already come in (已到位, 累计完成) or a stretch (截至…) is no row's plan.
const YEAR_CLAUSE = /^(?:其中)?([0-9]{4})年度?(?:计划|拟|预计)?(?:安排|使用|投入|筹集|落实|发行)?(?:的)?([\u4e00-\u9fff]{2,12}?)(?:为|是|达到?)?$/;
const YEAR_ROW_REACH = 30;
// A table's head over its years, and a row's year (2026年, 2026年度).
const YEAR_HEAD = /^(?:建设|实施|安排|资金安排|投资)?(?:年度|年份)$/;
const YEAR_ROW = /^([0-9]{4})年度?$/;
// A table of debt by the year it falls due is read as such (maturityRows), not as a plan by year.
const DUE_CAPTION = /到期|偿还|还本|付息|兑付/;

/** The rows of the tables of a plan by year (年度 | 专项债券资金 | 项目资本金 | 合计), by year; a year two tables give is no one row's. */
function yearRows(ctx: ExtractContext): Map<string, NamedRow> {
  const rows = keyedRows(
    ctx,
    YEAR_HEAD,
    (first) => YEAR_ROW.exec(asciiDigits(first))?.[1],
    { measuresOnly: true, withCaption: true },
  );
  for (const [k, r] of rows) if (DUE_CAPTION.test(r.caption ?? '')) rows.delete(k);
  return rows;
}

/** How many blocks above a table's head its title may stand (a 单位 note between). */
const CAPTION_REACH = 3;

/** The text of the blocks right above a table's head, up to a sentence: its title and unit note, or ''. */
function captionAbove(ctx: ExtractContext, head: number): string {
  let out = '';
  for (let i = head - 1; i >= 0 && head - i <= CAPTION_REACH; i--) {
    const b = ctx.doc.blocks[i];
    if ((b.kind !== 'paragraph' && !(b.kind === 'table-row' && !b.cells)) || /[。；;]/.test(b.text)) break;
    out = `${b.text}${out}`;
  }
  return out;
}
