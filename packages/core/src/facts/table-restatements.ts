import type { Block } from '../document/types.ts';
import { cellText } from '../document/cells.ts';
import { pageBreakOnly, sameHead } from '../document/continued-tables.ts';
import { UNIT_NOTE } from '../document/unit-notes.ts';
import type { ExtractContext } from '../reading/context.ts';
import type { DocFigure } from '../reading/types.ts';
import { normalSubject } from '../reading/names.ts';
import { intervalOf } from '../reading/figures/interval-of.ts';
import { classCode, inUnit } from '../relations/code-table-rows.ts';
import { titleMeasure, titlePeriod, titleYear, totalSubject, type Fact } from './facts.ts';
import { FUND_NAMES, withoutBookMeasure } from '../domain/lexicon.ts';

/**
 * A department's tables print most 功能分类 rows more than once: the 类 row of its 支出总表 again on the
 * spending side of its 收支总表, a 项 row of its 财政拨款支出表 again in the 财政拨款收支总表's twin. Two
 * printings are one fact only when their tables' titles say the same scope: the same measure (预算, 决算),
 * year, funds (财政拨款, 一般公共预算, 政府性基金, 国有资本经营, or all funds when the title names none),
 * part of the spending (基本支出, 项目支出), level (部门, 单位) and side (收入, 支出). Each row's total
 * is its fact, keyed by that scope, its code and its name (a 类 by its name alone, which a 收支总表 prints
 * without the code); a scope held by two tables of one kind (one per unit) is left alone, and so is a
 * row a table prints twice.
 */

// Words of a table's title that narrow what its figures cover: two tables differing in one of them may differ.
const QUALIFIERS = ['财政拨款', '一般公共预算', '政府性基金', '国有资本经营', '社会保险基金', '基本支出', '项目支出', '经济分类', '部门', '单位', '三公', '上年', '政府采购', '结转'];
// A table's title: a short line ending in 表 (an 附表 number or a bracketed note before it allowed).
const TITLE = /^[^。；;，,]{4,60}表(?:[（(][^）)]{1,20}[）)])?$/;
// What may stand between a title and its table's head: a unit note, the compiler's name, a table number.
const BETWEEN = /^(?:编制(?:部门|单位)|填报(?:部门|单位)|[（(]?单位[:：]|金额单位|表[0-9０-９]|附表)/;
// How many blocks above a head its title may stand.
const TITLE_WINDOW = 4;
// The head of a code table's total column; of a 收支总表's spending side, its total or measure.
const TOTAL_HEAD = /^(?:本年)?(?:支出)?(?:合计|总计)数?$|^本年支出$/;
const SIDE_TOTAL_HEAD = /^(?:本年支出)?(?:合计|预算数?|决算数?|金额)$/;
const INCOME_TOTAL_HEAD = /^(?:本年收入)?(?:合计|预算数?|决算数?|金额)$/;
const CODE_HEAD = /(?:编码|代码)(?:类)?$|^类$/;
// A second label column: a 收支总表's spending side.
const SIDE_LABEL_HEAD = /^(?:本年)?(?:支出)?(?:项目|科目)(?:名称)?$|^(?:本年)?支出$/;
const ROW_NUMBER = /^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十0-9０-９]{1,3}[）)]、?|[0-9０-９]{1,2}[.．、])/;
const plain = (s: string) => s.replace(/[\s\u3000]/g, '');

/** The scope a table's title gives its figures; undefined when it names no measure or no side. */
function scopeOf(title: string, docMeasure: string): string | undefined {
  const t = plain(title).replace(/编制(?:部门|单位)[:：].*$/, '');
  // The 预算 of a budget book's name (一般公共预算) is no measure; a title naming none has the document's.
  const measures = new Set(withoutBookMeasure(t).match(/决算|预算/g) ?? (docMeasure ? [docMeasure] : []));
  if (measures.size !== 1) return undefined;
  // 收支总表, 收入支出决算总表: read on its spending side only.
  const side = /收支/.test(t) || (/收入/.test(t) && /支出/.test(t)) ? '支出' : /收入/.test(t) ? '收入' : /支出/.test(t) ? '支出' : '';
  if (!side) return undefined;
  const years = [...new Set(t.match(/[0-9]{4}(?=年)/g) ?? [])];
  if (years.length > 1) return undefined;
  return [[...measures][0], years[0] ?? '', side, ...QUALIFIERS.filter((q) => t.includes(q))].join('|');
}

/** The title line above a table's head; `withUnit`: one ending in its unit note (政府采购预算表（单位：万元）) too. */
function titleAbove(ctx: ExtractContext, head: Block, withUnit = false): string | undefined {
  for (let i = head.index - 1; i >= Math.max(0, head.index - TITLE_WINDOW); i--) {
    const b = ctx.doc.blocks[i];
    const t = b.text.trim();
    if (!t) continue;
    if (b.cells) return undefined;
    if (TITLE.test(plain(t)) && (!UNIT_NOTE.test(t) || (withUnit && UNIT_NOTE.test(t.replace(/^.*表/, ''))))) return t;
    if (BETWEEN.test(t) || UNIT_NOTE.test(t)) continue;
    return undefined;
  }
  return undefined;
}

interface Printing {
  subject: string;
  /** A whole's total (收入总计): keyed as the text states it, not by the table's scope. */
  total?: true;
  /** Which table of a whole it comes from: the whole's (合计 | 基本支出 | 项目支出) or its 基本支出 table's. */
  kind?: string;
  written: string;
  figure: DocFigure;
}

/** The cell's one money figure; a bare one in `carried`, the unit of the table a page's continuation goes on. */
function cellFigure(ctx: ExtractContext, b: Block, c: number, carried?: string): DocFigure | undefined {
  const cl = b.cells?.[c];
  if (!cl) return undefined;
  const figs = ctx.figuresByBlock[b.index].filter((f) => f.start >= cl.start && f.end <= cl.end);
  const f = figs.length === 1 && carried && !b.table?.unit ? inUnit(figs[0], carried) : figs[0];
  return figs.length === 1 && f.dimension === 'money' && !f.approximate ? f : undefined;
}

/** A 功能分类 table's rows: code, name, and the total column's figure. */
function codeRows(ctx: ExtractContext, rows: readonly Block[], heads: string[], unit?: string): Printing[] {
  const codeAt = heads.findIndex((h) => CODE_HEAD.test(h));
  if (codeAt !== 0) return [];
  const totalAt = heads.findIndex((h) => TOTAL_HEAD.test(h));
  if (totalAt < 0) return [];
  const out: Printing[] = [];
  for (const r of rows.slice(1)) {
    if (!r.cells || r.table?.header) continue;
    const code = classCode(r, cellText);
    // Only 功能分类 codes (类 2xx): an 经济分类 table's 301 is another classification.
    if (!code || !/^2[0-9]{2}$|^2[0-9]{4}$|^2[0-9]{6}$/.test(code)) continue;
    let name = '';
    for (let c = 0; c < totalAt; c++) {
      const t = cellText(r, c).replace(/^[0-9]+[\s\u3000]*/, '');
      if (/[\u4e00-\u9fff]/.test(t)) {
        name = t;
        break;
      }
    }
    const f = cellFigure(ctx, r, totalAt, unit);
    if (!name || !f) continue;
    const n = normalSubject(name);
    out.push({ subject: code.length === 3 ? `${n}（类）` : `${code}${n}`, written: name, figure: f });
  }
  return out;
}

/** A 收支总表's spending side: its numbered 类 rows (一、一般公共服务支出) and their totals. */
function sideRows(ctx: ExtractContext, rows: readonly Block[], heads: string[], measure: string, allFunds: boolean, unit?: string): Printing[] {
  const labelAt = heads.findIndex((h, k) => k > 0 && SIDE_LABEL_HEAD.test(h.replace(/^本年支出/, '')));
  if (labelAt < 0 || !SIDE_TOTAL_HEAD.test(heads[labelAt + 1] ?? '')) return [];
  const out: Printing[] = [];
  for (const r of rows.slice(1)) {
    if (!r.cells || r.table?.header) continue;
    const label = cellText(r, labelAt);
    if (!ROW_NUMBER.test(label)) continue;
    const name = label.replace(ROW_NUMBER, '').trim();
    if (!/支出$/.test(name) || /^(?:基本|项目)支出$/.test(name)) continue;
    const f = cellFigure(ctx, r, labelAt + 1, unit);
    if (f) out.push({ subject: `${normalSubject(name)}（类）`, written: name, figure: f });
  }
  // The whole's totals, each side's: a table of all funds only (its title names no fund), as a text naming none means.
  if (!allFunds) return out;
  for (const r of rows.slice(1)) {
    if (!r.cells || r.table?.header) continue;
    for (const [at, side] of [[0, '收入'], [labelAt, '支出']] as const) {
      if (side === '收入' && !INCOME_TOTAL_HEAD.test(heads[1] ?? '')) continue;
      const m = TOTAL_ROW.exec(plain(cellText(r, at)));
      const f = m && m[2] === side ? cellFigure(ctx, r, at + 1, unit) : undefined;
      if (f) out.push({ subject: totalSubject(m![1] ?? '', side, m![3], measure), written: cellText(r, at), figure: f, total: true });
    }
  }
  return out;
}
const TOTAL_ROW = /^(本年度?)?(收入|支出)(总计|合计)$/;

export function tableRestatementFacts(ctx: ExtractContext): Fact[] {
  const byScope = new Map<string, { kinds: Map<string, number>; printings: Array<Printing & { table: number }> }>();
  // The 合计 rows' wholes and parts by funds, measure and year (those key their subjects already).
  const wholes = new Map<string, Array<Printing & { table: number }>>();
  const docMeasure = titleMeasure(ctx);
  // The last titled table: a table after it with no title of its own but the same head, past only a page's
  // furniture (a running head, a page number), is its continuation on the next page.
  let last: { scope: string; heads: string[]; id: number; end: number; unit?: string } | undefined;
  for (const rows of ctx.tables()) {
    const head = rows[0];
    if (!head?.table?.header || !head.cells) continue;
    const heads = head.cells.map((_, c) => plain(cellText(head, c)));
    const title = titleAbove(ctx, head);
    const continues = !title && last && sameHead(last.heads, heads) && pageBreakOnly(ctx.doc.blocks, last.end, head.index);
    const scope = continues ? last!.scope : title && scopeOf(title, docMeasure);
    const id = continues ? last!.id : head.table.id;
    const unit = continues ? last!.unit : head.table.unit;
    last = scope ? { scope, heads: continues ? last!.heads : heads, id, end: rows[rows.length - 1].index, unit } : undefined;
    if (!scope) continue;
    const coded = codeRows(ctx, rows, heads, unit);
    const kind = coded.length ? 'code' : 'side';
    const [measure, , , ...qualifiers] = scope.split('|');
    for (const p of totalRowParts(ctx, rows, heads, scope, unit)) {
      const key = p.subject.slice(p.subject.indexOf('@'));
      wholes.set(key, [...(wholes.get(key) ?? []), { ...p, table: id }]);
    }
    const printings = coded.length ? coded : sideRows(ctx, rows, heads, measure, qualifiers.every((q) => q === '部门' || q === '单位'), unit);
    if (!printings.length) continue;
    let s = byScope.get(scope);
    if (!s) byScope.set(scope, (s = { kinds: new Map(), printings: [] }));
    if (!continues) s.kinds.set(kind, (s.kinds.get(kind) ?? 0) + 1);
    // A row printed twice in one table (a name under two 款) says nothing of either printing.
    const seen = new Map<string, number>();
    for (const p of printings) seen.set(p.subject, (seen.get(p.subject) ?? 0) + 1);
    for (const p of printings) if (seen.get(p.subject) === 1) s.printings.push({ ...p, table: id });
  }
  const out: Fact[] = [];
  for (const [scope, s] of byScope) {
    // Two tables of one kind and scope: a department's units, each with its own; their rows differ rightly.
    if ([...s.kinds.values()].some((n) => n > 1)) continue;
    const year = scope.split('|')[1];
    for (const p of s.printings) out.push({ subject: p.total ? p.subject : `${p.subject}@表${scope}`, written: p.written, period: year, scope: '', figure: p.figure });
  }
  const keys = new Set<string>();
  for (const [key, ps] of wholes) {
    // One table of each kind for those funds: two (one per unit) leave which one a sentence states unsaid.
    const tables = new Map<string, Set<number>>();
    for (const p of ps) tables.set(p.kind ?? '', (tables.get(p.kind ?? '') ?? new Set()).add(p.table));
    if ([...tables.values()].some((t) => t.size > 1)) continue;
    keys.add(key);
    for (const p of ps) out.push({ subject: p.subject, written: p.written, period: '', scope: '', figure: p.figure });
  }
  // A part said to cover the whole of its kind (覆盖全部项目支出) is compared with the frames' parts of the prose too.
  const texts = textParts(ctx);
  const covering = new Set(texts.filter((f) => f.covers).map((f) => f.subject));
  for (const f of texts) if (keys.has(f.subject.slice(f.subject.indexOf('@'))) || covering.has(f.subject)) out.push(f);
  for (const f of titledTotals(ctx)) out.push(f);
  return out;
}

// What a table's title says around the whole it details: its number, year, the words for a table of items.
const TITLE_NUMBER = /^附?表[0-9０-９一二三四五六七八九十]+(?:[-—－][0-9０-９]+)?(?:[：:.．、]|[\s\u3000]+)/;
const TITLE_TAIL = /(?:明细|情况|汇总|统计|分类)?(?:总?表)(?:[（(][^）)]*[）)])?$/;
const TITLED_NOUN = /费|支出|收入|经费|资金|采购|预算|决算/;
const TOTAL_LABEL = /^(?:合计|总计)$/;

/**
 * The 合计 row of a table whose title names one whole (表4 政府采购预算表 → 政府采购预算), when the row states one
 * amount: that whole's level, as a sentence stating it (本部门政府采购预算总额126.80万元) does. A 收支总表 (both
 * sides) and tables whose 合计 row states several amounts (columns of parts or years) are left to the readings of
 * their columns.
 */
function titledTotals(ctx: ExtractContext): Fact[] {
  const out: Fact[] = [];
  for (const rows of ctx.tables()) {
    const head = rows[0];
    if (!head?.table?.header || !head.cells) continue;
    const title = titleAbove(ctx, head, true);
    if (!title) continue;
    // The number first, while the space after it still ends it (表7 2026年…).
    const t = plain(title.trim().replace(/^\**/, '').replace(TITLE_NUMBER, '')).replace(/[（(][^）)]*[单單]位[:：][^）)]*[）)]$/, '');
    if (/收支|收入.*支出|支出.*收入/.test(t)) continue;
    const years = [...new Set(t.match(/[0-9]{4}(?=年)/g) ?? [])];
    if (years.length > 1) continue;
    const subject = normalSubject(t.replace(/\*+$/, '').replace(TITLE_TAIL, '').replace(/^.*?[0-9]{4}年度?/, ''));
    if (subject.length < 4 || !TITLED_NOUN.test(subject) || /[0-9０-９]/.test(subject)) continue;
    const totals = rows.slice(1).filter((r) => r.cells && !r.table?.header && TOTAL_LABEL.test(plain(cellText(r, 0))));
    if (totals.length !== 1) continue;
    const money = ctx.figuresByBlock[totals[0].index].filter((f) => f.dimension === 'money');
    if (money.length !== 1 || money[0].approximate) continue;
    const period = years.length ? years : titleYear(ctx);
    out.push({ subject, written: subject, period: period.join('|'), scope: '', figure: money[0] });
  }
  return out;
}

// The funds a title or a sentence's frame names, as one word: 一般公共预算财政拨款 is 一般公共预算's.
const fundOf = (t: string) => FUND_NAMES.find((w) => t.includes(w)) ?? '';
// Qualifiers that make a table's 合计 row another whole than the spending of its funds.
const PART_QUALIFIERS = new Set(['基本支出', '项目支出', '经济分类', '三公', '上年', '政府采购', '结转']);
const PARTS = ['基本支出', '项目支出'] as const;

/**
 * A table's 合计 row under 合计 | 基本支出 | 项目支出, keyed by the funds, measure and year its title names:
 * the whole spending and its two parts. Read only where the row's total is its parts' sum (the columns are
 * where the head says) and the title names no narrower whole; or a 基本支出 table's 合计 row, under 合计 | 人员经费 |
 * 公用经费, as the 基本支出 of its funds.
 */
function totalRowParts(ctx: ExtractContext, rows: readonly Block[], heads: string[], scope: string, unit?: string): Printing[] {
  const [measure, year, side, ...qualifiers] = scope.split('|');
  if (side !== '支出') return [];
  // A 基本支出 table by 经济分类 (合计 | 人员经费 | 公用经费): its 合计 row is the 基本支出 of its funds.
  const basic = qualifiers.includes('基本支出') && qualifiers.every((q) => q === '基本支出' || q === '经济分类' || !PART_QUALIFIERS.has(q));
  if (!basic && qualifiers.some((q) => PART_QUALIFIERS.has(q))) return [];
  const totalAt = heads.findIndex((h) => TOTAL_HEAD.test(h));
  const partAt = (basic ? BASIC_PARTS : PARTS).map((p) => heads.findIndex((h) => h.endsWith(p)));
  if (totalAt < 0 || partAt.some((c) => c < 0 || c <= totalAt)) return [];
  // The row whose label (its first cell holding anything, before the total) is 合计.
  const label = (r: Block) => {
    for (let c = 0; c < totalAt; c++) if (plain(cellText(r, c))) return plain(cellText(r, c));
    return '';
  };
  const totals = rows.slice(1).filter((r) => r.cells && !r.table?.header && /^(?:合计|总计)$/.test(label(r)));
  if (totals.length !== 1) return [];
  const [r] = totals;
  const whole = cellFigure(ctx, r, totalAt, unit);
  const parts = partAt.map((c) => cellFigure(ctx, r, c, unit));
  if (!whole || parts.some((f) => !f)) return [];
  const sum = intervalOf(parts[0]!).lo.plus(intervalOf(parts[1]!).lo);
  const wi = intervalOf(whole);
  const slack = intervalOf(parts[0]!).hi.minus(intervalOf(parts[0]!).lo).plus(intervalOf(parts[1]!).hi.minus(intervalOf(parts[1]!).lo));
  if (sum.gt(wi.hi) || sum.plus(slack).lt(wi.lo)) return [];
  const key = wholeKey(fundOf(qualifiers.join('')), measure, year || titlePeriod(ctx).join(''));
  if (basic) return [{ subject: `基本支出@${key}`, written: partName(key, '基本支出'), figure: whole, total: true, kind: 'basic' }];
  return [
    { subject: `支出合计@${key}`, written: partName(key, '合计'), figure: whole, total: true, kind: 'whole' },
    ...PARTS.map((p, k) => ({ subject: `${p}@${key}`, written: partName(key, p), figure: parts[k]!, total: true as const, kind: 'whole' })),
  ];
}
const BASIC_PARTS = ['人员经费', '公用经费'] as const;
const wholeKey = (fund: string, measure: string, year: string) => `${fund}支出${measure}|${year}`;
/** 2025年一般公共预算支出预算中基本支出: the part with the whole it is of, for messages. */
const partName = (key: string, part: string) => {
  const [whole, year] = key.split('|');
  return `${year}年${whole}${part === '合计' ? part : `中${part}`}`;
};

// A sentence that opens with the whole spending of some funds (支出预算总额1,862.70万元，…; 一般公共预算支出中，):
// its 基本支出 and 项目支出 clauses, in it or in the sentence after that opens with 其中. (支出总计 is no such whole:
// in a 决算 it holds the year-end balance too.)
// (本院, 本校, 本中心: a hospital's, a school's, a centre's own unit, as 本单位 is.)
const WHOLE_FRAME = /^[\s\u3000]*(?:[0-9０-９]{4}年度?[，,]?)?(?:本部门|本单位|本院|本校|本中心|本馆|本所|本站)?(?:[0-9０-９]{4}年度?)?((?:一般公共预算|政府性基金预算?|国有资本经营预算)?(?:财政)?(?:拨款)?)(?:本年)?支出(预算|决算)?(?:总额|合计)?(?:为|是)?(?=中[，,]|[0-9０-９])/;
const PART_CLAUSE = /(?:^|[，,；;：:])[\s\u3000]*(?:其中[：:，,]?)?(基本支出|项目支出)(?:预算|决算)?(?:为|是)?[\s\u3000]*$/;
// 纳入绩效自评的项目支出4,321.40万元，覆盖全部项目支出: a part of the spending said to cover the whole of that part is its level,
// of the year and measure the title names (a sentence naming no other).
const COVERED_PART = /(基本支出|项目支出)(?:预算|决算)?(?:为|是)?[\s\u3000]*$/;
const COVERS_ALL = /^[\s\u3000]*[，,][\s\u3000]*(?:已|实现)?(?:覆盖|涵盖)(?:了)?(?:全部|所有)(?:的)?(基本支出|项目支出)/;

/** The parts a sentence says cover the whole of their kind (…项目支出X万元，覆盖全部项目支出), by the part's name. */
function coveredParts(block: Block, figures: readonly DocFigure[]): Fact[] {
  const out: Fact[] = [];
  for (const f of figures) {
    if (f.role !== 'amount' || f.dimension !== 'money' || f.approximate) continue;
    const before = COVERED_PART.exec(block.text.slice(Math.max(0, f.start - 24), f.start));
    const after = before && COVERS_ALL.exec(block.text.slice(f.end, f.end + 24));
    if (after && after[1] === before[1]) out.push({ subject: before[1], written: before[1], period: '', scope: '', figure: f });
  }
  return out;
}

/** The 基本支出 and 项目支出 (and the whole) a sentence states of the spending its frame names. */
function textParts(ctx: ExtractContext): Array<Fact & { covers?: true }> {
  const out: Array<Fact & { covers?: true }> = [];
  const measureOfDoc = titleMeasure(ctx);
  const docYear = titlePeriod(ctx).join('');
  for (const block of ctx.doc.blocks) {
    if (block.kind !== 'paragraph' || !/基本支出|项目支出/.test(block.text)) continue;
    let frame: { key: string } | undefined;
    for (const s of ctx.sentences(block)) {
      const text = block.text.slice(s.start, s.end);
      if (measureOfDoc && docYear && !/[0-9０-９]{4}年/.test(text)) for (const f of coveredParts(block, s.figures)) out.push({ ...f, subject: `${f.subject}@${wholeKey('', measureOfDoc, docYear)}`, written: partName(wholeKey('', measureOfDoc, docYear), f.subject), covers: true });
      const m = WHOLE_FRAME.exec(text);
      if (m) {
        const year = /([0-9]{4})年/.exec(text.slice(0, m[0].length))?.[1] ?? docYear;
        const measure = m[2] ?? measureOfDoc;
        if (!measure || !year) {
          frame = undefined;
          continue;
        }
        // 拨款 alone (拨款支出) is the 财政拨款's.
        frame = { key: wholeKey(fundOf(m[1]) || (m[1].includes('拨款') ? '财政拨款' : ''), measure, year) };
        const whole = s.figures.find((f) => f.start === s.start + m[0].length || block.text.slice(s.start + m[0].length, f.start).trim() === '');
        if (whole && whole.role === 'amount' && whole.dimension === 'money' && !whole.approximate) out.push({ subject: `支出合计@${frame.key}`, written: partName(frame.key, '合计'), period: '', scope: '', figure: whole });
      } else if (!/^[\s\u3000]*其中/.test(text)) {
        frame = undefined;
        continue;
      }
      if (!frame) continue;
      const seen = new Set<string>();
      for (const f of s.figures) {
        if (f.role !== 'amount' || f.dimension !== 'money' || f.approximate) continue;
        const p = PART_CLAUSE.exec(block.text.slice(s.start, f.start));
        if (!p || seen.has(p[1])) continue;
        seen.add(p[1]);
        out.push({ subject: `${p[1]}@${frame.key}`, written: partName(frame.key, p[1]), period: '', scope: '', figure: f });
      }
    }
  }
  return out;
}
