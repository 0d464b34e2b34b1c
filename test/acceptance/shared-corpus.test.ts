import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { score as scoreFile, scorer, shared } from './score.ts';

// The annotated real documents live beside the checkout in ../shared (CI has
// them too). Without them there is nothing to score: skip, don't fail.
const score = (expected: string) => scoreFile(resolve(shared, expected));

describe.skipIf(!existsSync(scorer))('shared annotated corpora', () => {
  it('seeds: every must finding, nothing false', () => {
    const s = score('seeds/expected.json');
    expect(s.falses, s.output).toBe(0);
    expect(s.found, s.output).toBe(s.must);
    expect(s.must).toBeGreaterThanOrEqual(5);
  });

  it('putuo final accounts (PDF layout): nothing false', () => {
    const s = score('corpus/putuo/expected.json');
    expect(s.falses, s.output).toBe(0);
    expect(s.recall).toBe(100);
  });
});
