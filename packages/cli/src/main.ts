// The `budgetlint` command (bundled to dist/budgetlint.js by scripts/build.mjs).
import { processIO, runCli } from './run.ts';

let exiting = false;
// `budgetlint … | head`: a closed pipe ends the run quietly, not with a stack trace.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE' && !exiting) {
    exiting = true;
    process.exit(process.exitCode ?? 0);
  }
});

runCli(process.argv.slice(2), processIO()).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    // runCli never throws; this is the last line of defence.
    process.stderr.write(`budgetlint: internal error: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}\n`);
    process.exitCode = 2;
  },
);
