// heldout35 07: NAME.fw.txt -> NAME.txt in traditional characters (opencc-js cn->tw), keeping the full-width
// digits, full-width commas and full stops the source is written with (make_docs.mjs's .trad.txt would turn ，
// into ASCII). Run from the repository root: node test/heldout35/src/make_fw.mjs
import { readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..', '..');
const OpenCC = createRequire(join(root, 'packages', 'core', 'package.json'))('opencc-js');
const toTrad = OpenCC.Converter({ from: 'cn', to: 'tw' });
for (const f of readdirSync(here).sort()) {
  if (f.endsWith('.fw.txt')) writeFileSync(join(here, '..', f.replace('.fw.txt', '.txt')), toTrad(readFileSync(join(here, f), 'utf8')));
}
console.log('ok');
