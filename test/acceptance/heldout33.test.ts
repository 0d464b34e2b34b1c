import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { root, score, scorer } from './score.ts';

// test/heldout33: precision stress, invented: long documents, mostly right (a budget adjustment, a monthly report,
// department accounts, a town budget, a state-assets report, an audit follow-up, a debt note, an evaluation), written
// blind (round 1: 24 of 42 must found, 15 false alarms; test/heldout33/README.md). One false alarm is known and left:
// a second true report of one planted cell (its row's 合计 and 项目支出 columns both break). The scorer lives in
// ../shared beside the checkout; without it, skip.
describe.skipIf(!existsSync(scorer))('held-out set heldout33 (long, mostly-correct documents; written blind)', () => {
  it('finds what it found when last measured and raises no other false alarm', () => {
    const s = score(resolve(root, 'test/heldout33/expected.json'));
    expect(s.falses, s.output).toBeLessThanOrEqual(1);
    expect(s.found, s.output).toBeGreaterThanOrEqual(31);
  });
});
