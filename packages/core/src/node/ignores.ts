import { readFileSync } from 'node:fs';
import { dirname, isAbsolute, join, parse as parsePath, relative, resolve, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import picomatch from 'picomatch';
import { displayPath, type EffectiveConfig } from './config-loader.ts';

/** gitignore-syntax file of paths not to lint, applying to its folder and below. */
export const IGNORE_FILE_NAME = '.budgetlintignore';

export interface IgnoreOptions {
  cwd: string;
  /** --ignore-pattern: gitignore syntax, relative to cwd. */
  patterns?: readonly string[];
  /** false: --no-ignore, lint everything asked for. */
  enabled?: boolean;
}

const toPosix = (p: string) => (sep === '/' ? p : p.split(sep).join('/'));

/** `abs` relative to `base`, or undefined when it is not inside it. */
function inside(base: string, abs: string): string | undefined {
  const rel = relative(base, abs);
  if (!rel || rel.startsWith('..') || isAbsolute(rel)) return undefined;
  return toPosix(rel);
}

/**
 * Decides whether a path is ignored, the same way for the CLI and the language
 * server: by the config's `ignores` (globs relative to the config file), by
 * every `.budgetlintignore` in the file's folder and above (each relative to
 * its own folder), and by `--ignore-pattern`. Folders are tested with a
 * trailing slash so gitignore's `old/` means the folder.
 */
export class IgnoreMatcher {
  private readonly fileCache = new Map<string, Ignore | null>();
  private readonly chainCache = new Map<string, ReadonlyArray<{ dir: string; ig: Ignore }>>();
  private readonly globCache = new Map<EffectiveConfig, (rel: string) => boolean>();
  private readonly cli?: Ignore;

  constructor(private readonly opts: IgnoreOptions) {
    if (opts.patterns?.length) this.cli = ignore().add([...opts.patterns]);
  }

  /** Why `abs` is not linted (a short phrase naming the pattern's source), or undefined. */
  reason(abs: string, eff: EffectiveConfig | undefined, isDir = false): string | undefined {
    if (this.opts.enabled === false) return undefined;
    const slash = isDir ? '/' : '';
    if (this.cli) {
      const rel = inside(this.opts.cwd, abs);
      if (rel && this.cli.ignores(rel + slash)) return '--ignore-pattern';
    }
    for (const { dir: d, ig } of this.ignoreFilesAbove(isDir ? abs : dirname(abs))) {
      const rel = inside(d, abs);
      if (rel && ig.ignores(rel + slash)) return displayPath(this.opts.cwd, join(d, IGNORE_FILE_NAME));
    }
    if (eff?.config.ignores.length) {
      const rel = inside(eff.baseDir, abs);
      if (rel) {
        let match = this.globCache.get(eff);
        if (!match) {
          match = picomatch([...eff.config.ignores], { dot: true });
          this.globCache.set(eff, match);
        }
        // A glob naming a folder ("archive/**" or "archive") covers what is in it.
        const parts = rel.split('/');
        for (let i = parts.length; i > 0; i--) {
          if (match(parts.slice(0, i).join('/'))) {
            return `"ignores" in ${eff.file ? displayPath(this.opts.cwd, eff.file) : 'the configuration'}`;
          }
        }
      }
    }
    return undefined;
  }

  ignores(abs: string, eff: EffectiveConfig | undefined, isDir = false): boolean {
    return this.reason(abs, eff, isDir) !== undefined;
  }

  /**
   * The ignore files of a folder and the folders above it, nearest first. Kept per folder: a
   * folder's hundreds of drafts would otherwise each walk up to the root, resolving every step.
   */
  private ignoreFilesAbove(dir: string): ReadonlyArray<{ dir: string; ig: Ignore }> {
    let chain = this.chainCache.get(dir);
    if (chain) return chain;
    const ig = this.ignoreFile(dir);
    const up = dirname(dir);
    const above = dir === parsePath(dir).root || up === dir ? [] : this.ignoreFilesAbove(up);
    chain = ig ? [{ dir, ig }, ...above] : above;
    this.chainCache.set(dir, chain);
    return chain;
  }

  private ignoreFile(dir: string): Ignore | null {
    const d = resolve(dir);
    let ig = this.fileCache.get(d);
    if (ig !== undefined) return ig;
    ig = null;
    try {
      const text = readFileSync(join(d, IGNORE_FILE_NAME), 'utf8').replace(/^\uFEFF/, '');
      ig = ignore().add(text);
    } catch {
      /* no ignore file here (or unreadable: nothing to honour) */
    }
    this.fileCache.set(d, ig);
    return ig;
  }
}

/** A matcher for `/`-separated relative paths against globs (dot files included), as the config's `ignores` are matched. */
export function globMatcher(globs: readonly string[]): (relPath: string) => boolean {
  return picomatch([...globs], { dot: true });
}
