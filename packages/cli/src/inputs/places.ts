import type { LineIndex } from '@budgetlint/core';
import type { JsonMessage } from '../types.ts';

/**
 * Where a stretch of the linted text sits in the original document, for
 * formats whose text is extracted (PDF pages, Word paragraphs and table rows):
 * line and column refer to the extracted text (`--print-text` shows it), the
 * place tells the reader where to look in the document itself.
 */
export interface Place {
  start: number;
  end: number;
  page?: number;
  paragraph?: number;
  table?: number;
  row?: number;
  footnote?: number;
}

/** The place holding an offset (places sorted by start, not overlapping). */
export function placeAt(places: readonly Place[] | undefined, offset: number): Place | undefined {
  if (!places?.length) return undefined;
  let lo = 0;
  let hi = places.length - 1;
  let found: Place | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (places[mid].start <= offset) {
      found = places[mid];
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found ?? places[0];
}

const QUOTE_BEFORE = 6;
const QUOTE_AFTER = 12;

/** A few characters of the place's text around the offset, with … where it was cut. */
export function quoteAt(text: string, place: Place, offset: number, end = offset): string {
  const from = Math.max(place.start, offset - QUOTE_BEFORE);
  const to = Math.min(place.end, Math.max(end, offset) + QUOTE_AFTER, from + QUOTE_BEFORE + QUOTE_AFTER + 12);
  const body = text.slice(from, to).replace(/\s+/g, ' ').replace(/\s*\|\s*/g, ' ').trim();
  return `${from > place.start ? '…' : ''}${body}${to < place.end ? '…' : ''}`;
}

/** Adds page / paragraph / quote fields to messages (and page to their related figures). */
export function addPlaces(messages: JsonMessage[], text: string, places: readonly Place[] | undefined, lines: LineIndex, quote: boolean): void {
  if (!places?.length) return;
  for (const m of messages) {
    const at = lines.offset({ line: m.line, column: m.column });
    const end = lines.offset({ line: m.endLine, column: m.endColumn });
    const p = placeAt(places, at);
    if (!p) continue;
    if (p.page !== undefined) m.page = p.page;
    if (p.paragraph !== undefined) m.paragraph = p.paragraph;
    if (p.table !== undefined) {
      m.table = p.table;
      m.row = p.row;
    }
    if (p.footnote !== undefined) m.footnote = p.footnote;
    // The quote shows the figure the rule names (in the statement's paragraph: a statement never leaves its block).
    if (quote) {
      const q = m.focus ? lines.offset({ line: m.focus.line, column: m.focus.column }) : at;
      const qEnd = m.focus ? lines.offset({ line: m.focus.endLine, column: m.focus.endColumn }) : end;
      m.quote = quoteAt(text, placeAt(places, q) ?? p, q, qEnd);
    }
    for (const r of m.relatedLocations ?? []) {
      const rp = placeAt(places, lines.offset({ line: r.line, column: r.column }));
      if (rp?.page !== undefined) r.page = rp.page;
      if (rp?.paragraph !== undefined) r.paragraph = rp.paragraph;
    }
  }
}

/** How a message's place reads in text reports: `p.3`, `¶12`, `表2第5行`; '' when the file has no places. */
export function placeLabel(m: { page?: number; paragraph?: number; table?: number; row?: number; footnote?: number }): string {
  if (m.page !== undefined) return `p.${m.page}`;
  if (m.footnote !== undefined) return `脚注${m.footnote}`;
  if (m.paragraph !== undefined) return `¶${m.paragraph}`;
  if (m.table !== undefined) return `表${m.table}第${m.row}行`;
  return '';
}
