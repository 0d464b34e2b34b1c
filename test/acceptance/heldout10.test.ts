import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { root, score, scorer } from './score.ts';

// test/heldout10: invented Word documents written blind (before the reading code and the .docx
// reader were read): numbering.xml headings and lists, merged cells and two-level heads, runs,
// tracked changes, soft breaks, tabs, a footnote and text boxes. The scorer lives in ../shared
// beside the checkout; without it, skip.
describe.skipIf(!existsSync(scorer))('held-out set heldout10 (Word documents; written blind)', () => {
  it('finds what it found when last measured and raises no false alarm', () => {
    const s = score(resolve(root, 'test/heldout10/expected.json'));
    expect(s.falses, s.output).toBe(0);
    expect(s.found, s.output).toBeGreaterThanOrEqual(62);
  });
});
