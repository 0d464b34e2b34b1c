// Node's own modules that only some runs need (spawning git, threads, inflating a zip, random
// names), loaded on first use. An ES module's `import … from 'node:crypto'` compiles the whole
// module at start-up, before the run knows whether it needs it: each cost a Markdown draft's run
// one to two milliseconds of a start-up measured against textlint's (bench/run.mjs).
import { createRequire } from 'node:module';

const load = createRequire(import.meta.url);

/** A getter for a Node module, required on its first call. */
export function lazyBuiltin<T>(name: `node:${string}`): () => T {
  let m: T | undefined;
  return () => (m ??= load(name) as T);
}
