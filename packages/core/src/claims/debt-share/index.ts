import type { Extractor } from '../registry.ts';

/** Debt balances and limits, and shares of a total. */
export const debtShareExtractors: Extractor[] = [];
