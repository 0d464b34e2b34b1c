#!/usr/bin/env node
// The root package's `postinstall`, for installs that go through npm instead
// of pnpm: pre-commit's `language: node` runs `npm install`, then `npm pack`
// and `npm install -g <tarball>` in a clone of this repository. On that first
// `npm install` this installs the pnpm workspace and builds the bundle that
// the `budgetlint` bin runs (packages/cli/dist/budgetlint.js, self-contained,
// listed in "files" with this script). It is not a `prepare` script because
// pre-commit reads the tarball's name from `npm pack`'s stdout, where npm
// prints the banner of every script it runs. Under pnpm (developers, CI) and
// wherever the bundle already exists (the installed tarball) it does nothing.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const agent = process.env.npm_config_user_agent ?? '';
if (agent.startsWith('pnpm/')) process.exit(0);
if (existsSync(`${root}/packages/cli/dist/budgetlint.js`)) process.exit(0);

const run = (cmd, args) => execFileSync(cmd, args, { cwd: root, stdio: ['ignore', 2, 2] });
if (!existsSync(`${root}/packages/cli/node_modules`)) {
  run('npx', ['--yes', 'pnpm@12', 'install', '--frozen-lockfile', '--config.confirmModulesPurge=false']);
}
run(process.execPath, ['scripts/build.mjs']);
