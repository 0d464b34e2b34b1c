import { describe, expect, it } from 'vitest';
import { escapeData, escapeProperty, github } from '../../src/formatters/github.ts';
import { ctx, fileResult, SUM_DRAFT } from './helpers.ts';

describe('--format github', () => {
  it('escapes data: % CR LF', () => {
    expect(escapeData('100%\r\nok')).toBe('100%25%0D%0Aok');
    expect(escapeData('a:b,c')).toBe('a:b,c');
    expect(escapeData('%0A')).toBe('%250A');
  });

  it('escapes properties: also : and ,', () => {
    expect(escapeProperty('a:b,c%\n')).toBe('a%3Ab%2Cc%25%0A');
    expect(escapeProperty('C:\\报告,2025.md')).toBe('C%3A\\报告%2C2025.md');
  });

  it('prints one ::error annotation per error with exact positions and the rule as title', () => {
    const out = github([fileResult('docs/说明.md', SUM_DRAFT)], ctx);
    const lines = out.trimEnd().split('\n');
    const sum = lines.find((l) => l.includes('title=sum-mismatch'))!;
    const col = SUM_DRAFT.split('\n')[4].indexOf('31.62') + 1;
    expect(sum.startsWith(`::error file=docs/说明.md,line=5,endLine=5,col=1,endColumn=${col + 7},title=sum-mismatch::`)).toBe(true);
    const message = sum.slice(sum.indexOf('::', 2) + 2);
    expect(message).not.toMatch(/[\r\n]/);
    expect(decodeURIComponent(message)).toContain('31.62');
    // Related figures follow on escaped new lines.
    expect(message).toContain('%0A相关数字：%0A');
    expect(message).toContain('返还性收入');
  });

  it('uses ::warning and ::notice for the other severities and escapes paths and messages', () => {
    const f = fileResult('a,b: c%.md', SUM_DRAFT);
    const base = f.messages[0];
    f.messages = [
      { ...base, severity: 1, message: '50%\n下一行', relatedLocations: undefined, ruleId: 'stale-year' },
      { ...base, severity: 1, line: 3, endLine: 4, relatedLocations: undefined, ruleId: null },
    ];
    const [warn, multi] = github([f], ctx).trimEnd().split('\n');
    expect(warn).toBe(`::warning file=a%2Cb%3A c%25.md,line=5,endLine=5,col=${base.column},endColumn=${base.endColumn},title=stale-year::50%25%0A下一行`);
    // Columns only on single-line annotations; a message without rule still has a title.
    expect(multi).toMatch(/^::warning file=a%2Cb%3A c%25\.md,line=3,endLine=4,title=unused-disable-directive::/);
  });

  it('annotates .docx files at file level, naming the position in the extracted text', () => {
    const f = fileResult('word/说明.docx', SUM_DRAFT, { kind: 'docx', encoding: 'docx' });
    const [line] = github([f], ctx).split('\n');
    expect(line).toMatch(/^::error file=word\/说明\.docx,title=sum-mismatch::（提取文本第5行第\d+列）税收返还和转移支付合计31\.62亿元/);
  });

  it('says ::notice for info findings and nothing when clean', async () => {
    const { toJsonMessage } = await import('../../src/messages.ts');
    const f = fileResult('a.md', SUM_DRAFT);
    const finding = { ...f.result.findings[0], severity: 'info' as const };
    f.messages = [toJsonMessage(finding, f.result.lines)];
    expect(github([f], ctx)).toMatch(/^::notice file=a\.md,/);
    expect(github([fileResult('clean.md', '无。\n')], ctx)).toBe('');
  });
});
