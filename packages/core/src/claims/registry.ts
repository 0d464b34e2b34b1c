import type { ExtractContext } from './context.ts';
import type { Claim } from './types.ts';
import { structureExtractors } from './structure/index.ts';
import { debtShareExtractors } from './debt-share/index.ts';

/**
 * Extractors that run after sums and changes; each may read the claims found
 * before it (a share needs the sum its part belongs to).
 */
export type Extractor = (ctx: ExtractContext, earlier: readonly Claim[]) => Claim[];

export const EXTRA_EXTRACTORS: Extractor[] = [...structureExtractors, ...debtShareExtractors];
