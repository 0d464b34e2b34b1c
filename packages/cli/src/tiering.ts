// When V8 optimises a function. A run of the command is short and the linter's functions are
// large (a reader of every sentence shape, an extractor per fact family): with V8's budget
// (132 KB of bytecode executed before a function is queued for TurboFan) most of them are
// optimised during the first few documents, and compiling them cost more CPU than the optimised
// code saved: on 200 documents a background thread spent about 1.5 s of the run's 4 s of CPU
// in TurboFan. Six times the budget leaves that to the functions that stay hot (the figure
// reader, the interval arithmetic), and the other core free for the pool's second thread.
// Measured in `pnpm bench`; tiering.test.ts counts the optimisations.
/** Bytecode a function executes before V8 considers optimising it (V8's own: 132 KB). */
export const INTERRUPT_BUDGET = 800 * 1024;

/** The V8 flag this process should set, or undefined when node was started with its own budget. */
export function tieringFlag(execArgv: readonly string[]): string | undefined {
  if (execArgv.some((a) => /^--interrupt[-_]budget(=|$)/.test(a))) return undefined;
  return `--interrupt-budget=${INTERRUPT_BUDGET}`;
}

/**
 * Sets the budget for this process (worker threads share it), called as the linter's bundle is
 * compiled: V8 reads the flag whenever it gives a function its budget, so setting it after
 * start-up holds for every function first run after it. A run that lints nothing (--version, a
 * warm --cache) never loads node:v8. The flag is part of what V8's code cache is checked against,
 * so it is set before the bundle's cache is read, in every run alike.
 */
export async function applyTiering(execArgv: readonly string[] = process.execArgv): Promise<void> {
  const flag = tieringFlag(execArgv);
  if (flag) (await import('node:v8')).setFlagsFromString(flag);
}
