import type { Directive, Finding, LineIndex, Range } from '@budgetlint/core';
import type { JsonMessage } from './types.ts';

/**
 * Messages that stand for severity 'info' findings (shown only with --include-info).
 * JSON keeps ESLint's 1|2 severities, so they travel as 1 and formatters that can
 * say "note"/"info" (stylish, SARIF) ask here.
 */
const infoMessages = new WeakSet<JsonMessage>();
export const isInfo = (m: JsonMessage): boolean => infoMessages.has(m);

export const UNUSED_DIRECTIVE_RULE_ID = null;

function span(range: Range, lines: LineIndex) {
  const s = lines.position(range.start);
  const e = lines.position(range.end);
  return { line: s.line, column: s.column, endLine: e.line, endColumn: e.column };
}

/** A core finding as an ESLint-compatible message (positions 1-based, UTF-16 columns). */
export function toJsonMessage(f: Finding, lines: LineIndex): JsonMessage {
  // A finding cached by a build from before statements (same version) has none: its focus stands in.
  const statement = f.statement ?? { range: f.range, line: f.line, column: f.column, endLine: f.endLine, endColumn: f.endColumn };
  const m: JsonMessage = {
    ruleId: f.ruleId,
    severity: f.severity === 'error' ? 2 : 1,
    message: f.message,
    // ESLint reports a node from its first line to its last: the message covers the statement, whose
    // figures any one may be the wrong one; the figure the rule names stays in `focus`.
    line: statement.line,
    column: statement.column,
    endLine: statement.endLine,
    endColumn: statement.endColumn,
  };
  if (statement.range.start !== f.range.start || statement.range.end !== f.range.end) {
    m.focus = { line: f.line, column: f.column, endLine: f.endLine, endColumn: f.endColumn };
  }
  if (f.related.length) m.relatedLocations = f.related.map((r) => ({ message: r.label, ...span(r.range, lines) }));
  if (f.fix) {
    const fix = { range: [f.fix.range.start, f.fix.range.end] as [number, number], text: f.fix.text };
    if (f.fix.safe) m.fix = fix;
    else m.suggestions = [{ desc: f.fix.title, fix }];
  }
  m.fingerprint = f.fingerprint;
  if (f.severity === 'info') infoMessages.add(m);
  return m;
}

/** --report-unused-disable-directives: one warning per comment that silenced nothing. */
export function unusedDirectiveMessage(d: Directive, lines: LineIndex): JsonMessage {
  const what = d.rules.length ? d.rules.join('、') : '所有规则';
  return {
    ruleId: UNUSED_DIRECTIVE_RULE_ID,
    severity: 1,
    message: `未使用的屏蔽注释 budgetlint-${d.kind}（${what}）：此处没有需要屏蔽的问题，可以删除`,
    ...span(d, lines),
    fingerprint: `unused-disable-directive|${d.kind}|${d.rules.join(',')}`,
  };
}
