// Bundles the extension (CommonJS, `vscode` left to the host) and the language
// server into dist/, so the .vsix carries everything it runs.
// Run directly (`node scripts/build.mjs`) or imported by the repository's scripts/build.mjs.
import { build } from 'esbuild';
import { cpSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
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
  // The PDF reader finds pdf.js beside its own file: as CommonJS it falls back to __filename (pdf-extract.ts).
  logOverride: { 'empty-import-meta': 'silent' },
});

// pdf.js and its data for Chinese text, beside the server: it reads the PDF drafts the editor shows
// (packages/cli/src/inputs/pdf-extract.ts looks for dist/pdfjs first).
const pdfjs = dirname(createRequire(join(root, 'packages/cli/package.json')).resolve('pdfjs-dist/package.json'));
const out = join(here, 'dist/pdfjs');
mkdirSync(out, { recursive: true });
for (const f of ['pdf.min.mjs', 'pdf.worker.min.mjs']) cpSync(join(pdfjs, 'legacy/build', f), join(out, f));
cpSync(join(pdfjs, 'LICENSE'), join(out, 'LICENSE'));
for (const d of ['cmaps', 'standard_fonts']) cpSync(join(pdfjs, d), join(out, d), { recursive: true });
