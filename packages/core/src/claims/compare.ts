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

/**
 * A sentence's money figures with their clause labels (年初预算为, 支出决算为), read once, and sorted
 * into the kinds the comparisons ask for. Each comparison counts the figures of a kind before it
 * by binary search: listing and filtering the sentence's figures for each one was quadratic in a
 * long sentence of them.
 */
interface Kinds {
  /** Labels that name an actual (决算). */
  actual: Labelled[];
  /** Labels that name what was spent or done and no budget (决算, 支出, 完成). */
  spent: Labelled[];
  /** Budgets, by qualifier ('' for every budget, 全年, 年初, 调整). */
  budget: Map<string, Labelled[]>;
}
const QUALIFIERS = ['全年', '年初', '调整'];
const kindsCache = new WeakMap<Sentence, Kinds>();
function kindsOf(s: Sentence): Kinds {
  let k = kindsCache.get(s);
  if (k) return k;
  k = { actual: [], spent: [], budget: new Map([['', []], ...QUALIFIERS.map((q): [string, Labelled[]] => [q, []])]) };
  for (const f of s.figures) {
    if (f.dimension !== 'money' || f.approximate) continue;
    const x = { figure: f, label: labelBefore(s.block.text, f.start) };
    if (/决算/.test(x.label)) k.actual.push(x);
    if (/决算|支出|完成/.test(x.label) && !/预算/.test(x.label)) k.spent.push(x);
    if (/预算/.test(x.label) && !/决算/.test(x.label)) {
      k.budget.get('')!.push(x);
      for (const q of QUALIFIERS) if (x.label.includes(q)) k.budget.get(q)!.push(x);
    }
  }
  kindsCache.set(s, k);
  return k;
}

/** How many of `list` start in [from, to), with the first and last of them. */
function within(list: readonly Labelled[], from: number, to: number): { count: number; first?: Labelled; last?: Labelled } {
  const lo = firstFrom(list, from);
  const hi = firstFrom(list, to);
  return { count: hi - lo, first: list[lo], last: list[hi - 1] };
}

function firstFrom(list: readonly Labelled[], at: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].figure.start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The one figure of a kind in the sentence before (all of it) and this sentence before `upTo`
 * (the figures near a comparison); undefined unless there is exactly one.
 */
function onlyNear(prev: Sentence | undefined, s: Sentence, pick: (k: Kinds) => Labelled[], upTo: number): Labelled | undefined {
  const before = prev ? pick(kindsOf(prev)) : [];
  const here = within(pick(kindsOf(s)), -Infinity, upTo);
  if (before.length + here.count !== 1) return undefined;
  return before[0] ?? here.first;
}

/** The one of `list` that starts in [from, to); undefined unless there is exactly one. */
function onlyIn(list: readonly Labelled[], from: number, to: number): Labelled | undefined {
  const w = within(list, from, to);
  return w.count === 1 ? w.first : undefined;
}

/** Index of the first figure that starts at or after `at`. */
function figureFrom(figs: readonly DocFigure[], at: number): number {
  let lo = 0;
  let hi = figs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (figs[mid].start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The first prior (a budget figure) inside [from, to). */
function priorIn(figs: readonly DocFigure[], from: number, to: number): DocFigure | undefined {
  for (let k = figureFrom(figs, from); k < figs.length && figs[k].start < to; k++) if (figs[k].role === 'prior' && figs[k].end <= to) return figs[k];
  return undefined;
}

// How far back the actual of an inline completion phrase is looked for (figures).
const ACTUAL_LOOK_BACK = 32;

/** The last money amount that ends by `at`, at most ACTUAL_LOOK_BACK figures back. */
function lastAmountBefore(figs: readonly DocFigure[], at: number): DocFigure | undefined {
  const top = figureFrom(figs, at);
  for (let k = top - 1; k >= 0 && k >= top - ACTUAL_LOOK_BACK; k--) if (figs[k].end <= at && figs[k].role === 'amount' && figs[k].dimension === 'money') return figs[k];
  return undefined;
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
        const actual = onlyNear(sentences[i - 1], s, (k) => k.actual, at);
        const qualifier = qualifierOf(m[2] ?? m[4] ?? '');
        const budget = onlyNear(sentences[i - 1], s, (k) => k.budget.get(qualifier)!, at);
        if (!actual || !budget) continue;
        const op = m[2] !== undefined ? 'eq' : OPS[m[1]];
        const wordStart = m[2] !== undefined ? at + m[0].indexOf('持平') : at + m[0].indexOf(m[1]);
        const wordLen = m[2] !== undefined ? 2 : m[1].length;
        claims.push({
          kind: 'compare',
          left: actual.figure,
          right: budget.figure,
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
        const inline = m[2] ? priorIn(s.figures, windowStart + m.index, f.start) : undefined;
        if (inline) {
          const actual = lastAmountBefore(s.figures, inline.start);
          if (actual && !actual.approximate && !inline.approximate) {
            claims.push({ kind: 'change', subject: subjectBefore(block.text, actual.start), current: actual, base: m[1], prior: inline, ratio: f });
          }
          continue;
        }
        // The figures since the previous ratio of this sentence, or, for the first, the sentence
        // before and this one up to the ratio.
        const qualifier = qualifierOf(m[1]);
        const prev = from < 0 ? sentences[i - 1] : undefined;
        const spentHere = within(kindsOf(s).spent, from < 0 ? -Infinity : from, f.start);
        const spent = spentHere.last ?? (prev ? kindsOf(prev).spent.at(-1) : undefined);
        const budget = from < 0 ? onlyNear(prev, s, (k) => k.budget.get(qualifier)!, f.start) : onlyIn(kindsOf(s).budget.get(qualifier)!, from, f.start);
        if (!spent || !budget) continue;
        claims.push({ kind: 'change', subject: spent.label, current: spent.figure, base: m[1], prior: budget.figure, ratio: f });
      }
    }
  });
  return claims;
}
