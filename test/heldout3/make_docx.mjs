// Builds each NAME.docx from NAME.docx.src.txt beside it: one Word paragraph per
// line, an empty line as an empty paragraph, so line N of the .src.txt is
// paragraph N (the convention of the shared corpus). Run: node make_docx.mjs
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Document, Packer, Paragraph, TextRun } from 'docx';

const here = dirname(fileURLToPath(import.meta.url));
for (const src of readdirSync(here).filter((n) => n.endsWith('.docx.src.txt'))) {
  const lines = readFileSync(join(here, src), 'utf8').replace(/\n$/, '').split('\n');
  const doc = new Document({
    sections: [{ children: lines.map((l) => new Paragraph({ children: l ? [new TextRun(l)] : [] })) }],
  });
  writeFileSync(join(here, src.replace(/\.src\.txt$/, '')), await Packer.toBuffer(doc));
  console.log('wrote', src.replace(/\.src\.txt$/, ''));
}
