import type { Block, ParsedDocument } from '../document/types.ts';
import type { LineIndex } from '../document/line-index.ts';
import type { Sentence } from '../reading/context.ts';
import type { Range } from '../relations/types.ts';
import type { Finding, Span } from './findings.ts';
import { firstFrom, firstOffsetFrom } from '../relations/first-from.ts';

/**
 * Findings about one word rather than a statement: a heading's number out of
 * sequence, a year that disagrees with the title. Their sentence says nothing
 * wrong beyond that word, so they are located at it.
 */
const FOCUS_ONLY = new Set(['heading-sequence', 'stale-year']);

/**
 * How many sentences apart two of a finding's figures may stand and still be
 * one statement: a total closing one sentence and its items filling the next
 * are one claim; a figure further off (the first mention of a value stated
 * twice) is another place, named in the related figures, not part of it.
 */
const NEAR = 1;

/**
 * Within a sentence, ； closes a clause chain that stands on its own ("基本支出
 * 120万元，比上年增加5万元；项目支出…"): a statement starts after the last one
 * before its first figure, as the change reader (relations/changes.ts) ends a
 * change's clause there.
 */
const CHAIN_BREAK = /[；;]/g;

/** The largest value in the sorted list that is below `t`, else -1. */
function lastBefore(sorted: readonly number[], t: number): number {
  const k = firstOffsetFrom(sorted, t);
  return k > 0 ? sorted[k - 1] : -1;
}

const BLANK = /[\s\u3000]/;

export function spanOf(range: Range, lines: LineIndex): Span {
  const s = lines.position(range.start);
  const e = lines.position(range.end);
  return { range, line: s.line, column: s.column, endLine: e.line, endColumn: e.column };
}

interface Placed {
  block: Block;
  /** Source start of the block's text. */
  start: number;
  /** Source end of the block's text. */
  end: number;
}

/** The blocks by where they sit in the source, to find the one holding an offset. */
class BlockFinder {
  private readonly placed: Placed[] = [];

  constructor(doc: ParsedDocument) {
    for (const block of doc.blocks) {
      if (!block.text.length) continue;
      const r = block.map.range(0, block.text.length);
      this.placed.push({ block, start: r.start, end: r.end });
    }
    this.placed.sort((a, b) => a.start - b.start);
  }

  private readonly breaks = new Map<Block, number[]>();

  /** Where the block's text has a ；, found once per block however many findings it holds. */
  chainBreaks(block: Block): number[] {
    let list = this.breaks.get(block);
    if (!list) {
      list = [];
      CHAIN_BREAK.lastIndex = 0;
      for (let m = CHAIN_BREAK.exec(block.text); m; m = CHAIN_BREAK.exec(block.text)) list.push(m.index);
      this.breaks.set(block, list);
    }
    return list;
  }

  /** The block whose source holds the whole range, if one does. */
  holding(range: Range): Block | undefined {
    const last = Math.max(range.start, range.end - 1);
    // The last block starting at or before the range's start.
    const found = firstFrom(this.placed, range.start + 1) - 1;
    if (found < 0) return undefined;
    const p = this.placed[found];
    return last < p.end ? p.block : undefined;
  }
}

/** The block-text offset of the last character whose source offset is at most `source` (the map only runs forward). */
function textOffset(block: Block, source: number): number {
  let lo = 0;
  let hi = block.text.length - 1;
  let found = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (block.map.toSource(mid) <= source) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** Index of the sentence holding block-text offset t (the last one starting at or before it). */
function sentenceAt(sentences: readonly Sentence[], t: number): number {
  return Math.max(0, firstFrom(sentences, t + 1) - 1);
}

interface At {
  start: number;
  end: number;
  sentence: number;
}

/**
 * The source range of the statement a finding proves inconsistent (see
 * Finding.statement); the focus range itself when the finding is not about a
 * statement in running text (a table cell, a heading, a stale year).
 */
export function statementRange(
  finding: Pick<Finding, 'ruleId' | 'range' | 'related'>,
  blocks: BlockFinder,
  sentencesOf: (block: Block) => readonly Sentence[],
): Range {
  const focusRange = finding.range;
  if (FOCUS_ONLY.has(finding.ruleId)) return focusRange;
  const block = blocks.holding(focusRange);
  // Table rows (cells, or a table a PDF flattened), headings and tables of contents hold no sentences.
  if (!block || block.kind !== 'paragraph') return focusRange;
  const sentences = sentencesOf(block);
  if (!sentences.length) return focusRange;
  const at = (r: Range): At => {
    const start = textOffset(block, r.start);
    const sentence = sentenceAt(sentences, start);
    // A related word read past its sentence's end (a listed item running on) stops there: a statement ends with a sentence.
    const end = Math.min(r.end > r.start ? textOffset(block, r.end - 1) + 1 : start, Math.max(start, sentences[sentence].end));
    return { start, end, sentence };
  };
  const focus = at(focusRange);
  const others = finding.related
    .filter((r) => blocks.holding(r.range) === block)
    .map((r) => at(r.range))
    .sort((a, b) => a.sentence - b.sentence);
  // The sentences the statement runs over grow from the focus's through the finding's figures, each
  // at most NEAR sentences past the last one taken; what lies beyond a gap is another place.
  let lo = focus.sentence;
  let hi = focus.sentence;
  for (const o of others) if (o.sentence >= focus.sentence && o.sentence <= hi + NEAR) hi = Math.max(hi, o.sentence);
  for (let i = others.length - 1; i >= 0; i--) {
    const o = others[i];
    if (o.sentence <= focus.sentence && o.sentence >= lo - NEAR) lo = Math.min(lo, o.sentence);
  }
  let start = focus.start;
  let end = focus.end;
  for (const o of others) {
    if (o.sentence < lo || o.sentence > hi) continue;
    start = Math.min(start, o.start);
    end = Math.max(end, o.end);
  }
  const sentence = sentences[sentenceAt(sentences, start)];
  // From the last ； before the statement's first figure when it is inside this sentence, else the sentence's start.
  const b = lastBefore(blocks.chainBreaks(block), start);
  let from = b >= sentence.start ? b + 1 : Math.min(sentence.start, start);
  while (from < start && BLANK.test(block.text[from])) from++;
  const source = block.map.range(from, end);
  return { start: Math.min(source.start, focusRange.start), end: Math.max(source.end, focusRange.end) };
}

/** Gives each finding its statement (Finding.statement), from the document's blocks and the reader's sentences. */
export function locateStatements(findings: Finding[], doc: ParsedDocument, sentencesOf: (block: Block) => readonly Sentence[], lines: LineIndex): void {
  if (!findings.length) return;
  const blocks = new BlockFinder(doc);
  for (const f of findings) {
    const r = statementRange(f, blocks, sentencesOf);
    if (r.start !== f.range.start || r.end !== f.range.end) f.statement = spanOf(r, lines);
  }
}

export { BlockFinder };
