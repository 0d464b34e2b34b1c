import { describe, expect, it } from 'vitest';
import { applyDirectives } from './directives.ts';
import { LineIndex } from '../document/line-index.ts';
import type { Directive } from '../document/types.ts';
import type { Finding } from './findings.ts';

// Ten lines of ten characters: offsets 0-9 are line 1, 11-20 line 2, …
const SOURCE = Array.from({ length: 10 }, (_, i) => String(i).repeat(10)).join('\n');
const lines = new LineIndex(SOURCE);
const at = (line: number, column = 1) => lines.offset({ line, column });

/** A finding on `line`; its statement starts `statementLine` (default: the same line, where the figure is). */
function finding(ruleId: string, line: number, statementLine = line): Finding {
  const start = at(line, 3);
  const from = statementLine === line ? start : at(statementLine, 1);
  return {
    ruleId,
    severity: 'error',
    message: `${ruleId}@${line}`,
    range: { start, end: start + 2 },
    related: [],
    fingerprint: '',
    line,
    column: 3,
    endLine: line,
    endColumn: 5,
    statement: { range: { start: from, end: start + 2 }, line: statementLine, column: statementLine === line ? 3 : 1, endLine: line, endColumn: 5 },
  };
}

function directive(kind: Directive['kind'], line: number, rules: string[] = []): Directive {
  return { kind, rules, start: at(line, 1), end: at(line, 8) };
}

const run = (fs: Finding[], ds: Directive[]) => {
  const r = applyDirectives(fs, ds, lines);
  return {
    kept: r.kept.map((f) => f.message),
    suppressed: r.suppressed.map((f) => f.message),
    unused: r.unused.map((d) => `${d.kind}@${lines.position(d.start).line}`),
  };
};

describe('applyDirectives', () => {
  it('disable-next-line and disable-line', () => {
    const fs = [finding('a', 2), finding('a', 3), finding('b', 5)];
    expect(run(fs, [directive('disable-next-line', 1, ['a']), directive('disable-line', 5)])).toEqual({
      kept: ['a@3'],
      suppressed: ['a@2', 'b@5'],
      unused: [],
    });
  });

  it('a disable-next-line whose comment ends on a later line counts from its last line', () => {
    const d: Directive = { kind: 'disable-next-line', rules: [], start: at(1), end: at(3, 4) };
    expect(run([finding('a', 2), finding('a', 4)], [d])).toEqual({ kept: ['a@2'], suppressed: ['a@4'], unused: [] });
  });

  it('a line comment reaches a finding on the line its statement starts as well as on its figure’s line', () => {
    // Statements that start on line 3 and line 6, their figures on the line after.
    const fs = [finding('a', 4, 3), finding('a', 7, 6)];
    expect(run(fs, [directive('disable-next-line', 2, ['a']), directive('disable-line', 7, ['a'])])).toEqual({
      kept: [],
      suppressed: ['a@4', 'a@7'],
      unused: [],
    });
    // A comment two lines above the figure, inside nothing the finding covers, silences nothing.
    expect(run([finding('a', 4, 4)], [directive('disable-next-line', 2, ['a'])])).toEqual({ kept: ['a@4'], suppressed: [], unused: ['disable-next-line@2'] });
  });

  it('spans: the last matching disable or enable before the finding decides', () => {
    const fs = [finding('a', 1), finding('a', 3), finding('b', 3), finding('a', 5), finding('b', 7), finding('a', 9)];
    const ds = [directive('disable', 2), directive('enable', 4, ['a']), directive('enable', 6), directive('disable', 8, ['a'])];
    expect(run(fs, ds)).toEqual({
      kept: ['a@1', 'a@5', 'b@7'],
      suppressed: ['a@3', 'b@3', 'a@9'],
      unused: [],
    });
  });

  it('lists unused disable directives but never enable', () => {
    const ds = [directive('disable', 1, ['x']), directive('enable', 2), directive('disable-line', 3), directive('disable-next-line', 4, ['a'])];
    expect(run([finding('a', 6)], ds)).toEqual({
      kept: ['a@6'],
      suppressed: [],
      unused: ['disable@1', 'disable-line@3', 'disable-next-line@4'],
    });
  });

  it('no directives: everything is kept', () => {
    expect(run([finding('a', 1)], [])).toEqual({ kept: ['a@1'], suppressed: [], unused: [] });
  });
});
