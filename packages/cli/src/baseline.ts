import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';
import { describeFsError, describeJsonError } from '@budgetlint/core/node';
import type { JsonMessage } from './types.ts';

/**
 * Known findings, so a folder can be gated in CI before its old problems are
 * fixed. Entries are keyed by file (relative to the working directory, `/`
 * separators), rule id and the finding's fingerprint — the figures involved,
 * never line numbers — so editing elsewhere in a file keeps them matched.
 * Counts make it a multiset: two identical findings need two entries.
 */
export interface BaselineEntry {
  ruleId: string;
  fingerprint: string;
  count: number;
}

export interface Baseline {
  version: 1;
  files: Record<string, BaselineEntry[]>;
}

const entrySchema = z.object({ ruleId: z.string(), fingerprint: z.string(), count: z.number().int().positive() }).strict();
const baselineSchema = z
  .object({ $comment: z.string().optional(), version: z.literal(1), files: z.record(z.string(), z.array(entrySchema)) })
  .strict();

export class BaselineError extends Error {}

const UNUSED_DIRECTIVE = 'unused-disable-directive';
const keyOf = (m: Pick<JsonMessage, 'ruleId' | 'fingerprint' | 'message'>) =>
  `${m.ruleId ?? UNUSED_DIRECTIVE}\u0000${m.fingerprint ?? m.message}`;

/** Reads a baseline; every problem is one line naming the file. */
export function readBaseline(file: string, shown: string = file): Baseline {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new BaselineError(`${shown}: ${describeFsError(e)}`);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new BaselineError(`${shown}: ${describeJsonError(text, e)}`);
  }
  const parsed = baselineSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = issue.path.length ? issue.path.map(String).join('.') : '(root)';
    throw new BaselineError(`${shown}: not a budgetlint baseline (${path}: ${issue.message}); expected {"version": 1, "files": {…}}`);
  }
  return parsed.data as Baseline;
}

/** The baseline recording these messages (per file, sorted, with counts). */
export function buildBaseline(results: ReadonlyArray<{ rel: string; messages: readonly JsonMessage[] }>, keep?: Baseline): Baseline {
  const files: Record<string, BaselineEntry[]> = {};
  if (keep) for (const [rel, entries] of Object.entries(keep.files)) files[rel] = entries;
  for (const r of results) {
    const counts = new Map<string, BaselineEntry>();
    for (const m of r.messages) {
      const k = keyOf(m);
      const e = counts.get(k);
      if (e) e.count++;
      else counts.set(k, { ruleId: m.ruleId ?? UNUSED_DIRECTIVE, fingerprint: m.fingerprint ?? m.message, count: 1 });
    }
    if (counts.size) {
      files[r.rel] = [...counts.values()].sort((a, b) =>
        a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : a.fingerprint < b.fingerprint ? -1 : a.fingerprint > b.fingerprint ? 1 : 0,
      );
    } else delete files[r.rel];
  }
  const sorted: Record<string, BaselineEntry[]> = {};
  for (const rel of Object.keys(files).sort()) sorted[rel] = files[rel];
  return { version: 1, files: sorted };
}

/**
 * When rewriting a baseline from a partial run (a shard, some paths), entries
 * for files this run did not lint are kept as long as those files still exist.
 */
export function entriesToKeep(previous: Baseline | undefined, lintedRels: ReadonlySet<string>, cwd: string): Baseline | undefined {
  if (!previous) return undefined;
  const files: Record<string, BaselineEntry[]> = {};
  for (const [rel, entries] of Object.entries(previous.files)) {
    if (!lintedRels.has(rel) && existsSync(resolve(cwd, rel))) files[rel] = entries;
  }
  return { version: 1, files };
}

export function serializeBaseline(b: Baseline): string {
  return `${JSON.stringify(b, null, 2)}\n`;
}

/**
 * Drops the messages the baseline accounts for (multiset: each entry's count
 * is used up by as many matching messages). Returns the messages that remain
 * and how many were matched.
 */
export function applyBaseline<M extends Pick<JsonMessage, 'ruleId' | 'fingerprint' | 'message'>>(
  baseline: Baseline,
  rel: string,
  messages: readonly M[],
): { kept: M[]; matched: number } {
  const entries = baseline.files[rel];
  if (!entries?.length) return { kept: [...messages], matched: 0 };
  const left = new Map<string, number>();
  for (const e of entries) {
    const k = `${e.ruleId}\u0000${e.fingerprint}`;
    left.set(k, (left.get(k) ?? 0) + e.count);
  }
  const kept: M[] = [];
  let matched = 0;
  for (const m of messages) {
    const k = keyOf(m);
    const n = left.get(k) ?? 0;
    if (n > 0) {
      left.set(k, n - 1);
      matched++;
    } else kept.push(m);
  }
  return { kept, matched };
}
