// More claims than a function call can take arguments: push(...claims) overflowed the stack at about
// 120,000, the extractor was reported as failed and its claims were lost.
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../document/index.ts';
import { extractClaims } from './index.ts';
import { EXTRA_EXTRACTORS } from './registry.ts';
import type { Claim } from './types.ts';

describe('extractClaims with a very large number of claims', () => {
  it('keeps 300,000 claims from one extractor', () => {
    const doc = parseDocument('本年一般公共预算支出合计3万元，其中：教育支出1万元，卫生健康支出2万元。\n', 'text');
    const base = extractClaims(doc);
    expect(base.failures).toEqual([]);
    const template = base.claims[0];
    expect(template).toBeDefined();
    const many = function manyClaims(): Claim[] {
      return Array.from({ length: 300_000 }, () => template);
    };
    EXTRA_EXTRACTORS.push(many);
    try {
      const r = extractClaims(doc);
      expect(r.failures).toEqual([]);
      expect(r.claims.length).toBe(base.claims.length + 300_000);
    } finally {
      EXTRA_EXTRACTORS.splice(EXTRA_EXTRACTORS.indexOf(many), 1);
    }
  });
});
