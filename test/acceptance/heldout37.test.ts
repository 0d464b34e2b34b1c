import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { root, score, scorer } from './score.ts';

// test/heldout37: northeastern and southeastern provinces and other kinds, invented: a department's accounts as
// pdftotext -layout leaves it, a county's execution report and budget draft, a town budget in Markdown, a city's debt
// report in Word, a special fund's evaluation PDF, an audit report, a banner's state capital and social insurance
// accounts as wrapped PDF text, a district's 三公 note in Word; written blind (round 1: 34 of 47 must found, 3 false
// alarms: 局本级 and four units counted 4个, two totals' 包括 lists across a ；, an income inside a 其中 list before a
// fund's spending; test/heldout37/README.md). 05:94 (a score of 90.0 graded 良 at the band's edge) is within
// rounding under SPEC §4 and stays silent. The scorer lives in ../shared beside the checkout; without it, skip.
describe.skipIf(!existsSync(scorer))('held-out set heldout37 (northeastern and southeastern provinces; written blind)', () => {
  it('finds what it found when last measured and raises no false alarm', () => {
    const s = score(resolve(root, 'test/heldout37/expected.json'));
    expect(s.falses, s.output).toBe(0);
    expect(s.found, s.output).toBeGreaterThanOrEqual(42);
  });
});
