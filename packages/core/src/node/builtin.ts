// Node's own modules that only some runs need (spawning git, threads, random names), loaded on
// first use. An ES module's `import … from 'node:crypto'` compiles the whole module at start-up,
// before the run knows whether it needs it: each cost a Markdown draft's run one to two
// milliseconds of a start-up measured against textlint's (bench/run.mjs).
import { createRequire } from 'node:module';

let load: NodeRequire | undefined;

/**
 * Node's own module `name`. process.getBuiltinModule (Node 20.16) needs no file to resolve from;
 * before it, a require made for this file: its CommonJS name when bundled as a script (the VS Code
 * extension's server), its URL as an ES module.
 */
function builtin(name: string): unknown {
  const get = (process as { getBuiltinModule?: (id: string) => unknown }).getBuiltinModule;
  if (typeof get === 'function') return get(name);
  load ??= createRequire(typeof __filename === 'string' ? __filename : import.meta.url);
  return load(name);
}

/** A getter for a Node module, required on its first call. */
export function lazyBuiltin<T>(name: `node:${string}`): () => T {
  let m: T | undefined;
  return () => (m ??= builtin(name) as T);
}
