import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { root, score, scorer } from './score.ts';

// test/heldout27: published PDFs, invented, in layouts that break readers: letter-spaced titles (2 0 2 5年), 单位：元
// tables beside prose in 万元, tables across pages with and without repeated heads, a 栏次 row numbering the columns, a
// 合计 row merged over two columns, a spreadsheet export, prose in two columns, footnote marks glued to figures,
// written blind (round 1: 25 of 50 must found, no false alarm; test/heldout27/README.md); the two-column page read column by
// column since: 39; a stacked table's side totals heading their rows, and two wrapped head cells side by side told apart by
// their baselines: 42; a wrapped label's short second line kept in its column, a merged 合计 beside a column of grades and a
// running head in two pieces dropped: 43; a share set against last year's with 低于: 44. The scorer lives in ../shared
// beside the checkout; without it, skip.
// Raised to 46 in the heldout62 round (a change compared with a budget, a share of a level's departments).
describe.skipIf(!existsSync(scorer))('held-out set heldout27 (PDF layouts that break readers; written blind)', () => {
  it('finds what it found when last measured and raises no false alarm', () => {
    const s = score(resolve(root, 'test/heldout27/expected.json'));
    expect(s.falses, s.output).toBe(0);
    expect(s.found, s.output).toBeGreaterThanOrEqual(46);
  });
});
