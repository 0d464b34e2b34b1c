import { readFileSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, parse as parsePath, relative, resolve, sep } from 'node:path';
import { ConfigError, defaultConfig, mergeConfig, type ConfigInput, type ResolvedConfig, type RuleOptionsSpec } from '../config/index.ts';
/** A command-line severity override (--rule id:severity). */
export interface RuleOverride {
  id: string;
  severity: 'off' | 'warning' | 'error' | 'info';
}
import { describeFsError } from './fs-errors.ts';

export const CONFIG_FILE_NAME = 'budgetlint.config.json';

// The schema that validates a config file is most of the CLI's code by size and most runs
// have no config file: the CLI loads it on demand and installs it here (setConfigParser), and
// a loader that meets a file before then throws SchemaNotLoaded so the caller can load it and
// start over. (No import() here: in a one-file bundle, such as the language server's, it
// would make the config modules lazily initialised and their static users see them unset.)
// A caller that has the schema at hand anyway (the language server) passes `parseConfig`.
type ParseConfig = typeof import('../config/parse.ts').parseConfig;
let installedParseConfig: ParseConfig | undefined;
export function setConfigParser(parse: ParseConfig): void {
  installedParseConfig = parse;
}
export class SchemaNotLoaded extends Error {}

/** A config that cannot be used: each problem is one line naming the file. */
export class ConfigLoadError extends Error {
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(problems.map((p) => `${file}: ${p}`).join('\n'));
  }
  /** Lines without the `budgetlint: ` prefix. */
  get lines(): string[] {
    return this.problems.map((p) => `${this.file}: ${p}`);
  }
}

export interface EffectiveConfig {
  config: ResolvedConfig;
  /** The file it came from (absolute), if any. */
  file?: string;
  /** The directory `ignores` globs are relative to. */
  baseDir: string;
}

/** Turns a JSON.parse error message into "line L, column C: reason". */
export function describeJsonError(text: string, err: unknown): string {
  const msg = err instanceof Error ? err.message : String(err);
  const m = /at position (\d+)/.exec(msg);
  // Cut at the position note and the line note with the spaces before them (found, then cut: the
  // patterns /\s*…at position \d+.*$/ and /\s*\(line …\)\s*$/ were quadratic on a run of spaces).
  const at = /(?:in JSON )?at position \d+/.exec(msg);
  let reason = at ? msg.slice(0, at.index).trimEnd() : msg;
  const line = /\(line \d+ column \d+\)$/.exec(reason.trimEnd());
  if (line) reason = reason.slice(0, line.index).trimEnd();
  reason = reason.split('\n')[0];
  if (m) {
    const pos = Number(m[1]);
    const before = text.slice(0, pos);
    const line = before.split(/\r\n|\r|\n/).length;
    const column = pos - Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r'));
    return `invalid JSON at line ${line}, column ${column}: ${reason}`;
  }
  if (/end of JSON input/i.test(msg)) return `invalid JSON: unexpected end of file${text.trim() ? '' : ' (the file is empty)'}`;
  return `invalid JSON: ${reason}`;
}

/** Reads and parses a JSON file; every failure is a one-line problem. */
export function readJsonFile(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new ConfigLoadError(file, [describeFsError(e)]);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new ConfigLoadError(file, [describeJsonError(text, e)]);
  }
}

export { describeFsError } from './fs-errors.ts';

export interface ConfigLoaderOptions {
  /** --config FILE: used for every file instead of searching. */
  configFile?: string;
  overrides?: RuleOverride[];
  /** The rules (with their option schemas, so options are checked too) or just their ids. */
  knownRules: ReadonlyArray<string | RuleOptionsSpec>;
  cwd: string;
  /** The validator; without it, the one installed by setConfigParser(). */
  parseConfig?: ParseConfig;
}

/**
 * Finds and caches configs: for each file, the nearest budgetlint.config.json
 * in its directory or above (nearest wins, no cascading), unless --config
 * names one for all. Command-line --rule overrides go on top.
 */
export class ConfigLoader {
  private readonly dirCache = new Map<string, string | null>();
  private readonly fileCache = new Map<string, EffectiveConfig>();
  private fixed?: EffectiveConfig;

  constructor(private readonly opts: ConfigLoaderOptions) {
    const ids = opts.knownRules.map((r) => (typeof r === 'string' ? r : r.id));
    for (const o of opts.overrides ?? []) {
      if (!ids.includes(o.id)) {
        throw new ConfigLoadError('--rule', [`unknown rule id '${o.id}' (expected one of ${ids.join(', ')})`]);
      }
    }
  }

  /** The nearest config file for a directory, or null. */
  findConfigFile(dir: string): string | null {
    const chain: string[] = [];
    let d = resolve(dir);
    let found: string | null = null;
    for (;;) {
      const cached = this.dirCache.get(d);
      if (cached !== undefined) {
        found = cached;
        break;
      }
      chain.push(d);
      const candidate = join(d, CONFIG_FILE_NAME);
      if (isFile(candidate)) {
        found = candidate;
        break;
      }
      const up = dirname(d);
      if (up === d || d === parsePath(d).root) break;
      d = up;
    }
    for (const c of chain) this.dirCache.set(c, found);
    return found;
  }

  /** The config a file in `dir` is linted with. Throws ConfigLoadError. */
  forDirectory(dir: string): EffectiveConfig {
    if (this.opts.configFile !== undefined) {
      this.fixed ??= this.load(resolve(this.opts.cwd, this.opts.configFile));
      return this.fixed;
    }
    const file = this.findConfigFile(dir);
    if (!file) {
      const key = '';
      let eff = this.fileCache.get(key);
      if (!eff) {
        eff = { config: this.applyOverrides(defaultConfig()), baseDir: this.opts.cwd };
        this.fileCache.set(key, eff);
      }
      return eff;
    }
    return this.load(file);
  }

  forFile(filePath: string): EffectiveConfig {
    return this.forDirectory(dirname(resolve(this.opts.cwd, filePath)));
  }

  private load(file: string): EffectiveConfig {
    const cached = this.fileCache.get(file);
    if (cached) return cached;
    const parseConfig = this.opts.parseConfig ?? installedParseConfig;
    if (!parseConfig) throw new SchemaNotLoaded(file);
    const shown = displayPath(this.opts.cwd, file);
    let raw: unknown;
    try {
      raw = readJsonFile(file);
    } catch (e) {
      if (e instanceof ConfigLoadError) throw new ConfigLoadError(shown, e.problems);
      throw e;
    }
    let input: ConfigInput;
    try {
      input = parseConfig(raw, this.opts.knownRules);
    } catch (e) {
      if (e instanceof ConfigError) throw new ConfigLoadError(shown, e.problems.map((p) => p.split('\n')[0]));
      throw e;
    }
    const eff: EffectiveConfig = { config: this.applyOverrides(mergeConfig(defaultConfig(), input)), file, baseDir: dirname(file) };
    this.fileCache.set(file, eff);
    return eff;
  }

  private applyOverrides(config: ResolvedConfig): ResolvedConfig {
    const overrides = this.opts.overrides ?? [];
    if (!overrides.length) return config;
    const rules = { ...config.rules };
    for (const o of overrides) rules[o.id] = { severity: o.severity, options: rules[o.id]?.options ?? {} };
    return { ...config, rules };
  }
}

/** A path as the user would type it: relative when under cwd. */
export function displayPath(cwd: string, abs: string): string {
  const rel = relative(cwd, abs);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel.split(sep).join('/') : abs;
}

function isFile(p: string): boolean {
  try {
    return statSync(p).isFile();
  } catch {
    return false;
  }
}

/**
 * --print-config: every rule with its effective severity and options filled in,
 * so a reader sees what will run without knowing the defaults.
 */
export function describeConfig(
  eff: EffectiveConfig,
  rules: ReadonlyArray<{ id: string; defaultSeverity: string; defaults: object }>,
): Record<string, unknown> {
  const c = eff.config;
  const ruleTable: Record<string, { severity: string; options: Record<string, unknown> }> = {};
  for (const r of rules) {
    const setting = c.rules[r.id];
    ruleTable[r.id] = { severity: setting?.severity ?? r.defaultSeverity, options: { ...r.defaults, ...(setting?.options ?? {}) } };
  }
  return {
    configFile: eff.file ?? null,
    rules: ruleTable,
    rounding: c.rounding,
    grades: { bands: c.gradeBands },
    extensions: c.extensions,
    ignores: c.ignores,
  };
}
