// In-process runs of the whole command with stand-in rules: paths the real rules cannot reach
// (a rule that throws, info-level findings).
import { describe, expect, it, vi } from 'vitest';
import { runInProcess, tempTree } from './helpers.ts';

vi.mock('@budgetlint/rules', async () => {
  const { defineRule: define } = await import('@budgetlint/core');
  const first = (ctx: { figures: readonly { range: { start: number; end: number } }[] }) => ctx.figures[0]?.range;
  const rules = [
    define({ id: 'fake-boom', family: 'test', description: '总是出错', defaultSeverity: 'error' }, () => {
      throw new Error('boom\n    at somewhere (file.ts:1:1)');
    }),
    define({ id: 'fake-info', family: 'test', description: '提示', defaultSeverity: 'info' }, (ctx) => {
      const range = first(ctx);
      if (range) ctx.report({ message: '提示：第一个数字', range });
    }),
    define({ id: 'fake-warn', family: 'test', description: '警告', defaultSeverity: 'warning' }, (ctx) => {
      const range = first(ctx);
      if (range) ctx.report({ message: '警告：第一个数字', range, fingerprint: 'first' });
    }),
  ];
  return { rules, ruleIds: () => rules.map((r) => r.id) };
});

const run = (argv: string[], cwd: string) => runInProcess(argv, cwd);

describe('runCli with stand-in rules', () => {
  const root = tempTree({ 'a.md': '# 说明\n\n支出合计100万元。\n' });

  it('reports a rule that throws in one line, carries on with the others, and exits 2', async () => {
    const r = await run(['--format', 'json', 'a.md'], root);
    expect(r.stderr).toBe('budgetlint: a.md: rule fake-boom failed and was skipped: boom (exit 2; --no-fail-on-internal-error to only warn)\n');
    expect(r.code).toBe(2);
    const [file] = JSON.parse(r.stdout);
    expect(file.messages.map((m: { ruleId: string }) => m.ruleId)).toEqual(['fake-warn']);
    expect(file.warningCount).toBe(1);
  });

  it('--no-fail-on-internal-error makes a crashed rule a warning only', async () => {
    const r = await run(['--no-fail-on-internal-error', '--format', 'json', 'a.md'], root);
    expect(r.stderr).toBe('budgetlint: warning: a.md: rule fake-boom failed and was skipped: boom\n');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)[0].warningCount).toBe(1);
  });

  it('a figure reader that crashes fails the run too (it used to exit 0 with a warning)', async () => {
    const { EXTRA_EXTRACTORS } = await import('../../core/src/relations/registry.ts');
    const crash = function brokenReader(): never {
      throw new Error('Maximum call stack size exceeded');
    };
    EXTRA_EXTRACTORS.push(crash);
    try {
      const r = await run(['--rule', 'fake-boom:off', '--format', 'json', 'a.md'], root);
      expect(r.errLines).toEqual(['budgetlint: a.md: reading brokenReader failed and its claims were skipped: Maximum call stack size exceeded (exit 2; --no-fail-on-internal-error to only warn)']);
      expect(r.code).toBe(2);
      const lenient = await run(['--rule', 'fake-boom:off', '--no-fail-on-internal-error', 'a.md'], root);
      expect(lenient.code).toBe(0);
      expect(lenient.stderr).toMatch(/^budgetlint: warning: a\.md: reading brokenReader failed/);
    } finally {
      EXTRA_EXTRACTORS.splice(EXTRA_EXTRACTORS.indexOf(crash), 1);
    }
  });

  it('leaves info findings out unless --include-info, and never counts them as warnings', async () => {
    const r = await run(['--rule', 'fake-boom:off', '--format', 'json', '--include-info', '--max-warnings', '1', 'a.md'], root);
    const [file] = JSON.parse(r.stdout);
    expect(file.messages.map((m: { ruleId: string; severity: number }) => [m.ruleId, m.severity])).toEqual([
      ['fake-info', 1],
      ['fake-warn', 1],
    ]);
    expect(file.warningCount).toBe(1);
    expect(r.code).toBe(0);
    const stylish = await run(['--include-info', 'a.md'], root);
    // Reported where the figure's sentence starts (支出合计100万元: column 1), as every finding in running text is.
    expect(stylish.stdout).toMatch(/3:1 {2}info {5}提示：第一个数字 {2}fake-info/);
    expect(stylish.stdout).toContain('✖ 2 problems (0 errors, 1 warning, 1 info)');
  });

  it('--quiet reports errors only', async () => {
    const r = await run(['--rule', 'fake-boom:off', '--quiet', '--format', 'json', '--max-warnings', '0', 'a.md'], root);
    expect(JSON.parse(r.stdout)[0].messages).toEqual([]);
    expect(r.code).toBe(0);
  });

  it('aligns CJK messages by display width in stylish', async () => {
    const r = await run(['--include-info', 'a.md'], root);
    const rows = r.stdout.split('\n').filter((l) => l.startsWith('  3:'));
    const ruleCol = rows.map((l) => l.indexOf('fake-'));
    // 提示 and 警告 messages have the same display width, so the rule ids line up.
    expect(new Set(ruleCol).size).toBe(1);
  });

  it('warns about a directive naming an unknown rule without --report-unused-disable-directives', async () => {
    const dir = tempTree({ 'b.md': '<!-- budgetlint-disable-next-line fake-warn, fake-wran -->\n支出合计100万元。\n' });
    const r = await run(['--rule', 'fake-boom:off', '--format', 'json', 'b.md'], dir);
    const [file] = JSON.parse(r.stdout);
    expect(file.messages.map((m: { ruleId: string; line: number; severity: number }) => [m.ruleId, m.line, m.severity])).toEqual([['unknown-rule-in-directive', 1, 1]]);
    expect(file.messages[0].message).toContain('fake-wran');
    expect(r.code).toBe(0);
    expect((await run(['--rule', 'fake-boom:off', '--max-warnings', '0', 'b.md'], dir)).code).toBe(1);
  });

  it('--print-claims --format json gives the rows as data', async () => {
    const r = await run(['--print-claims', '--format', 'json', 'a.md'], root);
    const [file] = JSON.parse(r.stdout);
    expect(file.filePath).toMatch(/a\.md$/);
    expect(file.claims.some((c: { value: string; unit: string }) => c.value === '100' && c.unit === '万元')).toBe(true);
  });
});
