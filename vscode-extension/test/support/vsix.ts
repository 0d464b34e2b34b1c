// Builds the .vsix when it is missing or older than the sources it bundles.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const extensionDir = join(dirname(fileURLToPath(import.meta.url)), '../..');
export const repoRoot = dirname(extensionDir);
const { version } = JSON.parse(readFileSync(join(extensionDir, 'package.json'), 'utf8')) as { version: string };
export const vsixPath = join(extensionDir, `budgetlint-${version}.vsix`);

function newest(dir: string): number {
  let t = 0;
  if (!existsSync(dir)) return t;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.name === 'node_modules' || e.name === 'dist' || e.name === 'test') continue;
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Runs scripts/package.mjs (what `pnpm --dir vscode-extension package` runs) unless the
 * .vsix is up to date, under a lock so parallel test files never read a half-written one.
 * `out`: package there instead (always rebuilt). `copyTo`: copy the result there while locked.
 */
export async function ensureVsix(opts: { out?: string; copyTo?: string } = {}): Promise<{ path: string; output: string }> {
  const target = opts.out ?? vsixPath;
  const sources = [extensionDir, join(repoRoot, 'packages/language-server/src'), join(repoRoot, 'packages/core/src'), join(repoRoot, 'packages/cli/src/inputs'), join(repoRoot, 'rules')];
  const stale = () => !!opts.out || !existsSync(target) || Math.max(...sources.map(newest)) > statSync(target).mtimeMs;
  const lock = join(extensionDir, '.package-lock-dir');
  for (let i = 0; ; i++) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      // A lock left by a killed run: older than any packaging takes.
      if (i % 50 === 0 && existsSync(lock) && Date.now() - statSync(lock).mtimeMs > 180_000) rmdirSync(lock);
      if (i > 1800) throw new Error(`${lock} held for 3 minutes`);
      await sleep(100);
    }
  }
  try {
    let output = '(up to date)';
    if (stale()) {
      const args = [join(extensionDir, 'scripts/package.mjs'), ...(opts.out ? ['--out', opts.out] : [])];
      const r = spawnSync(process.execPath, args, { cwd: extensionDir, encoding: 'utf8', timeout: 120_000 });
      output = `${r.stdout}\n${r.stderr}`;
      if (r.status !== 0) throw new Error(`packaging failed (${r.status}):\n${output}`);
    }
    if (opts.copyTo) copyFileSync(target, opts.copyTo);
    return { path: opts.copyTo ?? target, output };
  } finally {
    rmdirSync(lock);
  }
}
