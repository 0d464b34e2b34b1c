// Builds the documents of this set that are not written by hand, from src/:
//   NAME.wrap.txt     -> NAME.txt   lines starting with '>' are paragraphs, wrapped every
//                                   WIDTH characters (mid-word, mid-number) as pdftotext
//                                   without -layout leaves them; other lines are copied
//   NAME.trad.txt     -> NAME.txt   traditional characters (opencc-js cn->tw) with ASCII
//                                   punctuation, as mirror sites repost disclosures
//   NAME.docx.src.txt -> NAME.docx  one Word paragraph per line; a run of lines starting
//                                   with '|' is one Word table (cells split on '|')
// Run from the repository root: node test/heldout4/make_docs.mjs
import { readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const require = createRequire(join(root, 'packages', 'core', 'package.json'));
const OpenCC = require('opencc-js');
const docx = createRequire(join(root, 'package.json'))('docx');

const WIDTH = 37;
const src = join(here, 'src');

function wrap(text) {
  const out = [];
  for (const line of text.replace(/\n$/, '').split('\n')) {
    if (!line.startsWith('>')) { out.push(line); continue; }
    const chars = [...line.slice(1)];
    for (let i = 0; i < chars.length; i += WIDTH) out.push(chars.slice(i, i + WIDTH).join(''));
  }
  return out.join('\n') + '\n';
}

const toTrad = OpenCC.Converter({ from: 'cn', to: 'tw' });
const ASCII = { '，': ',', '：': ':', '；': ';', '（': '(', '）': ')', '“': '"', '”': '"' };
const trad = (text) => toTrad(text).replace(/[，：；（）“”]/g, (c) => ASCII[c]);

async function makeDocx(text) {
  const { Document, Packer, Paragraph, Table, TableRow, TableCell, WidthType } = docx;
  const children = [];
  const lines = text.replace(/\n$/, '').split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i].startsWith('|')) { children.push(new Paragraph({ text: lines[i] })); continue; }
    const rows = [];
    while (i < lines.length && lines[i].startsWith('|')) {
      const cells = lines[i].slice(1).split('|');
      rows.push(new TableRow({ children: cells.map((c) => new TableCell({ children: [new Paragraph({ text: c })] })) }));
      i++;
    }
    i--;
    children.push(new Table({ rows, width: { size: 100, type: WidthType.PERCENTAGE } }));
  }
  return Packer.toBuffer(new Document({ sections: [{ children }] }));
}

for (const f of readdirSync(src).sort()) {
  const text = readFileSync(join(src, f), 'utf8');
  if (f.endsWith('.wrap.txt')) writeFileSync(join(here, f.replace('.wrap.txt', '.txt')), wrap(text));
  else if (f.endsWith('.trad.txt')) writeFileSync(join(here, f.replace('.trad.txt', '.txt')), trad(text));
  else if (f.endsWith('.docx.src.txt')) writeFileSync(join(here, f.replace('.src.txt', '')), await makeDocx(text));
}
console.log('ok');
