import { OffsetMap } from './offset-map.ts';
import { readMarker } from './markers.ts';
import type { Block, ParsedDocument } from './types.ts';

interface Line {
  start: number;
  text: string;
}

function splitLines(source: string): Line[] {
  const lines: Line[] = [];
  const re = /\r\n|\r|\n/g;
  let start = 0;
  for (let m = re.exec(source); m; m = re.exec(source)) {
    lines.push({ start, text: source.slice(start, m.index) });
    start = m.index + m[0].length;
  }
  lines.push({ start, text: source.slice(start) });
  return lines;
}

const PAGE_MARKER = /^\s*=+\s*PAGE\s*\d+\s*=+\s*$/i;
// Table-of-contents entries: a title, dot leaders, a page number.
const TOC = /(?:\.{4,}|…{2,}|·{4,}|\s{3,})\s*\d+\s*$/;
const ENDS_SENTENCE = /[。！？；：:!?;]\s*$/;

/**
 * Lines extracted from a PDF are wrapped at the page width: a line that fills
 * the width and does not end a sentence continues on the next one. The width
 * is read off the document itself (the long lines' common length), so drafts
 * written a paragraph per line are never joined.
 */
function wrapWidth(lines: Line[]): number {
  const long = lines.map((l) => l.text.trim()).filter((t) => t.length >= 12);
  const lengths = long.map((t) => t.length).sort((a, b) => a - b);
  if (lengths.length < 8) return Infinity;
  const p75 = lengths[Math.floor(lengths.length * 0.75)];
  // Paragraph-per-line drafts have long, uneven lines; wrapped text has a narrow band.
  if (p75 > 120) return Infinity;
  const nearP75 = lengths.filter((n) => n >= p75 * 0.94 && n <= p75 * 1.06).length;
  // A page wraps mid-sentence: most of its long lines stop without a sentence end.
  // A draft typed a paragraph per line ends almost every line with 。.
  const open = long.filter((t) => !ENDS_SENTENCE.test(t)).length;
  return nearP75 >= lengths.length * 0.3 && open >= long.length * 0.3 ? Math.floor(p75 * 0.85) : Infinity;
}

/** Plain text: paragraphs are lines, or runs of wrapped lines; blank lines and page markers separate them. */
export function parseText(source: string): ParsedDocument {
  const lines = splitLines(source);
  const width = wrapWidth(lines);
  const blocks: Block[] = [];
  let current: { map: OffsetMap; text: string; kind: Block['kind'] } | null = null;
  let lastLen = 0;

  const flush = () => {
    if (current && current.text.trim()) {
      blocks.push({ index: blocks.length, kind: current.kind, text: current.text, map: current.map });
    }
    current = null;
  };

  for (const line of lines) {
    const raw = line.text.replace(/^\uFEFF/, '');
    const bom = line.text.length - raw.length;
    const lead = /^[\s\u3000]*/.exec(raw)![0].length;
    const body = raw.slice(lead).replace(/[\s\u3000]+$/, '');
    if (!body || PAGE_MARKER.test(body)) {
      flush();
      continue;
    }
    const isToc = TOC.test(body) && body.length < 100;
    // A line that stops on a comma has not finished its sentence, whatever the width.
    const midSentence = current !== null && /[，,、]$/.test(current.text);
    const continues =
      current !== null &&
      current.kind === 'paragraph' &&
      !isToc &&
      (lastLen >= width || midSentence) &&
      !ENDS_SENTENCE.test(current.text) &&
      !readMarker(body);
    if (!continues) {
      flush();
      current = { map: new OffsetMap(), text: '', kind: isToc ? 'toc' : 'paragraph' };
    }
    current!.map.push(line.start + bom + lead, body.length);
    current!.text += body;
    lastLen = raw.trim().length;
  }
  flush();
  return { source, format: 'text', blocks, directives: [] };
}
