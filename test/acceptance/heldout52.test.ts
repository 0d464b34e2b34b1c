import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { root, score, scorer } from './score.ts';

// test/heldout52: places and kinds the sets before had not used, invented: a 市 bureau's 部门决算 as a PDF, a 街道 部门预算
// in Word, a 县 政府性基金预算（草案） in pdftotext layout, a 专项债券 project disclosure in Word, a 项目 绩效自评 in
// Markdown, a 市 预算调整方案 hard-wrapped mid-figure, a 人大 review of a 县 决算 with a table in spaces, an audit report
// with a tab table; written blind and scored once (41 of 64 must found, 2 false alarms; test/heldout52/README.md); a fix
// round after it: 59 found, no false alarm.
// The scorer lives in ../shared beside the checkout; without it, skip.
describe.skipIf(!existsSync(scorer))('held-out set heldout52 (new places and kinds; written blind)', () => {
  it('finds what it found when last measured and raises no false alarm', () => {
    const s = score(resolve(root, 'test/heldout52/expected.json'));
    expect(s.falses, s.output).toBe(0);
    expect(s.found, s.output).toBeGreaterThanOrEqual(60);
  });
});
