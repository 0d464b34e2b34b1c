import type { Extractor } from '../registry.ts';
import { extractDebts } from './debt.ts';
import { extractShares } from './share.ts';

export { readClause } from './debt.ts';
export { readDates, stockDate, flowDate, parseDate, type DebtDate } from './dates.ts';
export { normalName } from './share.ts';

/** Debt balances and limits, and shares of a total. */
export const debtShareExtractors: Extractor[] = [(ctx) => extractDebts(ctx), (ctx, earlier) => extractShares(ctx, earlier)];
