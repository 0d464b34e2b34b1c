import { CodeActionKind, type CodeAction, type Diagnostic } from 'vscode-languageserver/node.js';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { suppressionFingerprint, SUPPRESSIONS_FILE_NAME, type Finding, type LintResult, type Rule } from '@budgetlint/core';
import { toLspRange } from './diagnostics.ts';
import { OPEN_RULE_DOCS_COMMAND, SUPPRESS_FINDING_COMMAND, type SuppressFindingArgs } from './protocol.ts';

/** The line's leading blanks and blockquote markers, which a directive above it must repeat to stay in the same block. */
function linePrefix(text: string): string {
  return /^[ \t]*(?:>[ \t]?)*/.exec(text)?.[0] ?? '';
}

export function eolOf(text: string): string {
  const i = text.indexOf('\n');
  return i > 0 && text[i - 1] === '\r' ? '\r\n' : '\n';
}

/**
 * Code actions for the findings that touch [start, end]: the rule's own fix,
 * a disable-next-line comment (Markdown only), "ignore this finding" in
 * budgetlint-suppressions.json (any file on disk, whatever its format) and a
 * link to the rule's docs.
 *
 * A fix is preferred (what "auto fix" and fix-all apply without asking) only
 * when the rule marks it safe: rewriting a total to the sum of its parts is
 * offered but never preferred, since the text does not say which figure is
 * the wrong one.
 */
export function codeActionsFor(
  doc: TextDocument,
  result: LintResult,
  diagnostics: Diagnostic[],
  start: number,
  end: number,
  rulesById: ReadonlyMap<string, Rule<any>>,
  markdown: boolean,
  /** False for documents with no file (untitled): there is no path to key a suppression on. */
  canSuppress = false,
): CodeAction[] {
  const actions: CodeAction[] = [];
  // The diagnostic covers the statement, so its actions are offered anywhere on it.
  const touching = result.findings.filter((f) => {
    const r = f.statement?.range ?? f.range;
    return r.start <= end && start <= r.end;
  });
  const seenIgnore = new Set<string>();
  const seenDocs = new Set<string>();
  const text = result.lines.text;
  for (const f of touching) {
    const diagnostic = diagnostics[result.findings.indexOf(f)];
    const diags = diagnostic ? [diagnostic] : undefined;
    if (f.fix) {
      actions.push({
        title: f.fix.title,
        kind: CodeActionKind.QuickFix,
        isPreferred: f.fix.safe === true,
        diagnostics: diags,
        edit: { changes: { [doc.uri]: [{ range: toLspRange(doc, f.fix.range), newText: f.fix.text }] } },
      });
    }
    const ignoreKey = `${f.ruleId}@${f.statement?.line ?? f.line}`;
    if (markdown && !seenIgnore.has(ignoreKey)) {
      seenIgnore.add(ignoreKey);
      actions.push(ignoreAction(doc, f, text, result, diags));
    }
    if (canSuppress) {
      const args: SuppressFindingArgs = { uri: doc.uri, ruleId: f.ruleId, fingerprint: suppressionFingerprint(f, text), message: f.message };
      const title = `忽略此问题（记入 ${SUPPRESSIONS_FILE_NAME}）`;
      actions.push({ title, kind: CodeActionKind.QuickFix, diagnostics: diags, command: { title, command: SUPPRESS_FINDING_COMMAND, arguments: [args] } });
    }
    const url = rulesById.get(f.ruleId)?.docsUrl;
    if (url && !seenDocs.has(f.ruleId)) {
      seenDocs.add(f.ruleId);
      actions.push({
        title: `查看规则说明：${f.ruleId}`,
        kind: CodeActionKind.QuickFix,
        diagnostics: diags,
        command: { title: `查看规则说明：${f.ruleId}`, command: OPEN_RULE_DOCS_COMMAND, arguments: [url] },
      });
    }
  }
  return actions;
}

/**
 * Whether a directive line can go above `line` without changing the Markdown
 * around it: at the start of a block, yes; inside a paragraph, a list or a
 * table, a comment line would end that block (and the claims read from it).
 */
function startsBlock(result: LintResult, line: number): boolean {
  const text = result.lines.lineText(line);
  if (/^\s*(?:>\s*)*\|/.test(text)) return false; // a table row
  if (line === 1) return true;
  const prev = result.lines.lineText(line - 1).replace(/^\s*(?:>\s*)*/, '');
  return prev.trim() === '' || /^#{1,6}(\s|$)/.test(prev) || /^<!--.*-->\s*$/.test(prev) || /^(?:[-*_]\s*){3,}$/.test(prev);
}

function ignoreAction(doc: TextDocument, f: Finding, text: string, result: LintResult, diags: Diagnostic[] | undefined): CodeAction {
  // The line the finding is reported on, where its statement starts (directives match it as well as the figure's line).
  const line = f.statement?.line ?? f.line;
  const edit = startsBlock(result, line)
    ? (() => {
        // On its own line above the finding's line.
        const pos = doc.positionAt(result.lines.lineStart(line));
        const prefix = linePrefix(result.lines.lineText(line));
        return { range: { start: pos, end: pos }, newText: `${prefix}<!-- budgetlint-disable-next-line ${f.ruleId} -->${eolOf(text)}` };
      })()
    : (() => {
        // Mid-paragraph, in a list or a table: at the end of the line, so the block stays whole.
        const end = result.lines.lineStart(line) + result.lines.lineText(line).length;
        const pos = doc.positionAt(end);
        return { range: { start: pos, end: pos }, newText: ` <!-- budgetlint-disable-line ${f.ruleId} -->` };
      })();
  return {
    title: `在此处忽略 ${f.ruleId}`,
    kind: CodeActionKind.QuickFix,
    diagnostics: diags,
    edit: { changes: { [doc.uri]: [edit] } },
  };
}
