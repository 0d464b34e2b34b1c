import { relative } from 'node:path';
import pc from 'picocolors';
import type { Formatter, JsonMessage } from '../types.ts';
import { isInfo } from '../messages.ts';
import { placeLabel } from '../inputs/places.ts';
import { displayWidth, padEnd, table } from './text-width.ts';

const MESSAGE_COLUMN = 60;

/**
 * `12:5` for text; `p.3 12:5` for a PDF (the page, then the place in the text --print-text shows);
 * `¶12 「…引文…」` for Word, which shows no line numbers.
 */
function position(m: JsonMessage): string {
  const place = placeLabel(m);
  if (m.quote !== undefined && place) return `${place} 「${m.quote}」`;
  return place ? `${place} ${m.line}:${m.column}` : `${m.line}:${m.column}`;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * ESLint's default report: one block per file with `line:col  severity  message  rule-id`
 * rows (aligned by display width, CJK counting double), then a summary line.
 * Prints nothing when there is nothing to report.
 */
export const stylish: Formatter = (results, ctx) => {
  const c = pc.createColors(ctx.color);
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  const out: string[] = [];
  for (const r of results) {
    if (!r.messages.length) continue;
    const shown = r.filePath.startsWith('<') ? r.filePath : relative(ctx.cwd, r.filePath) || r.filePath;
    out.push('', c.underline(shown));
    const rows = r.messages.map((m) => {
      let sev: string;
      if (isInfo(m)) {
        infos++;
        sev = c.blue('info');
      } else if (m.severity === 2) {
        errors++;
        sev = c.red('error');
      } else {
        warnings++;
        sev = c.yellow('warning');
      }
      return ['', c.dim(position(m)), sev, m.message.replace(/\s*\n\s*/g, ' '), c.dim(m.ruleId ?? '')];
    });
    // Long messages (common in Chinese, which states the figures) do not push every
    // rule id of the file to the far right: the column stops at MESSAGE_COLUMN.
    const laid = table(rows.map((row) => [...row.slice(0, 3), '']));
    // reduce, not Math.max(...): a file can have more findings than a call can take arguments.
    const head = laid.reduce((w, l) => Math.max(w, displayWidth(l)), 0);
    const widths = rows.map((row) => displayWidth(row[3]));
    const msgWidth = Math.min(MESSAGE_COLUMN, widths.reduce((w, x) => Math.max(w, x), 0));
    rows.forEach((row, i) => out.push(`${padEnd(laid[i], head)}  ${row[3]}${' '.repeat(Math.max(0, msgWidth - widths[i]))}  ${row[4]}`.trimEnd()));
  }
  const total = errors + warnings + infos;
  if (!total) return '';
  const parts = [plural(errors, 'error'), plural(warnings, 'warning')];
  if (infos) parts.push(`${infos} info`);
  const summary = `\u2716 ${plural(total, 'problem')} (${parts.join(', ')})`;
  out.push('', (errors ? c.red : warnings ? c.yellow : c.blue)(c.bold(summary)), '');
  return out.join('\n');
};
