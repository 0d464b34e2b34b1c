import { continuedTables, rowsByTable } from '../document/continued-tables.ts';
import type { Block, ParsedDocument } from '../document/types.ts';
import type { DocFigure, FigureRole, Range, Word } from './types.ts';
import { readFigures } from './figures/read-figures.ts';
import type { Figure } from './figures/types.ts';
import { BARE, moneyUnit } from './figures/units.ts';
import { SCORE_HEADER } from '../domain/tables.ts';
import { roleOf } from './roles.ts';
import { LintMemo } from '../engine/memo.ts';
import { memoBlock } from '../engine/incremental.ts';

/** A sentence of a block: text offsets are the block's. */
export interface Sentence {
  block: Block;
  start: number;
  end: number;
  text: string;
  figures: DocFigure[];
}

const SENTENCE_END = /[。！？!?]+/g;

// Figures by block text: while a draft is edited, every other block reads the same.
const FIGURE_CACHE_SIZE = 8192;
interface ReadBlock {
  figures: Figure[];
  /** Each figure's role as read in its own unit (a table's unit can change it). */
  roles: FigureRole[];
}
const figureCache = new LintMemo<ReadBlock>('figures', FIGURE_CACHE_SIZE);
function figuresOf(text: string): ReadBlock {
  let read = figureCache.get(text);
  if (!read) {
    const figures = readFigures(text);
    read = { figures, roles: figures.map((f) => roleOf(text, f)) };
    figureCache.set(text, read);
  }
  return read;
}

/** What a memoised block reading looked at besides its own block (engine/incremental.ts). */
export interface BlockReads {
  /** Indices of the blocks it read (any index asked for, in the document or not). */
  blocks: Set<number>;
  /** It asked how many blocks there are. */
  length: boolean;
  /** It read something no block stands for (every figure, the source): it cannot be reused. */
  opaque: boolean;
}

export class ExtractContext {
  private readonly allFigures: DocFigure[] = [];
  private readonly byBlock: DocFigure[][];
  private readonly sentenceCache = new Map<number, Sentence[]>();
  private readonly parsed: ParsedDocument;
  /** Set while a memoised block reading runs: `doc` and `figuresByBlock` then record what it reads. */
  private reads?: BlockReads;
  private tableRows?: Block[][];
  private watched?: { doc: ParsedDocument; figuresByBlock: DocFigure[][] };

  constructor(doc: ParsedDocument) {
    this.parsed = doc;
    this.byBlock = doc.blocks.map((b) => this.readBlock(b));
  }

  get doc(): ParsedDocument {
    return this.reads ? this.watchers().doc : this.parsed;
  }

  get figuresByBlock(): DocFigure[][] {
    return this.reads ? this.watchers().figuresByBlock : this.byBlock;
  }

  /** Every figure of the document, in order. */
  get figures(): DocFigure[] {
    if (this.reads) this.reads.opaque = true;
    return this.allFigures;
  }

  /** The document and figures as they are, for the memo itself: reading them records nothing. */
  get untracked(): { doc: ParsedDocument; figuresByBlock: DocFigure[][] } {
    return { doc: this.parsed, figuresByBlock: this.byBlock };
  }

  /**
   * Runs `fn` recording every block it reads through this context into `reads`
   * (engine/incremental.ts decides from them when its result may be reused).
   */
  get tracking(): boolean {
    return this.reads !== undefined;
  }

  track<T>(reads: BlockReads, fn: () => T): T {
    if (this.reads) {
      // A memoised reading inside another: the outer one records the inner's reads as its own.
      return fn();
    }
    this.reads = reads;
    try {
      return fn();
    } finally {
      this.reads = undefined;
    }
  }

  private watchers(): { doc: ParsedDocument; figuresByBlock: DocFigure[][] } {
    if (!this.watched) {
      const note = (p: string | symbol) => {
        const reads = this.reads;
        if (!reads || typeof p !== 'string') return;
        if (p === 'length') reads.length = true;
        else if (/^-?\d+$/.test(p)) reads.blocks.add(Number(p));
      };
      const watch = <A extends object>(a: A): A =>
        new Proxy(a, {
          get(target, p, receiver) {
            note(p);
            return Reflect.get(target, p, receiver);
          },
        });
      const blocks = watch(this.parsed.blocks);
      const reads = () => this.reads;
      const doc = new Proxy(this.parsed, {
        get(target, p, receiver) {
          if (p === 'blocks') return blocks;
          // The format is part of every memo key; anything else (the source, directives) is not a block's.
          if (p !== 'format') {
            const r = reads();
            if (r) r.opaque = true;
          }
          return Reflect.get(target, p, receiver);
        },
      });
      this.watched = { doc, figuresByBlock: watch(this.byBlock) };
    }
    return this.watched;
  }

  /**
   * `compute` for one block, or its result from an earlier lint when every block it read then
   * reads the same now (engine/incremental.ts): figures, words and ranges are placed anew.
   */
  memoBlock<T>(name: string, block: Block, key: string, compute: () => T): T {
    return memoBlock(this, name, block, key, compute);
  }

  /**
   * `compute` for one table's rows (in document order, as tables() gives them), reused like a
   * block's reading, keyed on its first row: the rows are handed to `compute` read again
   * through the tracked document, with the block after the last (a row added or taken away
   * changes it), so every row is a dependency. `compute` must read nothing else of the document.
   */
  memoTable<T>(name: string, rows: readonly Block[], compute: (rows: readonly Block[]) => T): T {
    const first = rows[0];
    if (!first || rows.some((r, k) => r.index !== first.index + k)) return compute(rows);
    return memoBlock(this, name, first, '', () => {
      const blocks = this.doc.blocks;
      const tracked: Block[] = [];
      for (let k = 0; k < rows.length; k++) tracked.push(blocks[first.index + k]);
      void blocks[first.index + rows.length];
      return compute(tracked);
    }, rows.length);
  }

  private readBlock(block: Block): DocFigure[] {
    if (block.kind === 'toc') return [];
    const columns = block.table?.columns;
    let tableUnit = !columns && block.table?.unit ? moneyUnit(block.table.unit) : null;
    const cells = block.cells;
    let c = 0;
    const read = figuresOf(block.text);
    const scoreCells = tableUnit || columns ? this.scoreCells(block) : undefined;
    return read.figures.map((read0, i) => {
      const f = cells ? ownCellOnly(block.text, cells, read0) : read0;
      // A bare number in a table with 单位：万元 is in that unit; under a head noting its own
      // column's unit ("资金（万元）"), in its column's. Figures come in order: one pointer walks the cells.
      if (columns && cells) {
        while (c < cells.length - 1 && f.start >= cells[c].end) c++;
        const u = columns[c];
        tableUnit = u ? moneyUnit(u) : null;
      }
      // …unless its column holds scores (得分, 分数).
      const inScores = scoreCells?.some((c) => f.start >= c.start && f.end <= c.end);
      const unit = f.unit === '' && !block.table?.header && !inScores ? tableUnit : null;
      const g = unit ? { ...f, raw: `${f.raw}${unit.unit}`, unit: unit.unit, dimension: unit.dimension, scale: unit.scale } : f;
      // Listed field by field: a spread of the figure per placement showed up in editor profiles.
      const placed: DocFigure = {
        start: g.start,
        end: g.end,
        raw: g.raw,
        value: g.value,
        unit: g.unit,
        dimension: g.dimension,
        scale: g.scale,
        precision: g.precision,
        approximate: g.approximate,
        exact: g.exact,
        chineseNumeral: g.chineseNumeral,
        id: this.allFigures.length,
        block: block.index,
        range: block.map.range(f.start, f.end),
        role: unit || f !== read0 ? roleOf(block.text, g) : read.roles[i],
      };
      this.allFigures.push(placed);
      return placed;
    });
  }

  /** The cells of a table row that stand under a score column's header (自评得分). */
  private scoreCells(block: Block): Array<{ start: number; end: number }> | undefined {
    const t = block.table;
    if (!t || t.header || !block.cells) return undefined;
    const header = this.parsed.blocks[block.index - t.row];
    if (!header?.cells || header.table?.id !== t.id || !header.table.header) return undefined;
    const cols: Array<{ start: number; end: number }> = [];
    header.cells.forEach((c, k) => {
      if (block.cells![k] && SCORE_HEADER.test(header.text.slice(c.start, c.end))) cols.push(block.cells![k]);
    });
    return cols.length ? cols : undefined;
  }

  sentences(block: Block): Sentence[] {
    this.reads?.blocks.add(block.index);
    let cached = this.sentenceCache.get(block.index);
    if (cached) return cached;
    cached = [];
    const figs = this.byBlock[block.index];
    let start = 0;
    // Figures are sorted by position: one pointer hands each sentence its own.
    let next = 0;
    const push = (end: number) => {
      while (next < figs.length && figs[next].start < start) next++;
      const from = next;
      while (next < figs.length && figs[next].end <= end) next++;
      // A slice is exactly its size; an array pushed to keeps spare room, and every sentence is kept.
      const own = figs.slice(from, next);
      if (end > start && block.text.slice(start, end).trim()) {
        cached!.push({ block, start, end, text: block.text.slice(start, end), figures: own });
      }
      start = end;
    };
    SENTENCE_END.lastIndex = 0;
    for (let m = SENTENCE_END.exec(block.text); m; m = SENTENCE_END.exec(block.text)) push(m.index + m[0].length);
    push(block.text.length);
    this.sentenceCache.set(block.index, cached);
    return cached;
  }

  /**
   * Forgets what the readers shared while extracting: each block's sentences and the table rows.
   * After the last extractor only the blocks of findings are asked for their sentences again
   * (engine/statements.ts), and read again they are the same; kept, every sentence of the
   * document stayed alive through every rule — a fifth of the heap of a large draft.
   */
  settle(): void {
    this.sentenceCache.clear();
    this.tableRows = undefined;
    this.watched = undefined;
  }

  /** The rows of each table (header first, in document order), grouped once for every reader of tables. */
  tables(): readonly Block[][] {
    // Every table of the document: a memoised block reading that asks cannot be reused on its
    // block alone (and the cache below would hide the blocks it read from the second asker on).
    if (this.reads) this.reads.opaque = true;
    if (this.tableRows) return this.tableRows;
    // A table printed again over a page break is one table (its 合计 adds up the rows of every page).
    this.tableRows = continuedTables(this.parsed.blocks, rowsByTable(this.parsed.blocks));
    return this.tableRows;
  }

  /** A word of a block's text, by block-text offsets. */
  word(block: Block, start: number, end: number): Word {
    this.reads?.blocks.add(block.index);
    return { text: block.text.slice(start, end), range: this.range(block, start, end) };
  }

  range(block: Block, start: number, end: number): Range {
    this.reads?.blocks.add(block.index);
    return block.map.range(start, end);
  }
}

/**
 * | 事业收入 | 380 | 项目支出 |: a row's cells are parted by spaces in its text, so a unit may be read
 * from the cell after the number's (380项, 1,250人员经费 → 1,250人). A unit that is only the first
 * character of the next cell's words is not the number's; one that is all of that cell (| 120 | 万元 |) is.
 */
function ownCellOnly(text: string, cells: ReadonlyArray<{ start: number; end: number }>, f: Figure): Figure {
  // Cells run left to right: the figure's is found by halves (a scan for each figure grew with the square of a
  // row thousands of cells wide).
  let lo = 0;
  let hi = cells.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (cells[mid].start <= f.start) lo = mid;
    else hi = mid - 1;
  }
  const k = cells.length && f.start >= cells[lo].start && f.start < cells[lo].end ? lo : -1;
  if (k < 0 || f.end <= cells[k].end || !f.unit) return f;
  let n = k + 1;
  while (n < cells.length && cells[n].start < cells[k].end) n++;
  const next = cells[n];
  if (next && text.slice(next.start, next.end).trim() === text.slice(next.start, f.end).trim()) return f;
  let end = f.start;
  while (end < cells[k].end && /[0-9０-９.,，．+\-−]/.test(text[end])) end++;
  if (end === f.start) return f;
  return { ...f, end, raw: text.slice(f.start, end).replace(/[ \u00a0\u3000\t]+/g, ''), unit: BARE.unit, dimension: BARE.dimension, scale: BARE.scale, exact: BARE.exact };
}
