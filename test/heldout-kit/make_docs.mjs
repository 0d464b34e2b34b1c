// Builds the documents of a held-out set that are not written by hand, from its src/:
//   NAME.wrap.txt     -> NAME.txt   lines starting with '>' are paragraphs, wrapped at WIDTH
//                                   half-width units (an ideograph or full-width mark is 2,
//                                   a digit or ASCII letter 1), mid-word and mid-number, as a
//                                   page wraps them and pdftotext without -layout keeps the
//                                   breaks; other lines are copied
//   NAME.trad.txt     -> NAME.txt   traditional characters (opencc-js cn->tw) with ASCII
//                                   punctuation, as mirror sites repost disclosures
//   NAME.docx.src.txt -> NAME.docx  one Word paragraph per line; a run of lines starting
//                                   with '|' is one Word table (cells split on '|')
// Run from the repository root with the set's folder: node test/heldout-kit/make_docs.mjs test/heldout5
import { readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
if (!process.argv[2]) {
  console.error('usage: node test/heldout-kit/make_docs.mjs test/heldoutN');
  process.exit(2);
}
const here = resolve(process.argv[2]);
const require = createRequire(join(root, 'packages', 'core', 'package.json'));
const OpenCC = require('opencc-js');
const docx = createRequire(join(root, 'package.json'))('docx');

const WIDTH = 74;
const unitsOf = (c) => (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u2014\u2018\u2019\u201c\u201d\u3000-\u303f]/.test(c) ? 2 : 1);
const src = join(here, 'src');

function wrap(text) {
  const out = [];
  for (const line of text.replace(/\n$/, '').split('\n')) {
    if (!line.startsWith('>')) { out.push(line); continue; }
    let row = '';
    let used = 0;
    for (const c of line.slice(1)) {
      if (used + unitsOf(c) > WIDTH) {
        out.push(row);
        row = '';
        used = 0;
      }
      row += c;
      used += unitsOf(c);
    }
    if (row) out.push(row);
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
