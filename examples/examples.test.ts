// The example drafts as an acceptance test: each draft must give exactly the
// findings its <name>.expected.json lists (rule id, line, column), no more and
// no fewer, and together the expected files must cover every rule.
//
// examples/ is not a workspace package, so '@budgetlint/rules' and
// '@budgetlint/core' are imported by path (the same modules the packages export).
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatForPath, lint } from '../packages/core/src/index.ts';
import { ruleIds, rules } from '../rules/index.ts';

interface Expected {
  ruleId: string;
  line: number;
  column: number;
  why: string;
}

const here = dirname(fileURLToPath(import.meta.url));
const drafts = readdirSync(here)
  .filter((f) => /\.(md|txt)$/.test(f) && f !== 'README.md')
  .sort();

const expectedFor = (draft: string): Expected[] =>
  JSON.parse(readFileSync(join(here, draft.replace(/\.(md|txt)$/, '.expected.json')), 'utf8'));

const key = (f: { ruleId: string; line: number; column: number }) => `${f.ruleId} @ ${f.line}:${f.column}`;

describe('examples', () => {
  it('has at least ten drafts, in Markdown and plain text, each 1–4 KB', () => {
    expect(drafts.length).toBeGreaterThanOrEqual(10);
    expect(drafts.some((d) => d.endsWith('.md'))).toBe(true);
    expect(drafts.some((d) => d.endsWith('.txt'))).toBe(true);
    for (const d of drafts) {
      const size = statSync(join(here, d)).size;
      expect(size, d).toBeGreaterThanOrEqual(1024);
      expect(size, d).toBeLessThanOrEqual(4096);
    }
  });

  it('lists well-formed expectations for every draft', () => {
    const known = new Set(ruleIds());
    for (const d of drafts) {
      for (const e of expectedFor(d)) {
        expect(known.has(e.ruleId), `${d}: unknown rule ${e.ruleId}`).toBe(true);
        expect(Number.isInteger(e.line) && e.line >= 1, `${d}: line`).toBe(true);
        expect(Number.isInteger(e.column) && e.column >= 1, `${d}: column`).toBe(true);
        expect(e.why, `${d}: why`).toMatch(/[\u4e00-\u9fff]/);
      }
    }
  });

  it('exercises every rule in at least one expected file', () => {
    const used = new Set(drafts.flatMap((d) => expectedFor(d).map((e) => e.ruleId)));
    expect(ruleIds().filter((id) => !used.has(id))).toEqual([]);
  });

  it('keeps at least one draft with no findings at all', () => {
    expect(drafts.some((d) => expectedFor(d).length === 0)).toBe(true);
  });

  for (const draft of drafts) {
    it(`${draft}: gives exactly the expected findings`, () => {
      const path = join(here, draft);
      const source = readFileSync(path, 'utf8');
      const result = lint(source, { rules, filePath: path, format: formatForPath(path) });
      expect(result.ruleFailures).toEqual([]);
      const actual = result.findings.map(key).sort();
      const expected = expectedFor(draft).map(key).sort();
      expect(actual).toEqual(expected);
    });
  }
});
