import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lint } from '@budgetlint/core';
import rule from './index.ts';

// Real disclosures beside the project (PDF conversions with flattened tables): heading
// numbering is checked between real headings only, never on a table's lines.
const SHARED = join(import.meta.dirname, '../../../shared');
const DIRS = ['corpus/real', 'corpus/putuo', 'corpus/dev', 'seeds'].map((d) => join(SHARED, d)).filter((d) => existsSync(join(d, 'expected.json')));

describe.runIf(DIRS.length > 0)('heading-sequence on the shared corpora', () => {
  const files = DIRS.flatMap((dir) => {
    const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as {
      files: Record<string, { findings?: Array<{ family: string }> }>;
    };
    return Object.entries(expected.files)
      .filter(([name]) => name.endsWith('.txt') && existsSync(join(dir, name)))
      .map(([name, spec]) => ({ file: join(dir, name), headingFindings: (spec.findings ?? []).filter((f) => f.family === 'heading').length }));
  });

  it.each(files)('$file: no heading message on a table line, none where a reviewer found none', ({ file, headingFindings }) => {
    const source = readFileSync(file, 'utf8');
    const r = lint(source, { rules: [rule], format: 'text' });
    const tableLines = new Set<number>();
    for (const b of r.document.blocks) {
      if (b.kind !== 'table-row') continue;
      const range = b.map.range(0, b.text.length);
      for (let l = r.lines.position(range.start).line; l <= r.lines.position(Math.max(range.start, range.end - 1)).line; l++) tableLines.add(l);
    }
    expect(r.findings.filter((f) => tableLines.has(f.line)).map((f) => `${f.line}: ${f.message}`)).toEqual([]);
    if (headingFindings === 0) expect(r.findings.map((f) => `${f.line}: ${f.message}`)).toEqual([]);
  });
});
