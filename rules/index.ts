import type { Rule } from '@budgetlint/core';
import sumMismatch from './sum-mismatch/index.ts';
import countMismatch from './count-mismatch/index.ts';
import directionConflict from './direction-conflict/index.ts';
import changeMismatch from './change-mismatch/index.ts';
import changeSumMismatch from './change-sum-mismatch/index.ts';
import debtOverLimit from './debt-over-limit/index.ts';
import debtBalanceIdentity from './debt-balance-identity/index.ts';
import gradeScoreMismatch from './grade-score-mismatch/index.ts';
import shareMismatch from './share-mismatch/index.ts';
import staleYear from './stale-year/index.ts';
import headingSequence from './heading-sequence/index.ts';
import valueConflict from './value-conflict/index.ts';

/** Every rule, in the order SPEC §5 lists them. */
export const rules: Rule<any>[] = [
  sumMismatch,
  countMismatch,
  directionConflict,
  changeMismatch,
  changeSumMismatch,
  debtOverLimit,
  debtBalanceIdentity,
  gradeScoreMismatch,
  shareMismatch,
  staleYear,
  headingSequence,
  valueConflict,
];

export const ruleIds = (): string[] => rules.map((r) => r.id);
