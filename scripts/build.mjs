// Bundles the CLI and the language server with esbuild, so start-up reads a few modules
// instead of resolving hundreds. The CLI is split (dist/budgetlint.js, dist/lint-worker.js and
// shared chunks in dist/chunks/): its dynamic import()s become chunks loaded only by the runs
// that need them, so `--version` compiles a few kilobytes, not the Word reader, the GB18030
// tables and the config schema (see packages/cli/src/run.ts).
import { build } from 'esbuild';
import { existsSync, rmSync } from 'node:fs';

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  sourcemap: 'linked',
  logLevel: 'warning',
  legalComments: 'none',
  // CommonJS dependencies bundled into ESM still call require() for Node built-ins.
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
};

// Chunks are named by content hash: clear the old ones so dist/ holds one build.
rmSync('packages/cli/dist/chunks', { recursive: true, force: true });
const targets = [
  {
    entryPoints: { budgetlint: 'packages/cli/src/main.ts', 'lint-worker': 'packages/cli/src/lint-worker.ts' },
    outdir: 'packages/cli/dist',
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
  },
  { entryPoints: ['packages/language-server/src/main.ts'], outfile: 'packages/language-server/dist/server.js' },
];
for (const t of targets) {
  const entries = Array.isArray(t.entryPoints) ? t.entryPoints : Object.values(t.entryPoints);
  if (!existsSync(entries[0])) continue;
  await build({ ...common, ...t });
}
if (existsSync('vscode-extension/scripts/build.mjs')) await import('../vscode-extension/scripts/build.mjs');
