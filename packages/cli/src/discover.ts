import { readdirSync, statSync, type Dirent } from 'node:fs';
import { dirname, extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { globSync, isDynamicPattern } from 'tinyglobby';
import { ConfigLoadError, describeFsError, IgnoreMatcher, type ConfigLoader, type EffectiveConfig } from '@budgetlint/core/node';

export interface DiscoveredFile {
  /** Absolute path. */
  path: string;
  /** Relative to cwd, with forward slashes: what baselines and shards key on. */
  rel: string;
}

export interface Discovery {
  files: DiscoveredFile[];
  /** One line per problem, without the `budgetlint: ` prefix. */
  errors: string[];
  /** Files named explicitly but ignored: one line each, printed as warnings. */
  warnings: string[];
}

export interface DiscoverOptions {
  cwd: string;
  loader: ConfigLoader;
  /** Fail when a directory or glob yields no file (default true). */
  errorOnUnmatchedPattern?: boolean;
  /** Ignore files, --ignore-pattern, config `ignores`; default: the ignore files and configs under cwd. */
  ignore?: IgnoreMatcher;
}

const SKIP_DIRS = new Set(['node_modules']);

/** Word keeps `~$name.docx` owner files beside open documents; they are not drafts. */
const isLockFile = (name: string) => name.startsWith('~$') || name.startsWith('.~lock.');

export const toPosix = (p: string) => (sep === '/' ? p : p.split(sep).join('/'));

export function relPath(cwd: string, abs: string): string {
  return toPosix(relative(cwd, abs)) || '.';
}

/** Code-unit order: the same on every machine and locale. */
export const compareStrings = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Expands the command line's paths, directories and globs into the sorted,
 * de-duplicated list of files to lint.
 * - a file named explicitly is linted whatever its extension, unless it is
 *   ignored: then it is skipped with a warning (as ESLint does);
 * - a directory contributes its files with the configured extensions,
 *   recursively, skipping node_modules, dot-folders and ignored paths
 *   (config `ignores`, `.budgetlintignore`, `--ignore-pattern`);
 * - a glob contributes its matches, filtered the same way (unless the glob
 *   itself names an extension, as in `drafts/*.text`).
 */
export function discover(patterns: readonly string[], opts: DiscoverOptions): Discovery {
  const { cwd, loader } = opts;
  const errorOnUnmatched = opts.errorOnUnmatchedPattern ?? true;
  const found = new Map<string, DiscoveredFile>();
  const errors = new Set<string>();
  const warnings: string[] = [];
  const ignore = opts.ignore ?? new IgnoreMatcher({ cwd });

  const configFor = (dir: string): EffectiveConfig | null => {
    try {
      return loader.forDirectory(dir);
    } catch (e) {
      if (e instanceof ConfigLoadError) {
        for (const l of e.lines) errors.add(l);
        return null;
      }
      throw e;
    }
  };
  /** Accepts a file found by walking or globbing, if its config wants it. */
  const consider = (abs: string, checkExtension: boolean) => {
    const dir = resolve(abs, '..');
    const eff = configFor(dir);
    if (!eff) return false;
    if (checkExtension && !eff.config.extensions.includes(extname(abs).toLowerCase())) return false;
    if (ignore.ignores(abs, eff)) return false;
    add(abs);
    return true;
  };
  const add = (abs: string) => {
    if (!found.has(abs)) found.set(abs, { path: abs, rel: relPath(cwd, abs) });
  };

  const walk = (dir: string): number => {
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (e) {
      errors.add(`${relPath(cwd, dir)}: ${describeFsError(e)}`);
      return 0;
    }
    entries.sort((a, b) => compareStrings(a.name, b.name));
    const eff = configFor(dir);
    if (!eff) return 0;
    let n = 0;
    for (const e of entries) {
      const abs = join(dir, e.name);
      let isDir = e.isDirectory();
      let isFile = e.isFile();
      if (e.isSymbolicLink()) {
        // Follow links to files; never follow links to directories (no cycles).
        try {
          isFile = statSync(abs).isFile();
        } catch {
          isFile = false;
        }
        isDir = false;
      }
      if (isDir) {
        if (e.name.startsWith('.') || SKIP_DIRS.has(e.name) || ignore.ignores(abs, eff, true)) continue;
        n += walk(abs);
      } else if (isFile && !isLockFile(e.name)) {
        if (consider(abs, true)) n++;
      }
    }
    return n;
  };

  for (const pattern of patterns) {
    const abs = resolve(cwd, pattern);
    let stat: ReturnType<typeof statSync> | undefined;
    let statError: unknown;
    try {
      stat = statSync(abs);
    } catch (e) {
      statError = e;
    }
    if (stat?.isFile()) {
      const eff = configFor(dirname(abs));
      const why = eff ? ignore.reason(abs, eff) : undefined;
      if (why) warnings.push(`warning: ${relPath(cwd, abs)}: file ignored because of a matching ignore pattern (${why}); use --no-ignore to lint it`);
      else add(abs);
    } else if (stat?.isDirectory()) {
      const before = errors.size;
      const why = abs !== cwd ? ignore.reason(abs, configFor(abs) ?? undefined, true) : undefined;
      if (why) {
        warnings.push(`warning: ${relPath(cwd, abs)}: folder ignored because of a matching ignore pattern (${why}); use --no-ignore to lint it`);
        continue;
      }
      const n = walk(abs);
      if (n === 0 && errorOnUnmatched && errors.size === before) {
        const eff = configFor(abs);
        const exts = eff ? eff.config.extensions.join(' ') : '';
        errors.add(`${pattern}: no files to lint in this directory (extensions: ${exts})`);
      }
    } else if (stat) {
      errors.add(`${pattern}: not a regular file or directory`);
    } else if (isDynamicPattern(pattern)) {
      const n = expandGlob(pattern);
      if (n === 0 && errorOnUnmatched) errors.add(`${pattern}: no files match this pattern`);
    } else {
      const code = (statError as NodeJS.ErrnoException | undefined)?.code;
      errors.add(`${pattern}: ${code === 'ENOENT' || code === 'ENOTDIR' ? 'no such file or directory' : describeFsError(statError)}`);
    }
  }

  function expandGlob(pattern: string): number {
    const { base, rest } = splitGlob(pattern);
    const root = resolve(cwd, base);
    // A glob that names its own extension ("*.text") asks for exactly those files.
    const namesExtension = /\.[A-Za-z0-9]+$/.test(rest);
    let hits: string[];
    try {
      hits = globSync(rest, { cwd: root, absolute: true, onlyFiles: true, dot: false, ignore: ['**/node_modules/**'] });
    } catch {
      hits = [];
    }
    let n = 0;
    for (const h of hits.map((p) => resolve(p)).sort(compareStrings)) {
      const name = h.slice(h.lastIndexOf(sep) + 1);
      if (isLockFile(name)) continue;
      if (consider(h, !namesExtension)) n++;
    }
    return n;
  }

  const files = [...found.values()].sort((a, b) => compareStrings(a.rel, b.rel));
  return { files, errors: [...errors], warnings };
}

/** Splits `a/b/**\/*.md` into the static base `a/b` and the glob `**\/*.md`. */
export function splitGlob(pattern: string): { base: string; rest: string } {
  const normalized = pattern.replace(/\\(?![*?[\]{}()!])/g, '/');
  const parts = normalized.split('/');
  const baseParts: string[] = [];
  let i = 0;
  for (; i < parts.length - 1; i++) {
    if (isDynamicPattern(parts[i])) break;
    baseParts.push(parts[i]);
  }
  let base = baseParts.join('/');
  if (base === '' && isAbsolute(normalized)) base = '/';
  return { base: base || '.', rest: parts.slice(i).join('/') };
}
