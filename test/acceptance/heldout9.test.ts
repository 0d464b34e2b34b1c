import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { root, score, scorer } from './score.ts';

// test/heldout9: department budgets and final accounts written as HTML and printed to PDF by
// chromium, written blind (before the PDF reader and the reading code were read), annotated on
// the lines of `budgetlint --print-text`. The tests read the committed PDFs; the scorer lives in
// ../shared beside the checkout; without it, skip.
describe.skipIf(!existsSync(scorer))('held-out set heldout9 (PDFs printed by chromium; written blind)', () => {
  it('finds what it found when last measured and raises no false alarm', () => {
    const s = score(resolve(root, 'test/heldout9/expected.json'));
    expect(s.falses, s.output).toBe(0);
    expect(s.found, s.output).toBeGreaterThanOrEqual(39);
  });
});
