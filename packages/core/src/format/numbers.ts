import { Decimal } from 'decimal.js';
import type { Figure } from '../reading/figures/types.ts';
import type { DocFigure, Word } from '../reading/types.ts';

/** A base-unit amount written in `unit` with `places` decimals: 2209000000 → "22.09亿元". */
export function formatIn(baseAmount: Decimal, unit: Pick<Figure, 'unit' | 'scale'>, places: number): string {
  const v = baseAmount.div(unit.scale);
  return `${trimZeros(v.toFixed(Math.max(0, places)), places)}${unit.unit}`;
}

// toFixed pads; keep exactly `places` decimals the way drafters write them.
function trimZeros(s: string, places: number): string {
  return places > 0 ? s : s.replace(/\.0+$/, '');
}

/** "1.3 + 13.40 + 7.39", "-2884 + 143874": the figures as written, signs kept. */
export function formatTerms(figs: Figure[]): string {
  return figs
    .map((f, i) => {
      // A minus in any of its spellings (负, −, the full-width － of a PDF's table) is one minus here.
      const n = f.raw.replace(/[^\d.\-−－０-９．负]/g, '').replace(/^[负−－]/, '-');
      return i === 0 ? n : n.startsWith('-') ? `- ${n.slice(1)}` : `+ ${n}`;
    })
    .join(' ');
}

export const maxPrecision = (figs: Figure[]): number => Math.max(0, ...figs.map((f) => f.precision));

/**
 * A change as the reader should see it quoted. A table's 增减 column states a signed figure with no word of its own
 * (its word is the cell itself), so −10.47 there is told as 减少10.47, never as 增加-10.47; a word the text writes is
 * quoted as written, even 增加-10.47.
 */
export function statedChange(word: Word | undefined, fig: Pick<DocFigure, 'raw' | 'range' | 'dimension'>): string {
  if (!word) return fig.raw;
  const own = word.range.start === fig.range.start && word.range.end === fig.range.end;
  if (!own) return `${word.text}${fig.raw}`;
  const fall = /^[-−－负]/.exec(fig.raw);
  if (!fall) return `${word.text}${fig.raw}`;
  return `${fig.dimension === 'percent' ? '下降' : '减少'}${fig.raw.slice(fall[0].length)}`;
}
