import type { ExtractContext } from '../reading/context.ts';
import type { DocFigure } from '../reading/types.ts';
import type { Fact } from './facts.ts';

/**
 * A disclosure of bond projects lists them item by item, each with its money ((4)区医院门急诊综合楼扩建项目，发行额28,000万元，
 * 已支出19,880万元，…), and then tells of one of them in a sentence that opens on its name (区医院门急诊综合楼扩建项目受设计变更
 * 影响，截至年末已支出19,680万元): the amount spent on one project at the document's year end is one figure. Only a project
 * named in one item of the list, only a sentence opening on its name (or the one project whose name ends so), only the
 * clause of the spending verb alone (已支出, 已使用, 已拨付; 截至年末 before it), and no other time in either: 截至6月末, 上年
 * are other figures.
 */

// An item of a numbered list run in a paragraph: its number, then the project's name and a comma.
const ITEM = /[（(]([0-9０-９]{1,2})[）)]([\u4e00-\u9fff（）()“”]{4,40}?项目)[，,]/g;
// The clause of the amount spent: the verb alone, 截至 the year's end before it (the document's year).
const SPENT = /^(?:截至|截止|到)?(?:[0-9０-９]{4}年)?(?:年末|年底|12月31日)?[，,]?(?:累计)?已(支出|使用|拨付)(?:资金)?(?:为)?$/;
// A time other than the year's end, or a comparison: another figure.
const OTHER_TIME = /上年|去年|同期|上半年|季度|[0-9０-９]{1,2}月(?!31日)|其中/;
// How far into a sentence the spent clause may stand after the project's name.
const REACH = 60;
// A shortened name must still say this much.
const SHORT_NAME = 6;

export function projectSpendingFacts(ctx: ExtractContext, year: readonly string[]): Fact[] {
  if (year.length !== 1) return [];
  const items = new Map<string, DocFigure[]>();
  for (const b of ctx.doc.blocks) {
    if (b.kind !== 'paragraph' || !/[（(][0-9０-９]{1,2}[）)]/.test(b.text)) continue;
    const marks = [...b.text.matchAll(ITEM)];
    if (!marks.length || OTHER_TIME.test(b.text.slice(0, marks[0].index))) continue;
    // Each figure in the item it stands in, by one walk of both (figures and marks are in order): a scan of the figures
    // for each item grew with the square of a long list.
    let k = -1;
    for (const f of ctx.figuresByBlock[b.index]) {
      while (k + 1 < marks.length && marks[k + 1].index <= f.start) k++;
      if (k < 0) continue;
      const from = marks[k].index + marks[k][0].length;
      if (f.start < from) continue;
      const verb = spentVerb(b.text, f, from);
      if (!verb) continue;
      const key = `${marks[k][2]}|${verb}`;
      const list = items.get(key);
      if (list) list.push(f);
      else items.set(key, [f]);
    }
  }
  if (!items.size) return [];
  const names = [...new Set([...items.keys()].map((k) => k.split('|')[0]))];
  const out: Fact[] = [];
  const fact = (name: string, verb: string, figure: DocFigure): Fact => ({ subject: `${name}已${verb}@项目`, written: `${name}已${verb}`, period: year[0], scope: '', figure });
  for (const [key, figs] of items) {
    const [name, verb] = key.split('|');
    for (const f of figs) out.push(fact(name, verb, f));
  }
  for (const b of ctx.doc.blocks) {
    if (b.kind !== 'paragraph') continue;
    for (const s of ctx.sentences(b)) {
      const opening = s.text.replace(/^[\s\u3000]+/, '');
      const lead = s.text.length - opening.length;
      // The project the sentence opens on: its full name, or the one listed name that ends with what the sentence opens on.
      let named: string | undefined;
      let at = -1;
      for (const name of names) {
        if (opening.startsWith(name)) [named, at] = [name, s.start + lead + name.length];
      }
      if (!named) {
        const m = /^([\u4e00-\u9fff（）()“”]{4,40}?项目)/.exec(opening);
        const ends = m && m[1].length >= SHORT_NAME ? names.filter((n) => n.endsWith(m[1])) : [];
        if (ends.length === 1) [named, at] = [ends[0], s.start + lead + m![1].length];
      }
      if (!named) continue;
      for (const f of s.figures) {
        if (f.start < at || f.start - at > REACH) continue;
        const verb = spentVerb(b.text, f, at);
        const listed = verb ? items.get(`${named}|${verb}`) : undefined;
        if (!verb || !listed || listed.includes(f)) continue;
        // Between the name and the spent clause, words of no figure and no other time (受设计变更影响).
        if (/[0-9０-９]/.test(b.text.slice(at, f.start).replace(/[0-9０-９]{4}年|12月31日/g, '')) || OTHER_TIME.test(b.text.slice(s.start, f.start))) continue;
        out.push(fact(named, verb, f));
        break;
      }
    }
  }
  return out;
}

/** The verb of the spent clause right before `f` (支出, 使用, 拨付), or undefined when the clause is anything else. */
function spentVerb(text: string, f: DocFigure, from: number): string | undefined {
  if (f.role !== 'amount' || f.dimension !== 'money' || f.approximate) return undefined;
  let start = f.start;
  while (start > from && !/[，,；;。]/.test(text[start - 1])) start--;
  // 截至年末，已支出…: the date may stand in a clause of its own right before.
  let clause = text.slice(start, f.start).replace(/[\s\u3000]+/g, '');
  if (/^(?:累计)?已/.test(clause) && start - 1 > from) {
    let before = start - 1;
    while (before > from && !/[，,；;。]/.test(text[before - 1])) before--;
    const date = text.slice(before, start).replace(/[\s\u3000]+/g, '');
    if (/^(?:截至|截止|到)(?:[0-9０-９]{4}年)?(?:年末|年底|12月31日)[，,]$/.test(date)) clause = date + clause;
  }
  return SPENT.exec(clause)?.[1];
}
