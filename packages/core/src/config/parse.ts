// Validation of raw config JSON, apart from resolve.ts: only a run that reads a config file
// needs the schema (and zod), and bundlers leave this file out of the others (sideEffects: false).
import { z } from 'zod';
import { configSchema, ruleSetting, type ConfigInput, type RuleSettingInput } from './schema.ts';
import { ConfigError } from './resolve.ts';

const keyPath = (path: readonly PropertyKey[]) => path.map(String).join('.');

function describeIssue(issue: z.core.$ZodIssue, prefix: readonly PropertyKey[] = []): string[] {
  const path = [...prefix, ...issue.path];
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((k) => `${keyPath([...path, k])}: unknown key`);
  }
  return [`${path.length ? keyPath(path) : '(root)'}: ${issue.message}`];
}

/** A rule as the config validator needs it: its id and the schema of its options. */
export interface RuleOptionsSpec {
  id: string;
  /** Built here with this module's zod; undefined: the rule takes no options. */
  optionsSchema?: (zod: typeof z) => z.ZodType;
}

const show = (v: unknown) => (typeof v === 'string' ? JSON.stringify(v) : Array.isArray(v) ? 'an array' : v === null ? 'null' : typeof v === 'object' ? 'an object' : String(v));

/** One rule's setting: its severity, then its options against the rule's own schema. */
function checkRuleSetting(id: string, value: unknown, schema: z.ZodType | undefined, problems: string[]): RuleSettingInput | undefined {
  const at = `rules.${id}`;
  const sev = Array.isArray(value) ? value[0] : value;
  const okSeverity = ruleSetting.options[0].safeParse(sev).success;
  if (!okSeverity) {
    problems.push(`${at}${Array.isArray(value) ? '.0' : ''}: severity must be "off", "warn", "error" or "info" (or 0, 1, 2), got ${Array.isArray(value) && !value.length ? 'nothing' : show(sev)}`);
    return undefined;
  }
  if (!Array.isArray(value)) return value as RuleSettingInput;
  if (value.length > 2) {
    problems.push(`${at}: expected [severity] or [severity, {options}], got ${value.length} elements`);
    return undefined;
  }
  if (value.length === 1) return value as RuleSettingInput;
  const opts = value[1];
  if (!opts || typeof opts !== 'object' || Array.isArray(opts)) {
    problems.push(`${at}.options: expected an object of options, got ${show(opts)}`);
    return undefined;
  }
  const parsed = (schema ?? z.object({}).strict()).safeParse(opts);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) for (const line of describeIssue(issue, [at, 'options'])) problems.push(line);
    return undefined;
  }
  return [value[0], parsed.data as Record<string, unknown>] as RuleSettingInput;
}

/**
 * Grade bands must each be a real range, be listed in one direction (highest
 * first, as the default, or lowest first), and not overlap: a score may fall
 * in at most one band, or a grade could be both right and wrong.
 */
function checkBands(bands: ReadonlyArray<{ labels: string[]; min: number; max: number; maxInclusive?: boolean }>, problems: string[]): void {
  bands.forEach((b, i) => {
    if (b.min > b.max || (b.min === b.max && !b.maxInclusive)) {
      problems.push(`grades.bands.${i}: min (${b.min}) must be below max (${b.max})${b.min === b.max ? ' unless maxInclusive is true' : ''}`);
    }
  });
  const descending = bands.every((b, i) => i === 0 || b.min <= bands[i - 1].min);
  const ascending = bands.every((b, i) => i === 0 || b.min >= bands[i - 1].min);
  if (!descending && !ascending) {
    const i = bands.findIndex((b, k) => k > 1 && Math.sign(b.min - bands[k - 1].min) !== Math.sign(bands[1].min - bands[0].min) && b.min !== bands[k - 1].min);
    problems.push(`grades.bands.${Math.max(i, 1)}: bands out of order; list them from the highest to the lowest (or lowest to highest)`);
  }
  const byMin = bands.map((b, i) => ({ ...b, i })).sort((a, b) => a.min - b.min || a.max - b.max);
  for (let k = 1; k < byMin.length; k++) {
    const lo = byMin[k - 1];
    const hi = byMin[k];
    if (hi.min < lo.max || (hi.min === lo.max && lo.maxInclusive)) {
      const [a, b] = [lo.i, hi.i].sort((x, y) => x - y);
      problems.push(`grades.bands.${b}: overlaps grades.bands.${a} (${hi.min} is in both)`);
    }
  }
  const owner = new Map<string, number>();
  bands.forEach((b, i) =>
    b.labels.forEach((l) => {
      const j = owner.get(l);
      if (j !== undefined && j !== i) problems.push(`grades.bands.${i}.labels: "${l}" already names grades.bands.${j}`);
      else owner.set(l, i);
    }),
  );
}

/**
 * Validates raw config JSON. Every problem names its key path and what was
 * expected; unknown rule ids are problems too, so a typo never silently
 * turns a rule off. Given the rules themselves (not only their ids), each
 * rule's options are checked against its schema: unknown options and wrong
 * types are problems naming `rules.<id>.options.<key>`.
 */
export function parseConfig(raw: unknown, knownRules: ReadonlyArray<string | RuleOptionsSpec>): ConfigInput {
  const specs = knownRules.map((r) => (typeof r === 'string' ? { id: r, optionsSchema: undefined, checked: false } : { id: r.id, optionsSchema: r.optionsSchema?.(z), checked: true }));
  const byId = new Map(specs.map((s) => [s.id, s]));
  const ids = specs.map((s) => s.id);
  const parsed = configSchema.safeParse(raw);
  const problems: string[] = [];
  if (!parsed.success) for (const issue of parsed.error.issues) for (const line of describeIssue(issue)) problems.push(line);
  const rules: Record<string, RuleSettingInput> = {};
  // Rules are checked even when another key is wrong, so every problem shows at once.
  const given = raw && typeof raw === 'object' ? (raw as { rules?: unknown }).rules : undefined;
  const rawRules = given && typeof given === 'object' && !Array.isArray(given) ? (given as Record<string, unknown>) : undefined;
  for (const [id, value] of Object.entries(rawRules ?? {})) {
    const spec = byId.get(id);
    if (!spec) {
      problems.push(`rules.${id}: unknown rule id (expected one of ${ids.join(', ')})`);
      continue;
    }
    // Given only ids, options cannot be checked here: they are passed through as before.
    const setting = checkRuleSetting(id, value, spec.checked ? spec.optionsSchema : z.record(z.string(), z.unknown()), problems);
    if (setting !== undefined) rules[id] = setting;
  }
  if (parsed.success && parsed.data.grades) checkBands(parsed.data.grades.bands, problems);
  if (problems.length) throw new ConfigError(problems);
  return { ...parsed.data!, ...(rawRules ? { rules } : {}) } as ConfigInput;
}

