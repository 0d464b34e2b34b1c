import { describe, expect, it } from 'vitest';
import { lint, defaultConfig, mergeConfig, type Rule, type SourceFormat } from '@budgetlint/core';

export interface ValidCase {
  code: string;
  /** Why a reader might expect a finding here, and why there is none. */
  why?: string;
  format?: SourceFormat;
  options?: Record<string, unknown>;
}

export interface ExpectedError {
  message: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  /** The exact source characters the finding points at. */
  text?: string;
  severity?: 'error' | 'warning' | 'info';
  /** The related figures' labels, in order. */
  related?: string[];
}

export interface InvalidCase extends ValidCase {
  errors: ExpectedError[];
}

function run(rule: Rule<any>, c: ValidCase) {
  const config = mergeConfig(defaultConfig(), c.options ? { rules: { [rule.id]: ['error', c.options] } } : {});
  if (!c.options) delete config.rules[rule.id];
  return lint(c.code, { rules: [rule], format: c.format ?? 'text', config });
}

/**
 * ESLint's RuleTester for budgetlint: valid snippets must lint clean, invalid
 * ones must give exactly the listed findings, messages and positions included.
 */
export function ruleTester(rule: Rule<any>, cases: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
  describe(rule.id, () => {
    describe('valid', () => {
      cases.valid.forEach((c, i) => {
        it(`${i + 1}: ${c.why ?? c.code.slice(0, 30)}`, () => {
          const r = run(rule, c);
          expect(r.ruleFailures).toEqual([]);
          expect(r.findings.map((f) => f.message)).toEqual([]);
        });
      });
    });
    describe('invalid', () => {
      cases.invalid.forEach((c, i) => {
        it(`${i + 1}: ${c.why ?? c.errors[0]?.message.slice(0, 40)}`, () => {
          const r = run(rule, c);
          expect(r.ruleFailures).toEqual([]);
          const got = r.findings.map((f, k) => {
            const want = c.errors[k];
            return {
              message: f.message,
              line: f.line,
              column: f.column,
              ...(want?.endLine !== undefined ? { endLine: f.endLine } : {}),
              ...(want?.endColumn !== undefined ? { endColumn: f.endColumn } : {}),
              ...(want?.text !== undefined ? { text: c.code.slice(f.range.start, f.range.end) } : {}),
              ...(want?.severity !== undefined ? { severity: f.severity } : {}),
              ...(want?.related !== undefined ? { related: f.related.map((x) => x.label) } : {}),
            };
          });
          expect(got).toEqual(c.errors);
        });
      });
    });
  });
}
