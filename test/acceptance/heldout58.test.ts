import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { root, score, scorer } from './score.ts';

// test/heldout58: universities, research institutes, an education-funding statistical bulletin and a 衔接推进乡村振兴
// 补助资金 announcement, invented: a Word-made PDF, two .docx, a pdftotext-like layout, Markdown, a hard-wrapped text and
// space- and tab-aligned tables; written blind and scored once (44 of 64 must found, one false alarm that was an
// annotation error, corrected as a may; test/heldout58/README.md); a fix round after it: 57 found, no false alarm; 58 with
// a listed part retold under its name (left: three years a document gives its own figures or funds, a 低于 that may state
// the gap, a share of a whole named only as the table's 合计).
// Raised to 60 in the heldout62 round (two year readings), to 61 in the heldout63 round (a budget presenting itself with 以下对…作简要说明).
// The scorer lives in ../shared beside the checkout; without it, skip.
describe.skipIf(!existsSync(scorer))('held-out set heldout58 (universities, research institutes, education funding; written blind)', () => {
  it('finds what it found when last measured and raises no false alarm', () => {
    const s = score(resolve(root, 'test/heldout58/expected.json'));
    expect(s.falses, s.output).toBe(0);
    expect(s.found, s.output).toBeGreaterThanOrEqual(61);
  });
});
