// --cache: lint results kept between runs, like ESLint's. An entry is used only when the
// file's bytes, the effective config it was linted with, and the linter (version and rule set)
// are all the same as when it was written. Anything unreadable is treated as an empty cache.
//
// The bytes are known the same two ways as ESLint's --cache-strategy. "content" reads every file
// and compares the SHA-1 of its bytes, so a checkout or a copy keeps the answer. "metadata" (the
// default) first compares the file's stamp (size, modification and change times, inode) with the
// one kept: when they match, the file is neither read nor decoded (most of what a warm run over a
// folder did); when they do not, its bytes are hashed as with "content", and a file whose bytes
// are the same is stamped anew. The change time cannot be set by a program (touch -d, cp -p and
// rsync -t set the modification time only), and a stamp is kept only for a file last changed
// well before it was read: a change in the same tick of the file system's clock as the read
// could otherwise leave the stamp as it was (git's "racily clean" files).
import { createHash } from 'node:crypto';
import { readFileSync, type Stats } from 'node:fs';
import { resolve } from 'node:path';
import type { ResolvedConfig, StoredLines } from '@budgetlint/core';
import type { LintedFile, SlimResult } from './lint-file.ts';
import type { Place } from './inputs/places.ts';
import type { InputKind } from './types.ts';

export const DEFAULT_CACHE_FILE = '.budgetlintcache';

export type CacheStrategy = 'metadata' | 'content';
export const CACHE_STRATEGIES: readonly CacheStrategy[] = ['metadata', 'content'];

/** What a file's stat says of its bytes without reading them. */
export interface FileStamp {
  size: number;
  mtimeMs: number;
  ctimeMs: number;
  ino: number;
}

/**
 * How long before it was read a file must have last changed for its stamp to vouch for it.
 * Two seconds covers the coarsest clocks drafts are kept on (FAT's modification time).
 */
export const RACY_MS = 2000;

/** The stamp to keep for a file read at `readAt` (ms since the epoch), or undefined when it changed too recently. */
export function stampOf(s: Stats, readAt: number): FileStamp | undefined {
  if (Math.max(s.mtimeMs, s.ctimeMs) > readAt - RACY_MS) return undefined;
  return { size: s.size, mtimeMs: s.mtimeMs, ctimeMs: s.ctimeMs, ino: s.ino };
}

const sameStamp = (a: FileStamp, s: FileStamp | Stats) => a.size === s.size && a.mtimeMs === s.mtimeMs && a.ctimeMs === s.ctimeMs && a.ino === s.ino;

export interface CacheEntry {
  /** SHA-1 of the file's bytes. */
  hash: string;
  /** Hash of the effective config the result was linted with. */
  config: string;
  kind: InputKind;
  encoding: string;
  /** Only for inputs whose text is costly to get again (.docx, .pdf); others are decoded from the bytes. */
  text?: string;
  /** The file's stamp when it was linted or last found unchanged (--cache-strategy metadata). */
  stamp?: FileStamp;
  /** Where the text's lines start: positions without decoding the file again. */
  lines?: StoredLines;
  places?: Place[];
  slim: SlimResult;
}

interface CacheFile {
  /** The linter that wrote it: its version and rule set; any change empties the cache. */
  linter: string;
  files: Record<string, CacheEntry>;
}

export const hashBytes = (bytes: Uint8Array): string => createHash('sha1').update(bytes).digest('hex');

/** Stable JSON: key order does not change the hash of the same settings. */
function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (v && typeof v === 'object') {
    return `{${Object.keys(v)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((v as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(v) ?? 'null';
}

// Files of one folder share their effective config object: hashed once, not once per file.
const configHashes = new WeakMap<ResolvedConfig, string>();
export function hashConfig(config: ResolvedConfig): string {
  let h = configHashes.get(config);
  if (h === undefined) configHashes.set(config, (h = createHash('sha1').update(canonical(config)).digest('hex')));
  return h;
}

/**
 * The linter's identity: version plus every rule's id, default severity and default options,
 * so a new or changed rule in a build of the same version still invalidates old results.
 */
export function linterKey(version: string, rules: ReadonlyArray<{ id: string; defaultSeverity: string; defaults?: object }>): string {
  return createHash('sha1')
    .update(version)
    .update(canonical(rules.map((r) => [r.id, r.defaultSeverity, r.defaults ?? {}])))
    .digest('hex');
}

export class LintCache {
  private files: Record<string, CacheEntry> = {};
  private dirty = false;
  hits = 0;
  /** Hits answered by the file's stamp alone, without reading it. */
  stampHits = 0;
  misses = 0;

  constructor(
    readonly file: string,
    private readonly linter: string,
  ) {
    try {
      const data = JSON.parse(readFileSync(file, 'utf8')) as CacheFile;
      if (data && data.linter === linter && data.files && typeof data.files === 'object') this.files = data.files;
      else this.dirty = true;
    } catch {
      // Missing or damaged: start empty and write a good one at the end.
      this.dirty = true;
    }
  }

  /** The stored result for this file, when its bytes and config are the ones it was linted with. */
  get(path: string, hash: string, config: string): CacheEntry | undefined {
    const e = this.files[resolve(path)];
    if (e && e.hash === hash && e.config === config && e.slim) {
      this.hits++;
      return e;
    }
    this.misses++;
    return undefined;
  }

  /**
   * The stored result for this file when its stat is the stamp kept with it (and the config the
   * same): its bytes are then the ones linted, without reading them.
   */
  byStamp(path: string, stat: Stats, config: string): CacheEntry | undefined {
    const e = this.files[resolve(path)];
    if (e && e.stamp && e.lines && e.config === config && e.slim && sameStamp(e.stamp, stat)) {
      this.hits++;
      this.stampHits++;
      return e;
    }
    return undefined;
  }

  /** A file found unchanged by its bytes gets its new stamp, so that the next run need not read it. */
  restamp(path: string, stamp: FileStamp, lines: StoredLines): void {
    const e = this.files[resolve(path)];
    if (!e || (e.stamp && e.lines && sameStamp(e.stamp, stamp))) return;
    e.stamp = stamp;
    e.lines = lines;
    this.dirty = true;
  }

  /** Whether the entry is already this one (a hit): then there is nothing to write. */
  has(path: string, hash: string, config: string): boolean {
    const e = this.files[resolve(path)];
    return !!e && e.hash === hash && e.config === config;
  }

  set(path: string, hash: string, config: string, file: LintedFile, stamp?: FileStamp, lines?: StoredLines): void {
    this.files[resolve(path)] = {
      hash,
      config,
      kind: file.kind,
      encoding: file.encoding,
      ...(file.kind === 'docx' || file.kind === 'pdf' ? { text: file.source } : {}),
      ...(file.places ? { places: file.places } : {}),
      ...(stamp ? { stamp } : {}),
      ...(lines ? { lines } : {}),
      slim: file.slim,
    };
    this.dirty = true;
  }

  /** Forgets files that no longer exist or failed to read. */
  delete(path: string): void {
    if (this.files[resolve(path)]) {
      delete this.files[resolve(path)];
      this.dirty = true;
    }
  }

  get changed(): boolean {
    return this.dirty;
  }

  serialize(): string {
    return JSON.stringify({ linter: this.linter, files: this.files } satisfies CacheFile);
  }
}
