import { parseDocument, formatForPath } from '../document/index.ts';
import { LineIndex } from '../document/line-index.ts';
import type { Directive, ParsedDocument, SourceFormat } from '../document/types.ts';
import { extractClaimsSteps } from '../relations/index.ts';
import type { Claim, ClaimKind, DocFigure } from '../relations/types.ts';
import { DEFAULT_DOMAIN } from '../domain/tables.ts';
import { defaultConfig, type ResolvedConfig } from '../config/resolve.ts';
import type { Finding, FindingInput, Severity } from './findings.ts';
import type { Rule, RuleContext } from './rule.ts';
import { applyDirectives, unknownDirectiveRules } from './directives.ts';
import { beginLint, endLint, setMemoShare } from './memo.ts';
import { checkClaim, settingId } from './claim-memo.ts';
import { blockReuse } from './incremental.ts';
import { locateStatements, spanOf } from './statements.ts';

export interface LintOptions {
  /** Defaults to the format the file path implies, else plain text. */
  format?: SourceFormat;
  filePath?: string;
  rules: readonly Rule<any>[];
  config?: ResolvedConfig;
  /**
   * The share of the editor-sized memos to keep from now on, in this thread (memo.ts
   * setMemoShare): below 1 for a host that lints each text once, such as the CLI.
   */
  memoShare?: number;
}

export interface RuleFailure {
  ruleId: string;
  message: string;
}

export interface LintResult {
  findings: Finding[];
  /** Findings silenced by budgetlint-disable comments. */
  suppressed: Finding[];
  /** Disable comments that silenced nothing. */
  unusedDirectives: Directive[];
  claims: Claim[];
  figures: DocFigure[];
  document: ParsedDocument;
  lines: LineIndex;
  /** Rules that threw: reported, never fatal to the run. */
  ruleFailures: RuleFailure[];
}

/** The rule id of the warning for a directive that names an unknown rule. */
export const UNKNOWN_RULE_IN_DIRECTIVE = 'unknown-rule-in-directive';

/** Lints one document: pure and synchronous, no I/O. */
export function lint(source: string, options: LintOptions): LintResult {
  const steps = lintSteps(source, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * The same lint as a sequence of steps (reading, each extractor, each rule), so that a host
 * can pause between them and give up on a lint the user has already typed past (the language
 * server does). Abandoning it part way (return()) leaves nothing behind but warmer caches.
 */
export function* lintSteps(source: string, options: LintOptions): Generator<void, LintResult, void> {
  if (options.memoShare !== undefined) setMemoShare(options.memoShare);
  beginLint();
  try {
    return yield* lintNow(source, options);
  } finally {
    endLint();
  }
}

function* lintNow(source: string, options: LintOptions): Generator<void, LintResult, void> {
  const config = options.config ?? defaultConfig();
  const document = parseDocument(source, options.format ?? formatForPath(options.filePath));
  yield;
  const { figures, claims, failures, sentences } = yield* extractClaimsSteps(document);
  const lines = new LineIndex(source);
  const domain = { ...DEFAULT_DOMAIN, gradeBands: config.gradeBands };
  const findings: Finding[] = [];
  const ruleFailures: RuleFailure[] = failures.map((f) => ({ ruleId: `extract:${f.extractor}`, message: f.message }));
  const byKind = new Map<ClaimKind, Claim[]>();
  for (const c of claims) {
    const list = byKind.get(c.kind);
    if (list) list.push(c);
    else byKind.set(c.kind, [c]);
  }

  for (const rule of options.rules) {
    const setting = config.rules[rule.id];
    const severity = setting?.severity ?? rule.defaultSeverity;
    if (severity === 'off') continue;
    const ctx: RuleContext<object> = {
      claims,
      figures,
      domain,
      rounding: config.rounding,
      options: { ...rule.defaults, ...(setting?.options ?? {}) },
      of: ((kind: ClaimKind) => byKind.get(kind) ?? []) as RuleContext<object>['of'],
      report: (input: FindingInput) => findings.push(toFinding(rule.id, input, setting ? severity : input.severity ?? severity, lines)),
    };
    try {
      if (rule.eachClaim && blockReuse()) checkEachClaim(rule, ctx, byKind, config.gradeBands);
      else rule.check(ctx);
    } catch (e) {
      ruleFailures.push({ ruleId: rule.id, message: e instanceof Error ? e.message : String(e) });
    }
    yield;
  }
  // Only what rules prove is about a statement; notices and directive warnings stay where they point.
  locateStatements(findings, document, sentences, lines);
  // What the reader had to give up on (a block read as plain text) is said, never silent.
  for (const n of document.notices ?? []) findings.push(toFinding(n.id, { message: n.message, range: n.range, fingerprint: n.id }, n.severity, lines));
  // A directive naming a rule that does not exist silences nothing: a typo must not pass unnoticed.
  for (const u of unknownDirectiveRules(document.directives, options.rules.map((r) => r.id))) {
    findings.push(toFinding(UNKNOWN_RULE_IN_DIRECTIVE, u, 'warning', lines));
  }
  findings.sort((a, b) => a.range.start - b.range.start || compareIds(a.ruleId, b.ruleId));
  const { kept, suppressed, unused } = applyDirectives(dedupe(findings), document.directives, lines);
  return { findings: kept, suppressed, unusedDirectives: unused, claims, figures, document, lines, ruleFailures };
}

/** An eachClaim rule, claim by claim, with the findings of claims that read as before reused (engine/claim-memo.ts). */
function checkEachClaim(rule: Rule<any>, ctx: RuleContext<object>, byKind: Map<ClaimKind, Claim[]>, gradeBands: unknown): void {
  const setting = settingId(`${rule.id}\u0002${ctx.rounding}\u0002${JSON.stringify(ctx.options)}\u0002${JSON.stringify(gradeBands)}`);
  for (const kind of rule.eachClaim!) {
    for (const claim of byKind.get(kind) ?? []) {
      const one = [claim];
      checkClaim(claim, setting, (report) => rule.check({ ...ctx, claims: one, figures: [], of: ((k: ClaimKind) => (k === kind ? one : [])) as RuleContext<object>['of'], report }), ctx.report);
    }
  }
}

// Rule ids are lower-case words and hyphens, which the collator orders as their code units do; its
// first use loads ICU's collation data (10 ms and more, a tenth of a one-document run's linting).
const PLAIN_ID = /^[a-z-]*$/;
function compareIds(a: string, b: string): number {
  if (a === b) return 0;
  if (PLAIN_ID.test(a) && PLAIN_ID.test(b)) return a < b ? -1 : 1;
  return a.localeCompare(b);
}

function toFinding(ruleId: string, input: FindingInput, severity: Severity, lines: LineIndex): Finding {
  const focus = spanOf(input.range, lines);
  return {
    ...input,
    ruleId,
    severity,
    related: input.related ?? [],
    fingerprint: input.fingerprint ?? input.message,
    line: focus.line,
    column: focus.column,
    endLine: focus.endLine,
    endColumn: focus.endColumn,
    statement: focus,
  };
}

// Two claims can prove the same contradiction (a 其中 list read twice): say it once.
function dedupe(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = `${f.ruleId}|${f.range.start}|${f.range.end}|${f.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
