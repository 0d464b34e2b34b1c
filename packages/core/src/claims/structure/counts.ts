import type { ExtractContext } from '../context.ts';
import type { Claim } from '../types.ts';

export function extractCounts(_ctx: ExtractContext): Claim[] {
  return [];
}
