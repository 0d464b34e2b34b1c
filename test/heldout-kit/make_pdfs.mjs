// Builds the PDF documents of a held-out set the way most real disclosures are published: a Word file
// (with automatic list numbering, merged table cells, repeated head rows, headers and footers with
// page numbers, landscape pages and footnotes) exported to PDF by LibreOffice. Then it writes the text
// the CLI reads from each PDF (`--print-text`) to src/NAME.pdf.text.txt, which the annotations refer to.
//
//   NAME.pdf.src.txt -> NAME.docx (kept in src/ only as a build step) -> NAME.pdf
//
// Source lines:
//   @header TEXT            running head on every page
//   @footer dash|of         page number as "- 3 -" or "第 3 页 共 5 页"
//   T TEXT                  centred title;  C TEXT  centred line (a unit line, a date)
//   # / ## / ### / #### TEXT  a paragraph numbered by Word: 一、 （一） 1. （1）
//   ::landscape / ::portrait  a new section in that orientation;  ::break  a page break
//   ::table head=N widths=3,1,1   rows of '|' cells until ::end; the first N rows repeat on every
//                           page; a cell '<' is merged into the cell on its left, '^' into the one above
//   (--text-only after the set's folder: keep the PDFs, rewrite only src/NAME.pdf.text.txt)
//   ^N TEXT                 footnote N; '[^N]' in a paragraph places its mark
//   any other line          a body paragraph (first line indented two characters)
// Needs LibreOffice (soffice) and CJK fonts; CI has neither, so the PDFs and texts are committed.
// Run from the repository root: node test/heldout-kit/make_pdfs.mjs test/heldout14
import { readFileSync, writeFileSync, readdirSync, mkdtempSync, copyFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
if (!process.argv[2]) {
  console.error('usage: node test/heldout-kit/make_pdfs.mjs test/heldoutN [NAME-prefix]');
  process.exit(2);
}
const here = resolve(process.argv[2]);
// --text-only: keep the PDFs, rewrite only the texts the CLI reads from them (after a change to the reader).
const textOnly = process.argv.includes('--text-only');
const only = process.argv.slice(3).find((a) => !a.startsWith('--')) ?? '';
const d = createRequire(join(root, 'package.json'))('docx');
const src = join(here, 'src');

const A4 = { width: 11906, height: 16838 };
const MARGIN = { top: 1440, bottom: 1440, left: 1587, right: 1587, header: 851, footer: 851 };

function runs(text, used) {
  const out = [];
  for (const part of text.split(/(\[\^\d+\])/)) {
    const m = /^\[\^(\d+)\]$/.exec(part);
    if (m) {
      out.push(new d.FootnoteReferenceRun(Number(m[1])));
      used.add(Number(m[1]));
    } else if (part) out.push(new d.TextRun(part));
  }
  return out;
}

function table(rows, opts, landscape) {
  const head = Number(opts.head ?? 1);
  const n = Math.max(...rows.map((r) => r.length));
  const widths = (opts.widths ? opts.widths.split(',').map(Number) : [3, ...Array(n - 1).fill(1)]).slice(0, n);
  while (widths.length < n) widths.push(1);
  const page = (landscape ? A4.height : A4.width) - MARGIN.left - MARGIN.right;
  const unit = page / widths.reduce((a, b) => a + b, 0);
  const cols = widths.map((w) => Math.floor(w * unit));
  const out = rows.map((cells, r) => {
    const children = [];
    for (let c = 0; c < n; c++) {
      const v = cells[c] ?? '';
      if (v === '<' || v === '^') continue;
      let span = 1;
      while (cells[c + span] === '<') span++;
      let down = 1;
      while (rows[r + down] && rows[r + down][c] === '^') down++;
      const width = cols.slice(c, c + span).reduce((a, b) => a + b, 0);
      children.push(
        new d.TableCell({
          children: [new d.Paragraph({ alignment: c === 0 ? d.AlignmentType.LEFT : d.AlignmentType.CENTER, children: [new d.TextRun(v)] })],
          columnSpan: span > 1 ? span : undefined,
          rowSpan: down > 1 ? down : undefined,
          width: { size: width, type: d.WidthType.DXA },
          verticalAlign: d.VerticalAlign.CENTER,
        }),
      );
    }
    return new d.TableRow({ children, tableHeader: r < head, cantSplit: true });
  });
  return new d.Table({ rows: out, columnWidths: cols, width: { size: page, type: d.WidthType.DXA } });
}

function build(text) {
  const lines = text.replace(/\n$/, '').split('\n');
  let headerText = '';
  let footer = 'dash';
  const notes = {};
  const used = new Set();
  const sections = [];
  let cur = { landscape: false, children: [] };
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (l.startsWith('@header ')) headerText = l.slice(8);
    else if (l.startsWith('@footer ')) footer = l.slice(8).trim();
    else if (/^\^\d+ /.test(l)) {
      const [, k, v] = /^\^(\d+) (.*)$/.exec(l);
      notes[k] = { children: [new d.Paragraph({ children: [new d.TextRun({ text: v, size: 18 })] })] };
    } else if (l === '::landscape' || l === '::portrait') {
      if (cur.children.length) sections.push(cur);
      cur = { landscape: l === '::landscape', children: [] };
    } else if (l === '::break') cur.children.push(new d.Paragraph({ children: [new d.PageBreak()] }));
    else if (l.startsWith('::table')) {
      const opts = Object.fromEntries([...l.matchAll(/(\w+)=(\S+)/g)].map((m) => [m[1], m[2]]));
      const rows = [];
      for (i++; lines[i] !== '::end'; i++) rows.push(lines[i].replace(/^\|/, '').split('|').map((s) => s.trim()));
      cur.children.push(table(rows, opts, cur.landscape));
      cur.children.push(new d.Paragraph({ text: '' }));
    } else if (l.startsWith('T ')) {
      cur.children.push(new d.Paragraph({ alignment: d.AlignmentType.CENTER, spacing: { after: 240 }, children: [new d.TextRun({ text: l.slice(2), bold: true, size: 36 })] }));
    } else if (l.startsWith('C ')) {
      cur.children.push(new d.Paragraph({ alignment: d.AlignmentType.CENTER, children: runs(l.slice(2), used) }));
    } else if (/^#{1,4} /.test(l)) {
      const level = l.indexOf(' ') - 1;
      cur.children.push(new d.Paragraph({ numbering: { reference: 'outline', level }, children: runs(l.slice(level + 2), used), indent: { firstLine: 640 } }));
    } else if (l.trim() === '') continue;
    else cur.children.push(new d.Paragraph({ children: runs(l, used), indent: { firstLine: 480 } }));
  }
  sections.push(cur);
  const pageNo =
    footer === 'of'
      ? ['第 ', d.PageNumber.CURRENT, ' 页 共 ', d.PageNumber.TOTAL_PAGES, ' 页']
      : ['- ', d.PageNumber.CURRENT, ' -'];
  const level = (lvl, fmt, txt) => ({
    level: lvl,
    format: fmt,
    text: txt,
    alignment: d.AlignmentType.LEFT,
    style: { paragraph: { indent: { left: 0, hanging: 0 } } },
  });
  return new d.Document({
    styles: { default: { document: { run: { font: { ascii: 'Times New Roman', eastAsia: '宋体', hAnsi: 'Times New Roman' }, size: 24 } } } },
    numbering: {
      config: [
        {
          reference: 'outline',
          levels: [
            level(0, d.LevelFormat.CHINESE_COUNTING, '%1、'),
            level(1, d.LevelFormat.CHINESE_COUNTING, '（%2）'),
            level(2, d.LevelFormat.DECIMAL, '%3.'),
            level(3, d.LevelFormat.DECIMAL, '（%4）'),
          ],
        },
      ],
    },
    footnotes: Object.fromEntries(Object.entries(notes).filter(([k]) => used.has(Number(k)))),
    sections: sections.map((s) => ({
      properties: {
        page: {
          size: { ...A4, orientation: s.landscape ? d.PageOrientation.LANDSCAPE : d.PageOrientation.PORTRAIT },
          margin: MARGIN,
          pageNumbers: undefined,
        },
      },
      headers: headerText ? { default: new d.Header({ children: [new d.Paragraph({ alignment: d.AlignmentType.RIGHT, children: [new d.TextRun({ text: headerText, size: 18 })] })] }) } : undefined,
      footers: { default: new d.Footer({ children: [new d.Paragraph({ alignment: d.AlignmentType.CENTER, children: [new d.TextRun({ children: pageNo, size: 18 })] })] }) },
      children: s.children,
    })),
  });
}

const work = mkdtempSync(join(tmpdir(), 'mkpdf-'));
try {
  for (const f of readdirSync(src).sort()) {
    if (!f.endsWith('.pdf.src.txt') || !f.startsWith(only)) continue;
    const name = f.replace('.pdf.src.txt', '');
    if (!textOnly) {
    const buf = await d.Packer.toBuffer(build(readFileSync(join(src, f), 'utf8')));
    writeFileSync(join(work, name + '.docx'), buf);
    execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${work}/profile`, '--convert-to', 'pdf', '--outdir', work, join(work, name + '.docx')], { stdio: 'ignore' });
    copyFileSync(join(work, name + '.pdf'), join(here, name + '.pdf'));
    }
    const text = execFileSync('node', [join(root, 'packages/cli/bin/budgetlint.js'), '--print-text', join(here, name + '.pdf')], { encoding: 'utf8' });
    writeFileSync(join(src, name + '.pdf.text.txt'), text);
    console.log(name);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
