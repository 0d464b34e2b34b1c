import { defineRule } from '@budgetlint/core';

// Placeholder until the rule's owner writes its check.
export default defineRule(
  {
    id: 'change-mismatch',
    family: 'change',
    description: '本年数、上年数、增减额与增减幅度之间不相符',
    defaultSeverity: 'error',
  },
  () => {},
);
