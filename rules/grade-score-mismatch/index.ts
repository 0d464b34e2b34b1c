import { defineRule } from '@budgetlint/core';

// Placeholder until the rule's owner writes its check.
export default defineRule(
  {
    id: 'grade-score-mismatch',
    family: 'grade',
    description: '评价得分与所写等级不符',
    defaultSeverity: 'error',
  },
  () => {},
);
