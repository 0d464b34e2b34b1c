import { describe, expect, it } from 'vitest';
import { LineIndex } from './line-index.ts';

describe('LineIndex', () => {
  it('splits at \\n, \\r\\n and lone \\r', () => {
    const li = new LineIndex('a\r\nb\rc\nd');
    expect(li.lineCount).toBe(4);
    expect([1, 2, 3, 4].map((l) => li.lineText(l))).toEqual(['a', 'b', 'c', 'd']);
    expect([1, 2, 3, 4].map((l) => li.lineStart(l))).toEqual([0, 3, 5, 7]);
  });

  it('gives a text with \n line ends the same lines whether or not a \r stands elsewhere in it', () => {
    const text = '\ufeff一、收入预算\n\n合计27.54亿元\n其中：税收收入\n\n';
    const plain = new LineIndex(text);
    // A lone \r at the very end adds a line there and changes nothing before it.
    const withCr = new LineIndex(`${text}\r`);
    expect(plain.lineCount).toBe(6);
    expect(withCr.lineCount).toBe(7);
    for (let o = 0; o <= text.length; o++) expect(plain.position(o), `offset ${o}`).toEqual(withCr.position(o));
    expect([1, 2, 3, 4, 5, 6].map((l) => plain.lineStart(l))).toEqual([0, 8, 9, 19, 27, 28]);
  });

  it('gives exact 1-based positions on every offset', () => {
    const text = 'a\r\nb\rc\nd';
    const li = new LineIndex(text);
    const got = Array.from({ length: text.length + 1 }, (_, o) => li.position(o));
    expect(got).toEqual([
      { line: 1, column: 1 }, // a
      { line: 1, column: 2 }, // \r
      { line: 1, column: 3 }, // \n of \r\n: same line as its \r
      { line: 2, column: 1 }, // b
      { line: 2, column: 2 }, // lone \r
      { line: 3, column: 1 }, // c
      { line: 3, column: 2 }, // \n
      { line: 4, column: 1 }, // d
      { line: 4, column: 2 }, // end of text
    ]);
  });

  it('counts columns in UTF-16 code units (astral characters take two)', () => {
    const text = '𠀀合计27.54亿元\n𠀀𠀀x';
    const li = new LineIndex(text);
    expect(li.position(text.indexOf('27.54'))).toEqual({ line: 1, column: 5 });
    expect(li.position(text.indexOf('x'))).toEqual({ line: 2, column: 5 });
    expect(li.lineText(2)).toBe('𠀀𠀀x');
  });

  it('offset() inverts position() for every offset', () => {
    const text = '第一行\r\n第二行𠀀\r\r\n\n末行';
    const li = new LineIndex(text);
    for (let o = 0; o <= text.length; o++) expect(li.offset(li.position(o))).toBe(o);
  });

  it('a trailing line end opens an empty last line', () => {
    for (const eol of ['\n', '\r\n', '\r']) {
      const li = new LineIndex(`x${eol}`);
      expect(li.lineCount).toBe(2);
      expect(li.position(1 + eol.length)).toEqual({ line: 2, column: 1 });
      expect(li.lineText(2)).toBe('');
      expect(li.lineText(1)).toBe('x');
    }
  });

  it('clamps out-of-range offsets and lines', () => {
    const li = new LineIndex('ab\ncd');
    expect(li.position(-5)).toEqual({ line: 1, column: 1 });
    expect(li.position(99)).toEqual({ line: 2, column: 3 });
    expect(li.offset({ line: 9, column: 1 })).toBe(3);
    expect(li.offset({ line: 2, column: 99 })).toBe(5);
  });

  it('handles the empty text', () => {
    const li = new LineIndex('');
    expect(li.lineCount).toBe(1);
    expect(li.position(0)).toEqual({ line: 1, column: 1 });
    expect(li.lineText(1)).toBe('');
  });

  it('a leading BOM takes no column', () => {
    const li = new LineIndex('\uFEFF合计\n27');
    expect(li.position(1)).toEqual({ line: 1, column: 1 });
    expect(li.position(3)).toEqual({ line: 1, column: 3 });
    expect(li.position(4)).toEqual({ line: 2, column: 1 });
    for (let o = 1; o <= 6; o++) expect(li.offset(li.position(o))).toBe(o);
  });

  it("answers from its stored form as from the text, and asks for the text only when a line's text is wanted", () => {
    const texts = ['\ufeff一、收入预算\r\n\r\n合计27.54亿元\r其中：税收收入\n', '二、支出预算\n一般公共预算支出12,345.67万元，比上年增长3.2%。', '', '\n\n'];
    for (const text of texts) {
      const li = new LineIndex(text);
      let asked = 0;
      const back = LineIndex.fromStored(JSON.parse(JSON.stringify(li.toStored())), () => (asked++, text));
      expect(back.lineCount).toBe(li.lineCount);
      for (let o = -1; o <= text.length + 1; o++) expect(back.position(o), `offset ${o}`).toEqual(li.position(o));
      for (let l = 1; l <= li.lineCount; l++) {
        expect(back.lineStart(l)).toBe(li.lineStart(l));
        expect(back.offset({ line: l, column: 3 })).toBe(li.offset({ line: l, column: 3 }));
      }
      expect(asked).toBe(0);
      for (let l = 1; l <= li.lineCount; l++) expect(back.lineText(l)).toBe(li.lineText(l));
      expect(back.text).toBe(text);
      expect(asked).toBe(1);
    }
  });
});

