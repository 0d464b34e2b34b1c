import type { Block } from './types.ts';

/** The text of a table row's cell c, trimmed; '' for a cell the row does not have. */
export const cellText = (b: Block, c: number): string => (b.cells?.[c] ? b.text.slice(b.cells[c].start, b.cells[c].end).trim() : '');
