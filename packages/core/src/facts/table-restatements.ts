import type { Block } from '../document/types.ts';
import { UNIT_NOTE } from '../document/unit-notes.ts';
import type { ExtractContext } from '../reading/context.ts';
import type { DocFigure } from '../reading/types.ts';
import { normalSubject } from '../reading/names.ts';
import { classCode } from '../relations/code-table-rows.ts';
import { totalSubject, type Fact } from './facts.ts';

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
function scopeOf(title: string): string | undefined {
  const t = plain(title).replace(/编制(?:部门|单位)[:：].*$/, '');
  const measures = new Set(t.match(/决算|预算/g) ?? []);
  if (measures.size !== 1) return undefined;
  // 收支总表, 收入支出决算总表: read on its spending side only.
  const side = /收支/.test(t) || (/收入/.test(t) && /支出/.test(t)) ? '支出' : /收入/.test(t) ? '收入' : /支出/.test(t) ? '支出' : '';
  if (!side) return undefined;
  const years = [...new Set(t.match(/[0-9]{4}(?=年)/g) ?? [])];
  if (years.length > 1) return undefined;
  return [[...measures][0], years[0] ?? '', side, ...QUALIFIERS.filter((q) => t.includes(q))].join('|');
}

function titleAbove(ctx: ExtractContext, head: Block): string | undefined {
  for (let i = head.index - 1; i >= Math.max(0, head.index - TITLE_WINDOW); i--) {
    const b = ctx.doc.blocks[i];
    const t = b.text.trim();
    if (!t) continue;
    if (b.cells) return undefined;
    if (TITLE.test(plain(t)) && !UNIT_NOTE.test(t)) return t;
    if (BETWEEN.test(t) || UNIT_NOTE.test(t)) continue;
    return undefined;
  }
  return undefined;
}

interface Printing {
  subject: string;
  /** A whole's total (收入总计): keyed as the text states it, not by the table's scope. */
  total?: true;
  written: string;
  figure: DocFigure;
}

const cellText = (b: Block, c: number) => (b.cells?.[c] ? b.text.slice(b.cells[c].start, b.cells[c].end).trim() : '');

function cellFigure(ctx: ExtractContext, b: Block, c: number): DocFigure | undefined {
  const cl = b.cells?.[c];
  if (!cl) return undefined;
  const figs = ctx.figuresByBlock[b.index].filter((f) => f.start >= cl.start && f.end <= cl.end);
  return figs.length === 1 && figs[0].dimension === 'money' && !figs[0].approximate ? figs[0] : undefined;
}

/** A 功能分类 table's rows: code, name, and the total column's figure. */
function codeRows(ctx: ExtractContext, rows: readonly Block[], heads: string[]): Printing[] {
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
    const f = cellFigure(ctx, r, totalAt);
    if (!name || !f) continue;
    const n = normalSubject(name);
    out.push({ subject: code.length === 3 ? `${n}（类）` : `${code}${n}`, written: name, figure: f });
  }
  return out;
}

/** A 收支总表's spending side: its numbered 类 rows (一、一般公共服务支出) and their totals. */
function sideRows(ctx: ExtractContext, rows: readonly Block[], heads: string[], measure: string, allFunds: boolean): Printing[] {
  const labelAt = heads.findIndex((h, k) => k > 0 && SIDE_LABEL_HEAD.test(h.replace(/^本年支出/, '')));
  if (labelAt < 0 || !SIDE_TOTAL_HEAD.test(heads[labelAt + 1] ?? '')) return [];
  const out: Printing[] = [];
  for (const r of rows.slice(1)) {
    if (!r.cells || r.table?.header) continue;
    const label = cellText(r, labelAt);
    if (!ROW_NUMBER.test(label)) continue;
    const name = label.replace(ROW_NUMBER, '').trim();
    if (!/支出$/.test(name) || /^(?:基本|项目)支出$/.test(name)) continue;
    const f = cellFigure(ctx, r, labelAt + 1);
    if (f) out.push({ subject: `${normalSubject(name)}（类）`, written: name, figure: f });
  }
  // The whole's totals, each side's: a table of all funds only (its title names no fund), as a text naming none means.
  if (!allFunds) return out;
  for (const r of rows.slice(1)) {
    if (!r.cells || r.table?.header) continue;
    for (const [at, side] of [[0, '收入'], [labelAt, '支出']] as const) {
      if (side === '收入' && !INCOME_TOTAL_HEAD.test(heads[1] ?? '')) continue;
      const m = TOTAL_ROW.exec(plain(cellText(r, at)));
      const f = m && m[2] === side ? cellFigure(ctx, r, at + 1) : undefined;
      if (f) out.push({ subject: totalSubject(m![1] ?? '', side, m![3], measure), written: cellText(r, at), figure: f, total: true });
    }
  }
  return out;
}
const TOTAL_ROW = /^(本年度?)?(收入|支出)(总计|合计)$/;

export function tableRestatementFacts(ctx: ExtractContext): Fact[] {
  const byScope = new Map<string, { kinds: Map<string, number>; printings: Array<Printing & { table: number }> }>();
  for (const rows of ctx.tables()) {
    const head = rows[0];
    if (!head?.table?.header || !head.cells) continue;
    const title = titleAbove(ctx, head);
    const scope = title && scopeOf(title);
    if (!scope) continue;
    const heads = head.cells.map((_, c) => plain(cellText(head, c)));
    const coded = codeRows(ctx, rows, heads);
    const kind = coded.length ? 'code' : 'side';
    const [measure, , , ...qualifiers] = scope.split('|');
    const printings = coded.length ? coded : sideRows(ctx, rows, heads, measure, qualifiers.every((q) => q === '部门' || q === '单位'));
    if (!printings.length) continue;
    let s = byScope.get(scope);
    if (!s) byScope.set(scope, (s = { kinds: new Map(), printings: [] }));
    s.kinds.set(kind, (s.kinds.get(kind) ?? 0) + 1);
    // A row printed twice in one table (a name under two 款) says nothing of either printing.
    const seen = new Map<string, number>();
    for (const p of printings) seen.set(p.subject, (seen.get(p.subject) ?? 0) + 1);
    for (const p of printings) if (seen.get(p.subject) === 1) s.printings.push({ ...p, table: head.table.id });
  }
  const out: Fact[] = [];
  for (const [scope, s] of byScope) {
    // Two tables of one kind and scope: a department's units, each with its own; their rows differ rightly.
    if ([...s.kinds.values()].some((n) => n > 1)) continue;
    const year = scope.split('|')[1];
    for (const p of s.printings) out.push({ subject: p.total ? p.subject : `${p.subject}@表${scope}`, written: p.written, period: year, scope: '', figure: p.figure });
  }
  return out;
}
