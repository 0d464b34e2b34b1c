// The installable command: packs the CLI (scripts/pack.mjs), installs the
// tarball into a temporary prefix with npm, offline (the registry is pointed
// at a closed port, so any download attempt fails), then runs `budgetlint`
// and `npx budgetlint` from a folder elsewhere on a folder of drafts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Document, Packer, Paragraph, TextRun } from 'docx';
// @ts-expect-error plain JavaScript run by Node
import { pack } from '../scripts/pack.mjs';
import { BAD_TRANSFER, CLEAN_TRANSFER, tempTree } from './helpers.ts';

const REPO = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../..');
const VERSION = JSON.parse(readFileSync(join(REPO, 'packages/cli/package.json'), 'utf8')).version as string;

/** A Word draft whose “三公” total (95.6) is not the sum of its parts (18.2 + 52.4 + 20.0 = 90.6). */
async function docxDraft(): Promise<Uint8Array> {
  const p = (text: string) => new Paragraph({ children: [new TextRun(text)] });
  const doc = new Document({
    sections: [{ children: [p('二、“三公”经费预算情况'), p('2025年“三公”经费财政拨款预算为95.6万元，其中：公务接待费18.2万元，公务用车运行维护费52.4万元，因公出国（境）费用20.0万元。')] }],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

/** npm with nothing inherited from the pnpm run around the tests, and no way to reach a registry. */
function npmEnv(tmp: string, prefix: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!/^npm_/i.test(k)) env[k] = v;
  return {
    ...env,
    npm_config_registry: 'http://127.0.0.1:9/',
    npm_config_cache: join(tmp, 'npm-cache'),
    npm_config_userconfig: join(tmp, 'npmrc'),
    npm_config_prefix: prefix,
    npm_config_update_notifier: 'false',
    NO_COLOR: '1',
    PATH: `${join(prefix, 'bin')}${delimiter}${process.env.PATH}`,
  };
}

function npmInstallGlobal(tgz: string, tmp: string, prefix: string) {
  return spawnSync('npm', ['install', '-g', '--prefix', prefix, '--offline', '--no-audit', '--no-fund', tgz], {
    cwd: tmp,
    encoding: 'utf8',
    env: npmEnv(tmp, prefix),
  });
}

describe('the packed CLI: npm install -g budgetlint-*.tgz, offline, then budgetlint from any folder', () => {
  let tmp: string;
  let tgz: string;
  let prefix: string;

  beforeAll(() => {
    if (!existsSync(join(REPO, 'packages/cli/dist/budgetlint.js'))) execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: REPO, stdio: 'ignore' });
    tmp = realpathSync(mkdtempSync(join(tmpdir(), 'budgetlint-pack-test-')));
    prefix = join(tmp, 'prefix');
    // As the README runs it: from the repository, writing the tarball to a chosen folder.
    const out = execFileSync(process.execPath, ['packages/cli/scripts/pack.mjs', '--out', join(tmp, 'out')], { cwd: REPO, encoding: 'utf8' });
    tgz = out.trim();
  });
  afterAll(() => {
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  it('packs a self-contained budgetlint-<version>.tgz: the bundle, the bin, no workspace dependencies', () => {
    expect(tgz).toBe(join(tmp, 'out', `budgetlint-${VERSION}.tgz`));
    const files = execFileSync('tar', ['tzf', tgz], { encoding: 'utf8' }).split('\n').filter(Boolean).sort();
    for (const f of ['package/README.md', 'package/bin/budgetlint.js', 'package/dist/budgetlint.js', 'package/package.json']) expect(files).toContain(f);
    expect(files.filter((f) => f.endsWith('.map') || f.includes('/src/') || f.includes('/test/') || f.includes('node_modules/'))).toEqual([]);
    const manifest = JSON.parse(execFileSync('tar', ['xzOf', tgz, 'package/package.json'], { encoding: 'utf8' }));
    expect(manifest).toMatchObject({ name: 'budgetlint', version: VERSION, bin: { budgetlint: 'bin/budgetlint.js' }, type: 'module' });
    expect(manifest.private).toBeUndefined();
    expect(JSON.stringify(manifest)).not.toContain('workspace:');
  });

  it('installs offline and lints a folder of .txt, .md and .docx drafts from another folder, paths from there', async () => {
    const r = npmInstallGlobal(tgz, tmp, prefix);
    expect(r.stderr).not.toMatch(/ERR!/);
    expect(r.status).toBe(0);
    const work = tempTree({
      '说明/转移支付.md': BAD_TRANSFER,
      '说明/转移支付.txt': CLEAN_TRANSFER,
      '说明/三公经费.docx': await docxDraft(),
    });
    try {
      const env = npmEnv(tmp, prefix);
      const run = spawnSync('budgetlint', ['说明'], { cwd: work, encoding: 'utf8', env });
      expect(run.stderr).toBe('');
      expect(run.status).toBe(1);
      expect(run.stdout).toContain('说明/转移支付.md');
      expect(run.stdout).toContain('说明/三公经费.docx');
      expect(run.stdout).not.toContain('说明/转移支付.txt');
      expect(run.stdout).toMatch(/合计27\.54亿元.*sum-mismatch/);
      expect(run.stdout).toMatch(/95\.6万元.*90\.6.*sum-mismatch/);

      // A clean file named on its own: exit 0. A path that is not there: one line, exit 2.
      const clean = spawnSync('budgetlint', ['说明/转移支付.txt'], { cwd: work, encoding: 'utf8', env });
      expect(clean.status).toBe(0);
      const missing = spawnSync('budgetlint', ['草稿.docx'], { cwd: work, encoding: 'utf8', env });
      expect(missing.status).toBe(2);
      expect(missing.stderr.trim().split('\n')).toHaveLength(1);
      expect(missing.stderr).toContain('草稿.docx');

      // npx finds the installed command without asking the registry.
      const npx = spawnSync('npx', ['--offline', 'budgetlint', '--format', 'json', '说明/三公经费.docx'], { cwd: work, encoding: 'utf8', env });
      expect(npx.status).toBe(1);
      const [file] = JSON.parse(npx.stdout);
      expect(file.filePath).toBe(join(work, '说明/三公经费.docx'));
      expect(file.messages.map((m: { ruleId: string }) => m.ruleId)).toContain('sum-mismatch');
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }, 120_000);

  it("is what the README's first command installs", () => {
    const readme = readFileSync(join(REPO, 'README.md'), 'utf8');
    const first = /```sh\n(.+)\n```/.exec(readme)![1];
    expect(first).toMatch(/pnpm build && pnpm pack:cli && npm install -g \.\/budgetlint-\*\.tgz && budgetlint examples\/$/);
    const scripts = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')).scripts;
    expect(scripts['pack:cli']).toBe('node packages/cli/scripts/pack.mjs');
  });

  it('carries runtime dependencies inside the tarball, so an offline install still has them', () => {
    // Any installed package stands in for one the bundle would load at run time (pdfjs-dist, say).
    const { file, files } = pack({ out: join(tmp, 'out-deps'), quiet: true, dependencies: { picocolors: '^1.1.1' } });
    expect(files).toContain('node_modules/picocolors/package.json');
    const manifest = JSON.parse(execFileSync('tar', ['xzOf', file, 'package/package.json'], { encoding: 'utf8' }));
    expect(manifest).toMatchObject({ dependencies: { picocolors: '^1.1.1' }, bundleDependencies: ['picocolors'] });
    const prefix2 = join(tmp, 'prefix-deps');
    const r = npmInstallGlobal(file, tmp, prefix2);
    expect(r.status).toBe(0);
    const installed = join(prefix2, 'lib/node_modules/budgetlint/node_modules/picocolors/package.json');
    expect(existsSync(installed)).toBe(true);
    const run = spawnSync('budgetlint', ['--version'], { cwd: tmp, encoding: 'utf8', env: npmEnv(tmp, prefix2) });
    expect(run.stdout.trim()).toBe(`v${VERSION}`);
  }, 120_000);
});
