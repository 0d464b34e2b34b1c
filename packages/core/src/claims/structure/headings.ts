import { readMarker, type Marker } from '../../document/markers.ts';
import type { Block } from '../../document/types.ts';
import type { ExtractContext } from '../context.ts';
import type { Claim, HeadingClaim } from '../types.ts';

/** Outline depth of each marker level: a heading resets the numbering of every deeper level. */
export const LEVEL_RANK: Record<Marker['level'], number> = { part: 0, cn: 1, 'paren-cn': 2, num: 3, 'paren-num': 4, circled: 5 };

// Word-processor residue before a marker: "[bookmark: _GoBack]2、厉行节约".
const BOOKMARK = /^[\s\u3000]*(?:\[bookmark:[^\]]*\][\s\u3000]*)+/;
const CIRCLED = '⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽⑾⑿⒀⒁⒂⒃⒄⒅⒆⒇';

/** The marker's shape with its numeral replaced by '#': "（二）" → "（#）", "3." → "#.". */
export function styleOf(m: Marker): string {
  if (m.level === 'circled') return CIRCLED.includes(m.raw[0]) ? '⑴' : '①';
  return m.raw
    .replace(/[一二三四五六七八九十百零〇两]+|[0-9０-９]+/, '#')
    .replace(/[．]/g, '.')
    .replace(/\s+/g, '');
}

function claimAt(ctx: ExtractContext, block: Block, at: number, m: Marker, inline: boolean): HeadingClaim {
  const lead = /^[\s\u3000]*/.exec(block.text.slice(at))![0].length;
  const s = at + lead;
  return {
    kind: 'heading',
    level: m.level,
    ordinal: m.ordinal,
    marker: ctx.word(block, s, s + m.raw.length),
    block: block.index,
    rank: LEVEL_RANK[m.level],
    style: styleOf(m),
    ...(inline ? { inline: true } : {}),
  };
}

// Where an inline marker may stand: right after a sentence or clause has ended.
const INLINE_AT = /[。；;！？!?][\s\u3000]*(?=[（(][一二三四五六七八九十0-9０-９]{1,3}[）)]|[一二三四五六七八九十]{1,3}、|[0-9０-９]{1,2}[、.．](?![0-9０-９])|[⑴-⒇①-⑳])/g;

/**
 * Numbered headings: a marker at the start of a block (一、 （二） 3. ⑴ 第一部分).
 * Table-of-contents blocks are left out. Markers that open a clause inside a
 * paragraph ("…规则。（八）负责…", text wrapped from a PDF) are kept as inline
 * claims: not headings, but they explain why a heading seems to be missing.
 */
export function extractHeadings(ctx: ExtractContext): Claim[] {
  const out: HeadingClaim[] = [];
  for (const block of ctx.doc.blocks) {
    if (block.kind === 'toc') continue;
    const bookmark = BOOKMARK.exec(block.text)?.[0].length ?? 0;
    const m = readMarker(block.text.slice(bookmark));
    if (m) out.push(claimAt(ctx, block, bookmark, m, false));
    INLINE_AT.lastIndex = 0;
    for (let x = INLINE_AT.exec(block.text); x; x = INLINE_AT.exec(block.text)) {
      const at = x.index + x[0].length;
      const im = readMarker(block.text.slice(at));
      if (im) out.push(claimAt(ctx, block, at, im, true));
    }
  }
  return out;
}
