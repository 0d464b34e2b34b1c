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
      suppressedMessages: [
        ...r.result.suppressed.map((f) => ({
          ...toJsonMessage(f, r.result.lines),
          suppressions: [{ kind: 'directive', justification: '' }],
        })),
        // budgetlint-suppressions.json, as ESLint reports its external suppressions.
        ...(r.fileSuppressed ?? []).map((s) => ({ ...s.message, suppressions: [{ kind: 'file', justification: s.reason ?? '' }] })),
      ],
      errorCount: r.errorCount,
      fatalErrorCount: 0,
      warningCount: r.warningCount,
      // What `fix` objects are present: suggestions are not fixable (ESLint counts them the same way).
      fixableErrorCount: r.messages.filter((m) => m.fix && m.severity === 2).length,
      fixableWarningCount: r.messages.filter((m) => m.fix && m.severity === 1).length,
      ...(r.messages.length ? { source: r.source } : {}),
      usedDeprecatedRules: [],
    })),
  );
