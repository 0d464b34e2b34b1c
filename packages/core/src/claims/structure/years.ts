import type { ExtractContext } from '../context.ts';
import type { Claim } from '../types.ts';

export function extractYears(_ctx: ExtractContext): Claim[] {
  return [];
}
