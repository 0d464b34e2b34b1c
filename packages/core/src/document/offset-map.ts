/**
 * Maps offsets in a block's plain text back to the source. The plain text is
 * built from source pieces (Markdown text nodes, the lines of a wrapped PDF
 * paragraph), each piece one segment; characters between pieces (markup, the
 * line breaks a paragraph was joined across) exist only in the source.
 *
 * Segments are kept as one flat array of numbers (text offset, source offset, length per
 * segment), not an object each: every block of a document has a map for the whole lint, and
 * three small objects per block were a tenth of the heap of a large draft.
 */
export class OffsetMap {
  private seg: number[] = [];
  private length = 0;
  /** No push since the last compact: the copy would only copy (a Markdown map is compacted as it is mapped, then again by the document). */
  #tight = false;

  /**
   * Drops the spare room `push` leaves at the end of the segment array (V8 grows an array by half
   * plus 16 slots): a block's map of one segment held some 270 bytes, 17 MB over the 62,000 blocks of
   * a 10 MB draft. Called once a map is complete; every map a lint keeps goes through it.
   */
  compact(): this {
    if (!this.#tight) this.seg = this.seg.slice();
    this.#tight = true;
    return this;
  }

  /** How many segments the map holds (adjacent pieces are merged). */
  get segmentCount(): number {
    return this.seg.length / 3;
  }

  /** Appends source[sourceStart, sourceStart+length) as the next piece of text. */
  push(sourceStart: number, length: number): void {
    if (length <= 0) return;
    this.#tight = false;
    const s = this.seg;
    const last = s.length - 3;
    if (last >= 0 && s[last + 1] + s[last + 2] === sourceStart && s[last] + s[last + 2] === this.length) {
      s[last + 2] += length;
    } else {
      s.push(this.length, sourceStart, length);
    }
    this.length += length;
  }

  /** Appends text that has no single source character (a joining space), mapped to `at`. */
  pushSynthetic(at: number, length: number): void {
    this.#tight = false;
    this.seg.push(this.length, at, 0);
    this.length += length;
  }

  /** The index (a multiple of 3) of the segment holding text offset t. */
  find(t: number): number {
    const s = this.seg;
    let lo = 0;
    let hi = s.length / 3 - 1;
    while (lo < hi) {
      const m = (lo + hi + 1) >> 1;
      if (s[m * 3] <= t) lo = m;
      else hi = m - 1;
    }
    return lo * 3;
  }

  /** Source offset of the character at text offset t. */
  toSource(t: number): number {
    if (this.seg.length === 0) return 0;
    const s = this.seg;
    const i = this.find(t);
    return s[i + 1] + Math.min(Math.max(0, t - s[i]), s[i + 2]);
  }

  /**
   * The map's layout with its position taken out: two maps with the same shape differ only by
   * where their text starts in the source, so a range read through one is the other's, shifted.
   */
  shape(): string {
    const s = this.seg;
    const origin = s.length ? s[1] : 0;
    let out = `${this.length}`;
    for (let i = 0; i < s.length; i += 3) out += `;${s[i]},${s[i + 1] - origin},${s[i + 2]}`;
    return out;
  }

  /** The same map for text that now starts `delta` characters later in the source. */
  shifted(delta: number): OffsetMap {
    const out = new OffsetMap();
    const s = (out.seg = this.seg.slice());
    for (let i = 1; i < s.length; i += 3) s[i] += delta;
    out.length = this.length;
    out.#tight = true;
    return out;
  }

  /**
   * The map of the text left once the text ranges `gone` (sorted, disjoint) are
   * deleted: what remains keeps pointing at its own source characters.
   */
  without(gone: ReadonlyArray<{ start: number; end: number }>): OffsetMap {
    const out = new OffsetMap();
    const s = this.seg;
    let g = 0;
    for (let i = 0; i < s.length; i += 3) {
      const text = s[i];
      const source = s[i + 1];
      const length = s[i + 2];
      const textEnd = i + 3 < s.length ? s[i + 3] : this.length;
      let at = text;
      while (at < textEnd) {
        while (g < gone.length && gone[g].end <= at) g++;
        const cut = g < gone.length ? gone[g] : undefined;
        if (cut && cut.start <= at) {
          at = Math.min(textEnd, cut.end);
          continue;
        }
        const stop = Math.min(textEnd, cut ? cut.start : textEnd);
        if (length === 0) out.pushSynthetic(source, stop - at);
        else out.push(source + (at - text), stop - at);
        at = stop;
      }
    }
    return out.compact();
  }

  /**
   * This map read on through `outer`, which maps the source this map points into (a copy with
   * characters left out) on to the source proper: a piece that spans a left-out character is cut
   * in two around it.
   */
  through(outer: OffsetMap): OffsetMap {
    const out = new OffsetMap();
    const s = this.seg;
    const o = outer.seg;
    for (let i = 0; i < s.length; i += 3) {
      const textEnd = i + 3 < s.length ? s[i + 3] : this.length;
      if (s[i + 2] === 0) {
        out.pushSynthetic(outer.toSource(s[i + 1]), textEnd - s[i]);
        continue;
      }
      let at = s[i + 1];
      const end = at + s[i + 2];
      for (let k = outer.find(at); k < o.length && at < end; k += 3) {
        const stop = Math.min(end, o[k] + o[k + 2]);
        if (stop > at) out.push(o[k + 1] + (at - o[k]), stop - at);
        at = Math.max(at, stop);
      }
    }
    return out.compact();
  }

  /** Source range of the text range [start, end). */
  range(start: number, end: number): { start: number; end: number } {
    // Requests past the text's end are clamped, so the range stays inside the source pieces.
    end = Math.min(end, this.length);
    start = Math.min(start, end);
    const s = this.toSource(start);
    const e = end > start ? this.toSource(end - 1) + 1 : s;
    return { start: s, end: Math.max(s, e) };
  }
}
