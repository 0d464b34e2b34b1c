// --cache: in-process runs of the whole command. The debug line counts hits and misses, so the
// tests see what the cache answered without timing anything.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { existsSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { hashConfig, LintCache, linterKey, RACY_MS, stampOf } from '../src/cache.ts';
import { defaultConfig } from '@budgetlint/core';
import { BAD_TRANSFER, CLEAN_TRANSFER, runInProcess, tempTree } from './helpers.ts';

async function run(argv: string[], cwd: string) {
  const r = await runInProcess(argv, cwd, { BUDGETLINT_DEBUG: '1' });
  const m = /debug: cache (\d+) hits, (\d+) misses, (\d+) known by their stamp/.exec(r.stderr);
  return { ...r, hits: m ? Number(m[1]) : -1, misses: m ? Number(m[2]) : -1, byStamp: m ? Number(m[3]) : -1 };
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

  describe('--cache-strategy', () => {
    // A stamp is kept only for a file last changed RACY_MS before it was read; these files were
    // written a moment ago, so the runs below are dated later (Date alone: the file system's clock
    // and every timer stay real).
    const later = () => {
      vi.useFakeTimers({ toFake: ['Date'] });
      vi.setSystemTime(Date.now() + 2 * RACY_MS);
    };
    afterEach(() => vi.useRealTimers());

    it('metadata (the default) answers an unchanged file by its stamp, without reading it, with the same report in every format', async () => {
      const dir = project();
      const plain = await Promise.all(['stylish', 'json', 'sarif', 'html'].map((f) => run(['-f', f, '.'], dir)));
      later();
      const cold = await run(['--cache', '.'], dir);
      expect([cold.hits, cold.misses, cold.byStamp]).toEqual([0, 3, 0]);
      for (const [i, f] of ['stylish', 'json', 'sarif', 'html'].entries()) {
        const warm = await run(['--cache', '-f', f, '.'], dir);
        expect([warm.hits, warm.misses, warm.byStamp]).toEqual([3, 0, 3]);
        expect(warm.stdout.replace(/"startTimeUtc":"[^"]*"|生成于[^<]*/g, '')).toBe(plain[i].stdout.replace(/"startTimeUtc":"[^"]*"|生成于[^<]*/g, ''));
        expect(warm.code).toBe(plain[i].code);
      }
      // content reads and hashes every file, as before stamps.
      const content = await run(['--cache', '--cache-strategy', 'content', '.'], dir);
      expect([content.hits, content.byStamp]).toEqual([3, 0]);
    });

    it('does not keep the stamp of a file changed just before it was read (it could change again within the same tick)', async () => {
      const dir = project();
      await run(['--cache', '.'], dir);
      const again = await run(['--cache', '.'], dir);
      expect([again.hits, again.byStamp]).toEqual([3, 0]);
      const s = statSync(join(dir, 'b/债务.txt'));
      expect(stampOf(s, Date.now())).toBeUndefined();
      expect(stampOf(s, Math.max(s.mtimeMs, s.ctimeMs) + RACY_MS + 1)).toEqual({ size: s.size, mtimeMs: s.mtimeMs, ctimeMs: s.ctimeMs, ino: s.ino });
    });

    it('re-lints a file edited to the same size with its modification time put back, and stamps anew one only touched', async () => {
      const dir = project();
      const file = join(dir, 'a/转移支付.md');
      // A whole second, which utimes sets exactly.
      const monday = new Date('2026-11-30T09:00:00Z');
      utimesSync(file, monday, monday);
      later();
      await run(['--cache', '.'], dir);
      const before = statSync(file);
      // The same number of bytes, the old modification time (as cp -p, touch -r or rsync -t leave it): only the change time tells.
      writeFileSync(file, BAD_TRANSFER.replace('27.54亿元', '22.09亿元'));
      utimesSync(file, monday, monday);
      expect(statSync(file).size).toBe(before.size);
      expect(statSync(file).mtimeMs).toBe(before.mtimeMs);
      const edited = await run(['--cache', '-f', 'json', '.'], dir);
      expect([edited.hits, edited.misses, edited.byStamp]).toEqual([2, 1, 2]);
      expect(edited.stdout).toBe((await run(['-f', 'json', '.'], dir)).stdout);
      // Touched, not changed: found unchanged by its bytes, then by its new stamp.
      const clean = join(dir, 'a/clean.md');
      utimesSync(clean, new Date(), new Date());
      vi.setSystemTime(Date.now() + 2 * RACY_MS);
      const touched = await run(['--cache', '.'], dir);
      expect([touched.hits, touched.misses, touched.byStamp]).toEqual([3, 0, 2]);
      const next = await run(['--cache', '.'], dir);
      expect([next.hits, next.misses, next.byStamp]).toEqual([3, 0, 3]);
    });

    it('rejects another strategy in one line', async () => {
      const r = await runInProcess(['--cache', '--cache-strategy', 'mtime', '.'], project());
      expect(r.code).toBe(2);
      expect(r.errLines).toEqual(["budgetlint: --cache-strategy: expected metadata or content, got 'mtime'"]);
    });
  });
});

