import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync, mkdirSync, realpathSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { SUM_DRAFT } from './helpers.ts';

/**
 * scripts/action/run.sh, run the way action.yml's composite steps run it:
 * inputs as INPUT_* variables, GITHUB_WORKSPACE as the working directory,
 * outputs appended to the GITHUB_OUTPUT file.
 */
const REPO = resolve(import.meta.dirname, '../../../..');
const SCRIPT = join(REPO, 'scripts/action/run.sh');
const BUNDLE = join(REPO, 'packages/cli/dist/budgetlint.js');

function workspace(files: Record<string, string>): string {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), 'budgetlint-action-')));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

function step(cmd: 'setup' | 'lint', ws: string, inputs: Record<string, string> = {}) {
  const out = join(ws, '.github-output');
  const summary = join(ws, '.github-summary');
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? ws,
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: ws,
    GITHUB_ACTION_PATH: REPO,
    GITHUB_OUTPUT: out,
    GITHUB_STEP_SUMMARY: summary,
    ...inputs,
  };
  const r = spawnSync('bash', [SCRIPT, cmd], { cwd: ws, env, encoding: 'utf8', timeout: 120_000 });
  const outputs = Object.fromEntries(
    (existsSync(out) ? readFileSync(out, 'utf8') : '')
      .split('\n')
      .filter(Boolean)
      .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]),
  );
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, outputs, summary: existsSync(summary) ? readFileSync(summary, 'utf8') : '' };
}

const CLEAN = '# 2025年某县预算说明\n\n本年度收入合计22.09亿元，其中：返还性收入1.3亿元，一般性转移支付收入13.40亿元，专项转移支付收入7.39亿元。\n';

describe('scripts/action/run.sh (the composite action steps)', () => {
  it('setup finds budgetlint installed and built, and checks the version input', () => {
    const ws = workspace({});
    const ok = step('setup', ws);
    expect(ok.stderr).toBe('');
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/budgetlint v\d+\.\d+\.\d+ ready/);
    expect(existsSync(BUNDLE)).toBe(true);
    const version = JSON.parse(readFileSync(join(REPO, 'packages/cli/package.json'), 'utf8')).version;
    expect(step('setup', ws, { INPUT_VERSION: `v${version}` }).code).toBe(0);
    const wrong = step('setup', ws, { INPUT_VERSION: '99.0.0' });
    expect(wrong.code).toBe(2);
    expect(wrong.stdout).toMatch(/^::error title=budgetlint action::.*99\.0\.0/m);
  });

  it('lint annotates a failing draft, writes SARIF and the step outputs, and fails the step', () => {
    const ws = workspace({ 'docs/说明.md': SUM_DRAFT, 'docs/clean.md': CLEAN });
    const r = step('lint', ws, { INPUT_PATHS: 'docs/说明.md\ndocs/clean.md\n', INPUT_SARIF_FILE: 'out/budgetlint.sarif' });
    expect(r.code).toBe(1);
    const col = SUM_DRAFT.split('\n')[4].indexOf('31.62') + 1;
    expect(r.stdout).toContain(`::error file=docs/说明.md,line=5,endLine=5,col=1,endColumn=${col + 7},title=sum-mismatch::`);
    expect(r.stdout).not.toContain('clean.md');
    expect(r.outputs).toEqual({ category: 'budgetlint', 'exit-code': '1', 'sarif-file': 'out/budgetlint.sarif' });
    const sarif = JSON.parse(readFileSync(join(ws, 'out/budgetlint.sarif'), 'utf8'));
    expect(sarif.runs[0].results[0].locations[0].physicalLocation.artifactLocation).toMatchObject({ uri: 'docs/%E8%AF%B4%E6%98%8E.md', uriBaseId: '%SRCROOT%' });
    expect(r.summary).toContain('1 error(s), 0 warning(s)');
  });

  it('passes on clean drafts, and with fail-on-error false; names each shard its own category', () => {
    const ws = workspace({ 'a.md': CLEAN, 'b.md': SUM_DRAFT, 'c.txt': CLEAN });
    const clean = step('lint', ws, { INPUT_PATHS: 'a.md c.txt' });
    expect(clean.code).toBe(0);
    expect(clean.outputs['exit-code']).toBe('0');
    expect(clean.stdout).toBe('');

    const lenient = step('lint', ws, { INPUT_PATHS: '*.md', INPUT_FAIL_ON_ERROR: 'false' });
    expect(lenient.code).toBe(0);
    expect(lenient.outputs['exit-code']).toBe('1');
    expect(lenient.stdout).toContain('::error file=b.md');

    const shards = [1, 2, 3].map((i) => step('lint', workspace({ 'a.md': CLEAN, 'b.md': SUM_DRAFT, 'c.txt': CLEAN }), { INPUT_SHARD: `${i}/3`, INPUT_SARIF_FILE: 's.sarif' }));
    expect(shards.map((s) => s.outputs.category)).toEqual(['budgetlint-shard-1-of-3', 'budgetlint-shard-2-of-3', 'budgetlint-shard-3-of-3']);
    // Exactly one shard holds b.md and fails.
    expect(shards.map((s) => s.code).sort()).toEqual([0, 0, 1]);
    expect(step('lint', ws, { INPUT_SHARD: 'half' }).code).toBe(2);
  });

  it('exits 2 with a one-line reason for a missing path', () => {
    const ws = workspace({ 'a.md': CLEAN });
    const r = step('lint', ws, { INPUT_PATHS: 'missing.md', INPUT_SARIF_FILE: 'x.sarif' });
    expect(r.code).toBe(2);
    expect(r.outputs['exit-code']).toBe('2');
    expect(r.outputs['sarif-file']).toBeUndefined();
    expect(r.stderr).toMatch(/missing\.md/);
  });
});

describe('action.yml and .pre-commit-hooks.yaml', () => {
  const yml = readFileSync(join(REPO, 'action.yml'), 'utf8');
  const script = readFileSync(SCRIPT, 'utf8');
  const section = (name: string) => {
    const start = yml.indexOf(`\n${name}:\n`);
    const rest = yml.slice(start + name.length + 3);
    const end = rest.search(/\n\S/);
    return end < 0 ? rest : rest.slice(0, end);
  };
  const declared = [...section('inputs').matchAll(/^ {2}([a-z-]+):$/gm)].map((m) => m[1]);

  it('declares every input it uses, and passes every INPUT_ variable run.sh reads', () => {
    const used = new Set([...yml.matchAll(/\binputs\.([a-z-]+)/g)].map((m) => m[1]));
    expect(declared.sort()).toEqual([...used].sort());
    const read = new Set([...script.matchAll(/\$\{?(INPUT_[A-Z_]+)/g)].map((m) => m[1]));
    const passed = new Set([...yml.matchAll(/^\s+(INPUT_[A-Z_]+): \$\{\{ inputs\.([a-z-]+) \}\}$/gm)].map((m) => {
      expect(m[1]).toBe(`INPUT_${m[2].toUpperCase().replace(/-/g, '_')}`);
      return m[1];
    }));
    expect([...read].sort()).toEqual([...passed].sort());
  });

  it('is a composite action that builds from its own checkout and uploads SARIF with a category', () => {
    expect(yml).toMatch(/^ {2}using: composite$/m);
    expect(yml).toContain('${{ github.action_path }}/scripts/action/run.sh" setup');
    expect(yml).toContain('${{ github.action_path }}/scripts/action/run.sh" lint');
    expect(yml).toMatch(/uses: github\/codeql-action\/upload-sarif@v\d/);
    expect(yml).toMatch(/category: \$\{\{ steps\.lint\.outputs\.category \}\}/);
    expect(yml).toMatch(/if: \$\{\{ always\(\) && inputs\.upload-sarif == 'true' && steps\.lint\.outputs\.sarif-file != '' \}\}/);
    expect(script).toContain('npm i -g pnpm@12');
  });

  it('pre-commit hook: id budgetlint, language node, drafts only', () => {
    const hooks = readFileSync(join(REPO, '.pre-commit-hooks.yaml'), 'utf8');
    expect(hooks).toMatch(/^- id: budgetlint$/m);
    expect(hooks).toMatch(/^ {2}language: node$/m);
    expect(hooks).toMatch(/^ {2}entry: budgetlint$/m);
    const files = new RegExp(/^ {2}files: (.+)$/m.exec(hooks)![1]);
    for (const f of ['a.md', 'dir/说明.markdown', 'x.txt', '报告.docx']) expect(files.test(f)).toBe(true);
    for (const f of ['a.pdf', 'x.doc', 'md', 'a.mdx', 'a.txt.bak']) expect(files.test(f)).toBe(false);
  });
});
