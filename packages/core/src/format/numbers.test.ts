import { describe, expect, it } from 'vitest';
import { readFigures } from '../reading/figures/index.ts';
import { formatTerms } from './numbers.ts';

const figs = (s: string) => readFigures(s);

describe('formatTerms', () => {
  it('joins the figures as written, a negative one taken away whichever minus it is written with', () => {
    expect(formatTerms(figs('4270 2420 -770 360'))).toBe('4270 + 2420 - 770 + 360');
    expect(formatTerms(figs('4270 2420 −770 360'))).toBe('4270 + 2420 - 770 + 360');
    expect(formatTerms(figs('4270 2420 －770 360'))).toBe('4270 + 2420 - 770 + 360');
  });
  it('keeps a first negative figure signed', () => {
    expect(formatTerms(figs('－2884 143874'))).toBe('-2884 + 143874');
  });
});
