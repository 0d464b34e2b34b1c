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
});
