import { z } from 'zod';

const severity = z.enum(['off', 'warn', 'warning', 'error', 'info']).or(z.union([z.literal(0), z.literal(1), z.literal(2)]));

const ruleSetting = z.union([severity, z.tuple([severity]).rest(z.record(z.string(), z.unknown()))]);

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
    rules: z.record(z.string(), ruleSetting).optional(),
    rounding: z.enum(['interval', 'strict']).optional(),
    grades: z.object({ bands: z.array(gradeBand).min(1) }).strict().optional(),
    extensions: z.array(z.string().regex(/^\.?[A-Za-z0-9]+$/, 'a file extension such as ".md"')).optional(),
    ignores: z.array(z.string()).optional(),
  })
  .strict();

export type ConfigInput = z.infer<typeof configSchema>;
export type RuleSettingInput = z.infer<typeof ruleSetting>;
