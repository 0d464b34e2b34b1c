// The built CLI reads PDFs when it is installed without the workspace: pdf.js and its
// cmaps/standard fonts travel beside the bundle (scripts/build.mjs copies them to dist/pdfjs),
// which is what a packed tarball (package.json "files": packages/cli/bin, packages/cli/dist) holds.
import { describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdtempSync, realpathSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { flow, writePdf } from './inputs/pdf-writer.ts';

const cliRoot = resolve(fileURLToPath(new URL('..', import.meta.url)));
const built = existsSync(join(cliRoot, 'dist/budgetlint.js')) && existsSync(join(cliRoot, 'dist/pdfjs/pdf.min.mjs'));

describe.skipIf(!built)('the CLI bundle, outside the workspace', () => {
  it('finds pdf.js and its Chinese cmaps beside the bundle, with no node_modules around', () => {
    const dir = realpathSync(mkdtempSync(join(tmpdir(), 'budgetlint-packed-')));
    cpSync(join(cliRoot, 'bin'), join(dir, 'packages/cli/bin'), { recursive: true });
    cpSync(join(cliRoot, 'dist'), join(dir, 'packages/cli/dist'), { recursive: true });
    writeFileSync(join(dir, 'package.json'), '{"type":"module"}\n');
    const text = '2025年部门收入预算合计100.00万元，其中财政拨款收入60.00万元，事业收入50.00万元。';
    writeFileSync(join(dir, '说明.pdf'), writePdf([{ runs: flow([text]).runs }]));
    const r = spawnSync(process.execPath, [join(dir, 'packages/cli/bin/budgetlint.js'), '--format', 'json', '说明.pdf'], { cwd: dir, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    const [file] = JSON.parse(r.stdout);
    expect(file.messages.map((m: { ruleId: string; page: number }) => [m.ruleId, m.page])).toEqual([['sum-mismatch', 1]]);
    const t = spawnSync(process.execPath, [join(dir, 'packages/cli/bin/budgetlint.js'), '--print-text', '说明.pdf'], { cwd: dir, encoding: 'utf8' });
    expect(t.stdout).toBe(`${text}\n`);
  }, 60_000);

  it('reads PDFs on the worker pool and from the cache with the same report and pages as one thread', () => {
    const dir = realpathSync(mkdtempSync(join(tmpdir(), 'budgetlint-packed-')));
    cpSync(join(cliRoot, 'bin'), join(dir, 'packages/cli/bin'), { recursive: true });
    cpSync(join(cliRoot, 'dist'), join(dir, 'packages/cli/dist'), { recursive: true });
    writeFileSync(join(dir, 'package.json'), '{"type":"module"}\n');
    // More files than the pool's threshold, each with its own figures, a total below its parts on page 2.
    for (let i = 0; i < 9; i++) {
      const a = 60 + i;
      const b = 50 + 2 * i;
      const pages = [
        { runs: flow([`第${i + 1}部分 部门收入预算说明`]).runs },
        { runs: flow([`2025年部门收入预算合计${a + b - 10}.00万元，其中财政拨款收入${a}.00万元，事业收入${b}.00万元。`]).runs },
      ];
      writeFileSync(join(dir, `说明${i}.pdf`), writePdf(pages));
    }
    const cli = join(dir, 'packages/cli/bin/budgetlint.js');
    const lintWith = (...extra: string[]) =>
      spawnSync(process.execPath, [cli, '--format', 'json', ...extra, '.'], { cwd: dir, encoding: 'utf8', env: { ...process.env, BUDGETLINT_DEBUG: '1' } });
    const one = lintWith('--concurrency', 'off');
    const pool = lintWith('--concurrency', '3');
    expect(pool.stderr).toContain('debug: 9 files linted on 3 threads');
    expect(pool.stdout).toBe(one.stdout);
    const files = JSON.parse(one.stdout) as Array<{ messages: Array<{ ruleId: string; page: number }> }>;
    expect(files).toHaveLength(9);
    for (const f of files) expect(f.messages.map((m) => [m.ruleId, m.page])).toEqual([['sum-mismatch', 2]]);
    lintWith('--cache', '--concurrency', '3');
    const warm = lintWith('--cache', '--concurrency', '3');
    expect(warm.stderr).toContain('debug: cache 9 hits, 0 misses');
    expect(warm.stdout).toBe(one.stdout);
  }, 120_000);
});
