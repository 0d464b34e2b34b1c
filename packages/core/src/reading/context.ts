import type { Block, ParsedDocument } from '../document/types.ts';
import type { DocFigure, FigureRole, Range, Word } from './types.ts';
import { readFigures } from './figures/read-figures.ts';
import type { Figure } from './figures/types.ts';
import { moneyUnit } from './figures/units.ts';
import { roleOf } from './roles.ts';
import { LintMemo } from '../engine/memo.ts';

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

export class ExtractContext {
  readonly figures: DocFigure[] = [];
  readonly figuresByBlock: DocFigure[][];
  private readonly sentenceCache = new Map<number, Sentence[]>();
  private tableRows?: Block[][];

  constructor(readonly doc: ParsedDocument) {
    this.figuresByBlock = doc.blocks.map((b) => this.readBlock(b));
  }

  private readBlock(block: Block): DocFigure[] {
    if (block.kind === 'toc') return [];
    const tableUnit = block.table?.unit ? moneyUnit(block.table.unit) : null;
    const read = figuresOf(block.text);
    return read.figures.map((f, i) => {
      // A bare number in a table with 单位：万元 is in that unit.
      const inTableUnit = tableUnit && f.unit === '' && !block.table?.header;
      const g = inTableUnit
        ? { ...f, raw: `${f.raw}${tableUnit.unit}`, unit: tableUnit.unit, dimension: tableUnit.dimension, scale: tableUnit.scale }
        : f;
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
        id: this.figures.length,
        block: block.index,
        range: block.map.range(f.start, f.end),
        role: inTableUnit ? roleOf(block.text, g) : read.roles[i],
      };
      this.figures.push(placed);
      return placed;
    });
  }

  sentences(block: Block): Sentence[] {
    let cached = this.sentenceCache.get(block.index);
    if (cached) return cached;
    cached = [];
    const figs = this.figuresByBlock[block.index];
    let start = 0;
    // Figures are sorted by position: one pointer hands each sentence its own.
    let next = 0;
    const push = (end: number) => {
      const own: DocFigure[] = [];
      while (next < figs.length && figs[next].start < start) next++;
      while (next < figs.length && figs[next].end <= end) own.push(figs[next++]);
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

  /** The rows of each table (header first, in document order), grouped once for every reader of tables. */
  tables(): readonly Block[][] {
    if (this.tableRows) return this.tableRows;
    const byId = new Map<number, Block[]>();
    for (const b of this.doc.blocks) {
      if (!b.table) continue;
      const rows = byId.get(b.table.id);
      if (rows) rows.push(b);
      else byId.set(b.table.id, [b]);
    }
    this.tableRows = [...byId.values()];
    return this.tableRows;
  }

  /** A word of a block's text, by block-text offsets. */
  word(block: Block, start: number, end: number): Word {
    return { text: block.text.slice(start, end), range: this.range(block, start, end) };
  }

  range(block: Block, start: number, end: number): Range {
    return block.map.range(start, end);
  }
}
