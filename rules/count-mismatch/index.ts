import { defineRule } from '@budgetlint/core';

// Placeholder until the rule's owner writes its check.
export default defineRule(
  {
    id: 'count-mismatch',
    family: 'count',
    description: '所述个数与列举的项目数不符',
    defaultSeverity: 'error',
  },
  () => {},
);
