import type { Block } from '../document/types.ts';
import type { ExtractContext, Sentence } from './context.ts';
import type { ChangeClaim, CompareClaim, DocFigure } from './types.ts';
import { labelBefore, subjectBefore } from './labels.ts';

const RELATION = /决算(?:数)?(大于|小于|高于|低于|超过|少于|多于|等于|与((?:全年|年初|调整后?)?预算(?:数)?)(基本)?持平)((?:全年|年初|调整后?)?预算(?:数)?)?/g;
const OPS: Record<string, CompareClaim['op']> = { 大于: 'gt', 高于: 'gt', 超过: 'gt', 多于: 'gt', 小于: 'lt', 低于: 'lt', 少于: 'lt', 等于: 'eq' };
// "完成年初预算的98.20%": the budget named is the base of the ratio.
// Tested on text with its trailing spaces trimmed: `的[\s]*$` after a free run was polynomial.
const COMPLETION = /完成(?:了)?((?:全年|年初|调整后?)?预算(?:数)?)([^，。；的]{0,16}?)的$/;

const qualifierOf = (s: string) => /全年|年初|调整/.exec(s)?.[0] ?? '';

interface Labelled {
  figure: DocFigure;
  label: string;
}

/** The money figures of a sentence and the one before it, each with its clause label (年初预算为, 支出决算为). */
function labelledNear(ctx: ExtractContext, sentences: Sentence[], i: number, upTo: number): Labelled[] {
  const out: Labelled[] = [];
  for (const s of [sentences[i - 1], sentences[i]]) {
    if (!s) continue;
    for (const f of s.figures) {
      if (f.dimension !== 'money' || f.approximate || (s === sentences[i] && f.start >= upTo)) continue;
      out.push({ figure: f, label: labelBefore(s.block.text, f.start) });
    }
  }
  return out;
}

function budgets(near: Labelled[], qualifier: string): Labelled[] {
  const all = near.filter((x) => /预算/.test(x.label) && !/决算/.test(x.label));
  return qualifier ? all.filter((x) => x.label.includes(qualifier)) : all;
}

/** 决算数小于预算数, 决算数与预算数持平, 完成年初预算的98.20%: against the two figures stated just before. */
export function extractComparisons(ctx: ExtractContext): Array<CompareClaim | ChangeClaim> {
  const claims: Array<CompareClaim | ChangeClaim> = [];
  const blocks = ctx.doc.blocks;
  blocks.forEach((block: Block) => {
    if (block.kind === 'toc' || block.kind === 'table-row') return;
    const prevBlock = blocks[block.index - 1];
    const prevSentences = prevBlock && prevBlock.kind === 'paragraph' ? ctx.sentences(prevBlock).slice(-1) : [];
    const own = ctx.sentences(block);
    const sentences = [...prevSentences, ...own];
    for (let i = prevSentences.length; i < sentences.length; i++) {
      const s = sentences[i];
      RELATION.lastIndex = 0;
      for (let m = RELATION.exec(s.text); m; m = RELATION.exec(s.text)) {
        if (m[3]) continue; // 基本持平 tolerates a small gap: nothing to prove
        const at = s.start + m.index;
        const near = labelledNear(ctx, sentences, i, at);
        const actuals = near.filter((x) => /决算/.test(x.label));
        const bs = budgets(near, qualifierOf(m[2] ?? m[4] ?? ''));
        if (actuals.length !== 1 || bs.length !== 1) continue;
        const op = m[2] !== undefined ? 'eq' : OPS[m[1]];
        const wordStart = m[2] !== undefined ? at + m[0].indexOf('持平') : at + m[0].indexOf(m[1]);
        const wordLen = m[2] !== undefined ? 2 : m[1].length;
        claims.push({
          kind: 'compare',
          left: actuals[0].figure,
          right: bs[0].figure,
          relation: ctx.word(block, wordStart, wordStart + wordLen),
          op,
        });
      }
      // Completion ratios whose base is a budget named in the sentence. Each ratio owns
      // the figures since the previous one: "其中：因公出国费决算为0万元，完成预算的0%"
      // does not share the total's 年初预算.
      let since = -1;
      for (const f of s.figures) {
        if (f.role !== 'ratio' || f.approximate) continue;
        const from = since;
        since = f.end;
        const windowStart = Math.max(0, f.start - 32);
        const m = COMPLETION.exec(block.text.slice(windowStart, f.start).trimEnd());
        if (!m) continue;
        // The budget stated inside the phrase is the base itself.
        const inline = m[2] ? s.figures.find((x) => x.role === 'prior' && x.end <= f.start && x.start >= windowStart + m.index) : undefined;
        if (inline) {
          const actual = s.figures.filter((x) => x.end <= inline.start && x.role === 'amount' && x.dimension === 'money').pop();
          if (actual && !actual.approximate && !inline.approximate) {
            claims.push({ kind: 'change', subject: subjectBefore(block.text, actual.start), current: actual, base: m[1], prior: inline, ratio: f });
          }
          continue;
        }
        const near = labelledNear(ctx, sentences, i, f.start).filter((x) => from < 0 || (x.figure.block === block.index && x.figure.start >= from));
        const actuals = near.filter((x) => /决算|支出|完成/.test(x.label) && !/预算/.test(x.label));
        const bs = budgets(near, qualifierOf(m[1]));
        if (actuals.length === 0 || bs.length !== 1) continue;
        const current = actuals[actuals.length - 1].figure;
        claims.push({ kind: 'change', subject: actuals[actuals.length - 1].label, current, base: m[1], prior: bs[0].figure, ratio: f });
      }
    }
  });
  return claims;
}
