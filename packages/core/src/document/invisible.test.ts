import { describe, expect, it } from 'vitest';
import { parseDocument } from './index.ts';
import { OffsetMap } from './offset-map.ts';

// Text copied from a web page carries characters that take no room: zero-width spaces (U+200B) and
// joiners, soft hyphens (U+00AD), word joiners (U+2060), a stray byte-order mark. The reader reads
// the text without them; every offset still points at the source as written.
const ZWSP = '\u200b';
const SHY = '\u00ad';
const WJ = '\u2060';

describe('invisible characters', () => {
  it.each([
    ['inside a figure and a word', `2024年一般公共预${ZWSP}算收入12${ZWSP}8,406万元，比上年下${SHY}降5.3%。`, '2024年一般公共预算收入128,406万元，比上年下降5.3%。'],
    ['around a heading numeral and between lines', `二${WJ}、2025年预算安排\n全镇预算支出${SHY}安排7,960万元。`, '二、2025年预算安排|全镇预算支出安排7,960万元。'],
    ['a byte-order mark pasted mid-text and direction marks', `收入合计\ufeff1,250.00万元\u200e，其中税收收入\u200f980.00万元。`, '收入合计1,250.00万元，其中税收收入980.00万元。'],
  ])('%s: the blocks read without them, each character mapped to its own', (_, source, read) => {
    const doc = parseDocument(source, 'text');
    expect(doc.blocks.map((b) => b.text).join('|')).toBe(read);
    expect(doc.source).toBe(source);
    for (const b of doc.blocks) for (let t = 0; t < b.text.length; t++) expect(source[b.map.toSource(t)]).toBe(b.text[t]);
  });

  it('a Markdown directive with one in it still reads, at its place in the source', () => {
    const source = `<!-- budgetlint-disable-next-line sum${ZWSP}-mismatch -->\n收入合计1,250万元，其中税收收入980万元、非税收入260万元。`;
    const doc = parseDocument(source, 'markdown');
    expect(doc.directives).toMatchObject([{ kind: 'disable-next-line', rules: ['sum-mismatch'], start: 0 }]);
    expect(source.slice(doc.directives[0].end - 3, doc.directives[0].end)).toBe('-->');
  });
});

describe('OffsetMap.through', () => {
  it('cuts a piece around the characters the inner source left out, and keeps a synthetic piece', () => {
    // Source "ab·cd·ef" (· left out) read as "abcdef"; a block takes "bcd", a joining space, then "ef".
    const outer = new OffsetMap();
    outer.push(0, 2);
    outer.push(3, 2);
    outer.push(6, 2);
    const inner = new OffsetMap();
    inner.push(1, 3);
    inner.pushSynthetic(4, 1);
    inner.push(4, 2);
    const m = inner.through(outer);
    expect([0, 1, 2, 4, 5].map((t) => m.toSource(t))).toEqual([1, 3, 4, 6, 7]);
    expect(m.range(0, 3)).toEqual({ start: 1, end: 5 });
  });
});
