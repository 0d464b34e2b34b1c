import type { Extractor } from '../registry.ts';

/** Grades, counts with enumerations, headings and years. */
export const structureExtractors: Extractor[] = [];
