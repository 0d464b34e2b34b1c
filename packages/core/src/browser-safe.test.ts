import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * The checker runs in the web page as it runs in Node (packages/web bundles core and the rules). A Node
 * global read in the reading code (a debug line behind `process.env.X`) throws a ReferenceError in the
 * browser; the extractor's failure is caught, so the page silently misses that extractor's findings
 * while the CLI reports them. Only src/node/ (the CLI's and server's file access) may use Node.
 */
const ROOT = join(import.meta.dirname, '../../..');
const NODE_GLOBAL = /\b(?:process\s*\.|Buffer\s*\.|require\s*\(|__dirname|__filename|setImmediate\s*\()|\bconsole\.(?:log|debug|info|warn|error)\s*\(/;

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'node' || e.name === 'node_modules' || e.name === 'test' ? [] : sources(p);
    return /\.ts$/.test(e.name) && !/\.(?:test|bench)\.ts$/.test(e.name) ? [p] : [];
  });
}

/** Comments and string literals may name Node's globals; only code is checked. */
function code(src: string): string {
  return src.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:\\])\/\/.*$/gm, '$1').replace(/'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"/g, "''");
}

describe('the code the web page bundles uses no Node global', () => {
  const files = [...sources(join(ROOT, 'packages/core/src')), ...sources(join(ROOT, 'rules'))];
  it('finds the sources', () => expect(files.length).toBeGreaterThan(50));
  it.each(files.map((f) => [relative(ROOT, f), f]))('%s', (_name, file) => {
    const offending = code(readFileSync(file, 'utf8'))
      .split('\n')
      .map((line, i) => ({ line: i + 1, text: line.trim() }))
      .filter((l) => NODE_GLOBAL.test(l.text));
    expect(offending).toEqual([]);
  });
});
