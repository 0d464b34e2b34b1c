import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigError, defaultConfig, mergeConfig, parseConfig, type ResolvedConfig } from '@budgetlint/core';
import { rules } from '@budgetlint/rules';
import { CONFIG_FILE } from './protocol.ts';

/** What the client says under the "budgetlint" settings section. */
export interface ClientSettings {
  enable: boolean;
  /** Severity overrides by rule id: {"stale-year": "off"}. */
  rules: Record<string, unknown>;
  /** Documents larger than this (MB of UTF-8) are linted when saved, not on every edit (a lint of several MB blocks the server for seconds). */
  largeFileSizeMB: number;
}

export const DEFAULT_LARGE_FILE_MB = 2;

export const DEFAULT_SETTINGS: ClientSettings = { enable: true, rules: {}, largeFileSizeMB: DEFAULT_LARGE_FILE_MB };

/** Accepts whatever a client sends (null, a partial object, wrong types) and keeps what makes sense. */
export function normalizeSettings(raw: unknown): ClientSettings {
  if (!raw || typeof raw !== 'object') return { ...DEFAULT_SETTINGS };
  const r = raw as Record<string, unknown>;
  return {
    enable: typeof r.enable === 'boolean' ? r.enable : true,
    rules: r.rules && typeof r.rules === 'object' && !Array.isArray(r.rules) ? (r.rules as Record<string, unknown>) : {},
    largeFileSizeMB:
      typeof r.largeFileSizeMB === 'number' && Number.isFinite(r.largeFileSizeMB) && r.largeFileSizeMB > 0 ? r.largeFileSizeMB : DEFAULT_LARGE_FILE_MB,
  };
}

export interface LoadedConfig {
  /** The folder's config file. */
  path: string;
  config: ResolvedConfig;
  /** Set when the file exists but could not be used; `config` is then the defaults. */
  error?: string;
}

/** Reads and validates budgetlint.config.json in `folder`; a missing file means the defaults. */
export function loadFolderConfig(folder: string): LoadedConfig {
  const path = join(folder, CONFIG_FILE);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return { path, config: defaultConfig() };
    return { path, config: defaultConfig(), error: `无法读取 ${CONFIG_FILE}，已改用默认配置：${(e as Error).message}（${path}）` };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    return { path, config: defaultConfig(), error: `${CONFIG_FILE} 不是有效的 JSON，已改用默认配置：${(e as Error).message}（${path}）` };
  }
  try {
    return { path, config: mergeConfig(defaultConfig(), parseConfig(raw, rules)) };
  } catch (e) {
    const problems = e instanceof ConfigError ? e.problems : [(e as Error).message];
    return { path, config: defaultConfig(), error: `${CONFIG_FILE} 有 ${problems.length} 处错误，已改用默认配置：${problems.join('；')}（${path}）` };
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
