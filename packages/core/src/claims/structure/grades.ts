import { DEFAULT_GRADE_BANDS } from '../../domain/tables.ts';
import type { ExtractContext, Sentence } from '../context.ts';
import type { Claim, DocFigure, GradeClaim } from '../types.ts';
import { labelBefore } from '../labels.ts';

// Every grade word the default bands know, longest first so that 优秀 wins over 优 and 不合格 over 合格.
const KNOWN_LABELS = [...new Set(DEFAULT_GRADE_BANDS.flatMap((b) => b.labels))].sort((a, b) => b.length - a.length);

/** A word that introduces a grade: 等级为, 评级为, 评定为, 结果为, 等次为… */
const CUE = /(?:等级|评级|等次|级别|档次|评定|评价结果|考核结果|结果|评为|定为|确定为)(?:为|是|：|:)?[\s\u3000]*$/;
const OPEN_QUOTE = /^[“"‘'「『]/;
const CLOSE_QUOTE = /^[”"’'」』]/;
// After the grade word: end of clause, a closing quote, 等级/级/等/档 — not more of a word.
const AFTER_OK = /^(?:[”"’'」』]?(?:等级|等次|级|等|档)?)(?=$|[，,。；;、）)\s\u3000])/;
// A score written as part of a range or a deduction is no one's score: 80分至90分, 扣5分, 满分100分.
const NOT_A_SCORE_BEFORE = /(?:满分|总分|扣除?|减|加|低于|高于|超过|不低于|不足|[至到~～\-—－])[\s\u3000]*$/;
const NOT_A_SCORE_AFTER = /^[\s\u3000]*(?:[至到~～\-—－]|及以上|及以下|以上|以下|（含）|\(含\))/;

function gradeWordAfter(ctx: ExtractContext, s: Sentence, from: number, to: number, labels: string[]) {
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
    if (!AFTER_OK.test(rest)) continue;
    // 等级为“良”的项目5个: the grade qualifies a count of projects, not this score.
    const tail = text.slice(at + label.length).replace(CLOSE_QUOTE, '');
    if (/^(?:等级|等次|级|等|档)?的/.test(tail)) return null;
    return ctx.word(s.block, at, at + label.length);
  }
  return null;
}

/**
 * Scores with the grade word that follows them: "评价得分89.12分，绩效等级为“良”".
 * One sentence may hold many project/score/grade triples; each score takes the
 * first grade word after it, before the next score or any other figure.
 */
export function extractGrades(ctx: ExtractContext): Claim[] {
  const out: GradeClaim[] = [];
  const labels = KNOWN_LABELS;
  for (const block of ctx.doc.blocks) {
    if (block.kind === 'toc' || block.kind === 'table-row') continue;
    for (const s of ctx.sentences(block)) {
      const figs = s.figures;
      figs.forEach((f: DocFigure, i) => {
        if (f.dimension !== 'score' || f.approximate) return;
        if (NOT_A_SCORE_BEFORE.test(block.text.slice(Math.max(s.start, f.start - 4), f.start))) return;
        if (NOT_A_SCORE_AFTER.test(block.text.slice(f.end, f.end + 6))) return;
        const next = figs[i + 1];
        const grade = gradeWordAfter(ctx, s, f.end, next ? next.start : s.end, labels);
        if (!grade) return;
        out.push({ kind: 'grade', subject: labelBefore(block.text, f.start, s.start), score: f, grade });
      });
    }
  }
  return out;
}
