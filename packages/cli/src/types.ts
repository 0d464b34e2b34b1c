import type { Place } from './inputs/places.ts';
import type { LintResult } from '@budgetlint/core';

/** ESLint-compatible message (SPEC §6): lines and columns 1-based, columns in UTF-16 units. */
export interface JsonMessage {
  ruleId: string | null;
  severity: 1 | 2;
  message: string;
  /** Where the message is: the statement the finding proves inconsistent (the figure itself for table cells and headings). */
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** The figure or word claimed wrong inside the statement, when it is not the whole of it. */
  focus?: { line: number; column: number; endLine: number; endColumn: number };
  /** The other figures in the finding, each with its label and position. */
  relatedLocations?: Array<{ message: string; line: number; column: number; endLine: number; endColumn: number; page?: number; paragraph?: number }>;
  /** Safe to apply without a person looking (counted in fixableErrorCount/fixableWarningCount). */
  fix?: { range: [number, number]; text: string };
  /** Fixes a person must choose (ESLint's suggestions): they may overwrite the figure that was right. */
  suggestions?: Array<{ desc: string; fix: { range: [number, number]; text: string } }>;
  fingerprint?: string;
  /** PDF: the page the finding is on (line and column refer to the extracted text, see --print-text). */
  page?: number;
  /** Word: the paragraph number (non-empty paragraphs outside tables), or the table and its row. */
  paragraph?: number;
  table?: number;
  row?: number;
  /** Word: the footnote the finding is in (footnotes follow the body in the extracted text). */
  footnote?: number;
  /** Word: a few characters around the finding, to find it in a document without line numbers. */
  quote?: string;
}

export type InputKind = 'markdown' | 'text' | 'docx' | 'pdf';

/** One linted file, everything a formatter may need. */
export interface FileResult {
  filePath: string;
  /** The decoded text the positions refer to (for .docx: one paragraph per line; for .pdf: the rebuilt text). */
  source: string;
  /** Pages (PDF) or paragraphs and table rows (Word) of the original document, by offset of `source`. */
  places?: Place[];
  kind: InputKind;
  encoding: string;
  result: LintResult;
  messages: JsonMessage[];
  errorCount: number;
  warningCount: number;
  /** Findings silenced by budgetlint-suppressions.json, with the entry's reason. */
  fileSuppressed?: Array<{ message: JsonMessage; reason?: string }>;
}

export interface FormatContext {
  cwd: string;
  color: boolean;
  /** Rules by id, for metadata (descriptions, docs links). */
  rules: ReadonlyArray<{ id: string; title?: string; description: string; docsUrl: string; defaultSeverity: string; family: string }>;
}

export type Formatter = (results: FileResult[], ctx: FormatContext) => string;
