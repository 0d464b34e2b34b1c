import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
// core does not depend on the rules package; import it by path (it imports @budgetlint/core = this src).
import { rules } from '../../../../rules/index.ts';
import { lint } from './lint.ts';
import { defineRule } from './rule.ts';
import type { Finding } from './findings.ts';
import type { SourceFormat } from '../document/types.ts';

const ALL = rules;

function run(src: string, format: SourceFormat = 'text', use = ALL) {
  const r = lint(src, { rules: use, format });
  expect(r.ruleFailures).toEqual([]);
  const text = (f: Finding) => src.slice(f.statement.range.start, f.statement.range.end);
  const focus = (f: Finding) => src.slice(f.range.start, f.range.end);
  return { findings: r.findings, text, focus };
}

/** The one finding of a rule; fails when there is not exactly one. */
function only(src: string, ruleId: string, format: SourceFormat = 'text') {
  const r = run(src, format);
  const found = r.findings.filter((f) => f.ruleId === ruleId);
  expect(found.map((f) => f.message)).toHaveLength(1);
  return { f: found[0], text: r.text(found[0]), focus: r.focus(found[0]) };
}

describe('statement of a finding', () => {
  it('one line: from the start of its sentence (not the sentence before) to the last figure it names', () => {
    const src = '本部门严格控制一般性支出，从严从紧编制预算。2025年“三公”经费预算支出86.40万元，比上年减少9.60万元，上升10.00%，主要是公务用车运行维护费压减。';
    const { f, text, focus } = only(src, 'direction-conflict');
    expect(focus).toBe('上升');
    expect(text).toBe('2025年“三公”经费预算支出86.40万元，比上年减少9.60万元，上升');
    expect([f.statement.line, f.statement.endLine]).toEqual([1, 1]);
    expect(f.statement.column).toBe(src.indexOf('2025年') + 1);
    // The focus is untouched: rules and their tests keep pointing at the figure claimed wrong.
    expect(f.column).toBe(src.indexOf('上升') + 1);
  });

  it('a sentence a PDF broke over two lines: the statement starts on the first, where the sentence does', () => {
    const src = [
      '（三）机关运行经费。本单位机关运行经费主要用于办公及印刷费、水电费、办公用房物业管理等支出。2025年预算执行数为',
      '388.20万元，2026年预算安排352.10万元，比2025年预算执行数减少2.35%。主要原因是压缩会议费和培训费。',
    ].join('\n');
    const { f, text, focus } = only(src, 'change-mismatch');
    expect(focus).toBe('2.35%');
    expect(f.line).toBe(2);
    expect(text).toBe('2025年预算执行数为\n388.20万元，2026年预算安排352.10万元，比2025年预算执行数减少2.35%');
    expect([f.statement.line, f.statement.endLine]).toEqual([1, 2]);
    expect(f.statement.column).toBe(src.indexOf('2025年') + 1);
  });

  it('a sentence a PDF wrapped over three lines (a figure split at the wrap), with CRLF line ends', () => {
    // What pdftotext leaves of a paragraph set 38 characters wide.
    const paragraph =
      '（二）一般公共预算当年拨款规模变化情况。本单位严格落实过紧日子要求，坚持有保有压，统筹安排各项支出，优先保障基本运转和重点履职需要。' +
      '2026年一般公共预算当年拨款预算安排2,436.80万元，比2025年预算执行数增加256.30万元，增长18.75%，主要是新增法律援助专项经费和人民调解员以案定补经费。' +
      '其余各项支出与上年基本持平，一般性支出继续压减。';
    const wrapped: string[] = [];
    for (let i = 0; i < paragraph.length; i += 38) wrapped.push(paragraph.slice(i, i + 38));
    const src = ['三、财政拨款支出情况', '', ...wrapped].join('\r\n');
    const { f, text, focus } = only(src, 'change-mismatch');
    expect(focus).toBe('18.75%');
    // Lines 3-7 hold the paragraph; the sentence starts on line 4 and its rate is on line 6.
    expect([f.statement.line, f.statement.endLine, f.line]).toEqual([4, 6, 6]);
    expect(text.replace(/\r\n/g, '')).toBe('2026年一般公共预算当年拨款预算安排2,436.80万元，比2025年预算执行数增加256.30万元，增长18.75%');
  });

  it('a total in one sentence and its items in the next: one statement over both', () => {
    const src = '按收入来源分，2025年收入预算总计960.00万元。其中，财政拨款收入900.00万元，事业收入80.00万元。以上收入均纳入预算管理。';
    const { f, text, focus } = only(src, 'sum-mismatch');
    expect(focus).toBe('960.00万元');
    expect(text).toBe('按收入来源分，2025年收入预算总计960.00万元。其中，财政拨款收入900.00万元，事业收入80.00万元');
    expect(f.statement.range.start).toBe(0);
  });

  it('a sentence of ；-joined clause chains: the statement starts at its own chain', () => {
    const src = '按支出性质分，基本支出1,120.00万元，比上年增加50.00万元，增长4.67%；项目支出480.00万元，比上年减少60.00万元，增长11.11%。';
    const { text, focus } = only(src, 'direction-conflict');
    expect(focus).toBe('增长');
    expect(text).toBe('项目支出480.00万元，比上年减少60.00万元，增长');
  });

  it('a value stated in another paragraph is not part of the statement; the first mention stays a related place', () => {
    const src = [
      '2024年，本部门机关运行经费支出326.40万元，比上年减少12.30万元，主要是压减办公经费和会议费。',
      '',
      '2024年，本部门机关运行经费支出362.40万元，主要用于办公费、水电费、物业管理费和差旅费等日常公用经费支出。',
    ].join('\n');
    const { f, text } = only(src, 'value-conflict');
    expect(f.related).toHaveLength(1);
    expect(f.statement.line).toBe(3);
    expect(f.statement.endLine).toBe(3);
    expect(text).toBe('2024年，本部门机关运行经费支出362.40万元');
  });

  it('a table cell keeps its own range', () => {
    const src = [
      '| 项目 | 决算数（万元） |',
      '| --- | --- |',
      '| 基本支出 | 820.00 |',
      '| 项目支出 | 410.00 |',
      '| 合计 | 1,250.00 |',
    ].join('\n');
    const r = run(src, 'markdown');
    const sums = r.findings.filter((f) => f.ruleId === 'sum-mismatch');
    expect(sums).toHaveLength(1);
    expect(sums[0].statement.range).toEqual(sums[0].range);
    expect(r.text(sums[0])).toBe('1,250.00');
  });

  it('a heading out of sequence and a stale year keep their own ranges', () => {
    const src = [
      '# 某区司法局2025年部门预算说明',
      '',
      '## 一、收支预算总体情况',
      '',
      '收入预算1,250.00万元。',
      '',
      '## 三、财政拨款收支情况',
      '',
      '2023年财政拨款支出预算1,180.00万元，主要用于司法行政运行和法律援助。',
    ].join('\n');
    const r = run(src, 'markdown');
    const heading = r.findings.find((f) => f.ruleId === 'heading-sequence');
    expect(heading).toBeDefined();
    expect(heading!.statement.range).toEqual(heading!.range);
    for (const f of r.findings.filter((x) => x.ruleId === 'stale-year')) expect(f.statement.range).toEqual(f.range);
  });
});

describe('statement of a finding: which related figures it takes in', () => {
  // A stand-in rule that names the figure `focus` and relates `others` (figures by their raw text), so
  // the shapes are exact whatever the readers make of the text.
  const standIn = (focus: string, others: string[]) =>
    defineRule({ id: 'stand-in', family: 'test', description: '测试', defaultSeverity: 'error' }, (ctx) => {
      const by = (raw: string) => ctx.figures.find((g) => g.raw === raw)!;
      const f = by(focus);
      ctx.report({ message: '测试', range: f.range, related: others.map((o) => ({ range: by(o).range, label: o })) });
    });

  const PARAGRAPH = '本年收入合计500万元。上年结转100万元。本年支出合计450万元。年末结余150万元。其他说明略。';

  it('a figure in the next sentence is taken in; one three sentences off is not', () => {
    const near = run(PARAGRAPH, 'text', [standIn('450万元', ['100万元'])]);
    expect(near.text(near.findings[0])).toBe('上年结转100万元。本年支出合计450万元');
    const far = run(PARAGRAPH, 'text', [standIn('150万元', ['500万元'])]);
    expect(far.text(far.findings[0])).toBe('年末结余150万元');
  });

  it('figures chain: each within a sentence of the last one taken', () => {
    const r = run(PARAGRAPH, 'text', [standIn('150万元', ['450万元', '100万元', '500万元'])]);
    expect(r.text(r.findings[0])).toBe(PARAGRAPH.slice(0, PARAGRAPH.indexOf('150万元') + '150万元'.length));
  });

  it('a figure in another paragraph is never taken in, however close', () => {
    const src = '本年收入合计500万元。\n\n本年支出合计450万元。';
    const r = run(src, 'markdown', [standIn('450万元', ['500万元'])]);
    expect(r.text(r.findings[0])).toBe('本年支出合计450万元');
    expect(r.findings[0].statement.line).toBe(3);
  });
});

describe('statements in the drafts kept in the repository', () => {
  // Every example and held-out draft: whatever the rules find, a wider statement starts where a
  // sentence or ；-clause does, holds its focus and never runs across a blank line into another paragraph.
  const root = fileURLToPath(new URL('../../../../', import.meta.url));
  const drafts = ['examples', 'test/heldout', 'test/heldout2'].flatMap((d) =>
    existsSync(join(root, d)) ? readdirSync(join(root, d)).filter((f) => /\.(md|txt)$/.test(f) && f !== 'README.md').map((f) => join(root, d, f)) : [],
  );

  it('start at a sentence or clause, hold the focus, stay in their paragraph', () => {
    expect(drafts.length).toBeGreaterThan(20);
    let wider = 0;
    for (const path of drafts) {
      const src = readFileSync(path, 'utf8');
      const r = lint(src, { rules: ALL, filePath: path });
      for (const f of r.findings) {
        const s = f.statement.range;
        expect(s.start <= f.range.start && s.end >= f.range.end, path).toBe(true);
        if (s.start === f.range.start && s.end === f.range.end) continue;
        wider++;
        const text = src.slice(s.start, s.end);
        expect(text, path).not.toMatch(/\n[ \t\u3000]*\r?\n/);
        // In its block's text, what comes before the statement ends a sentence or a clause chain, or is nothing.
        const block = r.document.blocks.find((b) => b.text.length && b.map.toSource(0) <= s.start && s.start < b.map.range(0, b.text.length).end)!;
        expect(block, path).toBeDefined();
        expect(block.kind).toBe('paragraph');
        let t = 0;
        while (t < block.text.length && block.map.toSource(t) < s.start) t++;
        expect(block.text.slice(0, t), `${path}: ${text.slice(0, 30)}`).toMatch(/(?:^|[。！？!?；;])[\s\u3000]*$/);
      }
    }
    expect(wider).toBeGreaterThan(20);
  });
});
