import type { Block } from '../document/types.ts';
import type { ExtractContext, Sentence } from '../reading/context.ts';
import type { ChangeClaim, CompareClaim, DocFigure } from './types.ts';
import { labelBefore, subjectBefore } from '../reading/labels.ts';
import { firstFrom } from './first-from.ts';
import { COMPARISONS, DELTA_VERB_ALT, FLAT_HEDGE, MEASURE_ONLY, PRIOR_BASE_ALT, VERSUS_BUDGET_VERBS, alternation, withoutBookNames } from '../domain/lexicon.ts';

/** "2024年度“三公”经费财政拨款支出年初预算为" → "“三公”经费财政拨款支出". */
const subjectOfMeasure = (label: string) =>
  label
    .replace(/^(?:[0-9０-９]{4}年度?)/, '')
    .replace(/(?:年初|全年|调整后?)?(?:预算|决算)(?:数)?(?:为|是)?$/, '');

// (A hedge before 与 or before 持平, 决算数基本与预算持平 / 与预算大体持平, tolerates a small gap: group 2 or 4.)
const RELATION = new RegExp(`决算(?:数)?(${alternation(Object.keys(COMPARISONS))}|(${FLAT_HEDGE})?与((?:全年|年初|年度|调整后?)?预算(?:数)?)(${FLAT_HEDGE}(?:保持)?)?持平)((?:全年|年初|年度|调整后?)?预算(?:数)?)?`, 'g');
const OPS: Readonly<Record<string, CompareClaim['op']>> = COMPARISONS;
// "完成年初预算的98.20%": the budget named is the base of the ratio.
// 决算数为预算数的81.6%, 收入318,650万元，为年度预算412,000万元的77.3%: the same ratio said with 为.
const COMPLETION = /(?:完成(?:了)?|决算(?:数)?为|为)((?:全年|年初|年度|调整后?)?预算(?:数)?)([^，。；的]{0,16}?)的[\s\u3000]*$/;
// 完成年初预算100%: the same ratio with its 的 left out.
const COMPLETION_BARE = /完成了?((?:全年|年初|年度|调整后?)?预算数?)[\s\u3000]*$/;

// 年度预算 is the year's budget (全年): the qualifier names which budget, when there are several.
const qualifierOf = (s: string) => /全年|年初|年度|调整/.exec(s)?.[0] ?? '';

interface Labelled {
  figure: DocFigure;
  label: string;
}

/**
 * "收入完成9.36亿元，…，其中税收收入6.48亿元，完成年度预算的71.2%": a completion right after a part of a 其中 list is
 * the part's, however its label reads (税收收入 names no 完成 or 决算). The part must be the amount right before the
 * completion's words, with only a comma between, and a 其中 between it and the amount before it.
 */
function ofWhichPartBefore(text: string, s: Sentence, ratio: DocFigure, phraseStart: number): Labelled | undefined {
  const figs = s.figures;
  const k = firstFrom(figs, ratio.start) - 1;
  const part = figs[k];
  if (!part || part.dimension !== 'money' || part.role !== 'amount' || part.approximate) return undefined;
  if (!/^[\s\u3000]*[，,][\s\u3000]*$/.test(text.slice(part.end, phraseStart))) return undefined;
  let j = k - 1;
  while (j >= 0 && figs[j].dimension !== 'money') j--;
  if (j < 0 || !/其中/.test(text.slice(figs[j].end, part.start))) return undefined;
  return { figure: part, label: labelBefore(text, part.start) };
}

/** The money figures of a sentence and the one before it, each with its clause label (年初预算为, 支出决算为). */
function labelledNear(ctx: ExtractContext, sentences: Sentence[], i: number, upTo: number): Labelled[] {
  const out: Labelled[] = [];
  // The sentence before, or the one before that when it states no amount ("完成预算的86.5%。决算数大于预算数…").
  let back = i - 1;
  while (back > i - 3 && back > 0 && !sentences[back].figures.some((f) => f.dimension === 'money')) back--;
  for (const s of [sentences[back], sentences[i]]) {
    if (!s) continue;
    // Only the last NEAR figures before the comparison: a long sentence of completions must not
    // make each one read the whole sentence again.
    const figs = s.figures;
    const top = s === sentences[i] ? firstFrom(figs, upTo) : figs.length;
    for (let k = Math.max(0, top - NEAR); k < top; k++) {
      const f = figs[k];
      if (f.dimension !== 'money' || f.approximate) continue;
      out.push({ figure: f, label: labelBefore(s.block.text, f.start) });
    }
  }
  return out;
}

/**
 * The item an outturn's label names, without its time, scope and verb: 上半年全县一般公共预算收入完成 →
 * 一般公共预算收入. Undefined when too little is left to name one (收入, 支出决算).
 */
function itemOfActual(label: string): string | undefined {
  const item = label
    .replace(/[\s\u3000]/g, '')
    .replace(/^(?:[0-9０-９]{4}年度?)?(?:[0-9０-９]{1,2}(?:[-－—~～至][0-9０-９]{1,2})?月(?:份)?|上半年|下半年|前三季度|第?[一二三四]季度)?(?:累计)?/, '')
    .replace(/^(?:全(?:省|市|区|县|镇|乡)|(?:省|市|区|县|镇|乡)?本级|(?:省|市|区|县|镇|乡)级)/, '')
    .replace(/(?:累计)?(?:完成|实现|执行|决算)(?:数)?(?:为|是|达到?)?$/, '');
  return item.length >= 4 && /(?:收入|支出)$/.test(item) && !MEASURE_ONLY.test(item) ? item : undefined;
}

// How many figures before a comparison are read for its actual and its budget.
const NEAR = 24;

/**
 * The figures a comparison or a completion reads: when its own sentence states an amount
 * before it, that sentence is the statement, and the sentence before belongs to another
 * (其中：税收收入61,380万元，完成年初预算的102.3% does not take the total's 年初预算 or its 增收).
 */
function ownFirst(near: Labelled[], block: Block, s: Sentence, upTo: number): Labelled[] {
  const own = near.filter((x) => x.figure.block === block.index && x.figure.start >= s.start);
  return own.some((x) => x.figure.role === 'amount' && x.figure.end <= upTo) ? own : near;
}

const BUDGET = '(?:全年|年初|年度|调整后?)?预算(?:数)?';
// 完成年初预算的79.0%，比年初预算节约520万元 / 决算数大于年初预算数145.28万元: the gap to the budget the ratio names.
const GAP_AFTER = new RegExp(`^[\\s\\u3000]*[，,][\\s\\u3000]*(?:(?:比|较)(${BUDGET})(${alternation(VERSUS_BUDGET_VERBS.map(([w]) => w))}|${DELTA_VERB_ALT})了?|决算(?:数)?(${alternation(Object.keys(COMPARISONS).filter((w) => COMPARISONS[w] !== 'eq'))})(${BUDGET}))(?:资金|支出|收入)?[\\s\\u3000]*$`);
// 完成年初预算的82.4%，年初预算为45,900万元: the budget named right after the ratio.
// Between an item's amount and the completion phrase: the clause's comma only.
const ITEM_THEN_COMPLETION = /^[\s\u3000]*[，,][\s\u3000]*$/;
const BUDGET_AFTER = new RegExp(`^[\\s\\u3000]*[，,][\\s\\u3000]*(${BUDGET})(?:为|是)?[\\s\\u3000]*$`);

// 较年初预算少支出147.65万元: the gap to a budget, stated before the ratio.
const GAP_BEFORE = new RegExp(`(?:比|较)(${BUDGET})(?:(多|少)(?:支出|收入|支|收)?|(${alternation(VERSUS_BUDGET_VERBS.map(([w]) => w))}|${DELTA_VERB_ALT}))了?[\\s\\u3000]*$`);

/** The gap to the ratio's budget stated between the actual and the ratio. */
function gapBefore(ctx: ExtractContext, block: Block, s: Sentence, f: DocFigure, current: DocFigure, qualifier: string): Pick<ChangeClaim, 'delta' | 'deltaWord'> | undefined {
  const d: DocFigure[] = [];
  for (let k = firstFrom(s.figures, current.end + 1); k < s.figures.length && s.figures[k].start < f.start && d.length < 2; k++) {
    const x = s.figures[k];
    if (x.end <= f.start && x.dimension === 'money') d.push(x);
  }
  if (d.length !== 1 || d[0].role !== 'delta' || d[0].approximate) return undefined;
  const before = block.text.slice(Math.max(current.end, d[0].start - 16), d[0].start);
  const g = GAP_BEFORE.exec(before);
  if (!g || (qualifierOf(g[1]) && qualifierOf(g[1]) !== qualifier)) return undefined;
  const word = g[2] ?? g[3];
  const at = d[0].start - before.length + g.index + g[0].indexOf(word, g[1].length + 1);
  return { delta: d[0], deltaWord: ctx.word(block, at, at + word.length) };
}

/** The budget figure stated inside a completion phrase (完成预算2,450万元的…) between `from` and `to`. */
function inlineBudget(figs: readonly DocFigure[], from: number, to: number): DocFigure | undefined {
  for (let k = firstFrom(figs, from); k < figs.length && figs[k].start < to; k++) {
    if (figs[k].role === 'prior' && figs[k].end <= to) return figs[k];
  }
  return undefined;
}

/** The last money amount that ends by `at`: the actual a completion phrase is about. */
function amountBefore(figs: readonly DocFigure[], at: number): DocFigure | undefined {
  for (let k = firstFrom(figs, at) - 1; k >= 0; k--) {
    const x = figs[k];
    if (x.end <= at && x.role === 'amount' && x.dimension === 'money') return x;
  }
  return undefined;
}

/** What follows a completion ratio that has no budget before it: the budget itself, or the gap to it. */
function afterRatio(ctx: ExtractContext, block: Block, s: Sentence, f: DocFigure, qualifier: string): Pick<ChangeClaim, 'prior' | 'delta' | 'deltaWord'> | undefined {
  const next = s.figures[firstFrom(s.figures, f.end)];
  if (!next || next.dimension !== 'money' || next.approximate) return undefined;
  const between = block.text.slice(f.end, next.start);
  const b = BUDGET_AFTER.exec(between);
  if (b && qualifierOf(b[1]) === qualifier) return { prior: next };
  const g = GAP_AFTER.exec(between);
  // 完成年初预算100%，决算数大于预算数55.93万元: a plain 预算数 is the budget the ratio just named.
  const gapQualifier = g ? qualifierOf(g[1] ?? g[4]) : '';
  if (!g || (gapQualifier && gapQualifier !== qualifier)) return undefined;
  const word = g[2] ?? g[3];
  const at = f.end + g.index + g[0].indexOf(word, g[0].indexOf(g[1] ?? '决算'));
  return { delta: next, deltaWord: ctx.word(block, at, at + word.length) };
}

// 完成预算2,450万元的116.7%，超收320万元: right after a completion ratio, 超收/短收/超支/结余 with no 比 is the
// gap to the budget the ratio just named (alone, elsewhere, 结余540万元 is a level).
const GAP_ALONE = new RegExp(`^[\\s\\u3000]*[，,][\\s\\u3000]*(${alternation(VERSUS_BUDGET_VERBS.map(([w]) => w))})了?(?:资金|支出|收入)?[\\s\\u3000]*$`);

/** The gap stated alone right after a completion ratio, before anything else. */
function gapAlone(ctx: ExtractContext, block: Block, s: Sentence, f: DocFigure): Pick<ChangeClaim, 'delta' | 'deltaWord'> | undefined {
  const next = s.figures[firstFrom(s.figures, f.end)];
  if (!next || next.dimension !== 'money' || next.approximate) return undefined;
  const between = block.text.slice(f.end, next.start);
  const g = GAP_ALONE.exec(between);
  if (!g) return undefined;
  const at = f.end + g.index + g[0].indexOf(g[1]);
  return { delta: next, deltaWord: ctx.word(block, at, at + g[1].length) };
}

/**
 * The amount a 决算数高于预算数 right after it is about: the sentence's last money amount before it, with only the clause's
 * comma between (城乡社区支出5,004.20万元，决算数…), not itself named a budget or a gap.
 */
function itemBeforeRelation(text: string, s: Sentence, at: number): DocFigure | undefined {
  const k = firstFrom(s.figures, at) - 1;
  const f = k >= 0 ? s.figures[k] : undefined;
  if (!f || f.dimension !== 'money' || f.role !== 'amount' || f.approximate || f.start < s.start) return undefined;
  if (!ITEM_THEN_COMPLETION.test(text.slice(f.end, at))) return undefined;
  return /预算/.test(withoutBookNames(labelBefore(text, f.start))) ? undefined : f;
}

function budgets(near: Labelled[], qualifier: string): Labelled[] {
  // 较年初预算少支出147.65万元 names the budget, but its figure is the gap to it.
  const all = near.filter((x) => /预算/.test(withoutBookNames(x.label)) && !/决算/.test(x.label) && x.figure.role !== 'delta');
  // 完成年度预算的96.0% of a budget named 预算 alone: 年度 and 全年 tell no 年初 from 调整, so a plain 预算 is it.
  const plain = qualifier === '年度' || qualifier === '全年';
  return qualifier ? all.filter((x) => x.label.includes(qualifier) || (plain && !qualifierOf(x.label))) : all;
}

/** 决算数小于预算数, 决算数与预算数持平, 完成年初预算的98.20%: against the two figures stated just before. */
export function extractComparisons(ctx: ExtractContext): Array<CompareClaim | ChangeClaim> {
  const claims: Array<CompareClaim | ChangeClaim> = [];
  for (const block of ctx.doc.blocks) {
    if (block.kind === 'toc' || block.kind === 'table-row') continue;
    // A block's comparisons follow from it and the paragraph before: while a draft is edited,
    // those of unchanged blocks are reused (engine/incremental.ts).
    for (const c of ctx.memoBlock('comparisons', block, '', () => blockComparisons(ctx, block))) claims.push(c);
  }
  return claims;
}

function blockComparisons(ctx: ExtractContext, block: Block): Array<CompareClaim | ChangeClaim> {
  const claims: Array<CompareClaim | ChangeClaim> = [];
  {
    const prevBlock = ctx.doc.blocks[block.index - 1];
    const prevSentences = prevBlock && prevBlock.kind === 'paragraph' ? ctx.sentences(prevBlock).slice(-1) : [];
    const own = ctx.sentences(block);
    const sentences = [...prevSentences, ...own];
    for (let i = prevSentences.length; i < sentences.length; i++) {
      const s = sentences[i];
      RELATION.lastIndex = 0;
      for (let m = RELATION.exec(s.text); m; m = RELATION.exec(s.text)) {
        if (m[2] || m[4]) continue; // 基本持平 tolerates a small gap: nothing to prove
        const at = s.start + m.index;
        const near = ownFirst(labelledNear(ctx, sentences, i, at), block, s, at);
        const actuals = near.filter((x) => /决算/.test(x.label) && x.figure.role === 'amount');
        const bs = budgets(near, qualifierOf(m[3] ?? m[5] ?? ''));
        // 城乡社区支出5,004.20万元，决算数高于年初预算数: the item's amount, its clause right before, is the 决算数; with no
        // budget figure stated near, the direction is a change on the budget, whose figure a table's row may give
        // (extractTextTableChanges).
        if (m[3] === undefined && bs.length === 0) {
          const item = itemBeforeRelation(block.text, s, at);
          if (item) {
            const wordAt = at + m[0].indexOf(m[1]);
            claims.push({ kind: 'change', subject: subjectBefore(block.text, item.start), current: item, base: m[5] ?? '预算', deltaWord: ctx.word(block, wordAt, wordAt + m[1].length) });
          }
          continue;
        }
        if (actuals.length !== 1 || bs.length !== 1) continue;
        const op = m[3] !== undefined ? 'eq' : OPS[m[1]];
        const wordStart = m[3] !== undefined ? at + m[0].indexOf('持平') : at + m[0].indexOf(m[1]);
        const wordLen = m[3] !== undefined ? 2 : m[1].length;
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
        const window = block.text.slice(Math.max(0, f.start - 32), f.start);
        const m = COMPLETION.exec(window) ?? COMPLETION_BARE.exec(window);
        if (!m) continue;
        // The budget stated inside the phrase is the base itself.
        const inline = m[2] ? inlineBudget(s.figures, f.start - m[0].length, f.start) : undefined;
        if (inline) {
          const actual = amountBefore(s.figures, inline.start);
          if (actual && !actual.approximate && !inline.approximate) {
            claims.push({ kind: 'change', subject: subjectBefore(block.text, actual.start), current: actual, base: m[1], prior: inline, ratio: f, ...gapAlone(ctx, block, s, f) });
          }
          continue;
        }
        const near = ownFirst(
          labelledNear(ctx, sentences, i, f.start).filter((x) => from < 0 || (x.figure.block === block.index && x.figure.start >= from)),
          block,
          s,
          f.start,
        );
        // …预算10.40万元，执行数为8.94万元，完成年度预算的96.0%: 执行数 and 实际支出 are actuals too.
        const part = ofWhichPartBefore(block.text, s, f, f.start - m[0].length);
        const actuals = part
          ? [part]
          : near.filter((x) => /决算|支出|完成|执行数|执行额|实际/.test(x.label) && !/预算/.test(withoutBookNames(x.label)) && x.figure.role === 'amount');
        const bs = budgets(near, qualifierOf(m[1]));
        // 公务用车购置及运行维护费34.26万元，预算38.00万元，完成预算的92.2%: an item's amount with its budget set right
        // after it, in a clause of its own, is the amount the budget is completed by, whatever its label's measure.
        if (actuals.length === 0 && !part && bs.length === 1) {
          const k = s.figures.indexOf(bs[0].figure);
          const a = k > 0 ? s.figures[k - 1] : undefined;
          if (a && a.role === 'amount' && !a.approximate && a.dimension === bs[0].figure.dimension && BUDGET_AFTER.test(block.text.slice(a.end, bs[0].figure.start))) {
            actuals.push({ figure: a, label: labelBefore(block.text, a.start, s.start) });
          }
        }
        // 公务接待费8.46万元，完成预算的88.1%: the amount right before the phrase, in a clause of its own naming only its
        // item, is what the ratio completes; its budget is a table row's (extractTextTableChanges) or none.
        if (actuals.length === 0 && !part && bs.length === 0) {
          const a = amountBefore(s.figures, f.start - m[0].length);
          if (a && !a.approximate && a.block === block.index && ITEM_THEN_COMPLETION.test(block.text.slice(a.end, f.start - m[0].length))) {
            actuals.push({ figure: a, label: labelBefore(block.text, a.start, s.start) });
          }
        }
        if (actuals.length === 0 || bs.length > 1) continue;
        const current = actuals[actuals.length - 1].figure;
        const own = actuals[actuals.length - 1].label;
        if (bs.length === 0) {
          // No budget before the ratio: the budget or the gap to it may follow in the same sentence,
          // or the gap stand before it (较年初预算少支出147.65万元，完成年初预算的95.0%).
          const after = afterRatio(ctx, block, s, f, qualifierOf(m[1]));
          const gap = after ?? gapBefore(ctx, block, s, f, current, qualifierOf(m[1]));
          if (gap) claims.push({ kind: 'change', subject: own, current, base: m[1], ratio: f, ...gap });
          else {
            // 批准的2025年一般公共预算收入预算为57,100万元。…。上半年全县一般公共预算收入完成29,680万元，完成年度
            // 预算的52.6%: the budget of the same item, stated a sentence or two before, is the ratio's base.
            const item = itemOfActual(own);
            // A budget stated with no qualifier is the year's (年度预算, 全年预算), not one of 年初 and 调整.
            const q = qualifierOf(m[1]);
            const fits = (label: string) => qualifierOf(label) === q || (!qualifierOf(label) && (q === '' || q === '年度' || q === '全年'));
            const earlier = item ? budgets(labelledNear(ctx, sentences, i, f.start), '').filter((x) => (x.figure.start < s.start || x.figure.block !== block.index) && fits(x.label)) : [];
            const named = earlier.filter((x) => x.figure.dimension === current.dimension && subjectOfMeasure(x.label).replace(/[\s\u3000]/g, '').endsWith(item!));
            if (named.length === 1 && earlier.length === 1) claims.push({ kind: 'change', subject: own, current, base: m[1], prior: named[0].figure, ratio: f });
            // No budget in the text: a table row of the same item and outturn may state it
            // (relations/table-changes.ts, extractTextTableChanges); the claim waits for it.
            else if (!named.length) claims.push({ kind: 'change', subject: own, current, base: m[1], ratio: f });
          }
          // The budget or gap stated after this ratio is its own: the next ratio, of another item, reads on from there
          // (…完成年初预算的95.1%，年初预算为526万元，卫生健康支出决算300万元，完成年初预算的98.0% names no budget).
          if (after) since = (after.prior ?? after.delta)!.end;
          continue;
        }
        // 预算450万元，…，其中基本支出300万元，完成年初预算的…: a budget near a 其中 part is the part's only when it names it.
        if (part) {
          const item = itemOfActual(part.label);
          if (!item || !subjectOfMeasure(bs[0].label).replace(/[\s\u3000]/g, '').endsWith(item)) continue;
        }
        // 预算41.20万元，决算35.68万元: when the actual's label is only its measure, the budget's names the subject.
        const subject = MEASURE_ONLY.test(own) ? subjectOfMeasure(bs[0].label) || own : own;
        claims.push({ kind: 'change', subject, current, base: m[1], prior: bs[0].figure, ratio: f, ...gapAlone(ctx, block, s, f) });
      }
      for (const c of levelAgainstBase(ctx, block, s)) claims.push(c);
      const rates = executionRates(block, s);
      for (const c of rates) claims.push(c);
      for (const c of executionOfStatedBudget(ctx, block, own, i - prevSentences.length, rates)) claims.push(c);
      for (const c of spendingProgress(ctx, block, own, i - prevSentences.length)) claims.push(c);
    }
  }
  return claims;
}

// 预算数1,200万元，执行数864.00万元，预算执行率76.0% / 县级资金680万元，执行616.20万元，执行率92.6%: an
// execution rate is the actual over the budget, each stated in a clause of its own right before it.
const EXEC_RATE = /^[\s\u3000]*[，,]?[\s\u3000]*(?:预算|资金)?执行率(?:为|是|达到?)?[\s\u3000]*$/;
// Between the budget and the actual, a clause that names nothing but the execution: 执行, 执行数为, 实际执行, 全年执行数.
const EXEC_ACTUAL = /^[\s\u3000]*[，,][\s\u3000]*(?:全年|当年|本年|实际)?(?:执行|实际支出|支出)(?:数|额|金额)?(?:为|是|达到?)?[\s\u3000]*$/;
// The budget's clause ends in a budget, or names only the money it is of (县级资金, 中央资金), never an actual.
const EXEC_BUDGET = /(?:预算|资金|下达|安排)(?:数|额|金额)?(?:为|是)?$/;

function executionRates(block: Block, s: Sentence): ChangeClaim[] {
  const out: ChangeClaim[] = [];
  const figs = s.figures;
  for (let k = 2; k < figs.length; k++) {
    const [budget, actual, f] = [figs[k - 2], figs[k - 1], figs[k]];
    if (f.dimension !== 'percent' || f.approximate || actual.dimension !== 'money' || budget.dimension !== 'money') continue;
    if (actual.approximate || budget.approximate || !EXEC_RATE.test(block.text.slice(actual.end, f.start))) continue;
    if (!EXEC_ACTUAL.test(block.text.slice(budget.end, actual.start))) continue;
    const label = labelBefore(block.text, budget.start).replace(/[\s\u3000]/g, '');
    if (!EXEC_BUDGET.test(label) || /决算|执行|实际|完成/.test(withoutBookNames(label))) continue;
    // 4. 农业产业化扶持专项：预算数…: a label that is only the measure leaves the subject to what opens the sentence.
    const opening = block.text
      .slice(s.start, budget.start)
      .replace(/[\s\u3000]/g, '')
      .replace(/^(?:[0-9]+[.．、]|[（(][一二三四五六七八九十0-9]+[）)]|[一二三四五六七八九十]+、)/, '')
      .replace(/[：:]?(?:[0-9]{4}年度?)?预算(?:数|额)?(?:为|是)?$/, '');
    const subject = MEASURE_ONLY.test(label) && opening.length >= 2 && opening.length <= 20 && !/[，,；;：:]/.test(opening) ? opening : subjectOfMeasure(label) || label;
    out.push({ kind: 'change', subject, current: actual, base: '预算数', prior: budget, ratio: f });
  }
  return out;
}

// 项目全年预算数1,350万元。…项目实际支出1,242.60万元，预算执行率为93.2%: an execution rate right after the actual
// spending, its budget stated sentences or paragraphs before under the full-year stage (全年预算, 调整后预算), once,
// for the same subject (none, or the document's own: 项目, 部门, 单位).
const SPENT_OF = /^(.{0,16}?)(?:全年|当年|本年)?(?:实际)?(?:支出|执行)(?:数|额|金额)?(?:为|是|达到?)?$/;
const FULL_BUDGET_OF = /^(.{0,16}?)(?:全年|调整后|调整)预算(?:数|额)?(?:为|是|达到?)?$/;
const OWN_SUBJECT = /^(?:本|该)?(?:项目|部门|单位)?$/;

function executionOfStatedBudget(ctx: ExtractContext, block: Block, sentences: Sentence[], i: number, taken: ChangeClaim[]): ChangeClaim[] {
  const out: ChangeClaim[] = [];
  const s = sentences[i];
  const squeeze = (b: Block, from: number, to: number) => b.text.slice(from, to).replace(/[\s\u3000]+/g, '');
  const subjectOf = (re: RegExp, b: Block, f: DocFigure) => {
    const m = re.exec(labelBefore(b.text, f.start).replace(/[\s\u3000]+/g, '').replace(/^(?:截至|截止)?[0-9]{4}年(?:度|[0-9]{1,2}月[0-9]{1,2}日[，,]?)?/, ''));
    return m ? (OWN_SUBJECT.test(m[1]) ? '' : m[1]) : undefined;
  };
  for (let k = 1; k < s.figures.length; k++) {
    const [spent, f] = [s.figures[k - 1], s.figures[k]];
    if (f.dimension !== 'percent' || f.approximate || spent.dimension !== 'money' || spent.approximate) continue;
    if (taken.some((c) => c.ratio === f) || !EXEC_RATE.test(block.text.slice(spent.end, f.start))) continue;
    // A budget in the sentence itself is executionRates' to read (or no budget of this actual).
    if (k >= 2 && s.figures[k - 2].dimension === 'money') continue;
    const subject = subjectOf(SPENT_OF, block, spent);
    if (subject === undefined) continue;
    const stated: DocFigure[] = [];
    const look = (b: Block, figs: readonly DocFigure[]) => {
      for (const x of figs) if (x.dimension === 'money' && !x.approximate && subjectOf(FULL_BUDGET_OF, b, x) === subject) stated.push(x);
    };
    for (let j = 0; j < i; j++) look(block, sentences[j].figures);
    for (let b = block.index - 1, n = 0; b >= 0 && n < PROGRESS_REACH; b--) {
      const prev = ctx.doc.blocks[b];
      if (!prev.text.trim()) continue;
      if (prev.kind !== 'paragraph') break;
      n++;
      look(prev, ctx.figuresByBlock[prev.index]);
    }
    if (stated.length === 0 || stated.some((x) => !x.value.times(x.scale).eq(stated[0].value.times(stated[0].scale)))) continue;
    if (squeeze(block, spent.end, f.start).length > 12) continue;
    out.push({ kind: 'change', subject: subject || labelBefore(block.text, spent.start), current: spent, base: '全年预算数', prior: stated[0], ratio: f });
  }
  return out;
}

// 县级配套资金支出532万元，支出进度76.0%: the spending of a source over the money that source was stated to bring,
// shortly before (其中中央补助资金2,900万元、…、县级配套资金700万元).
const PROGRESS = /^[，,](?:支出|执行|资金支出|预算执行)进度(?:为|达到?|是)?$/;
const SPENT_LABEL = /^(.{2,16}?)(?:实际)?(?:支出|执行)(?:数|额)?(?:为|是|达)?$/;
const PROGRESS_REACH = 2;

function spendingProgress(ctx: ExtractContext, block: Block, sentences: Sentence[], i: number): ChangeClaim[] {
  const out: ChangeClaim[] = [];
  const s = sentences[i];
  const squeeze = (b: Block, from: number, to: number) => b.text.slice(from, to).replace(/[\s\u3000]+/g, '');
  for (let k = 1; k < s.figures.length; k++) {
    const [spent, f] = [s.figures[k - 1], s.figures[k]];
    if (f.dimension !== 'percent' || f.approximate || spent.dimension !== 'money' || spent.approximate || spent.role !== 'amount') continue;
    if (!PROGRESS.test(squeeze(block, spent.end, f.start))) continue;
    const item = SPENT_LABEL.exec(labelBefore(block.text, spent.start).replace(/[\s\u3000]+/g, ''))?.[1];
    if (!item || /[，,、；;：:]/.test(item)) continue;
    // The money stated for that source: once, under exactly its name, in the sentences before or the paragraphs before.
    const stated: DocFigure[] = [];
    const bare = (label: string) => label.replace(/[\s\u3000]+/g, '').replace(/^(?:其中|包括)[：:，,]?/, '').replace(/(?:为|是|达)$/, '');
    for (let j = 0; j < i; j++) for (const x of sentences[j].figures) if (x.dimension === 'money' && x.role === 'amount' && bare(labelBefore(block.text, x.start)) === item) stated.push(x);
    for (let b = block.index - 1, n = 0; b >= 0 && n < PROGRESS_REACH; b--) {
      const prev = ctx.doc.blocks[b];
      if (!prev.text.trim()) continue;
      if (prev.kind !== 'paragraph') break;
      n++;
      for (const x of ctx.figuresByBlock[prev.index]) if (x.dimension === 'money' && x.role === 'amount' && bare(labelBefore(prev.text, x.start)) === item) stated.push(x);
    }
    if (stated.length !== 1 || stated[0].approximate) continue;
    out.push({ kind: 'change', subject: item, current: spent, base: '预算数', prior: stated[0], ratio: f });
  }
  return out;
}

// …为98,400万元，低于年初预算的92,200万元 | 支出1,280万元，高于上年的1,160万元 | 比重为69.4%，低于上年同期的68.2%: a level,
// then in the clause right after it a comparison word and the base it is set against, named as a change's base is, with
// that base's figure.
const LEVEL_VERSUS_BASE = new RegExp(`^[\\s\\u3000]*[，,][\\s\\u3000]*(?:仍|已|略|明显)?(${alternation(Object.keys(COMPARISONS).filter((w) => COMPARISONS[w] !== 'eq'))})(${PRIOR_BASE_ALT})(?:的)?[\\s\\u3000]*$`);

/**
 * A level of money (or a share, a rate) stated against its base's figure with a comparison word and no amount of change (调增6,200万元后为
 * 98,400万元，低于年初预算的92,200万元): the word states the level's direction from the base, as a change's verb does.
 */
function levelAgainstBase(ctx: ExtractContext, block: Block, s: Sentence): ChangeClaim[] {
  const out: ChangeClaim[] = [];
  const figs = s.figures;
  for (let k = 1; k < figs.length; k++) {
    const level = figs[k - 1];
    const base = figs[k];
    if (level.dimension !== base.dimension || level.unit !== base.unit || level.approximate || base.approximate) continue;
    // 比重为69.4%，低于上年同期的68.2%: a share or a rate set against last year's in the same words, as an amount is.
    const percent = level.dimension === 'percent';
    if (level.dimension !== 'money' && !percent) continue;
    if (level.role !== 'amount' && level.role !== 'new-value' && !(percent && (level.role === 'share' || level.role === 'ratio'))) continue;
    const m = LEVEL_VERSUS_BASE.exec(block.text.slice(level.end, base.start));
    if (!m) continue;
    const at = level.end + m[0].indexOf(m[1], m[0].search(/[^\s\u3000，,]/));
    out.push({ kind: 'change', subject: subjectBefore(block.text, level.start, s.start), current: level, base: m[2], prior: base, deltaWord: ctx.word(block, at, at + m[1].length) });
  }
  return out;
}
