import { projectAmountFacts } from './project-amounts.ts';
import type { Block } from '../document/types.ts';
import { isCaption, isTitleLine as titleLine, outlineMarker, readMarker } from '../document/markers.ts';
import type { ExtractContext } from '../reading/context.ts';
import type { DocFigure } from '../reading/types.ts';
import { normalSubject } from '../reading/names.ts';
import { stripTail } from '../reading/labels.ts';
import { flatCodeTableRows, flatLevelTableRows } from '../relations/code-table-rows.ts';
import { tableRestatementFacts } from './table-restatements.ts';
import { stockCountFacts } from './stock-counts.ts';
import { scoreTotalFacts } from './score-totals.ts';
import { auditTotalFacts } from './audit-totals.ts';
import { projectSpendingFacts } from './project-spending.ts';
import { carryOverFacts, departmentCarryOverFacts } from './carry-overs.ts';
import { grantTotalFacts } from './grant-totals.ts';
import { meets } from '../interval.ts';
import { intervalOf } from '../reading/figures/interval-of.ts';
import { asciiDigits } from '../document/digits.ts';
import { headRows, stackHeads } from '../reading/column-heads.ts';
import { PARTITIONS } from '../domain/tables.ts';
import { BUDGET_BOOK, EVERY_CLASS_ITEM, bookNamedIn, withoutBookMeasure } from '../domain/lexicon.ts';
import { itemOutturnFacts } from './item-outturns.ts';
import { REVENUE_PAID_IN } from '../domain/restatement-words.ts';

/**
 * A fact: one figure read as the value of a subject's measure in a period and
 * a scope. Only figures stated as levels in a clause of their own are facts:
 * "2024年机关运行经费支出326.40万元". A change, a share, a comparison, an
 * estimate, an average or a list member carries words that make it another
 * kind of statement, and is left out.
 */
export interface Fact {
  /** The normalised subject with its measure (机关运行经费支出, 公务接待费预算). */
  subject: string;
  /** The subject as written, for messages. */
  written: string;
  /** Years and dates the sentence (or, when it names none, the section) is about, as written: "2024" or "2024|6月末". */
  period: string;
  /** 全区, 本级, 市本级…; "" when not said. */
  scope: string;
  figure: DocFigure;
  /**
   * A statement that names too little to be compared with another sentence (非税收入204.16万元, a
   * clause opening with 其中，), but names a table row exactly: compared with tables only, as the
   * measure the document's title names (决算 in a 决算说明).
   */
  weak?: true;
  /**
   * A weak statement whose subject is only a budget book's measure (一般公共预算收入, 政府性基金预算支出), not a
   * part of a list: pinned down when it also names a jurisdiction and the title's year (readFacts).
   */
  general?: true;
  /**
   * A level stated in a clause that a frame opens (分科目看，X支出…万元; the next ；-clause of such a
   * list): the clause names its subject, but the frame may narrow it. Compared only with a row of a
   * 功能分类 table of the same section, never with another sentence.
   */
  framed?: true;
  /** A part of a 其中 list, dated and measured by its total's statement (readPartFacts). */
  part?: true;
}

// Words that make a clause something other than a plain statement of a level. (加上…, 扣除…: a step of a balance's sum.)
const NOT_A_LEVEL = /比|较|增|减|降|升|占|其中|节约|压|超|少|多|持平|平均|人均|均|共|合计|总计|累计|预计|计划|拟|约|以上|以下|以内|至|到|分别|差|剩余|结余|结转|每|单|标准|限额|额度|不|未|按|含|包括|用于|主要|涉及|其余|下达|提前|新增|补助|转移支付|分配|加上|扣除/;
// A subject must name money of some kind to be worth comparing across the document.
// (资产总额, 固定资产净值, 负债总额, 净资产: the stocks a unit's accounts state at the year's end.)
// (重点生态功能区转移支付, 均衡性转移支付: a kind of transfer named as what it is.)
// (项目总投资: what a project costs in all, the first figure of a project's disclosure.)
const MONEY_NOUN = /费|支出|收入|经费|资金|余额|债务|债券|预算|决算|拨款|采购|税$|资产(?:总额|净值)?$|负债(?:总额)?$|转移支付$|总投资额?$/;
// 契税收入, 增值税收入: a tax is a revenue already, and 收入 after its name names nothing more (a table's row says 契税). Not
// 非税收入 (the revenue that is no tax) nor 税收收入 (all the taxes).
const TAX_INCOME = /^(.*[^非]税)收入$/;
const taxName = (name: string) => name.replace(TAX_INCOME, '$1');
// A name this short is too general to be one fact, unless it is a tax's (增值税, 契税, 房产税) or a unit's own stock
// (资产总额, 负债总额 and 净资产, read as 资产, 负债, 净资产).
const tooShort = (name: string) => name.length < 4 && !/^[\u4e00-\u9fff]{1,3}税$/.test(name) && !/^(?:净?资产|负债)$/.test(name);
const SCOPE = /^(?:全(?:省|市|区|县|州|镇|乡)|(?:省|市|区|县|镇|乡)?本级|(?:省|市|区|县|镇|乡)级|我(?:省|市|区|县|镇|乡)|本部门|本单位|本(?:街道|镇|乡|局|委)(?!级))/;
const SCOPE_ANYWHERE = /全(?:省|市|区|县|州|镇|乡)|(?:省|市|区|县|镇|乡)?本级|(?:省|市|区|县|镇|乡)级|我(?:省|市|区|县|镇|乡)|本部门|本单位|本(?:街道|镇|乡|局|委)(?!级)/g;
/**
 * A clause without the names whose characters are no level words: the scope (本单位 has the 单 of 单价 in it), 公共
 * (一般公共预算, the 共 of 共计), 增值税 (the 增 of 增长), 耕地占用税 (the 占 of 占比: a tax named by what it taxes), 均衡性 and
 * 共同财政事权 (kinds of transfer: the 均 of 平均, the 共 of 共计).
 */
// And a clause ending in the name of a kind of transfer (重点生态功能区转移支付, 一般性转移支付收入) names it: 转移支付 is a
// level word only as a verb (通过转移支付下达, 转移支付给乡镇), before more words.
const levelWords = (clause: string) => clause.replace(TRANSFER_NAMED, '').replace(SCOPE_ANYWHERE, '').replace(/公共|增值税|耕地占用税|均衡性|共同财政事权/g, '');
// (上级补助收入, 事业单位补助收入: a revenue named as what it is, not 补助 as a verb.)
const TRANSFER_NAMED = /(?<=[\u4e00-\u9fff]{2})(?:转移支付(?:收入|支出)?|补助收入)(?:为|是|达到?)?$/;

// …and a clause that gives a cause or calls attention (受…影响，需要说明的是，) frames nothing either.
const SUMMING_UP = '(?:综上所述|综上|总的来看|总体来看|总体看|总体而言|总之|整体看|需要说明的是|受[^，,。；;：:0-9０-９]{2,16}影响)';
// 分险种看，城乡居民基本养老保险基金收入…: a fund named by itself, one by one, is the whole fund (a 险种 is not narrowed by
// being listed), unlike 分科目看, whose items may be a fund's part.
const BY_FUND = '(?:分|按|从)(?:险种|基金种类)(?:来?看|分)';
const MONTHS = '[0-9０-９]{1,2}(?:[-－—–~～至][0-9０-９]{1,2})?月(?:末|底|份)?';
const HALF_YEARS = '(?:上半年|下半年|前三季度|第?[一二三四]季度)';
const YEAR = /[0-9０-９]{4}(?=[\s\u3000]*年)/g;
const DATE = /(?:[0-9０-９]{1,2}(?:[-－—–~～至][0-9０-９]{1,2})?月(?:末|底|份)?|年初|年末|年底|上半年|下半年|前三季度|(?:第)?[一二三四]季度|上年|去年)/g;
// The months a half or a quarter is (上半年 is 1-6月): a report says either of one stretch of its year.
const PERIOD_MONTHS: Record<string, string> = { 上半年: '1-6月', 下半年: '7-12月', 前三季度: '1-9月', 一季度: '1-3月', 二季度: '4-6月', 三季度: '7-9月', 四季度: '10-12月' };
/** A date as one spelling: 1至6月份 and 上半年 are 1-6月, 第一季度 is 1-3月. */
export function canonicalDate(d: string): string {
  const t = toAscii(d).replace(/^第/, '');
  return PERIOD_MONTHS[t] ?? t.replace(/[－—–~～至]/, '-').replace(/月份$/, '月');
}

/** A fact's period as one spelling, for telling whether two statements are of the same stretch of time. */
export function periodKey(period: string): string {
  return [...new Set(period.split('|').map(canonicalDate))].sort().join('|');
}

// What may open a sentence before the clause of its level: a summing-up word (综上，), then a
// time (2024年，; 1-11月，; 截至6月末，; 上半年，). Anything else frames the clause otherwise.
const LEADING_TIME = new RegExp(
  `^[\\s\\u3000]*(?:(?:${SUMMING_UP}|${BY_FUND})[，,]?[\\s\\u3000]*)?(?:(?:截至|截止|到)?(?:[0-9０-９]{4}[\\s\\u3000]*年度?(?:[0-9０-９]{1,2}月(?:末|底)?)?|${MONTHS}|${HALF_YEARS})(?:[0-9０-９]{1,2}日)?(?:底|末|初)?[，,][\\s\\u3000]*)?$`,
);
const GENERIC_WORDS = /一般公共预算|政府性基金预算|国有资本经营预算|财政拨款|年初|全年|调整|本年|当年|预算|决算|执行|支出|收入|拨款|资金|经费|数|额|总|合计|本级|部门|单位/g;
// Names shorter than a generic test allows that still name one thing: “三公”经费.
const SHORT_NAME = /三公/;
const CLAUSE_MARKS = '，,；;。：:！？!?';
// What a subject ends with that is not its name: 为, 是, 达, 达到 (taken off by a loop, stripTail:
// `(?:为|是|达|达到)+$` retried the run from each of its characters).
const VERB_TAIL = ['达到', '为', '是', '达'];
// Verbs a revenue or spending level is reported with (收入累计完成52,318万元): the level of the
// period, not a sum of several things (which 累计 alone may be), and not part of the subject's name.
const LEVEL_VERBS = ['累计完成', '累计实现', '完成', '实现'];
// A range of months (1-11月) is one date.
const DIGITS = /[0-9０-９]+(?:[-－—–~～至][0-9０-９]+)?/g;
const DATE_WORD_AFTER = /[\s\u3000]*(?:年|月|日|号)/y;
/**
 * `s` without the numbers a 年, 月, 日 or 号 follows. Each run of digits is read whole and the word
 * tested after it: a lookahead in the pattern (`[0-9]+(?=\s*年)`) retried the run from each digit.
 */
function withoutDateNumbers(s: string): string {
  return s.replace(DIGITS, (run: string, at: number) => {
    DATE_WORD_AFTER.lastIndex = at + run.length;
    return DATE_WORD_AFTER.test(s) ? '' : run;
  });
}

const COMPARED_YEAR = /(?:比|较|同比|与|对比)(?:上年|去年)(?:同期)?/g;
// 完成年初预算的94.2%, 决算数小于年初预算数: the budget set at the year's start named as what a level is measured against,
// not a time the next sentence is about.
const COMPARED_BUDGET = /(?:完成|为|占|比|较|相当于|超过?|低于|高于|小于|大于|等于|达到)了?年初(?:预算|计划)/g;
const toAscii = asciiDigits;

// Called for every sentence and every candidate fact: YEAR reads full-width digits as they are,
// so only the four digits it finds are made ASCII, not the whole text first.
function periodOf(text: string): string[] {
  const found = new Set<string>();
  for (const m of text.matchAll(YEAR)) found.add(toAscii(m[0]));
  for (const m of text.matchAll(DATE)) found.add(m[0]);
  return [...found].sort();
}

// By code unit: `CLAUSE_MARKS.includes(text[i])` made a string of every CJK character it looked at.
const CLAUSE_MARK_CODES = new Set([...CLAUSE_MARKS].map((c) => c.charCodeAt(0)));
const isClauseMark = (c: number) => CLAUSE_MARK_CODES.has(c);

// A row's number before its name: 一、, （二）, 3.
const ROW_NUMBER = /^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十0-9０-９]{1,3}[）)]、?|[0-9０-９]{1,2}[.．、]|[一二三四五六七八九十]{1,3}[ \u3000]+(?=[\u3400-\u9fff]{2}))/;
// A head cell over a column of item names: 支出项目, 项目, 科目名称, 收入.
const ITEM_HEAD = /^(?:收入|支出)?(?:项目|科目|科目名称|名称)$|^(?:收入|支出)$/;
// A table column that names one measure, with or without its year: 2025年预算数, 决算数, 本年决算数, 上年预算数.
// (完成数 in an execution report's table is what was collected or spent: its 执行数. 预计执行数, in a report made before the
// year's books close, is the only outturn it has: what its prose states as the year's execution, 预计 or not.)
const MEASURE_COLUMN = /^(?:([0-9]{4})年度?|(本年|上年)度?)?(预算|决算|执行|完成|预计执行|预计完成)数?$/;
/** The measure a column head MEASURE_COLUMN read names: 完成数 and 预计执行数 are 执行. */
const columnMeasure = (m: RegExpExecArray) => (m[3] === '预算' || m[3] === '决算' ? m[3] : '执行');

/**
 * A table cell as a fact: the row's label is the subject, the column's
 * measure (预算数, 2024年决算数) completes it, and the column's year (or the
 * section's) is the period. Only columns that name a measure and nothing
 * else take part; rows that detail the one above (其中, indented) do not.
 */
function tableFact(ctx: ExtractContext, block: Block, sectionPeriod: string[], stretch: readonly string[] = [], flow?: string, book = false): Fact[] {
  const header = headerOf(ctx, block.table!.id);
  if (!header?.cells || !block.cells || block.table!.header) return [];
  const heads = headsOf(ctx, header);
  // 支出功能分类科目 over 养老服务, 老年福利: the classification of spending, so its rows name spendings by what they are
  // for, as a caption naming 支出 does (the text says 养老服务支出).
  flow ??= SPENDING_CLASS_HEAD.test(heads[0] ?? '') ? '支出' : undefined;
  // The row's item under a label cell, or undefined: an indented or a total row, a name of no money.
  const named = (label: string) => {
    if (/其中|合计|总计|小计/.test(label) || (INDENTED.test(label) && !namedPartRow(ctx, block, label))) return undefined;
    // 一、一般公共预算拨款收入: the row's number is no part of its name.
    const item = taxName(normalSubject(label.trim().replace(ROW_NUMBER, '')));
    // 城乡居民基本养老保险基金 in a 收入 table: the fund's income. And 国有企业政策性补贴, 国有企业资本金注入 in a table captioned
    // …支出执行表: an item of that spending, named by what it is for (the text says 国有企业政策性补贴支出).
    const flowed = !!flow && (FUND_ROW.test(item) || (!MONEY_NOUN.test(item) && !tooShort(item) && !FLOW_WORD.test(item)));
    const name = flowed ? `${item}${flow}` : item;
    if (tooShort(name) || !MONEY_NOUN.test(name)) return undefined;
    return { name, written: `${label.trim().replace(ROW_NUMBER, '')}${flowed ? flow : ''}` };
  };
  let row = named(cellText(block, 0));
  // 险种 | 收入 | 支出 | 当年结余: a row naming a fund under columns that each name one of its flows states the fund's income
  // and spending, of the measure the title or section names (a 社会保险基金预算's table is its budget).
  const fund = fundRow(cellText(block, 0));
  if (!row && !book && !fund) return [];
  let { name, written } = row ?? { name: '', written: '' };
  const out: Fact[] = [];
  for (let c = 1; c < block.cells.length; c++) {
    const m = MEASURE_COLUMN.exec(heads[c] ?? '');
    const flowHead = fund && !flow ? FLOW_COLUMN.exec(heads[c] ?? '') : null;
    if (flowHead && fund) {
      const figs = ctx.figuresByBlock[block.index].filter((f) => f.start >= block.cells![c].start && f.end <= block.cells![c].end);
      if (figs.length !== 1 || figs[0].dimension !== 'money' || figs[0].approximate) continue;
      const measure = flowHead[2] ? (flowHead[2] === '完成' ? '执行' : flowHead[2]) : measuresOf(ctx)(block.index);
      out.push({ subject: `${fund.name}${flowHead[1]}${measure}`, written: `${fund.written}${flowHead[1]}${measure}`, period: sectionPeriod.join('|'), scope: '', figure: figs[0] });
      continue;
    }
    // A second label (收入 项目 | 预算数 | 支出 项目 | 预算数, two tables side by side): the columns after it are its
    // row's. Read only in a table of one budget book that the document's title names too (表1 …一般公共预算收支决算总表 in
    // an 一般公共预算决算情况说明): a department's 收支总表's spending side is of every fund, and a fund's own table names
    // its rows alike, but a book's table and its report are of the one book.
    if (!m && ITEM_HEAD.test(heads[c] ?? '')) {
      // | | 项目 | 2025年预计执行数 | over | 契税 | | 18.62 |: a PDF reader that split the column of names keeps its head over
      // an empty column beside it; the names' column has none. That head is the first column's, no second label.
      if (c === 1 && !heads[0] && !cellText(block, c).trim()) continue;
      if (!book) break;
      row = named(cellText(block, c));
      if (!row) break;
      ({ name, written } = row);
      continue;
    }
    if (!row) continue;
    const run = m ? undefined : runningColumn(heads[c] ?? '', stretch);
    // 年末数, 期末数: a stock at the end of the section's year, stated as the text states it (资产总额86,420.58万元).
    const stock = !m && !run && STOCK_COLUMN.test(heads[c] ?? '') && STOCK_NOUN.test(name);
    // 项目 | 2024年 | 2025年 | 增减%: a column of one year's levels, in a document whose title and section name no measure
    // (a 转移支付情况说明): the row's level for that year, as a sentence of that year naming no measure states it.
    const year = !m && !run && !stock ? YEAR_COLUMN.exec(heads[c] ?? '') : null;
    const yearly = !!year && measuresOf(ctx)(block.index) === '';
    if (!m && !run && !stock && !yearly) continue;
    const figs = ctx.figuresByBlock[block.index].filter((f) => f.start >= block.cells![c].start && f.end <= block.cells![c].end);
    if (figs.length !== 1 || figs[0].dimension !== 'money' || figs[0].approximate) continue;
    if (yearly) {
      out.push({ subject: name, written, period: year![1], scope: '', figure: figs[0] });
      continue;
    }
    // 1—10月累计 in a report of January to October: the running total, stated as the text states it (累计完成…), with
    // no measure of its own (the section's, if any, is added to both alike).
    if (run || stock) {
      out.push({ subject: name, written, period: run ? run.join('|') : sectionPeriod.join('|'), scope: '', figure: figs[0] });
      continue;
    }
    if (!m) continue;
    // 本年决算数, 上年决算数: the title's year and the one before, when the title names one year and the section
    // is of it (under a title of two years, or a table titled with its own year, 本年 is not known).
    let period = (m[1] ? [m[1]] : sectionPeriod).join('|');
    if (m[2]) {
      const year = titleYear(ctx);
      if (year.length !== 1 || sectionPeriod.join('|') !== year[0]) continue;
      period = m[2] === '上年' ? String(Number(year[0]) - 1) : year[0];
    }
    const measure = columnMeasure(m);
    out.push({ subject: `${name}${measure}`, written: `${written}${measure}`, period, scope: '', figure: figs[0] });
  }
  return out;
}

// A row label indented under the row above (a 其中 row of its table).
const INDENTED = /^(?:[\s\u3000]{2,}|\u3000)/;

/**
 * An indented row that names a thing of its own (　罚没收入, 　国有资源（资产）有偿使用收入 under 非税收入): a part of the row
 * above, but stated as plainly as a row of its own would be. Not a name that stands under many wholes (其他…, 行政运行)
 * nor one printed twice in the table (a part of each of two wholes): those name no one thing.
 */
function namedPartRow(ctx: ExtractContext, block: Block, label: string): boolean {
  const name = normalSubject(label.trim().replace(ROW_NUMBER, ''));
  if (!name || EVERY_CLASS_ITEM.test(name)) return false;
  return rowNameCounts(ctx, block).get(name) === 1;
}

// How many rows of each table print each name, counted once per table: asked for each indented row, a walk over the
// table's rows grew with the square of a long table.
const rowNames = new WeakMap<ExtractContext, Map<number, Map<string, number>>>();
function rowNameCounts(ctx: ExtractContext, block: Block): Map<string, number> {
  let tables = rowNames.get(ctx);
  if (!tables) rowNames.set(ctx, (tables = new Map()));
  const id = block.table!.id;
  let counts = tables.get(id);
  if (counts) return counts;
  counts = new Map();
  const blocks = ctx.doc.blocks;
  let first = block.index;
  while (first > 0 && blocks[first - 1].table?.id === id) first--;
  for (let k = first; k < blocks.length && blocks[k].table?.id === id; k++) {
    const n = normalSubject(cellText(blocks[k], 0).trim().replace(ROW_NUMBER, ''));
    counts.set(n, (counts.get(n) ?? 0) + 1);
  }
  tables.set(id, counts);
  return counts;
}

// A column of one flow of each row's fund: 收入, 支出, 收入预算数.
const FLOW_COLUMN = /^(收入|支出)(?:(预算|决算|执行|完成)数?)?$/;

/** The fund a table row names by itself (城乡居民基本养老保险基金), or undefined: a total, a 其中 or an indented row. */
function fundRow(label: string): { name: string; written: string } | undefined {
  if (/^(?:[\s\u3000]{2,}|\u3000)/.test(label) || /其中|合计|总计|小计/.test(label)) return undefined;
  const written = label.trim().replace(ROW_NUMBER, '');
  const name = normalSubject(written);
  return FUND_ROW.test(name) && name.length >= 4 ? { name, written } : undefined;
}

// A column head of one year and nothing else: 2025年, 2024年度.
const YEAR_COLUMN = /^([0-9]{4})年度?$/;

// A row naming a fund and nothing of it: 城乡居民基本医疗保险基金, 国有土地收益基金.
const FUND_ROW = /基金$/;
// The head over a column of spending classes: 支出功能分类科目, 功能分类科目名称 (功能分类 classifies spending only).
const SPENDING_CLASS_HEAD = /^(?:支出)?功能分类(?:科目)?(?:名称)?$/;
// A row that names a flow or a stock of its own (结转, 结余, 调出, 补助, 返还, 转移支付): no item of the caption's flow.
const FLOW_WORD = /收|支|结转|结余|调入|调出|补助|返还|转移|上解|还本|付息|债/;

/** The one flow a caption names (社会保险基金收入执行情况表 → 收入), or undefined: none, or both (收支). */
function captionFlow(text: string): string | undefined {
  const t = text.replace(/收支/g, '收入支出');
  const income = t.includes('收入');
  const spending = t.includes('支出');
  return income === spending ? undefined : income ? '收入' : '支出';
}

const cellText = (b: Block, c: number) => (b.cells?.[c] ? b.text.slice(b.cells[c].start, b.cells[c].end) : '');

/** A table row's item as its facts name it: the first cell without its number (一、, 1.) or 其中：, normalised. */
export function rowItem(block: Block): string {
  return normalSubject(cellText(block, 0).trim().replace(/^其中[：:]?[\s\u3000]*/, '').replace(ROW_NUMBER, ''));
}

// A column of stocks at the year's end, and the things stated so.
const STOCK_COLUMN = /^(?:年末|期末)(?:数|余额|金额)?$/;
const STOCK_NOUN = /资产(?:总额|净值)?$|负债(?:总额)?$|余额$/;

// A column of the running total of a stretch of the year: 1—10月累计, 1-6月完成数, 1—6月支出, 累计完成, 本年累计.
const RUNNING_COLUMN = new RegExp(`^(?:([0-9０-９]{4})年度?)?(${MONTHS}|${HALF_YEARS})?(本年|本期)?(累计)?(?:完成|执行|实现|收入|支出)?(?:数|额)?(?:[（(](?:万元|亿元|元)[）)])?$`);

/** The period of a running-total column in a report of a stretch (titleStretch), or undefined. */
function runningColumn(head: string, stretch: readonly string[]): string[] | undefined {
  if (stretch.length !== 2) return undefined;
  const m = RUNNING_COLUMN.exec(head);
  // A stretch named, or 累计 said: a bare 完成数 is MEASURE_COLUMN's, a bare year no running total.
  if (!m || !(m[2] || m[4])) return undefined;
  if (m[1] && asciiDigits(m[1]) !== stretch[0]) return undefined;
  if (m[2] && canonicalDate(m[2]) !== canonicalDate(stretch[1])) return undefined;
  return [...stretch];
}

/**
 * Each column's head, without spaces, over as many rows as it runs (reading/column-heads.ts headRows): a head over
 * two rows, whose second row a Markdown table counts as the body's first. The rows are read through the context,
 * so that a memoised reading of a row knows it depends on them.
 */
function headsOf(ctx: ExtractContext, header: Block): string[] {
  const following = [1, 2].map((k) => ctx.doc.blocks[header.index + k]).map((r) => (r?.table?.id === header.table!.id ? r : undefined));
  return stackHeads(headRows(header, following, (r) => ctx.figuresByBlock[r.index].length > 0, cellText)).map((h) => h.replace(/[\s\u3000]/g, ''));
}

// Each table's header row, found once per document: a search of every block per table row was
// quadratic in a draft with many tables.
const headers = new WeakMap<ExtractContext, Map<number, Block>>();
function headerOf(ctx: ExtractContext, table: number): Block | undefined {
  let m = headers.get(ctx);
  if (!m) {
    m = new Map();
    for (const b of ctx.untracked.doc.blocks) if (b.table?.header && !m.has(b.table.id)) m.set(b.table.id, b);
    headers.set(ctx, m);
  }
  const h = m.get(table);
  // Read through the context, so that a memoised reading of a row knows it depends on its header.
  return h && ctx.doc.blocks[h.index];
}

// A numbered title kept as a paragraph (a Word file's, a PDF's), which may name its year:
// 一、2024年一般公共预算执行情况. It ends nothing, and its year is its section's period, as a heading's is.
// (A title line takes no digit at all: a row of a flattened table, 一、收入合计1,234, is no title.)
const YEAR_TITLE_REST = /^(?:[^，。；;,、0-9０-９]|[0-9０-９]{4}年)+$/;
const yearTitle = (text: string) => {
  const m = outlineMarker(text);
  return !!m && YEAR_TITLE_REST.test(text.slice(m.length));
};
const isTitleLine = (text: string) => text.length <= 40 && (titleLine(text) || yearTitle(text));

// 本街道 in a subdistrict's disclosure, 本局 in a bureau's: the document's own unit, as 本部门 is.
const OWN_SCOPE = /^(?:本部门|本单位|本街道|本镇|本乡|本局|本委)$/;
// A subject that is a spending, whose measure the title may name (an income or a balance may be neither's).
const OWN_MEASURE_NOUN = /(?:费|经费|支出)$/;
// In a 决算 a revenue stated with no measure is the year's outturn too (国有土地使用权出让收入), unless its name
// holds a budget word of its own (预算收入, 年初安排的收入).
const OUTTURN_INCOME = /^(?!.*(?:预算|安排|计划|目标)).*(?:收入|税)$/;
// What the title says the document's figures are: 决算 in a 部门决算说明, 预算 in a 预算草案.
const TITLE_MEASURE = /决算|预算/;
const HAS_MEASURE = /(?:预算|决算|执行)数?$/;
const SPENDING_SAID_TWICE = /(费)支出(?=(?:预算|决算|执行)?数?$)/;

// A body named for the budget: 预算工作委员会, 预算委员会, 预算审查委员会.
const BUDGET_BODY = /预算(?:工作|审查)?委员会|预算委|预工委/g;

/** The measure the document's title names (its first non-empty block, when short): 决算, 预算 or ''. */
export function titleMeasure(ctx: ExtractContext): string {
  const first = ctx.doc.blocks.find((b) => b.text.trim());
  if (!first || first.text.length > 80 || /[。；;]/.test(first.text)) return '';
  // The 预算 of a budget book's name (国有资本经营预算) is no measure: 国有资本经营预算决算 is a 决算, and
  // 预算执行情况 reports actuals (a column named 决算数 or 执行数), never the budget. A book named alone
  // (2025年政府性基金预算) is still a 预算.
  // Nor is the 预算 of a body's name (人大常委会预算工作委员会关于2025年决算的审查意见): the title's measure is 决算.
  let text = withoutBookMeasure(first.text).replace(BUDGET_BODY, '');
  if (/执行/.test(text)) text = text.replace(/预算/g, '');
  const m = text.match(/决算|预算/g) ?? (BUDGET_BOOK.test(first.text) && !/执行/.test(text) ? ['预算'] : null);
  // A title naming both (2024年预算执行情况和2025年预算草案, 决算及预算) says nothing of one statement.
  return m && new Set(m).size === 1 && TITLE_MEASURE.test(m[0]) ? m[0] : '';
}

/** Reads the facts of the document's paragraphs and tables, in order. */
/**
 * What makes two facts one: scope, subject with its measure, period. In a department's own disclosure
 * 本部门 and 本单位 are the document's subject, as a statement naming no scope is; and a spending that
 * names no measure states the one the title names (决算 in a 部门决算说明): 本部门“三公”经费财政拨款支出
 * is “三公”经费财政拨款支出决算.
 */
export function factKey(f: Fact, stated: string): string {
  // 1—6月, 1-10月: what a stretch of months brought in or spent is its outturn so far (no budget is set by the month),
  // under a section naming no measure too (七、下阶段工作: 上半年，…支出321,480万元).
  const measure = stated || (RUNNING_MONTHS.test(periodKey(f.period)) ? '执行' : '');
  const scope = OWN_SCOPE.test(f.scope) ? '' : f.scope;
  // 机关运行经费支出 is 机关运行经费: a 费 is a spending already, 支出 after it names nothing more.
  const named = f.subject.replace(SPENDING_SAID_TWICE, '$1');
  const subject = measure && !HAS_MEASURE.test(named) && (OWN_MEASURE_NOUN.test(named) || ((measure === '决算' || measure === '执行') && OUTTURN_INCOME.test(named))) ? `${named}${measure}` : named;
  return `${scope}|${subject}|${periodKey(f.period)}`;
}

// A period running from January: 1-6月 (上半年 read as it).
const RUNNING_MONTHS = /(?:^|\|)1-[0-9]{1,2}月(?:$|\|)/;

export function readFacts(ctx: ExtractContext): Fact[] {
  const read = readAllFacts(ctx);
  const all = projectTotals(ctx, read.some((f) => f.framed) ? read.filter((f) => !f.framed) : read);
  const coded = codeTableFacts(ctx, read);
  if (coded.length) all.push(...coded);
  for (const f of itemBudgetFacts(ctx)) all.push(f);
  for (const f of tableRestatementFacts(ctx)) all.push(f);
  for (const f of stockCountFacts(ctx)) all.push(f);
  for (const f of projectAmountFacts(ctx, titleYear(ctx))) all.push(f);
  for (const f of scoreTotalFacts(ctx)) all.push(f);
  for (const f of auditTotalFacts(ctx, titleYear(ctx))) all.push(f);
  for (const f of projectSpendingFacts(ctx, titleYear(ctx))) all.push(f);
  for (const f of itemOutturnFacts(ctx, titleYear(ctx), titleMeasure(ctx))) all.push(f);
  for (const f of carryOverFacts(ctx)) all.push(f);
  for (const f of departmentCarryOverFacts(ctx)) all.push(f);
  for (const f of grantTotalFacts(ctx, titleMeasure(ctx))) all.push(f);
  // A budget's revenue said plainly of its own year may restate a row, which alone tells its measure (below).
  const titled = titleMeasure(ctx);
  const ownYear = titled === '预算' ? titleYear(ctx) : [];
  const plainIncome = (f: Fact) => ownYear.length === 1 && f.period === ownYear[0] && !f.weak && !f.framed && !f.part && !HAS_MEASURE.test(f.subject) && OUTTURN_INCOME.test(f.subject);
  if (!all.some((f) => f.weak || plainIncome(f))) return all;
  // A weak statement is compared with a table row that states its subject with the title's measure, or, under a
  // title that names two (2024年预算执行情况和2025年预算草案), with its section's (二、2025年财政预算安排).
  const measureAt = measuresOf(ctx);
  // 2026年市级政府性基金预算支出安排443,900万元 and, sections on, 市级政府性基金预算支出434,900万元: a book's spending
  // names little, but under a title of one measure and one year (2026年市级政府性基金预算草案的说明), said of a
  // jurisdiction (市级, 全县) for the title's year in the prose, it is that jurisdiction's figure of that measure, one fact
  // wherever it is said. Of the department's own scope it is left to the tables: a unit's 财政拨款支出 is said of its
  // 基本 and 项目 parts too.
  // A title of one year's execution (2025年度县本级预算执行…的审计工作报告) names no measure of its own (its 预算 is the book's),
  // but its sections do (一、县本级预算执行…情况 → 执行): a jurisdiction's total there is pinned by the section's measure.
  const year = titled || EXECUTED_TITLE.test(titleText(ctx)) ? titleYear(ctx) : [];
  const pinned = (f: Fact) =>
    !!f.general && year.length === 1 && f.period === year[0] && !!f.scope && !OWN_SCOPE.test(f.scope) && ctx.doc.blocks[f.figure.block].kind === 'paragraph' && !f.figure.approximate;
  // 本单位, 本部门: the document's own unit, as a table row naming no scope is.
  const key = (f: Fact, subject: string) => `${OWN_SCOPE.test(f.scope) ? '' : f.scope}|${subject}|${f.period}`;
  const rows = new Set(all.filter((f) => !f.weak && f.figure.block !== undefined && ctx.doc.blocks[f.figure.block].kind === 'table-row').map((f) => key(f, f.subject)));
  // The document's one whole, looked for once a reading (a memoised reading does not keep it between calls).
  let whole: string | undefined;
  const wholeOf = (f: Fact) => (f.general && !f.scope && ctx.doc.blocks[f.figure.block].kind === 'paragraph' && !f.figure.approximate ? (whole ??= soleWholeScope(ctx)) : '');
  const out: Fact[] = [];
  for (const f of all) {
    // 国有资源（资产）有偿使用收入29,040万元 in a note under 2026年…收入预算表: in a document whose title names the budget and one
    // year, a revenue of that year stated with no measure (a spending takes the title's measure by factKey; a revenue may be
    // last year's outturn told in the budget) restates the budget row of its name and year, when the tables print one.
    if (plainIncome(f) && ctx.doc.blocks[f.figure.block].kind === 'paragraph' && rows.has(key(f, `${f.subject}预算`))) {
      out.push({ ...f, subject: `${f.subject}预算` });
      continue;
    }
    if (!f.weak) {
      out.push(f);
      continue;
    }
    // 税收收入决算84,620万元 names its measure itself: compared with the row that names the same.
    if (HAS_MEASURE.test(f.subject)) {
      const subject = [f.subject, f.subject.replace(GRANT_INCOME, '拨款')].find((s) => rows.has(key(f, s)));
      if (subject) out.push({ ...f, subject });
      continue;
    }
    // A row naming no measure either (a running total's, 1—9月累计): the same statement.
    if (rows.has(key(f, f.subject))) {
      out.push(f);
      continue;
    }
    // 上半年一般公共预算支出3,586万元 in a town's report whose every statement naming a jurisdiction says 全镇: a book's
    // total naming no scope, matching no row, is of the one jurisdiction the document speaks of, pinned as a scoped one
    // is: by a stretch of months here, by the title's measure and year below. A document naming two levels (全市 and
    // 市本级) or the parts of its whole (各区县) leaves it unknown.
    if (/月|季度|半年/.test(f.period) && wholeOf(f)) {
      const { weak: _weak, general: _general, ...plain } = f;
      out.push({ ...plain, scope: wholeOf(f) });
      continue;
    }
    const measure = measureAt(f.figure.block);
    if (!measure) continue;
    // 本部门2026年政府性基金预算支出…: a department spends of a book only what the book grants it, its 政府性基金预算拨款支出, one
    // fact with that part of its 财政拨款支出 (readPartFacts). Only of the department's own scope, under a department's title.
    if (f.general && OWN_SCOPE.test(f.scope) && BOOK_SPENDING.test(f.subject) && DEPARTMENT_TITLE.test(titleText(ctx))) {
      out.push({ ...f, subject: `${f.subject.replace(BOOK_SPENDING, '$1预算拨款支出')}${measure}` });
      continue;
    }
    // 政府性基金预算拨款收入 in the text, 政府性基金预算拨款 as a row of a revenue table: a 拨款 is what the unit receives,
    // 收入 after it names nothing more.
    const subject = [`${f.subject}${measure}`, `${f.subject.replace(GRANT_INCOME, '拨款')}${measure}`].find((s) => rows.has(key(f, s)));
    if (subject) out.push({ ...f, subject, written: `${f.written}` });
    else if (pinned(f)) out.push({ ...f, subject: `${f.subject.replace(ARRANGED, '')}${measure}` });
    else {
      const whole = wholeOf(f);
      if (whole && pinned({ ...f, scope: whole })) out.push({ ...f, scope: whole, subject: `${f.subject.replace(ARRANGED, '')}${measure}` });
    }
  }
  return out;
}

// The jurisdiction a document speaks of as a whole (全镇), when it names no other: no level (本级, 市级), no own unit
// (本部门), no parts of it (区县, 各乡镇, 分级次). Read once per lint.
const WHOLE_SCOPE = /^全(?:省|市|区|县|州|镇|乡)$/;
const PARTS_OF_A_WHOLE = /区县|县区|县市区|乡镇|街道|各(?:省|市|区|县|州|镇|乡)|分级次|市直|县直|区直|下辖|所辖|辖区/;
const wholeScopes = new WeakMap<ExtractContext, string>();
// 项目总投资, 本项目总投资, 该项目总投资额: a project's total that names no project.
const BARE_PROJECT_TOTAL = /^(?:本|该)?项目总投资额?$/;
// A line naming a project as what follows is about (潮湾港冷链物流园项目, （二）城西片区污水管网改造项目): a name before 项目.
const PROJECT_LINE = /^[^，,。；;：:]{4,40}项目$/;
const PROJECT_LINE_LENGTH = 48;

/**
 * 项目总投资86,400万元 in the project's outline and 项目总投资8.64亿元 among its risks: a project's total cost is one figure
 * whatever part of its disclosure restates it, and of no year (the sentences name none; the title's is the bond's). Kept
 * only where the document names one project in a line of its own: a disclosure of several projects says 项目总投资 of
 * each under its own name, and then the bare name is none's in particular.
 */
function projectTotals(ctx: ExtractContext, facts: Fact[]): Fact[] {
  if (!facts.some((f) => BARE_PROJECT_TOTAL.test(f.subject))) return facts;
  const projects = new Set<string>();
  for (const b of ctx.doc.blocks) {
    if (b.kind === 'table-row' || b.text.length > PROJECT_LINE_LENGTH) continue;
    const t = b.text.trim();
    const name = t.slice(readMarker(t)?.length ?? 0).trim();
    if (PROJECT_LINE.test(name)) projects.add(name);
    if (projects.size > 1) break;
  }
  const one = projects.size === 1;
  const out: Fact[] = [];
  for (const f of facts) {
    if (!BARE_PROJECT_TOTAL.test(f.subject)) out.push(f);
    else if (one && !f.weak && ctx.doc.blocks[f.figure.block].kind === 'paragraph') out.push({ ...f, subject: '项目总投资', period: '' });
  }
  return out;
}

function soleWholeScope(ctx: ExtractContext): string {
  const known = ctx.tracking ? undefined : wholeScopes.get(ctx);
  if (known !== undefined) return known;
  const seen = new Set<string>();
  let parts = false;
  for (const b of ctx.doc.blocks) {
    for (const m of b.text.matchAll(SCOPE_ANYWHERE)) seen.add(m[0]);
    if (!parts && PARTS_OF_A_WHOLE.test(b.text)) parts = true;
    if (parts || seen.size > 1) break;
  }
  const one = !parts && seen.size === 1 ? [...seen][0] : '';
  const out = WHOLE_SCOPE.test(one) ? one : '';
  if (!ctx.tracking) wholeScopes.set(ctx, out);
  return out;
}

const GRANT_INCOME = /拨款收入(?=(?:预算|决算|执行)?数?$)/;
// A title telling one budget's execution, and no draft or outturn beside it.
const EXECUTED_TITLE = /^(?!.*(?:草案|决算|安排|计划)).*预算执行/;
// 支出安排 in a budget: what is arranged is the budget, the measure the title names.
const ARRANGED = /安排$/;

/**
 * The measure a statement naming none states, by its block: the title's (决算 in a 部门决算说明), or, under a title
 * that names two (2024年预算执行情况和2025年预算草案), its section's (二、2025年财政预算安排 → 预算).
 */
export function measuresOf(ctx: ExtractContext): (block: number | undefined) => string {
  const titled = titleMeasure(ctx);
  if (titled) return () => titled;
  let sections: string[] | undefined;
  return (block) => (block === undefined ? '' : ((sections ??= sectionMeasures(ctx))[block] ?? ''));
}

/**
 * For each block, the measure its section's title names (二、2025年财政预算安排 → 预算, 一、2024年决算情况 → 决算), or '':
 * a title naming execution (预算执行情况) or both names none.
 */
function sectionMeasures(ctx: ExtractContext): string[] {
  const out: string[] = [];
  let current = '';
  // The depth of the title that named the measure: a title under it naming none ((一)一般公共预算 under
  // 一、2025年预算执行情况) keeps it; one beside or above it ends it.
  let depth = 0;
  const byYear = yearMeasures(titleText(ctx));
  for (const b of ctx.doc.blocks) {
    if ((b.kind === 'heading' || b.kind === 'paragraph') && isTitleLine(b.text.trim())) {
      const text = withoutBookMeasure(b.text);
      const level = b.kind === 'heading' ? (b.depth ?? 1) : TITLE_DEPTH[readMarker(b.text.trim())?.level ?? ''] ?? 1;
      // 一、2025年预算执行情况: what the section states, naming no measure, is the year's execution (its 完成数, 执行数).
      const executed = text.replace(/预算执行/g, '执行');
      const m = text.match(/决算|预算/g);
      // 二、2025年财政主要工作 under a title of 2025年预算执行情况和2026年预算草案: a section of one of the title's years, naming
      // no measure, tells that year as the title does (the year's work is told by its execution).
      const years = periodOf(text).filter((p) => /^[0-9]{4}$/.test(p));
      const own = !m && !/执行/.test(executed) && years.length === 1 ? (byYear.get(years[0]) ?? '') : '';
      const named = /执行/.test(executed) ? (/预算|决算|草案|安排|计划/.test(executed) ? '' : '执行') : m && new Set(m).size === 1 ? m[0] : own;
      if (named || /执行|决算|预算/.test(text) || !current || level <= depth) {
        current = named;
        depth = level;
      }
    }
    out.push(current);
  }
  return out;
}

/**
 * The measure a title naming two years gives each (2025年预算执行情况和2026年预算草案: 2025 → 执行, 2026 → 预算), by the words
 * after each year up to the next one; empty when it names fewer years or a year's words name no one measure.
 */
function yearMeasures(title: string): Map<string, string> {
  const out = new Map<string, string>();
  const at = [...title.matchAll(/([0-9０-９]{4})[\s\u3000]*年度?/g)];
  if (at.length !== 2) return out;
  for (const [k, m] of at.entries()) {
    const words = withoutBookMeasure(title.slice(m.index + m[0].length, at[k + 1]?.index ?? title.length)).replace(BUDGET_BODY, '');
    const measure = /执行/.test(words) ? (/决算|草案/.test(words) ? '' : '执行') : /决算/.test(words) ? (/预算/.test(words) ? '' : '决算') : /预算/.test(words) ? '预算' : '';
    if (measure) out.set(asciiDigits(m[1]), measure);
  }
  return out.size === 2 && new Set(out.values()).size === 2 ? out : new Map();
}

// How deep a numbered title line stands (a Markdown heading has its own depth).
const TITLE_DEPTH: Record<string, number> = { part: 1, cn: 2, 'paren-cn': 3, num: 4, 'paren-num': 5, circled: 6 };

/**
 * Every statement of a level, the weak ones too (a subject that is only a fund's revenue, 一般公共预算收入):
 * what a change names as its base (上年完成数) is looked up among them by subject, period and measure.
 */
export function readStatedLevels(ctx: ExtractContext): Fact[] {
  return readAllFacts(ctx);
}

// A book's spending named by the book alone (政府性基金预算支出), and a book's grant spent (政府性基金预算拨款支出) as a part of
// the grants spent in all (财政拨款支出). 一般公共预算 is left out: a department's 一般公共预算支出 may be said of its 基本 or
// 项目 parts by the same name.
const BOOK_SPENDING = /^(政府性基金|国有资本经营)预算支出$/;
const GRANT_SPENDING_PART = /^(?:政府性基金|国有资本经营)预算拨款支出$/;
const GRANT_SPENDING_TOTAL = /^财政拨款支出(?:预算|决算)?$/;
// The income side: a book's grant received (一般公共预算拨款收入, 政府性基金预算拨款) is one figure whether it is listed under the
// department's 收入 or under its 财政拨款收入 (a part of that 收入): each book's grant names its whole itself. 一般公共预算 is kept
// here: a grant received is not said of the 基本 or 项目 parts of spending.
const GRANT_INCOME_PART = /^(?:一般公共预算|政府性基金预算|国有资本经营预算)拨款(?:收入)?$/;
const GRANT_INCOME_TOTAL = /^(?:本年)?(?:财政拨款)?收入(?:预算|决算)?(?:合计)?$/;
const OWN_SCOPE_OR_NONE = /^(?:|本部门|本单位|本街道|本镇|本乡|本局|本委)$/;
// A department's or a unit's own budget or accounts (某局2026年部门预算, 某中心2025年度单位决算).
const DEPARTMENT_TITLE = /(?:部门|单位)(?:整体)?(?:预算|决算)/;
function titleText(ctx: ExtractContext): string {
  return ctx.doc.blocks.find((b) => b.text.trim())?.text ?? '';
}

// A part's measure when its label names none: its total's (“三公”经费财政拨款预算 → 公务接待费预算).
const MEASURE_AT_END = /(?:预算|决算|执行)数?$/;

/** A listed part's name as its label gives it: no spaces, no opening 其中 or colon, no verb of stating after it. */
const partName = (label: string) => stripTail(normalSubject(label.replace(/[\s\u3000]/g, '').replace(/^(?:其中)?[：:，,]?/, '')), VERB_TAIL, false);

/**
 * The parts of a 其中 list as statements of their own, compared only with the parts of another list of the
 * same total: “三公”经费支出决算28.62万元，其中：…公务接待费7.32万元 and, sections later, “三公”经费支出决算
 * 28.62万元中，公务接待费7.23万元 state one part twice. Only a list whose total is itself a plain statement
 * (or opens the list, X万元中，) is read; a part takes the total's year, scope and measure (when its label
 * names none), and must name money as a statement's subject does.
 */
export function readPartFacts(ctx: ExtractContext, lists: ReadonlyArray<{ total: DocFigure; parts: ReadonlyArray<{ figure: DocFigure; label: string }> }>): Fact[] {
  if (!lists.length) return [];
  const byFigure = new Map<number, Fact>();
  for (const f of readAllFacts(ctx)) if (!f.weak && !f.framed) byFigure.set(f.figure.id, f);
  const out: Fact[] = [];
  for (const list of lists) {
    const total = byFigure.get(list.total.id);
    if (!total) continue;
    const measure = MEASURE_AT_END.exec(total.subject)?.[0].replace(/数$/, '') ?? '';
    for (const p of list.parts) {
      const f = p.figure;
      if (f.role !== 'amount' || f.dimension !== 'money' || f.approximate) continue;
      const name = partName(p.label);
      if (name.length < 4 || !MONEY_NOUN.test(name) || NOT_A_LEVEL.test(levelWords(name)) || /[0-9０-９]/.test(name)) continue;
      const subject = partSubject(name, total.subject);
      // Keyed by its total as well: only another list of the same total restates it. A plain sentence may
      // state the part of another whole (公务接待费 from all funds, not only the 财政拨款 the total is of).
      out.push({ subject: `${subject}@${factKey(total, '')}`, written: `${name}${MEASURE_AT_END.test(name) ? '' : measure}`, period: total.period, scope: total.scope, figure: f, part: true });
    }
  }
  return out;
}

// A jurisdiction's general book spending as a whole (全县一般公共预算支出, with its measure or without), and a class of it named
// by its function: not a kind of every class's spending (基本支出, 项目支出), not a catch-all (其他支出), not a whole again.
const GENERAL_BOOK_SPENDING = /^一般公共预算支出(预算|决算|执行)?数?$/;
const FUNCTION_CLASS = /^(?!.*(?:基本|项目|本年|年度|合计|总|其他|其余|财政拨款|预算|决算|部门|单位|民生))[\u4e00-\u9fff（）()]{2,20}支出$/;

/**
 * 2025年，全县一般公共预算支出468,920万元，……。其中：教育支出96,480万元 and, paragraphs on, 全县教育支出94,860万元: a class of
 * spending listed under its jurisdiction's general book total is that jurisdiction's spending on the class, the one 全县教育
 * 支出 names (a function class is told of the general book unless another is named). The part takes the total's scope, year
 * and measure; a total of no jurisdiction (the document's own), of another book or of a narrower whole (民生支出) lends none.
 */
export function readScopedClassParts(ctx: ExtractContext, lists: ReadonlyArray<{ total: DocFigure; parts: ReadonlyArray<{ figure: DocFigure; label: string }> }>): Fact[] {
  if (!lists.length) return [];
  const byFigure = new Map<number, Fact>();
  for (const f of readAllFacts(ctx)) if (!f.framed && !f.part) byFigure.set(f.figure.id, f);
  const out: Fact[] = [];
  for (const list of lists) {
    const total = byFigure.get(list.total.id);
    if (!total || !total.scope || OWN_SCOPE.test(total.scope) || ctx.doc.blocks[list.total.block]?.kind !== 'paragraph') continue;
    const book = GENERAL_BOOK_SPENDING.exec(total.subject);
    if (!book) continue;
    for (const p of list.parts) {
      const f = p.figure;
      if (f.role !== 'amount' || f.dimension !== 'money' || f.approximate) continue;
      const name = partName(p.label);
      if (!FUNCTION_CLASS.test(name) || NOT_A_LEVEL.test(levelWords(name))) continue;
      out.push({ subject: `${name}${book[1] ?? ''}`, written: name, period: total.period, scope: total.scope, figure: f, part: true });
    }
  }
  return out;
}

/**
 * 财政拨款支出115,686.30万元，其中一般公共预算拨款支出…、政府性基金预算拨款支出3,200.00万元 in a department's 财政拨款收支 part: a
 * book's grant names its whole itself, and is the department's spending of that book wherever it is said (本部门政府性基金预算
 * 支出…, readFacts). The part takes the year and scope of its total's statement, or of the 财政拨款 statement before it in
 * the same paragraph (财政拨款收入…；财政拨款支出…: one sentence of the two sides). Only under a department's title.
 */
export function readGrantSpendingParts(ctx: ExtractContext, lists: ReadonlyArray<{ subject: string; total: DocFigure; parts: ReadonlyArray<{ figure: DocFigure; label: string }> }>): Fact[] {
  const income = (l: { subject: string }) => GRANT_INCOME_TOTAL.test(l.subject.replace(/[\s\u3000]/g, ''));
  const grants = lists.filter((l) => GRANT_SPENDING_TOTAL.test(l.subject.replace(/[\s\u3000]/g, '')) || income(l));
  if (!grants.length || !DEPARTMENT_TITLE.test(titleText(ctx))) return [];
  const all = readAllFacts(ctx);
  const out: Fact[] = [];
  for (const list of grants) {
    const block = list.total.block;
    const received = income(list);
    const total =
      all.find((f) => f.figure.id === list.total.id) ??
      (received ? undefined : all.filter((f) => f.figure.block === block && f.figure.start < list.total.start && f.subject.startsWith('财政拨款')).at(-1));
    if (!total || !OWN_SCOPE_OR_NONE.test(total.scope) || total.framed) continue;
    for (const p of list.parts) {
      const f = p.figure;
      if (f.role !== 'amount' || f.dimension !== 'money' || f.approximate) continue;
      const name = p.label.replace(/[\s\u3000]/g, '').replace(/^(?:其中)?[：:，,、]?/, '');
      if (!(received ? GRANT_INCOME_PART : GRANT_SPENDING_PART).test(name)) continue;
      const subject = received && !name.endsWith('收入') ? `${name}收入` : name;
      out.push({ subject, written: subject, period: total.period, scope: total.scope, figure: f, part: true });
    }
  }
  return out;
}

/**
 * The year a document's title names (某局2025年“三公”经费预算情况说明), when its first block is a short line
 * naming exactly one year and nothing else of time: what a sentence or a table column naming no year is
 * about until a heading names another. A title naming two years (2024年预算执行情况和2025年预算草案)
 * says nothing of one sentence.
 */
export function titlePeriod(ctx: ExtractContext): string[] {
  const first = ctx.doc.blocks.find((b) => b.text.trim());
  if (!first || !isDocTitle(ctx, first)) return [];
  const p = periodOf(first.text);
  return p.length === 1 && /^[0-9]{4}$/.test(p[0]) ? p : [];
}

/**
 * A report of a stretch of its year (2025年1—10月某区财政收支情况, 2025年上半年预算执行情况): the year and the stretch
 * its title names, one of each, as [year, stretch]; what a sentence naming no date, or naming only that stretch, is
 * about. [] for any other title.
 */
export function titleStretch(ctx: ExtractContext): string[] {
  const first = ctx.doc.blocks.find((b) => b.text.trim());
  if (!first || (first.kind !== 'heading' && !isDocTitle(ctx, first))) return [];
  const p = periodOf(first.text);
  const years = p.filter((x) => /^[0-9]{4}$/.test(x));
  const rest = p.filter((x) => !/^[0-9]{4}$/.test(x));
  return years.length === 1 && rest.length === 1 && STRETCH.test(canonicalDate(rest[0])) ? [years[0], rest[0]] : [];
}
// A run of months from January (1-10月; 上半年 is 1-6月): what a running total is of.
const STRETCH = /^1-[0-9]{1,2}月$/;

/** A sentence's own dates, in a report of a stretch: naming only that stretch, it is of the title's year too. */
function inStretch(own: string[], stretch: readonly string[]): string[] {
  return stretch.length === 2 && own.length === 1 && canonicalDate(own[0]) === canonicalDate(stretch[1]) ? [...stretch] : own;
}

/** The one year the document's title names, as a plain first line or a Markdown heading (本年 of its tables). */
export function titleYear(ctx: ExtractContext): string[] {
  const first = ctx.doc.blocks.find((b) => b.text.trim());
  if (first?.kind !== 'heading') return titlePeriod(ctx);
  const p = periodOf(first.text);
  return p.length === 1 && /^[0-9]{4}$/.test(p[0]) ? p : [];
}

// What a document's title ends with: 某局2025年部门预算情况说明, 某区2024年度部门决算, 关于…的报告.
const TITLE_END = /(?:说明|报告|情况|决算|预算|草案|公开|报表|汇总)[\s\u3000]*$/;

/**
 * Whether `b` is the document's title as a plain first line, or that line again as a PDF page's running
 * head: no sentence goes on from it into the next line.
 */
function isDocTitle(ctx: ExtractContext, b: Block): boolean {
  if (b.kind !== 'paragraph' || b.text.length > 60 || /[。；;，,：:]/.test(b.text) || !TITLE_END.test(b.text)) return false;
  for (let k = 0; k < b.index; k++) {
    const t = ctx.doc.blocks[k].text;
    if (t.trim()) return t.trim() === b.text.trim();
  }
  return true;
}

// One reading per lint: the conflicts, a list's parts and a change's stated base all start from it.
const allFacts = new WeakMap<ExtractContext, Fact[]>();

/** Every statement of a level, read once per lint; a copy of the list, which callers extend. */
function readAllFacts(ctx: ExtractContext): Fact[] {
  // Inside a memoised block reading, every block read must be seen again by that reading's record.
  if (ctx.tracking) return readEachFact(ctx);
  let facts = allFacts.get(ctx);
  if (!facts) allFacts.set(ctx, (facts = readEachFact(ctx)));
  return facts.slice();
}

function readEachFact(ctx: ExtractContext): Fact[] {
  const facts: Fact[] = [];
  const stretch = titleStretch(ctx);
  let sectionPeriod: string[] = stretch.length ? stretch : titlePeriod(ctx);
  const docYear = titleYear(ctx);
  // A caption naming one year (附表 2025年国有资本经营预算收支执行表) dates the table right under it, whatever section
  // it stands in: the year of its columns that name none.
  // And a caption naming one flow (社会保险基金收入执行情况表) says what its rows of funds are.
  let captioned: { period?: string[]; flow?: string; book?: true; table?: number } | undefined;
  const titleBook = bookNamedIn(ctx.doc.blocks.find((b) => b.text.trim())?.text ?? '');
  for (const block of ctx.doc.blocks) {
    // (A caption kept with a laid-out table's lines is a row of the table with no cells.)
    if ((block.kind === 'paragraph' || (block.kind === 'table-row' && !block.cells)) && isCaption(block.text)) {
      const p = periodOf(block.text);
      const period = p.length === 1 && /^[0-9]{4}$/.test(p[0]) ? p : undefined;
      const flow = captionFlow(block.text);
      const book = !!titleBook && bookNamedIn(block.text) === titleBook;
      captioned = period || flow || book ? { ...(period ? { period } : {}), ...(flow ? { flow } : {}), ...(book ? { book: true as const } : {}) } : undefined;
    } else if (captioned && block.kind === 'paragraph' && (captioned.table !== undefined || /[。；;！？]/.test(block.text))) captioned = undefined;
    if (block.kind === 'heading' || (block.kind === 'paragraph' && isTitleLine(block.text))) {
      const p = periodOf(block.text);
      // A heading with no year keeps the period of the section it sits in. One naming the document itself with
      // another year than its title (第三部分 2024年度部门决算情况说明 in a 2025 决算) is a slip of the heading's: the
      // section is the title's year.
      if (p.length) sectionPeriod = docYear.length === 1 && p.length === 1 && p[0] !== docYear[0] && NAMES_ITSELF.test(block.text) ? docYear : inStretch(p, stretch);
      continue;
    }
    if (block.kind === 'table-row' && block.table) {
      if (captioned && captioned.table === undefined) captioned.table = block.table.id;
      const own = captioned?.table === block.table.id ? captioned : undefined;
      const period = own?.period ?? sectionPeriod;
      for (const f of ctx.memoBlock('facts:row', block, JSON.stringify([period, stretch, own?.flow, !!own?.book]), () => tableFact(ctx, block, period, stretch, own?.flow, !!own?.book))) facts.push(f);
      continue;
    }
    if (block.kind !== 'paragraph') continue;
    // A paragraph's facts follow from its text, the paragraph before and the section's period:
    // while a draft is edited, those of unchanged paragraphs are reused (engine/incremental.ts).
    const period = sectionPeriod;
    for (const f of ctx.memoBlock('facts', block, JSON.stringify([period, stretch]), () => paragraphFacts(ctx, block, period, stretch))) facts.push(f);
  }
  return facts;
}

function paragraphFacts(ctx: ExtractContext, block: Block, sectionPeriod: string[], stretch: readonly string[] = []): Fact[] {
  const facts: Fact[] = [];
  // A block that goes on a sentence the one before left open (a PDF line) has lost its frame.
  const prev = ctx.doc.blocks[block.index - 1];
  const continues = !!prev && prev.kind === 'paragraph' && !/[。！？!?：:；;]\s*$/.test(prev.text) && !isTitleLine(prev.text) && !isDocTitle(ctx, prev);
  // （二）按功能科目分 over "一般公共服务支出862.40万元，公共安全支出126.80万元，…": a title that says its section goes item by
  // item frames the clauses of the list right under it, after commas as after semicolons.
  const titleFramed = !!prev && (prev.kind === 'heading' || (prev.kind === 'paragraph' && isTitleLine(prev.text))) && framingTitle(prev.text);
  // A sentence that names no date is about the one the paragraph named last
  // ("2023年1-10月，全国发行新增债券…。全国发行再融资债券…": still January to October).
  let running = sectionPeriod;
  // 3.个人所得税。累计完成4.86亿元，…: an item's run-in title names what the sentence after it states.
  let runIn: string | undefined;
  for (const s of ctx.sentences(block)) {
    // 在水利支出中，水利工程建设…；水土保持1,420.60万元；…: the sentence names the whole its clauses are parts of.
    const whole = WHOLE_FRAME.exec(s.text);
    const wholeEnd = whole && !NARROWING_WHOLE.test(whole[1]) && !tooShort(whole[1]) ? s.start + whole[0].length : -1;
    const topic = runIn;
    runIn = runInTitle(s.text, s.figures.length);
    // 比上年增加…: the year compared with is not the one the next sentence is about.
    const own = inStretch(periodOf(s.text.replace(COMPARED_YEAR, '').replace(COMPARED_BUDGET, '')), stretch);
    if (continues && s.start === 0) {
      if (own.length) running = own;
      continue;
    }
    // Where the clause of each figure starts, found by one scan of the sentence: walking back
    // from every figure was quadratic in a long list (甲1万元、乙2万元、…).
    let scanned = s.start;
    let clauseStart = s.start;
    // The mark that opened the clause, and whether a colon stood before it in the sentence: what
    // tells a ；-clause of a list by subject (isFrame), found in the same one scan.
    let mark = 0;
    let colon = false;
    // The level read from the figure before, whose subject a clause of only the other side (、支出…) takes up.
    let last: Fact | undefined;
    for (const f of s.figures) {
      const inOrder = f.start >= scanned;
      if (inOrder)
        for (; scanned < f.start; scanned++) {
          const c = block.text.charCodeAt(scanned);
          if (!isClauseMark(c)) continue;
          clauseStart = scanned + 1;
          mark = c;
          // 按功能分类：A支出…；B支出…: a colon after a frame that says the clauses go item by item opens no list of
          // one whole's parts; each ；-clause after it is framed, as the first is.
          if ((c === 0xff1a || c === 0x3a) && !(scanned - s.start < FRAME_REACH && FRAME.test(block.text.slice(s.start, scanned + 1)))) colon = true;
        }
      const listed = mark === 0xff1b || mark === 0x3b || (titleFramed && (mark === 0xff0c || mark === 0x2c));
      const read = factOf(block, s.start, f, running, inOrder ? clauseStart : undefined, inOrder && listed && !colon, stretch, topic);
      const part = wholeEnd >= 0 && inOrder && (!read || read.framed) && (clauseStart === wholeEnd || mark === 0xff1b || mark === 0x3b) ? partOfNamedWhole(block.text, clauseStart, f, whole![2], running) : undefined;
      const fact = part ?? read ?? (last && otherSide(block.text, last, f));
      if (fact) facts.push(fact);
      last = fact;
    }
    // 主要是上年一次性处置资产收入较多: last year named in passing (a reason, a comparison) is not what
    // the paragraph goes on to be about; a year or a date is.
    // 2025年，…支出…，主要是上年一次性安排的项目完工: beside a year of its own, 上年 is that year's reason or comparison,
    // and the next sentence is about the year.
    if (own.length && !own.every((p) => p === '上年' || p === '去年')) running = own.some((p) => /^[0-9]{4}$/.test(p)) ? own.filter((p) => p !== '上年' && p !== '去年') : own;
  }
  return facts;
}

// 在水利支出中， / 水利支出中： opening a sentence: a class of spending (or income) whose parts its clauses go on to name.
const WHOLE_FRAME = /^[\s\u3000]*在?((?:[\u4e00-\u9fff“”]{2,20}?)(支出|收入))(?:预算|决算)?(?:安排)?中[，,：:][\s\u3000]*/;
// A part's clause: only its name (and a verb of stating), nothing that makes it a change, a share or another whole.
const PART_NAME = /^[\u4e00-\u9fff“”（）()]{2,24}$/;
/**
 * 在水利支出中，水利工程建设6,480.00万元，…；水土保持1,420.60万元；防汛支出…: a clause right after the frame or after a ；
 * that names only a part of the class the frame names states that part's own level, as 水土保持支出1,420.60万元 alone does (a
 * class is no narrowing of its parts, a fund or a source is: NARROWING_WHOLE). The class's side word is the part's when its
 * name leaves it out.
 */
function partOfNamedWhole(text: string, clauseStart: number, f: DocFigure, side: string, running: readonly string[]): Fact | undefined {
  // (A clause longer than a name is none: the frame names no time, so a part is the paragraph's; nothing is read back to
  // the sentence's start for each figure, which grew with the square of a long list.)
  if (f.role !== 'amount' || f.dimension !== 'money' || f.approximate || f.start - clauseStart > CLAUSE_REACH) return undefined;
  if (/^[\s\u3000]*(?:的|中|（|\(|以|左右|上下)/.test(text.slice(f.end, f.end + 3))) return undefined;
  const clause = stripTail(text.slice(clauseStart, f.start).replace(/[\s\u3000]+/g, ''), VERB_TAIL, false);
  if (!PART_NAME.test(clause) || NOT_A_LEVEL.test(levelWords(clause)) || EVERY_CLASS_ITEM.test(clause)) return undefined;
  const name = normalSubject(clause);
  const subject = name.endsWith(side) ? name : `${name}${side}`;
  if (tooShort(subject) || subject.replace(GENERIC_WORDS, '').length < 3) return undefined;
  return { subject, written: subject, period: running.join('|'), scope: '', figure: f };
}

// Between a revenue's figure and the next: only the other side named (、支出, ，支出为), with or without its measure.
const OTHER_SIDE = /^[\s\u3000]*[、，,][\s\u3000]*(收入|支出)((?:预算|决算|执行)?数?)(?:为|是|达到?)?[\s\u3000]*$/;
const SIDE_AT_END = /(收入|支出)((?:预算|决算|执行)?数?)$/;
/** 一般公共预算收入 as [一般公共预算, 收入, ''], when something stands before the side. */
function sided(subject: string): [string, string, string] | undefined {
  const m = SIDE_AT_END.exec(subject);
  return m && m.index >= 2 ? [subject.slice(0, m.index), m[1], m[2]] : undefined;
}

/**
 * 全县一般公共预算收入286,420万元、支出312,840万元: the second clause names only the other side, and takes the rest of
 * its subject (the fund, the scope, the time) from the level stated right before it. The gap is read whole, so a
 * figure further on or a word of its own (其中, 增长) leaves the clause unread.
 */
function otherSide(text: string, prev: Fact, f: DocFigure): Fact | undefined {
  if (f.role !== 'amount' || f.dimension !== 'money' || f.approximate || prev.figure.end > f.start || f.start - prev.figure.end > 12) return undefined;
  const gap = OTHER_SIDE.exec(text.slice(prev.figure.end, f.start));
  const own = sided(prev.subject);
  if (!gap || !own || gap[1] === own[1] || prev.framed) return undefined;
  const measure = gap[2] || own[2];
  const written = sided(prev.written);
  return { ...prev, subject: `${own[0]}${gap[1]}${measure}`, written: written ? `${written[0]}${gap[1]}${gap[2] || written[2]}` : `${own[0]}${gap[1]}${measure}`, figure: f };
}

// A heading naming the document itself after its year: 2024年度部门决算情况说明, 2026年部门预算编制说明.
const NAMES_ITSELF = /[0-9０-９]{4}[\s\u3000]*年度?[\s\u3000]*(?:部门|单位)?(?:决算|预算)(?:情况)?(?:说明|公开说明|编制说明)?[\s\u3000]*$/;

/** How far into a sentence its item's number (2., （三）, 十二、) may reach. */
const MARKER_REACH = 8;
/** The longest clause before a figure read as a level's subject. */
const CLAUSE_REACH = 160;

// An item's title run in before its text: 3.个人所得税。 （二）政府性基金预算收入： a number, then only a name of money.
const RUN_IN_NAME = /^[\u4e00-\u9fff“”（）()、]{2,24}$/;
function runInTitle(sentence: string, figures: number): string | undefined {
  const marker = readMarker(sentence);
  if (!marker || figures > 0) return undefined;
  const name = sentence.slice(marker.length).replace(/[\s\u3000]*[。．：:][\s\u3000]*$/, '');
  return name.length < sentence.slice(marker.length).trim().length && RUN_IN_NAME.test(name) && MONEY_NOUN.test(name) && !NOT_A_LEVEL.test(levelWords(name)) ? name : undefined;
}

function factOf(block: Block, sentenceStart: number, f: DocFigure, sectionPeriod: string[], clauseStart?: number, afterSemicolon = false, stretch: readonly string[] = [], runIn?: string): Fact | undefined {
  if (f.role !== 'amount' || f.dimension !== 'money' || f.approximate) return undefined;
  const text = block.text;
  // Followed by 的 (X万元的91%) or a bracket (X万元（其中…）): part of a larger phrase.
  // X亿元中，A…: the amount is still a level, its breakdown follows (中 with no mark after it is a phrase: X万元中的).
  if (/^[\s\u3000]*(?:的|中(?![，,：:])|（|\(|以|左右|上下)/.test(text.slice(f.end, f.end + 3))) return undefined;
  // 2.社会保障和就业支出2,368万元: an item's number opens the sentence; it is no digit of the clause, no part of the name.
  const marker = readMarker(text.slice(sentenceStart, Math.min(f.start, sentenceStart + MARKER_REACH)));
  if (marker && sentenceStart + marker.length < f.start) sentenceStart += marker.length;
  let start = clauseStart === undefined ? f.start : Math.max(clauseStart, sentenceStart);
  if (clauseStart === undefined) while (start > sentenceStart && !isClauseMark(text.charCodeAt(start - 1))) start--;
  // A clause this long before its figure is a list run on (A1万元、B2万元、…), no level's subject: not read again for
  // each of its figures, which grew with the square of the list.
  if (f.start - start > CLAUSE_REACH) return undefined;
  // 在一般公共预算支出246,380万元中，12月当月支出…: the whole a breakdown opens on is stated as plainly as without 在.
  // (The 在 is no part of what opens the sentence before it either: 2025年，在…中，.)
  let leadEnd = start;
  if (text.charCodeAt(start) === 0x5728 && WHOLE_BEFORE_PARTS.test(text.slice(f.end, f.end + 3))) {
    if (sentenceStart === start) sentenceStart++;
    start++;
  }
  // …支出安排74,200万元，2025年社会保障和就业支出执行数为72,680万元: a clause opening on a year of its own, right after a
  // clause that ended on another amount (a statement, not a frame such as 扣除…后, 按…计算), starts a statement as a
  // sentence does.
  if (
    start > sentenceStart &&
    OWN_YEAR_OPENING.test(text.slice(start, Math.min(f.start, start + 10))) &&
    AMOUNT_CLAUSE_END.test(text.slice(Math.max(sentenceStart, start - 12), start)) &&
    !RECKONING.test(text.slice(Math.max(sentenceStart, start - CLAUSE_REACH), start))
  )
    sentenceStart = start;
  // The clause must open its sentence (after at most a time such as "2024年，"): a clause
  // further in may be framed by what comes before it ("地方收入按构成分：", "X中，",
  // "年初预算为…，支出决算为…" where the subject is named only once).
  const lead = text.slice(sentenceStart, Math.max(sentenceStart, leadEnd));
  // 2025年收入预算总计8,436.52万元，支出预算总计8,436.52万元: the level of the whole, each side's, compared with
  // the 收支总表's total row only (weak).
  const total = TOTAL_LEVEL.exec(stripTail(text.slice(start, f.start).replace(/[\s\u3000]+/g, ''), LEVEL_VERBS, false));
  if (total && (LEADING_TIME.test(lead) || LEADING_TIME.test(lead.replace(OTHER_SIDE_TOTAL, '')))) {
    const own = inStretch(periodOf(text.slice(sentenceStart, f.start)), stretch);
    return { subject: totalSubject(total[2] ?? '', total[3], total[5], total[4] ?? total[1] ?? ''), written: text.slice(start, f.start).trim(), period: (own.length ? own : sectionPeriod).join('|'), scope: '', figure: f, weak: true };
  }
  // 其中，X…万元: X is a part of the total before; still the level of X, compared with a table row only.
  const ofWhich = /^[\s\u3000]*其中[，,：:][\s\u3000]*$/.test(lead);
  const framed = !ofWhich && !LEADING_TIME.test(lead) && (afterSemicolon || (lead.length <= 24 && FRAME.test(lead)));
  // 事业收入主要来源于技术服务，全年实现268.50万元: a sentence opening on its topic, then saying what it is made of or
  // for, states the topic's level in a clause of only a time and a verb.
  let topic: string | undefined;
  let narrated = false;
  // Under a run-in title, a clause of only a time and a verb (累计完成, 全年实现) states the title's level, after a
  // time or a reason (受…影响，) naming no figure of its own.
  const verbOnly = TOPIC_CLAUSE.test(text.slice(start, f.start).replace(/[\s\u3000]+/g, ''));
  // 支出重点保障农业农村发展，其中农林水支出…万元: a 其中 further in, after clauses that named the whole with no figure and
  // no money narrower than the section's (安排的, 转移支付, 资金), is a part of what the section states, as a 其中 opening
  // its sentence is; compared with a table row only.
  const innerPart = !ofWhich && !framed && !LEADING_TIME.test(lead) && INNER_OF_WHICH.test(text.slice(start, f.start)) && endsAtComma(lead) && !INNER_LEAD_STOP.test(lead);
  // 县财政局对各部门经费实行总额控制，县本级公务接待费预算414.10万元全部细化到部门: a clause that names its own jurisdiction
  // or unit (县本级, 全区, 本部门) after a clause of what someone did, with no figure, time or frame in it, states the level
  // as a sentence opening on it does. A lead that narrows or recounts (剔除…后, 按同口径计算, 在…中, 其中) still frames it.
  const ownScoped =
    !ofWhich && !framed && !innerPart && !LEADING_TIME.test(lead) && lead.length <= SCOPED_LEAD_REACH && endsAtComma(lead) && !SCOPED_LEAD_STOP.test(lead) && SCOPE.test(text.slice(start, f.start).replace(/^[\s\u3000]+/, ''));
  if (!ofWhich && !framed && !innerPart && !ownScoped && lead.length <= COUNT_LEAD_REACH && countLead(lead)) {
    // 全年国内公务接待86批次、1,024人次，公务接待费13.65万元: the counts before are what the money paid for, no frame
    // of it; the clause states the item's level as a sentence opening on it does.
    sentenceStart = start;
  } else if (runIn && !ofWhich && !framed && verbOnly && !/[0-9０-９]|其中|中[，,]/.test(LEADING_TIME.test(lead) ? '' : lead)) {
    topic = runIn;
    if (!LEADING_TIME.test(lead)) sentenceStart = start;
  } else if (!ofWhich && !framed && !innerPart && !ownScoped && !LEADING_TIME.test(lead)) {
    const t = TOPIC_LEAD.exec(lead);
    const rest = t ? lead.slice(t[0].length) : '';
    if (!t || !TOPIC_REST_END.test(rest) || TOPIC_REST_STOP.test(rest) || !verbOnly) {
      if (!narratedLead(lead)) return undefined;
      narrated = true;
    } else topic = t[1].replace(/[\s\u3000]+/g, '');
  }
  // 其中公务用车运行维护费23.58万元 (其中 with no mark after it, a sentence of its own): a part of the total
  // before, as 其中，X is; compared with a table row only.
  const bare = !ofWhich && !framed ? /^[\s\u3000]*其中(?=[^\s\u3000，,：:；;。])/.exec(text.slice(start, f.start)) : null;
  if (bare) start += bare[0].length;
  // 支出共计4.68万元 states the level as 支出4.68万元 does; 共 elsewhere in the clause (共安排, 共有) still counts.
  // (企业所得税入库…万元: a revenue paid into the treasury is the revenue collected, as 完成 says.)
  const clause = topic ?? stripTail(text.slice(start, f.start).replace(/[\s\u3000]+/g, ''), LEVEL_VERBS, false).replace(/(?<=[费出入金算])共计$/, '').replace(REVENUE_PAID_IN, '');
  if (!clause) return undefined;
  // 上级补助收入中的一般性转移支付2,984.60万元: a part named in its whole, each a name of its own (the whole's words are
  // no level words of the part's clause).
  const inWhole = !topic && !ofWhich && !framed && !innerPart ? PART_OF_WHOLE.exec(clause) : null;
  if (inWhole ? [inWhole[1], inWhole[2]].some((x) => NOT_A_LEVEL.test(levelWords(x))) : NOT_A_LEVEL.test(levelWords(clause))) return undefined;
  // 一般公共预算收入1,290万元，为年初预算的103.2%: still a level; but a figure inside a list of several is not.
  const others = text.slice(start, f.start);
  if (/[0-9０-９]/.test(others)) {
    // Digits before the figure in its clause are a year or a date; anything else is a second figure.
    if (/[0-9０-９](?![0-9０-９]*[\s\u3000]*(?:年|月|日|号))/.test(withoutDateNumbers(others))) return undefined;
  }
  const leadingTime = (x: string) =>
    x.replace(/^(?:截至|截止|到)?(?:[0-9０-９]{4}年度?)?(?:[0-9０-９]{1,2}(?:[-－—–~～至][0-9０-９]{1,2})?月(?:末|底|份)?)?(?:[0-9０-９]{1,2}日)?/, '').replace(/^(?:年初|年末|年底|上半年|下半年|前三季度|[一二三四]季度)/, '');
  let subject = leadingTime(clause);
  const scope = SCOPE.exec(subject)?.[0] ?? '';
  // 本部门2024年度机关运行经费支出 and 2024年度本部门机关运行经费支出 name one subject: the time may follow the scope.
  subject = leadingTime(subject.slice(scope.length));
  if (inWhole) return partInWhole(subject, scope, inStretch(periodOf(text.slice(sentenceStart, f.start)), stretch), sectionPeriod, f);
  subject = taxName(partNamedInWhole(stripTail(normalSubject(subject), VERB_TAIL, false)));
  if (tooShort(subject) || !MONEY_NOUN.test(subject)) return undefined;
  // 教育支出…，比上年66,510万元增长3.2%；社会保障和就业支出72,860万元: last year compared with in a clause before is not the
  // time of the clauses after it.
  const own = inStretch(periodOf(text.slice(sentenceStart, f.start).replace(COMPARED_YEAR, '').replace(COMPARED_BUDGET, '')), stretch);
  const period = (own.length ? own : sectionPeriod).join('|');
  // A subject that is only a measure (支出决算, 年初预算数, 一般公共预算收入) names too little to be
  // one fact; unless a jurisdiction and a part of the year pin it down, as a monthly report states
  // its running total (1-11月全县一般公共预算收入).
  const pinned = scope !== '' && /月|季度|半年/.test(period);
  // Too general to be one fact across sentences; a table row may still name it exactly (weak).
  const generic = !pinned && subject.replace(GENERIC_WORDS, '').length < 3 && !SHORT_NAME.test(subject);
  // After a narrated lead the clause may still be one part of what the lead spoke of: only a table's row of its exact name
  // (with the section's measure) is witness enough that it names the item itself (weak), where a class named in two
  // characters (教育支出) is name enough, as in a framed clause; never a book's measure alone (一般公共预算支出).
  if (narrated) return subject.replace(GENERIC_WORDS, '').length < 2 ? undefined : { subject, written: stripTail(clause, VERB_TAIL, false), period, scope, figure: f, weak: true };
  // A framed clause is compared with a table's row of its exact name only: a class named in two characters (教育支出,
  // 国防支出) is name enough there.
  if (framed) return generic && subject.replace(GENERIC_WORDS, '').length < 2 ? undefined : { subject, written: stripTail(clause, VERB_TAIL, false), period, scope, figure: f, framed: true };
  return {
    subject,
    written: stripTail(clause, VERB_TAIL, false),
    period,
    scope,
    figure: f,
    ...(generic || ofWhich || bare ? { weak: true as const } : {}),
    ...(generic && !ofWhich && !bare ? { general: true as const } : {}),
  };
}

// A year opening a clause as its time (2025年社会保障和就业支出…), not a clause of only the year (2025年，).
// (Not 2025年末…余额 after 加上…、减去…: the last step of a reckoning, whose time is its end.)
// X万元中，: the amount is a whole whose parts follow.
const WHOLE_BEFORE_PARTS = /^[\s\u3000]*中[，,]/;
const OWN_YEAR_OPENING = /^[\s\u3000]*[0-9０-９]{4}[\s\u3000]*年度?(?![\s\u3000]*[，,、：:]|末|底|初)/;
const RECKONING = /加上|减去|扣除|剔除|扣减/;
// A clause that ended on an amount, and the comma after it: 安排74,200万元，
// (萬元 and 億元 too: a traditional repost keeps them.)
const AMOUNT_CLAUSE_END = /[0-9０-９][万亿萬億]?元[\s\u3000]*[，,][\s\u3000]*$/;

// A part named in its whole with 中的 (上级补助收入中的一般性转移支付), each side a name of two characters at least.
const PART_OF_WHOLE = /^(.{2,30}?)中的(.{2,30})$/;

/**
 * 上级补助收入中的一般性转移支付2,984.60万元 restates the part its whole's list gave (上级补助收入3,864.50万元，包括…一般性
 * 转移支付收入2,948.60万元): read as a part of that whole, keyed as readPartFacts keys the list's parts, and compared with
 * them only.
 */
function partInWhole(named: string, scope: string, own: string[], sectionPeriod: string[], f: DocFigure): Fact | undefined {
  const at = named.lastIndexOf('中的');
  if (at < 2) return undefined;
  const whole = stripTail(normalSubject(named.slice(0, at)), VERB_TAIL, false);
  const part = stripTail(normalSubject(named.slice(at + 2)), VERB_TAIL, false);
  if (tooShort(whole) || tooShort(part) || !MONEY_NOUN.test(whole) || !MONEY_NOUN.test(part) || /[0-9０-９]/.test(whole + part)) return undefined;
  const period = (own.length ? own : sectionPeriod).join('|');
  const total: Fact = { subject: whole, written: whole, period, scope, figure: f };
  return { subject: `${partSubject(part, whole)}@${factKey(total, '')}`, written: `${part}${MEASURE_AT_END.exec(whole)?.[0].replace(/数$/, '') ?? ''}`, period, scope, figure: f, part: true };
}

/**
 * A part's subject under its whole: the whole's measure when the part names none (“三公”经费财政拨款预算 → 公务接待费预算);
 * and the whole's side said again after the part's name (一般性转移支付收入 under 上级补助收入) is no part of the name: a
 * part of an income is an income.
 */
function partSubject(name: string, whole: string): string {
  const measure = MEASURE_AT_END.exec(whole)?.[0].replace(/数$/, '') ?? '';
  const side = /(收入|支出)$/.exec(whole.replace(MEASURE_AT_END, ''))?.[1];
  const n = side && name.endsWith(side) && name.length - side.length >= 4 ? name.slice(0, -side.length) : name;
  return MEASURE_AT_END.test(name) || !measure ? n : `${n}${measure}`;
}

// A whole whose parts the domain knows (PARTITIONS): “三公”经费, 基本支出, 公务用车购置及运行维护费. A whole of one fund or
// source (财政拨款支出, 一般公共预算支出) narrows its part to that money.
const NARROWING_WHOLE = /拨款|一般公共预算|政府性基金|国有资本|社会保险|专户|资金/;
/**
 * “三公”经费中公务接待费, 基本支出中人员经费: a part named inside the whole it belongs to by definition states the part's
 * own level, as 公务接待费 alone does; the whole before 中 adds nothing. (Split at the one 中 by index: 中 elsewhere in a
 * name, 中小学, 集中采购, leaves no whole of two characters the domain knows.)
 */
function partNamedInWhole(subject: string): string {
  const at = subject.indexOf('中');
  if (at < 2 || at !== subject.lastIndexOf('中')) return subject;
  const whole = subject.slice(0, at);
  const part = subject.slice(at + 1);
  if (part.length < 4 || NARROWING_WHOLE.test(whole)) return subject;
  const known = PARTITIONS.some((p) => (!p.dimension || p.dimension === 'money') && p.total.test(whole) && p.members.some((m) => m.pattern.test(part)));
  return known ? part : subject;
}

// A clause opening with 其中 and no mark after it, the clauses before it ending at a comma, naming no figure, no narrower money.
const INNER_OF_WHICH = /^[\s\u3000]*其中(?=[^\s\u3000，,：:；;。])/;
// Read back from the end (a pattern anchored at $ is tried from every character of a long sentence, for each figure).
function endsAtComma(lead: string): boolean {
  let i = lead.length - 1;
  while (i >= 0 && (lead[i] === ' ' || lead[i] === '\u3000' || lead[i] === '\t')) i--;
  return lead[i] === '，' || lead[i] === ',';
}
// What makes a lead before a clause naming its own scope a frame of it: a figure or a date, a part (中, 其中, 含), a step of
// a reckoning (扣除, 剔除, 后, 按…计算, 口径), a condition or a plan (若, 如, 预计, 拟, 计划), a comparison, a list's split (分, 看).
// 支出执行中，我们坚持把乡村振兴摆在突出位置，农林水支出134,280万元: clauses of what was done or meant, with no figure, no time
// and nothing that narrows or recounts (SCOPED_LEAD_STOP, INNER_LEAD_STOP), then a clause naming an item and its amount: the
// lead is the drafter's preamble, not the item's frame. The course of the year's work (支出执行中, 执行过程中, 工作中) is no whole
// whose part follows (在X支出中 is).
const IN_THE_COURSE = /(?:(?:收入|支出)?预算|收入|支出)?执行(?:过程)?中|工作中|实践中/g;
function narratedLead(lead: string): boolean {
  if (!lead.trim() || lead.length > SCOPED_LEAD_REACH || !endsAtComma(lead)) return false;
  const words = lead.replace(IN_THE_COURSE, '');
  return !SCOPED_LEAD_STOP.test(words) && !INNER_LEAD_STOP.test(words) && !NARRATED_LEAD_STOP.test(words);
}
// A lead that names money, a level or a share of one speaks of the figure's whole (收入, 支出, 用于, 占).
const NARRATED_LEAD_STOP = /收入|支出|费|税|用于|占|增|减|降|超|共|总|累计|预算|决算|万元|亿元|萬元|億元/;
// One clause of a count of things done or held (接待86批次, 1,024人次, 车辆5辆), after at most a few words naming them.
const COUNT_PIECE = /^(?:[0-9０-９]{4}年度?)?[\u4e00-\u9fff“”（）()]{0,16}[0-9０-９][0-9０-９,.]*(?:批次|人次|次|辆|台（套）|台套|台|套|批)$/;
const TIME_PIECE = /^(?:全年|本年|年内|当年|[0-9０-９]{4}年度?)$/;
// A lead of counts is a clause or two (全年国内公务接待86批次、1,024人次，): tested only that far, so a long sentence's figures
// do not each read the whole sentence before them.
const COUNT_LEAD_REACH = 80;

/**
 * A lead of only counts (and a time) ending at a comma: 全年国内公务接待86批次、1,024人次，. Money, a share or a 其中 in it
 * makes it something else (a breakdown, a reckoning).
 */
function countLead(lead: string): boolean {
  const t = lead.replace(/[\s\u3000]+/g, '');
  if (!/[，,]$/.test(t) || /[元%％：:；;]|其中|中[，,]|比|较|增|减|降/.test(t)) return false;
  const pieces = t.slice(0, -1).split(/[，、]|,(?![0-9０-９])/);
  return pieces.some((p) => COUNT_PIECE.test(p)) && pieces.every((p) => COUNT_PIECE.test(p) || TIME_PIECE.test(p));
}

const SCOPED_LEAD_STOP = /[0-9０-９：:；;]|中|后|前|按|依|扣除|剔除|除|含|包括|若|如|假|口径|计算|测算|预计|计划|拟|将|调整|追加|比|较|同期|上年|去年|年初|年末|年底|月|季度|分|看|而言|另|此外/;
const SCOPED_LEAD_REACH = 60;
const INNER_LEAD_STOP = /[0-9０-９：:；;]|安排|转移支付|补助|资金|拨款|基金|债|其中|中[，,]/;

// A sentence's topic, then what it is made of or for, up to the clause of its figure (no other figure, no stop between).
// (Read in three steps, each linear: one pattern with the words between as a run to a last comma backtracked.)
const TOPIC_LEAD = /^[\s\u3000]*((?:[0-9０-９]{4}年度?)?[\u4e00-\u9fff“”（）()]{2,24}?)(?:主要|全部|均|大部分)(?:来源于|来自|用于|包括|是|为|系)/;
const TOPIC_REST_END = /[，,][\s\u3000]*$/;
const TOPIC_REST_STOP = /[。；;！？!?0-9０-９]/;
// The clause of the topic's level: a time and a verb, nothing named (全年实现, 全年共支出, 合计).
const TOPIC_CLAUSE = new RegExp(`^(?=[\\u4e00-\\u9fff])(?:全年|本年度?|当年|年度|年内|${HALF_YEARS}|${MONTHS})?(?:共|累计)?(?:实现|完成|取得|支出|收入|发生|安排|使用)?(?:共计|合计|总计)?(?:为|达到?)?$`);

// A document's whole revenue or spending, its measure before or after (收入预算总计, 预算收入总计, 支出总计).
const TOTAL_LEVEL = /^(?:(?:截至|截止)?[0-9０-９]{4}年度?)?(?:本部门|本单位|部门|单位)?(?:[0-9０-９]{4}年度?)?(?:部门)?(预算|决算)?(本年度?)?(收入|支出)(预算|决算)?(总计|合计)(?:为|是|达到|达)?$/;
// The other side's total stated first in the sentence (收入总计X万元，支出总计…): no frame of the clause after it.
const OTHER_SIDE_TOTAL = /[^，,。；;]*(?:收入|支出)(?:预算|决算)?(?:总计|合计)(?:为|是)?[0-9０-９][0-9０-９,，.．]*(?:万|亿)?元[，,][\s\u3000]*$/;
/** The subject a total row is read under: 本年收入合计决算, 支出总计预算 (the measure last, as a table column gives it). */
export function totalSubject(thisYear: string, side: string, word: string, measure: string): string {
  return `${thisYear ? '本年' : ''}${side}${word}${measure}`;
}

// 分科目看，/ 从支出功能分类看，/ 按项目分，: a frame that says the clauses after it go item by item.
// (按功能分类， and 按支出功能分类， say it with no 看 or 分 after: the classification's name already says it.)
const FRAME = /^[\s\u3000]*(?:(?:分(?:支出)?(?:功能)?(?:科目|项目|类别|分类)|(?:从|按)(?:支出)?(?:功能分类|功能科目|具体科目|科目|支出结构|项目))(?:来?看|分)|按(?:支出)?功能(?:分类|科目))[，,：:]?[\s\u3000]*$/;
// What a framing title may end with after its frame: 按功能科目分类情况, 按支出功能分类安排.
const TITLE_FRAME_TAIL = /(?:的)?(?:情况|安排情况|安排|预算安排|预算|支出)$/;
/** Whether a title line (（二）按功能科目分, ## 2. 按支出功能分类情况) is a frame that says its section goes item by item. */
function framingTitle(text: string): boolean {
  const t = text.trim();
  const bare = t.slice(readMarker(t)?.length ?? 0).trim();
  return bare.length <= FRAME_REACH && (FRAME.test(bare) || FRAME.test(bare.replace(TITLE_FRAME_TAIL, '')));
}
// The longest frame before its colon.
const FRAME_REACH = 24;
// (A ；-clause of a list by subject (图书馆支出…；群众文化支出…) is framed too, unless a colon before it
// (地方收入按构成分：…) frames the whole list otherwise: told by paragraphFacts from its one scan.)

// The end of a 科目's path right before its figure: …（款）城乡社区环境卫生（项）” (the 项's name captured with what
// precedes it); a path may end at its 类 or 款 (城乡社区支出（类）5,102.48万元), naming that row.
// The 科目's own budget may be named after it (…（项）：预算5,509.45万元, …（项）2025年预算数为…): read only when its year and
// measure are the title's, since a department's notes give last year's figure in the same words (2024年决算数为…).
// The 决算 may follow the budget it is measured against, in a clause of its own (…（项）调整预算8,400.00万元，支出决算
// 8,162.30万元): then the figure's clause must name its measure, which is the title's.
const ITEM_PATH = /([^，。；;：:“”"]*?)（(类|款|项)）[”"]?[\s\u3000：:]*(?:科目)?(?:支出)?(?:([0-9]{4})年度?)?(预算|决算)?(?:数|安排)?(?:为|是)?[\s\u3000]*$/;
// (Read as two patterns, the path with the budget's clause and then the figure's own clause: one pattern holding both took
// the ReDoS check longer than it allows.)
const ITEM_PATH_BUDGET = /([^，。；;：:“”"]*?)（(类|款|项)）[”"]?[\s\u3000：:]*(?:科目)?(?:年初|调整)?预算数?(?:为|是)?[\s\u3000]*[0-9０-９][0-9０-９,，.．]*[\s\u3000]*[万萬亿億]?元$/;
const OWN_MEASURE_CLAUSE = /^[\s\u3000]*(?:支出)?(?:([0-9]{4})年度?)?(预算|决算)?(?:数|安排)?(?:为|是)?[\s\u3000]*$/;

/** The 科目 path ending right before a figure: its words, level, and the year and measure named after it. */
function itemPath(piece: string): { name: string; level: string; afterBudget: boolean; year?: string; measure?: string } | undefined {
  const m = ITEM_PATH.exec(piece);
  if (m) return { name: m[1], level: m[2], afterBudget: false, year: m[3], measure: m[4] };
  const cut = Math.max(piece.lastIndexOf('，'), piece.lastIndexOf(','), piece.lastIndexOf('；'), piece.lastIndexOf(';'));
  const own = cut >= 0 ? OWN_MEASURE_CLAUSE.exec(piece.slice(cut + 1)) : null;
  const path = own && ITEM_PATH_BUDGET.exec(piece.slice(0, cut));
  return path ? { name: path[1], level: path[2], afterBudget: true, year: own![1], measure: own![2] } : undefined;
}
// A 功能分类 table's head: the code, the name, then the row's total.
// (项目 科目编码: a head of two rows, its top cell merged over the code and the name, read as one.)
const CODE_HEAD = /^(?:项目)?(?:(?:支出)?功能分类)?(?:科目)?(?:编码|代码)$/;
const NAME_HEAD = /^(?:(?:支出)?功能分类)?(?:科目|项目)(?:名称)?$|^名称$/;
// The name column of a 功能分类 table printed without codes.
const UNCODED_NAME_HEAD = /^(?:(?:支出)?功能分类)?科目名称$/;
const TOTAL_HEAD = /^(?:本年)?(?:支出)?合计$|^(?:合计|总计)数?$|^本年支出$|^金额$/;
const CODE = /^[0-9]{3,7}$/;
// The 类 column of a code split over three (类 | 款 | 项), and the two digits of a 款.
const SPLIT_CLASS_HEAD = /^(?:科目)?(?:编码|代码)?类$/;
const SPLIT_CODE_PART = /^[0-9]{2}$/;
// One head over the code and the name together (科目编码及名称, 功能分类科目编码和名称), and such a cell: 2130122农业生产发展.
const CODE_NAME_HEAD = /^(?:(?:支出)?功能分类)?科目(?:编码|代码)(?:及|和|与|、)?(?:科目)?名称$/;
const CODED_NAME = /^[0-9]{3,7}[\s\u3000]*([^0-9０-９\s\u3000][^0-9０-９]*)$/;
// 公共安全支出—公安—执法办案: a row naming its 项 by the path of 类, 款 and 项 between dashes is the 项's row, as a sentence
// names it (执法办案（项）). Only a path opening on a class of spending (…支出) is read so: a dash in other names is kept.
const DASH_PATH = /^[\u4e00-\u9fff]{2,}支出[\s\u3000]*[—―－][^—―－]/;
const pathEnd = (name: string) => (DASH_PATH.test(name.trim()) ? name.split(/[—―－]+/).pop()!.trim() : name);
// Text subjects compared with a row name: the row of 行政运行 is 行政运行支出.
// A note in brackets after a 科目 name (文物保护（含…）) is no part of it; a wrapped name may have lost its closing bracket.
const codeKey = (name: string) => normalSubject(name).replace(/[（(](?:含|包括|不含)[^）)]*[）)]?$/, '').replace(/支出$/, '');

/**
 * A sentence that states one row of a 功能分类 table (科目编码 | 科目名称 | 合计 | …) by its name
 * (分科目看，城乡社区环境卫生支出548.60万元) against that row's total: compared within a section (no
 * heading between the sentence and the table), and only when every such row of the section agrees,
 * since a department's tables split one 科目 by source of funds (支出总表, 一般公共预算支出表) and a
 * name may stand in several 款. Each pair gets a subject of its own, so no other statement joins it.
 */
function codeTableFacts(ctx: ExtractContext, read: Fact[]): Fact[] {
  const blocks = ctx.doc.blocks;
  const docYear = titleYear(ctx);
  const docMeasure = titleMeasure(ctx);
  // The one column from `from` on of the title's measure, of the title's year (本年, 2026年, or no year at all): not 上年决算数,
  // not 2025年预算数 in a 2026 budget, not 调整预算数 in a 决算 (which MEASURE_COLUMN reads as no measure). -1 when none or two.
  const ownMeasureColumn = (heads: readonly string[], from: number): number => {
    if (!docMeasure) return -1;
    const at = heads.map((h, k) => {
      const m = k >= from ? MEASURE_COLUMN.exec(h) : null;
      if (!m || m[3] !== docMeasure || m[2] === '上年') return -1;
      return !m[1] || (docYear.length === 1 && m[1] === docYear[0]) ? k : -1;
    });
    const own = at.filter((k) => k >= 0);
    return own.length === 1 ? own[0] : -1;
  };
  const section: number[] = [];
  const sectionPeriod: string[] = [];
  // The funds the section's heading names (五、一般公共预算财政拨款支出预算情况), when it names spending of one fund.
  const sectionFund: string[] = [];
  let n = 0;
  let period: string[] = titlePeriod(ctx);
  let fund = '';
  for (const b of blocks) {
    // A plain-text heading is a paragraph block: a short line opening with a section marker.
    if (b.kind === 'heading' || (b.kind === 'paragraph' && b.text.length <= 40 && !/[。；;]/.test(b.text) && readMarker(b.text))) {
      n++;
      const p = periodOf(b.text);
      if (p.length) period = p;
      fund = fundOf(b.text, /支出/.test(b.text) && !/收入|经济分类|基本支出|项目支出|三公/.test(b.text));
    }
    section.push(n);
    sectionPeriod.push(period.join('|'));
    sectionFund.push(fund);
  }
  // Rows by section and name.
  const rows = new Map<string, DocFigure[]>();
  const addRow = (block: number, name: string, f: DocFigure) => {
    const key = codeKey(name);
    if (key.length < 2 || f.dimension !== 'money' || f.approximate) return;
    const k = `${section[block]}|${key}`;
    const list = rows.get(k);
    if (list) list.push(f);
    else rows.set(k, [f]);
  };
  for (const r of flatCodeTableRows(ctx)) if (r.code) addRow(r.block, r.name, r.figs[0]);
  for (const r of flatLevelTableRows(ctx)) {
    const at = ownMeasureColumn(r.heads, 0);
    if (at >= 0) addRow(r.block, r.name, r.figs[at]);
  }
  const pathRows = new Map<string, DocFigure[]>();
  // Rows by the one fund their table's title names (一般公共预算支出功能分类预算表) and name, across sections.
  const fundRows = new Map<string, DocFigure[]>();
  for (const b of blocks) {
    if (b.kind !== 'table-row' || !b.cells || !b.table || b.table.header) continue;
    const head = headerOf(ctx, b.table.id);
    if (!head?.cells) continue;
    const heads = head.cells.map((c) => head.text.slice(c.start, c.end).replace(/[\s\u3000]/g, ''));
    // 类 | 款 | 项 | 科目名称: the code in three columns, the name after the last.
    // (科目编码 over 类 in a head of two rows reads 科目编码类.)
    const split = heads.findIndex((h, k) => SPLIT_CLASS_HEAD.test(h) && heads[k + 1] === '款' && heads[k + 2] === '项');
    // 科目编码及名称 | 年初预算 | 决算数: the code and the name in one cell (2130122农业生产发展), the row's level under the
    // column of the measure the title names (决算数 in a 决算说明), when no column is the row's total.
    const joined = split < 0 ? heads.findIndex((h) => CODE_NAME_HEAD.test(h)) : -1;
    const codeAt = split >= 0 ? split : joined >= 0 ? joined : heads.findIndex((h) => CODE_HEAD.test(h));
    const nameFrom = split >= 0 ? split + 3 : joined >= 0 ? joined : codeAt + 1;
    const nameAt = codeAt >= 0 && (joined >= 0 || NAME_HEAD.test(heads[nameFrom] ?? '')) ? nameFrom : -1;
    let totalAt = nameAt >= 0 ? heads.findIndex((h, k) => k > nameAt && TOTAL_HEAD.test(h)) : -1;
    // 科目编码 | 科目名称 | 调整预算数 | 决算数 | 完成率 | 上年决算数, or 2025年预算数 | 2026年预算数 | 增减额: with no total
    // column, the row's level is under the one column of the measure and the year the title names.
    if (totalAt < 0 && nameAt >= 0) totalAt = ownMeasureColumn(heads, nameAt + 1);
    const cell = (c: number) => b.text.slice(b.cells![c].start, b.cells![c].end).trim();
    // 科目名称 | 合计 | 基本支出 | 项目支出 with no code column: a 功能分类 table all the same, whose rows a 科目's path names
    // (社会保障和就业支出（类）826.48万元). Only a path is read against it: a plain name may be of other money.
    if (codeAt < 0 && UNCODED_NAME_HEAD.test(heads[0] ?? '')) {
      // 科目名称 | 年初预算数 | 决算数 | 完成率: with no total column, the row's level is under the one column of the
      // measure the title names (决算数 in a 决算说明), as in a table of joined codes.
      let at = heads.findIndex((h, k) => k > 0 && TOTAL_HEAD.test(h));
      if (at < 0) at = ownMeasureColumn(heads, 1);
      const name = pathEnd(cell(0));
      if (at < 0 || at >= b.cells.length || !name || /合计|总计|其中/.test(name) || /^[\s\u3000]/.test(b.text.slice(b.cells[0].start))) continue;
      const figs = ctx.figuresByBlock[b.index].filter((f) => f.start >= b.cells![at].start && f.end <= b.cells![at].end);
      if (figs.length === 1 && figs[0].dimension === 'money' && !figs[0].approximate && codeKey(name).length >= 2) {
        const k = `${section[b.index]}|${codeKey(name)}`;
        const list = pathRows.get(k);
        if (list) list.push(figs[0]);
        else pathRows.set(k, [figs[0]]);
      }
      continue;
    }
    if (totalAt < 0 || totalAt >= b.cells.length) continue;
    const coded = joined >= 0 ? CODED_NAME.exec(cell(codeAt)) : null;
    // A 款 or 项 row under its 类 leaves the 类 cell blank (the class printed once, on its own row): its 款 cell is its code.
    const ownCode = CODE.test(cell(codeAt)) || (split >= 0 && SPLIT_CODE_PART.test(cell(split + 1)));
    if (joined >= 0 ? !coded : !ownCode || !cell(nameAt)) continue;
    const { start, end } = b.cells[totalAt];
    const figs = ctx.figuresByBlock[b.index].filter((f) => f.start >= start && f.end <= end);
    if (figs.length === 1) {
      const name = coded ? coded[1] : cell(nameAt);
      addRow(b.index, name, figs[0]);
      const own = fundOf(tableTitleOf(ctx, head), true);
      const key = codeKey(name);
      if (own && key.length >= 2 && figs[0].dimension === 'money' && !figs[0].approximate) {
        const list = fundRows.get(`${own}|${key}`);
        if (list) list.push(figs[0]);
        else fundRows.set(`${own}|${key}`, [figs[0]]);
      }
    }
  }
  if (!rows.size && !pathRows.size && !fundRows.size) return [];
  const out: Fact[] = [];
  const used = new Set<string>();
  // “城乡社区支出（类）城乡社区环境卫生（款）城乡社区环境卫生（项）”3,831.20万元: a 科目 named by its path states
  // its 项's row, whatever words open the sentence (a list number, a quote).
  for (const b of blocks) {
    if (b.kind !== 'paragraph' || !/（[类款项]）/.test(b.text)) continue;
    for (const f of ctx.figuresByBlock[b.index]) {
      if (f.role !== 'amount' || f.dimension !== 'money' || f.approximate) continue;
      const m = itemPath(b.text.slice(Math.max(0, f.start - 80), f.start));
      if (!m || (m.year && !docYear.includes(m.year)) || (m.measure && m.measure !== docMeasure) || (m.afterBudget && !m.measure)) continue;
      // 2.社会保障和就业支出（类）, （二）卫生健康支出（类）: a list's number is no part of the name.
      const name = m.name.split(/（[类款]）/).pop()!.replace(/[\s\u3000]/g, '').replace(ROW_NUMBER, '');
      if (name.length < 2) continue;
      // A section explaining one fund's spending 科目 by 科目 (五、一般公共预算财政拨款支出预算情况) restates the rows of that
      // fund's 功能分类 table, printed in a section of its own after the notes.
      const fk = sectionFund[b.index] ? `${sectionFund[b.index]}|${codeKey(name)}` : '';
      const k = rows.has(`${section[b.index]}|${codeKey(name)}`) || pathRows.has(`${section[b.index]}|${codeKey(name)}`) || !fundRows.has(fk) ? `${section[b.index]}|${codeKey(name)}` : fk;
      const list = rows.get(k) ?? pathRows.get(k) ?? fundRows.get(k);
      if (!list || !list.every((x) => meets(intervalOf(x), intervalOf(list[0])))) continue;
      const subject = `${name}（${m.level}）@功能分类表${k}`;
      out.push({ subject, written: `${name}（${m.level}）`, period: '', scope: '', figure: f });
      if (!used.has(k)) {
        used.add(k);
        for (const x of list) out.push({ subject, written: `${name}（${m.level}）`, period: '', scope: '', figure: x });
      }
    }
  }
  for (const f of read) {
    if (f.weak || f.scope || f.figure.block === undefined || !/支出$/.test(f.subject)) continue;
    const b = f.figure.block;
    // The sentence names no year but the section's.
    if (f.period !== sectionPeriod[b]) continue;
    const k = `${section[b]}|${codeKey(f.subject)}`;
    const list = rows.get(k);
    if (!list || !list.every((x) => meets(intervalOf(x), intervalOf(list[0])))) continue;
    const subject = `${f.subject}@功能分类表${k}`;
    out.push({ ...f, subject, framed: undefined });
    if (!used.has(k)) {
      used.add(k);
      for (const x of list) out.push({ subject, written: f.written, period: f.period, scope: '', figure: x });
    }
  }
  return out;
}

// The funds of the budget books a title or heading may name, one only; '' when it names none, several, or `spending` is false.
const FUNDS = /一般公共预算|政府性基金|国有资本经营|社会保险基金/g;
function fundOf(text: string, spending: boolean): string {
  if (!spending) return '';
  const named = new Set(text.replace(/[\s\u3000]/g, '').match(FUNDS) ?? []);
  return named.size === 1 ? [...named][0] : '';
}
// A 功能分类 table's title (表五 一般公共预算支出功能分类预算表), a few lines above its head, past a unit note.
function tableTitleOf(ctx: ExtractContext, head: Block): string {
  for (let i = head.index - 1; i >= Math.max(0, head.index - 4); i--) {
    const t = ctx.doc.blocks[i].text.replace(/[\s\u3000]/g, '');
    if (ctx.doc.blocks[i].cells) return '';
    if (/功能分类[^。；;，,]{0,12}表$/.test(t) && t.length <= 60) return t;
  }
  return '';
}

// A paragraph that opens with a 科目 named by its path and the 科目's figure: 1. “…（款）行政运行（项）”1,106.20万元,
// 3、公共安全支出（204类）司法（06款）普法宣传（05项）124.29万元, “…（项）”科目43.83万元 (a list number, a quote, the
// codes in the brackets and the word 科目 may each be there or not).
// (Read with its spaces taken out: a pattern allowing them around each part matched one run of them many ways.)
const ITEM_OPENING = /^(?:[0-9０-９]{1,3}[.．、]|[（(][0-9０-９一二三四五六七八九十]{1,3}[）)]|[一二三四五六七八九十]{1,3}、)?[“"]?((?:[^，。；;：:“”"（(]+（[0-9０-９]*(?:类|款)）)*[^，。；;：:“”"（(]+)（[0-9０-９]*项）[”"]?(?:科目)?(?:为|是)?$/;
// Later in that paragraph, the year's budget of the same 科目 with no subject of its own: 2025年预算安排1,106.20万元.
const ITEM_BUDGET = /(?:^|[，,。；;：:])[\s\u3000]*((?:([0-9０-９]{4})[\s\u3000]*年度?|本年度?)?预算安排(?:为|是)?)[\s\u3000]*$/;

/**
 * The Shanghai 项目说明 paragraph states its 科目's budget twice: the path opens it with the figure, and a later
 * sentence gives it again beside the last year's outturn (2024年当年预算执行数为P，2025年预算安排C，比…). The two
 * are one fact, keyed by the paragraph so that nothing else joins them. Only a paragraph with one such opening
 * and one such budget clause, whose year is the latest the paragraph names (not last year's budget), is read.
 */
function itemBudgetFacts(ctx: ExtractContext): Fact[] {
  const out: Fact[] = [];
  for (const b of ctx.doc.blocks) {
    if (b.kind !== 'paragraph' || !/项）/.test(b.text)) continue;
    const figs = ctx.figuresByBlock[b.index].filter((f) => f.role === 'amount' && f.dimension === 'money' && !f.approximate);
    if (!figs.length) continue;
    const head = ITEM_OPENING.exec(b.text.slice(0, figs[0].start).replace(/[\s\u3000]+/g, ''));
    if (!head) continue;
    if (/（[0-9０-９]*项）/.test(b.text.slice(figs[0].end))) continue;
    // A line of a PDF's text that ends at a full stop closes its block: the paragraph's next sentence is the next
    // block, when that opens with no list number or path of its own.
    const next = ctx.doc.blocks[b.index + 1];
    const goesOn = next?.kind === 'paragraph' && !outlineMarker(next.text) && !/（[0-9０-９]*项）/.test(next.text) && !/预算安排/.test(b.text.slice(figs[0].end));
    const clauses = (x: Block, fs: DocFigure[]) => fs.map((f) => ({ f, m: ITEM_BUDGET.exec(x.text.slice(Math.max(0, f.start - 30), f.start)) })).filter((c) => c.m);
    const budgets = goesOn ? clauses(next, ctx.figuresByBlock[next.index].filter((f) => f.role === 'amount' && f.dimension === 'money' && !f.approximate)) : clauses(b, figs.slice(1));
    if (budgets.length !== 1) continue;
    const [{ f, m }] = budgets;
    const years = [...(goesOn ? `${b.text}${next.text}` : b.text).matchAll(YEAR)].map((y) => Number(toAscii(y[0])));
    const year = m![2] ? Number(toAscii(m![2])) : undefined;
    if (year !== undefined && years.some((y) => y > year)) continue;
    const name = head[1].split(/（[0-9０-９]*(?:类|款)）/).pop()!;
    if (name.length < 2) continue;
    const subject = `${name}（项）预算@项目说明${b.index}`;
    const period = year !== undefined ? String(year) : '';
    out.push({ subject, written: `${name}（项）预算`, period, scope: '', figure: figs[0] }, { subject, written: `${name}（项）预算`, period, scope: '', figure: f });
  }
  return out;
}
