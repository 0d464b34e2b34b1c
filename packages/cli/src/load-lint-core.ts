// Loads the linter itself (lint-core.ts) with V8's code cache, as v8-compile-cache did.
//
// Every run compiles the same 0.8 MB of linter and then compiles, lazily, the functions a lint
// calls: a third of the CPU a one-document run spends beyond Node's own start. Node 20 has no
// compile cache for ES modules (module.enableCompileCache came in 22), so the build writes the
// linter as one CommonJS file (dist/lint-core.cjs) and this module compiles it with vm.Script,
// handing V8 the code it serialised after an earlier run (dist/lint-core.cjs.v8cache): the
// functions that run compiled then come back without being parsed or compiled again.
//
// The cache cannot make a run wrong. Its first 32 bytes are the SHA-256 of the source it was
// made from, so a rebuilt bundle ignores it (V8's own check compares only the source's length).
// The build writes that digest into the rule catalogue beside the bundle (rules.json, with the
// bundle's size); a run takes it from there and hashes the bundle itself only when the catalogue
// is missing or of another size, so a plain run does not load node:crypto;
// V8 rejects data from another V8 version or other flags; a missing, unreadable or rejected
// cache is compiled the ordinary way and written again after the run, atomically (a temporary
// name and a rename). When the bundle's folder cannot be written (installed by root), the cache
// goes to the user's own cache folder (~/.cache/budgetlint, or $XDG_CACHE_HOME), never to a shared
// one such as /tmp, where another user could plant code. BUDGETLINT_NO_CODE_CACHE=1 turns it off
// (to measure it, or to rule it out).
import { isAscii } from 'node:buffer';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { basename, dirname, isAbsolute, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import { lazyBuiltin } from '@budgetlint/core/node';
import { applyTiering } from './tiering.ts';

const crypto = lazyBuiltin<typeof import('node:crypto')>('node:crypto');

export type LintCore = typeof import('./lint-core.ts');

const HASH_BYTES = 32;

interface Loaded {
  core: LintCore;
  /** Set when the cache was missing or rejected: the script to serialise after the run. */
  script?: vm.Script;
  cacheFiles?: string[];
  hash?: Buffer;
}

/** Where the cache may be: beside the bundle, then in the user's cache folder. */
export function cacheFiles(file: string, env: Record<string, string | undefined>): string[] {
  const out = [`${file}.v8cache`];
  const base = env.XDG_CACHE_HOME && isAbsolute(env.XDG_CACHE_HOME) ? env.XDG_CACHE_HOME : env.HOME || homedir() ? join(env.HOME || homedir(), '.cache') : undefined;
  if (base) out.push(join(base, 'budgetlint', 'lint-core.v8cache'));
  return out;
}

let loading: Promise<Loaded> | undefined;
let loaded: LintCore | undefined;
/** Whether this thread linted anything: a cache made before any lint would hold little. */
let linted = false;

/** Called by each lint in this thread. */
export function noteLint(): void {
  linted = true;
}

/** The built lint-core.cjs beside this bundle (dist/ or dist/chunks/); undefined from source. */
export function lintCoreScript(): string | undefined {
  for (const rel of ['./lint-core.cjs', '../lint-core.cjs']) {
    try {
      const file = fileURLToPath(new URL(rel, import.meta.url));
      if (/[\\/]dist[\\/]/.test(file) && existsSync(file)) return file;
    } catch {
      /* not a file: URL */
    }
  }
  return undefined;
}

/** A rule as the catalogue beside the built linter describes it (scripts/build.mjs writeRuleCatalogue). */
export interface RuleCatalogueEntry {
  id: string;
  family: string;
  title?: string;
  description: string;
  defaultSeverity: 'error' | 'warning' | 'info';
  docsUrl: string;
  defaults: object;
}

/**
 * The rules of the built linter without loading it: a warm --cache run needs their ids, default
 * severities and options (the config, the cache key) and titles (the report), not the rules.
 * Undefined from source, or when the catalogue is missing, damaged or of another build.
 */
export function ruleCatalogue(): RuleCatalogueEntry[] | undefined {
  const file = lintCoreScript();
  const rules = file ? catalogue(file, statSync(file).size)?.rules : undefined;
  return Array.isArray(rules) && rules.every((r: RuleCatalogueEntry) => r && typeof r.id === 'string' && typeof r.defaultSeverity === 'string') ? rules : undefined;
}

/** rules.json beside `bundle`, when it was written for a bundle of `size` bytes. */
function catalogue(bundle: string, size: number): { bundleSha256?: unknown; rules?: unknown } | undefined {
  try {
    const data = JSON.parse(readFileSync(join(dirname(bundle), 'rules.json'), 'utf8')) as { bundleBytes?: unknown; bundleSha256?: unknown; rules?: unknown };
    return data.bundleBytes === size ? data : undefined;
  } catch {
    return undefined;
  }
}

/** The SHA-256 of the bundle's bytes: the build's, or computed when the catalogue cannot give it. */
function bundleDigest(file: string, bytes: Buffer): Buffer {
  const written = catalogue(file, bytes.length)?.bundleSha256;
  if (typeof written === 'string' && /^[0-9a-f]{64}$/.test(written)) return Buffer.from(written, 'hex');
  return crypto().createHash('sha256').update(bytes).digest();
}

/** The linter: compiled from dist/lint-core.cjs with the code cache when built, else imported from source. */
export function loadLintCore(env: Record<string, string | undefined> = process.env): Promise<LintCore> {
  loading ??= load(env);
  return loading.then((l) => (loaded = l.core));
}

/** The linter once loadLintCore() has resolved in this thread. */
export function loadedLintCore(): LintCore {
  if (!loaded) throw new Error('the linter is not loaded yet (await loadLintCore() first)');
  return loaded;
}

async function load(env: Record<string, string | undefined>): Promise<Loaded> {
  const file = lintCoreScript();
  if (!file) return { core: await import('./lint-core.ts') };
  await applyTiering();
  // The build writes the bundle in ASCII (scripts/build.mjs): read as Latin-1 it is a one-byte
  // string without a UTF-8 decode, and the hash is of its bytes, not of the string re-encoded.
  const bytes = readFileSync(file);
  const source = bytes.toString(isAscii(bytes) ? 'latin1' : 'utf8');
  const useCache = !env.BUDGETLINT_NO_CODE_CACHE;
  const files = cacheFiles(file, env);
  const hash = useCache ? bundleDigest(file, bytes) : undefined;
  let cachedData: Buffer | undefined;
  for (const cacheFile of hash ? files : []) {
    try {
      const bytes = readFileSync(cacheFile);
      if (bytes.length > HASH_BYTES && bytes.subarray(0, HASH_BYTES).equals(hash!)) {
        cachedData = bytes.subarray(HASH_BYTES);
        break;
      }
    } catch {
      /* not there */
    }
  }
  // The CommonJS wrapper on the source's first line keeps every line number as in the file.
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, { filename: file, cachedData });
  const module = { exports: {} as LintCore };
  (script.runInThisContext() as (...a: unknown[]) => void).call(module.exports, module.exports, createRequire(file), module, file, dirname(file));
  const stale = hash && (cachedData === undefined || script.cachedDataRejected === true);
  return { core: module.exports, ...(stale ? { script, cacheFiles: files, hash } : {}) };
}

/**
 * Writes the code cache when this run had none (or a rejected one). Called after the lint, so
 * the functions the lint compiled are in it. Never throws: a cache is only ever a saving.
 */
export async function saveLintCoreCache(): Promise<boolean> {
  if (!loading || !linted) return false;
  const l = await loading.catch(() => undefined);
  if (!l?.script || !l.cacheFiles || !l.hash) return false;
  const { script, cacheFiles: files, hash } = l;
  l.script = undefined;
  const data = Buffer.concat([hash, script.createCachedData()]);
  for (const cacheFile of files) {
    const tmp = join(dirname(cacheFile), `.${basename(cacheFile)}.${process.pid}.${Math.random().toString(36).slice(2, 8)}.tmp`);
    try {
      if (cacheFile !== files[0]) mkdirSync(dirname(cacheFile), { recursive: true, mode: 0o700 });
      // Beside the bundle, readable like the bundle; in the user's folder, the user's alone.
      writeFileSync(tmp, data, { mode: cacheFile === files[0] ? 0o644 : 0o600 });
      renameSync(tmp, cacheFile);
      return true;
    } catch {
      // force ignores a missing file, not a folder the user may not even look into (HOME of another user: EACCES).
      try {
        rmSync(tmp, { force: true });
      } catch {
        /* nothing was written there */
      }
    }
  }
  return false;
}
