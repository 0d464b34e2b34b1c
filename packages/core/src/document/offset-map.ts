interface Segment {
  text: number;
  source: number;
  length: number;
}

/**
 * Maps offsets in a block's plain text back to the source. The plain text is
 * built from source pieces (Markdown text nodes, the lines of a wrapped PDF
 * paragraph), each piece one segment; characters between pieces (markup, the
 * line breaks a paragraph was joined across) exist only in the source.
 */
export class OffsetMap {
  private readonly segments: Segment[] = [];
  private length = 0;

  /** Appends source[sourceStart, sourceStart+length) as the next piece of text. */
  push(sourceStart: number, length: number): void {
    if (length <= 0) return;
    const last = this.segments[this.segments.length - 1];
    if (last && last.source + last.length === sourceStart && last.text + last.length === this.length) {
      last.length += length;
    } else {
      this.segments.push({ text: this.length, source: sourceStart, length });
    }
    this.length += length;
  }

  /** Appends text that has no single source character (a joining space), mapped to `at`. */
  pushSynthetic(at: number, length: number): void {
    this.segments.push({ text: this.length, source: at, length: 0 });
    this.length += length;
  }

  private find(t: number): Segment {
    let lo = 0;
    let hi = this.segments.length - 1;
    while (lo < hi) {
      const m = (lo + hi + 1) >> 1;
      if (this.segments[m].text <= t) lo = m;
      else hi = m - 1;
    }
    return this.segments[lo];
  }

  /** Source offset of the character at text offset t. */
  toSource(t: number): number {
    if (this.segments.length === 0) return 0;
    const seg = this.find(t);
    return seg.source + Math.min(Math.max(0, t - seg.text), seg.length);
  }

  /**
   * The map's layout with its position taken out: two maps with the same shape differ only by
   * where their text starts in the source, so a range read through one is the other's, shifted.
   */
  shape(): string {
    const origin = this.segments[0]?.source ?? 0;
    let out = `${this.length}`;
    for (const seg of this.segments) out += `;${seg.text},${seg.source - origin},${seg.length}`;
    return out;
  }

  /** The same map for text that now starts `delta` characters later in the source. */
  shifted(delta: number): OffsetMap {
    const out = new OffsetMap();
    for (const seg of this.segments) out.segments.push({ text: seg.text, source: seg.source + delta, length: seg.length });
    out.length = this.length;
    return out;
  }

  /**
   * The map of the text left once the text ranges `gone` (sorted, disjoint) are
   * deleted: what remains keeps pointing at its own source characters.
   */
  without(gone: ReadonlyArray<{ start: number; end: number }>): OffsetMap {
    const out = new OffsetMap();
    let g = 0;
    for (let i = 0; i < this.segments.length; i++) {
      const seg = this.segments[i];
      const textEnd = i + 1 < this.segments.length ? this.segments[i + 1].text : this.length;
      let at = seg.text;
      while (at < textEnd) {
        while (g < gone.length && gone[g].end <= at) g++;
        const cut = g < gone.length ? gone[g] : undefined;
        if (cut && cut.start <= at) {
          at = Math.min(textEnd, cut.end);
          continue;
        }
        const stop = Math.min(textEnd, cut ? cut.start : textEnd);
        if (seg.length === 0) out.pushSynthetic(seg.source, stop - at);
        else out.push(seg.source + (at - seg.text), stop - at);
        at = stop;
      }
    }
    return out;
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
