import type { Rule } from '@budgetlint/core';
import sumMismatch from './sum-mismatch/index.ts';
import directionConflict from './direction-conflict/index.ts';

/** Every rule, in the order SPEC §5 lists them. */
export const rules: Rule<any>[] = [sumMismatch, directionConflict];

export const ruleIds = (): string[] => rules.map((r) => r.id);
export { sumMismatch, directionConflict };
