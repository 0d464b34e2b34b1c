import type { Figure } from './figures/types.ts';

// What the reader makes of a document before any relation: figures placed in it and words that carry meaning.

/** Offsets into the source text, end exclusive. */
export interface Range {
  start: number;
  end: number;
}

/** A figure placed in the document: its block and its source range. */
export interface DocFigure extends Figure {
  id: number;
  block: number;
  range: Range;
  /** What the figure is in its clause, as far as the reader could tell. */
  role: FigureRole;
}

export type FigureRole =
  | 'amount' // a stated quantity: 合计27.54亿元, 返还性收入1.3亿元
  | 'delta' // 减少5.46亿元
  | 'rate' // 上升19.82%
  | 'ratio' // 为上年的13.89%
  | 'prior' // 比预算数202万元
  | 'share' // 占34.30%
  | 'new-value' // 减少至0元
  | 'other';

/** A word from the text that carries meaning: a direction, a grade, a relation. */
export interface Word {
  text: string;
  range: Range;
}

export type Direction = 'up' | 'down';
