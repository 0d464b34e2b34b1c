import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { root, score, scorer } from './score.ts';

// test/heldout28: the same facts in other words, invented: department budgets and final accounts, a report to a
// people's congress, fund and state-capital budgets, 三公 notes, a performance self-evaluation, a debt note and a town
// budget as pasted text, Markdown and Word, every relation phrased as drafters phrase it, written blind (round 1: 36 of
// 49 must found, 2 false alarms; test/heldout28/README.md). The scorer lives in ../shared beside the checkout; without
// it, skip.
// Raised to 47 in the heldout62 round (a known split's members stated apart).
describe.skipIf(!existsSync(scorer))('held-out set heldout28 (the same facts in other words; written blind)', () => {
  it('finds what it found when last measured and raises no false alarm', () => {
    const s = score(resolve(root, 'test/heldout28/expected.json'));
    expect(s.falses, s.output).toBe(0);
    expect(s.found, s.output).toBeGreaterThanOrEqual(47);
  });
});
