import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { selectShard } from '../src/shard.ts';

const files = (names: string[]) => names.map((rel) => ({ rel }));

describe('selectShard', () => {
  it('returns everything without a shard', () => {
    expect(selectShard(files(['b', 'a']), undefined).map((f) => f.rel)).toEqual(['b', 'a']);
  });

  it('splits round-robin over the sorted list', () => {
    const all = files(['e.md', 'a.md', 'd.md', 'b.md', 'c.md']);
    expect(selectShard(all, { index: 1, count: 2 }).map((f) => f.rel)).toEqual(['a.md', 'c.md', 'e.md']);
    expect(selectShard(all, { index: 2, count: 2 }).map((f) => f.rel)).toEqual(['b.md', 'd.md']);
  });

  it('does not depend on the input order', () => {
    const a = files(['x/2.md', 'x/10.md', 'y.md', '说明.md']);
    const b = [...a].reverse();
    expect(selectShard(a, { index: 2, count: 3 })).toEqual(selectShard(b, { index: 2, count: 3 }));
  });

  it('partitions any list: disjoint, complete, balanced', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string({ minLength: 1, maxLength: 6 }), { maxLength: 40 }), fc.integer({ min: 1, max: 7 }), (names, n) => {
        const shards = Array.from({ length: n }, (_, i) => selectShard(files(names), { index: i + 1, count: n }).map((f) => f.rel));
        const union = shards.flat();
        expect(union.length).toBe(names.length);
        expect(new Set(union)).toEqual(new Set(names));
        const sizes = shards.map((s) => s.length);
        expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
      }),
      { numRuns: 60 },
    );
  });
});
