import type { Block, ParsedDocument } from '../document/types.ts';
import { ExtractContext, type Sentence } from '../reading/context.ts';
import type { Claim, DocFigure } from './types.ts';
import { extractSums } from './sums.ts';
import { extractChanges } from './changes.ts';
import { extractScheduleGaps } from './schedule.ts';
import { extractBalanceSheets } from './balance-sheets.ts';
import { extractComparisons } from './compare.ts';
import { EXTRA_EXTRACTORS, type Extractor } from './registry.ts';
import { extractChangeSums } from './change-sums.ts';
import { extractConflicts } from './conflicts.ts';
import { extractEarlierBases, extractEarlierCurrents } from './earlier-base.ts';
import { extractCellRestatements, extractRowRestatements } from './row-restatements.ts';
import { extractTableChanges, extractTextTableChanges } from './table-changes.ts';
import { withTableNeighbours } from './table-neighbours.ts';

export * from './types.ts';
export { readClause } from './debt.ts';
export { readDates, stockDate, flowDate, parseDate, type DebtDate } from '../reading/dates.ts';
export { normalName } from './shares.ts';
export { ExtractContext, type Sentence } from '../reading/context.ts';
export { roleOf } from '../reading/roles.ts';
export { directionOf, statedDirection, hedgedFlat, DIRECTION_WORDS } from '../reading/words.ts';

export interface ExtractorFailure {
  extractor: string;
  message: string;
}

export interface Extraction {
  figures: DocFigure[];
  claims: Claim[];
  /** Extractors that threw: their claims are missing, the others stand. */
  failures: ExtractorFailure[];
  /** The reader's sentences of a block (block-text offsets), as the extractors saw them. */
  sentences(block: Block): Sentence[];
}

const CORE_EXTRACTORS: Array<[string, Extractor]> = [
  ['sums', (ctx) => extractSums(ctx)],
  ['balance-sheets', (ctx) => extractBalanceSheets(ctx)],
  ['changes', (ctx) => extractChanges(ctx)],
  ['schedule', (ctx) => extractScheduleGaps(ctx)],
  ['comparisons', (ctx) => extractComparisons(ctx)],
  ['table-changes', (ctx) => extractTableChanges(ctx)],
  ['text-table-changes', (ctx, earlier) => extractTextTableChanges(ctx, earlier)],
  ['change-sums', (ctx, earlier) => extractChangeSums(ctx, earlier)],
  ['earlier-bases', (ctx, earlier) => extractEarlierBases(ctx, earlier)],
  ['earlier-currents', (ctx, earlier) => extractEarlierCurrents(ctx, earlier)],
  ['conflicts', (ctx, earlier) => extractConflicts(ctx, earlier)],
  ['row-restatements', (ctx, earlier) => extractRowRestatements(ctx, earlier)],
  ['cell-restatements', (ctx, earlier) => extractCellRestatements(ctx, earlier)],
];

/** From parsed blocks to every figure and every claim the text makes about them. */
export function extractClaims(doc: ParsedDocument): Extraction {
  const steps = extractClaimsSteps(doc);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** extractClaims as steps, one extractor each (engine/lint.ts's lintSteps). */
export function* extractClaimsSteps(doc: ParsedDocument): Generator<void, Extraction, void> {
  const ctx = new ExtractContext(doc);
  const claims: Claim[] = [];
  const failures: ExtractorFailure[] = [];
  const all: Array<[string, Extractor]> = [...CORE_EXTRACTORS, ...EXTRA_EXTRACTORS.map((e, i): [string, Extractor] => [e.name || `extractor-${i + 1}`, e])];
  // One misreading extractor must not cost the document every other check.
  for (const [name, extract] of all) {
    try {
      // A loop, not push(...): spreading >~120,000 claims as arguments overflows the stack.
      for (const c of extract(ctx, claims)) claims.push(c);
    } catch (e) {
      failures.push({ extractor: name, message: e instanceof Error ? e.message : String(e) });
    }
    yield;
  }
  ctx.settle();
  return { figures: ctx.figures, claims: withTableNeighbours(withoutRereadChanges(claims), doc.blocks), failures, sentences: (block) => ctx.sentences(block) };
}

/**
 * "…决算10,864.20万元，年初预算为10,236.00万元，决算数为年初预算的106.2%" is read both as a change
 * (relations/changes.ts) and as a completion ratio (relations/compare.ts), each naming the subject a
 * little differently (with or without the year before it). The same figures against the same base
 * are one claim: two would say one contradiction twice, in two wordings the engine cannot merge.
 */
function withoutRereadChanges(claims: Claim[]): Claim[] {
  const seen = new Set<string>();
  let dropped = false;
  const kept = claims.filter((c) => {
    if (c.kind !== 'change') return true;
    const key = [c.current, c.prior, c.delta, c.rate, c.ratio].map((f) => f?.id ?? '').join('|') + `|${c.deltaWord?.range.start ?? ''}|${c.rateWord?.range.start ?? ''}|${c.flat?.range.start ?? ''}|${c.base}`;
    if (seen.has(key)) {
      dropped = true;
      return false;
    }
    seen.add(key);
    return true;
  });
  return dropped ? kept : claims;
}
