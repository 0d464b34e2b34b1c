import type { Decimal } from 'decimal.js';

// multiple: 是上年的1.6倍, a ratio written as a multiple (scale 100: in percent, 1.6倍 is 160%).
export type Dimension = 'money' | 'percent' | 'points' | 'count' | 'score' | 'multiple' | 'other';

/** One number as written, with everything needed to reason about it. */
export interface Figure {
  /** Offsets into the text the figure was read from (UTF-16 code units, end exclusive). */
  start: number;
  end: number;
  /**
   * The figure as written, unit included ("13.40亿元", "１５个"), without the spaces PDF
   * extraction puts between number and unit; `start`/`end` still cover the exact characters.
   */
  raw: string;
  /** The value in its own unit, sign included. */
  value: Decimal;
  /** Canonical unit ("万元", "%", "个百分点", "个", "分"…); "" for a bare number. */
  unit: string;
  dimension: Dimension;
  /** Factor from the unit to the dimension's base unit (元 for money, 1 otherwise). */
  scale: Decimal;
  /** Decimal places as written: "13.40" → 2, "152500" → 0. */
  precision: number;
  /** 约/近/多/余/左右…: the figure never enters arithmetic. */
  approximate: boolean;
  /** Counts are exact: "17个" means 17, not [16.5, 17.5]. */
  exact: boolean;
  /** Written in Chinese numerals (四个, 两批). */
  chineseNumeral: boolean;
}
