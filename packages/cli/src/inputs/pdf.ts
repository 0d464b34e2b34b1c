import { InputError } from './errors.ts';
import { DEFAULT_PDF_LIMITS, extractPdf, type PdfLimits } from './pdf-extract.ts';
import { layoutPdf, type PdfText } from './pdf-layout.ts';

export { pageAt, type PageMark, type PdfText } from './pdf-layout.ts';
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
  const pages = await extractPdf(bytes, limits);
  if (!pages.length) throw new InputError('the PDF has no pages');
  const laid = layoutPdf(pages);
  if (!laid.text.trim()) {
    throw new InputError(`no text layer on any of its ${pages.length} page${pages.length === 1 ? '' : 's'} (a scanned image?): run OCR or export the PDF from the original document`);
  }
  return laid;
}
