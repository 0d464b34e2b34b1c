import type { z } from 'zod';
import type { Claim, ClaimKind, ClaimOf, DocFigure } from '../relations/types.ts';
import type { DomainTables } from '../domain/tables.ts';
import type { FindingInput, Severity } from './findings.ts';

export interface RuleContext<O> {
  claims: readonly Claim[];
  figures: readonly DocFigure[];
  domain: DomainTables;
  options: O;
  /** 'interval' (default): report only what rounding cannot explain; 'strict': also gaps within rounding, as hints. */
  rounding: 'interval' | 'strict';
  report(finding: FindingInput): void;
  /** Claims of one kind. */
  of<K extends ClaimKind>(kind: K): ClaimOf<K>[];
}

export interface RuleMeta {
  id: string;
  /** The family in SPEC §5 (sum, change, direction…). */
  family: string;
  /** Short Chinese name (“合计与分项之和不符”), shown with the id in reports. */
  title?: string;
  /** Chinese one-line description, shown in docs, SARIF and hovers. */
  description: string;
  defaultSeverity: Severity;
  /**
   * The rule checks each claim of these kinds on its own, reading nothing but that claim, its
   * options, the rounding and the domain tables (no other claim, no figure list), and its
   * findings' places are the claim's ranges, never block numbers or ids written into a message.
   * The engine then runs it once per claim (in this order of kinds) and, while a draft is
   * edited, reuses the findings of a claim that reads as one did in a recent lint
   * (engine/claim-memo.ts).
   */
  eachClaim?: readonly ClaimKind[];
}

export interface Rule<O extends object = object> extends RuleMeta {
  defaults: O;
  /**
   * What a config may set under `rules.<id>[1]`; unknown keys and wrong types are config errors.
   * Built from the zod the config validator passes in, so a run without a config file never loads zod.
   */
  optionsSchema: OptionsSchema;
  docsUrl: string;
  check(ctx: RuleContext<O>): void;
}

export const DOCS_BASE = 'https://github.com/budgetlint/budgetlint/blob/main/rules';

/**
 * The schema of a rule's options, built on demand with the zod the caller hands in (config
 * validation is the only reader, and runs without a config file do not load zod at all).
 * Undefined: the rule takes no options, so any key is a typo.
 */
export type OptionsSchema<O = unknown> = ((zod: typeof z) => z.ZodType<O>) | undefined;

/**
 * The one wrapper every rule goes through (like unified-lint-rule): it gives
 * the rule its id, default severity, docs link and typed options, so a rule
 * module is only its check.
 */
export function defineRule<O extends object = object>(
  meta: RuleMeta & { defaults?: O; optionsSchema?: OptionsSchema<Partial<O>> },
  check: (ctx: RuleContext<O>) => void,
): Rule<O> {
  return {
    ...meta,
    defaults: (meta.defaults ?? {}) as O,
    // A rule that declares no options accepts none (undefined): any key is a typo.
    optionsSchema: meta.optionsSchema as OptionsSchema,
    docsUrl: `${DOCS_BASE}/${meta.id}/README.md`,
    check,
  };
}
