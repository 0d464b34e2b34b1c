import { memoCap, setShare } from '../weak-memo.ts';

export { memoCap };

/**
 * Memos shared by successive lints (parsed Markdown chunks, figures read from a block's text,
 * figure intervals). While a draft is edited, every block but the edited one reads the same as
 * in the last lint, so its work is reused; while the CLI walks a folder, documents share little.
 *
 * Each memo is bounded twice: by a hard size, and by use — an entry that no lint of the last
 * KEEP_LINTS touched is dropped when a lint ends. So an editor session keeps about one
 * document's worth of entries (per open document) however long it runs, instead of filling
 * every memo to its cap with the texts of blocks as they were many keystrokes ago.
 */

/** Lints an unused entry survives: a few open documents linted in turn keep theirs. */
export const KEEP_LINTS = 4;

let epoch = 0;
/** Lints in progress (lint() is synchronous, but a rule could call it re-entrantly). */
let depth = 0;
const memos: LintMemo<unknown>[] = [];

export class LintMemo<V> {
  private readonly entries = new Map<string, { value: V; used: number }>();

  constructor(
    readonly name: string,
    readonly max: number,
  ) {
    memos.push(this as LintMemo<unknown>);
  }

  get(key: string): V | undefined {
    const e = this.entries.get(key);
    // Stale entries are swept only every KEEP_LINTS lints (see endLint); until then they are as good as gone.
    if (!e || e.used < epoch - KEEP_LINTS + 1) return undefined;
    e.used = epoch;
    return e.value;
  }

  /** The size in force: `max` scaled by the host's share (setMemoShare). */
  get cap(): number {
    return memoCap(this.max);
  }

  set(key: string, value: V): void {
    if (this.entries.size >= this.cap && !this.entries.has(key)) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(key, { value, used: epoch });
  }

  get size(): number {
    return this.entries.size;
  }

  /** Drops entries last used before `since`. */
  sweep(since: number): void {
    for (const [k, e] of this.entries) if (e.used < since) this.entries.delete(k);
  }

  clear(): void {
    this.entries.clear();
  }

  /** Drops the oldest entries beyond the size in force. */
  trim(): void {
    for (const k of this.entries.keys()) {
      if (this.entries.size <= this.cap) break;
      this.entries.delete(k);
    }
  }
}

// The sizes above are an editor's: every block of a few open drafts, found again on the next
// keystroke. A host that lints each text once (the CLI) gains from them only when a block recurs
// within a document or across the files of a run (单位：万元 above every table, a table's
// header), which a small share of each memo still catches; filled to the editor's sizes, the memos
// held a quarter of the heap of a 10 MB draft for nothing.
/** Scales every memo's size (1, the default: an editor's; below 1 for a host that lints each text once). */
export function setMemoShare(s: number): void {
  setShare(s);
  for (const m of memos) m.trim();
}

/** Marks the start of a lint: what it uses counts as used now. */
export function beginLint(): void {
  if (depth++ === 0) epoch++;
}

/**
 * Marks the end of a lint and forgets what the last KEEP_LINTS lints did not use. A sweep walks
 * every entry of every memo, which cost as much as a small document's reading when a folder is
 * linted; so it runs every KEEP_LINTS lints, and get() ignores what a sweep would have dropped.
 */
export function endLint(): void {
  if (--depth > 0) return;
  if (epoch % KEEP_LINTS === 0) sweepAll();
}

function sweepAll(): void {
  const since = epoch - KEEP_LINTS + 1;
  for (const m of memos) m.sweep(since);
}

/** Entries held by each memo, by name: for tests and diagnostics. */
export function memoStats(): Record<string, number> {
  sweepAll();
  const out: Record<string, number> = {};
  for (const m of memos) out[m.name] = (out[m.name] ?? 0) + m.size;
  return out;
}

/** Empties every memo (tests; a long-running host that wants its memory back). */
export function clearMemos(): void {
  for (const m of memos) m.clear();
}
