// A worker thread of the file pool (pool.ts): lints the files it is sent, one at a time, and
// answers with plain data. Bundled by scripts/build.mjs as dist/lint-worker.js beside the CLI.
import { parentPort } from 'node:worker_threads';
import { isFileError, lintFile } from './lint-file.ts';
import { loadLintCore } from './load-lint-core.ts';
import type { PoolTask } from './pool.ts';

parentPort!.on('message', async (task: PoolTask) => {
  const { rules } = await loadLintCore();
  const out = await lintFile(task.path, task.rel, task.config, rules, task.bytes);
  // The full result (claims, parsed blocks, class instances) stays here: the report needs the slim form only.
  if (!isFileError(out)) delete out.full;
  parentPort!.postMessage({ id: task.id, out });
});
