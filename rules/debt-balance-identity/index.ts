import { defineRule } from '@budgetlint/core';

// Placeholder until the rule's owner writes its check.
export default defineRule(
  {
    id: 'debt-balance-identity',
    family: 'debt',
    description: '年末余额不等于年初余额加发行减还本',
    defaultSeverity: 'warning',
  },
  () => {},
);
