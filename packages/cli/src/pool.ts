// Lints many files on every core: a pool of worker threads (size os.availableParallelism()),
// each taking the next file when it finishes one. Results come back by input index, so the
// report and the exit code are the same as a run in one thread.
import { availableParallelism } from 'node:os';
import { existsSync, statSync } from 'node:fs';
import { resolve as resolvePath } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Worker } from 'node:worker_threads';
import { lazyBuiltin } from '@budgetlint/core/node';
import type { ResolvedConfig } from '@budgetlint/core';
import type { FileOutcome } from './lint-file.ts';

// A run of one or a few files lints in this thread and never starts a worker.
const workerThreads = lazyBuiltin<typeof import('node:worker_threads')>('node:worker_threads');

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
 * Whether a run of these paths will probably lint enough files for the pool: a folder, a glob
 * or many paths. Decided before the files are listed, so workers can start loading the linter
 * while this thread lists, reads and configures (a worker's start-up is most of its first file).
 * A wrong guess costs a worker that is stopped unused.
 */
export function poolLikely(patterns: readonly string[], cwd: string): boolean {
  if (patterns.length >= POOL_MIN_FILES) return true;
  return patterns.some((p) => {
    if (/[*?[\]{}()!]/.test(p)) return true;
    try {
      return statSync(resolvePath(cwd, p)).isDirectory();
    } catch {
      return false;
    }
  });
}

/** Workers started before the run knows its files (prestart), taken by runPool or stopped. */
export class StartedWorkers {
  private workers: Worker[] = [];
  constructor(readonly script: string) {}

  /** Starts workers until `n` are running; unreferenced, so a run that ends early is not held open by them. */
  grow(n: number): void {
    while (this.workers.length < n) {
      const w = new (workerThreads().Worker)(this.script);
      w.unref();
      // A worker that fails to start is replaced by a fresh one in runPool, or was not needed.
      w.on('error', () => {});
      this.workers.push(w);
    }
  }

  /** Hands over up to `n` started workers (referenced again: the run now waits on them); the rest are stopped. */
  take(n: number): Worker[] {
    const taken = this.workers.slice(0, Math.max(0, n));
    this.close(this.workers.slice(taken.length));
    this.workers = [];
    for (const w of taken) w.ref();
    return taken;
  }

  /** Stops every worker not handed over. */
  close(workers = this.workers): void {
    for (const w of workers) void w.terminate();
    if (workers === this.workers) this.workers = [];
  }
}

/**
 * Starts the workers a pool of `concurrency` would use (one fewer than its threads: this thread
 * lints too), before the files are listed; undefined when no pool is possible.
 */
export function prestart(concurrency: number | 'auto' | 'off' | undefined): StartedWorkers | undefined {
  const script = workerScript();
  const threads = poolSize(Number.MAX_SAFE_INTEGER, concurrency);
  if (!script || threads < 2) return undefined;
  const started = new StartedWorkers(script);
  started.grow(threads - 1);
  return started;
}

/**
 * Runs every task on `size - 1` workers and on this thread (`local`); resolves with the
 * outcomes in task order. Each worker holds two tasks so it is not left idle while this
 * thread is busy with one of its own. Workers already started (`started`) are used first.
 */
export function runPool(
  script: string,
  tasks: PoolTask[],
  size: number,
  local: (t: PoolTask) => Promise<FileOutcome>,
  started: Worker[] = [],
): Promise<FileOutcome[]> {
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
    if (!tasks.length) {
      for (const w of started) void w.terminate();
      return resolve(outcomes);
    }
    const want = Math.min(size - 1, tasks.length);
    for (const w of started.slice(want)) void w.terminate();
    for (let i = 0; i < want; i++) {
      const w = started[i] ?? new (workerThreads().Worker)(script);
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
