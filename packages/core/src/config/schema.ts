import { z } from 'zod';

export const SEVERITY_VALUES = ['off', 'warn', 'warning', 'error', 'info', 0, 1, 2] as const;
const severity = z.enum(['off', 'warn', 'warning', 'error', 'info']).or(z.union([z.literal(0), z.literal(1), z.literal(2)]));

/** A rule's setting: a severity, or [severity] / [severity, {options}]. Options are checked by the rule's own schema. */
export const ruleSetting = z.union([severity, z.tuple([severity]), z.tuple([severity, z.record(z.string(), z.unknown())])]);

const gradeBand = z
  .object({
    labels: z.array(z.string().min(1)).min(1),
    min: z.number().min(0),
    max: z.number().max(1000),
    maxInclusive: z.boolean().optional(),
  })
  .strict();

export const configSchema = z
  .object({
    $schema: z.string().optional(),
    // Checked one rule at a time in parseConfig, so each problem names the rule and the option.
    rules: z.record(z.string(), z.unknown()).optional(),
    rounding: z.enum(['interval', 'strict']).optional(),
    grades: z.object({ bands: z.array(gradeBand).min(1) }).strict().optional(),
    extensions: z.array(z.string().regex(/^\.?[A-Za-z0-9]+$/, 'a file extension such as ".md"')).optional(),
    ignores: z.array(z.string()).optional(),
  })
  .strict();

export type RuleSettingInput = z.infer<typeof ruleSetting>;
export type ConfigInput = Omit<z.infer<typeof configSchema>, 'rules'> & { rules?: Record<string, RuleSettingInput> };
