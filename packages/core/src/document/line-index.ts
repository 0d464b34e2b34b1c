/** 1-based line and column; columns count UTF-16 code units (SPEC §6, LSP). */
export interface Position {
  line: number;
  column: number;
}

/**
 * Where a text's lines start, as kept beside a cached result (`.budgetlintcache`): enough to
 * turn offsets into positions without the text. `starts` are the gaps between line starts.
 */
export interface StoredLines {
  starts: number[];
  length: number;
  bom: 0 | 1;
}

/**
 * Converts source offsets to line/column. A line ends at \n, \r\n or a lone
 * \r, so positions stay exact for drafts saved on Windows or old Macs.
 */
export class LineIndex {
  private readonly starts: number[] = [0];
  /** A leading byte-order mark takes no column: editors and Notepad do not show it. */
  private readonly bom: number;
  private readonly length: number;
  private source: string | (() => string);

  constructor(text: string) {
    this.source = text;
    this.length = text.length;
    this.bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    // Most drafts end their lines with \n alone: the engine's own search finds them many times faster
    // than a loop over every character, which a run over a folder's cached results was mostly spent in.
    if (!text.includes('\r')) {
      for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
      return;
    }
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) this.starts.push(i + 1);
      else if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        this.starts.push(i + 1);
      }
    }
  }

  /**
   * The index of a text known by its stored lines: positions need no text; the text itself
   * (lineText, or a consumer of `text`) is asked of `text` the first time it is wanted.
   */
  static fromStored(stored: StoredLines, text: () => string): LineIndex {
    const index: LineIndex = Object.create(LineIndex.prototype);
    const starts = [0];
    for (let i = 0, at = 0; i < stored.starts.length; i++) starts.push((at += stored.starts[i]));
    Object.assign(index, { starts, bom: stored.bom, length: stored.length, source: text });
    return index;
  }

  /** This index in the form a cache keeps. */
  toStored(): StoredLines {
    const starts: number[] = new Array(this.starts.length - 1);
    for (let i = 1; i < this.starts.length; i++) starts[i - 1] = this.starts[i] - this.starts[i - 1];
    return { starts, length: this.length, bom: this.bom ? 1 : 0 };
  }

  get text(): string {
    if (typeof this.source === 'function') this.source = this.source();
    return this.source;
  }

  get lineCount(): number {
    return this.starts.length;
  }

  position(offset: number): Position {
    const o = Math.max(0, Math.min(offset, this.length));
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const m = (lo + hi + 1) >> 1;
      if (this.starts[m] <= o) lo = m;
      else hi = m - 1;
    }
    const skip = lo === 0 && o >= this.bom ? this.bom : 0;
    return { line: lo + 1, column: o - this.starts[lo] - skip + 1 };
  }

  offset(pos: Position): number {
    const line = Math.max(0, Math.min(pos.line - 1, this.starts.length - 1));
    const start = this.starts[line] + (line === 0 ? this.bom : 0);
    return Math.min(start + pos.column - 1, this.length);
  }

  lineStart(line: number): number {
    return this.starts[Math.max(0, Math.min(line - 1, this.starts.length - 1))];
  }

  /** The line's text without its line end. */
  lineText(line: number): string {
    const start = this.lineStart(line);
    const next = line < this.starts.length ? this.starts[line] : this.length;
    return this.text.slice(start, next).replace(/\r?\n$|\r$/, '');
  }
}
