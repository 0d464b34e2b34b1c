// Builds packages/web/dist/index.html: one file holding the page, its styles
// and the whole checker (core, rules, the CLI's .txt/.md/.docx readers), so it
// works opened from disk (file://) or from any static host, with no network.
// Run by the root `pnpm build` (scripts/build.mjs) or on its own: node packages/web/build.mjs
import { build } from 'esbuild';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

/**
 * The CLI's readers are written for Node; in the browser bundle:
 * - node:zlib (the .docx zip-bomb guard) → a pako-based inflateRawSync with the same output limit;
 * - iconv-lite (GB18030 text) → the browser's TextDecoder;
 * - mammoth's zip opener takes the bytes as the CLI hands them ({ buffer }) as well as { arrayBuffer },
 *   and an opened archive ({ file }: the CLI's .docx reader reads the zip itself, docx.ts).
 * Anything else that asks for a Node built-in fails the build, so nothing Node-only slips in silently.
 */
const browserShims = {
  name: 'budgetlint-browser-shims',
  setup(b) {
    b.onResolve({ filter: /^(node:)?zlib$/ }, () => ({ path: join(here, 'src/shims/zlib.ts') }));
    b.onResolve({ filter: /^iconv-lite$/ }, () => ({ path: join(here, 'src/shims/iconv-lite.ts') }));
    b.onLoad({ filter: /[\\/]mammoth[\\/]browser[\\/]unzip\.js$/ }, (args) => ({
      resolveDir: dirname(args.path),
      loader: 'js',
      contents: `var promises = require("../lib/promises");
var zipfile = require("../lib/zipfile");
exports.openZip = function openZip(options) {
  if (options.file) return promises.resolve(options.file);
  var bytes = options.arrayBuffer || options.buffer;
  return bytes ? promises.resolve(zipfile.openArrayBuffer(bytes)) : promises.reject(new Error("Could not find file in options"));
};`,
    }));
    // PDF: pdf.js's worker as text (run from a blob: URL) and the CMaps of Chinese (GB) fonts as base64.
    b.onResolve({ filter: /^budgetlint:pdf-(worker|cmaps)$/ }, (args) => ({ path: args.path, namespace: 'budgetlint' }));
    // A classic script, not the module pdf.js ships: Chromium refuses module workers from blob: URLs on a file:// page.
    b.onLoad({ filter: /^budgetlint:pdf-worker$/, namespace: 'budgetlint' }, async () => {
      const worker = await build({
        entryPoints: [join(pdfjsDir(), 'legacy/build/pdf.worker.mjs')],
        bundle: true,
        write: false,
        platform: 'browser',
        format: 'iife',
        target: TARGET,
        minify: true,
        legalComments: 'none',
        // import.meta.url only locates the image-decoding wasm, which the page turns off (useWasm: false).
        logOverride: { 'empty-import-meta': 'silent' },
      });
      return { contents: worker.outputFiles[0].text, loader: 'text' };
    });
    b.onLoad({ filter: /^budgetlint:pdf-cmaps$/, namespace: 'budgetlint' }, () => {
      const dir = join(pdfjsDir(), 'cmaps');
      const maps = {};
      for (const f of readdirSync(dir)) {
        if (CHINESE_CMAP.test(f)) maps[f.replace(/\.bcmap$/, '')] = readFileSync(join(dir, f)).toString('base64');
      }
      return { contents: JSON.stringify(maps), loader: 'json' };
    });
    b.onResolve({ filter: /^node:/ }, (args) => ({
      errors: [{ text: `${args.path} is a Node built-in, imported from ${args.importer}: the web page cannot use it` }],
    }));
  },
};

const TARGET = ['chrome100', 'firefox100', 'safari15', 'edge100'];
const require = createRequire(import.meta.url);
const pdfjsDir = () => dirname(require.resolve('pdfjs-dist/package.json'));
/** The predefined CMaps of simplified-Chinese fonts (GB 2312, GBK, GB 18030, Unicode); other scripts' are left out. */
const CHINESE_CMAP = /^(Adobe-GB1-.*|GB.*|UniGB-.*)\.bcmap$/;

/** Inline script text must not end its <script> element early or open an HTML comment. */
export function inlineScript(js) {
  // \x3C and \/ mean the same inside strings, templates and regular expressions (with or without the u flag).
  return js.replace(/<\/(script)/gi, '<\\/$1').replace(/<(!--|script)/gi, '\\x3C$1');
}

export async function buildWeb({ outdir = join(here, 'dist'), minify = true } = {}) {
  const result = await build({
    entryPoints: [join(here, 'src/main.ts')],
    bundle: true,
    write: false,
    platform: 'browser',
    format: 'iife',
    target: TARGET,
    charset: 'utf8',
    minify,
    legalComments: 'none',
    logLevel: 'warning',
    define: { 'process.env.NODE_ENV': '"production"', global: 'globalThis' },
    plugins: [browserShims],
  });
  const js = result.outputFiles[0].text;
  const css = readFileSync(join(here, 'src/style.css'), 'utf8');
  const template = readFileSync(join(here, 'src/index.html'), 'utf8');
  if (!template.includes('/*STYLE*/') || !template.includes('/*SCRIPT*/')) throw new Error('packages/web/src/index.html lost its /*STYLE*/ or /*SCRIPT*/ slot');
  // Functions, not strings, as replacements: the bundle is full of `$&`-like sequences.
  const html = template.replace('/*STYLE*/', () => css).replace('/*SCRIPT*/', () => inlineScript(js));
  mkdirSync(outdir, { recursive: true });
  const file = join(outdir, 'index.html');
  writeFileSync(file, html);
  return { file, bytes: Buffer.byteLength(html) };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { file, bytes } = await buildWeb();
  console.log(`${file}: ${(bytes / 1024).toFixed(0)} KiB`);
}
