// Every output locates a finding at its statement (the sentence a PDF may have broken over lines)
// and keeps the figure the rule names as its focus.
import { describe, expect, it } from 'vitest';
import { json } from '../../src/formatters/json.ts';
import { stylish } from '../../src/formatters/stylish.ts';
import { github } from '../../src/formatters/github.ts';
import { sarif } from '../../src/formatters/sarif.ts';
import { html } from '../../src/formatters/html.ts';
import { ctx, fileResult } from './helpers.ts';

// A rate that does not follow from its figures, in a sentence broken after 执行数为 the way a PDF breaks it:
// (352.10 - 388.20) / 388.20 = -9.30%, not -2.35%.
const BROKEN = [
  '三、机关运行经费',
  '',
  '本单位机关运行经费主要用于办公及印刷费、水电费、办公用房物业管理等支出。2025年预算执行数为',
  '388.20万元，2026年预算安排352.10万元，比2025年预算执行数减少2.35%。主要原因是压缩会议费和培训费。',
  '',
].join('\n');
const line3 = BROKEN.split('\n')[2];
const line4 = BROKEN.split('\n')[3];
const STATEMENT = { line: 3, column: line3.indexOf('2025年') + 1, endLine: 4, endColumn: line4.indexOf('2.35%') + '2.35%'.length + 1 };
const FOCUS = { line: 4, column: line4.indexOf('2.35%') + 1, endLine: 4, endColumn: line4.indexOf('2.35%') + '2.35%'.length + 1 };

// A 合计 cell that is not the sum of its column: a table cell is its own place, no statement around it.
const TABLE = ['单位：万元', '', '| 项目 | 2025年预算数 |', '| --- | --- |', '| 合计 | 130 |', '| 因公出国（境）费 | 10 |', '| 公务用车购置及运行维护费 | 86.5 |', '| 公务接待费 | 23.5 |', ''].join('\n');

const file = () => fileResult('docs/机关运行经费.txt', BROKEN);

describe('outputs locate the statement', () => {
  it('JSON: line..endLine cover the statement over both lines; focus is the rate the rule names', () => {
    const [r] = JSON.parse(json([file()], ctx));
    const m = r.messages.find((x: { ruleId: string }) => x.ruleId === 'change-mismatch');
    expect(m).toMatchObject({ ...STATEMENT, focus: FOCUS });
    // The related figures keep their own places.
    expect(m.relatedLocations.map((x: { line: number }) => x.line).sort()).toEqual([4, 4]);
  });

  it('JSON: a table cell has no separate focus: its message is the cell', () => {
    const [r] = JSON.parse(json([fileResult('表.md', TABLE)], ctx));
    const m = r.messages.find((x: { ruleId: string }) => x.ruleId === 'sum-mismatch');
    expect(m).toBeDefined();
    expect(m.focus).toBeUndefined();
    expect(TABLE.split('\n')[m.line - 1].slice(m.column - 1, m.endColumn - 1)).toBe('130');
  });

  it('stylish: the statement’s first line and column', () => {
    const out = stylish([file()], ctx);
    expect(out).toMatch(new RegExp(`\\n {2}${STATEMENT.line}:${STATEMENT.column} {2}error {2}.*change-mismatch`));
  });

  it('GitHub: an annotation over both lines, without columns (GitHub honours them on one line only)', () => {
    const out = github([file()], ctx);
    const a = out.split('\n').find((l) => l.includes('title=change-mismatch'))!;
    expect(a).toMatch(/^::error file=docs\/机关运行经费\.txt,line=3,endLine=4,title=change-mismatch::/);
  });

  it('SARIF: the region is the statement; the rate is a related location and the focus property', () => {
    const log = JSON.parse(sarif([file()], ctx));
    const r = log.runs[0].results.find((x: { ruleId: string }) => x.ruleId === 'change-mismatch');
    const region = r.locations[0].physicalLocation.region;
    expect(region).toMatchObject({ startLine: 3, startColumn: STATEMENT.column, endLine: 4, endColumn: STATEMENT.endColumn });
    expect(region.snippet.text).toBe(`2025年预算执行数为\n${line4.slice(0, STATEMENT.endColumn - 1)}`);
    const focus = r.relatedLocations.at(-1);
    expect(focus.message.text).toBe('所指“2.35%”');
    expect(focus.physicalLocation.region).toMatchObject({ startLine: 4, startColumn: FOCUS.column, endLine: 4, endColumn: FOCUS.endColumn });
    expect(r.properties.focus).toEqual({ startLine: 4, startColumn: FOCUS.column, endLine: 4, endColumn: FOCUS.endColumn });
  });

  it('HTML: the list says where the statement starts; the text marks the rate itself', () => {
    const out = html([file()], ctx);
    expect(out).toMatch(/<a class="pos" href="#f0-m0"[^>]*>第 3 行<\/a>/);
    expect(out).toMatch(/<mark class="hl hl-error"[^>]*>2\.35%<\/mark>/);
  });
});
