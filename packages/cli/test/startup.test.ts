// What a run loads, through the built command: a load hook records every file of dist/ the
// process imports, and the test reads what each one bundles (esbuild heads every bundled module
// with a `// path` comment). Counts of what is compiled, not timings: zod, the Word and PDF
// readers, the GB18030 tables and the other formats' code are loaded only by the runs that use them.
import { beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { isAscii } from 'node:buffer';
import { createHash, randomBytes } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import iconv from 'iconv-lite';
import { tempTree } from './helpers.ts';
import { cacheFiles } from '../src/load-lint-core.ts';

const REPO = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../..');
const BIN = join(REPO, 'packages/cli/bin/budgetlint.js');
const hooks = mkdtempSync(join(tmpdir(), 'budgetlint-startup-'));

beforeAll(() => {
  if (!existsSync(join(REPO, 'packages/cli/dist/budgetlint.js'))) {
    const b = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: REPO, encoding: 'utf8' });
    if (b.status !== 0) throw new Error(`build failed: ${b.stderr}`);
  }
  // The hook runs in Node's loader thread: it appends each loaded file: URL to $LOADED_LOG.
  writeFileSync(
    join(hooks, 'hooks.mjs'),
    `import { appendFileSync } from 'node:fs';
export async function load(url, context, next) {
  if (url.startsWith('file:') && process.env.LOADED_LOG) appendFileSync(process.env.LOADED_LOG, url + '\\n');
  return next(url, context);
}
`,
  );
  writeFileSync(join(hooks, 'register.mjs'), `import { register } from 'node:module';\nregister(${JSON.stringify(pathToFileURL(join(hooks, 'hooks.mjs')).href)});\n`);
  // Node's own modules the run loaded (process.moduleLoadList names each as it is compiled), at exit.
  writeFileSync(
    join(hooks, 'builtins.cjs'),
    `process.on('exit', () => { if (process.env.BUILTINS_LOG) require('node:fs').writeFileSync(process.env.BUILTINS_LOG, process.moduleLoadList.filter((m) => /^NativeModule [a-z_]+$/.test(m)).map((m) => m.slice(13)).join('\\n')); });\n`,
  );
});

const DRAFT = [
  '# 2024年某区部门决算情况说明',
  '',
  '2024年“三公”经费财政拨款支出合计88.40万元，其中：因公出国（境）费12.00万元，公务接待费20.40万元，公务用车购置及运行费54.00万元。',
  '',
].join('\n');

let n = 0;
/** Runs the command in `cwd`; returns its exit code and the modules its dist/ files bundle. */
function run(args: string[], cwd: string): { code: number | null; stderr: string; files: string[]; modules: string[] } {
  const log = join(hooks, `loaded-${n++}.log`);
  writeFileSync(log, '');
  const r = spawnSync(process.execPath, ['--import', pathToFileURL(join(hooks, 'register.mjs')).href, BIN, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, LOADED_LOG: log, NO_COLOR: '1' },
  });
  const files = readFileSync(log, 'utf8')
    .split('\n')
    .filter((u) => u.includes('/packages/cli/dist/'))
    .map((u) => fileURLToPath(u));
  const modules = files.flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/^\/\/ ((?:node_modules|packages|rules)\/\S+)$/gm)].map((m) => m[1]));
  return { code: r.status, stderr: r.stderr, files, modules };
}

/** Runs the command in `cwd` without the load hook (whose loader thread is a worker itself); returns the Node modules it loaded. */
function builtinsOf(args: string[], cwd: string): { code: number | null; builtins: string[] } {
  const log = join(hooks, `builtins-${n++}.log`);
  const r = spawnSync(process.execPath, ['--require', join(hooks, 'builtins.cjs'), BIN, ...args], { cwd, encoding: 'utf8', env: { ...process.env, BUILTINS_LOG: log, NO_COLOR: '1' } });
  return { code: r.status, builtins: readFileSync(log, 'utf8').split('\n') };
}

const has = (modules: string[], pkg: string) => modules.some((m) => m.includes(`/${pkg}@`) || m.includes(`node_modules/${pkg}/`));

describe('start-up loads only what the run needs', { timeout: 120_000 }, () => {
  it('--version compiles neither the linter nor any dependency', () => {
    const r = run(['--version'], hooks);
    expect(r.code).toBe(0);
    expect(r.modules.filter((m) => m.startsWith('node_modules/'))).toEqual([]);
    expect(r.modules.some((m) => m.includes('core/src/engine/lint.ts'))).toBe(false);
  });

  it('a Markdown draft without a config file: no zod, no Word, PDF or GB18030 reader, one formatter', () => {
    const dir = tempTree({ '说明.md': DRAFT });
    const r = run(['说明.md'], dir);
    expect(r.code).toBe(1);
    // The linter comes from dist/lint-core.cjs (compiled with the code cache), not an ES module chunk.
    expect(r.modules.some((m) => m.includes('core/src/engine/lint.ts') || m.includes('remark-parse'))).toBe(false);
    for (const pkg of ['zod', 'mammoth', 'iconv-lite', 'pdfjs-dist', 'jszip']) expect(has(r.modules, pkg), pkg).toBe(false);
    expect(r.modules.some((m) => m.includes('config/parse.ts'))).toBe(false);
    expect(r.modules.some((m) => m.includes('formatters/stylish.ts'))).toBe(true);
    for (const f of ['html', 'sarif', 'github', 'json']) expect(r.modules.some((m) => m.includes(`formatters/${f}.ts`)), f).toBe(false);
    // Every ES module is resolved, compiled and linked on its own: the run's code comes in a few
    // files (lint-run.ts), not one per module (28 before it; 15 with it, the bundle's split decides).
    expect(r.files.filter((f) => f.endsWith('.js')).length).toBeLessThanOrEqual(18);
  });

  it('a Markdown draft: none of the Node modules only other runs need (threads, git, zip, hashing)', () => {
    const dir = tempTree({ '说明.md': DRAFT });
    const r = builtinsOf(['说明.md'], dir);
    expect(r.code).toBe(1);
    expect(r.builtins).toContain('vm');
    for (const m of ['worker_threads', 'child_process', 'zlib', 'crypto']) expect(r.builtins, m).not.toContain(m);
    // Each is loaded where it is needed: a folder of drafts starts threads, -o names a temporary file.
    const many = tempTree(Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`说明${i}.md`, DRAFT])));
    expect(builtinsOf(['--concurrency', '2', '.'], many).builtins).toContain('worker_threads');
    expect(builtinsOf(['-o', 'report.txt', '说明.md'], dir).builtins).toContain('crypto');
  });

  it('a config file and --format each load what they need; --rule is checked without the schema', () => {
    const dir = tempTree({ '说明.md': DRAFT, 'budgetlint.config.json': JSON.stringify({ rules: { 'stale-year': 'off' } }) });
    const withConfig = run(['说明.md'], dir);
    expect(withConfig.code).toBe(1);
    expect(has(withConfig.modules, 'zod')).toBe(true);
    const plain = tempTree({ '说明.md': DRAFT });
    const rule = run(['--rule', 'sum-mismatch:warn', '说明.md'], plain);
    expect(rule.code).toBe(0);
    expect(has(rule.modules, 'zod')).toBe(false);
    const bad = run(['--rule', 'sum-mismatch:loud', '说明.md'], plain);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/severity 'loud' for sum-mismatch/);
    const html = run(['-f', 'html', '说明.md'], plain);
    expect(html.modules.some((m) => m.includes('formatters/html.ts'))).toBe(true);
    expect(html.modules.some((m) => m.includes('formatters/stylish.ts'))).toBe(false);
  });

  it('a GB18030 text file loads the encoding tables; a UTF-8 one does not', () => {
    const dir = tempTree({ 'gbk.txt': iconv.encode(DRAFT, 'gb18030'), 'utf8.txt': DRAFT });
    expect(has(run(['gbk.txt'], dir).modules, 'iconv-lite')).toBe(true);
    expect(has(run(['utf8.txt'], dir).modules, 'iconv-lite')).toBe(false);
  });
});

describe('the code cache of the linter (load-lint-core.ts)', { timeout: 120_000 }, () => {
  it('reads a bundle written in ASCII (no UTF-8 decode of 0.8 MB on every start)', () => {
    const bytes = readFileSync(join(REPO, 'packages/cli/dist/lint-core.cjs'));
    expect(isAscii(bytes)).toBe(true);
    // The lexicon's patterns are still Chinese, written as escapes.
    expect(bytes.toString('latin1')).toMatch(/\\u5176\\u4e2d/);
  });

  // A private copy of the built command: other tests' runs write the shared cache meanwhile.
  const copy = mkdtempSync(join(tmpdir(), 'budgetlint-codecache-'));
  const CORE = join(copy, 'dist/lint-core.cjs');
  const CACHE = `${CORE}.v8cache`;
  const home = join(copy, 'home');
  const plainRun = (args: string[], cwd: string, env: Record<string, string> = {}) =>
    spawnSync(process.execPath, [join(copy, 'bin/budgetlint.js'), ...args], {
      cwd,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1', HOME: home, XDG_CACHE_HOME: '', ...env },
    });
  beforeAll(() => {
    for (const d of ['bin', 'dist']) cpSync(join(REPO, 'packages/cli', d), join(copy, d), { recursive: true, filter: (p) => !p.endsWith('.v8cache') });
  });

  it('is written by a run that had none, and a stale, foreign or damaged cache changes nothing in the report', () => {
    const dir = tempTree({ '说明.md': DRAFT });
    const reference = plainRun(['-f', 'json', '说明.md'], dir, { BUDGETLINT_NO_CODE_CACHE: '1' });
    expect(reference.status).toBe(1);
    const source = readFileSync(CORE);
    const hash = createHash('sha256').update(source.toString('utf8')).digest();
    {
      const first = plainRun(['-f', 'json', '说明.md'], dir);
      expect(first.stdout).toBe(reference.stdout);
      const written = readFileSync(CACHE);
      // Headed by the SHA-256 of the source it was made from.
      expect(written.subarray(0, 32).equals(hash)).toBe(true);
      expect(plainRun(['-f', 'json', '说明.md'], dir).stdout).toBe(reference.stdout);
      // Another build's cache (another hash), random bytes under the right hash, a truncated file: compiled as usual.
      const bad = [
        Buffer.concat([Buffer.alloc(32, 7), written.subarray(32)]),
        Buffer.concat([hash, randomBytes(4096)]),
        written.subarray(0, 40),
      ];
      for (const b of bad) {
        writeFileSync(CACHE, b);
        const r = plainRun(['-f', 'json', '说明.md'], dir);
        expect(r.status).toBe(1);
        expect(r.stderr).toBe('');
        expect(r.stdout).toBe(reference.stdout);
        // …and replaced by a good one.
        expect(readFileSync(CACHE).subarray(0, 32).equals(hash)).toBe(true);
      }
      // The digest comes from the catalogue the build wrote beside the bundle; without it, or with
      // a catalogue of another bundle, the run hashes the bundle itself and heads the cache alike.
      const catalogue = join(copy, 'dist/rules.json');
      const saved = readFileSync(catalogue, 'utf8');
      expect(JSON.parse(saved).bundleSha256).toBe(hash.toString('hex'));
      for (const other of [saved.replace(/"bundleSha256":"[0-9a-f]+",/, ''), saved.replace(/"bundleBytes":\d+/, '"bundleBytes":1').replace(/"bundleSha256":"[0-9a-f]+"/, `"bundleSha256":"${'0'.repeat(64)}"`)]) {
        writeFileSync(catalogue, other);
        rmSync(CACHE, { force: true });
        expect(plainRun(['-f', 'json', '说明.md'], dir).stdout).toBe(reference.stdout);
        expect(readFileSync(CACHE).subarray(0, 32).equals(hash)).toBe(true);
      }
      writeFileSync(catalogue, saved);
      // Turned off, it is neither read nor written.
      rmSync(CACHE, { force: true });
      expect(plainRun(['-f', 'json', '说明.md'], dir, { BUDGETLINT_NO_CODE_CACHE: '1' }).stdout).toBe(reference.stdout);
      expect(existsSync(CACHE)).toBe(false);
      expect(existsSync(join(home, '.cache/budgetlint'))).toBe(false);
    }
  });
});

describe('where the code cache may be kept', () => {
  it('beside the bundle, then in the user\'s own cache folder, never a relative or shared one', () => {
    expect(cacheFiles('/opt/bl/dist/lint-core.cjs', { HOME: '/home/ann' })).toEqual(['/opt/bl/dist/lint-core.cjs.v8cache', '/home/ann/.cache/budgetlint/lint-core.v8cache']);
    expect(cacheFiles('/opt/bl/dist/lint-core.cjs', { HOME: '/home/ann', XDG_CACHE_HOME: '/var/cache/ann' })[1]).toBe('/var/cache/ann/budgetlint/lint-core.v8cache');
    expect(cacheFiles('/opt/bl/dist/lint-core.cjs', { HOME: '/home/ann', XDG_CACHE_HOME: 'rel/cache' })[1]).toBe('/home/ann/.cache/budgetlint/lint-core.v8cache');
  });
});

describe('a warm --cache run plans with the rules catalogue (dist/rules.json) and loads no linter', { timeout: 120_000 }, () => {
  const cli = (args: string[], cwd: string) => {
    const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env: { ...process.env, BUDGETLINT_DEBUG: '1', NO_COLOR: '1' } });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr, loaded: /the linter was loaded/.test(r.stderr), notLoaded: /the linter was not loaded/.test(r.stderr) };
  };

  it('gives the report of a run without the cache, in every format, without loading the linter', () => {
    let dir = '';
    for (const format of ['stylish', 'json', 'sarif']) {
      dir = tempTree({ '说明.md': DRAFT, 'b/情况.md': DRAFT.replace('88.40', '88.50') });
      const plain = cli(['-f', format, '.'], dir);
      const cold = cli(['--cache', '-f', format, '.'], dir);
      const warm = cli(['--cache', '-f', format, '.'], dir);
      expect(cold.loaded, format).toBe(true);
      expect(warm.notLoaded, format).toBe(true);
      expect(warm.stdout, format).toBe(plain.stdout);
      expect(warm.code, format).toBe(plain.code);
    }
    // A changed file is linted: then the linter is loaded.
    writeFileSync(join(dir, '说明.md'), DRAFT.replace('12.00', '13.00'));
    const changed = cli(['--cache', '-f', 'json', '.'], dir);
    expect(changed.loaded).toBe(true);
    expect(changed.stdout).toBe(cli(['-f', 'json', '.'], dir).stdout);
  });

  it('checks a config file\'s rule options against the rules themselves, warm or cold', () => {
    const bad = tempTree({ '说明.md': DRAFT, 'budgetlint.config.json': JSON.stringify({ rules: { 'share-mismatch': ['error', { namedTotals: 'yes' }] } }) });
    const plain = cli(['.'], bad);
    expect(plain.code).toBe(2);
    for (let i = 0; i < 2; i++) {
      const r = cli(['--cache', '.'], bad);
      expect(r.code).toBe(2);
      expect(r.stderr.split('\n').filter((l) => !l.includes('debug:'))).toEqual(plain.stderr.split('\n').filter((l) => !l.includes('debug:')));
    }
    const good = tempTree({ '说明.md': DRAFT, 'budgetlint.config.json': JSON.stringify({ rules: { 'sum-mismatch': 'warn' } }) });
    cli(['--cache', '.'], good);
    const warm = cli(['--cache', '.'], good);
    expect(warm.stdout).toBe(cli(['.'], good).stdout);
  });

  it('is ignored when it does not belong to the built linter beside it', () => {
    const catalogue = join(REPO, 'packages/cli/dist/rules.json');
    const saved = readFileSync(catalogue, 'utf8');
    try {
      writeFileSync(catalogue, saved.replace(/"bundleBytes":\d+/, '"bundleBytes":1'));
      const dir = tempTree({ '说明.md': DRAFT });
      cli(['--cache', '.'], dir);
      const warm = cli(['--cache', '.'], dir);
      expect(warm.loaded).toBe(true);
      expect(warm.stdout).toBe(cli(['.'], dir).stdout);
    } finally {
      writeFileSync(catalogue, saved);
    }
  });
});
