import type { OffsetMap } from './offset-map.ts';

/**
 * 'table-row' is a row of a table. Rows read from a Markdown (or Word, PDF)
 * table carry `cells` and `table`; a line of a table that a PDF conversion
 * flattened into plain text carries neither, since its cells cannot be told
 * apart: no sentence, sum or heading is read from it.
 */
export type BlockKind = 'heading' | 'paragraph' | 'table-row' | 'toc';

export interface TableInfo {
  /** Same id for every row of one table. */
  id: number;
  /** 0 for the header row. */
  row: number;
  header: boolean;
  /** The unit that bare numbers in the table's cells are in ("单位：万元"). */
  unit?: string;
  /** Each column's unit, when the header notes units cell by cell ("资金（万元）"): it wins over `unit`. */
  columns?: Array<string | undefined>;
  /**
   * A row pdftotext flattened with its empty cells dropped (flat-rows.ts): its cells are only its
   * code, name and first figure (the 合计); its other figures follow in the text, in column order
   * but under columns unknown. `head` is the table's head, its gaps removed (项目本年支出合计基本支出…).
   */
  flat?: { head: string };
}

/** A unit of plain text (a paragraph, a heading, a table row) with its map back to the source. */
export interface Block {
  index: number;
  kind: BlockKind;
  text: string;
  map: OffsetMap;
  /** Markdown heading depth, when the source says it. */
  depth?: number;
  /** A table row's cells as ranges of `text`. */
  cells?: Array<{ start: number; end: number }>;
  table?: TableInfo;
}

/** An inline directive from the source (Markdown comments). */
export interface Directive {
  kind: 'disable' | 'enable' | 'disable-next-line' | 'disable-line';
  rules: string[];
  reason?: string;
  start: number;
  end: number;
}

/** 'paragraphs': one block a line (Word paragraphs), `|` runs as tables. */
export type SourceFormat = 'markdown' | 'text' | 'paragraphs';

/** Something the reader had to do that the user should know about (a block read as plain text…). */
export interface DocumentNotice {
  /** Reported as the finding's rule id. */
  id: string;
  severity: 'info' | 'warning';
  message: string;
  range: { start: number; end: number };
}

export interface ParsedDocument {
  source: string;
  format: SourceFormat;
  blocks: Block[];
  directives: Directive[];
  notices?: DocumentNotice[];
}
