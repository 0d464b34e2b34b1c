import type { ExtractContext } from '../reading/context.ts';
import type { DocFigure } from '../reading/types.ts';
import { normalSubject } from '../reading/names.ts';
import { outlineMarker } from '../document/markers.ts';
import { EVERY_CLASS_ITEM } from '../domain/lexicon.ts';
import type { Fact } from './facts.ts';

/**
 * A 部门决算 explains its 一般公共预算财政拨款支出 科目 by 科目, each item opening on the 科目's path as a sentence or a
 * clause of its own and then giving the budget and the outturn (1.教育支出（类）普通教育（款）高中教育（项）。调整预算为…，
 * 支出决算为4,868.40万元，完成调整预算的98.1%), while a paragraph before it gives the same 项 among the parts of its
 * class (教育支出中，高中教育4,886.40万元，…): the outturn of the 项 is one figure, told twice. Read as a level of the
 * 项 named alone (高中教育支出) in the document's year, so it meets the paragraph's statement of it.
 *
 * Only a 决算 of one year, only the clause naming the outturn (支出决算为, 决算数为) and only one such clause in the
 * item; only a 项 whose name is its own: not one that stands under many 款 (行政运行, 其他…), not one named like its 款
 * (城乡社区环境卫生（款）城乡社区环境卫生（项）: a paragraph naming it may mean the 款), and not one explained twice in
 * the document (two paths ending on one name are two 项).
 */

// The item's opening: its number, the path of 类 and 款 (codes in the brackets or not), the 项, then the sentence's or
// the clause's end (an item giving its figure right after the path is read with the 功能分类 tables: facts.ts).
// (Read with its spaces taken out, as facts.ts's ITEM_OPENING is.)
const PATH_OPENING = /^(?:[0-9０-９]{1,3}[.．、]|[（(][0-9０-９一二三四五六七八九十]{1,3}[）)]|[一二三四五六七八九十]{1,3}、)?[“"]?((?:[^，。；;：:“”"（(]+（[0-9０-９]*(?:类|款)）)*)([^，。；;：:“”"（(]+)（[0-9０-９]*项）[”"]?(?:科目)?[。．.：:，,]/;
// The clause of the outturn: 支出决算为, 决算数为, 决算为, after the start of its clause.
const OUTTURN_CLAUSE = /(?:^|[，,。；;：:])(?:本年|当年|全年)?(?:支出)?决算(?:数|支出)?(?:为|是)?$/;
// How far before its figure the outturn's clause starts.
const CLAUSE_REACH = 12;

export function itemOutturnFacts(ctx: ExtractContext, year: readonly string[], measure: string): Fact[] {
  if (year.length !== 1 || measure !== '决算') return [];
  const items: Array<{ name: string; figure: DocFigure }> = [];
  const named = new Map<string, number>();
  const blocks = ctx.doc.blocks;
  for (const b of blocks) {
    if (b.kind !== 'paragraph' || !b.text.includes('项）')) continue;
    const bare = b.text.replace(/[\s\u3000]+/g, '');
    const m = PATH_OPENING.exec(bare);
    if (!m) continue;
    const name = m[2];
    named.set(name, (named.get(name) ?? 0) + 1);
    // The 款 above the 项 (the last of the path's levels), when the path names one.
    const levels = m[1].split(/（[0-9０-９]*(?:类|款)）/).filter(Boolean);
    if (name.length < 2 || EVERY_CLASS_ITEM.test(name) || levels[levels.length - 1] === name) continue;
    // The item's figures: its own block's after the path, or the next block's when a PDF's line ended at the path's
    // full stop (that block opens no item of its own).
    const open = b.text.indexOf('项）') + 2;
    let where = b;
    let figures = ctx.figuresByBlock[b.index].filter((f) => f.start >= open);
    if (!figures.length && !/[0-9０-９]/.test(b.text.slice(open))) {
      const next = blocks[b.index + 1];
      if (next?.kind !== 'paragraph' || outlineMarker(next.text) || next.text.includes('项）')) continue;
      where = next;
      figures = ctx.figuresByBlock[next.index];
    }
    // A second path in the same paragraph (…；2.…（项）) starts another item.
    const stop = where.text.indexOf('项）', where === b ? open : 0);
    const own = figures.filter((f) => stop < 0 || f.end <= stop);
    const outturns = own.filter(
      (f) => f.role === 'amount' && f.dimension === 'money' && !f.approximate && OUTTURN_CLAUSE.test(where.text.slice(Math.max(0, f.start - CLAUSE_REACH), f.start).replace(/[\s\u3000]+/g, '')),
    );
    if (outturns.length === 1) items.push({ name, figure: outturns[0] });
  }
  const out: Fact[] = [];
  for (const { name, figure } of items) {
    if (named.get(name) !== 1) continue;
    const n = normalSubject(name);
    const subject = n.endsWith('支出') ? n : `${n}支出`;
    out.push({ subject, written: `${name}（项）`, period: year[0], scope: '', figure });
  }
  return out;
}
