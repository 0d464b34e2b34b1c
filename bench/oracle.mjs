// The bench drafts as a check of precision: the generator (bench/corpus.mjs) knows which
// paragraphs it made wrong and how, so a message on a paragraph it left right is a false alarm.
//
//   node bench/oracle.mjs [--docs 100] [--seed 424242] [--cli PATH] [--show 40]
//
// Some messages are true of right-by-construction paragraphs and are not counted: a change-sum
// message on a numbered list (each item's change is drawn on its own, so they seldom add up to
// the total's) and a stale year where a paragraph names the budget of another year than the title.
// A slip too small for the rounding rule (one 元 over four parts in 元) is missed by design.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { makeGenerator } from './corpus.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values: args } = parseArgs({
  options: {
    docs: { type: 'string', default: '100' },
    seed: { type: 'string', default: '424242' },
    cli: { type: 'string', default: join(root, 'packages/cli/bin/budgetlint.js') },
    show: { type: 'string', default: '40' },
  },
});

/** Families a paragraph's injected slips may show as (a wrong part also breaks a table row's rate). */
const SHOWS = { open: ['sum-mismatch', 'count-mismatch', 'grade-score-mismatch'], sum: ['sum-mismatch', 'count-mismatch', 'change-sum-mismatch', 'debt-balance-identity', 'grade-score-mismatch'], change: ['change-mismatch', 'change-sum-mismatch'], direction: ['direction-conflict', 'change-mismatch'], share: ['share-mismatch'] };
const TRUE_ANYWAY = { numberedParts: ['change-sum-mismatch'], counts: ['stale-year'] };

export function oracle({ docs = 100, seed = 424242, cli = args.cli } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'budgetlint-oracle-'));
  try {
    const files = [];
    for (let d = 0; d < docs; d++) {
      const log = [];
      const text = makeGenerator(seed + d, { log })(9 * 1024);
      // Each logged paragraph's lines in the document.
      let at = 0;
      const paras = log.map((p) => {
        const start = text.indexOf(p.text, at);
        at = start + p.text.length;
        const line = text.slice(0, start).split('\n').length;
        return { ...p, line, endLine: line + p.text.split('\n').length - 1 };
      });
      const file = join(dir, `d${String(d).padStart(3, '0')}.md`);
      writeFileSync(file, text);
      files.push({ file, paras });
    }
    const r = spawnSync(process.execPath, [cli, '--format', 'json', ...files.map((f) => f.file)], { encoding: 'utf8', maxBuffer: 1 << 28 });
    const report = JSON.parse(r.stdout);
    const byFile = new Map(report.map((x) => [x.filePath, x.messages]));
    let messages = 0;
    let onWrong = 0;
    const falses = [];
    const missed = [];
    let wrong = 0;
    for (const { file, paras } of files) {
      const msgs = byFile.get(file) ?? [];
      // Every paragraph made wrong should draw a message of a family its slip shows as.
      for (const p of paras) {
        // A slip the text cannot prove ('open') may or may not draw a message.
        if (!p.injected.length || p.injected.every((k) => k === 'open')) continue;
        wrong++;
        const seen = msgs.some((m) => m.line >= p.line && m.line <= p.endLine && p.injected.some((k) => SHOWS[k].includes(m.ruleId)));
        if (!seen) missed.push({ file: file.split('/').pop(), line: p.line, kind: p.kind, injected: p.injected, text: p.text.split('\n')[0].slice(0, 160) });
      }
      for (const m of msgs) {
        const p = paras.find((q) => m.line >= q.line && m.line <= q.endLine);
        if (!p) continue; // a heading, a title: not the generator's paragraphs
        messages++;
        if ((TRUE_ANYWAY[p.kind] ?? []).includes(m.ruleId)) continue;
        if (p.injected.some((k) => SHOWS[k].includes(m.ruleId))) {
          onWrong++;
          continue;
        }
        falses.push({ file: file.split('/').pop(), line: m.line, rule: m.ruleId, kind: p.kind, message: m.message, text: p.text.split('\n')[0].slice(0, 160) });
      }
    }
    return { messages, onWrong, falses, wrong, missed };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { messages, onWrong, falses, wrong, missed } = oracle({ docs: Number(args.docs), seed: Number(args.seed) });
  const byRule = {};
  for (const f of falses) byRule[f.rule] = (byRule[f.rule] ?? 0) + 1;
  console.log(`${messages} messages on generated paragraphs: ${onWrong} on paragraphs made wrong, ${falses.length} on paragraphs left right`, byRule);
  const byKind = {};
  for (const m of missed) byKind[`${m.kind}:${m.injected.join('+')}`] = (byKind[`${m.kind}:${m.injected.join('+')}`] ?? 0) + 1;
  console.log(`${wrong - missed.length} of ${wrong} paragraphs made wrong drew a message of their slip's family; missed:`, byKind);
  for (const m of missed.slice(0, Number(args.show))) console.log(`  missed ${m.file}:${m.line} (${m.kind}: ${m.injected.join('+')})\n    ${m.text}`);
  for (const f of falses.slice(0, Number(args.show))) console.log(`${f.file}:${f.line} [${f.rule}] (${f.kind}) ${f.message}\n    ${f.text}`);
}
