/**
 * Incremental reading: while a draft is edited, a block's reading (the claims a block gives
 * an extractor, the facts read from it) is reused from an earlier lint when nothing it read
 * has changed. Which blocks a reading depends on is not declared but observed: the reading
 * runs with the context recording every block it asks for (ExtractContext.track), and the
 * memo keeps, with the result, each of those blocks' signature — text, kind, table place and
 * the layout of its source — at its distance from the block being read. A later lint reuses
 * the result only if the same blocks, at the same distances, read the same; otherwise it reads
 * again. A reading that touched what no block stands for (every figure, the source) is never
 * kept. So a one-character edit re-reads the edited block and the readings that looked at it
 * (the paragraph before a 其中 list, a table's header), and the result is the one a lint from
 * scratch gives: the differential test (incremental.property.test.ts) checks exactly that.
 *
 * A kept result is a template: figures are kept as (block distance, index in the block),
 * ranges as (block distance, offset from the block's first source character), block numbers as
 * distances. Reusing it builds new objects placed in the new document, so later passes that
 * complete a claim (a debt's scope) never change an earlier lint's claims.
 */
import type { Block } from '../document/types.ts';
import { OffsetMap } from '../document/offset-map.ts';
import type { BlockReads, ExtractContext } from '../reading/context.ts';
import type { DocFigure } from '../reading/types.ts';
import { LintMemo } from './memo.ts';

class FigureRef {
  constructor(
    readonly off: number,
    readonly k: number,
  ) {}
}
class RangeRef {
  constructor(
    readonly off: number,
    readonly start: number,
    readonly end: number,
  ) {}
}
class BlockRef {
  constructor(readonly off: number) {}
}
/** The id of a figure, for a figure derived from it (the same figure read as a percentage). */
class IdRef {
  constructor(
    readonly off: number,
    readonly k: number,
  ) {}
}
class Unplaceable extends Error {}

interface Dep {
  off: number;
  /** The block's signature, interned (ids never come back: a forgotten signature gets a new one). */
  id: number;
  /** The block's table id less the read block's (tables are numbered through the document). */
  table: number | null;
}

interface Entry {
  deps: Dep[];
  /** Blocks from the read one to the end, when the reading asked how many there are. */
  rest?: number;
  template: unknown;
}

const ABSENT = '\u0000absent';
/** Results kept per key: the reading as it was, and as it is after a revert. */
const PER_KEY = 4;
const memo = new LintMemo<Entry[]>('block readings', 32768);
// Signatures are long (a block's text and layout): each is hashed once per lint, to a number
// that the memo's keys and the dependency checks use instead.
const interned = new LintMemo<number>('block signatures', 65536);
let nextId = 0;

const counts = { computed: 0, reused: 0, unkept: 0 };

/** Block readings computed, reused from an earlier lint, and computed but not keepable, since the last reset: for tests. */
export function blockReadingStats(): { computed: number; reused: number; unkept: number } {
  return { ...counts };
}

export function resetBlockReadingStats(): void {
  counts.computed = counts.reused = counts.unkept = 0;
}

interface Placement {
  id: number[];
  origin: number[];
  end: number[];
}
const placements = new WeakMap<ExtractContext, Placement>();

function placement(ctx: ExtractContext): Placement {
  let p = placements.get(ctx);
  if (!p) {
    p = { id: [], origin: [], end: [] };
    placements.set(ctx, p);
  }
  return p;
}

function blockAt(ctx: ExtractContext, j: number): Block | undefined {
  const blocks = ctx.untracked.doc.blocks;
  return Number.isInteger(j) && j >= 0 && j < blocks.length ? blocks[j] : undefined;
}

/**
 * Everything about a block a reading can see, except its place in the document and its table's
 * number. Not kept: it is a copy of the block's text, and idOf keeps the number it stands for.
 */
function signature(ctx: ExtractContext, j: number): string {
  const b = blockAt(ctx, j);
  if (!b) return ABSENT;
  const cells = b.cells ? b.cells.map((c) => `${c.start},${c.end}`).join(' ') : '-';
  const t = b.table ? `${b.table.row},${b.table.header ? 1 : 0},${b.table.unit ?? ''},${b.table.columns?.join('/') ?? ''}` : '-';
  return `${b.kind}\u0001${b.depth ?? ''}\u0001${cells}\u0001${t}\u0001${b.map.shape()}\u0001${b.text}`;
}

/** The interned signature of block j (-1 for a place outside the document). */
function idOf(ctx: ExtractContext, j: number): number {
  if (!blockAt(ctx, j)) return -1;
  const p = placement(ctx);
  const known = p.id[j];
  if (known !== undefined) return known;
  const sig = signature(ctx, j);
  let id = interned.get(sig);
  if (id === undefined) interned.set(sig, (id = nextId++));
  p.id[j] = id;
  return id;
}

function originOf(ctx: ExtractContext, j: number): number {
  const p = placement(ctx);
  if (p.origin[j] === undefined) {
    const b = blockAt(ctx, j)!;
    const r = b.map.range(0, b.text.length);
    p.origin[j] = r.start;
    p.end[j] = r.end;
  }
  return p.origin[j];
}

function tableOf(ctx: ExtractContext, j: number, base: number): number | null {
  const t = blockAt(ctx, j)?.table;
  return t ? t.id - base : null;
}

let disabled = 0;

/** Runs `fn` with no block reading reused or kept: a lint from scratch, for the differential test. */
export function withoutBlockReuse<T>(fn: () => T): T {
  disabled++;
  try {
    return fn();
  } finally {
    disabled--;
  }
}

/** Whether results of earlier lints may be reused now (not inside withoutBlockReuse). */
export function blockReuse(): boolean {
  return disabled === 0;
}

/**
 * `span`: the blocks after this one that are part of what is read (a table's rows) are part of
 * the key too, so that readings that start alike (every table's header row) are told apart directly.
 */
export function memoBlock<T>(ctx: ExtractContext, name: string, block: Block, key: string, compute: () => T, span = 0): T {
  // Inside another memoised reading, the outer one accounts for what this one reads.
  if (ctx.tracking || disabled) return compute();
  const i = block.index;
  const base = block.table?.id ?? 0;
  // The block before is part of the key: a block that recurs (单位：万元 above every table) is
  // read in as many settings as it has neighbours, and each is found again directly.
  let memoKey = `${name}\u0002${ctx.untracked.doc.format}\u0002${key}\u0002${idOf(ctx, i)}\u0002${idOf(ctx, i - 1)}`;
  for (let j = 1; j <= span; j++) memoKey += `,${idOf(ctx, i + j)}`;
  const kept = memo.get(memoKey);
  if (kept) {
    const n = ctx.untracked.doc.blocks.length;
    for (const e of kept) {
      if (e.rest !== undefined && e.rest !== n - i) continue;
      if (!e.deps.every((d) => idOf(ctx, i + d.off) === d.id && tableOf(ctx, i + d.off, base) === d.table)) continue;
      counts.reused++;
      return place(e.template, ctx, i, { entry: e, ctx, i }) as T;
    }
  }
  const reads: BlockReads = { blocks: new Set([i]), length: false, opaque: false };
  const out = ctx.track(reads, compute);
  counts.computed++;
  if (reads.opaque) {
    counts.unkept++;
    return out;
  }
  try {
    const deps = [...reads.blocks].sort((a, b) => a - b).map((j) => ({ off: j - i, id: idOf(ctx, j), table: tableOf(ctx, j, base) }));
    const entry: Entry = { deps, template: templateOf(out, ctx, i, deps) };
    if (reads.length) entry.rest = ctx.untracked.doc.blocks.length - i;
    memo.set(memoKey, [entry, ...(kept ?? [])].slice(0, PER_KEY));
  } catch (e) {
    if (!(e instanceof Unplaceable)) throw e;
    counts.unkept++;
  }
  return out;
}

function isPlain(v: object): boolean {
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

/** Each figure's block and place in it, and the same by figure id, for the blocks indexed so far in one lint. */
interface FigureIndex {
  blocks: Set<number>;
  byFigure: Map<DocFigure, { block: number; k: number }>;
  byId: Map<number, { block: number; k: number }>;
}
const figureIndexes = new WeakMap<ExtractContext, FigureIndex>();

/**
 * The figure index of block j's figures, built once per lint: a block read by many memoised readings
 * (a long sentence of lists, one reading each) was indexed again by every one of them, which grew
 * with the square of the block.
 */
function figureIndex(ctx: ExtractContext, j: number): FigureIndex {
  let x = figureIndexes.get(ctx);
  if (!x) figureIndexes.set(ctx, (x = { blocks: new Set(), byFigure: new Map(), byId: new Map() }));
  if (!x.blocks.has(j)) {
    x.blocks.add(j);
    ctx.untracked.figuresByBlock[j].forEach((f, k) => {
      x!.byFigure.set(f, { block: j, k });
      x!.byId.set(f.id, { block: j, k });
    });
  }
  return x;
}

/** The result with every figure, range and block number written relative to block `i`. */
function templateOf(out: unknown, ctx: ExtractContext, i: number, deps: Dep[]): unknown {
  const inDoc = deps.filter((d) => blockAt(ctx, i + d.off));
  let index: FigureIndex | undefined;
  for (const d of inDoc) index = figureIndex(ctx, i + d.off);
  const inDocOffs = new Set(inDoc.map((d) => d.off));
  // Only the figures of the blocks the reading read can be written relative to them.
  const figures = {
    get: (f: DocFigure): FigureRef | undefined => {
      const at = index?.byFigure.get(f);
      return at && inDocOffs.has(at.block - i) ? new FigureRef(at.block - i, at.k) : undefined;
    },
  };
  const ids = {
    get: (id: number): IdRef | undefined => {
      const at = index?.byId.get(id);
      return at && inDocOffs.has(at.block - i) ? new IdRef(at.block - i, at.k) : undefined;
    },
  };
  const offs = new Set(deps.map((d) => d.off));
  const rangeRef = (r: { start: number; end: number }): RangeRef => {
    // The block whose source holds the range: block 0 (the one read) first.
    for (const d of [...inDoc].sort((a, b) => Math.abs(a.off) - Math.abs(b.off))) {
      const o = originOf(ctx, i + d.off);
      if (r.start >= o && r.end <= placement(ctx).end[i + d.off]) return new RangeRef(d.off, r.start - o, r.end - o);
    }
    throw new Unplaceable();
  };
  const walk = (v: unknown, key: string): unknown => {
    if (v === null || typeof v !== 'object') {
      if (key === 'block' && typeof v === 'number') {
        if (!offs.has(v - i)) throw new Unplaceable();
        return new BlockRef(v - i);
      }
      return v;
    }
    const fig = figures.get(v as DocFigure);
    if (fig) return fig;
    if (v instanceof OffsetMap) throw new Unplaceable();
    if (Array.isArray(v)) return v.map((x) => walk(x, ''));
    // A Decimal, a RegExp: values that are never changed, kept as they are.
    if (!isPlain(v)) return v;
    const o = v as Record<string, unknown>;
    // A figure derived from one the reading read (its percentage reading): its offsets are its
    // block's, its id that figure's. A figure of a block the reading did not ask for has none.
    if ('raw' in o && 'id' in o && 'range' in o) {
      const id = ids.get(o.id as number);
      if (!id) throw new Unplaceable();
      const t: Record<string, unknown> = {};
      for (const k of Object.keys(o)) t[k] = k === 'id' ? id : k === 'start' || k === 'end' ? o[k] : walk(o[k], k);
      return t;
    }
    if (typeof o.start === 'number' && typeof o.end === 'number') {
      if (key !== 'range') throw new Unplaceable();
      if (Object.keys(o).length !== 2) throw new Unplaceable();
      return rangeRef(o as { start: number; end: number });
    }
    const t: Record<string, unknown> = {};
    for (const k of Object.keys(o)) t[k] = walk(o[k], k);
    return t;
  };
  return walk(out, '');
}

/** A template placed at block `i` of the document `ctx` reads. */
function place(t: unknown, ctx: ExtractContext, i: number, site: Site): unknown {
  if (t === null || typeof t !== 'object') return t;
  if (t instanceof FigureRef) return ctx.untracked.figuresByBlock[i + t.off][t.k];
  if (t instanceof RangeRef) {
    const o = originOf(ctx, i + t.off);
    return { start: o + t.start, end: o + t.end };
  }
  if (t instanceof BlockRef) return i + t.off;
  if (t instanceof IdRef) return ctx.untracked.figuresByBlock[i + t.off][t.k].id;
  if (Array.isArray(t)) return t.map((x) => place(x, ctx, i, site));
  if (!isPlain(t)) return t;
  const o = t as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(o)) out[k] = place(o[k], ctx, i, site);
  // A claim: remembered with where it came from, for rules that check each claim (engine/claim-memo.ts).
  if (typeof out.kind === 'string') placed.set(out, { template: t, site, values: Object.values(out) });
  return out;
}

/** Where a kept reading was placed in one lint: shared by the claims it gives. */
interface Site {
  entry: Entry;
  ctx: ExtractContext;
  i: number;
  shape?: string;
  anchor?: number;
}

interface Placed {
  template: object;
  site: Site;
  /** The claim's own values when placed: a later pass that sets one makes it a different claim. */
  values: unknown[];
}
const placed = new WeakMap<object, Placed>();

/**
 * For a claim placed from a kept block reading and unchanged since: the template it was placed
 * from, the distances from its block to each block the reading read (which the template's
 * ranges do not fix), and the first source offset of its block. Undefined for any other claim.
 */
export function placedClaim(claim: object): { template: object; shape: string; anchor: number } | undefined {
  const p = placed.get(claim);
  if (!p) return undefined;
  const own = claim as Record<string, unknown>;
  const keys = Object.keys(own);
  if (keys.length !== p.values.length) return undefined;
  for (let k = 0; k < keys.length; k++) if (own[keys[k]] !== p.values[k]) return undefined;
  const site = p.site;
  if (site.shape === undefined) {
    const { ctx, i } = site;
    const anchor = originOf(ctx, i);
    let shape = '';
    for (const d of site.entry.deps) shape += blockAt(ctx, i + d.off) ? `${originOf(ctx, i + d.off) - anchor},` : 'x,';
    site.shape = shape;
    site.anchor = anchor;
  }
  return { template: p.template, shape: site.shape, anchor: site.anchor! };
}

