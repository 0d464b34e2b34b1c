import type { Range } from '../relations/types.ts';

export type Severity = 'error' | 'warning' | 'info';
export type SeveritySetting = Severity | 'off';

export interface Related {
  range: Range;
  /** Short Chinese label: "分项（2）一般性转移支付 13.40亿元". */
  label: string;
}

export interface Fix {
  title: string;
  range: Range;
  text: string;
  /**
   * True only when applying the fix cannot overwrite a figure the text does not
   * prove wrong. A fix that rewrites one side of a contradiction (the total, when
   * a component may be the wrong figure) is not safe: editors offer it but never
   * prefer it or apply it in a fix-all, and the JSON output lists it as a
   * suggestion, as ESLint does.
   */
  safe?: boolean;
}

/** What a rule reports; the engine adds severity and positions. */
export interface FindingInput {
  message: string;
  /** The figure or word claimed wrong. */
  range: Range;
  related?: Related[];
  fix?: Fix;
  /** Stable text about the figures involved, for baselines ("27.54亿元|1.3亿元|…"). */
  fingerprint?: string;
  /** Overrides the rule's configured severity (e.g. a rule that reports some cases as warnings). */
  severity?: Severity;
}

/** A stretch of the source with its positions (1-based; columns in UTF-16 code units; end exclusive). */
export interface Span {
  range: Range;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export interface Finding extends FindingInput {
  ruleId: string;
  severity: Severity;
  related: Related[];
  fingerprint: string;
  /** The focus (`range`, the figure or word claimed wrong): 1-based; columns in UTF-16 code units; end exclusive. */
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /**
   * The statement the finding proves inconsistent: from the start of the
   * sentence (or ；-clause chain) holding the earliest of the focus and its
   * related figures close by in the same block, to the end of the latest.
   * Any of its figures may be the wrong one, so reports locate the finding
   * here (as ESLint reports a node from its first line to its last); it is
   * the focus itself for table cells, headings, stale years and notices.
   */
  statement: Span;
}
