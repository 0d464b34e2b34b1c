// Bundles the CLI and the language server with esbuild, so start-up reads a few modules
// instead of resolving hundreds. The CLI is split (dist/budgetlint.js, dist/lint-worker.js and
// shared chunks in dist/chunks/): its dynamic import()s become chunks loaded only by the runs
// that need them, so `--version` compiles a few kilobytes, not the Word reader, the GB18030
// tables and the config schema (see packages/cli/src/run.ts).
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

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
// A code cache of the previous build would be ignored (its hash no longer matches): drop it.
rmSync('packages/cli/dist/lint-core.cjs.v8cache', { force: true });
// Built, the CLI always finds dist/lint-core.cjs; load-lint-core.ts imports lint-core.ts only
// from source. Left to esbuild, that import made the linter a chunk of the ES build too, and
// every module it shares with the CLI's own (the suppressions file, the config types) landed in
// chunks beside the Markdown parser and zod, which a one-file run then compiled without a cache.
const lintCoreOnlyAsScript = {
  name: 'lint-core-only-as-script',
  setup(b) {
    b.onResolve({ filter: /^\.\/lint-core\.ts$/ }, (a) => (a.importer.endsWith('load-lint-core.ts') ? { path: 'lint-core', namespace: 'lint-core-missing' } : undefined));
    b.onLoad({ filter: /.*/, namespace: 'lint-core-missing' }, () => ({
      contents: "throw new Error('dist/lint-core.cjs is missing: run `pnpm build` again');",
      loader: 'js',
    }));
  },
};
const targets = [
  // The CLI's "dependencies" are loaded at run time (the packed tarball carries them); everything else is bundled.
  {
    entryPoints: { budgetlint: 'packages/cli/src/main.ts', 'lint-worker': 'packages/cli/src/lint-worker.ts' },
    outdir: 'packages/cli/dist',
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    external: Object.keys(JSON.parse(readFileSync('packages/cli/package.json', 'utf8')).dependencies ?? {}),
    plugins: [lintCoreOnlyAsScript],
  },
  // The linter itself, once more as one CommonJS file: the CLI compiles it with V8's code cache
  // (packages/cli/src/load-lint-core.ts), which Node 20 offers for scripts, not for ES modules.
  {
    entryPoints: ['packages/cli/src/lint-core.ts'],
    outfile: 'packages/cli/dist/lint-core.cjs',
    format: 'cjs',
    banner: {},
  },
  { entryPoints: ['packages/language-server/src/main.ts'], outfile: 'packages/language-server/dist/server.js' },
];
for (const t of targets) {
  const entries = Array.isArray(t.entryPoints) ? t.entryPoints : Object.values(t.entryPoints);
  if (!existsSync(entries[0])) continue;
  await build({ ...common, ...t });
}
if (existsSync('packages/cli/dist/lint-core.cjs')) {
  asciiOnly('packages/cli/dist/lint-core.cjs');
  writeRuleCatalogue('packages/cli/dist/lint-core.cjs', 'packages/cli/dist/rules.json');
}

/**
 * What a run needs to know of the rules before it lints anything (their ids, severities and
 * default options for the config and the cache key; titles for the report), written beside the
 * linter so that a warm --cache run, which lints nothing, does not load the linter to learn it
 * (packages/cli/src/load-lint-core.ts ruleCatalogue). Taken from the built linter itself.
 */
function writeRuleCatalogue(bundle, out) {
  const { rules } = createRequire(import.meta.url)(join(process.cwd(), bundle));
  const meta = rules.map((r) => ({ id: r.id, family: r.family, title: r.title, description: r.description, defaultSeverity: r.defaultSeverity, docsUrl: r.docsUrl, defaults: r.defaults }));
  const bytes = readFileSync(bundle);
  // The digest heads the bundle's code cache (load-lint-core.ts): written here, a run need not
  // load node:crypto and hash 1.2 MB to know which bundle it compiles.
  writeFileSync(out, `${JSON.stringify({ bundleBytes: bytes.length, bundleSha256: createHash('sha256').update(bytes).digest('hex'), rules: meta })}\n`);
}

/**
 * Writes every non-ASCII character of a built script as a \u escape. esbuild escapes strings
 * but leaves regular expression literals and comments as written, and the lexicon's patterns
 * are Chinese: one such character made the whole 0.8 MB file a UTF-8 decode (10 ms on each
 * start and in each worker) and a two-byte string in V8. An ASCII file is read as Latin-1 in
 * a millisecond (packages/cli/src/load-lint-core.ts). A character after an escaping backslash
 * (\（ in a pattern) is one escape, not a backslash and an escape; the code points are the same.
 */
function asciiOnly(file) {
  const source = readFileSync(file, 'utf8');
  const out = source.replace(/(\\*)([^\x00-\x7f])/g, (_, slashes, c) => {
    const escape = `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
    return slashes.length % 2 ? slashes.slice(1) + escape : slashes + escape;
  });
  if (out !== source) writeFileSync(file, out);
}
// pdf.js stays outside the bundle (it runs in a worker thread, loaded only when a PDF is read):
// its build and the data it needs for Chinese text (cmaps, standard fonts) go beside the CLI bundle,
// where packages/cli/src/inputs/pdf-extract.ts looks first (from dist/ or dist/chunks/), so a packed tarball carries them.
if (existsSync('packages/cli/src/inputs/pdf-extract.ts')) {
  const pdfjs = dirname(createRequire(join(process.cwd(), 'packages/cli/package.json')).resolve('pdfjs-dist/package.json'));
  // The language server reads PDFs with the same reader (packages/language-server/src/extracted.ts).
  for (const out of ['packages/cli/dist/pdfjs', 'packages/language-server/dist/pdfjs']) {
    mkdirSync(out, { recursive: true });
    for (const f of ['pdf.min.mjs', 'pdf.worker.min.mjs']) cpSync(join(pdfjs, 'legacy/build', f), join(out, f));
    cpSync(join(pdfjs, 'LICENSE'), join(out, 'LICENSE'));
    for (const d of ['cmaps', 'standard_fonts']) cpSync(join(pdfjs, d), join(out, d), { recursive: true });
  }
}

// The web page: one self-contained index.html (packages/web/dist).
if (existsSync('packages/web/build.mjs')) await (await import('../packages/web/build.mjs')).buildWeb();
if (existsSync('vscode-extension/scripts/build.mjs')) await import('../vscode-extension/scripts/build.mjs');
