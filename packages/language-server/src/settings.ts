import { ConfigError, defaultConfig, mergeConfig, parseConfig, type ResolvedConfig } from '@budgetlint/core';
import { CONFIG_FILE_NAME, ConfigLoader, ConfigLoadError, type EffectiveConfig } from '@budgetlint/core/node';
import { rules } from '@budgetlint/rules';

/** What the client says under the "budgetlint" settings section. */
export interface ClientSettings {
  enable: boolean;
  /** Severity overrides by rule id: {"stale-year": "off"}. */
  rules: Record<string, unknown>;
  /** 'onType' (default): lint as the text changes; 'onSave': when the file is saved (and when it is opened). */
  run: 'onType' | 'onSave';
  /** Language ids to lint; empty means the server's defaults (markdown, plaintext, text). */
  languages: string[];
  /** Globs (relative to the workspace folder) a file must match to be linted; empty means every file. */
  include: string[];
  /** Globs (relative to the workspace folder) of files not to lint, on top of the config's `ignores`. */
  exclude: string[];
  /** Documents larger than this (MB of UTF-8) are linted when saved, not on every edit (a lint of several MB blocks the server for seconds). */
  largeFileSizeMB: number;
}

export const DEFAULT_LARGE_FILE_MB = 2;

export const DEFAULT_SETTINGS: ClientSettings = { enable: true, rules: {}, run: 'onType', languages: [], include: [], exclude: [], largeFileSizeMB: DEFAULT_LARGE_FILE_MB };

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string' && x.trim() !== '') : []);

/** Accepts whatever a client sends (null, a partial object, wrong types) and keeps what makes sense. */
export function normalizeSettings(raw: unknown): ClientSettings {
  if (!raw || typeof raw !== 'object') return { ...DEFAULT_SETTINGS };
  const r = raw as Record<string, unknown>;
  return {
    enable: typeof r.enable === 'boolean' ? r.enable : true,
    rules: r.rules && typeof r.rules === 'object' && !Array.isArray(r.rules) ? (r.rules as Record<string, unknown>) : {},
    run: r.run === 'onSave' ? 'onSave' : 'onType',
    languages: strings(r.languages),
    include: strings(r.include),
    exclude: strings(r.exclude),
    largeFileSizeMB:
      typeof r.largeFileSizeMB === 'number' && Number.isFinite(r.largeFileSizeMB) && r.largeFileSizeMB > 0 ? r.largeFileSizeMB : DEFAULT_LARGE_FILE_MB,
  };
}

export interface LoadedConfig {
  /** The config file in effect (absolute), if any. */
  path?: string;
  /** What `ignores` globs are relative to. */
  effective: EffectiveConfig;
  config: ResolvedConfig;
  /** Set when the nearest file exists but could not be used; `config` is then the defaults. */
  error?: string;
}

/** A loader shared with the CLI: the nearest budgetlint.config.json upwards from each document. */
export const newConfigLoader = (cwd: string) => new ConfigLoader({ cwd, knownRules: rules, parseConfig });

/**
 * The config for a document in `dir`, found upwards the way the CLI finds it.
 * A file that cannot be used is one Chinese sentence naming it, and the
 * defaults are used instead: the editor keeps working while it is fixed.
 */
export function loadConfigFor(loader: ConfigLoader, dir: string): LoadedConfig {
  try {
    const effective = loader.forDirectory(dir);
    return { path: effective.file, effective, config: effective.config };
  } catch (e) {
    const effective: EffectiveConfig = { config: defaultConfig(), baseDir: dir };
    const file = loader.findConfigFile(dir) ?? dir;
    if (!(e instanceof ConfigLoadError)) {
      return { path: file, effective, config: effective.config, error: `无法读取 ${CONFIG_FILE_NAME}，已改用默认配置：${(e as Error).message}（${file}）` };
    }
    const problems = e.problems;
    const what = problems.length === 1 && /^invalid JSON/.test(problems[0]) ? '不是有效的 JSON' : `有 ${problems.length} 处错误`;
    return { path: file, effective, config: effective.config, error: `${CONFIG_FILE_NAME} ${what}，已改用默认配置：${problems.join('；')}（${file}）` };
  }
}

/** Applies the client's `budgetlint.rules` on top of a file config (the client wins). */
export function applyClientRules(base: ResolvedConfig, settings: ClientSettings): { config: ResolvedConfig; error?: string } {
  if (!Object.keys(settings.rules).length) return { config: base };
  try {
    return { config: mergeConfig(base, parseConfig({ rules: settings.rules }, rules)) };
  } catch (e) {
    const problems = e instanceof ConfigError ? e.problems : [(e as Error).message];
    return { config: base, error: `设置 budgetlint.rules 有误，已忽略：${problems.join('；')}` };
  }
}
