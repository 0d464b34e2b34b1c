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
import { shiftedHeads } from './head-shift.ts';
import { parseMarkdown, parseParagraphs } from './parse-markdown.ts';
import { OffsetMap } from './offset-map.ts';
import { HAS_INVISIBLE, INVISIBLE } from './invisible.ts';
import type { ParsedDocument, SourceFormat } from './types.ts';
import { readContinuations } from './continued-tables.ts';

/** The document's blocks as every extractor reads them: laid out, then normalised (normalize.ts). */
export function parseDocument(written: string, format: SourceFormat): ParsedDocument {
  // A web copy's no-break spaces lay a plain text out as spaces do (a table's columns, the gap before a unit): the
  // layout reads them as spaces. One character for one, so every offset and the source quoted stay as written.
  const source = format !== 'markdown' && written.includes('\u00a0') ? written.replace(/\u00a0/g, ' ') : written;
  if (source !== written) return { ...parseDocument(source, format), source: written };
  if (!HAS_INVISIBLE.test(source)) return compacted(normalizeDocument(layOut(source, format)));
  // Invisible characters are read as if they were not there; every offset still points into the
  // source as written.
  const seen = new OffsetMap();
  let visible = '';
  let at = 0;
  for (const m of source.matchAll(INVISIBLE)) {
    seen.push(at, m.index - at);
    visible += source.slice(at, m.index);
    at = m.index + m[0].length;
  }
  seen.push(at, source.length - at);
  visible += source.slice(at);
  const doc = layOut(visible, format);
  const back = (r: { start: number; end: number }) => seen.range(r.start, r.end);
  return compacted(normalizeDocument({
    ...doc,
    source,
    blocks: doc.blocks.map((b) => ({ ...b, map: b.map.through(seen) })),
    directives: doc.directives.map((d) => ({ ...d, ...back(d) })),
    ...(doc.notices ? { notices: doc.notices.map((n) => ({ ...n, range: back(n.range) })) } : {}),
  }));
}

/** Every block's map, kept for the whole lint, without the spare room its building left (OffsetMap.compact). */
function compacted(doc: ParsedDocument): ParsedDocument {
  for (const b of doc.blocks) b.map.compact();
  // A table's rest over a page break: its rows, in its first part's unit (continued-tables.ts).
  return readContinuations(doc);
}

function layOut(source: string, format: SourceFormat): ParsedDocument {
  return shiftedHeads(format === 'markdown' ? parseMarkdown(source) : format === 'paragraphs' ? parseParagraphs(source) : parseText(source));
}

/** The format a file name implies; anything not Markdown is read as plain text. */
export function formatForPath(path: string | undefined): SourceFormat {
  return path && /\.(md|markdown|mdx)$/i.test(path) ? 'markdown' : 'text';
}
