import { describe, expect, it } from 'vitest';
// core does not depend on the rules package; import it by path (it imports @budgetlint/core = this src).
import { rules } from '../../../../rules/index.ts';
import { defaultConfig, mergeConfig } from '../config/resolve.ts';
import { lint } from './lint.ts';
import { defineRule } from './rule.ts';
import { LineIndex } from '../document/line-index.ts';

const pick = (...ids: string[]) => rules.filter((r) => ids.includes(r.id));
const RULES = pick('sum-mismatch', 'direction-conflict');

const SUM = '2024年税收返还和转移支付合计27.54亿元，其中：返还性收入1.3亿元，一般性转移支付13.40亿元，专项转移支付7.39亿元。';
const OVER = '项目支出合计20万元，其中：甲15万元，乙8万元。';
const DIRECTION = '三公经费支出152.5万元，比上年减少30万元，上升16.4%。';

describe('lint() end to end', () => {
  it('reports a sum that does not add up, at the total, with the components as related', () => {
    for (const format of ['text', 'markdown'] as const) {
      const r = lint(SUM, { rules: RULES, format });
      expect(r.ruleFailures).toEqual([]);
      expect(r.findings).toHaveLength(1);
      const [f] = r.findings;
      expect(f).toMatchObject({
        ruleId: 'sum-mismatch',
        severity: 'error',
        message: '税收返还和转移支付合计27.54亿元，但分项之和为22.09亿元（1.3 + 13.40 + 7.39），相差5.45亿元',
        line: 1,
        column: SUM.indexOf('27.54') + 1,
        endLine: 1,
        endColumn: SUM.indexOf('27.54') + '27.54亿元'.length + 1,
      });
      expect(SUM.slice(f.range.start, f.range.end)).toBe('27.54亿元');
      expect(f.related.map((x) => SUM.slice(x.range.start, x.range.end))).toEqual(['1.3亿元', '13.40亿元', '7.39亿元']);
    }
  });

  it('reports a direction conflict at the second direction word', () => {
    const r = lint(DIRECTION, { rules: RULES, format: 'text' });
    expect(r.findings.map((f) => [f.ruleId, DIRECTION.slice(f.range.start, f.range.end), f.column])).toEqual([
      ['direction-conflict', '上升', DIRECTION.indexOf('上升') + 1],
    ]);
    expect(r.findings[0].related.map((x) => DIRECTION.slice(x.range.start, x.range.end))).toEqual(['减少']);
  });

  it('stays silent when intervals meet (rounding) and on partial lists that fall short', () => {
    const src = [
      '项目支出合计105.58万元，其中：甲95.36万元，乙10.23万元。',
      '三公经费支出171万元，比上年预算数202万元减少30万元。',
      '上级补助收入合计27.54亿元，其中：返还性收入1.3亿元，一般性转移支付13.40亿元。',
    ].join('\n');
    const r = lint(src, { rules: RULES, format: 'text' });
    expect(r.ruleFailures).toEqual([]);
    expect(r.findings).toEqual([]);
  });

  it('gives positions on the right lines with \\r\\n line ends and a Markdown heading', () => {
    const src = `# 说明\r\n\r\n${OVER}\r\n\r\n${DIRECTION}\r\n`;
    for (const format of ['text', 'markdown'] as const) {
      const r = lint(src, { rules: RULES, format });
      expect(r.findings.map((f) => [f.ruleId, f.line, f.column, src.slice(f.range.start, f.range.end)])).toEqual([
        ['sum-mismatch', 3, OVER.indexOf('20万元') + 1, '20万元'],
        ['direction-conflict', 5, DIRECTION.indexOf('上升') + 1, '上升'],
      ]);
    }
  });

  it('picks the format from the file path', () => {
    const src = '<!-- budgetlint-disable-next-line sum-mismatch -->\n' + OVER;
    expect(lint(src, { rules: RULES, filePath: 'a/说明.md' }).findings).toEqual([]);
    expect(lint(src, { rules: RULES, filePath: 'a/说明.txt' }).findings).toHaveLength(1);
    expect(lint(src, { rules: RULES }).document.format).toBe('text');
  });

  it('applies severity overrides from the config', () => {
    const config = mergeConfig(defaultConfig(), { rules: { 'sum-mismatch': 'warn', 'direction-conflict': ['info', {}] } });
    const r = lint(`${OVER}\n${DIRECTION}`, { rules: RULES, format: 'text', config });
    expect(r.findings.map((f) => [f.ruleId, f.severity])).toEqual([
      ['sum-mismatch', 'warning'],
      ['direction-conflict', 'info'],
    ]);
  });

  it("turns a rule 'off'", () => {
    const config = mergeConfig(defaultConfig(), { rules: { 'sum-mismatch': 'off' } });
    const r = lint(`${OVER}\n${DIRECTION}`, { rules: RULES, format: 'text', config });
    expect(r.findings.map((f) => f.ruleId)).toEqual(['direction-conflict']);
    const zero = mergeConfig(defaultConfig(), { rules: { 'direction-conflict': 0 } });
    expect(lint(`${OVER}\n${DIRECTION}`, { rules: RULES, format: 'text', config: zero }).findings.map((f) => f.ruleId)).toEqual([
      'sum-mismatch',
    ]);
  });

  it('lets a rule choose a lower severity unless the config sets one', () => {
    const soft = defineRule({ id: 'soft', family: 'test', description: '测试', defaultSeverity: 'error' }, (ctx) => {
      const f = ctx.figures[0];
      if (f) ctx.report({ message: '提示', range: f.range, severity: 'warning' });
    });
    expect(lint(OVER, { rules: [soft], format: 'text' }).findings.map((f) => f.severity)).toEqual(['warning']);
    const config = mergeConfig(defaultConfig(), { rules: { soft: 'error' } });
    expect(lint(OVER, { rules: [soft], format: 'text', config }).findings.map((f) => f.severity)).toEqual(['error']);
  });

  it('orders findings at one place by rule id, as the collator does, without loading it for plain ids', () => {
    const at = (id: string) =>
      defineRule({ id, family: 'test', description: '测试', defaultSeverity: 'error' }, (ctx) => {
        const f = ctx.figures[0];
        if (f) ctx.report({ message: `${id}提示`, range: f.range });
      });
    const ids = ['sum-mismatch', 'change-sum-mismatch', 'change-mismatch', 'stale-year', 'change', 'sum-mismatch-b'];
    const plain = String.prototype.localeCompare;
    let collated = 0;
    String.prototype.localeCompare = function (this: string, ...a: Parameters<typeof plain>) {
      collated++;
      return plain.apply(this, a);
    };
    try {
      const r = lint(OVER, { rules: ids.map(at), format: 'text' });
      expect(r.findings.map((f) => f.ruleId)).toEqual([...ids].sort((a, b) => plain.call(a, b)));
      expect(collated).toBe(0);
      // An id of another shape (a plugin's, with capitals or digits) is still collated.
      const mixed = lint(OVER, { rules: ['rule2', 'Rule-b', 'rule-a'].map(at), format: 'text' });
      expect(mixed.findings.map((f) => f.ruleId)).toEqual(['rule-a', 'Rule-b', 'rule2'].sort((a, b) => plain.call(a, b)));
      expect(collated).toBeGreaterThan(0);
    } finally {
      String.prototype.localeCompare = plain;
    }
  });

  it('captures a rule that throws and still runs the others', () => {
    const broken = defineRule({ id: 'broken', family: 'test', description: '测试', defaultSeverity: 'error' }, () => {
      throw new Error('boom');
    });
    const r = lint(OVER, { rules: [broken, ...RULES], format: 'text' });
    expect(r.ruleFailures).toEqual([{ ruleId: 'broken', message: 'boom' }]);
    expect(r.findings.map((f) => f.ruleId)).toEqual(['sum-mismatch']);
    const odd = defineRule({ id: 'odd', family: 'test', description: '测试', defaultSeverity: 'error' }, () => {
      throw 'not an Error';
    });
    expect(lint(OVER, { rules: [odd], format: 'text' }).ruleFailures).toEqual([{ ruleId: 'odd', message: 'not an Error' }]);
  });

  it('passes options merged over the rule defaults', () => {
    let seen: unknown;
    const opt = defineRule(
      { id: 'opt', family: 'test', description: '测试', defaultSeverity: 'error', defaults: { a: 1, b: 2 } },
      (ctx) => {
        seen = ctx.options;
      },
    );
    lint('', { rules: [opt], config: mergeConfig(defaultConfig(), { rules: { opt: ['warn', { b: 3 }] } }) });
    expect(seen).toEqual({ a: 1, b: 3 });
  });

  it('reports a contradiction once even when two claims prove it', () => {
    const twice = defineRule({ id: 'twice', family: 'test', description: '测试', defaultSeverity: 'error' }, (ctx) => {
      const f = ctx.figures[0];
      ctx.report({ message: '同一问题', range: f.range });
      ctx.report({ message: '同一问题', range: f.range });
    });
    expect(lint(OVER, { rules: [twice], format: 'text' }).findings).toHaveLength(1);
  });

  it('sorts findings by position', () => {
    const r = lint(`${DIRECTION}\n${OVER}`, { rules: [...RULES].reverse(), format: 'text' });
    const starts = r.findings.map((f) => f.range.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(r.findings.map((f) => f.ruleId)).toEqual(['direction-conflict', 'sum-mismatch']);
  });

  it('returns the parsed document, figures, claims and line index', () => {
    const r = lint(SUM, { rules: [], format: 'text' });
    expect(r.findings).toEqual([]);
    expect(r.figures.map((f) => f.raw)).toEqual(['27.54亿元', '1.3亿元', '13.40亿元', '7.39亿元']);
    expect(r.claims.some((c) => c.kind === 'sum')).toBe(true);
    expect(r.lines).toBeInstanceOf(LineIndex);
    expect(r.document.blocks).toHaveLength(1);
  });

  it('lints empty and blank documents', () => {
    for (const src of ['', '\n', '\r\n\r\n', '   ']) {
      for (const format of ['text', 'markdown'] as const) {
        const r = lint(src, { rules, format });
        expect(r.findings).toEqual([]);
        expect(r.ruleFailures).toEqual([]);
      }
    }
  });
});

describe('suppression directives (Markdown)', () => {
  it('disable-next-line silences the named rule on the next line only', () => {
    const src = `<!-- budgetlint-disable-next-line sum-mismatch -->\n${OVER}\n\n${OVER}\n`;
    const r = lint(src, { rules: RULES, format: 'markdown' });
    expect(r.findings.map((f) => [f.ruleId, f.line])).toEqual([['sum-mismatch', 4]]);
    expect(r.suppressed.map((f) => [f.ruleId, f.line])).toEqual([['sum-mismatch', 2]]);
    expect(r.unusedDirectives).toEqual([]);
  });

  it('disable-next-line naming another rule does not silence, and is listed as unused', () => {
    const src = `<!-- budgetlint-disable-next-line direction-conflict -->\n${OVER}\n`;
    const r = lint(src, { rules: RULES, format: 'markdown' });
    expect(r.findings.map((f) => f.ruleId)).toEqual(['sum-mismatch']);
    expect(r.unusedDirectives.map((d) => [d.kind, d.rules])).toEqual([['disable-next-line', ['direction-conflict']]]);
  });

  it('disable-next-line with no rule silences every rule', () => {
    const src = `<!-- budgetlint-disable-next-line -->\n${OVER}${DIRECTION}\n`;
    const r = lint(src, { rules: RULES, format: 'markdown' });
    expect(r.findings).toEqual([]);
    expect(r.suppressed).toHaveLength(2);
  });

  it('disable-line silences its own line', () => {
    const src = `${OVER}<!-- budgetlint-disable-line sum-mismatch -- 口径不同 -->\n`;
    const r = lint(src, { rules: RULES, format: 'markdown' });
    expect(r.findings).toEqual([]);
    expect(r.suppressed).toHaveLength(1);
  });

  it('disable … enable silences a span, for the named rule only', () => {
    const src = [
      OVER,
      '',
      '<!-- budgetlint-disable sum-mismatch -->',
      '',
      OVER,
      '',
      DIRECTION,
      '',
      '<!-- budgetlint-enable sum-mismatch -->',
      '',
      OVER,
      '',
    ].join('\n');
    const r = lint(src, { rules: RULES, format: 'markdown' });
    expect(r.findings.map((f) => [f.ruleId, f.line])).toEqual([
      ['sum-mismatch', 1],
      ['direction-conflict', 7],
      ['sum-mismatch', 11],
    ]);
    expect(r.suppressed.map((f) => [f.ruleId, f.line])).toEqual([['sum-mismatch', 5]]);
  });

  it('a bare disable silences everything until a bare enable; an unclosed disable runs to the end', () => {
    const src = ['<!-- budgetlint-disable -->', '', OVER, '', DIRECTION, '', '<!-- budgetlint-enable -->', '', OVER, '', '<!-- budgetlint-disable -->', '', DIRECTION, ''].join('\n');
    const r = lint(src, { rules: RULES, format: 'markdown' });
    expect(r.findings.map((f) => [f.ruleId, f.line])).toEqual([['sum-mismatch', 9]]);
    expect(r.suppressed.map((f) => f.line)).toEqual([3, 5, 13]);
    expect(r.unusedDirectives).toEqual([]);
  });

  it('lists directives that silenced nothing, never enable comments', () => {
    const src = ['<!-- budgetlint-disable direction-conflict -->', '', OVER, '', '<!-- budgetlint-enable -->', '', '<!-- budgetlint-disable-line -->正文。', ''].join('\n');
    const r = lint(src, { rules: RULES, format: 'markdown' });
    expect(r.findings.map((f) => f.ruleId)).toEqual(['sum-mismatch']);
    expect(r.unusedDirectives.map((d) => d.kind)).toEqual(['disable', 'disable-line']);
  });

  it('a directive written in a .txt file is just text', () => {
    const src = `<!-- budgetlint-disable-next-line sum-mismatch -->\n${OVER}`;
    const r = lint(src, { rules: RULES, format: 'text' });
    expect(r.findings).toHaveLength(1);
    expect(r.document.directives).toEqual([]);
  });
});
