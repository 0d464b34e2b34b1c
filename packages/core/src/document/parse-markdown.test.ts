import { describe, expect, it } from 'vitest';
import { parseDirective, parseMarkdown } from './parse-markdown.ts';
import { readFigures } from '../reading/figures/read-figures.ts';
import type { Block } from './types.ts';

const sourceOf = (source: string, b: Block, start = 0, end = b.text.length) => {
  const r = b.map.range(start, end);
  return source.slice(r.start, r.end);
};

describe('parseMarkdown', () => {
  it('reads headings with their depth and paragraphs', () => {
    const source = '# 2024年预算公开说明\n\n## 一、总体情况\n\n全区收入合计27.54亿元。\n';
    const doc = parseMarkdown(source);
    expect(doc.format).toBe('markdown');
    expect(doc.blocks.map((b) => [b.kind, b.depth, b.text])).toEqual([
      ['heading', 1, '2024年预算公开说明'],
      ['heading', 2, '一、总体情况'],
      ['paragraph', undefined, '全区收入合计27.54亿元。'],
    ]);
    for (const b of doc.blocks) expect(sourceOf(source, b)).toBe(b.text);
  });

  it('maps text with emphasis and links back to the source exactly', () => {
    const source = '上级**补助收入**合计[27.54亿元](https://example.com)，其中*返还性收入*1.3亿元，`一般性转移支付`13.40亿元。';
    const [b] = parseMarkdown(source).blocks;
    expect(b.text).toBe('上级补助收入合计27.54亿元，其中返还性收入1.3亿元，一般性转移支付13.40亿元。');
    for (let t = 0; t < b.text.length; t++) expect(source[b.map.toSource(t)]).toBe(b.text[t]);
    for (const f of readFigures(b.text)) expect(sourceOf(source, b, f.start, f.end)).toBe(f.raw);
    // A range that spans markup covers it in the source.
    expect(sourceOf(source, b, 2, 8)).toBe('补助收入**合计');
  });

  it('joins a soft-wrapped paragraph and keeps figures exact on both lines', () => {
    const source = '全区收入合计\r\n27.54亿元，其中返还性收入\r\n1.3亿元。';
    const [b] = parseMarkdown(source).blocks;
    const figs = readFigures(b.text);
    expect(figs.map((f) => sourceOf(source, b, f.start, f.end))).toEqual(['27.54亿元', '1.3亿元']);
  });

  it('gives one table-row block per GFM row, with cells and the 单位 note', () => {
    const source = [
      '单位：万元',
      '',
      '| 项目 | 预算数 | 决算数 |',
      '|---|---:|---:|',
      '| 返还性收入 | 100 | 120.5 |',
      '| 一般性转移支付 | 200 | 199.5 |',
      '| 合计 | 300 | 320 |',
      '',
    ].join('\n');
    const doc = parseMarkdown(source);
    const rows = doc.blocks.filter((b) => b.kind === 'table-row');
    expect(rows).toHaveLength(4);
    expect(rows.map((r) => r.table)).toEqual([
      { id: 0, row: 0, header: true, unit: '万元' },
      { id: 0, row: 1, header: false, unit: '万元' },
      { id: 0, row: 2, header: false, unit: '万元' },
      { id: 0, row: 3, header: false, unit: '万元' },
    ]);
    const cells = (r: Block) => r.cells!.map((c) => r.text.slice(c.start, c.end));
    expect(cells(rows[0])).toEqual(['项目', '预算数', '决算数']);
    expect(cells(rows[1])).toEqual(['返还性收入', '100', '120.5']);
    for (const r of rows) {
      for (const c of r.cells!) expect(sourceOf(source, r, c.start, c.end)).toBe(r.text.slice(c.start, c.end));
    }
  });

  it('takes the unit from the header row and numbers tables apart', () => {
    const source = ['| 项目（亿元） | 金额 |', '|---|---|', '| 甲 | 1.5 |', '', '正文段落。', '', '| 项目 | 金额 |', '|---|---|', '| 乙 | 2 |', ''].join('\n');
    const rows = parseMarkdown(source).blocks.filter((b) => b.kind === 'table-row');
    expect(rows.map((r) => [r.table!.id, r.table!.unit])).toEqual([
      [0, '亿元'],
      [0, '亿元'],
      [1, undefined],
      [1, undefined],
    ]);
  });

  it('parses directive comments, with rules and a -- reason', () => {
    const source = [
      '<!-- budgetlint-disable-next-line sum-mismatch -- 口径不同 -->',
      '合计27.54亿元。',
      '',
      '<!-- budgetlint-disable sum-mismatch, direction-conflict -->',
      '',
      '段落 <!-- budgetlint-disable-line --> 尾',
      '',
      '<!-- budgetlint-enable -->',
      '',
      '<!-- 普通注释 -->',
    ].join('\n');
    const doc = parseMarkdown(source);
    expect(doc.directives.map(({ kind, rules, reason }) => ({ kind, rules, reason }))).toEqual([
      { kind: 'disable-next-line', rules: ['sum-mismatch'], reason: '口径不同' },
      { kind: 'disable', rules: ['sum-mismatch', 'direction-conflict'], reason: undefined },
      { kind: 'disable-line', rules: [], reason: undefined },
      { kind: 'enable', rules: [], reason: undefined },
    ]);
    for (const d of doc.directives) expect(source.slice(d.start, d.end)).toMatch(/^<!--[\s\S]*-->$/);
    // Inline comments are not part of the paragraph's text.
    expect(doc.blocks.map((b) => b.text)).toContain('段落  尾');
  });

  it('parseDirective reads one comment', () => {
    expect(parseDirective('<!-- budgetlint-disable-line stale-year -- 标题沿用上年 -->', 5, 40)).toEqual({
      kind: 'disable-line',
      rules: ['stale-year'],
      reason: '标题沿用上年',
      start: 5,
      end: 40,
    });
    expect(parseDirective('<!-- eslint-disable -->', 0, 1)).toBeNull();
    expect(parseDirective('<!-- budgetlint-disabled -->', 0, 1)).toBeNull();
  });

  it('skips code blocks and thematic breaks', () => {
    const source = '```\n合计27.54亿元\n```\n\n---\n\n正文。\n';
    expect(parseMarkdown(source).blocks.map((b) => b.text)).toEqual(['正文。']);
  });

  it('reads list items as paragraphs', () => {
    const source = '- 返还性收入1.3亿元\n- 一般性转移支付13.40亿元\n';
    const doc = parseMarkdown(source);
    expect(doc.blocks.map((b) => [b.kind, sourceOf(source, b)])).toEqual([
      ['paragraph', '返还性收入1.3亿元'],
      ['paragraph', '一般性转移支付13.40亿元'],
    ]);
  });

  it('keeps an ordered list item\'s number in its text, mapped to the item', () => {
    const source = '合计20万元，其中：\n\n1. 甲15万元\n2. 乙5万元\n';
    const items = parseMarkdown(source).blocks.slice(1);
    expect(items.map((b) => b.text)).toEqual(['1.甲15万元', '2.乙5万元']);
    for (const b of items) {
      const [f] = readFigures(b.text);
      expect(sourceOf(source, b, f.start, f.end)).toBe(f.raw);
    }
  });

  // Word-to-Markdown converters escape a lot ("3\\. ", "\\*", "&nbsp;"): figures in a text node with
  // escapes or entities must still point at their own characters.
  it.each([
    ['合计27.54亿元，其中返还性收入1.3亿元\\*注', ['27.54亿元', '1.3亿元']],
    ['3\\. 合计27.54亿元', ['27.54亿元']],
    ['合计&nbsp;27.54亿元', ['27.54亿元']],
  ])('maps figures exactly in a text node with escapes or entities: %s', (source, want) => {
    const [b] = parseMarkdown(source).blocks;
    expect(readFigures(b.text).map((f) => sourceOf(source, b, f.start, f.end))).toEqual(want);
  });
});
