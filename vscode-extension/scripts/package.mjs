// Builds and packages the extension into budgetlint-<version>.vsix, offline
// (no dependency install: everything is bundled in dist/).
//   node scripts/package.mjs [--out FILE]
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const here = dirname(dirname(fileURLToPath(import.meta.url)));
const { values } = parseArgs({ options: { out: { type: 'string' } } });
await import('./build.mjs');

// @vscode/vsce is a devDependency of the workspace root.
const require = createRequire(join(dirname(here), 'package.json'));
const vsce = join(dirname(require.resolve('@vscode/vsce/package.json')), 'vsce');
const { version } = JSON.parse(readFileSync(join(here, 'package.json'), 'utf8'));
const out = values.out ? resolve(values.out) : join(here, `budgetlint-${version}.vsix`);
const r = spawnSync(process.execPath, [vsce, 'package', '--no-dependencies', '--out', out], {
  cwd: here,
  stdio: ['ignore', 'inherit', 'inherit'],
});
if (r.status !== 0) process.exit(r.status ?? 1);
console.log(out);
