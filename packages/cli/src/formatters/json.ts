import type { Formatter } from '../types.ts';
import { toJsonMessage } from '../messages.ts';

/**
 * ESLint-compatible JSON (`eslint --format json`): one object per file with
 * 1-based lines and columns in UTF-16 code units. `suppressedMessages` lists
 * the findings an inline budgetlint-disable comment silenced, as ESLint does.
 */
export const json: Formatter = (results) =>
  JSON.stringify(
    results.map((r) => ({
      filePath: r.filePath,
      messages: r.messages,
      suppressedMessages: r.result.suppressed.map((f) => ({
        ...toJsonMessage(f, r.result.lines),
        suppressions: [{ kind: 'directive', justification: '' }],
      })),
      errorCount: r.errorCount,
      fatalErrorCount: 0,
      warningCount: r.warningCount,
      fixableErrorCount: 0,
      fixableWarningCount: 0,
      ...(r.messages.length ? { source: r.source } : {}),
      usedDeprecatedRules: [],
    })),
  );
