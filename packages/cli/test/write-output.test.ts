// --output and --write-baseline never destroy what they are pointed at by mistake.
// CI runs as root, where a rename can replace anything: these tests run the same way.
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, linkSync, lstatSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { BAD_TRANSFER, CLEAN_TRANSFER, runInProcess, tempTree } from './helpers.ts';

const REPO = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../..');
const BIN = join(REPO, 'packages/cli/bin/budgetlint.js');
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

beforeAll(() => {
  if (!statSync(join(REPO, 'packages/cli/dist/budgetlint.js'), { throwIfNoEntry: false })) {
    spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: REPO });
  }
});

const run = (argv: string[], cwd: string) => runInProcess(argv, cwd);

/** Exit 2, one line naming the path, and the file left exactly as it was. */
async function expectRefused(argv: string[], root: string, shown: string, untouched: string[] = []) {
  const before = untouched.map((f) => readFileSync(join(root, f)));
  const r = await run(argv, root);
  expect(r.code).toBe(2);
  expect(r.errLines).toHaveLength(1);
  expect(r.errLines[0].startsWith(`budgetlint: ${shown}: cannot write the `)).toBe(true);
  untouched.forEach((f, i) => expect(readFileSync(join(root, f))).toEqual(before[i]));
  return r;
}

const leftovers = (dir: string) => readdirSync(dir).filter((n) => n.endsWith('.tmp'));

describe('--output and --write-baseline refuse to overwrite an input', () => {
  it('-o naming the draft being linted (the report used to replace the draft)', async () => {
    const root = tempTree({ 'draft.txt': BAD_TRANSFER });
    const r = await expectRefused(['-o', 'draft.txt', 'draft.txt'], root, 'draft.txt', ['draft.txt']);
    expect(r.errLines[0]).toMatch(/one of the files this run reads/);
    // The same through another spelling, a hard link and a symbolic link.
    mkdirSync(join(root, 'sub'));
    linkSync(join(root, 'draft.txt'), join(root, 'hard.txt'));
    symlinkSync('../draft.txt', join(root, 'sub/soft.txt'));
    await expectRefused(['-o', './sub/../draft.txt', 'draft.txt'], root, './sub/../draft.txt', ['draft.txt']);
    await expectRefused(['-o', 'hard.txt', 'draft.txt'], root, 'hard.txt', ['draft.txt']);
    await expectRefused(['-o', 'sub/soft.txt', 'draft.txt'], root, 'sub/soft.txt', ['draft.txt']);
    expect(lstatSync(join(root, 'sub/soft.txt')).isSymbolicLink()).toBe(true);
  });

  it('-o naming a draft found inside a linted folder, or the config in force', async () => {
    const root = tempTree({ 'docs/a.md': BAD_TRANSFER, 'docs/b.md': CLEAN_TRANSFER, 'budgetlint.config.json': '{"rules":{"sum-mismatch":"warn"}}' });
    await expectRefused(['-o', 'docs/b.md', 'docs'], root, 'docs/b.md', ['docs/b.md']);
    await expectRefused(['-o', 'budgetlint.config.json', 'docs'], root, 'budgetlint.config.json', ['budgetlint.config.json']);
  });

  it('--write-baseline naming the draft (it used to overwrite it and exit 0)', async () => {
    const root = tempTree({ 'draft.txt': BAD_TRANSFER });
    await expectRefused(['--write-baseline', 'draft.txt', 'draft.txt'], root, 'draft.txt', ['draft.txt']);
  });

  it('-o naming the baseline read, or the baseline being written', async () => {
    const root = tempTree({ 'a.md': BAD_TRANSFER });
    expect((await run(['--write-baseline', 'base.json', 'a.md'], root)).code).toBe(0);
    await expectRefused(['--baseline', 'base.json', '-o', 'base.json', 'a.md'], root, 'base.json', ['base.json']);
    await expectRefused(['--write-baseline', 'base.json', '-o', 'base.json', 'a.md'], root, 'base.json', ['base.json']);
  });

  it('--write-baseline does not ignore a baseline it cannot read: exit 2, file kept', async () => {
    const root = tempTree({ 'a.md': BAD_TRANSFER, 'notes.json': '{"version": 1, "files": oops' });
    const r = await run(['--write-baseline', 'notes.json', 'a.md'], root);
    expect(r.code).toBe(2);
    expect(r.errLines).toHaveLength(1);
    expect(r.errLines[0]).toMatch(/^budgetlint: notes\.json: invalid JSON/);
    expect(readFileSync(join(root, 'notes.json'), 'utf8')).toBe('{"version": 1, "files": oops');
    writeFileSync(join(root, 'other.json'), '{"something": "else"}');
    const other = await run(['--write-baseline', 'other.json', 'a.md'], root);
    expect(other.code).toBe(2);
    expect(other.errLines[0]).toMatch(/^budgetlint: other\.json: not a budgetlint baseline/);
    // An empty file is a baseline yet to be written.
    writeFileSync(join(root, 'empty.json'), '');
    expect((await run(['--write-baseline', 'empty.json', 'a.md'], root)).code).toBe(0);
    expect(JSON.parse(readFileSync(join(root, 'empty.json'), 'utf8')).files['a.md']).toHaveLength(1);
  });

  it('refuses a directory, and says so in one line', async () => {
    const root = tempTree({ 'a.md': CLEAN_TRANSFER, 'out/.keep': '' });
    const r = await expectRefused(['-o', 'out', 'a.md'], root, 'out');
    expect(r.errLines[0]).toMatch(/is a directory/);
    expect(statSync(join(root, 'out')).isDirectory()).toBe(true);
  });
});

describe('--output writes devices, FIFOs and streams in place', () => {
  it('a character device stays a device (as root a rename used to replace /dev/null with a file)', async () => {
    const root = tempTree({ 'a.md': BAD_TRANSFER });
    const made = spawnSync('mknod', [join(root, 'null'), 'c', '1', '3']);
    const dev = made.status === 0 ? join(root, 'null') : '/dev/null';
    const before = statSync(dev);
    const r = await run(['-o', dev, 'a.md'], root);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    const after = lstatSync(dev);
    expect(after.isCharacterDevice()).toBe(true);
    expect([after.ino, after.rdev]).toEqual([before.ino, before.rdev]);
    expect(leftovers(root)).toEqual([]);
    const base = await run(['--write-baseline', dev, 'a.md'], root);
    expect(base.code).toBe(0);
    expect(lstatSync(dev).isCharacterDevice()).toBe(true);
  });

  it('a FIFO is written to, not replaced', async () => {
    const root = tempTree({ 'a.md': BAD_TRANSFER });
    const fifo = join(root, 'pipe');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    // The reader runs in another process: opening a FIFO for writing waits for one.
    const reader = spawn('cat', [fifo]);
    let got = '';
    reader.stdout.on('data', (d) => (got += d));
    const done = new Promise((r) => reader.on('close', r));
    let r: Awaited<ReturnType<typeof run>>;
    try {
      r = await run(['--format', 'json', '-o', 'pipe', 'a.md'], root);
      await done;
    } finally {
      if (reader.exitCode === null) reader.kill();
    }
    expect(r.code).toBe(1);
    expect(JSON.parse(got)[0].messages[0].ruleId).toBe('sum-mismatch');
    expect(lstatSync(fifo).isFIFO()).toBe(true);
    expect(leftovers(root)).toEqual([]);
  });

  it('/dev/stdout goes to standard output', async () => {
    const root = tempTree({ 'a.md': BAD_TRANSFER });
    const r = await run(['--format', 'json', '-o', '/dev/stdout', 'a.md'], root);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)[0].errorCount).toBe(1);
    const fd = await run(['--format', 'json', '-o', '/proc/self/fd/1', 'a.md'], root);
    expect(JSON.parse(fd.stdout)[0].errorCount).toBe(1);
    const err = await run(['--format', 'json', '-o', '/dev/stderr', 'a.md'], root);
    expect(JSON.parse(err.stderr)[0].errorCount).toBe(1);
    await expectRefused(['-o', '/dev/stdin', 'a.md'], root, '/dev/stdin');
  });

  it.skipIf(!isRoot)('/dev/stdout works for a user who cannot create files in /dev (the built command, run as nobody)', () => {
    const root = tempTree({ 'a.md': BAD_TRANSFER });
    chmodSync(root, 0o755);
    chmodSync(join(root, 'a.md'), 0o644);
    const probe = spawnSync(process.execPath, ['-e', `require('fs').accessSync(${JSON.stringify(BIN)})`], { uid: 65534, gid: 65534 });
    if (probe.status !== 0) return; // the checkout is not readable by nobody here
    const r = spawnSync(process.execPath, [BIN, '--format', 'json', '-o', '/dev/stdout', 'a.md'], {
      cwd: root,
      uid: 65534,
      gid: 65534,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
    });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(1);
    expect(JSON.parse(r.stdout)[0].errorCount).toBe(1);
  });
});

describe('--output into regular files', () => {
  it('follows a symbolic link and replaces its target, keeping the link', async () => {
    const root = tempTree({ 'a.md': BAD_TRANSFER, 'reports/real.json': 'old report' });
    symlinkSync('reports/real.json', join(root, 'latest.json'));
    const r = await run(['--format', 'json', '-o', 'latest.json', 'a.md'], root);
    expect(r.code).toBe(1);
    expect(lstatSync(join(root, 'latest.json')).isSymbolicLink()).toBe(true);
    expect(JSON.parse(readFileSync(join(root, 'reports/real.json'), 'utf8'))[0].errorCount).toBe(1);
    expect(leftovers(root)).toEqual([]);
    expect(leftovers(join(root, 'reports'))).toEqual([]);
    // A link to a file not yet there creates the file and keeps the link.
    symlinkSync('reports/next.json', join(root, 'next.json'));
    expect((await run(['--format', 'json', '-o', 'next.json', 'a.md'], root)).code).toBe(1);
    expect(lstatSync(join(root, 'next.json')).isSymbolicLink()).toBe(true);
    expect(JSON.parse(readFileSync(join(root, 'reports/next.json'), 'utf8'))).toHaveLength(1);
  });

  it('writes a file whose name is 249 bytes long (the temporary name used to be longer than the limit)', async () => {
    const root = tempTree({ 'a.md': BAD_TRANSFER });
    const name = `${'报'.repeat(80)}${'x'.repeat(4)}.json`; // 80×3 + 4 + 5 = 249 bytes
    expect(Buffer.byteLength(name)).toBe(249);
    const r = await run(['--format', 'json', '-o', name, 'a.md'], root);
    expect(r.stderr).toBe('');
    expect(JSON.parse(readFileSync(join(root, name), 'utf8'))[0].errorCount).toBe(1);
    const b = await run(['--write-baseline', name.replace('.json', '.b'), 'a.md'], root);
    expect(b.code).toBe(0);
    expect(leftovers(root)).toEqual([]);
  });

  it('keeps the permissions of the file it replaces', async () => {
    const root = tempTree({ 'a.md': BAD_TRANSFER, 'report.txt': 'old' });
    chmodSync(join(root, 'report.txt'), 0o640);
    await run(['-o', 'report.txt', 'a.md'], root);
    expect(statSync(join(root, 'report.txt')).mode & 0o777).toBe(0o640);
    expect(readFileSync(join(root, 'report.txt'), 'utf8')).toContain('sum-mismatch');
  });
});
