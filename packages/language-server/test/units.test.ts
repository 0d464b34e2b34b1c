import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '@budgetlint/core';
import { rules } from '@budgetlint/rules';
import { figureAt, figureFacts, figureRoles } from '../src/describe.ts';
import { displayWidth, table } from '../src/print-claims.ts';
import { applyClientRules, DEFAULT_SETTINGS, loadConfigFor, newConfigLoader, normalizeSettings } from '../src/settings.ts';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { codeActionsFor, eolOf } from '../src/actions.ts';
import { DRAFT } from './support/draft.ts';

describe('settings', () => {
  it('normalizes whatever a client sends', () => {
    expect(normalizeSettings(null)).toEqual(DEFAULT_SETTINGS);
    expect(normalizeSettings({ enable: 'yes', rules: [1], run: 'sometimes', languages: 'markdown' })).toEqual(DEFAULT_SETTINGS);
    expect(normalizeSettings({ enable: false, rules: { 'stale-year': 'off' } })).toEqual({ ...DEFAULT_SETTINGS, enable: false, rules: { 'stale-year': 'off' } });
    expect(normalizeSettings({ run: 'onSave', languages: ['markdown', 3], include: ['说明/**'], exclude: ['', '归档/**'] })).toEqual({
      ...DEFAULT_SETTINGS,
      run: 'onSave',
      languages: ['markdown'],
      include: ['说明/**'],
      exclude: ['归档/**'],
    });
    expect(normalizeSettings({ largeFileSizeMB: '5' }).largeFileSizeMB).toBe(2);
    expect(normalizeSettings({ largeFileSizeMB: 8 }).largeFileSizeMB).toBe(8);
    for (const bad of [0, -1, Number.NaN, Infinity]) expect(normalizeSettings({ largeFileSizeMB: bad }).largeFileSizeMB).toBe(2);
  });

  it('reads the nearest config like the CLI: missing, BOM, bad JSON, bad content, nested', () => {
    const dir = mkdtempSync(join(tmpdir(), 'budgetlint-units-'));
    const load = (d = dir) => loadConfigFor(newConfigLoader(dir), d);
    try {
      expect(load().error).toBeUndefined();
      writeFileSync(join(dir, 'budgetlint.config.json'), '\uFEFF{"rules":{"stale-year":"off"}}');
      const ok = load();
      expect(ok.error).toBeUndefined();
      expect(ok.config.rules['stale-year'].severity).toBe('off');
      // A folder below without its own config uses this one; with its own, the nearest wins (no cascading).
      mkdirSync(join(dir, '附件', '草稿'), { recursive: true });
      expect(load(join(dir, '附件', '草稿')).config.rules['stale-year'].severity).toBe('off');
      writeFileSync(join(dir, '附件', 'budgetlint.config.json'), '{"rules":{"sum-mismatch":"warn"}}');
      const nested = load(join(dir, '附件', '草稿'));
      expect(nested.path).toBe(join(dir, '附件', 'budgetlint.config.json'));
      expect(nested.config.rules['sum-mismatch'].severity).toBe('warning');
      expect(nested.config.rules['stale-year']).toBeUndefined();
      writeFileSync(join(dir, 'budgetlint.config.json'), '{"rules":');
      expect(load().error).toContain('不是有效的 JSON');
      writeFileSync(join(dir, 'budgetlint.config.json'), '{"rules":{"nope":"off"}}');
      const bad = load();
      expect(bad.error).toContain('rules.nope: unknown rule id');
      expect(bad.config.rules).toEqual({});
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('lets client rules win over the file, and rejects unknown ids', () => {
    const base = loadConfigFor(newConfigLoader('/nonexistent'), '/nonexistent').config;
    expect(applyClientRules(base, { ...DEFAULT_SETTINGS, rules: { 'sum-mismatch': 'warn' } }).config.rules['sum-mismatch'].severity).toBe('warning');
    expect(applyClientRules(base, { ...DEFAULT_SETTINGS, rules: { typo: 'off' } }).error).toContain('typo');
  });
});

describe('figures', () => {
  const result = lint(DRAFT, { format: 'markdown', rules });

  it('finds the figure under an offset, end inclusive', () => {
    const at = DRAFT.indexOf('31.62亿元');
    expect(figureAt(result, at)?.raw).toBe('31.62亿元');
    expect(figureAt(result, at + '31.62亿元'.length)?.raw).toBe('31.62亿元');
    expect(figureAt(result, DRAFT.indexOf('其中'))).toBeUndefined();
  });

  it('describes the reading and the roles', () => {
    const total = figureAt(result, DRAFT.indexOf('31.62'))!;
    expect(figureFacts(total)).toEqual([
      '读数：31.62 亿元，金额，数额',
      '基本单位：3162000000元',
      '精度：2位小数，区间 [3161500000, 3162500000]元，即 [31.615, 31.625]亿元',
    ]);
    const roles = figureRoles(result);
    expect(roles.get(total.id)).toEqual(['合计（税收返还和转移支付），其中3项，分项之和26.62亿元']);
    expect(roles.get(figureAt(result, DRAFT.indexOf('2.4亿元'))!.id)).toEqual(['分项（1）返还性收入，属于合计 31.62亿元']);
  });
});

describe('text helpers', () => {
  it('measures CJK as two columns and aligns tables', () => {
    expect(displayWidth('亿元')).toBe(4);
    expect(displayWidth('（1）')).toBe(5);
    expect(table([['名称', 'x'], ['a', 'y']])).toEqual(['名称  x', 'a     y']);
  });
  it('keeps the document line ending', () => {
    expect(eolOf('a\r\nb')).toBe('\r\n');
    expect(eolOf('a\nb')).toBe('\n');
  });
});

describe('the ignore action', () => {
  // Applies the action's edit and lints again: the finding must be suppressed by the directive, and nothing else change.
  function ignoreOnce(source: string) {
    const doc = TextDocument.create('file:///d.md', 'markdown', 1, source);
    const before = lint(source, { format: 'markdown', rules });
    expect(before.findings).toHaveLength(1);
    const f = before.findings[0];
    const rulesById = new Map(rules.map((r) => [r.id, r]));
    const ignore = codeActionsFor(doc, before, [], f.range.start, f.range.start, rulesById, true).find((a) => a.title.startsWith('在此处忽略'))!;
    const edited = TextDocument.applyEdits(doc, ignore.edit!.changes!['file:///d.md']);
    const after = lint(edited, { format: 'markdown', rules });
    return { edited, after, before };
  }

  it('puts the comment on its own line above a block', () => {
    const { edited, after, before } = ignoreOnce(DRAFT);
    expect(edited.split('\n')[2]).toBe('<!-- budgetlint-disable-next-line sum-mismatch -->');
    expect(after.findings).toEqual([]);
    expect(after.suppressed.map((f) => f.ruleId)).toEqual(['sum-mismatch']);
    expect(after.unusedDirectives).toEqual([]);
    expect(after.claims.length).toBe(before.claims.length);
  });

  it('keeps CRLF line ends', () => {
    const { edited, after } = ignoreOnce(DRAFT.replace(/\n/g, '\r\n'));
    expect(edited).toContain('<!-- budgetlint-disable-next-line sum-mismatch -->\r\n税收返还');
    expect(after.suppressed).toHaveLength(1);
  });

  it('puts the comment above the paragraph its statement starts, though the figure is on a later line', () => {
    const { edited, after } = ignoreOnce('一般公共预算支出45.3亿元，\n比上年增加2.1亿元，增长9.9%。\n');
    expect(edited.split('\n')[0]).toBe('<!-- budgetlint-disable-next-line change-mismatch -->');
    expect(after.suppressed.map((f) => f.ruleId)).toEqual(['change-mismatch']);
    expect(after.unusedDirectives).toEqual([]);
  });

  it('appends a disable-line comment inside a paragraph, so the sentence is not cut in two', () => {
    // The statement starts on the paragraph's second line: the comment goes at that line's end.
    const { edited, after, before } = ignoreOnce('本年财政运行总体平稳，收支结构持续优化。\n一般公共预算支出45.3亿元，\n比上年增加2.1亿元，增长9.9%。\n');
    expect(edited.split('\n')[1]).toBe('一般公共预算支出45.3亿元， <!-- budgetlint-disable-line change-mismatch -->');
    expect(after.suppressed.map((f) => f.ruleId)).toEqual(['change-mismatch']);
    expect(after.unusedDirectives).toEqual([]);
    expect(after.claims.map((c) => c.kind)).toEqual(before.claims.map((c) => c.kind));
  });

  it('appends it to a table row, so the table stays a table', () => {
    const table = ['单位：万元', '', '| 项目 | 2025年预算数 |', '| --- | --- |', '| 合计 | 130 |', '| 因公出国（境）费 | 10 |', '| 公务用车购置及运行维护费 | 86.5 |', '| 公务接待费 | 23.5 |'].join('\n');
    const { edited, after } = ignoreOnce(table);
    expect(edited.split('\n')[4]).toBe('| 合计 | 130 | <!-- budgetlint-disable-line sum-mismatch -->');
    expect(after.suppressed.map((f) => f.ruleId)).toEqual(['sum-mismatch']);
    expect(after.unusedDirectives).toEqual([]);
  });
});
