#!/usr/bin/env node
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const bundle = fileURLToPath(new URL('../dist/budgetlint.js', import.meta.url));
if (!existsSync(bundle)) {
  process.stderr.write('budgetlint: the CLI is not built yet; run `pnpm build` in the repository first\n');
  process.exit(2);
}
await import(bundle);
