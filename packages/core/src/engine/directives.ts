import type { Directive } from '../document/types.ts';
import type { LineIndex } from '../document/line-index.ts';
import type { Finding, FindingInput } from './findings.ts';

const matches = (d: Directive, ruleId: string) => d.rules.length === 0 || d.rules.includes(ruleId);

/**
 * Applies budgetlint-disable comments: -next-line silences the line after
 * the comment, -line its own line, disable … enable a span. Reports which
 * directives silenced nothing, for --report-unused-disable-directives.
 */
export function applyDirectives(findings: Finding[], directives: Directive[], lines: LineIndex) {
  const used = new Set<Directive>();
  const kept: Finding[] = [];
  const suppressed: Finding[] = [];
  for (const f of findings) {
    let hit: Directive | undefined;
    // Spans: the last disable/enable before the finding that names its rule decides.
    let span: Directive | undefined;
    for (const d of directives) {
      if (d.start > f.range.start) break;
      if ((d.kind === 'disable' || d.kind === 'enable') && matches(d, f.ruleId)) span = d;
      if (d.kind === 'enable' && d.rules.length === 0) span = d;
    }
    if (span?.kind === 'disable') hit = span;
    for (const d of directives) {
      if (hit) break;
      const endLine = lines.position(d.end).line;
      // A line comment reaches a finding on its focus's line or on the line its statement starts (where reports put it).
      const on = (line: number) => f.line === line || f.statement?.line === line;
      if (d.kind === 'disable-next-line' && on(endLine + 1) && matches(d, f.ruleId)) hit = d;
      if (d.kind === 'disable-line' && on(endLine) && matches(d, f.ruleId)) hit = d;
    }
    if (hit) {
      used.add(hit);
      suppressed.push(f);
    } else kept.push(f);
  }
  const unused = directives.filter((d) => d.kind !== 'enable' && !used.has(d));
  return { kept, suppressed, unused };
}

/**
 * One warning input per rule id, in any directive, that no rule has: the
 * directive cannot silence it, and the author meant something else.
 */
export function unknownDirectiveRules(directives: readonly Directive[], knownIds: readonly string[]): FindingInput[] {
  const known = new Set(knownIds);
  const out: FindingInput[] = [];
  for (const d of directives) {
    for (const id of d.rules) {
      if (known.has(id)) continue;
      out.push({
        message: `屏蔽注释 budgetlint-${d.kind} 中的规则“${id}”不存在，此注释对它不起作用（请核对规则名）`,
        range: { start: d.start, end: d.end },
        fingerprint: `unknown-rule|${id}`,
      });
    }
  }
  return out;
}
