// Makes sure dist/server.js is the server built from the current sources, so
// that `npx vitest run packages/language-server` works without `pnpm build`.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '../../../..');
export const serverBin = join(repoRoot, 'packages/language-server/bin/budgetlint-language-server.js');
export const serverDist = join(repoRoot, 'packages/language-server/dist/server.js');

function newestSource(dir: string): number {
  let newest = 0;
  if (!existsSync(dir)) return newest;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.name === 'node_modules' || e.name === 'dist') continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) newest = Math.max(newest, newestSource(p));
    else if (e.name.endsWith('.ts')) newest = Math.max(newest, statSync(p).mtimeMs);
  }
  return newest;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Rebuilds (scripts/build.mjs) when a source is newer than dist/server.js. */
export async function ensureServerBuilt(): Promise<string> {
  const sources = ['packages/language-server/src', 'packages/core/src', 'packages/cli/src/inputs', 'rules'].map((d) => join(repoRoot, d));
  const stale = () => !existsSync(serverDist) || Math.max(...sources.map(newestSource)) > statSync(serverDist).mtimeMs;
  if (!stale()) return serverDist;
  // Test files run in parallel workers: one builds, the others wait.
  const lock = join(repoRoot, 'packages/language-server/.build-lock');
  for (let i = 0; i < 600; i++) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      if (i > 0 && i % 100 === 0 && Date.now() - statSync(lock).mtimeMs > 60_000) rmdirSync(lock);
      await sleep(100);
    }
  }
  try {
    // The project's own build, so the test server is bundled exactly as the shipped one.
    if (stale()) execFileSync(process.execPath, [join(repoRoot, 'scripts/build.mjs')], { cwd: repoRoot, stdio: 'ignore' });
  } finally {
    rmdirSync(lock);
  }
  return serverDist;
}
