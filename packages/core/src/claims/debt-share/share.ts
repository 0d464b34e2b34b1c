import type { Block } from '../../document/types.ts';
import { add, meets, point } from '../../interval.ts';
import { intervalOf } from '../../figures/interval-of.ts';
import type { ExtractContext } from '../context.ts';
import { labelBefore } from '../labels.ts';
import type { Claim, DocFigure, ShareClaim, SumClaim } from '../types.ts';

// "，占34.30%", "，占本年支出合计的100.00%", "，占比12.5%", "，占支出总额的比重为12.5%".
// Tested on the text between with its spaces and one leading comma taken off (withoutLeadingComma):
// `^\s*[，,]?\s*` and `\s*$` in the pattern were quadratic on a long run of spaces.
const BETWEEN = /^占([^，。；;、：:]{0,20}?)(?:的)?(?:比重|比例|比)?(?:为|达|是)?$/;
/** `s` trimmed, without one comma at its start: "，占" → "占". */
const withoutLeadingComma = (s: string) => {
  const t = s.trim();
  return /^[，,]/.test(t) ? t.slice(1).trim() : t;
};
// A list of what an amount is spent on, each item with its share: the amount is their total.
const PURPOSE = /主要用于(?:以下|如下)?(?:几个)?(?:方面|领域|项目|内容)?[：:]|用于(?:以下|如下)(?:几个)?(?:方面|领域|项目|内容)?[：:]/g;
/** How far back a total named after 占 may stand (blocks). */
const NAMED_WINDOW = 15;

/** A total's name as written after 占 or before its figure, without 的 and the words that only say "total". */
export function normalName(s: string): string {
  return s
    .replace(/[\s\u3000]/g, '')
    .replace(/的$/, '')
    .replace(/(?:合计|总计|总额|共计|总数|总量)$/, '')
    .replace(/^(?:全部|全体)$/, '');
}

const compatible = (a: DocFigure, b: DocFigure) => a.dimension === b.dimension && (a.dimension === 'money' || a.unit === b.unit);
const usable = (f: DocFigure) => !f.approximate && (f.dimension === 'money' || f.dimension === 'count');
const isPart = (f: DocFigure) => usable(f) && (f.role === 'amount' || f.role === 'new-value');
const isShare = (f: DocFigure) => f.dimension === 'percent' && f.role === 'share' && !f.approximate;

interface Pair {
  part: DocFigure;
  share: DocFigure;
  /** The name after 占, normalised; "" when none. */
  name: string;
  /** The name as written, for messages. */
  written: string;
}

/** The part a share is of: the figure right before it, with only "，占…" between. */
function pairOf(ctx: ExtractContext, block: Block, i: number): Pair | undefined {
  const figs = ctx.figuresByBlock[block.index];
  const share = figs[i];
  const part = figs[i - 1];
  if (!part || !isShare(share) || !isPart(part)) return undefined;
  const m = BETWEEN.exec(withoutLeadingComma(block.text.slice(part.end, share.start)));
  if (!m) return undefined;
  return { part, share, name: normalName(m[1]), written: m[1].replace(/[\s\u3000]/g, '').replace(/的$/, '') };
}

/**
 * Shares: "X万元，占Y%" with the total X is a share of. The total is the sum
 * the part is a 其中 component of, a total named after 占 and stated before
 * (占本年支出合计的…), or the amount before 主要用于以下方面： when the items
 * listed after it add up to it. Anything else is left alone: a share of a
 * total the text does not state cannot be checked.
 */
export function extractShares(ctx: ExtractContext, earlier: readonly Claim[]): ShareClaim[] {
  const sums = earlier.filter((c): c is SumClaim => c.kind === 'sum');
  const byComponent = new Map<number, SumClaim[]>();
  for (const s of sums) for (const c of s.components) byComponent.set(c.figure.id, [...(byComponent.get(c.figure.id) ?? []), s]);
  const claims: ShareClaim[] = [];
  const taken = new Set<number>();
  const blocks = ctx.doc.blocks.filter((b) => b.kind !== 'toc' && b.kind !== 'table-row');

  for (const block of blocks) purposeLists(ctx, block, claims, taken);

  for (const block of blocks) {
    const figs = ctx.figuresByBlock[block.index];
    figs.forEach((_, i) => {
      const pair = pairOf(ctx, block, i);
      if (!pair || taken.has(pair.share.id)) return;
      const found = pair.name ? namedTotal(ctx, sums, block, pair) : ofWhichTotal(byComponent, pair);
      if (!found || found.total.id === pair.part.id || !compatible(found.total, pair.part) || !usable(found.total)) return;
      taken.add(pair.share.id);
      claims.push({
        kind: 'share',
        part: pair.part,
        share: pair.share,
        total: found.total,
        partLabel: labelBefore(block.text, pair.part.start),
        totalLabel: found.label,
        via: pair.name ? 'named' : 'of-which',
      });
    });
  }
  return claims;
}

/** The total of the one sum the part is a component of. */
function ofWhichTotal(byComponent: Map<number, SumClaim[]>, pair: Pair): { total: DocFigure; label: string } | undefined {
  const owners = byComponent.get(pair.part.id) ?? [];
  const totals = [...new Map(owners.map((s) => [s.total.id, s])).values()];
  if (totals.length !== 1) return undefined;
  const s = totals[0];
  if (s.shape === 'table-row' || s.shape === 'table-column') return undefined;
  return { total: s.total, label: s.subject || '合计' };
}

/**
 * A total named after 占, stated before the share within a few blocks: the
 * total of a sum with that subject, or an amount whose label is that name.
 * Two such totals with different values make the name ambiguous: none.
 */
function namedTotal(ctx: ExtractContext, sums: SumClaim[], block: Block, pair: Pair): { total: DocFigure; label: string } | undefined {
  const from = Math.max(0, block.index - NAMED_WINDOW);
  const inWindow = (f: DocFigure) => f.block >= from && (f.block < block.index || (f.block === block.index && f.end <= pair.part.start));
  const found = new Map<number, DocFigure>();
  // Tables are left out: a row's first figure may be last year's column.
  const prose = (s: SumClaim) => s.shape !== 'table-row' && s.shape !== 'table-column';
  for (const s of sums) if (prose(s) && inWindow(s.total) && normalName(s.subject) === pair.name) found.set(s.total.id, s.total);
  for (let b = from; b <= block.index; b++) {
    const blk = ctx.doc.blocks[b];
    if (blk.kind === 'toc' || blk.kind === 'table-row') continue;
    for (const f of ctx.figuresByBlock[b]) {
      if (!inWindow(f) || !isPart(f) || !compatible(f, pair.part)) continue;
      if (normalName(labelBefore(blk.text, f.start)) === pair.name) found.set(f.id, f);
    }
  }
  const cands = [...found.values()].filter((f) => f.id !== pair.part.id && usable(f));
  if (!cands.length) return undefined;
  const v0 = cands[0].value.times(cands[0].scale);
  if (cands.some((f) => !f.value.times(f.scale).eq(v0))) return undefined;
  const total = cands.reduce((a, b) => (b.id > a.id ? b : a));
  return { total, label: pair.written };
}

/**
 * "一般公共预算财政拨款支出307.82万元，主要用于以下方面：一般公共服务支出
 * （类）264.87万元，占86.05%；…". The items may run on over the next blocks
 * (a PDF's lines end a block at ；). Only a complete list is taken: when the
 * items add up to the amount, the shares can only be of it.
 */
function purposeLists(ctx: ExtractContext, block: Block, claims: ShareClaim[], taken: Set<number>): void {
  PURPOSE.lastIndex = 0;
  for (let m = PURPOSE.exec(block.text); m; m = PURPOSE.exec(block.text)) {
    const total = totalBeforeList(ctx, block, m.index);
    if (!total) continue;
    const items = listItems(ctx, block, m.index + m[0].length);
    if (!items || items.length < 2) continue;
    const parts = items.reduce((acc, it) => add(acc, intervalOf(it.part)), point(0));
    items.forEach((it) => taken.add(it.share.id));
    if (!items.every((it) => compatible(it.part, total)) || !meets(parts, intervalOf(total))) continue;
    const across = items.some((it) => it.part.block !== total.block);
    for (const it of items) {
      claims.push({
        kind: 'share',
        part: it.part,
        share: it.share,
        total,
        partLabel: it.label,
        totalLabel: labelBefore(ctx.doc.blocks[total.block].text, total.start),
        via: 'purpose-list',
        ...(across ? { across } : {}),
      });
    }
  }
}

/**
 * The amount right before 主要用于以下方面：, in the same clause or closing the
 * sentence before it (also at the end of the block before, when the list's
 * sentence opens a block); nothing but punctuation may stand between.
 */
function totalBeforeList(ctx: ExtractContext, block: Block, at: number): DocFigure | undefined {
  // Spaces, at most one ，or 。, spaces (a loop: `^\s*[，,。]?\s*$` was quadratic on a run of spaces).
  const ADJACENT = { test: (t: string) => /^[，,。]?$/.test(t.trim()) };
  const before = ctx.figuresByBlock[block.index].filter((f) => f.end <= at);
  let total = before[before.length - 1];
  let text = block.text;
  if (!total && !block.text.slice(0, at).trim()) {
    const prev = ctx.doc.blocks[block.index - 1];
    if (!prev || prev.kind !== 'paragraph') return undefined;
    const figs = ctx.figuresByBlock[prev.index];
    total = figs[figs.length - 1];
    text = prev.text;
    if (total && !ADJACENT.test(text.slice(total.end))) return undefined;
  } else if (total && !ADJACENT.test(text.slice(total.end, at))) return undefined;
  if (!total || !isPart(total) || total.dimension !== 'money') return undefined;
  return total;
}

interface Item {
  part: DocFigure;
  share: DocFigure;
  label: string;
}

/** The "label amount，占share" items after a list's colon, up to 。; undefined when one of them is not of that shape. */
function listItems(ctx: ExtractContext, block: Block, at: number): Item[] | undefined {
  const items: Item[] = [];
  let b = block;
  let pos = at;
  for (let hops = 0; hops < 4; hops++) {
    const text = b.text;
    const figs = ctx.figuresByBlock[b.index];
    const SEP = /[；;。]/g;
    SEP.lastIndex = pos;
    let start = pos;
    let ended = false;
    // Clauses come in order: one index walks the block's figures (a filter per clause was quadratic).
    let first = 0;
    for (;;) {
      const sep = SEP.exec(text);
      const end = sep ? sep.index : text.length;
      if (text.slice(start, end).trim()) {
        while (first < figs.length && figs[first].start < start) first++;
        const inside: number[] = [];
        for (let k = first; k < figs.length && figs[k].start < end && inside.length < 3; k++) if (figs[k].end <= end) inside.push(k);
        // A clause with no figure ends the list; one with other figures is not an item: no list.
        if (inside.length === 0) return items;
        if (inside.length !== 2) return undefined;
        const k = inside[1];
        const pair = pairOf(ctx, b, k);
        if (!pair || pair.name || pair.part !== figs[inside[0]]) return undefined;
        items.push({ part: pair.part, share: pair.share, label: labelBefore(text, pair.part.start, start) });
      }
      if (!sep) break;
      if (sep[0] === '。') {
        ended = true;
        break;
      }
      start = end + 1;
    }
    if (ended) return items;
    // The list goes on in the next block when this one stopped at ； or at the colon itself.
    const opensHere = b === block && !text.slice(at).trim();
    if (!opensHere && !/[；;][\s\u3000]*$/.test(text)) return items;
    const next = ctx.doc.blocks[b.index + 1];
    if (!next || next.kind !== 'paragraph') return items;
    b = next;
    pos = 0;
  }
  return items;
}
