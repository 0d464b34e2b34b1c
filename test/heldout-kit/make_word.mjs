// Builds the Word-published PDFs of a held-out set (heldout26, heldout27; adapted from make_pdfs.mjs beside it):
// NAME.pdf.src.txt -> NAME.docx (docx package, in a temporary folder) -> NAME.pdf (LibreOffice),
// then writes what the CLI reads from the PDF to SET/src/NAME.pdf.text.txt.
// Differences from the kit: headings are typed (not Word-numbered) so a drafter's numbering slip
// can be written; money cells are right-aligned, text cells left, head cells centred; a table
// may set its font size; TOC lines get a dot leader to a right tab; R/L lines; bold headings.
//
// Source lines:
//   @header TEXT | @footer dash|of|plain | @font SERIF_FAMILY
//   T TEXT (title) · T2 TEXT (subtitle) · C TEXT (centred) · R TEXT (right) · L TEXT (left, no indent)
//   H1 TEXT · H2 TEXT (bold headings, typed numbering) · TOC TEXT|PAGE
//   ::landscape / ::portrait (new section) · ::break (page break)
//   ::table head=N widths=3,1,1 size=18 left=0,1   rows of '|' cells until ::end; '<' merges left, '^' merges up;
//                           money cells right-aligned except in the `left` columns (default 0: codes stay left)
//                           a cell starting with '~' (one per level) is indented that many levels (功能分类 names by 类/款/项)
//   ^N TEXT footnote N, '[^N]' places its mark · blank lines are skipped · any other line a paragraph
// Run from the repository root: node test/heldout-kit/make_word.mjs SET_DIR [NAME-prefix] [--text-only]
// (SET_DIR: the set's folder, e.g. test/heldout26; its src/ holds the NAME.pdf.src.txt files)
import { readFileSync, writeFileSync, readdirSync, mkdtempSync, copyFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const textOnly = process.argv.includes('--text-only');
const [set, only = ''] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
if (!set) throw new Error('usage: node test/heldout-kit/make_word.mjs SET_DIR [NAME-prefix] [--text-only]');
const here = resolve(set);
const src = join(here, 'src');
const d = createRequire(join(root, 'package.json'))('docx');

const A4 = { width: 11906, height: 16838 };
const MARGIN = { top: 1440, bottom: 1300, left: 1440, right: 1440, header: 700, footer: 700 };
const NUM = /^[-−]?[\d,]+(\.\d+)?%?$|^[-—]$/;

function runs(text, used, opts = {}) {
  const out = [];
  for (const part of text.split(/(\[\^\d+\])/)) {
    const m = /^\[\^(\d+)\]$/.exec(part);
    if (m) {
      out.push(new d.FootnoteReferenceRun(Number(m[1])));
      used.add(Number(m[1]));
    } else if (part) out.push(new d.TextRun({ text: part, ...opts }));
  }
  return out;
}

function table(rows, opts, landscape) {
  const head = Number(opts.head ?? 1);
  const size = Number(opts.size ?? 17);
  const left = new Set((opts.left ?? '0').split(',').map(Number));
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
      const align = r < head ? d.AlignmentType.CENTER : !left.has(c) && NUM.test(v) ? d.AlignmentType.RIGHT : d.AlignmentType.LEFT;
      const level = r < head ? 0 : /^~*/.exec(v)[0].length;
      const text = v.slice(level);
      children.push(
        new d.TableCell({
          children: text.split('\\n').map((line) => new d.Paragraph({ alignment: align, indent: level ? { left: 240 * level } : undefined, children: [new d.TextRun({ text: line, size })] })),
          columnSpan: span > 1 ? span : undefined,
          rowSpan: down > 1 ? down : undefined,
          width: { size: width, type: d.WidthType.DXA },
          verticalAlign: d.VerticalAlign.CENTER,
          margins: { left: 60, right: 60, top: 20, bottom: 20 },
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
  const para = (children, o = {}) => cur.children.push(new d.Paragraph({ spacing: { line: 330 }, ...o, children }));
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
    } else if (l.startsWith('T ')) para([new d.TextRun({ text: l.slice(2), bold: true, size: 40, font: { eastAsia: 'Noto Sans CJK SC' } })], { alignment: d.AlignmentType.CENTER, spacing: { before: 240, after: 360 } });
    else if (l.startsWith('T2 ')) para([new d.TextRun({ text: l.slice(3), size: 32, font: { eastAsia: 'Noto Sans CJK SC' } })], { alignment: d.AlignmentType.CENTER, spacing: { after: 240 } });
    else if (l.startsWith('C ')) para(runs(l.slice(2), used), { alignment: d.AlignmentType.CENTER });
    else if (l.startsWith('R ')) para(runs(l.slice(2), used, { size: 20 }), { alignment: d.AlignmentType.RIGHT });
    else if (l.startsWith('L ')) para(runs(l.slice(2), used));
    else if (l.startsWith('H1 ')) para([new d.TextRun({ text: l.slice(3), bold: true, size: 28, font: { eastAsia: 'Noto Sans CJK SC' } })], { spacing: { before: 160, after: 80, line: 330 } });
    else if (l.startsWith('H2 ')) para([new d.TextRun({ text: l.slice(3), bold: true })], { indent: { firstLine: 480 } });
    else if (l.startsWith('TOC ')) {
      const [t, p] = l.slice(4).split('|');
      para([new d.TextRun(t), new d.TextRun({ children: [new d.Tab(), p] })], { tabStops: [{ type: d.TabStopType.RIGHT, position: 9000, leader: d.LeaderType.DOT }] });
    } else if (l.trim() === '') continue;
    else para(runs(l, used), { indent: { firstLine: 480 }, alignment: d.AlignmentType.JUSTIFIED });
  }
  sections.push(cur);
  const pageNo =
    footer === 'of'
      ? ['第 ', d.PageNumber.CURRENT, ' 页 共 ', d.PageNumber.TOTAL_PAGES, ' 页']
      : footer === 'plain'
        ? [d.PageNumber.CURRENT]
        : ['- ', d.PageNumber.CURRENT, ' -'];
  return new d.Document({
    styles: { default: { document: { run: { font: { ascii: 'Times New Roman', eastAsia: 'Noto Serif CJK SC', hAnsi: 'Times New Roman' }, size: 22 } } } },
    footnotes: Object.fromEntries(Object.entries(notes).filter(([k]) => used.has(Number(k)))),
    sections: sections.map((s) => ({
      properties: {
        page: {
          size: { ...A4, orientation: s.landscape ? d.PageOrientation.LANDSCAPE : d.PageOrientation.PORTRAIT },
          margin: MARGIN,
        },
      },
      headers: headerText ? { default: new d.Header({ children: [new d.Paragraph({ alignment: d.AlignmentType.RIGHT, border: { bottom: { style: d.BorderStyle.SINGLE, size: 4, color: '666666', space: 1 } }, children: [new d.TextRun({ text: headerText, size: 18 })] })] }) } : undefined,
      footers: { default: new d.Footer({ children: [new d.Paragraph({ alignment: d.AlignmentType.CENTER, children: [new d.TextRun({ children: pageNo, size: 18 })] })] }) },
      children: s.children,
    })),
  });
}

const work = mkdtempSync(join(tmpdir(), 'heldout-word-'));
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
