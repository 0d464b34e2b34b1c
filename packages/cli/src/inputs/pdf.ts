import { inflateSync, inflateRawSync } from 'node:zlib';
import { InputError } from './errors.ts';
import { DEFAULT_PDF_LIMITS, extractPdf, type PdfLimits } from './pdf-extract.ts';
import { layoutPdf, type PdfText } from '@budgetlint/core';

export type { PageMark, PdfText } from '@budgetlint/core';
export { DEFAULT_PDF_LIMITS, type PdfLimits } from './pdf-extract.ts';

const latin1 = (b: Uint8Array) => Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('latin1');

/**
 * .pdf → linted text (Markdown: paragraphs one a line, tables as pipe tables)
 * and its page map. The checks before pdf.js runs catch what it would
 * otherwise repair silently or read for a long time: no header, no end
 * marker (a download cut short).
 */
export async function readPdf(bytes: Uint8Array, limits: PdfLimits = DEFAULT_PDF_LIMITS): Promise<PdfText> {
  if (!bytes.byteLength) throw new InputError('empty file (0 bytes), not a PDF');
  const head = latin1(bytes.subarray(0, 1024));
  if (!head.includes('%PDF-')) throw new InputError('not a PDF file (no %PDF- header)');
  // Readers look for the end marker in the last kilobyte; without it the file was cut short.
  if (!latin1(bytes.subarray(Math.max(0, bytes.byteLength - 1024))).includes('%%EOF')) {
    throw new InputError('truncated PDF (no %%EOF end marker): download or export it again');
  }
  checkStreams(bytes);
  const pages = await extractPdf(bytes, limits);
  if (!pages.length) throw new InputError('the PDF has no pages');
  const laid = layoutPdf(pages);
  if (!laid.text.trim()) {
    throw new InputError(`no text layer on any of its ${pages.length} page${pages.length === 1 ? '' : 's'} (a scanned image?): run OCR or export the PDF from the original document`);
  }
  if (garbled(laid.text)) {
    throw new InputError('its fonts carry no usable text mapping (copied text comes out as symbols): export the PDF again with fonts embedded as text, or lint the original document');
  }
  return laid;
}

/**
 * Text whose characters are mostly private-use code points or replacement
 * characters: fonts without a Unicode mapping. Linting it would find nothing
 * and say nothing, so the reader says so instead.
 */
export function garbled(text: string): boolean {
  let letters = 0;
  let bad = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c <= 0x20 || ch === '|' || ch === '-') continue;
    letters++;
    if ((c >= 0xe000 && c <= 0xf8ff) || c === 0xfffd || (c >= 0xf0000 && c <= 0x10ffff)) bad++;
  }
  return letters >= 20 && bad > letters * 0.3;
}

/** A stream may expand this many times its stored size before it is taken for a bomb… */
const MAX_RATIO = 200;
/** …once it is larger than this. */
const RATIO_FLOOR = 16 * 1024 * 1024;
/** And all of them together, whatever the ratio. */
const MAX_TOTAL = 512 * 1024 * 1024;

/**
 * Refuses compressed-object bombs before pdf.js sees them: pdf.js inflates a
 * stream whole into one growing buffer, outside the heap limit its worker
 * has. Every Flate stream the text is read from (content streams, object
 * streams, fonts, forms; not images, which reading text never decodes) is
 * inflated here with a hard cap on its output.
 */
export function checkStreams(bytes: Uint8Array): void {
  const s = latin1(bytes);
  const re = /stream\r?\n/g;
  let total = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    if (s.startsWith('end', m.index - 3)) continue;
    const dictStart = s.lastIndexOf('<<', m.index);
    const dict = dictStart >= 0 ? s.slice(dictStart, m.index) : '';
    const start = m.index + m[0].length;
    const end = s.indexOf('endstream', start);
    if (end < 0) break;
    re.lastIndex = end + 9;
    if (!/FlateDecode/.test(dict) || /\/Subtype\s*\/Image/.test(dict) || /\/Encrypt/.test(dict)) continue;
    const data = bytes.subarray(start, end);
    const cap = Math.min(MAX_TOTAL - total, Math.max(RATIO_FLOOR, data.byteLength * MAX_RATIO));
    let out = 0;
    try {
      out = inflateSync(data, { maxOutputLength: cap + 1 }).byteLength;
    } catch (e) {
      const code = (e as { code?: string }).code;
      if (e instanceof RangeError || code === 'ERR_BUFFER_TOO_LARGE') {
        throw new InputError(`refusing PDF: a compressed object expands beyond ${Math.round(cap / 1048576)} MB (a compressed-object bomb?)`);
      }
      // Damaged or encrypted data: pdf.js will say what it makes of it.
      try {
        out = inflateRawSync(data.subarray(2), { maxOutputLength: cap + 1, finishFlush: 2 }).byteLength;
      } catch (e2) {
        if (e2 instanceof RangeError || (e2 as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') {
          throw new InputError(`refusing PDF: a compressed object expands beyond ${Math.round(cap / 1048576)} MB (a compressed-object bomb?)`);
        }
      }
    }
    if (out > cap) throw new InputError(`refusing PDF: a compressed object expands beyond ${Math.round(cap / 1048576)} MB (a compressed-object bomb?)`);
    total += out;
  }
}
