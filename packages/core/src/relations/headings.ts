import { isTocEntry } from '../document/text-lines.ts';
import { readMarker, styleOf, type Marker } from '../document/markers.ts';
import type { Block } from '../document/types.ts';
import type { ExtractContext } from '../reading/context.ts';
import type { Claim, HeadingClaim } from './types.ts';
import { asciiDigits } from '../document/digits.ts';

/** Outline depth of each marker level: a heading resets the numbering of every deeper level. */
export const LEVEL_RANK: Record<Marker['level'], number> = { part: 0, cn: 1, 'paren-cn': 2, num: 3, 'paren-num': 4, circled: 5 };

// Word-processor residue before a marker: "[bookmark: _GoBack]2、厉行节约".
const BOOKMARK = /^[\s\u3000]*(?:\[bookmark:[^\]]*\][\s\u3000]*)+/;

// The words a heading names its section with, short enough for a message: "预算绩效管理情况".
function titleAfter(text: string, from: number): string {
  const t = /^[^。；;，,：:！？\n]*/.exec(text.slice(from, from + 40))![0].trim().replace(/^[#＃*\s\u3000]+/, '');
  return t.length > 14 ? `${t.slice(0, 13)}…` : t;
}

function claimAt(ctx: ExtractContext, block: Block, at: number, m: Marker, inline: boolean): HeadingClaim {
  const lead = /^[\s\u3000]*/.exec(block.text.slice(at))![0].length;
  const s = at + lead;
  return {
    kind: 'heading',
    level: m.level,
    ordinal: m.ordinal,
    marker: ctx.word(block, s, s + m.raw.length),
    title: titleAfter(block.text, s + m.raw.length),
    block: block.index,
    rank: LEVEL_RANK[m.level],
    style: styleOf(m),
    ...(inline ? { inline: true } : {}),
  };
}

/** "2.2024年全县…": readMarker leaves "2." before a decimal digit alone (2.5亿元), but a year follows here. */
function yearItem(text: string): Marker | null {
  const m = /^([\s\u3000]*)([0-9０-９]{1,2})[.．](?=[12][0-9]{3}年)/.exec(text);
  if (!m) return null;
  const n = Number(asciiDigits(m[2]));
  return { level: 'num', ordinal: n, length: m[0].length, raw: m[0].slice(m[1].length) };
}

// Where an inline marker may stand: right after a sentence or clause has ended.
const INLINE_AT = /[。；;！？!?][\s\u3000]*(?=[（(][一二三四五六七八九十0-9０-９]{1,3}[）)]|[一二三四五六七八九十]{1,3}(?:、|[ \u3000][\u3400-\u9fff]{2})|[0-9０-９]{1,2}[、.．](?![0-9０-９])|[⑴-⒇①-⑳])/g;

/**
 * Numbered headings: a marker at the start of a block (一、 （二） 3. ⑴ 第一部分).
 * Table-of-contents blocks are left out. Markers that open a clause inside a
 * paragraph ("…规则。（八）负责…", text wrapped from a PDF) are kept as inline
 * claims: not headings, but they explain why a heading seems to be missing.
 */
export function extractHeadings(ctx: ExtractContext): Claim[] {
  const out: HeadingClaim[] = [];
  const { inToc, entries } = tableOfContents(ctx.doc.blocks);
  const blocks = ctx.doc.blocks;
  const lastAt = new Map<string, HeadingClaim>();
  // Each level's lines read so far, as written without spaces.
  const seenAt = new Map<string, Set<string>>();
  for (const block of blocks) {
    // 第四部分 名词解释……24 left among the body's blocks (a contents list broken up by a table the PDF made of two of
    // its lines): an entry ending in dot leaders and its page is never a heading.
    if (block.kind === 'toc' || inToc.has(block.index) || isTocEntry(block.text.trim(), true)) continue;
    // A heading the contents list numbers, standing in the body without its number
    // (lost when the PDF was converted): it fills its place in the numbering. The title of the
    // part that holds the tables may stand among a flattened table's lines, as its first row.
    const listed = readMarker(block.text) ? undefined : listedTitle(entries, block.text);
    if (block.kind === 'table-row' ? !listed : isTableTitle(blocks, block)) continue;
    if (listed) {
      out.push({ ...claimAt(ctx, block, 0, { ...listed, raw: block.text.slice(0, 1), length: 1 }, true), style: styleOf(listed) });
      continue;
    }
    const bookmark = BOOKMARK.exec(block.text)?.[0].length ?? 0;
    const m = readMarker(block.text.slice(bookmark)) ?? yearItem(block.text.slice(bookmark));
    if (m) {
      const claim = claimAt(ctx, block, bookmark, m, false);
      const key = `${claim.rank}|${claim.style}`;
      const prev = lastAt.get(key);
      // 二、分配方法和因素 printed again, word for word, over a later page (a running head): the same heading, not
      // another one numbered alike or out of turn.
      // (A title only: a list item said twice, with its clauses, is a list pasted twice.)
      const line = block.text.replace(/[\s\u3000]/g, '');
      const seen = seenAt.get(key) ?? seenAt.set(key, new Set()).get(key)!;
      if (!/[。；;，,]/.test(line)) {
        if (seen.has(line)) continue;
        seen.add(line);
      }
      // A part of the document (第二部分) may repeat the first's titles (一、一般公共预算): each part's are its own.
      for (const k of seenAt.keys()) if (Number(k.split('|')[0]) > (claim.rank ?? 0)) seenAt.delete(k);
      // The same number again past a fragment ("二、政府性基金预算财政拨⏎款⏎二、外交支出"):
      // the two columns of one table row, split by a PDF; it fills, it does not count.
      // A heading that opens a paragraph of sentences (（二）聚焦规范管理，财政监督持续加强。开展…) is no table cell.
      if (SENTENCE_END.test(block.text)) claim.opensParagraph = true;
      if (prev && prev.ordinal === claim.ordinal && !(prev.opensParagraph && claim.opensParagraph) && onlyFragmentsBetween(blocks, prev.block, block.index)) claim.inline = true;
      // An item that is a clause of a sentence: it ends on ；or ，, or the block before it
      // left its sentence on one ("主要措施：1.…；⏎2.…；⏎4.…。"). Items of a list, not headings.
      // A marker alone on its line (一、 set apart from its title by a converter) ends on its own 、, not a clause's.
      else if ((CLAUSE_END.test(block.text) && !bareMarker(block.text, bookmark + m.length)) || (block.index > 0 && CLAUSE_END.test(blocks[block.index - 1].text))) claim.inline = true;
      else lastAt.set(key, claim);
      out.push(claim);
    }
    INLINE_AT.lastIndex = 0;
    for (let x = INLINE_AT.exec(block.text); x; x = INLINE_AT.exec(block.text)) {
      const at = x.index + x[0].length;
      const im = readMarker(block.text.slice(at));
      if (im) out.push(claimAt(ctx, block, at, im, true));
    }
  }
  return out;
}

/** Whether the blocks strictly between two are all fragments of a line (a word or two, no sentence). */
function onlyFragmentsBetween(blocks: readonly Block[], from: number, to: number): boolean {
  if (to - from > 3) return false;
  for (let k = from + 1; k < to; k++) if (blocks[k].text.length > 6 || /[，。；：,;:]/.test(blocks[k].text)) return false;
  return true;
}

const normalize = (s: string) => s.replace(/[\s\u3000]/g, '');

const CLAUSE_END = /[；;，,、][\s\u3000]*$/;
const SENTENCE_END = /[。！？!?]/;

const bareMarker = (text: string, end: number) => !/[^\s\u3000]/.test(text.slice(end));

// "二、财政拨款收支总表", "表3 一般公共预算支出表（续）": the name of a table.
const TABLE_NAME = /表[\s\u3000]*(?:[（(]续[）)])?$/;

/**
 * A numbered table title standing over its table ("二、财政拨款收支总表", then
 * 单位：元 and the rows): it numbers the document's tables, not its sections.
 */
function isTableTitle(blocks: readonly Block[], block: Block): boolean {
  if (!TABLE_NAME.test(block.text) || block.text.length > 60) return false;
  // 第二部分 …部门决算表 is a part of the document: the part that holds the tables.
  const marker = readMarker(block.text);
  if (marker?.level === 'part') return false;
  if (marker && numbersItsSection(blocks, block, marker)) return false;
  for (let k = block.index + 1; k < blocks.length && k <= block.index + 4; k++) {
    const b = blocks[k];
    if (b.kind === 'table-row') return true;
    // A heading over several tables ("五、部门预算表", then each table's own title) stays a heading.
    if (TABLE_NAME.test(b.text)) return false;
    // Between a title and its rows stand only short lines: 编制单位、单位：万元, column heads.
    if (b.text.length > 40 || /[。；]/.test(b.text)) return false;
  }
  return false;
}

/**
 * A numbered title naming a table ("二、收支预算总表") that takes its place in the numbering of the section
 * headings around it is that section's heading: a table's own title does not number the sections around it.
 * A Markdown heading needs one neighbour of its depth and marker to fit (## 一、 before it or ## 三、 after it),
 * the source saying it is a heading; a line of plain text needs both (一、 before it and 三、 after it), and
 * neither may itself name a table (a run of numbered table titles numbers tables).
 */
function numbersItsSection(blocks: readonly Block[], block: Block, marker: Marker): boolean {
  const md = block.kind === 'heading' && !!block.depth;
  const style = styleOf(marker);
  const near = (step: 1 | -1): Marker | undefined => {
    for (let k = block.index + step; k >= 0 && k < blocks.length; k += step) {
      const b = blocks[k];
      if (b.kind === 'table-row' || b.kind === 'toc') continue;
      if (md && (b.kind !== 'heading' || b.depth !== block.depth)) continue;
      const m = readMarker(b.text);
      if (!m) {
        // A heading of the same depth without a marker closes the sequence; prose between sections does not.
        if (md) return undefined;
        continue;
      }
      if (m.level === marker.level && styleOf(m) === style) return TABLE_NAME.test(b.text) ? undefined : m;
      // A heading of the same depth with another kind of marker, or a higher level, closes the sequence.
      if (md || LEVEL_RANK[m.level] < LEVEL_RANK[marker.level]) return undefined;
    }
    return undefined;
  };
  const before = near(-1)?.ordinal === marker.ordinal - 1;
  const after = near(1)?.ordinal === marker.ordinal + 1;
  return md ? before || after : before && after;
}

/** The contents entry whose title a body block starts with (the PDF may have run the next line on). */
function listedTitle(entries: Map<string, Marker>, text: string): Marker | undefined {
  const t = normalize(text);
  if (ENDS.test(t)) return undefined;
  for (const [title, m] of entries) if (title.length >= 6 && t.startsWith(title) && t.length <= title.length + 30) return m;
  return undefined;
}
const CONTENTS = /^(?:目录|目次)$/;

// 目 录 letter-spaced so widely that a converter (pdftotext without -layout) gives each character a line.
function spacedContents(blocks: readonly Block[], i: number): boolean {
  return normalize(blocks[i].text) === '目' && i + 1 < blocks.length && /^[录次]$/.test(normalize(blocks[i + 1].text));
}
const ENDS = /[。；;！？!?]/;

/**
 * A contents list written without dot leaders ("目 录" and then the headings, one
 * a line, as PDFs of the genre print it): its blocks are not headings, and it
 * says which title each number stands for.
 */
function tableOfContents(blocks: readonly Block[]): { inToc: Set<number>; entries: Map<string, Marker> } {
  const inToc = new Set<number>();
  const entries = new Map<string, Marker>();
  const start = blocks.findIndex((b, i) => i < 40 && (CONTENTS.test(normalize(b.text)) || spacedContents(blocks, i)));
  if (start < 0) return { inToc, entries };
  let first: string | undefined;
  let firstMarker: string | undefined;
  for (let i = start; i < blocks.length && i < start + 120; i++) {
    const b = blocks[i];
    const text = normalize(b.text);
    // The body begins where the first entry comes again, with its title or, set on a line of its own, without.
    if (i > start && (ENDS.test(text) || text.length > 60 || text === first || text === firstMarker)) break;
    inToc.add(i);
    const m = readMarker(b.text);
    if (!m) continue;
    const title = normalize(b.text.slice(m.length));
    if (first === undefined) {
      first = text;
      firstMarker = normalize(b.text.slice(0, m.length));
    }
    if (title && !entries.has(title)) entries.set(title, m);
  }
  // The contents list must look like one: several numbered lines.
  if (entries.size < 3) return { inToc: new Set(), entries: new Map() };
  return { inToc, entries };
}
