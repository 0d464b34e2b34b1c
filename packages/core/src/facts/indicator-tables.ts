import type { ExtractContext } from '../reading/context.ts';
import type { Block } from '../document/types.ts';
import type { DocFigure } from '../reading/types.ts';
import { intervalOf } from '../reading/figures/interval-of.ts';
import { meets } from '../interval.ts';
import { asciiDigits } from '../document/digits.ts';
import { titleYear, type Fact } from './facts.ts';

// The heads of a performance-target table (一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值): what each column holds.
const NAME_HEAD = /^(?:三级指标|指标名称|三级指标名称)$/;
const TARGET_HEAD = /^(?:年度|预期|全年)?(?:指标|目标)值$/;
const DONE_HEAD = /^(?:全年|年度)?实际(?:完成)?值$|^完成值$/;
const HEAD_CELL = /^(?:[一二三]级指标(?:名称)?|指标名称|(?:年度|预期|全年)?(?:指标|目标)值|(?:全年|年度)?实际(?:完成)?值|完成值|分值|得分|权重|备注|偏差(?:原因|原因分析)?|未完成原因)$/;
// Between an indicator's name and its figure in a sentence, only a verb of reaching or keeping a level.
const LEVEL_VERB = /^(?:达到了?|达|为|是|保持在?|稳定在|提高到|提升到|提高至|提升至|实现)?$/;
// A clause before the name that speaks of a goal, a plan or another time: not this year's completed value.
const NOT_DONE = /目标|计划|力争|预期|确保|指标值|下一步|下年|明年|上年|去年|同期|年初/;
// After the figure: a floor, a ceiling or a goal (72%以上, 70%的目标), not a level reached.
const NOT_A_LEVEL_AFTER = /^[\s\u3000]*(?:以上|以下|以内|左右|及以上|的目标|目标|的要求|的标准)/;
const CLAUSE_MARK = /[，,；;。：:！？!?]/;
const CLAUSE_REACH = 80;

interface Field {
  block: number;
  start: number;
  end: number;
  text: string;
}

/** A row's cells: its own when the table was read into cells, else its text apart at runs of two spaces or a tab. */
function fieldsOf(b: Block): Field[] {
  if (b.cells) return b.cells.map((c) => ({ block: b.index, start: c.start, end: c.end, text: b.text.slice(c.start, c.end).trim() })).filter((f) => f.text);
  const out: Field[] = [];
  const gap = /[ \u3000]{2,}|\t/g;
  let from = 0;
  const push = (to: number) => {
    const raw = b.text.slice(from, to);
    const lead = raw.length - raw.trimStart().length;
    const text = raw.trim();
    if (text) out.push({ block: b.index, start: from + lead, end: from + lead + text.length, text });
  };
  for (let m = gap.exec(b.text); m; m = gap.exec(b.text)) {
    push(m.index);
    from = m.index + m[0].length;
  }
  push(b.text.length);
  return out;
}

// A plain-text table's line may be read as a paragraph: a short line of no sentence, or cells apart by runs of spaces.
const SENTENCE_MARK = /[。，,；;：:]/;
const rowLike = (b: Block) => b.kind === 'table-row' || (b.kind === 'paragraph' && !SENTENCE_MARK.test(b.text) && (b.text.trim().length <= 30 || /[ \u3000]{2,}|\t/.test(b.text.trim())));

interface Indicator {
  name: string;
  done: DocFigure;
  target?: DocFigure;
}

const figureIn = (ctx: ExtractContext, f: Field) => {
  const figs = ctx.figuresByBlock[f.block].filter((x) => x.start >= f.start && x.end <= f.end);
  return figs.length === 1 ? figs[0] : undefined;
};

/**
 * The rows of every performance-target table: a run of table rows whose head names the indicator (三级指标, 指标名称) and
 * its completed value (实际完成值), as cells of one line each (a space-aligned or gridded table) or one cell a line (a
 * table flattened as copied from a web page: the head's cells, then each row's in the same order).
 */
function indicatorRows(ctx: ExtractContext): Indicator[] {
  const blocks = ctx.doc.blocks;
  const out: Indicator[] = [];
  for (let i = 0; i < blocks.length; ) {
    if (!rowLike(blocks[i])) {
      i++;
      continue;
    }
    // The run of table rows, each read into its cells.
    const run: Block[] = [];
    while (i < blocks.length && rowLike(blocks[i])) run.push(blocks[i++]);
    const rows = run.map(fieldsOf);
    const at = rows.findIndex((r) => r.some((f) => NAME_HEAD.test(f.text.replace(/[\s\u3000]/g, ''))));
    if (at < 0) continue;
    let head: Field[];
    let body: Field[][];
    if (rows[at].length > 1) {
      head = rows[at];
      body = rows.slice(at + 1).filter((r) => r.length === head.length);
    } else {
      // One cell a line: the head is the run of head cells around the name's, each row the next as many cells.
      let from = at;
      while (from > 0 && rows[from - 1].length === 1 && HEAD_CELL.test(rows[from - 1][0].text)) from--;
      let to = at + 1;
      while (to < rows.length && rows[to].length === 1 && HEAD_CELL.test(rows[to][0].text)) to++;
      head = rows.slice(from, to).map((r) => r[0]);
      body = [];
      const rest = rows.slice(to);
      for (let k = 0; k + head.length <= rest.length; k += head.length) {
        const chunk = rest.slice(k, k + head.length);
        if (chunk.some((r) => r.length !== 1)) break;
        body.push(chunk.map((r) => r[0]));
      }
    }
    const heads = head.map((f) => f.text.replace(/[\s\u3000]/g, ''));
    const nameAt = heads.findIndex((h) => NAME_HEAD.test(h));
    const doneAt = heads.findIndex((h) => DONE_HEAD.test(h));
    const targetAt = heads.findIndex((h) => TARGET_HEAD.test(h));
    if (nameAt < 0 || doneAt < 0 || heads.filter((h) => DONE_HEAD.test(h)).length !== 1) continue;
    for (const r of body) {
      const name = r[nameAt].text.replace(/[\s\u3000]/g, '');
      const done = figureIn(ctx, r[doneAt]);
      if (name.length < 4 || /[0-9０-９]/.test(name) || !done || done.approximate) continue;
      out.push({ name, done, target: targetAt >= 0 ? figureIn(ctx, r[targetAt]) : undefined });
    }
  }
  return out;
}

/**
 * Where each name stands in the paragraphs, found in one pass over the text (names looked up by their first two
 * characters): a search of the whole text for each row's name grew with the table's length times the document's.
 */
function mentionsOf(ctx: ExtractContext, names: readonly string[]): Map<string, Array<[Block, number]>> {
  const byLead = new Map<number, string[]>();
  for (const n of names) {
    const k = n.charCodeAt(0) * 65536 + n.charCodeAt(1);
    const list = byLead.get(k);
    if (list) list.push(n);
    else byLead.set(k, [n]);
  }
  const out = new Map<string, Array<[Block, number]>>();
  for (const b of ctx.doc.blocks) {
    if (b.kind !== 'paragraph') continue;
    const t = b.text;
    for (let i = 0; i + 1 < t.length; i++) {
      const list = byLead.get(t.charCodeAt(i) * 65536 + t.charCodeAt(i + 1));
      if (!list) continue;
      for (const n of list) {
        if (!t.startsWith(n, i)) continue;
        const seen = out.get(n);
        if (seen) seen.push([b, i]);
        else out.set(n, [[b, i]]);
      }
    }
  }
  return out;
}

/** An indicator's completed value as its table prints it, and the sentences that tell it again. */
export interface IndicatorTelling {
  row: Fact;
  told: Fact[];
}

/**
 * A performance-target table states each indicator's completed value (农村公路养护里程 | ≥2400公里 | 2468公里), and the
 * paragraphs that explain the table tell it again, the indicator's name right before the figure with at most a verb of
 * reaching (全年完成农村公路养护里程2,486公里; 住院费用政策范围内报销比例达到72.1%): the completed value restated, one fact
 * with the table's cell. The target beside it is another figure (达到70%的目标, ≥70%): a sentence giving the target's value
 * is left out, and so is a clause speaking of a goal, a plan or another year.
 */
export function indicatorTellings(ctx: ExtractContext): IndicatorTelling[] {
  const rows = indicatorRows(ctx);
  if (!rows.length) return [];
  // A name the tables print with two values names two things.
  const byName = new Map<string, Indicator[]>();
  for (const r of rows) byName.set(r.name, [...(byName.get(r.name) ?? []), r]);
  const years = titleYear(ctx);
  const period = years.join('|');
  const mentions = mentionsOf(ctx, [...byName.keys()]);
  const out: IndicatorTelling[] = [];
  for (const [name, list] of byName) {
    if (!list.every((r) => meets(intervalOf(r.done), intervalOf(list[0].done)))) continue;
    const row = list[0];
    const subject = `${name}@指标表`;
    const told: Fact[] = [];
    for (const [b, at] of mentions.get(name) ?? []) {
      const end = at + name.length;
      const f = ctx.figuresByBlock[b.index].find((x) => x.start >= end && x.start - end <= 6);
      if (!f || f.approximate || f.unit !== row.done.unit || f.dimension !== row.done.dimension) continue;
      if (!LEVEL_VERB.test(b.text.slice(end, f.start).replace(/[\s\u3000]/g, '')) || NOT_A_LEVEL_AFTER.test(b.text.slice(f.end))) continue;
      // The clause up to the name: no goal, plan or other time, and no year but the document's.
      // (Looked for a clause's length back at most: a long text with no mark in it stays linear.)
      let from = at;
      while (from > 0 && at - from < CLAUSE_REACH && !CLAUSE_MARK.test(b.text[from - 1])) from--;
      const lead = b.text.slice(from, at);
      if (NOT_DONE.test(lead)) continue;
      if ([...lead.matchAll(/([0-9０-９]{4})[\s\u3000]*年/g)].some((m) => !years.includes(asciiDigits(m[1])))) continue;
      if (row.target && meets(intervalOf(row.target), intervalOf(f)) && !meets(intervalOf(row.done), intervalOf(f))) continue;
      told.push({ subject, written: name, period, scope: '', figure: f });
    }
    if (told.length) out.push({ row: { subject, written: name, period, scope: '', figure: row.done }, told });
  }
  return out;
}
