export * from './types.ts';
export { LineIndex, type Position, type StoredLines } from './line-index.ts';
export { OffsetMap } from './offset-map.ts';
export { parseText } from './parse-text.ts';
export { parseMarkdown, parseParagraphs, parseDirective } from './parse-markdown.ts';
export { readMarker, type Marker } from './markers.ts';
export { normalizeDocument } from './normalize.ts';
export { neutralizeMarkdown } from './neutralize-markdown.ts';
export { layoutPdf, positionRuns, unifyRadicals, type PdfTextRun, type PdfItem, type PdfPage, type PdfText, type PageMark } from './pdf-layout.ts';
import { parseText } from './parse-text.ts';
import { normalizeDocument } from './normalize.ts';
import { parseMarkdown, parseParagraphs } from './parse-markdown.ts';
import type { ParsedDocument, SourceFormat } from './types.ts';

/** The document's blocks as every extractor reads them: laid out, then normalised (normalize.ts). */
export function parseDocument(source: string, format: SourceFormat): ParsedDocument {
  return normalizeDocument(format === 'markdown' ? parseMarkdown(source) : format === 'paragraphs' ? parseParagraphs(source) : parseText(source));
}

/** The format a file name implies; anything not Markdown is read as plain text. */
export function formatForPath(path: string | undefined): SourceFormat {
  return path && /\.(md|markdown|mdx)$/i.test(path) ? 'markdown' : 'text';
}
