import { describe, expect, it } from 'vitest';
import { lint } from '@budgetlint/core';
import { rules, ruleIds } from '@budgetlint/rules';
import { claimRows, claimsTableFor } from '../src/formatters/claims-table.ts';
import { displayWidth, padEnd, table, truncate } from '../src/formatters/text-width.ts';
import type { FileResult } from '../src/types.ts';
import { BAD_TRANSFER } from './helpers.ts';

function fileResult(text: string, filePath = '/tmp/x/draft.md'): FileResult {
  const result = lint(text, { filePath, rules });
  return { filePath, source: text, kind: 'markdown', encoding: 'utf-8', result, messages: [], errorCount: 0, warningCount: 0 };
}

describe('display width', () => {
  it('counts CJK and full-width forms as two columns, ANSI as none', () => {
    expect(displayWidth('abc')).toBe(3);
    expect(displayWidth('合计')).toBe(4);
    expect(displayWidth('（１）')).toBe(6);
    expect(displayWidth('\u001b[31m错\u001b[39m')).toBe(2);
    expect(padEnd('合计', 6)).toBe('合计  ');
  });

  it('truncates by width', () => {
    expect(truncate('税收返还和转移支付', 9)).toBe('税收返还…');
    expect(truncate('abc', 9)).toBe('abc');
  });

  it('aligns columns of mixed scripts', () => {
    const lines = table([
      ['a', '合计', 'x'],
      ['bb', 'total', 'y'],
    ]);
    expect(lines.map((l) => displayWidth(l.slice(0, l.lastIndexOf(' ') + 1)))).toEqual([11, 11]);
  });
});

describe('claims table', () => {
  it('lists the total and each component with its role, marking the findings', () => {
    const rows = claimRows(fileResult(BAD_TRANSFER));
    const sum = rows.filter((r) => r.kind === 'sum');
    expect(sum.map((r) => [r.line, r.value, r.unit, r.role.replace(/（完整.*/, '')])).toEqual([
      [5, '27.54', '亿元', '合计'],
      [5, '1.3', '亿元', '分项（1）'],
      [5, '13.40', '亿元', '分项（2）'],
      [5, '7.39', '亿元', '分项（3）'],
    ]);
    expect(sum[0].findings).toBe('sum-mismatch');
    expect(sum[2].findings).toBe('↳sum-mismatch');
    expect(sum[1].subject).toBe('返还性收入');
  });

  it('names the roles in a change claim', () => {
    const rows = claimRows(fileResult('公用经费支出202万元，比上年减少31万元，下降13.3%。\n'));
    const roles = rows.filter((r) => r.kind === 'change').map((r) => [r.value, r.role]);
    expect(roles).toEqual([
      ['202', '本期'],
      ['31', '变化额（减少）'],
      ['13.3', '降幅'],
    ]);
  });

  it('lines the columns up by display width', () => {
    const out = claimsTableFor(fileResult(BAD_TRANSFER), { cwd: '/tmp/x', color: false, rules: [] });
    const lines = out.split('\n').filter((l) => /^\s+5 {2}合计/.test(l));
    expect(lines.length).toBe(4);
    const unitCol = lines.map((l) => displayWidth(l.slice(0, l.indexOf('亿元'))));
    expect(new Set(unitCol).size).toBe(1);
    expect(out.startsWith('draft.md')).toBe(true);
  });

  it('speaks Chinese: claim kinds, heading levels and figure roles by their Chinese names, never internal ids', () => {
    const draft = [
      '某区2025年部门预算公开说明',
      '',
      '一、收支预算总体情况',
      '',
      '（一）收入预算',
      '',
      BAD_TRANSFER.split('\n')[4],
      '',
      '（二）支出预算',
      '',
      '公用经费支出202万元，比上年减少31万元，下降13.3%。本单位共有在职人员约20人。',
      '',
    ].join('\n');
    const out = claimsTableFor(fileResult(draft), { cwd: '/tmp/x', color: false, rules: [] });
    expect(out).toContain('“一、”级');
    expect(out).toContain('“（一）”级');
    expect(out).toMatch(/\s合计\s/);
    expect(out).toMatch(/\s增减\s/);
    expect(out).toMatch(/\s标题\s/);
    expect(out).toMatch(/未归入（(数额|其他)）/);
    // Only rule ids (which link to their docs) and the file name may be Latin: no kind, level, shape or role ids.
    const body = out.split('\n').slice(1).join('\n').replace(new RegExp(ruleIds().join('|'), 'g'), '');
    expect(body).not.toMatch(/[A-Za-z]{2,}/);
  });

  it('prints a file outside the current folder by its absolute path, one inside relative to it', () => {
    expect(claimsTableFor(fileResult(BAD_TRANSFER, '/tmp/x/说明/a.md'), { cwd: '/tmp/x', color: false, rules: [] }).startsWith('说明/a.md')).toBe(true);
    expect(claimsTableFor(fileResult(BAD_TRANSFER, '/srv/other/a.md'), { cwd: '/tmp/x', color: false, rules: [] }).startsWith('/srv/other/a.md')).toBe(true);
  });

  it('lists figures no claim used, so silence can be explained', () => {
    const rows = claimRows(fileResult('本单位共有在职人员约20人。\n'));
    expect(rows.at(-1)).toMatchObject({ kind: '—', value: '约20' });
  });
});
