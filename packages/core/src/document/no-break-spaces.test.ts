import { describe, expect, it } from 'vitest';
import { parseDocument } from './index.ts';

// A web copy of a plain-text disclosure sets no-break spaces where the layout had spaces: a table laid out with them is
// the same table, and every offset still points into the text as written.
const TABLE = '附表 2025年国有资本经营预算收支执行表\n单位：万元\n项目                      预算数      执行数\n一、利润收入               9,460       9,862\n二、产权转让收入             800         680\n收入合计                  10,260      10,542\n';

describe('no-break spaces in a plain text', () => {
  const cells = (source: string) =>
    parseDocument(source, 'text')
      .blocks.filter((b) => b.cells)
      .map((b) => b.cells!.map((c) => b.text.slice(c.start, c.end).trim()));

  it('lay a table out as spaces do', () => {
    const plain = cells(TABLE);
    expect(plain.length).toBe(4);
    expect(cells(TABLE.replace(/ /g, '\u00a0'))).toEqual(plain);
  });

  it('keep the source as written and every block where it was', () => {
    const written = TABLE.replace(/ /g, '\u00a0');
    const doc = parseDocument(written, 'text');
    expect(doc.source).toBe(written);
    const row = doc.blocks.find((b) => b.text.includes('产权转让收入'))!;
    const r = row.map.range(0, row.text.length);
    expect(written.slice(r.start, r.end)).toBe('二、产权转让收入\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0800\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0680');
  });

  it('in a sentence, the gap before a unit reads as a space does', () => {
    const text = (s: string) => parseDocument(s, 'text').blocks.map((b) => b.text);
    expect(text('利润收入9,862\u00a0万元，比上年增长8.6%。\n')).toEqual(text('利润收入9,862 万元，比上年增长8.6%。\n'));
  });
});
