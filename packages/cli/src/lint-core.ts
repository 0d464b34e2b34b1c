// The heavy, synchronous half of the linter — the Markdown reader, figures, facts, relations,
// the engine and the rules — as one entry. scripts/build.mjs bundles it on its own as
// dist/lint-core.cjs, which load-lint-core.ts compiles with V8's code cache; running from
// source (tests), load-lint-core.ts imports this module as it is.
export { lint, LineIndex } from '@budgetlint/core';
export { rules, ruleIds } from '@budgetlint/rules';
