import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { root, score, scorer } from './score.ts';

// test/heldout57: provincial and municipal departments' budgets and final accounts as real ones are published, invented:
// three Word-made PDFs with several numbered tables each (功能分类 codes and names indented by level, a table over two
// pages), a .docx, a pdftotext-like layout, Markdown, a hard-wrapped text and one with space- and tab-aligned tables; most
// findings planted in the prose restating the tables; written blind and scored once (51 of 64 must found, 2 false alarms;
// test/heldout57/README.md); a fix round after it: 63 found, no false alarm (left: 03:37, a 其中 list whose first part's
// use is set out with 、 before the next part, as heldout38 shows such a list's sum can repeat a conflict's slip).
// The scorer lives in ../shared beside the checkout; without it, skip.
describe.skipIf(!existsSync(scorer))('held-out set heldout57 (department budgets and final accounts as published; written blind)', () => {
  it('finds what it found when last measured and raises no false alarm', () => {
    const s = score(resolve(root, 'test/heldout57/expected.json'));
    expect(s.falses, s.output).toBe(0);
    expect(s.found, s.output).toBeGreaterThanOrEqual(63);
  });
});
