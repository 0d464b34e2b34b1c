import { readFileSync } from 'node:fs';
import { it } from 'vitest';
import { parseDocument } from './index.ts';
it('dump', () => {
  const src = readFileSync(process.env.F!, 'utf8');
  const doc = parseDocument(src, 'text');
  for (const b of doc.blocks) console.log(b.kind, b.table?.id, b.table?.row, JSON.stringify(b.cells?.map((c) => b.text.slice(c.start, c.end))), '|', b.text);
});
