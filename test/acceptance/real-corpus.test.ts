import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { score, scorer, shared } from './score.ts';

// The annotated real documents (../shared/corpus/real) beside the checkout; without them, skip.
// Measured when findings came to be located at their statements (issues 9 and 10): 8 right,
// 0 false, 8 of 9 must; before, the same contradictions of a sentence a PDF broke over two
// lines were reported on the rate's line, not the line the reviewer marked, and scored
// 5 right, 3 false, 5 of 9.
describe.skipIf(!existsSync(scorer) || !existsSync(resolve(shared, 'corpus/real/expected.json')))('real disclosures (corpus/real)', () => {
  it('raises no false alarm and finds what it found when last measured', () => {
    const s = score(resolve(shared, 'corpus/real/expected.json'));
    expect(s.falses, s.output).toBe(0);
    expect(s.found, s.output).toBeGreaterThanOrEqual(8);
  });
});
