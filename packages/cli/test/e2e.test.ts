// End-to-end: spawns the built command (packages/cli/bin/budgetlint.js → dist/budgetlint.js).
import { beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BAD_TRANSFER, BAD_TRANSFER_POS, CLEAN_TRANSFER, tempTree } from './helpers.ts';

const REPO = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../..');
const BIN = join(REPO, 'packages/cli/bin/budgetlint.js');
const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));
/** Where "27.54亿元" stands in fixtures/transfer-mismatch.md. */
const MISMATCH_POS = (() => {
  const lines = readFileSync(join(FIXTURES, 'transfer-mismatch.md'), 'utf8').split('\n');
  const i = lines.findIndex((l) => l.includes('27.54'));
  return { line: i + 1, column: lines[i].indexOf('27.54') + 1 };
})();

beforeAll(() => {
  if (!existsSync(join(REPO, 'packages/cli/dist/budgetlint.js'))) {
    const b = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: REPO, encoding: 'utf8' });
    if (b.status !== 0) throw new Error(`build failed: ${b.stderr}`);
  }
});

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  errLines: string[];
}

function cli(args: string[], opts: { cwd?: string; input?: string; env?: Record<string, string> } = {}): Run {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: opts.cwd ?? FIXTURES,
    input: opts.input,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '', ...opts.env },
  });
  const errLines = r.stderr.split('\n').filter(Boolean);
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, errLines };
}

const json = (r: Run) => JSON.parse(r.stdout) as Array<{ filePath: string; messages: Array<Record<string, any>>; errorCount: number; warningCount: number }>;

/** A usage, config or read error: exit 2, exactly one line on stderr, no stack trace. */
function expectOneLineFailure(r: Run, re: RegExp) {
  expect(r.code).toBe(2);
  expect(r.errLines).toHaveLength(1);
  expect(r.errLines[0]).toMatch(/^budgetlint: /);
  expect(r.errLines[0]).toMatch(re);
  expect(r.stderr).not.toMatch(/\n\s+at /);
}

// Each test spawns the command a few times; on a busy machine that takes a while.
describe('budgetlint (built)', { timeout: 90_000 }, () => {
  it('reports a 税收返还和转移支付 total whose components do not add up, with its position', () => {
    const r = cli(['--format', 'json', 'transfer-mismatch.md']);
    expect(r.code).toBe(1);
    const [file] = json(r);
    expect(file.filePath).toBe(join(FIXTURES, 'transfer-mismatch.md'));
    expect(file.errorCount).toBe(1);
    const m = file.messages.find((x) => x.ruleId === 'sum-mismatch')!;
    expect(MISMATCH_POS).toEqual({ line: 7, column: 19 });
    // The message covers the statement, from its sentence's start to the last item; the total it names is the focus.
    const text = readFileSync(join(FIXTURES, 'transfer-mismatch.md'), 'utf8').split('\n')[6];
    expect(m).toMatchObject({ severity: 2, line: 7, column: 1, endLine: 7, endColumn: text.indexOf('7.39亿元') + '7.39亿元'.length + 1 });
    expect(m.focus).toEqual({ ...MISMATCH_POS, endLine: 7, endColumn: MISMATCH_POS.column + '27.54亿元'.length });
    expect(m.message).toContain('27.54');
    expect(m.relatedLocations).toHaveLength(3);
    expect(file).toMatchObject({ fatalErrorCount: 0, warningCount: 0 });
  });

  it('exits 0 on a clean draft and prints nothing', () => {
    const r = cli(['transfer-clean.txt']);
    expect(r).toMatchObject({ code: 0, stdout: '', stderr: '' });
  });

  it('prints a stylish report grouped by file with an ESLint-like summary', () => {
    const r = cli(['transfer-mismatch.md', 'transfer-clean.txt']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('transfer-mismatch.md\n');
    expect(r.stdout).not.toContain('transfer-clean.txt');
    expect(r.stdout).toMatch(/ {2}7:1 {2}error {2}\S*合计27\.54亿元.* {2}sum-mismatch\n/);
    expect(r.stdout).toContain('✖ 1 problem (1 error, 0 warnings)');
    expect(r.stdout).not.toMatch(/\u001b\[/);
  });

  it('colours only when asked (or on a TTY)', () => {
    expect(cli(['--color', 'transfer-mismatch.md']).stdout).toMatch(/\u001b\[/);
  });

  it('lints a directory', () => {
    const r = cli(['--format', 'json', '.']);
    expect(r.code).toBe(1);
    expect(json(r).map((f) => f.filePath.slice(FIXTURES.length))).toEqual(['transfer-clean.txt', 'transfer-mismatch.md']);
  });

  describe('exit code 2, one line, no stack trace', () => {
    it('missing file', () => expectOneLineFailure(cli(['no-such-draft.md']), /^budgetlint: no-such-draft\.md: no such file/));
    it('unknown option', () => expectOneLineFailure(cli(['--frobnicate', 'transfer-clean.txt']), /unknown option '--frobnicate'/));
    it('unknown format', () => expectOneLineFailure(cli(['-f', 'yaml', 'transfer-clean.txt']), /unknown format 'yaml'/));
    it('no paths, in a folder with nothing to lint', () => expectOneLineFailure(cli([], { cwd: tempTree({ 'notes.csv': '' }) }), /^budgetlint: \.: no files to lint/));
    it('bad --shard', () => expectOneLineFailure(cli(['--shard', '4/3', '.']), /shard/));
    it('unknown rule in --rule', () => expectOneLineFailure(cli(['--rule', 'sum-mismatches:off', '.']), /unknown rule id 'sum-mismatches'/));
    it('bad config', () => {
      const root = tempTree({ 'budgetlint.config.json': JSON.stringify({ rules: { 'sum-mismatch': 'loud' } }), 'a.md': CLEAN_TRANSFER });
      expectOneLineFailure(cli(['a.md'], { cwd: root }), /^budgetlint: budgetlint\.config\.json: rules\.sum-mismatch/);
    });
    it('config that is not JSON', () => {
      const root = tempTree({ 'budgetlint.config.json': '{\n  "rules": {,\n}', 'a.md': CLEAN_TRANSFER });
      expectOneLineFailure(cli(['a.md'], { cwd: root }), /budgetlint\.config\.json: invalid JSON at line 2, column 13/);
    });
    it('unreadable baseline', () => expectOneLineFailure(cli(['--baseline', 'transfer-clean.txt', '.']), /^budgetlint: transfer-clean\.txt: invalid JSON at line 1, column 5: Unexpected non-whitespace character after JSON$/));
    it('missing baseline', () => expectOneLineFailure(cli(['--baseline', 'nope.json', '.']), /^budgetlint: nope\.json: no such file$/));
    it('a file that cannot be read as a draft (the others are still reported)', () => {
      const root = tempTree({ 'broken.docx': 'not a zip archive', 'a.md': BAD_TRANSFER });
      const r = cli(['--format', 'json', 'broken.docx', 'a.md'], { cwd: root });
      expectOneLineFailure(r, /^budgetlint: broken\.docx: /);
      expect(json(r).map((f) => [f.filePath.slice(root.length + 1), f.errorCount])).toEqual([['a.md', 1]]);
    });
    it('an --output that cannot be written', () => {
      const root = tempTree({ 'a.md': CLEAN_TRANSFER, 'file': '' });
      expectOneLineFailure(cli(['-o', 'file/report.txt', 'a.md'], { cwd: root }), /^budgetlint: file\/report\.txt: cannot write the report/);
    });
    it('one line per problem when there are several', () => {
      const r = cli(['gone-1.md', 'gone-2.md']);
      expect(r.code).toBe(2);
      expect(r.errLines).toEqual(['budgetlint: gone-1.md: no such file or directory', 'budgetlint: gone-2.md: no such file or directory']);
    });
  });

  it('--max-warnings gates warnings', () => {
    const args = ['--rule', 'sum-mismatch:warn', 'transfer-mismatch.md'];
    expect(cli(args).code).toBe(0);
    expect(cli([...args, '--max-warnings', '1']).code).toBe(0);
    const over = cli([...args, '--max-warnings', '0']);
    expect(over.code).toBe(1);
    expect(over.errLines).toEqual(['budgetlint: too many warnings (1, maximum 0)']);
    expect(over.stdout).toContain('1 problem (0 errors, 1 warning)');
  });

  it('--output writes the report atomically and still sets the exit code', () => {
    const root = tempTree({ 'a.md': BAD_TRANSFER });
    const r = cli(['--format', 'json', '--output', 'reports/out.json', 'a.md'], { cwd: root });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    const report = JSON.parse(readFileSync(join(root, 'reports/out.json'), 'utf8'));
    expect(report[0].messages[0]).toMatchObject({ ruleId: 'sum-mismatch', line: BAD_TRANSFER_POS.line, column: 1, focus: BAD_TRANSFER_POS });
    expect(readdirSync(join(root, 'reports'))).toEqual(['out.json']);
  });

  it('--stdin with --stdin-filename: the name decides format and config', () => {
    const root = tempTree({ 'quiet/budgetlint.config.json': JSON.stringify({ rules: { 'sum-mismatch': 'off' } }), 'loud/.keep': '' });
    const loud = cli(['--stdin', '--stdin-filename', 'loud/draft.md', '--format', 'json'], { cwd: root, input: BAD_TRANSFER });
    expect(loud.code).toBe(1);
    expect(json(loud)[0].filePath).toBe(join(root, 'loud/draft.md'));
    expect(json(loud)[0].messages[0]).toMatchObject({ ruleId: 'sum-mismatch', line: BAD_TRANSFER_POS.line, column: 1, focus: BAD_TRANSFER_POS });
    const quiet = cli(['--stdin', '--stdin-filename', 'quiet/draft.md', '--format', 'json'], { cwd: root, input: BAD_TRANSFER });
    expect(quiet.code).toBe(0);
    expect(json(quiet)[0].messages).toEqual([]);
    const anonymous = cli(['--stdin', '--format', 'json'], { cwd: root, input: BAD_TRANSFER });
    expect(json(anonymous)[0].filePath).toBe('<stdin>');
  });

  it('finds the nearest config upwards; --rule overrides it', () => {
    const root = tempTree({
      'budgetlint.config.json': JSON.stringify({ rules: { 'sum-mismatch': 'warn' } }),
      'top.md': BAD_TRANSFER,
      'sub/budgetlint.config.json': JSON.stringify({ rules: { 'sum-mismatch': 'off' } }),
      'sub/deep/inner.md': BAD_TRANSFER,
    });
    const r = cli(['--format', 'json', '.'], { cwd: join(root, 'sub') });
    expect(r.code).toBe(0);
    expect(json(r)[0].messages).toEqual([]);
    const both = cli(['--format', 'json', '.'], { cwd: root });
    const byName = Object.fromEntries(json(both).map((f) => [f.filePath.slice(root.length + 1), f.messages.map((m) => m.severity)]));
    expect(byName).toEqual({ 'sub/deep/inner.md': [], 'top.md': [1] });
    expect(both.code).toBe(0);
    const forced = cli(['--format', 'json', '--rule', 'sum-mismatch:error', '.'], { cwd: root });
    expect(forced.code).toBe(1);
    expect(json(forced).map((f) => f.errorCount)).toEqual([1, 1]);
    const cfg = cli(['--config', 'sub/budgetlint.config.json', 'top.md'], { cwd: root });
    expect(cfg.code).toBe(0);
  });

  it('--print-config prints the effective config as JSON', () => {
    const root = tempTree({ 'sub/budgetlint.config.json': JSON.stringify({ rules: { 'stale-year': 'off' }, rounding: 'strict' }) });
    const r = cli(['--print-config', 'sub/x.md', '--rule', 'heading-sequence:warn'], { cwd: root });
    expect(r.code).toBe(0);
    const cfg = JSON.parse(r.stdout);
    expect(cfg.rounding).toBe('strict');
    expect(cfg.rules['stale-year'].severity).toBe('off');
    expect(cfg.rules['heading-sequence'].severity).toBe('warning');
    expect(cfg.rules['sum-mismatch'].severity).toBe('error');
  });

  it('baseline: write, edit an unrelated line above, still matched; a new finding still fails', () => {
    const root = tempTree({ 'docs/a.md': BAD_TRANSFER, 'docs/b.md': CLEAN_TRANSFER });
    const w = cli(['--write-baseline', 'baseline.json', 'docs'], { cwd: root });
    expect(w.code).toBe(0);
    const baseline = JSON.parse(readFileSync(join(root, 'baseline.json'), 'utf8'));
    expect(Object.keys(baseline.files)).toEqual(['docs/a.md']);
    expect(baseline.files['docs/a.md'][0]).toMatchObject({ ruleId: 'sum-mismatch', count: 1 });
    expect(JSON.stringify(baseline)).not.toMatch(/"line"/);

    writeFileSync(join(root, 'docs/a.md'), BAD_TRANSFER.replace('## 一、转移支付\n', '## 一、转移支付\n\n本节说明本年度的转移支付安排。\n\n另起一段补充说明。\n'));
    const after = cli(['--baseline', 'baseline.json', '--format', 'json', 'docs'], { cwd: root });
    expect(after.code).toBe(0);
    expect(json(after).flatMap((f) => f.messages)).toEqual([]);
    expect(cli(['--format', 'json', 'docs'], { cwd: root }).code).toBe(1);

    writeFileSync(join(root, 'docs/b.md'), BAD_TRANSFER);
    const fresh = cli(['--baseline', 'baseline.json', '--format', 'json', 'docs'], { cwd: root });
    expect(fresh.code).toBe(1);
    expect(json(fresh).map((f) => f.messages.length)).toEqual([0, 1]);
  });

  it('--shard splits the files into disjoint shards whose union is every file', () => {
    const files: Record<string, string> = {};
    for (const n of ['甲', 'b', 'c', 'd', 'e', 'f', 'g']) files[`d/${n}.md`] = CLEAN_TRANSFER;
    const root = tempTree(files);
    const shards = [1, 2, 3].map((i) => {
      const r = cli(['--shard', `${i}/3`, '--format', 'json', 'd'], { cwd: root });
      expect(r.code).toBe(0);
      return json(r).map((f) => f.filePath);
    });
    const union = shards.flat();
    expect(new Set(union).size).toBe(union.length);
    expect(union.sort()).toEqual(Object.keys(files).map((f) => join(root, f)).sort());
    expect(shards.map((s) => s.length)).toEqual([3, 2, 2]);
  });

  it('--print-claims shows each figure with its role', () => {
    const r = cli(['--print-claims', 'transfer-mismatch.md']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/行 +类型 +主题 +数值 +单位 +角色/);
    expect(r.stdout).toMatch(/7 +合计 +\S+ +27\.54 +亿元 +合计/);
    expect(r.stdout).toMatch(/分项（2） +↳sum-mismatch/);
    expect(r.stdout).toContain('✖ 1 problem');
  });

  it('--report-unused-disable-directives warns about comments that silence nothing', () => {
    const root = tempTree({
      'a.md': `${BAD_TRANSFER.replace('本年度', '<!-- budgetlint-disable-next-line heading-sequence -->\n本年度')}`,
      'b.md': `${BAD_TRANSFER.replace('本年度', '<!-- budgetlint-disable-next-line sum-mismatch -->\n本年度')}`,
    });
    const plain = cli(['--format', 'json', 'a.md', 'b.md'], { cwd: root });
    expect(json(plain).map((f) => f.messages.map((m) => m.ruleId))).toEqual([['sum-mismatch'], []]);
    const r = cli(['--format', 'json', '--report-unused-disable-directives', 'a.md', 'b.md'], { cwd: root });
    const [a, b] = json(r);
    const unused = a.messages.find((m) => m.ruleId === null)!;
    expect(unused).toMatchObject({ severity: 1, line: 5 });
    expect(unused.message).toContain('heading-sequence');
    expect(b.messages).toEqual([]);
  });

  it('--help and --version', () => {
    const h = cli(['--help']);
    expect(h.code).toBe(0);
    expect(h.stdout).toMatch(/Usage: budgetlint/);
    expect(h.stdout).toContain('--max-warnings');
    const v = cli(['--version']);
    expect(v.code).toBe(0);
    expect(v.stdout).toMatch(/^v\d+\.\d+\.\d+\n$/);
  });

  const SEEDS = join(REPO, '../shared/seeds');
  it.skipIf(!existsSync(SEEDS))('reads every real disclosure in ../shared/seeds as ESLint JSON, without read errors', () => {
    const r = cli(['--format', 'json', SEEDS], { cwd: REPO });
    expect([0, 1]).toContain(r.code);
    expect(r.stderr).toBe('');
    const files = json(r);
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) {
      for (const m of f.messages) {
        expect(typeof m.ruleId).toBe('string');
        expect([1, 2]).toContain(m.severity);
        expect(m.line).toBeGreaterThanOrEqual(1);
        expect(m.column).toBeGreaterThanOrEqual(1);
      }
    }
  });
});
