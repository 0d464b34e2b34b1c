// Bundles the CLI and the language server with esbuild: one file each, so
// start-up reads one module instead of resolving hundreds.
import { build } from 'esbuild';
import { existsSync } from 'node:fs';

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

const targets = [
  { entryPoints: ['packages/cli/src/main.ts'], outfile: 'packages/cli/dist/budgetlint.js' },
  { entryPoints: ['packages/language-server/src/main.ts'], outfile: 'packages/language-server/dist/server.js' },
];
for (const t of targets) {
  if (!existsSync(t.entryPoints[0])) continue;
  await build({ ...common, ...t });
}
if (existsSync('vscode-extension/scripts/build.mjs')) await import('../vscode-extension/scripts/build.mjs');
