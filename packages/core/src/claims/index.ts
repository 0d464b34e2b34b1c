import type { ParsedDocument } from '../document/types.ts';
import { ExtractContext } from './context.ts';
import type { Claim, DocFigure } from './types.ts';
import { extractSums } from './sums.ts';
import { extractChanges } from './changes.ts';
import { extractComparisons } from './compare.ts';
import { EXTRA_EXTRACTORS } from './registry.ts';

export * from './types.ts';
export { ExtractContext, type Sentence } from './context.ts';
export { roleOf } from './roles.ts';
export { directionOf, statedDirection, DIRECTION_WORDS } from './words.ts';

export interface Extraction {
  figures: DocFigure[];
  claims: Claim[];
}

/** From parsed blocks to every figure and every claim the text makes about them. */
export function extractClaims(doc: ParsedDocument): Extraction {
  const ctx = new ExtractContext(doc);
  const claims: Claim[] = [...extractSums(ctx), ...extractChanges(ctx), ...extractComparisons(ctx)];
  for (const extract of EXTRA_EXTRACTORS) claims.push(...extract(ctx, claims));
  return { figures: ctx.figures, claims };
}
