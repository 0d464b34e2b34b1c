import { visible } from '../document/invisible.ts';
import { readingForm } from '../document/normalize.ts';
import { cellText } from '../document/cells.ts';
import { DEFAULT_GRADE_BANDS, SCORE_HEADER, type GradeBand } from '../domain/tables.ts';
import { readGradeStandard, readGradeTable } from '../domain/grade-standard.ts';
import type { Block } from '../document/types.ts';
import type { ExtractContext, Sentence } from '../reading/context.ts';
import type { Claim, DocFigure, GradeClaim } from './types.ts';
import { labelBefore, stripTail } from '../reading/labels.ts';

// Every grade word the default bands know, longest first so that 优秀 wins over 优 and 不合格 over 合格.
const KNOWN_LABELS = [...new Set(DEFAULT_GRADE_BANDS.flatMap((b) => b.labels))].sort((a, b) => b.length - a.length);

/** A word that introduces a grade: 等级为, 评级为, 评定为, 结果为, 等次为… */
// 等级亦为, 等级也是, 结果同样为: an adverb between the cue and its copula.
// 等级应为良 (an auditor's finding of what the grade is): 应 too.
// 评价为“优”, 考评为良: the verb of grading with its copula (only with it: 评价优良率 grades nothing).
const CUE = /(?:(?:等级|评级|等次|级别|档次|评定|评价结果|考核结果|结果|结论|评为|定为|确定为)(?:亦|也|同样|仍|仍然|应|应当|应该)?(?:为|是|：|:)?|(?:评价|考评|评估)(?:亦|也|同样|仍|仍然|应|应当|应该)?(?:为|是))[\s\u3000]*$/;
const OPEN_QUOTE = /^[“"‘'「『]/;
const CLOSE_QUOTE = /^[”"’'」』]/;
// After the grade word: end of clause, a closing quote, 等级/级/等/档 — not more of a word.
const AFTER_OK = /^(?:[”"’'」』]?(?:等级|等次|级|等|档)?)(?=$|[，,。；;、）)\s\u3000])/;
// …or a bracket that sets out the standard it was graded by: 等级为“优秀”（90分及以上为优秀，…）, 评定为良好（评分标准：
// 90分（含）以上…）. Not a bracket that holds the next clause's score (评价结果为“良好”（78分）).
const STANDARD_AFTER = /^[”"’'」』]?[（(][^）)0-9]{0,8}\d{1,3}(?:\.\d{1,2})?分?(?:（含）|\(含\))?(?:及|或)?(?:以上|以下|至|到|[-—－~～])/;
// A score written as part of a range or a deduction is no one's score: 80分至90分, 扣5分, 满分100分.
const NOT_A_SCORE_BEFORE = /(?:满分|总分|扣除?|减|加|低于|高于|超过|不低于|不足|[至到~～\-—－])[\s\u3000]*$/;
const NOT_A_SCORE_AFTER = /^[\s\u3000]*(?:[至到~～\-—－]|及以上|及以下|以上|以下|（含）|\(含\))/;

function gradeWordAfter(ctx: ExtractContext, s: Sentence, from: number, to: number, labels: readonly string[]) {
  const text = s.block.text;
  for (let i = from; i < to; i++) {
    let at = i;
    const quoted = OPEN_QUOTE.test(text.slice(at, at + 1));
    if (quoted) at++;
    // A known grade word, or any short quoted word (a region's own labels, set in the config).
    const label = labels.find((l) => text.startsWith(l, at)) ?? (quoted ? /^[^”"’'」』，。；\s]{1,4}(?=[”"’'」』])/.exec(text.slice(at))?.[0] : undefined);
    if (!label) continue;
    const before = text.slice(Math.max(s.start, i - 8), i);
    if (!CUE.test(before)) continue;
    const rest = text.slice(at + label.length, at + label.length + 4);
    if (!AFTER_OK.test(rest) && !STANDARD_AFTER.test(text.slice(at + label.length, Math.min(s.end, at + label.length + 24)))) continue;
    // 等级为“良”的项目5个: the grade qualifies a count of projects, not this score.
    const tail = text.slice(at + label.length).replace(CLOSE_QUOTE, '');
    if (/^(?:等级|等次|级|等|档)?的/.test(tail)) return null;
    return ctx.word(s.block, at, at + label.length);
  }
  return null;
}

// The score column and the grade column of a table, named by their headers.
const GRADE_HEADER = /等级|评级|等次|评价结果|结果|结论/;
// Between a score and its grade with no cue word: "91.5分，A级", "88分、良好".
const BARE_GAP = /^[，,、\s\u3000]{1,2}$/;
// A grade first, then its score: "自评结果为“良好”，得分91.25分".
// …or the score in brackets after its grade: "评价结果为“优秀”（92.5分）", "等级为良（得分85.5分）".
const SCORE_CUE_AFTER = /^[”"’」』]?(?:等级|级|等)?(?:[，,、\s\u3000]{0,2}(?:自评|评价|综合|最终|总)?(?:得分|评分|分数)(?:为|是|：|:)?|[（(](?:自评|评价|综合)?(?:得分|评分|分数)?(?:为|：|:)?)[\s\u3000]*$/;
// 分别: "得分分别为92、85、78分，等级分别为优、良、良".
const RESPECTIVELY = /分别/;
// Between two listed parts: a name and a comma or 、, no clause end, no colon (a colon opens another list).
const LIST_GAP = /^[^。；;：:！？，,、]{0,2}[，,、][\s\u3000]*[^。；;：:！？，,、\s\u3000]{1,12}[\s\u3000]*$/;
// What opens a whole's list of parts: a colon, or 其中.
const LIST_OPENER = /^[\s\u3000]*(?:[：:]|[，,]?[\s\u3000]*其中[：:]?)/;
// A clause that is nothing but the score's cue: 评价得分, 自评得分为.
// What a project's, fund's or unit's name ends with.
const NAME_END = /(?:项目|资金|工程|经费|补助|补贴|专项|计划|政策|单位|部门|[”」』"])$/;
const SCORE_CUE_ONLY = /^(?:绩效|综合|自评|评价|考核|最终)*(?:得分|评分|分数)(?:为|是)?$/;
// What a subject drops when it was read up to a grade's cue: 绩效评价等级为.
// Taken off by withoutCueTail, a loop: the pattern /(?:绩效|…)*(?:等级|…)(?:为|是|：|:)?$/ retried its run
// of words from each of their characters. No word ends like another, so reading from the end is exact.
const CUE_WORDS = ['绩效', '综合', '自评', '评价', '考核'];
const CUE_NOUNS = ['等级', '评级', '等次', '级别', '结果'];
function withoutCueTail(s: string): string {
  let end = s.length;
  if (end > 0 && '为是：:'.includes(s[end - 1])) end--;
  const noun = CUE_NOUNS.find((w) => end >= w.length && s.startsWith(w, end - w.length));
  return noun ? stripTail(s.slice(0, end - noun.length), CUE_WORDS, false) : s;
}

/**
 * The document's own grading standard, from its text or (in Markdown) a comment
 * (null when it states none), and the sentences that state one: they list
 * bands, not scores with their grades. Every sentence is read for a standard
 * once, here.
 */
function gradeStandards(ctx: ExtractContext): { stated: GradeBand[] | null; standards: Map<Sentence, GradeBand[]> } {
  let stated: GradeBand[] | null = null;
  const standards = new Map<Sentence, GradeBand[]>();
  for (const block of ctx.doc.blocks) {
    if (block.kind === 'toc' || !/分/.test(block.text)) continue;
    for (const s of ctx.sentences(block)) {
      const bands = readGradeStandard(s.text);
      if (!bands) continue;
      standards.set(s, bands);
      if (onTheDocumentsScale(bands)) stated ??= bands;
    }
  }
  // A table of bands, one a row.
  for (const rows of ctx.tables()) {
    const bands = bandTable(rows);
    if (bands && onTheDocumentsScale(bands)) stated ??= bands;
  }
  if (stated || ctx.doc.format !== 'markdown') return { stated, standards };
  const src = visible(ctx.doc.source);
  // Comments, found with indexOf so that an unclosed one costs one pass.
  for (let at = src.indexOf('<!--'); at >= 0; ) {
    const end = src.indexOf('-->', at + 4);
    if (end < 0) break;
    // Read as a block's text is: a comment wrapped at the page's width (70分（含）至⏎85分为良好) reads as one line.
    const text = readingForm(src.slice(at + 4, end));
    for (const sentence of text.split(/[。！？]/)) {
      const bands = readGradeStandard(sentence);
      if (bands) return { stated: bands, standards };
    }
    at = src.indexOf('<!--', end + 3);
  }
  return { stated, standards };
}

/**
 * Bands out of 10 (an indicator's own scoring: 9分以上为优…) grade that indicator, not the document's scores out of
 * 100: such a standard grades only a score in its own sentence (held to its scale there), never the whole document.
 */
function onTheDocumentsScale(bands: GradeBand[]): boolean {
  return bands.reduce((m, b) => (b.min > m ? b.min : m), 0) >= 50;
}

const cellTexts = (b: Block) => (b.cells ?? []).map((_, c) => cellText(b, c));
/** The bands a table sets out one a row, or null. */
function bandTable(rows: readonly Block[]): GradeBand[] | null {
  if (rows.length < 3 || !rows.some((r) => /分/.test(r.text))) return null;
  return readGradeTable(rows.map(cellTexts));
}

function exactLabel(text: string, labels: readonly string[]): string | undefined {
  const t = text.trim().replace(/^[“"‘「]|[”"’」]$/g, '').replace(/(?:等级|级|等)$/, '');
  return labels.find((l) => l === t);
}

/** A score is written in 分 or as a bare number, never in money, percent or a count. */
const scoreLike = (f: DocFigure) => f.dimension === 'score' || f.unit === '';

/** Score and grade columns of one table: each row's score cell with its grade cell. */
function tableGrades(ctx: ExtractContext, rows: Block[], labels: readonly string[], out: GradeClaim[]) {
  const header = rows.find((r) => r.table?.header);
  if (!header?.cells) return;
  // A table of bands (优 | 90分（含）以上): its figures are bounds, no one's score.
  if (bandTable(rows)) return;
  const cellText = (b: Block, i: number) => (b.cells && b.cells[i] ? b.text.slice(b.cells[i].start, b.cells[i].end) : '');
  // 自评得 分 | 等 级: a head the page wrapped in its box keeps a gap where the line broke.
  const headText = (i: number) => cellText(header, i).replace(/[\s\u3000]+/g, '');
  const scoreCol = header.cells.findIndex((_, i) => SCORE_HEADER.test(headText(i)));
  const gradeCol = header.cells.findIndex((_, i) => i !== scoreCol && GRADE_HEADER.test(headText(i)));
  if (scoreCol < 0 || gradeCol < 0) return;
  for (const row of rows) {
    if (row === header || !row.cells || !row.cells[scoreCol] || !row.cells[gradeCol]) continue;
    const sc = row.cells[scoreCol];
    const figs = ctx.figuresByBlock[row.index].filter((f) => f.start >= sc.start && f.end <= sc.end);
    // A cell in 万元 or % is no score, whatever its column is called.
    if (figs.length !== 1 || figs[0].approximate || !scoreLike(figs[0])) continue;
    const gc = row.cells[gradeCol];
    const label = exactLabel(row.text.slice(gc.start, gc.end), labels);
    if (!label) continue;
    const at = row.text.indexOf(label, gc.start);
    const subject = row.cells
      .map((c, i) => (i === scoreCol || i === gradeCol ? '' : row.text.slice(c.start, c.end).trim()))
      .find((t) => t && !/^\d+$/.test(t));
    out.push({ kind: 'grade', subject: subject ?? '', score: figs[0], grade: ctx.word(row, at, at + label.length) });
  }
}

const NUMBER_CELL = /^[\s\u3000]*[-−]?[0-9０-９][0-9０-９,，.．]*[\s\u3000]*$/;
// Lines above the column heads that are no head: the table's title, its unit.
const NOT_A_HEAD = /^(?:表[\s\u3000]*[0-9０-９一二三四五六七八九十]|附表|单位[：:]|金额单位)/;
// A table's caption: 表2 …, 附表3 ….
const TABLE_CAPTION = /^(?:附?表[\s\u3000]*[0-9０-９一二三四五六七八九十])/;

/**
 * A table a PDF conversion flattened one cell per line (table-row blocks with no
 * columns): the column heads are the last k labels before the first number, with a
 * score head and a grade head among them; the cells after them are rows of k when
 * their count divides by k and every column holds numbers only or words only. Then
 * the score and grade of each row are paired as in a table; any doubt, no claim.
 */
function flattenedGrades(ctx: ExtractContext, labels: readonly string[], out: GradeClaim[]) {
  const blocks = ctx.doc.blocks;
  const flat = (b: Block | undefined) => !!b && b.kind === 'table-row' && !b.table && !b.cells;
  for (let i = 0; i < blocks.length; ) {
    if (!flat(blocks[i])) {
      i++;
      continue;
    }
    let j = i;
    while (flat(blocks[j])) j++;
    // The last cell, a lone grade word right before the prose after the table, is read as
    // that prose's title: it is taken back when the columns show the last row lacks it.
    const next = blocks[j];
    const last = next && next.kind === 'paragraph' && exactLabel(next.text, labels) ? next : undefined;
    // Two tables laid one cell a line with nothing between them are one run: each caption (表2 …) opens a table of
    // its own, whose heads and rows are counted apart from the one before.
    let from = i;
    for (let k = i + 1; k <= j; k++) {
      if (k < j && !TABLE_CAPTION.test(blocks[k].text.trim())) continue;
      flattenedRun(ctx, blocks.slice(from, k), labels, out, k === j ? last : undefined);
      from = k;
    }
    i = j;
  }
}

function flattenedRun(ctx: ExtractContext, cells: Block[], labels: readonly string[], out: GradeClaim[], lastCell?: Block) {
  const isNumber = (b: Block) => NUMBER_CELL.test(b.text);
  const firstNumber = cells.findIndex(isNumber);
  if (firstNumber < 0) return;
  // The heads: a run of k short labels, from the first one that may head a column; the rows
  // may open with a number (序号) or a name, so the heads end at or before the first number.
  for (let from = 0; from + 2 <= firstNumber; from++) {
    for (let k = Math.min(8, firstNumber - from); k >= 2; k--) {
      const heads = cells.slice(from, from + k).map((b) => b.text.trim());
      if (heads.some((h) => !h || h.length > 10 || NOT_A_HEAD.test(h))) continue;
      const sc = heads.findIndex((h) => SCORE_HEADER.test(h));
      const gc = heads.findIndex((h, x) => x !== sc && GRADE_HEADER.test(h));
      if (sc < 0 || gc < 0) continue;
      let body = cells.slice(from + k);
      if (lastCell && (body.length + 1) % k === 0) body = [...body, lastCell];
      if (body.length === 0 || body.length % k !== 0) continue;
      let columns = true;
      for (let c = 0; c < k && columns; c++) {
        const kind = isNumber(body[c]);
        for (let r = c; r < body.length; r += k) if (isNumber(body[r]) !== kind) columns = false;
      }
      if (!columns || !isNumber(body[sc]) || isNumber(body[gc])) continue;
      for (let r = 0; r < body.length; r += k) {
        const scoreCell = body[r + sc];
        const gradeCell = body[r + gc];
        const figs = ctx.figuresByBlock[scoreCell.index];
        if (figs.length !== 1 || figs[0].approximate || !scoreLike(figs[0])) continue;
        const label = exactLabel(gradeCell.text, labels);
        if (!label) continue;
        const at = gradeCell.text.indexOf(label);
        const subject = body
          .slice(r, r + k)
          .find((b, x) => x !== sc && x !== gc && !isNumber(b))
          ?.text.trim();
        out.push({ kind: 'grade', subject: subject ?? '', score: figs[0], grade: ctx.word(gradeCell, at, at + label.length) });
      }
      return;
    }
  }
}

// The grade's own 分别 may come before its cue or after it: 等级分别为…, 分别评定为…, 分别被评为….
const CUE_BEFORE_RESPECTIVELY = /(?:等级|评级|等次|结果|评为)[\s\u3000]*$/;
const CUE_AFTER_RESPECTIVELY = /^(?:被)?(?:评定为|评为|定为|确定为|评价为|获评|认定为)/;
// One grade for all the scores listed before it: 等级均为“优”, 均被评为良好, 都评定为A级.
const ALL_SAME = /^[^。；;]{0,12}?(?:等级|评级|等次|结果)?(?:均|都|全部)(?:被)?(?:为|是|评为|评定为|定为|确定为|评价为)[\s\u3000]*/;

/** The scores between `from` and `to`: "92、85、78分" (bare numbers before the last one's unit) and "88.0分和64.0分". */
function listedScores(s: Sentence, from: number, to: number): DocFigure[] {
  const scores = s.figures.filter((f) => f.start > from && f.end <= to && f.dimension === 'score' && !f.approximate);
  const bare = s.figures.filter((f) => f.start > from && f.end <= to && f.dimension === 'other' && f.unit === '' && !f.approximate);
  return [...bare, ...scores].sort((a, b) => a.start - b.start);
}

/**
 * "得分分别为92、85、78分，等级分别为优、良、良", "分别得到88.0分和64.0分，分别评定为A级和C级":
 * the n-th score takes the n-th grade. "得分分别为87.5分和92.0分，等级均为“优”": every score
 * takes the one grade.
 */
function respectiveGrades(ctx: ExtractContext, s: Sentence, labels: readonly string[], out: GradeClaim[]): boolean {
  const text = s.block.text;
  const first = text.indexOf('分别', s.start);
  if (first < 0 || first >= s.end) return false;
  const second = text.indexOf('分别', first + 2);
  if (second < 0 || second >= s.end) return sameGradeForAll(ctx, s, first, labels, out);
  const all = listedScores(s, first, second);
  const cueBefore = CUE_BEFORE_RESPECTIVELY.test(text.slice(Math.max(s.start, second - 6), second));
  const cueAfter = CUE_AFTER_RESPECTIVELY.exec(text.slice(second + 2, s.end));
  if ((!cueBefore && !cueAfter) || all.length < 2) return false;
  const words: Array<{ text: string; start: number }> = [];
  const after = text.slice(second + 2 + (cueAfter ? cueAfter[0].length : 0), s.end).replace(/^(?:为|是|：|:)/, '');
  const offset = s.end - after.length;
  const list = /^[^，,。；;]*/.exec(after)![0];
  let pos = 0;
  for (const piece of list.split(/[、和及与]/)) {
    const label = exactLabel(piece, labels);
    if (!label) return false;
    words.push({ text: label, start: offset + pos + piece.indexOf(label) });
    pos += piece.length + 1;
  }
  if (words.length !== all.length) return false;
  all.forEach((f, i) => {
    out.push({
      kind: 'grade',
      // 分别 lists several subjects in one: none of them is this score's alone.
      subject: '',
      score: f,
      grade: ctx.word(s.block, words[i].start, words[i].start + words[i].text.length),
    });
  });
  return true;
}

function sameGradeForAll(ctx: ExtractContext, s: Sentence, first: number, labels: readonly string[], out: GradeClaim[]): boolean {
  const text = s.block.text;
  const scores = listedScores(s, first, s.end);
  if (scores.length < 2) return false;
  const last = scores[scores.length - 1];
  // Nothing but the scores between 分别 and the last one: no other figure may share the grade.
  if (s.figures.some((f) => f.start > first && f.start < last.start && !scores.includes(f))) return false;
  const rest = text.slice(last.end, s.end);
  const cue = ALL_SAME.exec(rest);
  if (!cue || /\d/.test(cue[0])) return false;
  let at = last.end + cue[0].length;
  if (OPEN_QUOTE.test(text.slice(at, at + 1))) at++;
  const label = labels.find((l) => text.startsWith(l, at));
  if (!label || !AFTER_OK.test(text.slice(at + label.length, at + label.length + 4))) return false;
  for (const f of scores) out.push({ kind: 'grade', subject: '', score: f, grade: ctx.word(s.block, at, at + label.length) });
  return true;
}

/**
 * Scores with their grade words: "评价得分89.12分，绩效等级为“良”", "91.5分，A级",
 * "自评结果为“良好”，得分91.25分", 分别 lists, and tables with a score and a grade
 * column. One sentence may hold many project/score/grade triples; each score takes
 * the first grade word after it, before the next score or any other figure. A
 * grading standard the document states replaces the default bands for its claims.
 */
export function extractGrades(ctx: ExtractContext): Claim[] {
  const out: GradeClaim[] = [];
  const { stated, standards } = gradeStandards(ctx);
  const labels = stated
    ? [...new Set([...stated.flatMap((b) => b.labels), ...KNOWN_LABELS])].sort((a, b) => b.length - a.length)
    : KNOWN_LABELS;
  for (const block of ctx.doc.blocks) {
    if (block.table || block.kind === 'toc') continue;
    for (const s of ctx.sentences(block)) {
      const own = standards.get(s);
      if (own) {
        gradedBesideItsStandard(ctx, s, own, labels, out);
        continue;
      }
      if (RESPECTIVELY.test(s.text) && respectiveGrades(ctx, s, labels, out)) continue;
      // 得分91.6分，较上年提高1.8分，等级为“优”: a score's change is no one's score, and the grade after
      // it is the score's before it (the change stands between them as a note).
      const figs = s.figures.filter((f) => !(f.dimension === 'score' && f.role === 'delta'));
      // 项目得分90.0分：决策18.0分，过程19.0分，…: two scores listed as parts, joined by a comma (or 、) and a short name.
      const commaJoined = (a: DocFigure, b: DocFigure) => {
        const gap = block.text.slice(a.end, b.start);
        return a.dimension === 'score' && LIST_GAP.test(gap) && !LIST_OPENER.test(gap);
      };
      // Where the run of comma-joined scores that ends at figs[i] starts, each run found once a sentence: walking
      // back from each score over its run grew with the square of a sentence of scores (得分91分，得分88分，…).
      const runFrom: number[] = [];
      const runStart = (i: number): number => {
        let k = i;
        while (k > 0 && runFrom[k] === undefined && commaJoined(figs[k - 1], figs[k])) k--;
        const first = runFrom[k] ?? k;
        for (let j = k; j <= i; j++) runFrom[j] = first;
        return first;
      };
      figs.forEach((f: DocFigure, i) => {
        if (f.dimension !== 'score' || f.approximate) return;
        if (NOT_A_SCORE_BEFORE.test(block.text.slice(Math.max(s.start, f.start - 4), f.start))) return;
        if (NOT_A_SCORE_AFTER.test(block.text.slice(f.end, f.end + 6))) return;
        const next = figs[i + 1];
        // 总分91.5分，其中投入14.5分、过程22.0分、效益21.5分，等级为优: the grade after a list of parts joined by 、
        // grades the whole the list splits, not the last part (a grade of each part would follow each part).
        const joined = (a: DocFigure, b: DocFigure) =>
          a.dimension === 'score' && /^[^，,。；;：:]*、[^，,。；;：:]*$/.test(block.text.slice(a.end, b.start));
        if (i > 0 && joined(figs[i - 1], f)) {
          if (next && joined(f, next)) return;
          // The whole is the score the list opens on (总分88.5分，其中…; 88.0分（决策…）): it takes the grade.
          let first = i;
          while (first > 0 && joined(figs[first - 1], figs[first])) first--;
          const whole = figs[first - 1];
          if (!whole || whole.dimension !== 'score' || whole.approximate) return;
          if (/(?:满分|分值)[\s\u3000]*(?:为|是)?[\s\u3000]*$/.test(block.text.slice(Math.max(s.start, whole.start - 5), whole.start))) return;
          if (!/^[\s\u3000]*[，,]?[\s\u3000]*(?:其中|[（(])/.test(block.text.slice(whole.end, figs[first].start))) return;
          const grade = gradeWordAfter(ctx, s, f.end, next ? next.start : s.end, labels);
          if (grade) out.push({ kind: 'grade', subject: scoreSubject(block.text, whole.start, s.start), score: whole, grade });
          return;
        }
        // 项目得分90.0分：决策18.0分，过程19.0分，产出34.0分，效益19.0分，评为优秀: parts listed after a colon
        // (or 其中) and joined by commas are the whole's split too; the grade after the last is the whole's.
        const first = runStart(i);
        if (first < i) {
          const whole = figs[first - 1];
          if (whole && whole.dimension === 'score' && !whole.approximate && LIST_OPENER.test(block.text.slice(whole.end, figs[first].start))) {
            if (next && commaJoined(f, next)) return;
            const grade = gradeWordAfter(ctx, s, f.end, next ? next.start : s.end, labels);
            if (grade) out.push({ kind: 'grade', subject: scoreSubject(block.text, whole.start, s.start), score: whole, grade });
            return;
          }
        }
        const after =
          gradeWordAfter(ctx, s, f.end, next ? next.start : s.end, labels) ??
          bareGradeAfter(ctx, s, f.end, next ? next.start : s.end, labels);
        if (after) {
          out.push({ kind: 'grade', subject: scoreSubject(block.text, f.start, s.start), score: f, grade: after });
          return;
        }
        const before = gradeWordBefore(ctx, s, f.start, f.end, i > 0 ? figs[i - 1].end : s.start, labels);
        if (!before) return;
        // The subject stands before the grade: "A项目绩效评价等级为“良”，评价得分为95.5分".
        const subject = withoutCueTail(labelBefore(block.text, before.at, s.start));
        out.push({ kind: 'grade', subject, score: f, grade: before.word });
      });
    }
  }
  for (const rows of ctx.tables()) tableGrades(ctx, rows, labels, out);
  flattenedGrades(ctx, labels, out);
  if (stated) for (const c of out) c.bands ??= stated;
  return out;
}

// A band's bound written as a note (含90分), one more way a standard's figure is no one's score.
const BOUND_NOTE_BEFORE = /(?:含|不含)[\s\u3000]*$/;
const NOT_A_SCORE_AFTER_IN_STANDARD = /^[\s\u3000]*(?:（不含）|\(不含\)|分?[）)]?[\s\u3000]*(?:为|评为|定为|是|属于|即)|分?[\s\u3000]*[≤<＜])/;

/**
 * "自评得分86.5分，评价等级为“良好”（90分及以上为优秀，80分至90分为良好，…）", "按照90分以上为优、…的标准，
 * 本项目得分78分，等级为良": a sentence that states a standard may grade one score by it too. The standard's own
 * figures are bounds, not scores (80分至, 以上, 为良好 after it); a score left over takes the grade its cue names,
 * held to the bands of its own sentence. A score beyond twice the top band's floor is on another scale (bands out of
 * 10 beside a score out of 100): no claim.
 */
function gradedBesideItsStandard(ctx: ExtractContext, s: Sentence, bands: GradeBand[], labels: readonly string[], out: GradeClaim[]) {
  const text = s.block.text;
  const figs = s.figures.filter((f) => !(f.dimension === 'score' && f.role === 'delta'));
  const top = bands.reduce((m, b) => (b.min > m ? b.min : m), 0);
  const scores = figs.filter(
    (f) =>
      f.dimension === 'score' &&
      !f.approximate &&
      !NOT_A_SCORE_BEFORE.test(text.slice(Math.max(s.start, f.start - 4), f.start)) &&
      !BOUND_NOTE_BEFORE.test(text.slice(Math.max(s.start, f.start - 3), f.start)) &&
      !NOT_A_SCORE_AFTER.test(text.slice(f.end, f.end + 6)) &&
      !NOT_A_SCORE_AFTER_IN_STANDARD.test(text.slice(f.end, f.end + 6)),
  );
  // One score only: two would ask which of them the grade after the bands belongs to.
  if (scores.length !== 1) return;
  const f = scores[0];
  if (top <= 0 || f.value.greaterThan(top * 2)) return;
  const i = figs.indexOf(f);
  const next = figs[i + 1];
  const grade = gradeWordAfter(ctx, s, f.end, next ? next.start : s.end, labels);
  if (grade) out.push({ kind: 'grade', subject: scoreSubject(text, f.start, s.start), score: f, grade, bands });
}

/** "91.5分，A级；" or "91.5分（优）": a grade word right after the score, with no cue, closed by 级/等, the clause's end or its bracket. */
function bareGradeAfter(ctx: ExtractContext, s: Sentence, from: number, to: number, labels: readonly string[]) {
  const text = s.block.text;
  // "得分84.0分（优）": the grade alone in brackets right after the score, the bracket closed after it.
  if (/^[（(]/.test(text.slice(from, Math.min(to, from + 1)))) {
    const label = labels.find((l) => text.startsWith(l, from + 1));
    if (!label || !/^(?:级|等)?[）)]/.test(text.slice(from + 1 + label.length, from + 4 + label.length))) return null;
    return ctx.word(s.block, from + 1, from + 1 + label.length);
  }
  const gap = /^[，,、\s\u3000]{1,2}/.exec(text.slice(from, Math.min(to, from + 3)));
  if (!gap || !BARE_GAP.test(gap[0])) return null;
  let at = from + gap[0].length;
  if (/^[“"‘「]/.test(text.slice(at, at + 1))) at++;
  const label = labels.find((l) => text.startsWith(l, at));
  if (!label) return null;
  const rest = text.slice(at + label.length, at + label.length + 4);
  // A single letter must say 级 (A级); a word needs only to end its clause.
  const closed = /^[A-E]$/.test(label) ? /^(?:级|等)(?=$|[，,。；;、）)\s\u3000])/.test(rest) : AFTER_OK.test(rest);
  if (!closed || /^[”"’」]?(?:等级|级|等)?的/.test(rest)) return null;
  return ctx.word(s.block, at, at + label.length);
}

/** "自评结果为“良好”，得分91.25分": a cued grade word just before the score's own cue. */
function gradeWordBefore(ctx: ExtractContext, s: Sentence, scoreStart: number, scoreEnd: number, from: number, labels: readonly string[]) {
  const text = s.block.text;
  const window = text.slice(Math.max(from, scoreStart - 24), scoreStart);
  const base = scoreStart - window.length;
  for (const label of labels) {
    const at = window.lastIndexOf(label);
    if (at < 0) continue;
    let lead = base + at;
    if (/[“"‘「]/.test(text.slice(lead - 1, lead))) lead--;
    if (!CUE.test(text.slice(Math.max(from, lead - 8), lead))) continue;
    const gap = text.slice(base + at + label.length, scoreStart);
    if (!SCORE_CUE_AFTER.test(gap)) continue;
    // A bracketed score closes its bracket right after it: （92.5分） is the grade's score, （92分以上） is not.
    if (/[（(]/.test(gap) && !/^[\s\u3000]*[）)]/.test(text.slice(scoreEnd, scoreEnd + 2))) continue;
    return { word: ctx.word(s.block, base + at, base + at + label.length), at: lead };
  }
  return null;
}

/**
 * "城区绿化项目得分91分" → 城区绿化项目; "- 乡村道路养护项目：88.6分" → the name before the
 * colon; "⑴“城乡义务教育保障资金”，评价得分92分" → the clause before the score's cue.
 */
function scoreSubject(text: string, at: number, from: number): string {
  // 复核得分仅为78.2分: 仅 (只) says how low, no part of the name.
  const own = labelBefore(text, at, from).replace(/(?:仅仅|仅|只)(?:有|为)?$/, '');
  if (own && !SCORE_CUE_ONLY.test(own)) return own;
  let end = own ? text.lastIndexOf(own, at) : at;
  // Back over up to three clauses to the one that names a project, fund or unit (no figure in it).
  for (let k = 0; k < 3; k++) {
    const gap = /[：:，,][\s\u3000]*$/.exec(text.slice(Math.max(from, end - 3), end));
    if (!gap) return '';
    const c = end - gap[0].length;
    const name = labelBefore(text, c, from).replace(/^[⑴-⒇①-⑳（(]?[0-9一二三四五六七八九十]*[）)]?[、.．]?/, '');
    if (!name) return '';
    if (!/[0-9０-９]/.test(name) && NAME_END.test(name)) return name.replace(/^.*?(?:评价的|开展的|对)(?=[“"\u4e00-\u9fa5])/, '');
    end = text.lastIndexOf(name, c);
    if (end < 0) return '';
  }
  return '';
}
