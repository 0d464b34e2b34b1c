// Validation of raw config JSON, apart from resolve.ts: only a run that reads a config file
// needs the schema (and zod), and bundlers leave this file out of the others (sideEffects: false).
import type { z } from 'zod';
import { configSchema, type ConfigInput } from './schema.ts';
import { ConfigError } from './resolve.ts';

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

