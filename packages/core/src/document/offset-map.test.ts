import { describe, expect, it } from 'vitest';
import { OffsetMap } from './offset-map.ts';

/** Builds a block text from source pieces the way the parsers do. */
function build(source: string, pieces: Array<[number, number] | { synthetic: number; text: string }>) {
  const map = new OffsetMap();
  let text = '';
  for (const p of pieces) {
    if (Array.isArray(p)) {
      map.push(p[0], p[1]);
      text += source.slice(p[0], p[0] + p[1]);
    } else {
      map.pushSynthetic(p.synthetic, p.text.length);
      text += p.text;
    }
  }
  return { map, text };
}

describe('OffsetMap', () => {
  it('maps every character of a single piece back to its source', () => {
    const source = '前缀：合计27.54亿元';
    const { map, text } = build(source, [[3, source.length - 3]]);
    for (let t = 0; t < text.length; t++) expect(source[map.toSource(t)]).toBe(text[t]);
  });

  it('round-trips through gaps (markup, joined line ends)', () => {
    const source = '上级**补助**收入\n27.54亿元';
    // "上级" + "补助" + "收入" + "27.54亿元", skipping ** and the line end.
    const { map, text } = build(source, [
      [0, 2],
      [4, 2],
      [8, 2],
      [11, 8],
    ]);
    expect(text).toBe('上级补助收入27.54亿元');
    for (let t = 0; t < text.length; t++) expect(source[map.toSource(t)]).toBe(text[t]);
    const at = text.indexOf('27.54亿元');
    const r = map.range(at, at + '27.54亿元'.length);
    expect(source.slice(r.start, r.end)).toBe('27.54亿元');
  });

  it('a compacted map, and a shifted one, read as the map they were made from', () => {
    const source = '上级**补助**收入\n27.54亿元。';
    const { map, text } = build(source, [[0, 2], [4, 2], [8, 2], { synthetic: 10, text: ' ' }, [11, 7]]);
    const before = Array.from(text, (_, t) => map.toSource(t));
    expect(map.compact()).toBe(map);
    expect(Array.from(text, (_, t) => map.toSource(t))).toEqual(before);
    // Still appendable once compacted (a parser may compact early), and a shift moves every segment.
    const moved = map.shifted(100);
    expect(Array.from(text, (_, t) => moved.toSource(t))).toEqual(before.map((b) => b + 100));
    expect(moved.shape()).toBe(map.shape());
    const movedShape = moved.shape();
    map.push(18, 1);
    expect(source[map.toSource(text.length)]).toBe('。');
    expect(moved.shape()).toBe(movedShape);
  });

  it('a range across a gap covers the gap in the source', () => {
    const source = '合计27.\n54亿元';
    const { map, text } = build(source, [
      [0, 5],
      [6, 5],
    ]);
    expect(text).toBe('合计27.54亿元');
    const r = map.range(2, text.length);
    expect(source.slice(r.start, r.end)).toBe('27.\n54亿元');
  });

  it('merges adjacent pieces into one segment', () => {
    const source = 'abcdef';
    const { map } = build(source, [
      [0, 2],
      [2, 2],
      [4, 2],
    ]);
    expect(map.range(0, 6)).toEqual({ start: 0, end: 6 });
    expect(map.segmentCount).toBe(1);
  });

  it('synthetic text maps to its anchor', () => {
    const source = '| a | b |';
    const { map, text } = build(source, [[2, 1], { synthetic: 6, text: '\t' }, [6, 1]]);
    expect(text).toBe('a\tb');
    expect(map.toSource(0)).toBe(2);
    expect(map.toSource(1)).toBe(6);
    expect(map.toSource(2)).toBe(6);
    expect(map.range(2, 3)).toEqual({ start: 6, end: 7 });
    expect(map.range(0, 3)).toEqual({ start: 2, end: 7 });
  });

  it('empty ranges and empty maps', () => {
    const { map } = build('abc', [[1, 2]]);
    expect(map.range(1, 1)).toEqual({ start: 2, end: 2 });
    const empty = new OffsetMap();
    expect(empty.toSource(0)).toBe(0);
    expect(empty.range(0, 0)).toEqual({ start: 0, end: 0 });
  });

  it('never returns end before start, even for out-of-range requests', () => {
    const { map } = build('0123456789', [
      [2, 3],
      [7, 3],
    ]);
    for (let s = 0; s <= 8; s++) {
      for (let e = s; e <= 8; e++) {
        const r = map.range(s, e);
        expect(r.end).toBeGreaterThanOrEqual(r.start);
        expect(r.start).toBeGreaterThanOrEqual(0);
        expect(r.end).toBeLessThanOrEqual(10);
      }
    }
  });

  it('drops deleted text ranges and keeps the rest on its own source characters', () => {
    // "决 算 数" over a line break, then a tab that only the text has.
    const source = '合计决 算\n数为12亿元';
    const { map, text } = build(source, [[0, 5], [6, 6], { synthetic: 3, text: '\t' }, [6, 1]]);
    expect(text).toBe('合计决 算数为12亿元\t数');
    const gone = [{ start: 3, end: 4 }];
    const kept = map.without(gone);
    const after = text.slice(0, 3) + text.slice(4);
    expect(after).toBe('合计决算数为12亿元\t数');
    for (let t = 0; t < after.length; t++) {
      if (after[t] === '\t') continue;
      expect(source[kept.toSource(t)]).toBe(after[t]);
    }
    const at = after.indexOf('决算数');
    expect(source.slice(kept.range(at, at + 3).start, kept.range(at, at + 3).end)).toBe('决 算\n数');
    // Deleting nothing changes nothing; deleting a whole segment skips it.
    expect(map.without([]).range(0, text.length)).toEqual(map.range(0, text.length));
    const noFirst = map.without([{ start: 0, end: 5 }]);
    expect(source[noFirst.toSource(0)]).toBe('数');
  });
});
