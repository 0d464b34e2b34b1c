// Lints many files on every core: a pool of worker threads (size os.availableParallelism()),
// each taking the next file when it finishes one. Results come back by input index, so the
// report and the exit code are the same as a run in one thread.
import { availableParallelism } from 'node:os';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ResolvedConfig } from '@budgetlint/core';
import type { FileOutcome } from './lint-file.ts';

export interface PoolTask {
  id: number;
  path: string;
  rel: string;
  config: ResolvedConfig;
  /** The bytes already read (and hashed, with --cache): linted as they are, not read again. */
  bytes?: Uint8Array;
}

/** Below this many files a pool costs more (each worker loads the rules) than it saves. */
export const POOL_MIN_FILES = 8;

/** The worker script built beside this bundle; undefined when running from source (tests, tsx). */
export function workerScript(): string | undefined {
  // This module may sit in dist/ or in dist/chunks/ depending on how esbuild splits the bundle.
  for (const rel of ['./lint-worker.js', '../lint-worker.js']) {
    try {
      const file = fileURLToPath(new URL(rel, import.meta.url));
      if (existsSync(file) && /[\\/]dist[\\/]/.test(file)) return file;
    } catch {
      /* not a file: URL */
    }
  }
  return undefined;
}

/**
 * How many threads lint a run of `files` files, this one included: 0 or 1 means this thread
 * alone. This thread has the rules loaded already and would only wait, so it takes files too
 * and the pool starts one worker fewer (each worker costs a load and a warm-up of its own).
 */
export function poolSize(files: number, concurrency: number | 'auto' | 'off' | undefined): number {
  if (concurrency === 'off') return 0;
  const max = concurrency === undefined || concurrency === 'auto' ? availableParallelism() : concurrency;
  if (max <= 1 || files < POOL_MIN_FILES) return 0;
  return Math.min(max, files);
}

/**
 * Runs every task on `size - 1` workers and on this thread (`local`); resolves with the
 * outcomes in task order. Each worker holds two tasks so it is not left idle while this
 * thread is busy with one of its own.
 */
export function runPool(script: string, tasks: PoolTask[], size: number, local: (t: PoolTask) => Promise<FileOutcome>): Promise<FileOutcome[]> {
  const outcomes: FileOutcome[] = new Array(tasks.length);
  let next = 0;
  let done = 0;
  return new Promise((resolve, reject) => {
    const workers: Worker[] = [];
    let settled = false;
    const finish = (err?: Error) => {
      if (settled) return;
      settled = true;
      for (const w of workers) void w.terminate();
      if (err) reject(err);
      else resolve(outcomes);
    };
    const feed = (w: Worker) => {
      if (next < tasks.length) w.postMessage(tasks[next++]);
    };
    if (!tasks.length) return resolve(outcomes);
    for (let i = 0; i < Math.min(size - 1, tasks.length); i++) {
      const w = new Worker(script);
      workers.push(w);
      w.on('message', (m: { id: number; out: FileOutcome }) => {
        outcomes[m.id] = m.out;
        if (++done === tasks.length) finish();
        else feed(w);
      });
      w.on('error', (e) => finish(e));
      feed(w);
      feed(w);
    }
    void (async () => {
      while (next < tasks.length && !settled) {
        const t = tasks[next++];
        outcomes[t.id] = await local(t);
        if (++done === tasks.length) return finish();
        // Let the workers' answers in, so they get their next file.
        await new Promise((r) => setImmediate(r));
      }
    })().catch((e) => finish(e instanceof Error ? e : new Error(String(e))));
  });
}
