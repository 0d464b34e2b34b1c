#!/usr/bin/env node
// Packs the CLI into an installable npm tarball, budgetlint-<version>.tgz:
//
//   pnpm build && pnpm pack:cli            # writes ./budgetlint-<version>.tgz
//   npm install -g ./budgetlint-*.tgz      # offline: the tarball needs nothing from a registry
//
// The workspace package (@budgetlint/cli) is private and depends on workspace:
// packages, so it is not packed as it is. Instead a package named `budgetlint`
// is staged with the esbuild bundle (dist/budgetlint.js, which already holds
// core, rules and every bundled library) and the bin. Packages the bundle loads
// at run time instead (packages/cli/package.json "dependencies", which the build
// leaves external) travel inside the tarball as bundleDependencies, copied from
// the installed workspace with their own dependencies, so an offline install
// still has them. Adding one is a one-line change to that "dependencies" list.
//
// Options: --out DIR (default: the current folder), --quiet.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const cliDir = fileURLToPath(new URL('..', import.meta.url));
const repoDir = resolve(cliDir, '../..');

function fail(message) {
  process.stderr.write(`pack: ${message}\n`);
  process.exit(2);
}

/** Where `name` resolves from `fromDir` the way Node looks it up (pnpm's symlinks followed). */
function findPackage(fromDir, name) {
  for (let dir = fromDir; ; dir = dirname(dir)) {
    const candidates = [join(dir, 'node_modules', name)];
    if (basename(dir) === 'node_modules') candidates.push(join(dir, name));
    for (const c of candidates) if (existsSync(join(c, 'package.json'))) return realpathSync(c);
    if (dirname(dir) === dir) return undefined;
  }
}

/**
 * Copies `names` (resolved from `fromDir`) and, transitively, their
 * dependencies into stage/node_modules, flat where versions agree, nested where
 * they do not. Optional dependencies are left to npm: they are often
 * platform-specific binaries that must not be shipped from this machine.
 */
function copyRuntimeDependencies(names, fromDir, stage) {
  const placed = new Map(); // name → version at the top level
  const visit = (name, from, into) => {
    const src = findPackage(from, name);
    if (!src) fail(`runtime dependency ${name} is not installed (run pnpm install)`);
    const pkg = JSON.parse(readFileSync(join(src, 'package.json'), 'utf8'));
    let target;
    if (!placed.has(name)) {
      placed.set(name, pkg.version);
      target = join(stage, 'node_modules', name);
    } else if (placed.get(name) === pkg.version) {
      return;
    } else {
      target = join(into, 'node_modules', name);
      if (existsSync(target)) return;
    }
    mkdirSync(dirname(target), { recursive: true });
    cpSync(src, target, { recursive: true, dereference: true, filter: (p) => !p.slice(src.length).split(/[\\/]/).includes('node_modules') });
    for (const dep of Object.keys(pkg.dependencies ?? {})) visit(dep, src, target);
  };
  for (const n of names) visit(n, fromDir, stage);
}

export function pack({ out = process.cwd(), quiet = false, dependencies } = {}) {
  const cli = JSON.parse(readFileSync(join(cliDir, 'package.json'), 'utf8'));
  const bundle = join(cliDir, 'dist/budgetlint.js');
  if (!existsSync(bundle)) fail('packages/cli/dist/budgetlint.js is missing: run `pnpm build` first');
  const runtime = dependencies ?? cli.dependencies ?? {};
  const workspaceDeps = Object.entries(runtime).filter(([, v]) => String(v).startsWith('workspace:'));
  if (workspaceDeps.length) fail(`workspace packages cannot be runtime dependencies of the tarball (bundle them): ${workspaceDeps.map(([n]) => n).join(', ')}`);

  const stage = mkdtempSync(join(tmpdir(), 'budgetlint-pack-'));
  try {
    mkdirSync(join(stage, 'bin'));
    cpSync(join(cliDir, 'bin/budgetlint.js'), join(stage, 'bin/budgetlint.js'));
    // The whole of dist/ (the bundle and any data the build puts beside it), but not the
    // source maps: megabytes that only a debugger reads (the repository's build has them).
    cpSync(join(cliDir, 'dist'), join(stage, 'dist'), { recursive: true, dereference: true, filter: (p) => !p.endsWith('.map') && !p.endsWith('.v8cache') });
    cpSync(join(repoDir, 'README.md'), join(stage, 'README.md'));
    const names = Object.keys(runtime);
    const manifest = {
      name: 'budgetlint',
      version: cli.version,
      description: cli.description ?? 'Consistency linter for Chinese government budget disclosures (预决算公开说明)',
      license: 'MIT',
      type: 'module',
      engines: { node: '>=20' },
      bin: { budgetlint: 'bin/budgetlint.js' },
      files: ['bin/', 'dist/'],
      keywords: ['lint', 'budget', 'chinese', '预算', '决算', 'docx'],
      ...(names.length ? { dependencies: runtime, bundleDependencies: names } : {}),
    };
    writeFileSync(join(stage, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
    if (names.length) copyRuntimeDependencies(names, cliDir, stage);

    mkdirSync(out, { recursive: true });
    // --ignore-scripts: the staged manifest has none, and a user's npmrc must not add any.
    const json = execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', resolve(out)], {
      cwd: stage,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const [info] = JSON.parse(json);
    const file = join(resolve(out), info.filename);
    // Earlier versions' tarballs would make the README's `npm install -g ./budgetlint-*.tgz` install two packages.
    for (const old of readdirSync(resolve(out))) {
      if (old !== info.filename && /^budgetlint-\d+\.\d+\.\d+[-+.\w]*\.tgz$/.test(old)) rmSync(join(resolve(out), old));
    }
    if (!quiet) process.stdout.write(`${file}\n`);
    return { file, files: info.files.map((f) => f.path), size: info.size };
  } finally {
    rmSync(stage, { recursive: true, force: true });
  }
}

if (process.argv[1] && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const at = args.indexOf('--out');
  if (at >= 0 && !args[at + 1]) fail('--out needs a folder');
  pack({ out: at >= 0 ? args[at + 1] : process.cwd(), quiet: args.includes('--quiet') });
}
