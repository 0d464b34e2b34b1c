import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { root, score, scorer } from './score.ts';

// test/heldout36: central and western provinces, invented: a Sichuan-style department accounts as pdftotext -layout leaves
// it, a town budget in Markdown with merged cells flattened, a half-year execution report, a county debt report in
// Word, a department self-evaluation PDF, a four-book budget draft, a PDF-like text with page furniture, a unit
// budget; written blind (round 1: 33 of 42 must found, 7 false alarms: a 类 | 款 table's 小计 rows, 与序时进度持平,
// weights read as scores, a place before the kind of debt; test/heldout36/README.md). The scorer lives in ../shared
// beside the checkout; without it, skip.
describe.skipIf(!existsSync(scorer))('held-out set heldout36 (central and western provinces; written blind)', () => {
  it('finds what it found when last measured and raises no false alarm', () => {
    const s = score(resolve(root, 'test/heldout36/expected.json'));
    expect(s.falses, s.output).toBe(0);
    expect(s.found, s.output).toBeGreaterThanOrEqual(38);
  });
});
