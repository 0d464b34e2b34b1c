import type { Block } from '../document/types.ts';
import type { ExtractContext, Sentence } from '../reading/context.ts';
import type { DocFigure } from '../reading/types.ts';
import { clauseStartBefore, clauseWithin } from '../reading/labels.ts';
import type { Fact } from './facts.ts';

/**
 * A self-evaluation's total score, stated in the text (经自评，本项目得分91.5分) and as the 合计 row of its score table
 * (一级指标 | 分值 | 得分, 合计 | 100 | 91.5): one fact. Only a 合计 row whose 分值 is the full 100 is the whole
 * evaluation's, and only a document with one such row is read (several projects' tables would leave it unknown which
 * the text means). A text score is the whole's when its clause names nothing but the unit, the project it is about
 * (本项目, 该项目), the whole (部门整体支出) or the evaluation (自评, 评价): 产出指标得分32.40分, a named project's
 * 得分 and the full marks (自评总分100分) are not.
 */

const SUBJECT = '绩效自评得分@评分表';
const WRITTEN = '绩效自评得分';

// The heads of a score table's columns.
const SCORE_HEAD = /^得分(?:[（(]分[）)])?$/;
const WEIGHT_HEAD = /^(?:分值|标准分|权重|满分)(?:[（(]分[）)])?$/;
const TOTAL_LABEL = /^(?:合计|总计|总分)$/;

// The clause before a text score: its name, ending in 得分 (总得分, 综合得分, 自评得分), 评分 (综合评分) or 总分 (自评总分).
const SCORE_CLAUSE_END = /(?:(?:总|综合)?[得评]分|总分)(?:为|是|达)?$/;
// 总分 also names the full marks (自评总分100分, 满分): a 总分 of 100 is the scale, not a score.
const FULL_MARKS_WORDING = /总分(?:为|是|达)?$/;
// A paragraph that may state the whole's score.
const SCORE_WORD = /[得评总]分/;
// What may name the whole before 得分: nothing, the unit or the project itself, the evaluation.
const WHOLE = /^(?:经自评[，,]?)?(?:本|该)(?:项目|部门|单位|专项资金?)(?:绩效)?(?:自评|评价)?$|^(?:经自评[，,]?)?(?:绩效)?(?:自评|评价)?$/;
// A part named in the sentence before the score: a project (not the one the report is of), an indicator, a unit below.
const PART_NAMED = /项目|指标|其中|分别/;
const OWN_ITEM = /(?:本|该)项目/g;
const NUMBERS_AND_YEARS = /[0-9０-９]{4}年度?/g;

const cellText = (b: Block, c: number) => (b.cells?.[c] ? b.text.slice(b.cells[c].start, b.cells[c].end).replace(/[\s\u3000]/g, '') : '');

/** The heads of the table `row` is in: its own header's, or (a piece of a table a PDF broke, its header left empty) the last piece's with heads. */
function headsOf(ctx: ExtractContext, row: Block, headers: Map<number, Block>): string[] | undefined {
  const own = headers.get(row.table!.id);
  const heads = own ? own.cells!.map((_, c) => cellText(own, c)) : [];
  if (heads.some(Boolean)) return heads;
  // Back through the pieces before: only table rows between, no sentence.
  for (let k = (own ?? row).index - 1; k >= 0 && k >= row.index - 200; k--) {
    const b = ctx.doc.blocks[k];
    if (b.kind !== 'table-row') {
      if (b.text.trim()) return undefined;
      continue;
    }
    if (!b.table?.header || !b.cells) continue;
    const h = b.cells.map((_, c) => cellText(b, c));
    if (h.some(Boolean)) return h;
  }
  return undefined;
}

/**
 * Where the words of a sentence first name a part (PART_NAMED, 本项目/该项目 taken out): the end of those words, so
 * that the words before a figure name one when it stands at or after it. Found once a sentence: testing the sentence
 * up to each score grew with its square (thousands of …得分…分， in one sentence). The same answer as testing each
 * figure's words: PART_NAMED's words are two characters each, and what is taken out (本项目) is whole wherever a part
 * could be named after it.
 */
function partNamedFrom(text: string, s: Sentence): number {
  const own = text.slice(s.start, s.end);
  // Where each piece kept (between the items taken out) starts, in the sentence and in what is kept.
  const pieces: Array<{ from: number; kept: number }> = [];
  let kept = '';
  let from = 0;
  for (const m of own.matchAll(OWN_ITEM)) {
    pieces.push({ from, kept: kept.length });
    kept += own.slice(from, m.index);
    from = m.index + m[0].length;
  }
  pieces.push({ from, kept: kept.length });
  kept += own.slice(from);
  const m = PART_NAMED.exec(kept);
  if (!m) return Infinity;
  const last = m.index + m[0].length - 1;
  let k = pieces.length - 1;
  while (pieces[k].kept > last) k--;
  return s.start + pieces[k].from + (last - pieces[k].kept) + 1;
}

export function scoreTotalFacts(ctx: ExtractContext): Fact[] {
  const blocks = ctx.doc.blocks;
  const headers = new Map<number, Block>();
  const totals: DocFigure[] = [];
  // 过程小计 | 31 | 28.0: a first-level indicator's score, by its name (过程), in a table of 分值 and 得分.
  const subtotals = new Map<string, DocFigure[]>();
  for (const b of blocks) {
    if (b.kind !== 'table-row' || !b.table || !b.cells) continue;
    if (b.table.header) {
      if (!headers.has(b.table.id)) headers.set(b.table.id, b);
      continue;
    }
    const sub = SUBTOTAL_LABEL.exec(cellText(b, 0));
    if (sub) {
      const s = scoreCell(ctx, b, headers);
      if (s) {
        const list = subtotals.get(sub[1]);
        if (list) list.push(s);
        else subtotals.set(sub[1], [s]);
      }
      continue;
    }
    if (!TOTAL_LABEL.test(cellText(b, 0))) continue;
    const heads = headsOf(ctx, b, headers);
    if (!heads) continue;
    const score = heads.findIndex((h) => SCORE_HEAD.test(h));
    const weight = heads.findIndex((h) => WEIGHT_HEAD.test(h));
    if (score < 0 || weight < 0) continue;
    // A piece's cells line up with the heads from the right (the label columns before may be merged or split).
    const shift = b.cells.length - heads.length;
    const at = (c: number) => ctx.figuresByBlock[b.index].filter((f) => f.start >= b.cells![c + shift]?.start && f.end <= b.cells![c + shift]?.end);
    if (score + shift < 1 || weight + shift < 1) continue;
    const [w, s] = [at(weight), at(score)];
    if (w.length !== 1 || s.length !== 1 || !w[0].value.eq(100) || s[0].value.gt(100) || s[0].value.lt(0)) continue;
    if ((s[0].unit && s[0].unit !== '分') || s[0].approximate) continue;
    totals.push(s[0]);
  }
  const parts = subtotalFacts(ctx, subtotals);
  if (totals.length !== 1) return parts;
  const out: Fact[] = [{ subject: SUBJECT, written: WRITTEN, period: '', scope: '', figure: totals[0] }];
  for (const b of blocks) {
    if (b.kind !== 'paragraph' || !SCORE_WORD.test(b.text)) continue;
    for (const s of ctx.sentences(b)) {
      let partFrom: number | undefined;
      for (const f of s.figures) {
        if (f.dimension !== 'score' || f.unit !== '分' || f.role !== 'amount' || f.approximate) continue;
        const clause = b.text.slice(clauseStartBefore(b.text, f.start, s.start), f.start).replace(/[\s\u3000“”"]/g, '');
        const end = SCORE_CLAUSE_END.exec(clause);
        if (!end || (FULL_MARKS_WORDING.test(end[0]) && f.value.eq(100))) continue;
        const name = clause.slice(0, end.index).replace(NUMBERS_AND_YEARS, '');
        // 水土保持综合治理项目全年预算…，自评得分92.4分: the sentence is about a project of its own, the clause names none.
        if (f.start >= (partFrom ??= partNamedFrom(b.text, s))) continue;
        if (WHOLE.test(name) || (name.length <= 24 && /整体/.test(name))) out.push({ subject: SUBJECT, written: WRITTEN, period: '', scope: '', figure: f });
      }
    }
  }
  return out.length > 1 ? [...out, ...parts] : parts;
}

// A subtotal's label: the first-level indicator's name, then 小计 (过程小计, 产出指标小计).
const SUBTOTAL_LABEL = /^([\u4e00-\u9fff]{2,8}?)(?:类)?(?:指标)?小计$/;
// The clause before a text score of a first-level indicator: 过程指标得分, 一级指标“过程”得分, 过程类指标小计得分, 过程方面得分.
const PART_SCORE_REACH = 32;
const PART_SCORE_CLAUSE = /^(?:一级指标)?([\u4e00-\u9fff]{2,8}?)(?:类)?(?:指标|方面|部分|维度)?(?:小计|合计)?得分(?:为|是|达)?$/;

/** The score cell of a row under its table's 得分 column (a table with a 分值 column too); undefined when there is none. */
function scoreCell(ctx: ExtractContext, b: Block, headers: Map<number, Block>): DocFigure | undefined {
  const heads = headsOf(ctx, b, headers);
  if (!heads) return undefined;
  const score = heads.findIndex((h) => SCORE_HEAD.test(h));
  const weight = heads.findIndex((h) => WEIGHT_HEAD.test(h));
  if (score < 0 || weight < 0) return undefined;
  const shift = b.cells!.length - heads.length;
  if (score + shift < 1 || weight + shift < 1) return undefined;
  const cell = b.cells![score + shift];
  const s = ctx.figuresByBlock[b.index].filter((f) => f.start >= cell.start && f.end <= cell.end);
  if (s.length !== 1 || s[0].approximate || (s[0].unit && s[0].unit !== '分') || s[0].value.gt(100) || s[0].value.lt(0)) return undefined;
  return s[0];
}

/**
 * 过程指标得分27.0分 beside a score table's 过程小计 | 31 | 28.0: the text restates a first-level indicator's subtotal, one fact
 * with it. Only a name one subtotal row of the document carries; a sentence naming a project, a unit below or a
 * second-level indicator (预算执行指标得分) names no subtotal's row.
 */
function subtotalFacts(ctx: ExtractContext, subtotals: Map<string, DocFigure[]>): Fact[] {
  if (!subtotals.size) return [];
  const out: Fact[] = [];
  const used = new Set<string>();
  for (const b of ctx.doc.blocks) {
    if (b.kind !== 'paragraph' || !b.text.includes('得分')) continue;
    for (const s of ctx.sentences(b)) {
      for (const f of s.figures) {
        if (f.dimension !== 'score' || f.unit !== '分' || f.role !== 'amount' || f.approximate) continue;
        const clause = clauseWithin(b.text, s.start, f.start, PART_SCORE_REACH);
        const m = clause === undefined ? null : PART_SCORE_CLAUSE.exec(clause.replace(/[\s\u3000“”"‘’]/g, ''));
        const rows = m ? subtotals.get(m[1]) : undefined;
        if (!rows || rows.length !== 1) continue;
        const subject = `${m![1]}指标得分@评分表`;
        out.push({ subject, written: `${m![1]}指标得分`, period: '', scope: '', figure: f });
        if (!used.has(subject)) {
          used.add(subject);
          out.push({ subject, written: `${m![1]}指标得分`, period: '', scope: '', figure: rows[0] });
        }
      }
    }
  }
  return out;
}
