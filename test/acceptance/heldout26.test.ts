import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { root, score, scorer } from './score.ts';

// test/heldout26: published PDFs, invented: Shanghai- and Jiangsu-style department budgets and final accounts with
// their standard tables (收支总表 with 行次, 功能分类 tables coded 类/款/项, 三公 tables, two-level heads, tables across
// pages), two revenue execution reports and a town budget report, printed by chromium and LibreOffice, written blind
// (round 1: 27 of 40 must found, 9 false alarms; test/heldout26/README.md). The scorer lives in ../shared beside the
// checkout; without it, skip.
// Raised to 35 in the heldout62 round (a known split's members stated one to a paragraph).
describe.skipIf(!existsSync(scorer))('held-out set heldout26 (department budgets and final accounts as published PDFs, revenue execution reports, a town budget; written blind)', () => {
  it('finds what it found when last measured and raises no false alarm', () => {
    const s = score(resolve(root, 'test/heldout26/expected.json'));
    expect(s.falses, s.output).toBe(0);
    expect(s.found, s.output).toBeGreaterThanOrEqual(35);
  });
});
