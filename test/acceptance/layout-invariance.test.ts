import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { lint } from '../../packages/core/src/index.ts';
import { rules } from '../../rules/index.ts';
import { root, shared } from './score.ts';

// The same disclosure reaches the linter in many layouts: a PDF's text keeps the gap Word sets
// between Chinese and digits, a web page sets digits full-width, a page break leaves a page number
// between two lines, Windows ends lines with CRLF, a converter hard-wraps paragraphs. Each
// annotated text document, rewritten in such a layout, must get the same messages as it does
// as written (numbers compared in ASCII digits). A reading rule that holds only for one spelling
// fails here, on documents nobody wrote for it.

const width = (c: string) => (c.charCodeAt(0) > 0xff ? 2 : 1);
const lineWidth = (l: string) => [...l].reduce((a, c) => a + width(c), 0);
const isLayoutLine = (l: string) => /\t| {3,}|^\s*\|/.test(l);
/** Written a paragraph a line (not already wrapped by a PDF): only those can be re-wrapped or widened. */
const unwrapped = (s: string) => s.split('\n').some((l) => lineWidth(l) > 90);

const TRANSFORMS: Record<string, { applies?: (s: string) => boolean; make: (s: string) => string }> = {
  // Word's autospace as a PDF's text keeps it: 与 2023 年度相比，增加 307.82 万元.
  'digits set apart': { make: (s) => s.replace(/([\u4e00-\u9fff])([0-9][0-9.,]*)(?=[\u4e00-\u9fff%])/g, '$1 $2 ') },
  'CRLF line ends': { make: (s) => s.replace(/\n/g, '\r\n') },
  'a page number every 30 lines': { make: (s) => s.split('\n').map((l, i) => (i > 0 && i % 30 === 0 ? `\n— ${i / 30} —\n\n${l}` : l)).join('\n') },
  'paragraphs hard-wrapped at 76 columns': {
    applies: unwrapped,
    make: (s) =>
      s
        .split('\n')
        .map((l) => {
          if (isLayoutLine(l)) return l;
          const out: string[] = [];
          let cur = '';
          let w = 0;
          for (const c of l) {
            if (w + width(c) > 76) {
              out.push(cur);
              cur = '';
              w = 0;
            }
            cur += c;
            w += width(c);
          }
          out.push(cur);
          return out.join('\n');
        })
        .join('\n'),
  },
  'full-width digits in prose': {
    applies: unwrapped,
    make: (s) => s.split('\n').map((l) => (isLayoutLine(l) ? l : l.replace(/[0-9.,%]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)))).join('\n'),
  },
};

const ascii = (s: string) => s.replace(/[０-９．，％]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/[\s,，]/g, '');
const messages = (source: string) => {
  const r = lint(source, { rules, format: 'text' });
  expect(r.ruleFailures).toEqual([]);
  return r.findings.map((f) => `${f.ruleId} ${ascii(f.message)}`).sort();
};

const dirs = [
  ...['seeds', 'corpus/dev', 'corpus/real', 'corpus/putuo'].map((d) => resolve(shared, d)),
  ...readdirSync(resolve(root, 'test'))
    .filter((d) => /^heldout\d*$/.test(d))
    .map((d) => resolve(root, 'test', d)),
].filter((d) => existsSync(d));
const files = dirs.flatMap((d) =>
  readdirSync(d)
    .filter((f) => f.endsWith('.txt') && !f.endsWith('.src.txt') && !f.includes('.text.'))
    .map((f) => join(d, f)),
);

describe.skipIf(!existsSync(shared))('the same messages whatever the layout', () => {
  const texts = files.map((f) => ({ name: basename(f), source: readFileSync(f, 'utf8').replace(/\r\n/g, '\n') }));
  const as = new Map(texts.map((t) => [t.name, messages(t.source)]));
  for (const [name, t] of Object.entries(TRANSFORMS)) {
    it(name, () => {
      const changed: string[] = [];
      for (const { name: file, source } of texts) {
        if (t.applies && !t.applies(source)) continue;
        const before = as.get(file)!;
        const after = messages(t.make(source));
        const lost = before.filter((m) => !after.includes(m));
        const added = after.filter((m) => !before.includes(m));
        for (const m of lost) changed.push(`${file} lost: ${m}`);
        for (const m of added) changed.push(`${file} added: ${m}`);
      }
      expect(changed).toEqual([]);
    });
  }
});
