// --cache: in-process runs of the whole command. The debug line counts hits and misses, so the
// tests see what the cache answered without timing anything.
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { hashConfig, LintCache, linterKey } from '../src/cache.ts';
import { defaultConfig } from '@budgetlint/core';
import { BAD_TRANSFER, CLEAN_TRANSFER, runInProcess, tempTree } from './helpers.ts';

async function run(argv: string[], cwd: string) {
  const r = await runInProcess(argv, cwd, { BUDGETLINT_DEBUG: '1' });
  const m = /debug: cache (\d+) hits, (\d+) misses/.exec(r.stderr);
  return { ...r, hits: m ? Number(m[1]) : -1, misses: m ? Number(m[2]) : -1 };
}

const DEBT = '截至2024年底，全区政府债务余额86.5亿元，控制在省级下达的债务限额80.2亿元以内，其中一般债务余额40.1亿元，专项债务余额46.4亿元。\n';

function project() {
  return tempTree({ 'a/转移支付.md': BAD_TRANSFER, 'a/clean.md': CLEAN_TRANSFER, 'b/债务.txt': DEBT });
}

describe('--cache', () => {
  it('answers unchanged files from .budgetlintcache with the same report', async () => {
    const dir = project();
    const plain = await run(['-f', 'json', '.'], dir);
    const cold = await run(['--cache', '-f', 'json', '.'], dir);
    expect(existsSync(join(dir, '.budgetlintcache'))).toBe(true);
    expect([cold.hits, cold.misses]).toEqual([0, 3]);
    const warm = await run(['--cache', '-f', 'json', '.'], dir);
    expect([warm.hits, warm.misses]).toEqual([3, 0]);
    expect(warm.code).toBe(plain.code);
    expect(warm.code).toBe(1);
    expect(warm.stdout).toBe(plain.stdout);
    expect(cold.stdout).toBe(plain.stdout);
    // The stylish report too, built from the cached findings' positions.
    expect((await run(['--cache', '.'], dir)).stdout).toBe((await run(['.'], dir)).stdout);
  });

  it('re-lints a file whose content changed, and only that one', async () => {
    const dir = project();
    await run(['--cache', '.'], dir);
    writeFileSync(join(dir, 'a/转移支付.md'), BAD_TRANSFER.replace('27.54亿元', '22.09亿元'));
    const after = await run(['--cache', '-f', 'json', '.'], dir);
    expect([after.hits, after.misses]).toEqual([2, 1]);
    expect(after.stdout).toBe((await run(['-f', 'json', '.'], dir)).stdout);
    expect(JSON.parse(after.stdout).find((f: { filePath: string }) => f.filePath.endsWith('转移支付.md')).errorCount).toBe(0);
  });

  it('is invalidated by a changed rule setting, in a config file or on the command line', async () => {
    const dir = project();
    await run(['--cache', '.'], dir);
    writeFileSync(join(dir, 'budgetlint.config.json'), JSON.stringify({ rules: { 'sum-mismatch': 'warn' } }));
    const cfg = await run(['--cache', '.'], dir);
    expect([cfg.hits, cfg.misses]).toEqual([0, 3]);
    expect((await run(['--cache', '.'], dir)).hits).toBe(3);
    const flag = await run(['--cache', '--rule', 'sum-mismatch:off', '.'], dir);
    expect([flag.hits, flag.misses]).toEqual([0, 3]);
    // A config in one folder changes only that folder's files.
    writeFileSync(join(dir, 'b/budgetlint.config.json'), JSON.stringify({ rounding: 'strict' }));
    const folder = await run(['--cache', '--rule', 'sum-mismatch:off', '.'], dir);
    expect([folder.hits, folder.misses]).toEqual([2, 1]);
  });

  it('is emptied by another linter version or rule set', () => {
    const dir = tempTree({});
    const file = join(dir, 'cache.json');
    const rules = [{ id: 'sum-mismatch', defaultSeverity: 'error', defaults: {} }];
    const cfg = hashConfig(defaultConfig());
    const a = new LintCache(file, linterKey('1.0.0', rules));
    a.set(join(dir, 'x.md'), 'abc', cfg, { source: 'x', kind: 'markdown', encoding: 'utf-8', slim: { findings: [], suppressed: [], unusedDirectives: [], ruleFailures: [] } });
    writeFileSync(file, a.serialize());
    expect(new LintCache(file, linterKey('1.0.0', rules)).get(join(dir, 'x.md'), 'abc', cfg)).toBeDefined();
    expect(new LintCache(file, linterKey('1.0.1', rules)).get(join(dir, 'x.md'), 'abc', cfg)).toBeUndefined();
    const changedDefault = [{ id: 'sum-mismatch', defaultSeverity: 'warning', defaults: {} }];
    expect(new LintCache(file, linterKey('1.0.0', changedDefault)).get(join(dir, 'x.md'), 'abc', cfg)).toBeUndefined();
    // Same settings written in another key order: the same config.
    const c = defaultConfig();
    expect(hashConfig({ ignores: c.ignores, extensions: c.extensions, gradeBands: c.gradeBands, rounding: c.rounding, rules: c.rules })).toBe(cfg);
  });

  it('treats a damaged cache file as empty and writes a good one', async () => {
    const dir = project();
    writeFileSync(join(dir, '.budgetlintcache'), '{"linter": "x", "files": ');
    const r = await run(['--cache', '.'], dir);
    expect(r.code).toBe(1);
    expect([r.hits, r.misses]).toEqual([0, 3]);
    expect(JSON.parse(readFileSync(join(dir, '.budgetlintcache'), 'utf8')).files).toBeTruthy();
  });

  it('applies the suppressions file as it is now to a cached result: recording, silencing and pruning need no re-lint', async () => {
    const dir = project();
    const plain = await run(['-f', 'json', '.'], dir);
    expect(plain.code).toBe(1);
    await run(['--cache', '.'], dir);
    // Recorded from cached findings: the same file a run without the cache writes.
    const wrote = await run(['--cache', '--suppress-all', '--suppression-reason', '已核对', '.'], dir);
    expect([wrote.hits, wrote.misses]).toEqual([3, 0]);
    expect(wrote.stderr).toMatch(/wrote [1-9]\d* suppressions? to budgetlint-suppressions\.json/);
    const silenced = await run(['--cache', '-f', 'json', '.'], dir);
    expect([silenced.hits, silenced.code]).toEqual([3, 0]);
    const uncached = await run(['-f', 'json', '.'], dir);
    expect(silenced.stdout).toBe(uncached.stdout);
    expect(JSON.parse(silenced.stdout).some((f: { suppressedMessages?: unknown[] }) => f.suppressedMessages?.length)).toBe(true);
    // The file removed: the cached findings report again, exactly as before it was written.
    writeFileSync(join(dir, 'budgetlint-suppressions.json'), '{"version":1,"files":{}}\n');
    const again = await run(['--cache', '-f', 'json', '.'], dir);
    expect([again.hits, again.code]).toEqual([3, 1]);
    expect(again.stdout).toBe(plain.stdout);
  });

  it('--cache-location takes a file or a directory', async () => {
    const dir = project();
    await run(['--cache', '--cache-location', 'tmp/cache/', '.'], dir);
    expect(existsSync(join(dir, 'tmp/cache/.budgetlintcache'))).toBe(true);
    expect((await run(['--cache', '--cache-location', 'tmp/cache', '.'], dir)).hits).toBe(3);
    await run(['--cache', '--cache-location', 'my.cache', '.'], dir);
    expect(existsSync(join(dir, 'my.cache'))).toBe(true);
    expect(existsSync(join(dir, '.budgetlintcache'))).toBe(false);
  });
});
