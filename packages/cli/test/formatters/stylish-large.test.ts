// A file with more findings than a call can take arguments: Math.max(...rows) used to overflow the stack.
import { describe, expect, it } from 'vitest';
import { stylish } from '../../src/formatters/stylish.ts';
import { fileResult, SUM_DRAFT } from './helpers.ts';

describe('stylish with 130,000 messages in one file', () => {
  it('prints them all', () => {
    const base = fileResult('draft.md', SUM_DRAFT);
    expect(base.messages.length).toBeGreaterThan(0);
    const one = base.messages[0];
    const messages = Array.from({ length: 130_000 }, (_, i) => ({ ...one, line: i + 1 }));
    const out = stylish([{ ...base, messages, errorCount: messages.length }], { cwd: '/work/repo', color: false, rules: [] });
    expect(out).toContain('130000 problems (130000 errors, 0 warnings)');
    expect(out.split('\n').filter((l) => l.includes(one.ruleId!)).length).toBe(130_000);
  });
});
