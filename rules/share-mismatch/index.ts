import { defineRule } from '@budgetlint/core';

// Placeholder until the rule's owner writes its check.
export default defineRule(
  {
    id: 'share-mismatch',
    family: 'share',
    description: '“占比”与金额除以合计不符',
    defaultSeverity: 'error',
  },
  () => {},
);
