import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { root, score, scorer } from './score.ts';

// test/heldout14: invented department budgets and final accounts written in Word (automatic numbering, merged
// cells, two-level heads, repeated head rows, landscape pages, footnotes) and read from the PDFs LibreOffice
// exports, written blind. The scorer lives in ../shared beside the checkout; without it, skip.
describe.skipIf(!existsSync(scorer))('held-out set heldout14 (Word documents exported to PDF by LibreOffice; written blind)', () => {
  it('finds what it found when last measured and raises no false alarm', () => {
    const s = score(resolve(root, 'test/heldout14/expected.json'));
    expect(s.falses, s.output).toBe(0);
    expect(s.found, s.output).toBeGreaterThanOrEqual(51);
  });
});
