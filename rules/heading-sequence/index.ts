import { defineRule } from '@budgetlint/core';

// Placeholder until the rule's owner writes its check.
export default defineRule(
  {
    id: 'heading-sequence',
    family: 'heading',
    description: '同级标题序号不连续或倒退',
    defaultSeverity: 'warning',
  },
  () => {},
);
