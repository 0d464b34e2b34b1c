import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { root, score, scorer } from './score.ts';

// test/heldout32: real published layouts in new wordings, invented: Shanghai/Jiangsu-style 部门预算 and 决算 with their
// tables laid out with spaces, code columns, 占比 and 完成调整预算% columns, 同口径 rates, debt limits per kind, written
// blind (round 1: 44 of 56 must found, 10 false alarms; test/heldout32/README.md). Two messages the scorer counts false are
// true and left: one slip (专项债务余额124.49, its roll-forward closing at 124.19) breaks the total's roll-forward and the
// kind's, both told on the sentence that first states the balance, where the set annotates only the limit. The scorer
// lives in ../shared beside the checkout; without it, skip.
describe.skipIf(!existsSync(scorer))('held-out set heldout32 (real layouts, new wordings; written blind)', () => {
  it('finds what it found when last measured and raises no other false alarm', () => {
    const s = score(resolve(root, 'test/heldout32/expected.json'));
    expect(s.falses, s.output).toBeLessThanOrEqual(2);
    expect(s.found, s.output).toBeGreaterThanOrEqual(53);
  });
});
