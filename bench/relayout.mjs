// Layout probe: one published PDF, read four ways, should draw the same messages.
//
// A reviewer lints whatever text they have: the PDF itself (the CLI's own reader), or what
// pdftotext made of it with -layout (columns kept by spaces), -raw (content-stream order) or
// neither (a cell a line, empty cells dropped, a letter-spaced heading a character a line).
// The words and figures are the same in every copy, so a message that some copies draw and
// others do not is a reading that depends on layout: a finding lost on one layout, or, when
// only one copy draws it, often a false alarm made by that layout. Needs pdftotext
// (poppler-utils); without it only the CLI's reading is made and there is nothing to compare.
//
//   node bench/relayout.mjs [DIR|FILE.pdf ...]      (default: every PDF of the annotated sets)
//
// Messages are compared by rule and the figures they quote, not position or words (each copy has its own lines). The
// copies a message is missing from are listed; read them before fixing anything: a table
// flattened without its empty cells (plain pdftotext) cannot always say which column a figure
// was in, and staying silent there is right.
//
// Recorded (every PDF of ../shared and test/heldout*, 40 documents; compared by words before the
// figures were the key): "第一部分 → 第三部分" drawn only where plain pdftotext letter-spaced 目 录
// onto two lines, so the contents list went unread (relations/headings.ts now reads it, and a
// marker alone on its line). By figures: 44 of 141 messages not drawn by every copy (missing
// from layout 38, raw 35, plain 39, cli 1), 41 after a blank line inside a sentence, as -layout
// prints wide line spacing, was read as no paragraph break (document/parse-text.ts). Most left
// are tables the CLI's own PDF reader lays out and a text copy does not. Of those, the -layout copy
// lost most where a table's head stands over two to five lines (2024年预 / 算, 资金（万 / 元）, 序 / 号,
// a group head over its columns): read now, pieces placed by the rows' columns (parse-text.ts
// stackedHead), missing from layout 35 → 21, still 41 not drawn by every copy and none drawn by
// -layout alone. Then 21 → 16: a 合计 row without the 序号 the other rows have (合计 in a cell merged
// over 序号 and 名称), two wide figures printed one space apart, a dash for nothing in a cell. Left in
// -layout: a row label wrapped over the lines around its figures, a serial and a name one space
// apart, a two-column table parted by spaces, code tables whose rows drop their empty cells.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, join, relative } from 'node:path';
import { readInput, root, sharedDir } from './mutate.mjs';

const core = createRequire(import.meta.url)(join(root, 'packages/cli/dist/lint-core.cjs'));

function pdfsUnder(p, out = []) {
  if (statSync(p).isFile()) {
    if (/\.pdf$/i.test(p)) out.push(p);
    return out;
  }
  for (const f of readdirSync(p).sort()) {
    if (f === 'node_modules' || f.startsWith('.')) continue;
    pdfsUnder(join(p, f), out);
  }
  return out;
}

const args = process.argv.slice(2);
const dirs = args.length ? args : [sharedDir, join(root, 'test')].filter(existsSync);
const pdfs = dirs.flatMap((d) => pdfsUnder(d));
const hasPdftotext = spawnSync('pdftotext', ['-v']).error === undefined;

/** The copies of one PDF: the CLI's own reading, then pdftotext's three modes when it is installed. */
function copies(pdf) {
  const out = [{ name: 'cli', text: readInput(pdf).text, format: 'markdown' }];
  if (!hasPdftotext) return out;
  for (const [name, flags] of [
    ['layout', ['-layout']],
    ['raw', ['-raw']],
    ['plain', []],
  ]) {
    const r = spawnSync('pdftotext', [...flags, '-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8', maxBuffer: 1 << 28 });
    if (r.status === 0) out.push({ name, text: r.stdout, format: 'text' });
  }
  return out;
}

// By rule and figures: a copy may name the same row or column in other words (表中合计行“合计（元）”列 beside
// 表中合计行), or write a figure with or without its thousands commas.
const keyOf = (f) => `${f.ruleId} ${[...f.message.matchAll(/\d[\d,]*(?:\.\d+)?/g)].map((m) => m[0].replace(/,/g, '')).join(' ')}`;
const visible = (fs) => fs.filter((f) => f.severity !== 'info' && f.severity !== 'off');
let docs = 0;
let messages = 0;
let uneven = 0;
const byCopy = new Map();
for (const pdf of pdfs) {
  const cs = copies(pdf);
  docs++;
  const seen = new Map();
  const texts = new Map();
  for (const c of cs) {
    for (const f of visible(core.lint(c.text, { rules: core.rules, format: c.format }).findings)) {
      const k = keyOf(f);
      if (!seen.has(k)) seen.set(k, new Set());
      if (!texts.has(k)) texts.set(k, f.message);
      seen.get(k).add(c.name);
    }
  }
  for (const [k, in_] of seen) {
    messages++;
    if (in_.size === cs.length) continue;
    const shown = texts.get(k);
    uneven++;
    const missing = cs.map((c) => c.name).filter((n) => !in_.has(n));
    for (const n of missing) byCopy.set(n, (byCopy.get(n) ?? 0) + 1);
    console.log(`${relative(root, pdf).replace(/^\.\.\//, '')}\n  in ${[...in_].join('+')}, not in ${missing.join('+')}: ${k.split(' ')[0]} ${shown.slice(0, 150)}`);
  }
}
console.log(
  `\n${docs} PDFs, ${messages} distinct messages, ${uneven} not drawn by every copy` +
    (hasPdftotext ? ` (missing from: ${[...byCopy].map(([n, c]) => `${n} ${c}`).join(', ') || 'none'})` : ' (pdftotext not installed: the CLI reading only)'),
);
if (!docs) console.log(`no PDFs under ${dirs.map((d) => basename(d)).join(', ')}`);
