import {
  DiagnosticSeverity,
  type Diagnostic,
  type DiagnosticRelatedInformation,
  type Range as LspRange,
} from 'vscode-languageserver/node.js';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding, Range, Rule, Severity } from '@budgetlint/core';

export const SOURCE = 'budgetlint';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

/** Source offsets to an LSP range (0-based lines, UTF-16 columns), through the document's own line table. */
export function toLspRange(doc: TextDocument, range: Range): LspRange {
  return { start: doc.positionAt(range.start), end: doc.positionAt(range.end) };
}

export function toDiagnostic(doc: TextDocument, finding: Finding, rulesById: ReadonlyMap<string, Rule<any>>): Diagnostic {
  const rule = rulesById.get(finding.ruleId);
  const related: DiagnosticRelatedInformation[] = finding.related.map((r) => ({
    location: { uri: doc.uri, range: toLspRange(doc, r.range) },
    message: r.label,
  }));
  // The squiggle covers the statement (any of its figures may be the wrong one); the figure the
  // rule names stays one click away, first among the related places.
  const statement = finding.statement?.range ?? finding.range;
  if (statement.start !== finding.range.start || statement.end !== finding.range.end) {
    related.unshift({ location: { uri: doc.uri, range: toLspRange(doc, finding.range) }, message: `所指“${doc.getText(toLspRange(doc, finding.range))}”` });
  }
  const diagnostic: Diagnostic = {
    range: toLspRange(doc, statement),
    severity: SEVERITY[finding.severity] ?? DiagnosticSeverity.Warning,
    code: finding.ruleId,
    source: SOURCE,
    message: finding.message,
    data: { ruleId: finding.ruleId, fingerprint: finding.fingerprint },
  };
  if (rule?.docsUrl) diagnostic.codeDescription = { href: rule.docsUrl };
  if (related.length) diagnostic.relatedInformation = related;
  return diagnostic;
}
