// Restatement probe, the twin of bench/mutate.mjs for the conflict family. A real disclosure prints
// many of its figures more than once (a 类 row in the 收支总表, the 功能分类 table and the 财政拨款
// table; a table cell and the sentence that states it again), and a figure printed twice is usually
// one fact. Change one printing and a careful reader sees the two disagree, or a total that no longer
// adds up: this counts how often budgetlint then says anything new at all.
//
//   node bench/restate.mjs [DIR|FILE ...] [--show N]
//
// Default inputs, needs and PDF handling as bench/mutate.mjs (its inputsOf and readInput). The
// oracle is only "the same digits on two lines" (four significant digits or more, years and long
// codes left out), so an undetected change is not always a miss: two different facts may share a
// value. Read the list before fixing anything.
//
// Recorded (default sets, 922 changes): 427 drew a new message at the start of the session that
// wrote this, 493 after it (功能分类 tables with the code in cells of their own, 合计 heads
// wrapped inside their word, the two sides of a 收支总表).
// 497 after printings read across tables by their titles' scope (a 类 in the 收支总表 and the 支出总表, 收入总计
// and 基本支出/项目支出 restated from a table); the .pdf files of corpus/real/pdf and putuo: 389 → 393 of 484.
// corpus/putuo's .txt copies (pdftotext without -layout), before and after the flat branch read their
// coded tables and 收支总表: finance-bureau 3/54 → 43/54, social-work 3/58 → 25/58 (their PDFs: 38/52,
// 34/56); most left are a 功能分类 code changed in one printing, which leaves a table unread.
// The real3 branch: 561 → 628 of 922 (the .pdf files: 428 → 466 of 540). wanli-2024's .txt 30 → 58 of 218 and
// justice's PDF 44 → 52: a 项目说明 paragraph's path figure (“…（项）”A万元) and its 预算安排 clause are one fact;
// govoffice's PDF 28 → 56 of 62: a pdf.js run of nothing but figures (82,096,797.42 82,096,797.42) is one cell
// each; justice's PDF: 收支总表 total rows set apart at the foot, whose columns a group head had widened.
// Left, by group: wanli-2024's .txt (160: pdftotext without -layout scrambled its tables into one cell a line, in
// no order the text proves); 功能分类 codes changed in one printing (~52, social-work .txt 26 and PDF 16: a code
// is a label, not a figure, and no rule compares a code across tables or with its parent's); “三公” tables whose
// one row of figures sits under a head of several levels (~14 in the wanli and govoffice PDFs: reading the row
// under its heads put 机关运行经费 into the 公务用车 小计's parts, a false sum, so it stays text); the
// finance-bureau PDF's rows split by the page and its year-named 收入支出总计 (as bench/mutate.mjs says); and
// values two facts share (30.00, 20.00 and 100.00 in wanli's list; 0/持平 items).
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { inputsOf, readInput, root, sharedDir } from './mutate.mjs';

const { values: args, positionals } = parseArgs({ allowPositionals: true, options: { show: { type: 'string', default: '20' } } });
const core = createRequire(import.meta.url)(join(root, 'packages/cli/dist/lint-core.cjs'));
const files = inputsOf(positionals.length ? positionals : ['corpus/real', 'corpus/putuo', 'seeds'].map((d) => join(sharedDir, d)));
const NUM = /(?<![\d.,])\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d.,])|(?<![\d.,])\d+\.\d+(?![\d.,])|(?<![\d.,])\d{4,}(?![\d.,])/g;
let total = 0;
let found = 0;
const missed = [];
for (const file of files) {
  const { text, format } = readInput(file);
  const messages = (src) => core.lint(src, { rules: core.rules, format }).findings.map((f) => `${f.ruleId}|${f.message}`);
  const base = new Set(messages(text));
  const lineOf = (o) => text.slice(0, o).split('\n').length;
  const at = new Map();
  for (const m of text.matchAll(NUM)) {
    const v = m[0].replace(/,/g, '');
    if (v.replace('.', '').replace(/^0+/, '').length < 4 || /^(19|20)\d\d$/.test(v) || (!v.includes('.') && v.length > 8)) continue;
    if (!at.has(v)) at.set(v, []);
    at.get(v).push(m.index);
  }
  let n = 0;
  let hit = 0;
  for (const [v, offsets] of at) {
    if (offsets.length < 2 || new Set(offsets.map(lineOf)).size < 2) continue;
    for (const o of offsets.slice(0, 2)) {
      const raw = text.slice(o).match(NUM)[0];
      // The digit after the first (past a thousands comma), moved by five: far beyond any rounding.
      const j = raw[1] === ',' ? 2 : 1;
      const src = text.slice(0, o + j) + String((Number(raw[j]) + 5) % 10) + text.slice(o + j + 1);
      n++;
      if (messages(src).some((m) => !base.has(m))) hit++;
      else missed.push(`${relative(sharedDir, file)}:${lineOf(o)} ${v} (also line ${offsets.map(lineOf).filter((l) => l !== lineOf(o))[0]})`);
    }
  }
  total += n;
  found += hit;
  console.log(`${relative(sharedDir, file)}: ${hit}/${n}`);
}
console.log(`detected ${found}/${total} (${((100 * found) / Math.max(1, total)).toFixed(1)}%)`);
for (const l of missed.slice(0, Number(args.show))) console.log(`  ${l}`);
