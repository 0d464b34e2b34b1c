import { Decimal } from 'decimal.js';
import type { Figure } from '../reading/figures/types.ts';

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
      const n = f.raw.replace(/[^\d.\-−－０-９．负]/g, '').replace(/^负/, '-');
      return i === 0 ? n : n.startsWith('-') || n.startsWith('−') ? `- ${n.slice(1)}` : `+ ${n}`;
    })
    .join(' ');
}

export const maxPrecision = (figs: Figure[]): number => Math.max(0, ...figs.map((f) => f.precision));
