import type { z } from 'zod';
import { configSchema, type ConfigInput, type RuleSettingInput } from './schema.ts';
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

function describeIssue(issue: z.core.$ZodIssue): string {
  const path = issue.path.length ? issue.path.map(String).join('.') : '(root)';
  return `${path}: ${issue.message}`;
}

/**
 * Validates raw config JSON. Every problem names its key path and what was
 * expected; unknown rule ids are problems too, so a typo never silently
 * turns a rule off.
 */
export function parseConfig(raw: unknown, knownRules: readonly string[]): ConfigInput {
  const parsed = configSchema.safeParse(raw);
  const problems: string[] = [];
  if (!parsed.success) problems.push(...parsed.error.issues.map(describeIssue));
  const rules = (raw && typeof raw === 'object' && 'rules' in raw ? (raw as { rules: unknown }).rules : undefined) as
    | Record<string, unknown>
    | undefined;
  if (rules && typeof rules === 'object') {
    for (const id of Object.keys(rules)) {
      if (!knownRules.includes(id)) problems.push(`rules.${id}: unknown rule id (expected one of ${knownRules.join(', ')})`);
    }
  }
  if (problems.length) throw new ConfigError(problems);
  return parsed.data!;
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
