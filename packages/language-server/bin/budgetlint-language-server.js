#!/usr/bin/env node
// Starts the bundled language server (built by `pnpm build` into ../dist/server.js).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dist = new URL('../dist/server.js', import.meta.url);
if (!existsSync(fileURLToPath(dist))) {
  process.stderr.write(
    `budgetlint-language-server: ${fileURLToPath(dist)} is missing.\n` +
      'Build it first: run `pnpm build` (or `node scripts/build.mjs`) in the repository root.\n',
  );
  process.exit(2);
}
await import(dist.href);
