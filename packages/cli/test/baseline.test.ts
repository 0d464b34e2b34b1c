import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyBaseline, buildBaseline, BaselineError, entriesToKeep, readBaseline, serializeBaseline } from '../src/baseline.ts';
import type { JsonMessage } from '../src/types.ts';
import { tempTree } from './helpers.ts';

const msg = (ruleId: string | null, fingerprint: string | undefined, line = 1): JsonMessage => ({
  ruleId,
  severity: 2,
  message: `message ${fingerprint}`,
  line,
  column: 1,
  endLine: line,
  endColumn: 2,
  fingerprint,
});

describe('baseline', () => {
  it('records findings by file, rule id and fingerprint with counts, not lines', () => {
    const b = buildBaseline([
      { rel: 'b.md', messages: [msg('sum-mismatch', 'x', 3), msg('sum-mismatch', 'x', 9), msg('change-mismatch', 'y')] },
      { rel: 'a.md', messages: [] },
    ]);
    expect(b).toEqual({
      version: 1,
      files: {
        'b.md': [
          { ruleId: 'change-mismatch', fingerprint: 'y', count: 1 },
          { ruleId: 'sum-mismatch', fingerprint: 'x', count: 2 },
        ],
      },
    });
    expect(serializeBaseline(b)).not.toMatch(/"line"/);
  });

  it('filters with multiset semantics, whatever the lines', () => {
    const b = buildBaseline([{ rel: 'a.md', messages: [msg('sum-mismatch', 'x', 3)] }]);
    const { kept, matched } = applyBaseline(b, 'a.md', [msg('sum-mismatch', 'x', 40), msg('sum-mismatch', 'x', 41), msg('sum-mismatch', 'z', 42)]);
    expect(matched).toBe(1);
    expect(kept.map((m) => [m.line, m.fingerprint])).toEqual([
      [41, 'x'],
      [42, 'z'],
    ]);
    expect(applyBaseline(b, 'other.md', [msg('sum-mismatch', 'x')]).kept).toHaveLength(1);
  });

  it('keys unused-directive messages (ruleId null) by their message', () => {
    const m = { ...msg(null, undefined), message: '未使用的屏蔽注释' };
    const b = buildBaseline([{ rel: 'a.md', messages: [m] }]);
    expect(b.files['a.md'][0]).toMatchObject({ ruleId: 'unused-disable-directive', fingerprint: '未使用的屏蔽注释' });
    expect(applyBaseline(b, 'a.md', [m]).kept).toEqual([]);
  });

  it('round-trips through a file', () => {
    const root = tempTree({});
    const b = buildBaseline([{ rel: 'a.md', messages: [msg('sum-mismatch', '27.54亿元=1.3亿元+13.40亿元')] }]);
    const file = join(root, 'baseline.json');
    writeFileSync(file, serializeBaseline(b));
    expect(readBaseline(file)).toEqual(b);
  });

  it('keeps entries of files a partial run did not lint, while they exist', () => {
    const root = tempTree({ 'kept.md': '' });
    const prev = { version: 1 as const, files: { 'kept.md': [{ ruleId: 'a', fingerprint: 'f', count: 1 }], 'gone.md': [{ ruleId: 'a', fingerprint: 'f', count: 1 }], 'linted.md': [] } };
    expect(Object.keys(entriesToKeep(prev, new Set(['linted.md']), root)!.files)).toEqual(['kept.md']);
  });

  it.each([
    ['missing', null, /no such file/],
    ['bad json', '{"version": 1,', /invalid JSON/],
    ['wrong shape', '{"version": 2, "files": {}}', /not a budgetlint baseline \(version/],
    ['bad entry', '{"version": 1, "files": {"a.md": [{"ruleId": "x", "count": 1}]}}', /files\.a\.md\.0\.fingerprint/],
  ])('rejects a %s baseline in one line', (_name, content, re) => {
    const root = tempTree(content === null ? {} : { 'b.json': content });
    const file = join(root, 'b.json');
    expect(() => readBaseline(file)).toThrow(BaselineError);
    try {
      readBaseline(file);
    } catch (e) {
      expect((e as Error).message).toMatch(re);
      expect((e as Error).message).not.toContain('\n');
    }
  });
});
