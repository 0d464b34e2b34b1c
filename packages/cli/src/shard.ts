import type { Shard } from './args.ts';
import { compareStrings } from './discover.ts';

export { parseShard } from './args.ts';

/**
 * Shard i of n: round-robin over the list sorted by relative path, so shards
 * differ in size by at most one file, every file lands in exactly one shard,
 * and the split is the same on every machine (no locale, no hashing).
 */
export function selectShard<T extends { rel: string }>(files: readonly T[], shard: Shard | undefined): T[] {
  if (!shard || shard.count === 1) return [...files];
  const sorted = [...files].sort((a, b) => compareStrings(a.rel, b.rel));
  return sorted.filter((_, k) => k % shard.count === shard.index - 1);
}
