import { defineRule } from '@budgetlint/core';

// Placeholder until the rule's owner writes its check.
export default defineRule(
  {
    id: 'stale-year',
    family: 'year',
    description: '正文年份与标题年份不一致',
    defaultSeverity: 'warning',
  },
  () => {},
);
