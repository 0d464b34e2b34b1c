// budgetlint-suppressions.json from the command line: written by --suppress-all / --suppress-rule,
// honoured for every input format, pruned by --prune-suppressions; plus ignores and fixable counts.
import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BAD_TRANSFER, runInProcess, tempTree } from './helpers.ts';

const run = (argv: string[], cwd: string) => runInProcess(argv, cwd, { USER: 'drafter' });

/** A plain-text draft with the 27.54 total that its components do not make, and a heading year that disagrees. */
const TXT = BAD_TRANSFER.replace(/^# /gm, '').replace(/^## /gm, '');
const STALE = '某区文化和旅游局2025年部门预算\n\n现将本局2024年部门预算公开如下，请社会各界予以监督。\n';

const readSuppressions = (root: string) => JSON.parse(readFileSync(join(root, 'budgetlint-suppressions.json'), 'utf8'));

describe('suppressions file', () => {
  it('silences a .txt finding recorded by --suppress-all, and keeps it silenced across edits elsewhere', async () => {
    const root = tempTree({ 'drafts/说明.txt': TXT });
    expect((await run(['drafts'], root)).code).toBe(1);

    const wrote = await run(['--suppress-all', '--suppression-reason', '分项仅列主要项目，非全部', 'drafts'], root);
    expect(wrote.code).toBe(0);
    expect(wrote.stderr).toContain('wrote 1 suppression to budgetlint-suppressions.json');
    const file = readSuppressions(root);
    const entries = file.files['drafts/说明.txt'];
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ ruleId: 'sum-mismatch', reason: '分项仅列主要项目，非全部' });
    expect(entries[0].fingerprint).toMatch(/^[0-9a-f]{16}$/);
    expect(entries[0].by).toBeTruthy();
    expect(Date.parse(entries[0].at)).not.toBeNaN();

    const again = await run(['--format', 'json', 'drafts'], root);
    expect(again.code).toBe(0);
    const [result] = JSON.parse(again.stdout);
    expect(result.messages).toEqual([]);
    expect(result.suppressedMessages).toHaveLength(1);
    expect(result.suppressedMessages[0].suppressions).toEqual([{ kind: 'file', justification: '分项仅列主要项目，非全部' }]);

    // A paragraph added above, a line wrapped differently and CRLF line ends: still the same finding.
    const edited = `本说明根据《预算法》编制，新增一段引言。\r\n\r\n${TXT.replace(/\n/g, '\r\n').replace('，其中：', '，\r\n其中：')}`;
    writeFileSync(join(root, 'drafts/说明.txt'), edited);
    expect((await run(['drafts'], root)).code).toBe(0);

    // The figure changes: a different finding, reported again; pruning drops the stale entry.
    writeFileSync(join(root, 'drafts/说明.txt'), TXT.replace('27.54', '28.54'));
    const changed = await run(['drafts'], root);
    expect(changed.code).toBe(1);
    expect(changed.stdout).toContain('28.54');
    const pruned = await run(['--prune-suppressions', 'drafts'], root);
    expect(pruned.stderr).toContain('removed 1 suppression that no longer match');
    expect(readSuppressions(root).files).toEqual({});
  });

  it('records only the named rule with --suppress-rule, and keeps entries of files a partial run did not see', async () => {
    const root = tempTree({ 'a.txt': `${STALE}\n${TXT}`, 'b.md': BAD_TRANSFER });
    const r = await run(['--suppress-rule', 'stale-year', 'a.txt'], root);
    expect(r.code).toBe(1); // the sum-mismatch still counts
    expect(readSuppressions(root).files['a.txt'].map((e: { ruleId: string }) => e.ruleId)).toEqual(['stale-year']);
    await run(['--suppress-all', 'b.md'], root);
    expect(Object.keys(readSuppressions(root).files)).toEqual(['a.txt', 'b.md']);
    await run(['--prune-suppressions', 'b.md'], root);
    expect(Object.keys(readSuppressions(root).files)).toEqual(['a.txt', 'b.md']);
  });

  it('reads the file named by --suppressions-location, with paths relative to it', async () => {
    const root = tempTree({ 'project/drafts/a.txt': TXT });
    await run(['--suppress-all', '--suppressions-location', 'project/budgetlint-suppressions.json', 'project/drafts'], root);
    const file = JSON.parse(readFileSync(join(root, 'project/budgetlint-suppressions.json'), 'utf8'));
    expect(Object.keys(file.files)).toEqual(['drafts/a.txt']);
    // Run from inside the project, the default location is the same file.
    expect((await run(['drafts'], join(root, 'project'))).code).toBe(0);
  });

  it('a broken suppressions file is one line and exit 2', async () => {
    const root = tempTree({ 'a.txt': TXT, 'budgetlint-suppressions.json': '{"version": 1, "files": {"a.txt": [{"ruleId": "sum-mismatch"}]}}' });
    const r = await run(['a.txt'], root);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toEqual(['budgetlint: budgetlint-suppressions.json: files.a.txt[0].fingerprint: expected a non-empty string']);
  });

  it('rejects an unknown rule in --suppress-rule', async () => {
    const root = tempTree({ 'a.txt': TXT });
    const r = await run(['--suppress-rule', 'sum-mismatches', 'a.txt'], root);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown rule id 'sum-mismatches'/);
  });
});

describe('ignores on the command line', () => {
  it('skips a file named explicitly but ignored, with one warning line and exit 0; --no-ignore lints it', async () => {
    const root = tempTree({ '.budgetlintignore': '# 已发布的旧稿\n旧稿/\n', '旧稿/a.txt': TXT, 'b.txt': TXT });
    const r = await run(['旧稿/a.txt'], root);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toEqual([
      'budgetlint: warning: 旧稿/a.txt: file ignored because of a matching ignore pattern (.budgetlintignore); use --no-ignore to lint it',
    ]);
    expect((await run(['--no-ignore', '旧稿/a.txt'], root)).code).toBe(1);
    // No paths: the current folder, without what is ignored.
    const all = await run(['--format', 'json'], root);
    expect(JSON.parse(all.stdout).map((f: { filePath: string }) => f.filePath)).toEqual([join(root, 'b.txt')]);
    expect((await run(['--ignore-pattern', '*.txt', '--no-error-on-unmatched-pattern'], root)).code).toBe(0);
  });
});

describe('JSON fixes', () => {
  it('lists the total-changing fix as a suggestion, and fixable counts agree with the fix objects', async () => {
    const root = tempTree({ 'a.md': BAD_TRANSFER });
    const [result] = JSON.parse((await run(['--format', 'json', 'a.md'], root)).stdout);
    const sum = result.messages.find((m: { ruleId: string }) => m.ruleId === 'sum-mismatch');
    expect(sum.fix).toBeUndefined();
    expect(sum.suggestions).toEqual([{ desc: '将合计改为22.09亿元', fix: { range: expect.any(Array), text: '22.09亿元' } }]);
    const withFix = (sev: number) => result.messages.filter((m: { fix?: unknown; severity: number }) => m.fix && m.severity === sev).length;
    expect(result.fixableErrorCount).toBe(withFix(2));
    expect(result.fixableWarningCount).toBe(withFix(1));
  });
});
