import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { root, score, scorer } from './score.ts';

// test/heldout39: western and central provinces' documents, invented: a city's 国有资本经营预算 execution and draft, a
// county's 社会保险基金 budget, a town's budget with tab tables, a hospital's accounts in Word, an education bureau's
// accounts with project self-evaluations as PDF, a provincial department's budget as pdftotext -layout, a district's
// 预算报告 as PDF, a county audit of debt and special funds in Word; written blind (round 1: 36 of 53 must found, 7 false
// alarms, two of them real slips the annotation listed once, added as may: a title over two lines, a name with a note
// before 和, a bare 收入 read from another book, a part against a smaller whole of another scope, a unit's debt read
// as the county's; test/heldout39/README.md). The scorer lives in ../shared beside the checkout; without it, skip.
describe.skipIf(!existsSync(scorer))('held-out set heldout39 (western and central provinces; written blind)', () => {
  it('finds what it found when last measured and raises no false alarm', () => {
    const s = score(resolve(root, 'test/heldout39/expected.json'));
    expect(s.falses, s.output).toBe(0);
    expect(s.found, s.output).toBeGreaterThanOrEqual(49);
  });
});
