import type { Extractor } from '../registry.ts';
import { extractGrades } from './grades.ts';
import { extractCounts } from './counts.ts';
import { extractHeadings } from './headings.ts';
import { extractYears } from './years.ts';

/** Grades, counts with enumerations, headings and years. */
export const structureExtractors: Extractor[] = [extractGrades, extractCounts, extractHeadings, extractYears];
