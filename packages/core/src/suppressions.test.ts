import { describe, expect, it } from 'vitest';
import {
  addSuppressions,
  applySuppressions,
  hash64,
  parseSuppressions,
  pruneSuppressions,
  serializeSuppressions,
  suppressionFingerprint,
  SuppressionsError,
} from './suppressions.ts';

const DRAFT =
  '本年度全区一般公共预算财政拨款“三公”经费支出合计86.4万元，其中：因公出国（境）费12万元，公务接待费18.6万元。\n' +
  '上年度全区一般公共预算财政拨款“三公”经费支出合计86.4万元，其中：公务用车购置及运行费45万元，公务接待费21万元。\n';

/** A finding on the n-th "86.4万元", as a rule would report it. */
function findingAt(source: string, n: number, ruleId = 'sum-mismatch') {
  let at = -1;
  for (let i = 0; i <= n; i++) at = source.indexOf('86.4万元', at + 1);
  return { ruleId, fingerprint: '86.4万元=12+18.6', range: { start: at, end: at + '86.4万元'.length }, message: '合计86.4万元，但分项之和为30.6万元' };
}

describe('suppression fingerprints', () => {
  it('survive text added before or after, re-wrapping and CRLF', () => {
    const fp = suppressionFingerprint(findingAt(DRAFT, 0), DRAFT);
    const moved = `二〇二五年预算公开说明\n\n新增的一段说明文字，与本项无关。\n\n${DRAFT.replace('合计', '合\r\n计')}\n附表略。`;
    expect(suppressionFingerprint(findingAt(moved, 0), moved)).toBe(fp);
  });

  it('tell apart the same figures said in two places, and differ by rule', () => {
    const a = suppressionFingerprint(findingAt(DRAFT, 0), DRAFT);
    expect(suppressionFingerprint(findingAt(DRAFT, 1), DRAFT)).not.toBe(a);
    expect(suppressionFingerprint(findingAt(DRAFT, 0, 'share-mismatch'), DRAFT)).not.toBe(a);
  });

  it('change when the figure itself changes', () => {
    const edited = DRAFT.replace('86.4万元', '96.4万元');
    const f = { ...findingAt(DRAFT, 0), fingerprint: '96.4万元=12+18.6' };
    expect(suppressionFingerprint(f, edited)).not.toBe(suppressionFingerprint(findingAt(DRAFT, 0), DRAFT));
  });

  it('hash64 is 16 hex digits and spreads', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 5000; i++) seen.add(hash64(`合计${i}万元`));
    expect(seen.size).toBe(5000);
    expect(hash64('')).toMatch(/^[0-9a-f]{16}$/);
  });
});

describe('suppressions', () => {
  it('add, apply and prune', () => {
    const f0 = findingAt(DRAFT, 0);
    const f1 = findingAt(DRAFT, 1);
    const { suppressions, added } = addSuppressions(undefined, 'a.txt', [f0], DRAFT, { reason: '分项非全部', by: '张三', at: '2026-01-01T00:00:00Z' });
    expect(added).toBe(1);
    expect(addSuppressions(suppressions, 'a.txt', [f0], DRAFT).added).toBe(0);
    const { kept, suppressed } = applySuppressions(suppressions, 'a.txt', [f0, f1], DRAFT);
    expect(kept).toEqual([f1]);
    expect(suppressed[0].entry).toMatchObject({ reason: '分项非全部', by: '张三', message: f0.message });
    expect(applySuppressions(suppressions, 'b.txt', [f0], DRAFT).kept).toEqual([f0]);

    const stillThere = pruneSuppressions(suppressions, new Map([['a.txt', { findings: [f0, f1], source: DRAFT }]]), () => true);
    expect(stillThere.removed).toBe(0);
    const fixed = pruneSuppressions(suppressions, new Map([['a.txt', { findings: [f1], source: DRAFT }]]), () => true);
    expect(fixed).toEqual({ suppressions: { version: 1, files: {} }, removed: 1 });
    expect(pruneSuppressions(suppressions, new Map(), () => true).removed).toBe(0);
    expect(pruneSuppressions(suppressions, new Map(), () => false).removed).toBe(1);
  });

  it('round-trips through JSON and names the place of each mistake', () => {
    const { suppressions } = addSuppressions(undefined, 'z.md', [findingAt(DRAFT, 0)], DRAFT, { reason: '已核对' });
    expect(parseSuppressions(JSON.parse(serializeSuppressions(suppressions)))).toEqual(suppressions);
    expect(() => parseSuppressions([])).toThrow(SuppressionsError);
    expect(() => parseSuppressions({ version: 2, files: {} })).toThrow(/^version: expected 1/);
    expect(() => parseSuppressions({ version: 1, files: { 'a.txt': {} } })).toThrow(/^files\.a\.txt: expected a list/);
    expect(() => parseSuppressions({ version: 1, files: { 'a.txt': [{ ruleId: 'x', fingerprint: 'y', why: 1 }] } })).toThrow(/files\.a\.txt\[0\]\.why: unknown key/);
  });
});
