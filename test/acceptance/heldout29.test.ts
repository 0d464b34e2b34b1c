import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { root, score, scorer } from './score.ts';

// test/heldout29: long real-shaped packages, invented: department budgets with their 说明 and eight 公开表 (PDF from Word,
// .docx, Markdown) and a county's execution report, most figures right and the slips hidden among them, written blind
// (round 1: 46 of 57 must found, 30 false alarms; test/heldout29/README.md). The last false alarm (d02's narrow columns
// wrapping a figure's tail, …300. over 00, read as a figure 00) went when the PDF layout learnt to join such halves; 53
// found; 54 once a section on one fund's spending read its 科目 paths against that fund's table. The scorer lives in ../shared beside the checkout; without it, skip.
// Raised to 55 in the heldout62 round (a known split's members stated apart).
describe.skipIf(!existsSync(scorer))('held-out set heldout29 (long real-shaped packages; written blind)', () => {
  it('finds what it found when last measured and raises no false alarm', () => {
    const s = score(resolve(root, 'test/heldout29/expected.json'));
    expect(s.falses, s.output).toBe(0);
    expect(s.found, s.output).toBeGreaterThanOrEqual(55);
  });
});
