import { defineRule } from '@budgetlint/core';

// Placeholder until the rule's owner writes its check.
export default defineRule(
  {
    id: 'debt-over-limit',
    family: 'debt',
    description: '债务余额超过同口径、同时点的债务限额',
    defaultSeverity: 'error',
  },
  () => {},
);
