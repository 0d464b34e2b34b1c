import type { ExtractContext } from '../reading/context.ts';
import type { Claim } from './types.ts';
import { extractGrades } from './grades.ts';
import { extractCounts } from './counts.ts';
import { extractHeadings } from './headings.ts';
import { extractYears } from './years.ts';
import { extractDebts } from './debt.ts';
import { extractShares } from './shares.ts';
import { extractDebtConflicts } from './conflicts.ts';

/**
 * Extractors that run after sums and changes; each may read the claims found
 * before it (a share needs the sum its part belongs to).
 */
export type Extractor = (ctx: ExtractContext, earlier: readonly Claim[]) => Claim[];

/** Grades, counts with their enumerations, headings, years; debt balances and limits; shares of a total (after the sums they are shares of). */
export const EXTRA_EXTRACTORS: Extractor[] = [
  extractGrades,
  extractCounts,
  extractHeadings,
  extractYears,
  (ctx) => extractDebts(ctx),
  // After the debts it reads: a limit or balance said twice with two values.
  extractDebtConflicts,
  (ctx, earlier) => extractShares(ctx, earlier),
];
