import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { root, score, scorer } from './score.ts';

// test/heldout30: statements that look wrong and are not, invented: scopes side by side, the budget's stages, rates on
// named bases, partial lists, bracketed decreases, asides in brackets, written blind (round 1: 33 of 44 must found, 5
// false alarms; test/heldout30/README.md). The scorer lives in ../shared beside the checkout; without it, skip.
describe.skipIf(!existsSync(scorer))('held-out set heldout30 (statements that look wrong and are not; written blind)', () => {
  it('finds what it found when last measured and raises no false alarm', () => {
    const s = score(resolve(root, 'test/heldout30/expected.json'));
    expect(s.falses, s.output).toBe(0);
    expect(s.found, s.output).toBeGreaterThanOrEqual(39);
  });
});
