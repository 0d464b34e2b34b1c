import { defineRule } from '@budgetlint/core';

// Placeholder until the rule's owner writes its check.
export default defineRule(
  {
    id: 'change-sum-mismatch',
    family: 'change-sum',
    description: '各分项的增减额之和与合计的增减额不符',
    defaultSeverity: 'error',
  },
  () => {},
);
