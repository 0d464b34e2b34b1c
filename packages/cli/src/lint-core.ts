// The heavy, synchronous half of the linter — the Markdown reader, figures, facts, relations,
// the engine and the rules — as one entry. scripts/build.mjs bundles it on its own as
// dist/lint-core.cjs, which load-lint-core.ts compiles with V8's code cache; running from
// source (tests), load-lint-core.ts imports this module as it is.
import { lint as lintKeeping, withoutBlockReuse, type LintOptions, type LintResult } from '@budgetlint/core';

export { LineIndex } from '@budgetlint/core';
export { rules, ruleIds } from '@budgetlint/rules';

/**
 * The share of the editor-sized memos a command line thread keeps: it lints each file once, so
 * only blocks that recur (within a file, across a run's files) are found again.
 */
const CLI_MEMO_SHARE = 1 / 32;

/**
 * lint() for a command line run, which reads each text once: keeping every block's readings
 * for the next lint (what makes an editor's keystroke cheap, engine/incremental.ts) only cost
 * a folder's run about a sixth of its time, and editor-sized memos held a quarter of a large
 * draft's heap. The findings are the same (incremental.property.test.ts, weak-memo.test.ts).
 */
export function lint(source: string, options: LintOptions): LintResult {
  return withoutBlockReuse(() => lintKeeping(source, { memoShare: CLI_MEMO_SHARE, ...options }));
}
