import type { ConfigInput, RuleSettingInput } from './schema.ts';
import type { SeveritySetting } from '../engine/findings.ts';
import { DEFAULT_GRADE_BANDS, type GradeBand } from '../domain/tables.ts';

export interface RuleConfig {
  severity: SeveritySetting;
  options: Record<string, unknown>;
}

/** The effective settings after defaults, config files and command-line overrides. */
export interface ResolvedConfig {
  rules: Record<string, RuleConfig>;
  rounding: 'interval' | 'strict';
  gradeBands: GradeBand[];
  extensions: string[];
  ignores: string[];
}

export const DEFAULT_EXTENSIONS = ['.md', '.markdown', '.txt', '.docx', '.pdf'];

export function defaultConfig(): ResolvedConfig {
  return { rules: {}, rounding: 'interval', gradeBands: DEFAULT_GRADE_BANDS, extensions: [...DEFAULT_EXTENSIONS], ignores: [] };
}

export function normalizeSeverity(s: unknown): SeveritySetting {
  if (s === 0 || s === 'off') return 'off';
  if (s === 1 || s === 'warn' || s === 'warning') return 'warning';
  if (s === 'info') return 'info';
  return 'error';
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('\n'));
  }
}

/** Applies a validated config on top of `base` (later layers win). */
export function mergeConfig(base: ResolvedConfig, input: ConfigInput): ResolvedConfig {
  const out: ResolvedConfig = { ...base, rules: { ...base.rules } };
  for (const [id, setting] of Object.entries(input.rules ?? {})) out.rules[id] = toRuleConfig(setting);
  if (input.rounding) out.rounding = input.rounding;
  if (input.grades) {
    out.gradeBands = input.grades.bands.map((b) => ({ ...b, maxInclusive: b.maxInclusive ?? false }));
  }
  if (input.extensions) out.extensions = input.extensions.map((e) => (e.startsWith('.') ? e : `.${e}`).toLowerCase());
  if (input.ignores) out.ignores = [...out.ignores, ...input.ignores];
  return out;
}

export function toRuleConfig(setting: RuleSettingInput): RuleConfig {
  if (Array.isArray(setting)) {
    return { severity: normalizeSeverity(setting[0]), options: (setting[1] as Record<string, unknown>) ?? {} };
  }
  return { severity: normalizeSeverity(setting), options: {} };
}
