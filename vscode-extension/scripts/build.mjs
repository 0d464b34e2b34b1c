// Bundles the extension (CommonJS, `vscode` left to the host) and the language
// server into dist/, so the .vsix carries everything it runs.
// Run directly (`node scripts/build.mjs`) or imported by the repository's scripts/build.mjs.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const here = dirname(dirname(fileURLToPath(import.meta.url)));
const root = dirname(here);

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: false,
  minify: true,
  keepNames: true,
  logLevel: 'warning',
  legalComments: 'none',
};

await build({
  ...common,
  entryPoints: [join(here, 'src/extension.ts')],
  outfile: join(here, 'dist/extension.js'),
  external: ['vscode'],
});

// The server, as CommonJS: the extension package is not "type": "module", so an ESM bundle here would not load.
await build({
  ...common,
  entryPoints: [join(root, 'packages/language-server/src/main.ts')],
  outfile: join(here, 'dist/server.js'),
});
