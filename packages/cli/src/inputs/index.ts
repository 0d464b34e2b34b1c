import type { SourceFormat } from '@budgetlint/core';
import type { InputKind } from '../types.ts';
import { decodeText, loadLegacyDecoder, NeedsLegacyDecoder } from './decode.ts';
import type { Place } from './places.ts';
import { InputError } from './errors.ts';

export { InputError } from './errors.ts';
export { decodeText, loadLegacyDecoder } from './decode.ts';
export { addPlaces, placeAt, placeLabel, quoteAt, type Place } from './places.ts';

export interface SourceText {
  /** What is linted; every position (line, column, offset) refers to it. */
  text: string;
  format: SourceFormat;
  kind: InputKind;
  /** 'utf-8', 'utf-8-bom', 'utf-16le', 'utf-16be', 'gb18030', 'docx' or 'pdf'. */
  encoding: string;
  /** Extracted formats: where each stretch of `text` is in the document (page, paragraph, table row). */
  places?: Place[];
}

const MARKDOWN = /\.(md|markdown|mdx)$/i;
const DOCX = /\.docx$/i;
const PDF = /\.pdf$/i;

/**
 * Decodes a file's bytes into the text that is linted.
 *
 * .md/.markdown/.txt: UTF-8 (with or without BOM), UTF-16 LE/BE, or GB18030/GBK
 * when the bytes are not UTF-8; the BOM is dropped and line ends are kept as
 * saved (core's LineIndex knows CRLF and lone CR), so positions are exact.
 * .docx: see docx.ts (one paragraph per line; tables as Markdown tables).
 * .pdf: see core's document/pdf-layout.ts (paragraphs rebuilt from the page; tables as Markdown
 * tables; pdf.js is loaded only when a PDF is read).
 * Anything unreadable is an InputError with a one-line reason.
 */
export async function readSource(filePath: string, bytes: Uint8Array): Promise<SourceText> {
  if (DOCX.test(filePath)) {
    // The Word reader (mammoth and its XML stack) is loaded for the first .docx only.
    const { readDocx } = await import('./docx.ts');
    const doc = await readDocx(bytes);
    return { text: doc.text, format: doc.format, kind: 'docx', encoding: 'docx', places: doc.places };
  }
  if (PDF.test(filePath)) {
    const { readPdf } = await import('./pdf.ts');
    const pdf = await readPdf(bytes);
    const places: Place[] = pdf.pages.map((p, i) => ({ start: p.offset, end: pdf.pages[i + 1]?.offset ?? pdf.text.length, page: p.page }));
    return { text: pdf.text, format: 'markdown', kind: 'pdf', encoding: 'pdf', places };
  }
  let decoded: ReturnType<typeof decodeText>;
  try {
    decoded = decodeText(bytes);
  } catch (e) {
    if (!(e instanceof NeedsLegacyDecoder)) throw e;
    await loadLegacyDecoder();
    decoded = decodeText(bytes);
  }
  const { text, encoding } = decoded;
  const format = MARKDOWN.test(filePath) ? 'markdown' : 'text';
  return { text, format, kind: format, encoding };
}

export function isInputError(e: unknown): e is InputError {
  return e instanceof InputError;
}
